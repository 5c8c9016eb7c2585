/**
 * Rule families as plug-ins of one engine.
 *
 * A family is one kind of rule — secrets, required reviews, policy documents, and the kinds
 * that come next — behind one small interface: it declares what it needs from a change
 * (`needs`), evaluates, and returns findings plus the explanations a decision needs
 * (`FamilyOutput`). It never decides. `run` is the engine's one entry: the first family of a
 * run gives the evaluation, every later family's output joins it through the same chain
 * (`joinFamily`): `disable` and `overrides` of the config, the ignore file, the baseline,
 * dedupe, sort — and `conclude` (core/decision.ts) runs once, at the end.
 *
 * Today's families:
 *
 * - `secret` (core/engine.ts `secretFamily`): needs `added-lines` (diff scopes) or
 *   `whole-file` (paths); streams the change set and post-processes its raw findings itself
 *   (inline allow, redaction: the raw secret must end inside the engine). It is the first
 *   family of every run that scans a change.
 * - `review` (core/review/): needs `pull-request` facts (approvals, labels, teams); returns a
 *   finding per unmet requirement and a `review-required` explanation that speaks for it; a
 *   break-glass's `also_waive` makes earlier families' findings non-blocking (`waive`).
 * - `policy` (core/policy/): needs `policy-documents` (front matter and text).
 *
 * Per-file families (`FileFamily`) are judged file by file inside the secret family's one
 * pass over the change set (core/engine.ts `filePass`, `tallyFile`; a scan worker builds the
 * same list from plain settings): each file is read once and handed to every per-file family
 * of the run in order. Each applies `disable` and `overrides` to its own rules; their raw
 * findings share the secret family's post-processing (inline allow, ignore file, baseline,
 * dedupe, redaction, `fail_on`) and join its evaluation:
 *
 * - the secret rules (core/engine.ts `secretFiles`): `added-lines` of each readable file;
 * - `artifact` (core/guardrails.ts, core/artifact/): `head-bytes` — content signatures of model
 *   files, pickles, dumps and key stores, from the first bytes of each changed file, binary
 *   and too-large ones included;
 * - `personal-data` (core/guardrails.ts, core/pii/): `added-lines` of data files (in a diff
 *   scope only what was added, as the secret rules) — one finding per data file, with counts
 *   per type.
 *
 * Third-party AI services are review requirements of the `ai-services` pack
 * (rules/ai-services.yml), so the review family.
 *
 * A family's rule ids start with its kind (`policy/stale`); `disable` and `overrides` name them
 * like secret rules (`isFamilyRuleId` lets the config loader accept them; a review requirement
 * is disabled by id, and changed in `reviews:` rather than by an override).
 *
 * Long because the family interface, the chain every family's output joins (disable, overrides,
 * ignore file, baseline, waivers) and the rule-id checks it uses are one contract; split, the
 * contract would be read in pieces.
 */

import { ARTIFACT_RULES } from './artifact/family.js';
import type { Config, RuleOverride } from './config.js';
import { conclude } from './decision.js';
import { PII_RULE } from './pii/detect.js';
import { POLICY_RULES } from './policy/rules.js';
import { applyBaseline } from './postprocess/baseline.js';
import type { IgnoreEntry } from './postprocess/ignore-file.js';
import { atOrAbove } from './postprocess/redact.js';
import { sortFindings } from './postprocess/sort.js';
import type { ScanCounters } from './secret/scan-file.js';
import type {
  ChangedFile,
  Context,
  Evaluation,
  Explanation,
  Finding,
  FindingKind,
  RawFinding,
  RuleInfo,
  ScanResult,
  Severity,
} from './types.js';

/** What a family reads from a change and its context. */
export type Need =
  /** Added lines of changed files (diff scopes), or every line (paths scans). */
  | 'added-lines'
  /** The whole text of a changed file. */
  | 'whole-file'
  /** The first bytes of a changed file (content signatures), text or not. */
  | 'head-bytes'
  /** All bytes of a changed file. */
  | 'file-bytes'
  /** Facts of a pull request: approvals on the head commit, labels, author, team membership. */
  | 'pull-request'
  /** The policy documents the config names (`policies:`), with their front matter. */
  | 'policy-documents';

