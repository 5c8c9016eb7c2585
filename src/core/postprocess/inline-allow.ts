import { redact } from '../redact.js';
import type { InlineAllow, RawFinding } from '../types.js';

/**
 * Inline allows: `mandate:allow <reason>` (or `gitleaks:allow <reason>`, so teams can migrate)
 * in a comment after the value, on the value's line. The author's word, so it is held to the
 * same bar as `.mandateignore` and every use is traced (ScanResult.allowed):
 *
 * - a reason is required; an allow without one does not suppress, and the finding says how to
 *   add one (this holds for `gitleaks:allow` too: a bare gitleaks marker is not enough);
 * - the marker must sit in a comment (`#`, `//`, `/* … *\/`, `<!-- … -->`, `--`), not in a
 *   string literal; the line is read on its own, so a marker on a continuation line of a
 *   multi-line string (YAML block scalar, triple-quoted string) looks like a comment — the
 *   trace in the report is the safeguard there;
 * - it applies to one value: the last finding on the line that ends before the comment (and
 *   any other rule's finding on that same value), never to a value inside or after the comment,
 *   never to a finding that spans several lines (a PEM block from its BEGIN line).
 */

const MARKER = /\b(mandate|gitleaks):allow\b/g;

/** A comment on the line: where it starts and ends (exclusive), in UTF-16 code units. */
interface Comment {
  start: number;
  end: number;
}

/** Python string prefixes: a quote right after them opens a string (`f'…'`, `rb'…'`). */
const STRING_PREFIX = /(?:^|[^\p{L}\p{N}_])(?:[rbfu]|rb|br|fr|rf)$/iu;

function opensComment(line: string, i: number): { length: number; close: string | null } | null {
  const prev = i === 0 ? ' ' : line[i - 1]!;
  const afterSpace = /[\s;,)}\]"'`]/.test(prev);
  if (line.startsWith('/*', i)) return { length: 2, close: '*/' };
  if (line.startsWith('<!--', i)) return { length: 4, close: '-->' };
  if (line.startsWith('//', i) && afterSpace) return { length: 2, close: null };
  if (line[i] === '#' && afterSpace) return { length: 1, close: null };
  if (line.startsWith('-- ', i) && afterSpace) return { length: 2, close: null };
  return null;
}

/** The comments of one line, skipping string literals (`"…"`, `'…'`, `` `…` ``). */
export function commentsOf(line: string): Comment[] {
  const comments: Comment[] = [];
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    const opener = opensComment(line, i);
    if (opener !== null) {
      const closeAt = opener.close === null ? -1 : line.indexOf(opener.close, i + opener.length);
      const end = closeAt === -1 ? line.length : closeAt + (opener.close?.length ?? 0);
      comments.push({ start: i, end });
      i = end - 1;
      continue;
    }
    if (c === '"' || c === '`') quote = c;
    else if (c === "'") {
      // An apostrophe inside a word (`don't`) is not a quote, except after a string prefix.
      const before = line.slice(0, i);
      if (!/[\p{L}\p{N}]$/u.test(before) || STRING_PREFIX.test(before)) quote = c;
    }
  }
  return comments;
}

/** A marker found on a line: in a comment (with its reason) or not. */
export interface Marker {
  marker: InlineAllow['marker'];
  /** Where the marker's comment starts; null when the marker is not in a comment. */
  commentStart: number | null;
  /** The reason after the marker, '' when none is given. */
  reason: string;
}

