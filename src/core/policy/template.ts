/**
 * Template leftovers — the auditor's "copy-paste error": placeholders nobody filled in and
 * phrases that betray a template nobody adapted. Fenced code blocks and inline code spans are
 * not searched: a policy may quote a template on purpose.
 */
import { splitLines } from './front-matter.js';

export interface Leftover {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** The text found, e.g. `[Company Name]`. */
  text: string;
  /** What kind of leftover: a placeholder or a configured phrase. */
  kind: 'placeholder' | 'phrase';
}

/** Words that make a bracketed phrase a placeholder: `[Company Name]`, `[Insert date]`. */
const PLACEHOLDER_WORDS =
  'company|organi[sz]ation|org|name|insert|enter|your|date|owner|e-?mail|address|department|role|contact|person|title|position|placeholder|client|customer|vendor|product|team|manager|officer|phone|url|website|location|country|city|number';

/** Placeholder patterns (exported for the ReDoS test over every built-in pattern). */
export const PATTERNS: RegExp[] = [
  // [COMPANY], [COMPANY NAME] — capitals only. Not links ([text](url), [text][ref],
  // [ref]: url), task-list boxes ([ ], [x]) or GitHub alerts ([!NOTE]).
  /\[[A-Z][A-Z _]{1,40}[A-Z]\](?![([:])/g,
  // [Company Name], [Insert date], [your organisation].
  new RegExp(`\\[[^\\]\\n]{0,30}\\b(?:${PLACEHOLDER_WORDS})\\b[^\\]\\n]{0,30}\\](?![(\\[:])`, 'gi'),
  // <COMPANY>, <COMPANY_NAME> — not HTML tags, comments or autolinks.
  /<[A-Z][A-Z_ ]{1,40}[A-Z]>/g,
  // <your company>, <insert date>.
  /<(?:your|insert|enter)\b[^<>\n]{0,40}>/gi,
  // {{ company }} template variables.
  /\{\{[^{}\n]*\}\}/g,
  // TBD, TBA, TODO, FIXME, XXX as words.
  /\b(?:TBD|TBA|TODO|FIXME|X{3,})\b/g,
  /\blorem\s+ipsum\b/gi,
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase matched case-insensitively, as whole words, across any run of spaces or hyphens. */
export function phrasePattern(phrase: string): RegExp | null {
  const words = phrase
    .trim()
    .split(/[\s-]+/)
    .filter((word) => word !== '');
  if (words.length === 0) return null;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('[\\s-]+')}(?![\\p{L}\\p{N}])`,
    'giu',
  );
}

/** The line with inline code spans blanked out (same length, so columns stay right). */
function withoutCodeSpans(line: string): string {
  // A span opens with a run of backticks and closes at the next run of the same length (with
  // something between). A scan over the runs, not the regex it replaces
  // (/(`+)(?:(?!\1)[\s\S])+?\1/g), which backtracked polynomially on many backticks.
  const runs: { start: number; length: number }[] = [];
  for (let i = 0; i < line.length; ) {
    if (line[i] !== '`') {
      i++;
      continue;
    }
    let j = i;
    while (line[j] === '`') j++;
    runs.push({ start: i, length: j - i });
    i = j;
  }
  if (runs.length < 2) return line;
  // For each run, the index of the next run of the same length.
  const next = new Array<number>(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    next[k] = lastOfLength.get(runs[k]!.length) ?? -1;
    lastOfLength.set(runs[k]!.length, k);
  }
  let out = '';
  let copied = 0;
  for (let k = 0; k < runs.length; k++) {
    const close = next[k]!;
    if (close < 0) continue;
    const open = runs[k]!;
    const end = runs[close]!.start + runs[close]!.length;
    out += line.slice(copied, open.start) + ' '.repeat(end - open.start);
    copied = end;
    k = close;
  }
  return out + line.slice(copied);
}

/** Every leftover in `text`, in line and column order. */
export function findTemplateLeftovers(text: string, phrases: readonly string[]): Leftover[] {
  const phrasePatterns = phrases.flatMap((phrase) => {
    const pattern = phrasePattern(phrase);
    return pattern === null ? [] : [pattern];
  });
  const found: Leftover[] = [];
  let fence: string | null = null;
  splitLines(text).forEach((raw, index) => {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
    if (fenceMatch !== null) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return;
    }
    if (fence !== null) return;
    const line = withoutCodeSpans(raw);
    const hits: Leftover[] = [];
    const scan = (pattern: RegExp, kind: Leftover['kind']) => {
      pattern.lastIndex = 0;
      for (const match of line.matchAll(pattern)) {
        const column = match.index + 1;
        // One report per place: a phrase inside a placeholder is the same leftover.
        if (hits.some((hit) => column >= hit.column && column < hit.column + hit.text.length)) {
          continue;
        }
        hits.push({ line: index + 1, column, text: match[0], kind });
      }
    };
    for (const pattern of PATTERNS) scan(pattern, 'placeholder');
    for (const pattern of phrasePatterns) scan(pattern, 'phrase');
    found.push(...hits.sort((a, b) => a.column - b.column));
  });
  return found;
}
