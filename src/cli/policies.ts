/**
 * Policy documents in the CLI: `mandate policies` (the register) and the policy part of
 * `mandate check`, which adds the policy findings to the secret scan's result and concludes again.
 */
import { resolveSecretRules } from '../config/load.js';
import type { Config } from '../core/config.js';
import { addFamily, type FamilySettings } from '../core/family.js';
import { calendarDateOf, formatDate } from '../core/policy/calendar.js';
import { evaluatePolicies, type PolicyReport } from '../core/policy/evaluate.js';
import { policyOutput } from '../core/policy/family.js';
import { NOT_APPLICABLE_LOCALLY } from '../core/policy/review-integrity.js';
import type { IgnoreEntry } from '../core/postprocess/ignore-file.js';
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
 * Adds policy findings to a scan result through the families' chain (core/family.ts): the
 * config's `disable` and `overrides`, `.mandateignore` and the baseline apply to them too (a
 * `policy/stale` fingerprint names the due date, so an ignore expires with the next review),
 * the rules that fired are listed, and the result is concluded again over all findings.
 */
export function mergePolicyFindings(
  result: ScanResult,
  report: PolicyReport,
  options: {
    context: Context;
    ignore: readonly IgnoreEntry[];
    baseline: ReadonlySet<string>;
    config?: FamilySettings;
  },
): ScanResult {
  const count = report.entries.length;
  return addFamily(result, policyOutput(report), {
    context: options.context,
    ignore: options.ignore,
    baseline: options.baseline,
    ...(options.config ?? {}),
    onlyFired: true,
    describe: `${count} policy document${count === 1 ? '' : 's'}`,
  });
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
