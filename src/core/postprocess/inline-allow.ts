import type { RawFinding } from '../types.js';

/** `mandate:allow <reason>` (or `gitleaks:allow`, so teams can migrate) on the matched line. */
const ALLOW = /\b(?:mandate|gitleaks):allow\b/;
const MANDATE_ALLOW = /\bmandate:allow\b/;

/** Whether the line carries an inline allow comment. */
export function hasInlineAllow(lineText: string): boolean {
  return ALLOW.test(lineText);
}

/**
 * The reason given after `mandate:allow`, or null when there is none. A reason is asked for
 * but not required: an allow comment without one still suppresses the finding.
 */
export function inlineAllowReason(lineText: string): string | null {
  // Plain string steps, not one regex: `[\s:,-]*(.*)$` and `\s*(?:…)\s*$` backtrack
  // quadratically on long runs of blanks.
  const match = MANDATE_ALLOW.exec(lineText);
  const reason =
    match === null
      ? undefined
      : lineText
          .slice(match.index + match[0].length)
          .split('\n')[0]!
          .replace(/^[\s:,-]+/, '')
          .trimEnd()
          .replace(/(?:\*\/|-->|#\}|%>)$/, '')
          .trim();
  return reason === undefined || reason === '' ? null : reason;
}

/** Drops findings whose line carries an inline allow comment and counts them. */
export function applyInlineAllow<T extends RawFinding>(
  findings: T[],
): { kept: T[]; dropped: number } {
  const kept = findings.filter((finding) => !hasInlineAllow(finding.lineText));
  return { kept, dropped: findings.length - kept.length };
}
