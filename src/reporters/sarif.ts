import type * as Sarif from 'sarif';
import { describeReason } from '../core/decision.js';
import { sha256Hex } from '../core/sha256.js';
import type { AllowedFinding, Finding, RuleInfo, ScanResult, Severity } from '../core/types.js';
import { FALSE_POSITIVE_HINT, remediationOf, ruleFor } from './how-to-fix.js';
import { formatCount } from './summary-line.js';

export interface SarifOptions {
  /** mandate's own version, as `tool.driver.semanticVersion`. */
  toolVersion: string;
}

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/mandate-dev/mandate';
/** GitHub code scanning rejects runs with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;
/** GitHub code scanning keeps at most this many tags per rule. */
const MAX_TAGS = 20;
export const FINGERPRINT_KEY = 'mandateFingerprint/v1';

/** GitHub maps these to critical (≥ 9), high (7–8.9), medium (4–6.9), low (0.1–3.9), none. */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

/** "OpenAI API key" → "OpenAIApiKey": words capitalised, all-caps words folded. */
export function pascalCase(title: string): string {
  const words = title.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const name = words
    .map((w) => {
      const folded = w === w.toUpperCase() ? w.toLowerCase() : w;
      return folded.charAt(0).toUpperCase() + folded.slice(1);
    })
    .join('');
  return name === '' ? 'Rule' : name;
}

/** Replaces lone surrogates, which `encodeURIComponent` cannot encode. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/**
 * A POSIX relative path as an RFC 3986 relative reference: each segment percent-encoded
 * (spaces, `#`, `%`, `?`, `:`, non-ASCII as UTF-8), the `/` separators kept.
 */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(wellFormed(segment)))
    .join('/');
}

function sha256(text: string): string {
  return sha256Hex(text);
}

/** Every rule that ran, plus any rule a finding names, each id once, in a stable order. */
function collectRules(result: ScanResult): RuleInfo[] {
  const rules = new Map<string, RuleInfo>();
  for (const rule of result.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  for (const finding of [...result.findings, ...(result.allowed ?? [])]) {
    if (!rules.has(finding.ruleId)) rules.set(finding.ruleId, ruleFor(result, finding));
  }
  return [...rules.values()];
}

function levelOf(severity: Severity, blocking: boolean): Sarif.ReportingConfiguration.level {
  if (blocking) return 'error';
  return severity === 'low' || severity === 'info' ? 'note' : 'warning';
}

function toDescriptor(rule: RuleInfo): Sarif.ReportingDescriptor {
  const remediation = remediationOf(rule);
  const falsePositive = FALSE_POSITIVE_HINT;
  const tags = [...new Set(['security', rule.kind, ...rule.tags])].slice(0, MAX_TAGS);
  return {
    id: rule.id,
    name: pascalCase(rule.title),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description.trim() === '' ? rule.title : rule.description },
    help: {
      text: `${remediation}\n\n${falsePositive}`,
      markdown: `**How to fix:** ${remediation}\n\n${falsePositive}`,
    },
    defaultConfiguration: { level: levelOf(rule.severity, rule.blocking) },
    properties: {
      tags,
      precision: rule.blocking ? 'high' : 'medium',
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  };
}

function toResult(finding: Finding, ruleIndex: number): Sarif.Result {
  const startLine = Math.max(1, finding.line);
  const properties: Sarif.PropertyBag = {
    severity: finding.severity,
    blocking: finding.blocking,
    ...(finding.commit === undefined ? {} : { commit: finding.commit }),
    ...(finding.author === undefined ? {} : { author: finding.author }),
    ...(finding.date === undefined ? {} : { date: finding.date }),
  };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levelOf(finding.severity, finding.blocking),
    message: {
      text: finding.redacted === '' ? finding.message : `${finding.message} (${finding.redacted})`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(finding.path), uriBaseId: '%SRCROOT%' },
          // No snippet and no region text: the region would hold the secret.
          region: {
            startLine,
            startColumn: Math.max(1, finding.column),
            endLine: Math.max(startLine, finding.endLine),
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: sha256(finding.fingerprint) },
    properties,
  };
}

/**
 * A finding an inline allow suppressed: reported with an `inSource` suppression whose
 * justification is the author's reason, so code scanning shows it as suppressed, not absent.
 */
function toSuppressedResult(finding: AllowedFinding, ruleIndex: number): Sarif.Result {
  return {
    ...toResult(finding, ruleIndex),
    suppressions: [
      {
        kind: 'inSource',
        status: 'accepted',
        justification: `${finding.allow.marker}: ${finding.allow.reason}`,
      },
    ],
  };
}

/** The SARIF log as an object (for the Action, which uploads it). */
export function toSarifLog(result: ScanResult, options: SarifOptions): Sarif.Log {
  const rules = collectRules(result);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const kept = result.findings.slice(0, MAX_SARIF_RESULTS);
  const allowed = (result.allowed ?? []).slice(0, MAX_SARIF_RESULTS - kept.length);
  const omitted =
    result.findings.length + (result.allowed ?? []).length - kept.length - allowed.length;
  // A scan that could not read or finish files it had to did not run completely (it blocks):
  // its `scan/incomplete` findings are results, and the decision's reason says it once.
  const incomplete = result.why?.find((r) => r.kind === 'incomplete');
  const invocation: Sarif.Invocation = { executionSuccessful: incomplete === undefined };
  const notifications: Sarif.Notification[] = [];
  if (incomplete !== undefined) {
    notifications.push({ level: 'error', message: { text: describeReason(incomplete) } });
  }
  if (omitted > 0) {
    notifications.push({
      level: 'warning',
      message: {
        text:
          `${formatCount(omitted)} more findings were left out: GitHub code scanning accepts ` +
          `at most ${formatCount(MAX_SARIF_RESULTS)} results per run. Use --format json for the full list.`,
      },
    });
  }
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mandate',
            informationUri: INFORMATION_URI,
            semanticVersion: options.toolVersion,
            rules: rules.map(toDescriptor),
          },
        },
        invocations: [invocation],
        columnKind: 'utf16CodeUnits',
        results: [
          ...kept.map((f) => toResult(f, index.get(f.ruleId) ?? -1)),
          ...allowed.map((f) => toSuppressedResult(f, index.get(f.ruleId) ?? -1)),
        ],
      },
    ],
  };
}

/** SARIF 2.1.0 for GitHub code scanning; deterministic (no timestamps), 2-space indent. */
export function formatSarif(result: ScanResult, options: SarifOptions): string {
  return `${JSON.stringify(toSarifLog(result, options), null, 2)}\n`;
}