/** Every `mandate:allow` / `gitleaks:allow` on the line. */
export function markersOf(line: string): Marker[] {
  if (!line.includes(':allow')) return [];
  const comments = commentsOf(line);
  const markers: Marker[] = [];
  for (const match of line.matchAll(MARKER)) {
    const at = match.index;
    const comment = comments.find((c) => c.start <= at && at < c.end);
    const marker = `${match[1]}:allow` as InlineAllow['marker'];
    if (comment === undefined) {
      markers.push({ marker, commentStart: null, reason: '' });
      continue;
    }
    const rest = line.slice(at + match[0].length, comment.end);
    const reason = withoutCommentEnd(rest)
      .replace(/^[\s:=,-]+/, '')
      .replace(/^(?:reason\s*=\s*)?(["'])(.*)\1$/, '$2')
      .trim();
    markers.push({ marker, commentStart: comment.start, reason });
  }
  return markers;
}

/** Whether a reason says something: at least two letters or digits. */
function isReason(reason: string): boolean {
  return (reason.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2;
}

/** Where the finding's value ends on its line (exclusive). */
function valueEnd(finding: RawFinding): number {
  const start = finding.column - 1;
  if (finding.secret !== '' && finding.lineText.startsWith(finding.secret, start)) {
    return start + finding.secret.length;
  }
  // A decoded value (base64 in a Kubernetes Secret): the token that starts at the column.
  const token = /^\S*/.exec(finding.lineText.slice(start))?.[0] ?? '';
  return start + Math.max(1, token.length);
}

export type AllowVerdict =
  | { kind: 'allowed'; allow: InlineAllow }
  /** A marker on the line that does not suppress this finding, and why (one sentence). */
  | { kind: 'refused'; why: string }
  | { kind: 'none' };

/** Longer reasons are cut (with an ellipsis) in the reports. */
const MAX_REASON = 200;

const HOW = 'write `mandate:allow <reason>` in a comment after the value, on its line';

/**
 * Judges the inline allows of the findings of one line (same file, same line, same commit):
 * one verdict per finding, in input order.
 */
export function judgeLine(findings: readonly RawFinding[]): AllowVerdict[] {
  const lineText = findings[0]?.lineText ?? '';
  const markers = markersOf(lineText);
  if (markers.length === 0) return findings.map(() => ({ kind: 'none' }));
  const verdicts: AllowVerdict[] = findings.map(() => ({
    kind: 'refused',
    why: `the allow comment on this line applies to one value, the last one before the comment; ${HOW}`,
  }));
  const spans = findings.map((f) => ({ start: f.column - 1, end: valueEnd(f) }));
  for (const marker of markers) {
    if (marker.commentStart === null) continue;
    const commentStart = marker.commentStart;
    // The value the comment follows: the last single-line finding that ends before it.
    let target = -1;
    findings.forEach((f, i) => {
      const span = spans[i]!;
      if (f.endLine !== f.line || span.end > commentStart) return;
      if (target === -1 || span.start > spans[target]!.start) target = i;
    });
    if (target === -1) continue;
    const chosen = spans[target]!;
    // The reason is echoed in every report: a value found on the line never appears in it whole.
    let reason = marker.reason;
    for (const f of findings) {
      if (f.secret.length > 0) reason = reason.split(f.secret).join(redact(f.secret));
    }
    if (reason.length > MAX_REASON) reason = `${reason.slice(0, MAX_REASON - 1)}…`;
    findings.forEach((f, i) => {
      const span = spans[i]!;
      const sameValue = f.endLine === f.line && span.start < chosen.end && chosen.start < span.end;
      if (!sameValue) return;
      verdicts[i] = isReason(reason)
        ? { kind: 'allowed', allow: { marker: marker.marker, reason } }
        : {
            kind: 'refused',
            why: `the \`${marker.marker}\` on this line gives no reason, so it does not suppress this finding; ${HOW}`,
          };
    });
  }
  findings.forEach((f, i) => {
    if (verdicts[i]!.kind !== 'refused') return;
    if (f.endLine !== f.line) {
      verdicts[i] = {
        kind: 'refused',
        why: 'an inline allow cannot suppress a finding that spans several lines (a private key block); add its fingerprint with a reason to .mandateignore',
      };
    } else if (markers.every((m) => m.commentStart === null)) {
      verdicts[i] = {
        kind: 'refused',
        why: `the allow marker on this line is not in a comment (it is inside a string or the value), so it does not suppress this finding; ${HOW}`,
      };
    }
  });
  return verdicts;
}

/** A finding kept with the reason an allow marker on its line did not suppress it. */
export type Refused<T> = T & { allowRefused?: string };

/**
 * Splits findings into the kept (with `allowRefused` when a marker on the line did not apply)
 * and the allowed (with the marker and reason that suppressed them).
 */
export function applyInlineAllow<T extends RawFinding>(
  findings: T[],
): { kept: Refused<T>[]; allowed: (T & { allow: InlineAllow })[] } {
  const byLine = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (!f.lineText.includes(':allow')) return;
    const key = `${f.commit?.sha ?? ''}\0${f.path}\0${f.line}`;
    const list = byLine.get(key);
    if (list === undefined) byLine.set(key, [i]);
    else list.push(i);
  });
  const verdicts = new Map<number, AllowVerdict>();
  for (const indexes of byLine.values()) {
    const judged = judgeLine(indexes.map((i) => findings[i]!));
    indexes.forEach((index, j) => {
      verdicts.set(index, judged[j]!);
    });
  }
  const kept: Refused<T>[] = [];
  const allowed: (T & { allow: InlineAllow })[] = [];
  findings.forEach((f, i) => {
    const verdict = verdicts.get(i);
    if (verdict?.kind === 'allowed') allowed.push({ ...f, allow: verdict.allow });
    else if (verdict?.kind === 'refused') kept.push({ ...f, allowRefused: verdict.why });
    else kept.push(f);
  });
  return { kept, allowed };
}

/** The text without a trailing block-comment end (a C-style or HTML one) and blanks around it. */
function withoutCommentEnd(text: string): string {
  const trimmed = text.trimEnd();
  for (const end of ['*/', '-->']) {
    if (trimmed.endsWith(end)) return trimmed.slice(0, -end.length).trimEnd();
  }
  return trimmed;
}
