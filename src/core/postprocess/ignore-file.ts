import type { UnusedIgnore } from '../types.js';

/** One entry of `.mandateignore`: a fingerprint, the reason it is ignored, and its line. */
export interface IgnoreEntry {
  fingerprint: string;
  reason: string;
  line: number;
}

/**
 * Drops findings whose fingerprint an ignore entry names. Entries that matched nothing are
 * returned so that stale ignores can be reported and cleaned up.
 */
export function applyIgnoreFile<T extends { fingerprint: string }>(
  findings: T[],
  entries: readonly IgnoreEntry[],
): { kept: T[]; dropped: number; unused: UnusedIgnore[] } {
  const byFingerprint = new Set(entries.map((entry) => entry.fingerprint));
  const used = new Set<string>();
  const kept: T[] = [];
  for (const finding of findings) {
    if (byFingerprint.has(finding.fingerprint)) used.add(finding.fingerprint);
    else kept.push(finding);
  }
  const unused = entries
    .filter((entry) => !used.has(entry.fingerprint))
    .map(({ fingerprint, line, reason }) => ({ fingerprint, line, reason }));
  return { kept, dropped: findings.length - kept.length, unused };
}
