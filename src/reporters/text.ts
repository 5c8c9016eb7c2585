import { createColors } from 'picocolors';
import { migrationNotice } from '../core/postprocess/legacy.js';
import type { Finding, ScanResult, Severity } from '../core/types.js';
import {
  allowedHeading,
  allowedLine,
  falsePositiveHint,
  groupByRule,
  HISTORY_HINT,
  ignorable,
  ignoreLine,
  inNotebook,
  NOTEBOOK_HINT,
  position,
  remediationOf,
  shortSha,
} from './how-to-fix.js';
import { sanitize } from './sanitize.js';
import { scannedSummary, skippedSentences } from './summary-line.js';

export interface TextOptions {
  /** ANSI colours; when false the output contains no escape sequence at all. */
  color: boolean;
  /** Only the findings and the verdict (and the scanned line when nothing was scanned). */
  quiet?: boolean;
}

type Colors = ReturnType<typeof createColors>;

const BLOCK_MARK = '✖';
const WARN_MARK = '⚠';
const PASS_MARK = '✔';

function severityColor(c: Colors, severity: Severity): (s: string) => string {
  switch (severity) {
    case 'critical':
    case 'high':
      return c.red;
    case 'medium':
      return c.yellow;
    default:
      return c.dim;
  }
}

function historyNote(finding: Finding): string {
  if (finding.commit === undefined) return '';
  const by = finding.author === undefined ? '' : ` by ${sanitize(finding.author)}`;
  const on = finding.date === undefined ? '' : `, ${sanitize(finding.date.slice(0, 10))}`;
  return `(commit ${sanitize(shortSha(finding.commit))}${by}${on})`;
}

/** One column of a finding line: its plain text (for widths) and how it is painted. */
interface Cell {
  plain: string;
  painted: string;
}

function cell(plain: string, paint: (s: string) => string = (s) => s): Cell {
  return { plain, painted: plain === '' ? '' : paint(plain) };
}

function findingCells(c: Colors, f: Finding): Cell[] {
  const mark = f.blocking ? BLOCK_MARK : WARN_MARK;
  return [
    cell(position(f), c.dim),
    {
      plain: `${mark} ${f.severity}`,
      painted: `${(f.blocking ? c.red : c.yellow)(mark)} ${severityColor(c, f.severity)(f.severity)}`,
    },
    cell(sanitize(f.title ?? f.message)),
    cell(sanitize(f.redacted), c.cyan),
  ];
}

function fileSection(c: Colors, path: string, findings: Finding[]): string[] {
  const rows = findings.map((f) => ({
    cells: findingCells(c, f),
    tail: [sanitize(f.ruleId), historyNote(f)].filter((s) => s !== '').map((s) => c.dim(s)),
  }));
  const widths = rows[0]?.cells.map((_, i) =>
    Math.max(...rows.map((r) => r.cells[i]?.plain.length ?? 0)),
  );
  const lines = [c.bold(c.underline(sanitize(path)))];
  rows.forEach(({ cells, tail }, index) => {
    const parts = cells.flatMap((col, i) => {
      const width = widths?.[i] ?? 0;
      return width === 0 ? [] : [col.painted + ' '.repeat(width - col.plain.length)];
    });
    lines.push(`  ${[...parts, ...tail].join('  ')}`);
    const finding = findings[index];
    const refused = finding?.allowRefused;
    if (refused !== undefined)
      lines.push(`    ${c.yellow('↳')} inline allow not applied: ${sanitize(refused)}`);
    // An incomplete scan's message says why the file was not scanned and what to do.
    if (finding?.kind === 'scan' && finding.title !== undefined)
      lines.push(`    ${c.yellow('↳')} ${sanitize(finding.message)}`);
  });
  return lines;
}

