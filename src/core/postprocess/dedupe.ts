import type { RawFinding } from '../types.js';

type Candidate = RawFinding & { fingerprint: string };

/**
 * A generic rule (high-entropy assignments and the like) rather than a provider-specific one:
 * its id is `secret/generic` or starts with `secret/generic-`, or its provider is `generic`.
 */
export function isGenericRule(finding: Pick<RawFinding, 'ruleId' | 'provider'>): boolean {
  return /^secret\/generic(?:-|$)/.test(finding.ruleId) || finding.provider === 'generic';
}

/**
 * How specific a finding's rule is: 0 generic, 1 contextual (a `generic`-tagged rule that names
 * where the value sits, e.g. an HTTP API-key header), 2 a provider's format. A finding yields to
 * an overlapping finding of a more specific rule.
 */
function specificity(finding: Pick<RawFinding, 'ruleId' | 'provider' | 'contextual'>): number {
  if (isGenericRule(finding)) return 0;
  return finding.contextual === true ? 1 : 2;
}

/** Same path, overlapping lines, and one secret overlapping (or containing) the other. */
export function overlaps(a: Candidate, b: Candidate): boolean {
  if (a.path !== b.path || a.line > b.endLine || b.line > a.endLine) return false;
  if (a.secret.includes(b.secret) || b.secret.includes(a.secret)) return true;
  return (
    a.line === b.line &&
    a.column < b.column + b.secret.length &&
    b.column < a.column + a.secret.length
  );
}

/**
 * Removes duplicates: a generic (or contextual) finding yields to a more specific rule's
 * finding on the same secret, and the same rule reporting the same secret at the same place counts once.
 * Occurrences of one secret on different lines are kept: each has to be removed.
 *
 * `specifics` are the findings a generic one may yield to; pass the findings from before the
 * ignore file and baseline, so that an ignored provider finding does not come back as a
 * generic warning on the same secret.
 */
export function dedupe<T extends Candidate>(
  findings: T[],
  specifics: readonly Candidate[] = findings,
): T[] {
  const specificByPath = new Map<string, Candidate[]>();
  for (const finding of specifics) {
    if (specificity(finding) === 0) continue;
    const list = specificByPath.get(finding.path);
    if (list === undefined) specificByPath.set(finding.path, [finding]);
    else list.push(finding);
  }
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const finding of findings) {
    const level = specificity(finding);
    if (
      level < 2 &&
      specificByPath
        .get(finding.path)
        ?.some((specific) => specificity(specific) > level && overlaps(finding, specific))
    ) {
      continue;
    }
    const key = `${finding.fingerprint}\u0000${finding.line}\u0000${finding.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(finding);
  }
  return kept;
}
