/**
 * The one decision of a run: `conclude` turns an evaluation (every family's findings and
 * explanations) into a result with its verdict, its reasons as data (`why`) and as sentences
 * (`reasons`), and what would unblock it. Nothing else decides; reporters render `why` or the
 * sentences made here from it, and never compare sentences.
 */
import type {
  Context,
  Decision,
  Evaluation,
  Explanation,
  Finding,
  FindingKind,
  FindingRef,
  Reason,
  ScanResult,
} from './types.js';

/** How many findings (or files) a reason names before it says "and N more". */
const NAMED = 3;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function refs(findings: Finding[]): FindingRef[] {
  return findings
    .slice(0, NAMED)
    .map((finding) => ({ ruleId: finding.ruleId, path: finding.path, line: finding.line }));
}

function listRefs(named: FindingRef[], count: number): string {
  const list = named.map((ref) => `${ref.ruleId} in ${ref.path}:${ref.line}`).join(', ');
  const rest = count - named.length;
  return rest > 0 ? `${list} and ${rest} more` : list;
}

function byKind(findings: Finding[]): Map<FindingKind, Finding[]> {
  const groups = new Map<FindingKind, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.kind);
    if (group === undefined) groups.set(finding.kind, [finding]);
    else group.push(finding);
  }
  return groups;
}

/** How the sentence of an incomplete scan begins. */
const INCOMPLETE = 'The scan is incomplete';

/** The sentence of a reason: the one place reasons become words. */
export function describeReason(reason: Reason): string {
  switch (reason.kind) {
    case 'no-findings':
      return 'No findings.';
    case 'warnings':
      return `${plural(reason.count, 'non-blocking finding')} reported as ${reason.count === 1 ? 'a warning' : 'warnings'}: ${listRefs(reason.findings, reason.count)}.`;
    case 'blocking-findings':
      return `${plural(reason.count, `blocking ${reason.findingKind} finding`)}: ${listRefs(reason.findings, reason.count)}.`;
    case 'incomplete': {
      const rest = reason.count - reason.files.length;
      return `${INCOMPLETE}: ${plural(reason.count, 'file')} could not be scanned in full (${reason.files.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}), so nothing is approved.`;
    }
    case 'review-required':
      return reason.sentence;
    case 'break-glass':
      return `⚠️ BREAK-GLASS: @${reason.by} broke glass at ${reason.at} ("${reason.reason}")${reason.waived.length > 0 ? `, waiving ${reason.waived.join(', ')}` : ', though no review requirement was unmet'}. A follow-up review is required.`;
  }
}

function unblockSecrets(context: Context): string[] {
  const sentences = [
    'Rotate each exposed credential at its provider first: once a secret has been written down, treat it as leaked.',
    context.mode === 'hook'
      ? 'Remove the secret from the staged change and load it from the environment or a secret manager instead.'
      : 'Remove the secret from the change and load it from the environment or a secret manager instead; if it was already committed, also remove it from the history (for example with git filter-repo).',
    'If a finding is a false positive, add `mandate:allow <reason>` on its line, or add its fingerprint with a reason (`<fingerprint>  # <reason>`) to .mandateignore.',
  ];
  return sentences;
}

/**
 * What to do about a `scan/incomplete` finding (each finding's message says which applies):
 * the unblock step of an incomplete scan, and the finding's remediation in the reports.
 */
export const INCOMPLETE_REMEDIATION =
  'Make each file the scan could not read readable by the user running mandate, or fix the rule that ran past the per-file time budget (the finding names it); or leave the file out of the scan (`allowlist.paths` in .mandate.yml). An incomplete scan cannot be ignored or baselined.';

/** The blocking `scan/incomplete` findings as one reason: the files, each named once. */
function incompleteReason(findings: readonly Finding[]): Reason {
  const files = [...new Set(findings.map((finding) => finding.path))];
  return { kind: 'incomplete', count: files.length, files: files.slice(0, NAMED) };
}

