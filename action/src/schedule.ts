/**
 * The scheduled run (`schedule`, `workflow_dispatch`): every policy document of the default
 * branch (policy-documents.ts), evaluated with the config of that commit — the policy family,
 * whose findings join the run through the one chain (core/family.ts) under that config's
 * `disable`, `overrides`, `.mandateignore` and baseline — and the one tracking issue
 * (register-issue.ts). main.ts concludes the run once.
 */
import { resolveSecretRules } from '../../src/config/load.js';
import type { Config } from '../../src/core/config.js';
import { MandateError } from '../../src/core/errors.js';
import type { FamilyChain, FamilyRun } from '../../src/core/family.js';
import { calendarDateOf, formatDate } from '../../src/core/policy/calendar.js';
import { evaluatePolicies, policyStatus } from '../../src/core/policy/evaluate.js';
import { POLICY_RULES } from '../../src/core/policy/rules.js';
import type { PolicyEntry } from '../../src/core/policy/types.js';
import { compileRules } from '../../src/core/secret/compile.js';
import type { Evaluation, Severity } from '../../src/core/types.js';
import { type GitHubRest, statusOf } from '../../src/github/rest.js';
import { registerSummary } from '../../src/reporters/policy-register.js';
import { builtinPacks } from '../../src/rules/packs.js';
import type { Repo } from './event.js';
import { loadPolicy, type Policy } from './policy.js';
import { checkOwners, defaultBranchHead, readPolicyDocumentsAt } from './policy-documents.js';
import { type IssueOutcome, syncRegisterIssue } from './register-issue.js';

export { REGISTER_LABEL, REGISTER_MARKER } from './register-issue.js';

export interface RegisterRun {
  /** The run's evaluation when the register is all it judges (`schedule`): no finding yet. */
  base: Evaluation;
  /**
   * The policy family of the default branch, to join a run: alone (`merged` false, on `base`)
   * or after a scan of the same event (`workflow_dispatch`: a secret the scan found in a
   * document already is reported once, and the description says both).
   */
  family(merged: boolean): FamilyRun;
  entries: PolicyEntry[];
  policy: Policy;
  config: Config;
  branch: string;
  commit: string;
  issue: IssueOutcome;
}

/** The scheduled evaluation: policy at the default branch, findings, decision, the issue. */
export async function runPolicyRegister(options: {
  client: GitHubRest;
  repo: Repo;
  configInput: string;
  failOn: Severity | null;
  now: Date;
  runUrl: string | null;
  note: (sentence: string) => void;
}): Promise<RegisterRun> {
  const { client, repo, note } = options;
  const head = await defaultBranchHead(client, repo);
  const policy = await loadPolicy(client, repo, head.sha, options.configInput);
  if (policy.configPath === null) {
    note(
      `No ${options.configInput} on ${head.branch} (${head.sha.slice(0, 7)}): the default policy settings applied.`,
    );
  }
  const central = policy.central;
  central.notes.forEach(note);
  const config = central.config;
  const failOn = options.failOn ?? config.failOn;
  const context = { mode: 'ci' as const, now: options.now };
  const docs = await readPolicyDocumentsAt(client, repo, head.sha, config.policies, note);
  // The register goes into an issue: the documents are scanned for secrets like any file, and a
  // secret found in one is reported and never copied into the issue.
  const secrets = compileRules(resolveSecretRules(config, builtinPacks()), {
    allowlist: config.allowlist,
    overrides: config.overrides,
  });
  const report = evaluatePolicies(docs, { config: config.policies, context, failOn, secrets });
  const owners = await checkOwners(client, report.entries, {
    blocks: config.policies.block.ci,
    failOn,
    note,
  });
  for (const finding of owners) {
    const entry = report.entries.find((e) => e.path === finding.path);
    if (entry === undefined) continue;
    if (!entry.problems.includes(finding.ruleId)) entry.problems.push(finding.ruleId);
    entry.status = policyStatus([finding, ...report.findings.filter((f) => f.path === entry.path)]);
  }
  const today = formatDate(calendarDateOf(options.now));
  let issue: IssueOutcome;
  try {
    issue = await syncRegisterIssue(client, repo, report.entries, {
      today,
      branch: head.branch,
      commit: head.sha,
      runUrl: options.runUrl,
    });
  } catch (error) {
    if (statusOf(error) !== 403) throw error;
    throw new MandateError(
      `The token may not write issues (HTTP 403), so the policy register issue could not be kept up to date; give the job \`permissions: { contents: read, issues: write }\`.`,
      { cause: error },
    );
  }
  if (issue.action !== 'none') {
    note(
      `The policy register issue #${issue.number} was ${issue.action}${issue.url === null ? '' : ` (${issue.url})`}.`,
    );
  }
  const findings = [...report.findings, ...owners];
  const description = `the policy documents of ${head.branch} (${head.sha.slice(0, 7)}): ${registerSummary(report.entries)}`;
  const base: Evaluation = {
    findings: [],
    stats: {
      files: docs.length,
      bytes: docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0),
      lines: 0,
      durationMs: 0,
      skipped: {},
      suppressed: { inline: 0, ignoreFile: 0, baseline: 0, allowlist: 0 },
    },
    rules: [],
    unusedIgnores: [],
    scope: 'paths',
    description,
  };
  // The register judges by the default branch's policy: its settings, ignore file, baseline.
  const settings: FamilyChain = {
    ignore: central.ignore,
    baseline: central.baseline,
    disable: config.disable,
    overrides: config.overrides,
    failOn,
  };
  const family = (merged: boolean): FamilyRun => ({
    kind: 'policy',
    evaluate: () => ({
      findings,
      rules: [
        ...Object.values(POLICY_RULES),
        ...secrets.infos.filter((rule) => findings.some((f) => f.ruleId === rule.id)),
      ],
    }),
    chain: merged ? { ...settings, dedupe: true, describe: description } : settings,
  });
  return {
    base,
    family,
    entries: report.entries,
    policy,
    config,
    branch: head.branch,
    commit: head.sha,
    issue,
  };
}
