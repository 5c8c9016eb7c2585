/**
 * Folds review results into a scan result: one finding per unmet requirement (kind `review`,
 * rule id `review/<name>`, blocking in CI, fingerprint `review/<name>:<head sha>`), a config
 * finding for a requirement that names a team or user that does not exist, and an explanation
 * per unmet requirement (the decision's reason and unblock step: who must approve). An active break-glass makes the review
 * findings (and the non-review findings `also_waive` lists) non-blocking and says so first.
 */
import { addFamily, type Family, type FamilyOutput, type Waiver } from '../family.js';
import type { Context, Explanation, Finding, RuleInfo, ScanResult } from '../types.js';
import type { BreakGlass } from './break-glass.js';
import {
  explainRequirement,
  requiredApprovers,
  unblockSentence,
  verdictSentence,
} from './explain.js';
import type { RequirementResult } from './types.js';

export interface ReviewOutcome {
  results: RequirementResult[];
  breakGlass: BreakGlass | null;
  /** Rule ids the break-glass waived (reviews and any `also_waive`). */
  waived: string[];
}

type Unmet = Extract<Explanation, { kind: 'review-required' }>['status'];

function isUnmet(status: RequirementResult['status']): status is Unmet {
  return (
    status === 'pending' ||
    status === 'changes-requested' ||
    status === 'config-error' ||
    status === 'waived'
  );
}

function toFinding(result: RequirementResult, headSha: string | null, configFile: string): Finding {
  const trigger = result.triggers.find((t) => t.kind === 'path' || t.kind === 'content');
  const path = trigger?.kind === 'path' || trigger?.kind === 'content' ? trigger.path : configFile;
  const line = trigger?.kind === 'content' ? trigger.line : 1;
  const configError = result.status === 'config-error';
  return {
    ruleId: result.ruleId,
    kind: configError ? 'config' : 'review',
    severity: 'high',
    path,
    line,
    endLine: line,
    column: 1,
    message: explainRequirement(result).join(' '),
    redacted: '',
    fingerprint: `${result.ruleId}:${headSha ?? 'unknown'}`,
    blocking: true,
    title: configError ? `Review requirement misconfigured` : `Required review: ${result.name}`,
    provider: result.origin,
  };
}

/** What the review family reads: the judged requirements, a break-glass, where they apply. */
export interface ReviewInput {
  results: RequirementResult[];
  breakGlass: BreakGlass | null;
  headSha: string | null;
  configFile: string;
  /** Rule ids of other families an active break-glass waives too (`also_waive`). */
  alsoWaive?: readonly string[];
  /**
   * Findings of other families a requirement of this run stands in for (the artifacts of
   * `review/artifact`, core/artifact/review.ts): non-blocking, the requirement blocks instead.
   */
  settle?: Waiver;
}

const WAIVED = 'Waived by break-glass.';

/**
 * The review family's output: a finding and a `review-required` explanation per unmet
 * requirement (satisfied or not applying: none), the requirements as rules, and — when a
 * break-glass is active — the requirements waived (non-blocking) and a `break-glass`
 * explanation, said first, naming them and the blocking findings of `alsoWaive` rules among
 * `sofar` (the families joined before), which the output's `waive` makes non-blocking.
 * Marks waived requirements' status `waived`. `waived` lists every rule id it waived.
 */
export function reviewOutput(
  input: ReviewInput,
  sofar?: { findings: readonly Finding[] },
): { output: FamilyOutput; waived: string[] } {
  const active = input.breakGlass?.status === 'active';
  const unmet = input.results.filter(
    (r) =>
      r.status === 'pending' || r.status === 'changes-requested' || r.status === 'config-error',
  );
  const waived: string[] = [];
  if (active) {
    for (const r of unmet) {
      if (r.status !== 'config-error') r.status = 'waived';
      waived.push(r.ruleId);
    }
  }
  const findings = unmet.map((r) => {
    const finding = toFinding(r, input.headSha, input.configFile);
    if (active) {
      finding.blocking = false;
      finding.message = `${WAIVED} ${finding.message}`;
    }
    return finding;
  });
  const alsoWaive = new Set(active ? (input.alsoWaive ?? []) : []);
  for (const finding of sofar?.findings ?? []) {
    if (alsoWaive.has(finding.ruleId) && finding.blocking && !waived.includes(finding.ruleId)) {
      waived.push(finding.ruleId);
    }
  }
  const accepted = active ? input.breakGlass?.accepted : undefined;
  const explanations: Explanation[] = [
    ...(accepted
      ? [
          {
            kind: 'break-glass' as const,
            by: accepted.by,
            at: accepted.at,
            reason: accepted.reason,
            waived,
          },
        ]
      : []),
    ...unmet.map(
      (r): Explanation => ({
        kind: 'review-required',
        ruleId: r.ruleId,
        status: isUnmet(r.status) ? r.status : 'pending',
        blocking: !active,
        sentence: verdictSentence(r),
        unblock: unblockSentence(r, input.headSha),
      }),
    ),
  ];
  const rules: RuleInfo[] = input.results.map((r) => ({
    id: r.ruleId,
    kind: 'review' as const,
    title: `Required review: ${r.name}`,
    provider: r.origin,
    severity: 'high' as const,
    blocking: true,
    description: r.description,
    remediation: `Get ${requiredApprovers(r)} on the latest commit.`,
    tags: ['review'],
  }));
  const waive: Waiver[] = [
    ...(input.settle === undefined ? [] : [input.settle]),
    ...(alsoWaive.size > 0 ? [{ ruleIds: [...alsoWaive], note: WAIVED }] : []),
  ];
  return {
    output: {
      findings,
      rules,
      explanations,
      ...(waive.length > 0 ? { waive } : {}),
    },
    waived,
  };
}

/** Required reviews as a rule family: needs the pull request's facts (core/family.ts). */
export const reviewFamily: Family<ReviewInput> = {
  kind: 'review',
  needs: ['pull-request'],
  evaluate: (input, _context, sofar) => reviewOutput(input, sofar).output,
};

/** How the review family's output joins a run: its findings after the others, unsorted. */
export const REVIEW_CHAIN = { sort: false } as const;

/**
 * Applies review results (and a break-glass) to a result from the secret engine alone and
 * concludes (a one-family run, core/family.ts `addFamily`); the Action joins the review family
 * in its one run instead. An active break-glass also waives the blocking findings of the rules
 * `alsoWaive` lists, and says so first.
 */
export function applyReviews(
  scan: ScanResult,
  outcome: { results: RequirementResult[]; breakGlass: BreakGlass | null; alsoWaive?: string[] },
  options: { headSha: string | null; configFile: string; context: Context },
): ScanResult & { reviewOutcome: ReviewOutcome } {
  const { output, waived } = reviewOutput(
    {
      results: outcome.results,
      breakGlass: outcome.breakGlass,
      headSha: options.headSha,
      configFile: options.configFile,
      ...(outcome.alsoWaive === undefined ? {} : { alsoWaive: outcome.alsoWaive }),
    },
    scan,
  );
  const concluded = addFamily(scan, output, { context: options.context, ...REVIEW_CHAIN });
  return {
    ...concluded,
    reviewOutcome: { results: outcome.results, breakGlass: outcome.breakGlass, waived },
  };
}
