/**
 * Policy documents in the CLI: `mandate policies` (the register) and the policy part of
 * `mandate check`, which adds the policy findings to the secret scan's result and decides again.
 */
import { resolveSecretRules } from '../config/load.js';
import type { Config } from '../core/config.js';
import { decide } from '../core/decision.js';
import { calendarDateOf, formatDate } from '../core/policy/calendar.js';
import { evaluatePolicies, type PolicyReport } from '../core/policy/evaluate.js';
import { NOT_APPLICABLE_LOCALLY } from '../core/policy/review-integrity.js';
import { POLICY_RULES } from '../core/policy/rules.js';
import { applyBaseline } from '../core/postprocess/baseline.js';
import type { IgnoreEntry } from '../core/postprocess/ignore-file.js';
import { sortFindings } from '../core/postprocess/sort.js';
import { compileRules } from '../core/secret/compile.js';
import type { Context, ScanResult } from '../core/types.js';
import {
  formatRegisterJson,
  formatRegisterMarkdown,
  formatRegisterText,
  type Register,
} from '../reporters/policy-register.js';
import { builtinPacks } from '../rules/packs.js';
import { findRepoRoot } from '../sources/git.js';
import { readPolicyDocuments } from '../sources/policies.js';
import { loadCliConfig, policyRoot } from './load-policy.js';
import { wantsColor } from './tty.js';

/** Reads and evaluates the policy documents under `root` (where the config lives). */
export async function evaluateRepositoryPolicies(options: {
  root: string;
  config: Config;
  context: Pick<Context, 'mode' | 'now'>;
  /** Scan the documents with the secret rules too (where they are not scanned as files). */
  scanSecrets?: boolean;
}): Promise<PolicyReport> {
  const repoRoot = await findRepoRoot(options.root);
  const docs = await readPolicyDocuments({
    root: options.root,
    config: options.config.policies,
    repoRoot,
  });
  const { config } = options;
  return evaluatePolicies(docs, {
    config: config.policies,
    context: options.context,
    failOn: config.failOn,
    ...(options.scanSecrets === true
      ? {
          secrets: compileRules(resolveSecretRules(config, builtinPacks()), {
            allowlist: config.allowlist,
            overrides: config.overrides,
          }),
        }
      : {}),
  });
}

/**
 * Adds policy findings to a scan result: `.mandateignore` and the baseline apply to them too
 * (a `policy/stale` fingerprint names the due date, so an ignore expires with the next review),
 * the rules that fired are listed, and the decision is taken again over all findings.
 */
export function mergePolicyFindings(
  result: ScanResult,
  report: PolicyReport,
  options: { context: Context; ignore: readonly IgnoreEntry[]; baseline: ReadonlySet<string> },
): ScanResult {
  const ignored = new Set(options.ignore.map((entry) => entry.fingerprint));
  const notIgnored = report.findings.filter((finding) => !ignored.has(finding.fingerprint));
  const usedIgnores = new Set(
    report.findings.filter((f) => ignored.has(f.fingerprint)).map((f) => f.fingerprint),
  );
  const baselined = applyBaseline(notIgnored, options.baseline);
  const findings = sortFindings([...result.findings, ...baselined.kept]);
  const ruleIds = new Set(result.rules.map((rule) => rule.id));
  const rules = [
    ...result.rules,
    ...Object.values(POLICY_RULES).filter(
      (rule) => !ruleIds.has(rule.id) && baselined.kept.some((f) => f.ruleId === rule.id),
    ),
  ];
  const count = report.entries.length;
  return {
    ...result,
    ...decide(findings, options.context, result.unreadable),
    findings,
    rules,
    unusedIgnores: result.unusedIgnores.filter((entry) => !usedIgnores.has(entry.fingerprint)),
    stats: {
      ...result.stats,
      policies: (result.stats.policies ?? 0) + count,
      suppressed: {
        ...result.stats.suppressed,
        ignoreFile:
          result.stats.suppressed.ignoreFile + (report.findings.length - notIgnored.length),
        baseline: result.stats.suppressed.baseline + baselined.dropped,
      },
    },
    description: `${result.description}, and ${count} policy document${count === 1 ? '' : 's'}`,
  };
}

export interface PoliciesFlags {
  format: 'text' | 'json' | 'markdown';
  config?: string;
  color: boolean;
}

/** `mandate policies`: prints the register. Exits 0; `mandate check` is the gate. */
export async function runPolicies(flags: PoliciesFlags, now: Date = new Date()): Promise<number> {
  const cwd = process.cwd();
  const repoRoot = await findRepoRoot(cwd);
  const root = policyRoot(cwd, repoRoot);
  const mode: Context['mode'] = process.env.CI ? 'ci' : 'local';
  const config = await loadCliConfig({
    cwd,
    repoRoot,
    ...(flags.config === undefined ? {} : { config: flags.config }),
    mode,
    warn: (sentence) => process.stderr.write(`mandate: ${sentence}\n`),
  });
  const report = await evaluateRepositoryPolicies({
    root,
    config,
    context: { mode, now },
    scanSecrets: true,
  });
  const register: Register = {
    today: formatDate(calendarDateOf(now)),
    entries: report.entries,
    findings: report.findings,
  };
  const color = wantsColor(flags.color);
  process.stdout.write(
    flags.format === 'json'
      ? formatRegisterJson(register)
      : flags.format === 'markdown'
        ? formatRegisterMarkdown(register)
        : `${formatRegisterText(register, { color })}${register.entries.length === 0 ? '' : `${NOT_APPLICABLE_LOCALLY}\n`}`,
  );
  return 0;
}