/** What a family returns: its findings (not yet post-processed) and what explains them. */
export interface FamilyOutput {
  findings: Finding[];
  /** Rules to list in the reports (SARIF, evidence): those that ran, or those that fired. */
  rules: RuleInfo[];
  /** What the decision must say beyond counting findings (an unmet review, a break-glass). */
  explanations?: Explanation[];
  /** Policy documents evaluated (counted in `stats.policies`). */
  documents?: number;
  /**
   * Findings already joined that this family's word makes non-blocking: a break-glass waives
   * the rules its `also_waive` lists; the reviews family settles the artifacts a pull request's
   * `review/artifact` requirement covers. Each waiver names rule ids and, optionally, a note
   * put before their message.
   */
  waive?: readonly Waiver[];
}

/** Blocking findings of `ruleIds` that a later family makes non-blocking. */
export interface Waiver {
  ruleIds: readonly string[];
  note?: string;
}

/**
 * One rule family. `Input` is what its `needs` become once a source or adapter read them.
 * `sofar` is the evaluation of the families that ran before it in the same run (a break-glass
 * reads which of their findings it waives); the first family of a run has none.
 */
export interface Family<Input, Output extends FamilyOutput = FamilyOutput> {
  /** The kind of its findings and the prefix of its rule ids. */
  readonly kind: FindingKind;
  readonly needs: readonly Need[];
  evaluate(input: Input, context: Context, sofar?: Evaluation): Output | Promise<Output>;
}

/** What a per-file family reads of each file the one pass yields. */
export type FileNeed = Extract<Need, 'added-lines' | 'whole-file' | 'head-bytes'>;

/**
 * A family judged file by file inside the one pass over a change set (core/engine.ts
 * `tallyFile`; a scan worker builds the same list from plain settings). A file the source could
 * not read as text (skipped: binary, too large, unreadable…) reaches only the families that
 * need its `head-bytes` (`reaches`). Its raw findings have `disable` and `overrides` applied
 * already; the secret family's post-processing and `fail_on` come after, for every kind alike.
 */
export interface FileFamily {
  /** The kind of its findings and the prefix of its rule ids. */
  readonly kind: FindingKind;
  readonly needs: readonly FileNeed[];
  /** Its rules in force (disabled ones left out, overrides applied), listed in the reports. */
  readonly infos: RuleInfo[];
  /**
   * Appends its raw findings on one file to `out`; `counters` takes what the scan counts beside
   * findings (candidates allowlisted, a file past its time budget).
   */
  evaluateFile(file: ChangedFile, out: RawFinding[], counters: ScanCounters): void;
}

/** Whether the one pass hands a file to a per-file family (see FileFamily). */
export function reaches(family: FileFamily, file: Pick<ChangedFile, 'skipped'>): boolean {
  return file.skipped === undefined || family.needs.includes('head-bytes');
}

/** The config's part in the chain (`disable`, `overrides`, `fail_on` of a Config). */
export type FamilySettings = Partial<Pick<Config, 'disable' | 'overrides' | 'failOn'>>;

/** How one family's output joins the evaluation (beside what the run's config says). */
export interface ChainStep {
  /** Drop a finding already reported at the same fingerprint and line (a secret read twice). */
  dedupe?: boolean;
  /** Sort every finding (path, line, column, rule id); off keeps the added ones last. */
  sort?: boolean;
  /** List only the output's rules that have a finding after the chain (policy rules). */
  onlyFired?: boolean;
  /** Appended to the result's description (", and …"). */
  describe?: string;
}

/** Options of the chain: the context, and what the config switches off, changes or suppresses. */
export interface ChainOptions extends ChainStep {
  context: Context;
  /** `.mandateignore` entries: a matching fingerprint is suppressed (and the entry used). */
  ignore?: readonly IgnoreEntry[];
  baseline?: ReadonlySet<string>;
  /** `disable` of the config: findings of these rule ids are dropped. */
  disable?: readonly string[];
  /** `overrides` of the config (severity, blocking), keyed by rule id. */
  overrides?: Readonly<Record<string, RuleOverride>>;
  /** `fail_on`: an override's severity below it stops a finding from blocking. */
  failOn?: Severity;
}

