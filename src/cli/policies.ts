/**
 * Policy documents in the CLI: `mandate policies` (the register) and the policy part of
 * `mandate check`, a family of the CLI's one run (core/family.ts `run`).
 */
import { resolveSecretRules } from '../config/load.js';
import type { Config } from '../core/config.js';
import type { FamilyRun } from '../core/family.js';
import { calendarDateOf, formatDate } from '../core/policy/calendar.js';
import { evaluatePolicies, type PolicyReport } from '../core/policy/evaluate.js';
import { policyOutput } from '../core/policy/family.js';
import { NOT_APPLICABLE_LOCALLY } from '../core/policy/review-integrity.js';
import type { PolicyEntry } from '../core/policy/types.js';
import { compileRules } from '../core/secret/compile.js';
import type { Context } from '../core/types.js';
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
  /** The repository `root` is the top of, when the caller knows it (else git is asked). */
  repoRoot?: string | null;
}): Promise<PolicyReport> {
  const repoRoot =
    options.repoRoot !== undefined ? options.repoRoot : await findRepoRoot(options.root);
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
 * The policy family of `mandate check`, as a family of the CLI's run (core/family.ts): reads
 * and evaluates the documents when the run gets to it; the run's chain applies the config's
 * `disable` and `overrides`, `.mandateignore` and the baseline (a `policy/stale` fingerprint
 * names the due date, so an ignore expires with the next review), and lists the rules that fired.
 */
export function repositoryPolicyRun(options: {
  root: string;
  config: Config;
  /** Receives the register the run evaluated (the evidence record carries it). */
  onEntries?: (entries: PolicyEntry[]) => void;
  /** The repository `root` is the top of, when known: git is not asked again. */
  repoRoot?: string | null;
}): FamilyRun {
  return {
    kind: 'policy',
    evaluate: async (context) => {
      const report = await evaluateRepositoryPolicies({
        root: options.root,
        config: options.config,
        context,
        ...(options.repoRoot === undefined ? {} : { repoRoot: options.repoRoot }),
      });
      options.onEntries?.(report.entries);
      return policyOutput(report);
    },
    chain: (output) => {
      const count = output.documents ?? 0;
      return { onlyFired: true, describe: `${count} policy document${count === 1 ? '' : 's'}` };
    },
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
