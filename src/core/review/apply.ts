/**
 * Folds review results into a scan result: one finding per unmet requirement (kind `review`,
 * rule id `review/<name>`, blocking in CI, fingerprint `review/<name>:<head sha>`), a config
 * finding for a requirement that names a team or user that does not exist, and an explanation
 * per unmet requirement (the decision's reason and unblock step: who must approve). An active break-glass makes the review
 * findings (and the non-review findings `also_waive` lists) non-blocking and says so first.
 */
import { addFamily } from '../family.js';
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

/**
 * Applies review results (and a break-glass) to a result from the secret engine. Requirements
 * that are satisfied or do not apply add no finding.
 */
export function applyReviews(
  scan: ScanResult,
  outcome: { results: RequirementResult[]; breakGlass: BreakGlass | null; alsoWaive?: string[] },
  options: { headSha: string | null; configFile: string; context: Context },
): ScanResult & { reviewOutcome: ReviewOutcome } {
  const active = outcome.breakGlass?.status === 'active';
  const unmet = outcome.results.filter(
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
  const alsoWaive = new Set(active ? (outcome.alsoWaive ?? []) : []);
  const findings: Finding[] = scan.findings.map((finding) => {
    if (!alsoWaive.has(finding.ruleId) || !finding.blocking) return finding;
    if (!waived.includes(finding.ruleId)) waived.push(finding.ruleId);
    return { ...finding, blocking: false, message: `Waived by break-glass. ${finding.message}` };
  });
  const reviewFindings = unmet.map((r) => {
    const finding = toFinding(r, options.headSha, options.configFile);
    if (active) {
      finding.blocking = false;
      finding.message = `Waived by break-glass. ${finding.message}`;
    }
    return finding;
  });

  const explanations: Explanation[] = unmet.map((r) => ({
    kind: 'review-required',
    ruleId: r.ruleId,
    status: isUnmet(r.status) ? r.status : 'pending',
    blocking: !active,
    sentence: verdictSentence(r),
    unblock: unblockSentence(r, options.headSha),
  }));
  if (active && outcome.breakGlass?.accepted) {
    const bg = outcome.breakGlass.accepted;
    explanations.unshift({ kind: 'break-glass', by: bg.by, at: bg.at, reason: bg.reason, waived });
  }
  const rules: RuleInfo[] = outcome.results.map((r) => ({
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
  // The review family's output joins the result through the one chain (core/family.ts).
  const concluded = addFamily(
    { ...scan, findings },
    { findings: reviewFindings, rules, explanations },
    { context: options.context, sort: false },
  );
  return {
    ...concluded,
    reviewOutcome: { results: outcome.results, breakGlass: outcome.breakGlass, waived },
  };
}