function howToFixSection(c: Colors, result: ScanResult): string[] {
  const groups = groupByRule(result);
  if (groups.length === 0) return [];
  const lines = [c.bold('How to fix')];
  for (const { rule, findings } of groups) {
    const blocking = findings.some((f) => f.blocking);
    const mark = blocking ? c.red(BLOCK_MARK) : c.yellow(WARN_MARK);
    lines.push(`  ${mark} ${c.bold(sanitize(rule.title))} ${c.dim(`(${sanitize(rule.id)})`)}`);
    lines.push(`    ${sanitize(remediationOf(rule))}`);
    if (findings.some((f) => f.commit !== undefined)) lines.push(`    ${HISTORY_HINT}`);
    if (inNotebook(findings)) lines.push(`    ${NOTEBOOK_HINT}`);
    // One entry per fingerprint: the same secret found on several lines is one ignore entry.
    if (!ignorable(findings)) continue;
    const unique = [...new Map(findings.map((f) => [f.fingerprint, f])).values()];
    lines.push(`    ${falsePositiveHint(unique)}`);
    for (const f of unique) lines.push(`      ${sanitize(ignoreLine(f))}`);
  }
  return lines;
}

function unusedIgnoreSection(c: Colors, result: ScanResult): string[] {
  const migrate = migrationNotice(result.migrations);
  return [
    ...(migrate === null ? [] : [`${c.yellow(WARN_MARK)} ${migrate}`]),
    ...result.unusedIgnores.map(
      (u) =>
        `${c.yellow(WARN_MARK)} .mandateignore:${u.line}: entry matched nothing in this run` +
        `${u.reason === '' ? '' : ` (${sanitize(u.reason)})`}; remove it if the secret is gone: ` +
        sanitize(u.fingerprint),
    ),
  ];
}

function allowedSection(c: Colors, result: ScanResult): string[] {
  const allowed = result.allowed ?? [];
  if (allowed.length === 0) return [];
  return [
    `${c.yellow(WARN_MARK)} ${allowedHeading(allowed)}`,
    ...allowed.map((f) => `  ${sanitize(allowedLine(f))}`),
  ];
}

/** Sentences on one line: `a: x; b: y.` — not `a: x.; b: y.` */
function joinSentences(sentences: string[]): string {
  if (sentences.length <= 1) return sentences[0] ?? '';
  return `${sentences.map((sentence) => sentence.replace(/(?<!\.)\.$/, '')).join('; ')}.`;
}

function verdictLines(c: Colors, result: ScanResult): string[] {
  const reasons = joinSentences(result.reasons.map(sanitize));
  if (result.decision === 'block') {
    const head = `${c.bold(c.red(`${BLOCK_MARK} blocked`))}${reasons === '' ? '' : `: ${reasons}`}`;
    return [head, ...result.unblock.map((u) => `  → ${sanitize(u)}`)];
  }
  return [`${c.bold(c.green(`${PASS_MARK} passed`))}${reasons === '' ? '' : `: ${reasons}`}`];
}

/** The terminal report: findings grouped by file, how to fix each rule, the verdict. */
export function formatText(result: ScanResult, options: TextOptions): string {
  const c = createColors(options.color);
  const sections: string[][] = [];

  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byFile.get(f.path);
    if (list === undefined) byFile.set(f.path, [f]);
    else list.push(f);
  }
  for (const [path, findings] of byFile) sections.push(fileSection(c, path, findings));

  if (options.quiet === true) {
    sections.push(allowedSection(c, result));
    const tail = verdictLines(c, result);
    if (result.stats.files === 0) tail.unshift(c.dim(scannedSummary(result)));
    sections.push(tail);
  } else {
    sections.push(howToFixSection(c, result));
    sections.push(unusedIgnoreSection(c, result));
    sections.push(allowedSection(c, result));
    sections.push([
      c.dim(scannedSummary(result)),
      ...skippedSentences(result).map((sentence) => c.dim(sentence)),
      ...verdictLines(c, result),
    ]);
  }

  return `${sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n')}\n`;
}