/**
 * How one family's output joins a run: its step (dedupe, sort…) and, where the family judges
 * by other settings than the run's (the scheduled register, by the default branch's policy),
 * those settings; what it leaves out is the run's.
 */
export type FamilyChain = Omit<ChainOptions, 'context'>;

/**
 * Applies the config's `overrides` to a family's finding: `severity` replaces the rule's (and
 * a severity below `fail_on` stops it blocking), `blocking: false` makes it inform only. An
 * override never makes a finding block that its family did not (the mode decides that).
 */
export function applyOverride<F extends Pick<Finding, 'severity' | 'blocking'>>(
  finding: F,
  override: RuleOverride | undefined,
  failOn: Severity | undefined,
): F {
  if (override === undefined) return finding;
  const severity = override.severity ?? finding.severity;
  const blocking =
    finding.blocking &&
    override.blocking !== false &&
    (failOn === undefined || override.severity === undefined || atOrAbove(severity, failOn));
  return { ...finding, severity, blocking };
}

/**
 * A one-family run over an evaluation already made: the output joins through the chain
 * (disable, overrides, ignore file, baseline, dedupe, sort) and the result is concluded. For
 * tools and tests that judge one family alone; the entry points (CLI, hook, Action) use `run`.
 */
export function addFamily(
  result: Evaluation,
  output: FamilyOutput,
  options: ChainOptions,
): ScanResult {
  return settle(joinFamily(result, output, options), options.context);
}

/**
 * The first family of a run, bound to its input: its evaluation is the one the others join
 * (the secret family over a change set, core/engine.ts `secretRun`).
 */
export interface FirstRun {
  readonly kind: FindingKind;
  evaluate(context: Context): Evaluation | Promise<Evaluation>;
}

/** A family bound to the input its `needs` became (read by a source or an adapter). */
export interface FamilyRun<Output extends FamilyOutput = FamilyOutput> {
  readonly kind: FindingKind;
  /**
   * `sofar`: the evaluation of the families before it. Null: the family had nothing to say in
   * this run (its output does not join).
   */
  evaluate(context: Context, sofar: Evaluation): Output | null | Promise<Output | null>;
  /** How its output joins (beside the run's config): fixed, or read from the output. */
  readonly chain?: FamilyChain | ((output: Output) => FamilyChain);
}

/** Binds a family to its input, for `run`. */
export function withInput<Input, Output extends FamilyOutput>(
  family: Family<Input, Output>,
  input: Input,
  chain?: FamilyChain | ((output: Output) => FamilyChain),
): FamilyRun<Output> {
  return {
    kind: family.kind,
    evaluate: (context, sofar) => family.evaluate(input, context, sofar),
    ...(chain === undefined ? {} : { chain }),
  };
}

/**
 * The engine's one entry: runs the families of a run over one context — the first one (the
 * secret family over the change set, or any evaluation made before) gives the evaluation the
 * others join, in order, through the one chain — and concludes once, at the end. A family
 * that throws fails the run (the caller reports it; nothing is approved that was not judged).
 */
export async function run(
  first: FirstRun | Evaluation,
  families: readonly FamilyRun[],
  options: ChainOptions,
): Promise<ScanResult> {
  return settle(await evaluateAll(first, families, options), options.context);
}

/** `run` without the decision: the joined evaluation (for a run that goes on elsewhere). */
export async function evaluateAll(
  first: FirstRun | Evaluation,
  families: readonly FamilyRun[],
  options: ChainOptions,
): Promise<Evaluation> {
  let evaluation = isRun(first) ? await first.evaluate(options.context) : first;
  for (const family of families) {
    const output = await family.evaluate(options.context, evaluation);
    if (output === null) continue;
    const step = typeof family.chain === 'function' ? family.chain(output) : family.chain;
    evaluation = joinFamily(evaluation, output, { ...options, ...step });
  }
  return evaluation;
}

function isRun(first: FirstRun | Evaluation): first is FirstRun {
  return typeof (first as Partial<FirstRun>).evaluate === 'function';
}