/** A blocking finding of kind `scan`: a file the scan could not read or finish. */
function stopsScan(finding: Finding): boolean {
  return finding.kind === 'scan' && finding.blocking;
}

/**
 * The verdict on a set of (finalized) findings: `block` when any finding is blocking. Blocking
 * findings of kind `scan` (a file the scan could not read or finish: a check that cannot run
 * fails closed) make one `incomplete` reason, last. `explanations` are what families said
 * beyond their findings: an unmet review requirement explains its own findings (its sentence,
 * not a count), a break-glass comes first. Non-blocking findings are mentioned as warnings only
 * when nothing blocks. Called by `conclude` only (and by tests).
 */
export function decide(
  findings: Finding[],
  context: Context,
  explanations: readonly Explanation[] = [],
): Decision {
  const explained = new Set(
    explanations.flatMap((e) => (e.kind === 'review-required' ? [e.ruleId] : [])),
  );
  const incomplete = findings.filter(stopsScan);
  const others = findings.filter((f) => !explained.has(f.ruleId) && !stopsScan(f));
  const base = decideFindings(others, context);
  let why = base.why;
  const unblock = [...base.unblock];
  if (incomplete.length > 0) {
    why = [...why.filter((reason) => reason.kind !== 'no-findings'), incompleteReason(incomplete)];
    unblock.push(INCOMPLETE_REMEDIATION);
  }
  const reviews = explanations.filter(
    (e): e is Extract<Explanation, { kind: 'review-required' }> =>
      e.kind === 'review-required' && e.blocking,
  );
  const breakGlass = explanations.filter((e) => e.kind === 'break-glass');
  if (reviews.length > 0 || breakGlass.length > 0) {
    why = [...breakGlass, ...why.filter((reason) => reason.kind !== 'no-findings'), ...reviews];
    unblock.push(...reviews.map((review) => review.unblock));
  }
  if (why.length === 0) why = [{ kind: 'no-findings' }];
  const blocked = reviews.length > 0 || findings.some((finding) => finding.blocking);
  return {
    decision: blocked ? 'block' : 'pass',
    reasons: why.map(describeReason),
    unblock: blocked ? unblock : [],
    why,
  };
}

function decideFindings(
  findings: Finding[],
  context: Context,
): { why: Reason[]; unblock: string[] } {
  const blocking = findings.filter((finding) => finding.blocking);
  if (blocking.length === 0) {
    if (findings.length === 0) return { why: [{ kind: 'no-findings' }], unblock: [] };
    return {
      why: [{ kind: 'warnings', count: findings.length, findings: refs(findings) }],
      unblock: [],
    };
  }
  const why: Reason[] = [];
  const unblock: string[] = [];
  for (const [kind, group] of byKind(blocking)) {
    why.push({
      kind: 'blocking-findings',
      findingKind: kind,
      count: group.length,
      findings: refs(group),
    });
    if (kind === 'secret') unblock.push(...unblockSecrets(context));
    else if (kind === 'policy') {
      unblock.push(
        "Have each policy's owner review it, then set `last_reviewed` in its front matter (a pull request the owner approves); adapt template leftovers and fix invalid front matter. `mandate policies` lists every document's status.",
      );
    } else unblock.push(`Resolve the blocking ${kind} findings listed above.`);
  }
  if (context.mode === 'hook') {
    unblock.push(
      '`git commit --no-verify` skips this hook, but CI runs the same check and will block the pull request.',
    );
  }
  return { why, unblock };
}

/**
 * Decides an evaluation: the one place a run's verdict is taken. Pure over data — the findings
 * (an incomplete scan among them, as `scan/incomplete` findings) and the families'
 * explanations — so a result that gains findings (a family merged later) is concluded again
 * from data, never from the previous verdict's sentences.
 */
export function conclude(evaluation: Evaluation, context: Context): ScanResult {
  return {
    ...evaluation,
    ...decide(evaluation.findings, context, evaluation.explanations ?? []),
  };
}
