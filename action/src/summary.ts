/**
 * The job summary: the verdict in one line, what was scanned, a table of findings with their
 * redacted values only, what to do, what the run had to say (defaults, fallbacks, a changed
 * policy) and the evidence record.
 */
import { formatCount } from '../../src/core/count.js';
import type { AllowedFinding, ScanResult } from '../../src/core/types.js';
import { formatMarkdown, MAX_TABLE_ROWS, notShownNote } from '../../src/reporters/markdown.js';
import { codeSpan, escapeText, fencedBlock, inline } from '../../src/reporters/markdown-escape.js';
import { plural } from '../../src/reporters/summary-line.js';
import type { EvidenceRecord } from './evidence.js';

export function verdictLine(result: ScanResult | null): string {
  if (result === null) return 'mandate: nothing to judge';
  const blocking = result.findings.filter((finding) => finding.blocking).length;
  if (result.decision === 'block') {
    return `mandate: blocked — ${plural(blocking, 'blocking finding')}`;
  }
  const warnings = result.findings.length;
  return warnings === 0
    ? 'mandate: passed — no findings'
    : `mandate: passed — ${plural(warnings, 'warning')}, none blocking`;
}

/** What was scanned, as plain text (the description may name paths and refs). */
export function scannedLine(result: ScanResult): string {
  const skipped = Object.entries(result.stats.skipped)
    .filter(([, count]) => (count ?? 0) > 0)
    .map(([reason, count]) => `${count} ${reason}`);
  return `Scanned ${result.description}: ${plural(result.stats.files, 'file')}, ${plural(result.stats.lines, 'added line')}${skipped.length === 0 ? '' : ` (not scanned: ${skipped.join(', ')})`}.`;
}

/** Inline allows shown in the check run; the job summary and the evidence have them all. */
const MAX_CHECK_ALLOWS = 20;

function allowedItem(f: AllowedFinding): string {
  return `${codeSpan(`${f.path}:${f.line}`)} ${codeSpan(f.ruleId)} (${codeSpan(f.redacted)}): ${codeSpan(f.allow.marker)} — ${escapeText(f.allow.reason)}`;
}

/** The inline allows of the change: counted and listed, never silent. */
function allowedList(result: ScanResult, max: number): string[] {
  const allowed = result.allowed ?? [];
  if (allowed.length === 0) return [];
  const more = allowed.length - Math.min(max, allowed.length);
  return [
    `**Inline allows (${formatCount(allowed.length)})**: ${plural(allowed.length, 'finding')} suppressed by the author's comment, not by a review.`,
    ...allowed.slice(0, max).map((f) => `- ${allowedItem(f)}`),
    ...(more > 0
      ? [`- …and ${plural(more, 'more inline allow')}: the evidence record lists every one.`]
      : []),
  ];
}

/** The check run's summary: short, the annotations carry the detail. */
export function checkSummary(result: ScanResult, notes: string[]): string {
  return [
    inline(scannedLine(result)),
    '',
    ...result.reasons.map((reason) => `- ${inline(reason)}`),
    ...(result.unblock.length === 0
      ? []
      : ['', '**What to do**', ...result.unblock.map((step) => `- ${inline(step)}`)]),
    ...((result.allowed ?? []).length === 0 ? [] : ['', ...allowedList(result, MAX_CHECK_ALLOWS)]),
    ...(notes.length === 0 ? [] : ['', '**Notes**', ...notes.map((note) => `- ${inline(note)}`)]),
  ].join('\n');
}

/** Where the job summary's capped tables send a reader for the rest. */
const FULL_REPORTS = 'the evidence file and the SARIF report';

/**
 * The job summary: the one Markdown report (src/reporters/markdown.ts) with the Action's parts
 * around it — why nothing was judged, the required reviews, the run's notes and the evidence.
 */
export function jobSummary(input: {
  result: ScanResult | null;
  notes: string[];
  evidence: EvidenceRecord;
  idleReason?: string;
  /** Required reviews, already rendered (action/src/reviews.ts). */
  reviews?: string[];
}): string {
  const { result } = input;
  const config = input.evidence.config;
  const tail = [
    ...(input.notes.length === 0
      ? []
      : ['### Notes', '', ...input.notes.map((note) => `- ${inline(note)}`), '']),
    '### Evidence',
    '',
    `Policy: ${config.path === null ? 'built-in defaults (no config file on the base commit)' : `${codeSpan(config.path)} (sha256 ${codeSpan(`${config.sha256?.slice(0, 12)}…`)})`} read from ${codeSpan(config.commit)}${config.changedByChange ? '; this change modifies the policy, and its version was **not** applied' : ''}.`,
    '',
    '<details><summary>Evidence record (JSON)</summary>',
    '',
    fencedBlock(
      JSON.stringify(
        { ...input.evidence, findings: input.evidence.findings.slice(0, MAX_TABLE_ROWS) },
        null,
        2,
      ).split('\n'),
      'json',
    ),
    '',
    ...(input.evidence.findings.length > MAX_TABLE_ROWS
      ? [
          notShownNote(
            input.evidence.findings.length - MAX_TABLE_ROWS,
            'more finding',
            FULL_REPORTS,
          ),
          '',
        ]
      : []),
    '</details>',
  ];
  return formatMarkdown(result, {
    title: verdictLine(result),
    lead: [
      ...(input.idleReason === undefined ? [] : [inline(input.idleReason), '']),
      ...(input.reviews ?? []),
    ],
    ...(result === null ? {} : { scanned: scannedLine(result) }),
    tail,
    fullReports: FULL_REPORTS,
  });
}