/** The decision of a run: the one call of `conclude` (core/decision.ts). */
function settle(evaluation: Evaluation, context: Context): ScanResult {
  return conclude(evaluation, context);
}

/** The chain without the decision: a family's output joined to an evaluation. */
export function joinFamily(
  result: Evaluation,
  output: FamilyOutput,
  options: Omit<ChainOptions, 'context'>,
): Evaluation {
  const disabled = new Set(options.disable ?? []);
  const overrides = options.overrides ?? {};
  const enabled = output.findings
    .filter((finding) => !disabled.has(finding.ruleId))
    .map((finding) => applyOverride(finding, overrides[finding.ruleId], options.failOn));
  const ignored = new Set((options.ignore ?? []).map((entry) => entry.fingerprint));
  const notIgnored = enabled.filter((finding) => !ignored.has(finding.fingerprint));
  const used = new Set(
    enabled.filter((f) => ignored.has(f.fingerprint)).map((finding) => finding.fingerprint),
  );
  const baselined = applyBaseline(notIgnored, options.baseline ?? new Set());
  const seen = new Set(result.findings.map((f) => `${f.fingerprint}\0${f.line}`));
  const added =
    options.dedupe === true
      ? baselined.kept.filter((f) => !seen.has(`${f.fingerprint}\0${f.line}`))
      : baselined.kept;
  const all = [...waived(result.findings, output.waive), ...added];
  const known = new Set(result.rules.map((rule) => rule.id));
  const rules = [
    ...result.rules,
    ...output.rules.filter(
      (rule) =>
        !known.has(rule.id) &&
        !disabled.has(rule.id) &&
        (options.onlyFired !== true || added.some((finding) => finding.ruleId === rule.id)),
    ),
  ];
  const explanations = [...(result.explanations ?? []), ...(output.explanations ?? [])];
  const suppressedIgnore = enabled.length - notIgnored.length;
  return {
    ...result,
    findings: options.sort === false ? all : sortFindings(all),
    rules,
    ...(explanations.length > 0 ? { explanations } : {}),
    unusedIgnores:
      used.size === 0
        ? result.unusedIgnores
        : result.unusedIgnores.filter((entry) => !used.has(entry.fingerprint)),
    stats: {
      ...result.stats,
      ...(output.documents === undefined
        ? {}
        : { policies: (result.stats.policies ?? 0) + output.documents }),
      suppressed: {
        ...result.stats.suppressed,
        ignoreFile: result.stats.suppressed.ignoreFile + suppressedIgnore,
        baseline: result.stats.suppressed.baseline + baselined.dropped,
      },
    },
    description:
      options.describe === undefined
        ? result.description
        : `${result.description}, and ${options.describe}`,
  };
}

/** Rule ids of the guardrail families (artifacts, personal data): the one list of them. */
export const GUARDRAIL_IDS: ReadonlySet<string> = new Set([
  ...Object.values(ARTIFACT_RULES),
  PII_RULE,
]);

/** The findings a family's `waive` makes non-blocking, each waiver's note before their message. */
function waived(findings: Finding[], waive: FamilyOutput['waive']): Finding[] {
  let out = findings;
  for (const waiver of waive ?? []) {
    if (waiver.ruleIds.length === 0) continue;
    const ids = new Set(waiver.ruleIds);
    out = out.map((finding) =>
      ids.has(finding.ruleId) && finding.blocking
        ? {
            ...finding,
            blocking: false,
            ...(waiver.note === undefined ? {} : { message: `${waiver.note} ${finding.message}` }),
          }
        : finding,
    );
  }
  return out;
}

/**
 * Whether a rule id belongs to a family other than `secret`, so that `disable` (a policy,
 * guardrail or review rule) or `overrides` (a policy or guardrail rule: a review requirement is
 * changed in `reviews:`) may name it though no secret rule has it.
 */
export function isFamilyRuleId(id: string, where: 'disable' | 'overrides' = 'disable'): boolean {
  return (
    (where === 'disable' && id.startsWith('review/')) ||
    Object.hasOwn(POLICY_RULES, id) ||
    // The guardrail families (core/guardrails.ts) apply both to their own findings.
    GUARDRAIL_IDS.has(id)
  );
}
