import type { Context, Decision, Finding, FindingKind } from './types.js';

/** How many findings a reason names before it says "and N more". */
const NAMED = 3;
const NO_FINDINGS = 'No findings.';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function listFindings(findings: Finding[]): string {
  const named = findings
    .slice(0, NAMED)
    .map((finding) => `${finding.ruleId} in ${finding.path}:${finding.line}`);
  const rest = findings.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
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

/** How the reason for an incomplete scan begins (reporters look for it). */
export const INCOMPLETE = 'The scan is incomplete';

/** The reason and the way out when files that had to be scanned could not be read. */
function incomplete(unreadable: readonly string[]): { reason: string; unblock: string } {
  const named = unreadable.slice(0, NAMED).join(', ');
  const rest = unreadable.length - NAMED;
  return {
    reason: `${INCOMPLETE}: ${plural(unreadable.length, 'file')} could not be read (${named}${rest > 0 ? ` and ${rest} more` : ''}), so nothing is approved.`,
    unblock:
      'Make the files readable by the user running mandate, or leave them out of the scan (`allowlist.paths` in .mandate.yml).',
  };
}

/**
 * The verdict on a set of (finalized) findings: `block` when any finding is blocking, or when
 * `unreadable` names files the scan had to read and could not (a check that cannot run fails
 * closed; the caller decides when that applies). Every reason is a full sentence naming rules
 * and places; `unblock` says what would let the change through. Non-blocking findings are
 * mentioned as warnings only when nothing blocks.
 */
export function decide(
  findings: Finding[],
  context: Context,
  unreadable: readonly string[] = [],
): Decision {
  const verdict = decideFindings(findings, context);
  if (unreadable.length === 0) return verdict;
  const { reason, unblock } = incomplete(unreadable);
  const reasons = verdict.reasons.filter((sentence) => sentence !== NO_FINDINGS);
  return {
    decision: 'block',
    reasons: [...reasons, reason],
    unblock: [...verdict.unblock, unblock],
  };
}

function decideFindings(findings: Finding[], context: Context): Decision {
  const blocking = findings.filter((finding) => finding.blocking);
  if (blocking.length === 0) {
    if (findings.length === 0) return { decision: 'pass', reasons: [NO_FINDINGS], unblock: [] };
    return {
      decision: 'pass',
      reasons: [
        `${plural(findings.length, 'non-blocking finding')} reported as ${findings.length === 1 ? 'a warning' : 'warnings'}: ${listFindings(findings)}.`,
      ],
      unblock: [],
    };
  }
  const reasons: string[] = [];
  const unblock: string[] = [];
  for (const [kind, group] of byKind(blocking)) {
    reasons.push(`${plural(group.length, `blocking ${kind} finding`)}: ${listFindings(group)}.`);
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
  return { decision: 'block', reasons, unblock };
}
