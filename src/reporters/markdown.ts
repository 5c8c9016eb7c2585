import type { Finding, ScanResult, Severity } from '../core/types.js';
import {
  falsePositiveHint,
  groupByRule,
  HISTORY_HINT,
  ignoreLine,
  remediationOf,
  shortSha,
} from './how-to-fix.js';
import { sanitize } from './sanitize.js';
import { formatCount, plural, scannedSummary } from './summary-line.js';

/** GitHub's limit for one step's job summary. */
export const MARKDOWN_LIMIT_BYTES = 1024 * 1024;
/** Rows of the findings table; the rest is counted, not listed. */
export const MAX_TABLE_ROWS = 200;
/** Room kept for the truncation note. */
const NOTE_RESERVE_BYTES = 1024;

const SEVERITY_ICON: Record<Severity, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪',
};

/** Plain text made inert: Markdown punctuation, HTML and entities are backslash-escaped. */
export function escapeText(text: string): string {
  return sanitize(text.replace(/\r?\n/g, ' '))
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^([#>+-])/, '\\$1');
}

/** Text that may quote code in backticks (our hints, decision reasons): code stays code. */
export function inline(text: string): string {
  const out: string[] = [];
  let last = 0;
  for (const match of text.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)) {
    out.push(escapeText(text.slice(last, match.index)), codeSpan(match[2] ?? ''));
    last = match.index + match[0].length;
  }
  out.push(escapeText(text.slice(last)));
  return out.join('');
}

/**
 * A code span that survives any content: the fence is one backtick longer than the longest run
 * of backticks inside, and padded when the content starts or ends with a backtick or a space.
 */
export function codeSpan(text: string): string {
  const content = sanitize(text.replace(/\r?\n/g, ' '));
  if (content === '') return '';
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A code span inside a table cell. GitHub splits a row on every `|` that is not escaped, even
 * inside code spans (it removes the escaping backslash before rendering the span); a run of
 * backslashes before a pipe is doubled so that it cannot escape the escape.
 */
function tableCode(text: string): string {
  return codeSpan(text).replace(
    /(?<!\\)(\\*)\|/g,
    (_, slashes: string) => `${slashes}${slashes}\\|`,
  );
}

function fencedBlock(lines: string[]): string {
  const body = lines.map(sanitize).join('\n');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${body}\n${fence}`;
}

function location(f: Finding): string {
  const lines = f.endLine > f.line ? `${f.line}-${f.endLine}` : `${f.line}`;
  const where = tableCode(`${f.path}:${lines}`);
  return f.commit === undefined ? where : `${where} in ${tableCode(shortSha(f.commit))}`;
}

function tableRow(f: Finding): string {
  const cells = [
    `${SEVERITY_ICON[f.severity]} ${f.severity}`,
    `${escapeText(f.title ?? f.message)}<br>${tableCode(f.ruleId)}`,
    location(f),
    tableCode(f.redacted),
    f.blocking ? '❌ yes' : '⚠️ no',
  ];
  return `| ${cells.join(' | ')} |`;
}

function verdict(result: ScanResult): string[] {
  const units =
    result.decision === 'block' ? ['## ❌ mandate: blocked', ''] : ['## ✅ mandate: passed', ''];
  if (result.reasons.length > 0) {
    units.push(...result.reasons.map((r) => `- ${inline(r)}`), '');
  }
  if (result.decision === 'block' && result.unblock.length > 0) {
    units.push('**To unblock:**', '', ...result.unblock.map((u) => `- ${inline(u)}`), '');
  }
  units.push(escapeText(scannedSummary(result)), '');
  return units;
}

function findingsTable(result: ScanResult, shown: Finding[]): string[] {
  const total = result.findings.length;
  if (total === 0) return ['No findings.', ''];
  const units = [
    `### Findings (${formatCount(total)})`,
    '',
    '| Severity | Rule | File:line | Redacted | Blocking |',
    '| --- | --- | --- | --- | --- |',
    ...shown.map(tableRow),
    '',
  ];
  if (total > shown.length) {
    units.push(
      `_… and ${plural(total - shown.length, 'more finding')} not listed here; ` +
        'the JSON and SARIF reports have all of them._',
      '',
    );
  }
  return units;
}

function howToFix(result: ScanResult, shown: ReadonlySet<Finding>): string[] {
  const groups = groupByRule(result);
  if (groups.length === 0) return [];
  const units = ['### How to fix', ''];
  for (const { rule, findings } of groups) {
    units.push(`#### ${escapeText(rule.title)} (${codeSpan(rule.id)})`, '');
    units.push(inline(remediationOf(rule)), '');
    if (findings.some((f) => f.commit !== undefined)) units.push(inline(HISTORY_HINT), '');
    const listed = findings.filter((f) => shown.has(f));
    units.push(inline(falsePositiveHint(listed.length > 0 ? listed : findings)), '');
    if (listed.length > 0) units.push(fencedBlock(listed.map(ignoreLine)), '');
    if (listed.length < findings.length) {
      units.push(`_… and ${plural(findings.length - listed.length, 'more fingerprint')}._`, '');
    }
  }
  return units;
}

function unusedIgnores(result: ScanResult): string[] {
  if (result.unusedIgnores.length === 0) return [];
  return [
    '### ⚠️ Unused .mandateignore entries',
    '',
    'These entries matched nothing in this run; remove them if the secret is gone.',
    '',
    ...result.unusedIgnores.map(
      (u) =>
        `- line ${u.line}: ${codeSpan(u.fingerprint)}${u.reason === '' ? '' : ` — ${escapeText(u.reason)}`}`,
    ),
    '',
  ];
}

/** Joins units with newlines, stopping (with a note) before the job-summary limit. */
function fitToLimit(units: string[], limit: number): string {
  const budget = limit - NOTE_RESERVE_BYTES;
  let used = 0;
  const kept: string[] = [];
  for (const unit of units) {
    const size = Buffer.byteLength(unit, 'utf8') + 1;
    if (used + size > budget) {
      kept.push(
        '',
        "> ⚠️ This report was truncated to fit GitHub's 1 MiB job-summary limit. " +
          'The JSON and SARIF reports have every finding.',
        '',
      );
      break;
    }
    kept.push(unit);
    used += size;
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return `${kept.join('\n')}\n`;
}

/** A GitHub-flavoured report for a pull-request comment or a job summary (≤ 1 MiB). */
export function formatMarkdown(result: ScanResult): string {
  const shown = result.findings.slice(0, MAX_TABLE_ROWS);
  const units = [
    ...verdict(result),
    ...findingsTable(result, shown),
    ...howToFix(result, new Set(shown)),
    ...unusedIgnores(result),
  ];
  return fitToLimit(units, MARKDOWN_LIMIT_BYTES);
}
