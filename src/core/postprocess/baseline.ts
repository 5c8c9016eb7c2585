/** Drops findings whose fingerprint is in the baseline (known, accepted findings). */
export function applyBaseline<T extends { fingerprint: string }>(
  findings: T[],
  baseline: ReadonlySet<string>,
): { kept: T[]; dropped: number } {
  const kept = findings.filter((finding) => !baseline.has(finding.fingerprint));
  return { kept, dropped: findings.length - kept.length };
}
