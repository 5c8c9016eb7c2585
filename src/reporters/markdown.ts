import { migrationNotice } from '../core/postprocess/legacy.js';
import type { AllowedFinding, Finding, ScanResult, Severity } from '../core/types.js';
import {
  allowedHeading,
  falsePositiveHint,
  groupByRule,
  HISTORY_HINT,
  ignorable,
  ignoreLine,
  inNotebook,
  NOTEBOOK_HINT,
  remediationOf,
  shortSha,
} from './how-to-fix.js';
import { codeSpan, escapeText, fencedBlock, inline, tableCode } from './markdown-escape.js';
import { formatCount, plural, scannedSummary } from './summary-line.js';

export { codeSpan, escapeText, inline } from './markdown-escape.js';

/** GitHub's limit for one step's job summary. */
export const MARKDOWN_LIMIT_BYTES = 1024 * 1024;
/** Rows of the findings table; the rest is counted, not listed. */
export const MAX_TABLE_ROWS = 200;
/** Room kept for the truncation note. */
const NOTE_RESERVE_BYTES = 1024;

const SEVERITY_ICON: Record<Severity, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪',
};

function location(f: Finding): string {
  const lines = f.endLine > f.line ? `${f.line}-${f.endLine}` : `${f.line}`;
  const where = tableCode(`${f.path}:${lines}`);
  return f.commit === undefined ? where : `${where} in ${tableCode(shortSha(f.commit))}`;
}

/** `inline` inside a table cell: code spans keep their pipes escaped. */
function tableInline(text: string): string {
  return inline(text).replace(/(?<!\\)(\\*)\|/g, (match, slashes: string) =>
    slashes.length % 2 === 1 ? match : `${slashes}\\|`,
  );
}

/** An incomplete scan's message says why the file was not scanned: shown under its title. */
function scanNote(f: Finding): string {
  return f.kind === 'scan' && f.title !== undefined ? `<br>${tableInline(f.message)}` : '';
}

function tableRow(f: Finding): string {
  const cells = [
    `${SEVERITY_ICON[f.severity]} ${f.severity}`,
    `${escapeText(f.title ?? f.message)}<br>${tableCode(f.ruleId)}${f.allowRefused === undefined ? '' : `<br>Inline allow not applied: ${tableInline(f.allowRefused)}`}${scanNote(f)}`,
    location(f),
    tableCode(f.redacted),
    f.blocking ? '❌ yes' : '⚠️ no',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Where a reader finds what a table leaves out (a plural noun phrase). */
const FULL_REPORTS_CLI = 'the JSON and SARIF reports';

/** What the page says around the findings: the parts only one runtime knows. */
export interface MarkdownPage {
  /** The verdict heading's text (after `## ✅ ` / `## ❌ `). */
  title?: string;
  /** Units right after the heading (why nothing was judged, the required reviews). */
  lead?: string[];
  /** What was scanned, one plain-text line (escaped here); defaults to the CLI's line. */
  scanned?: string;
  /** Units at the end (the run's notes, the evidence record). */
  tail?: string[];
  /** Where every finding a capped table leaves out is listed, a plural noun phrase. */
  fullReports?: string;
}

function verdict(result: ScanResult, page: MarkdownPage): string[] {
  const units =
    result.decision === 'block'
      ? [`## ❌ ${page.title ?? 'mandate: blocked'}`, '']
      : [`## ✅ ${page.title ?? 'mandate: passed'}`, ''];
  units.push(...(page.lead ?? []));
  if (result.reasons.length > 0) {
    units.push(...result.reasons.map((r) => `- ${inline(r)}`), '');
  }
  if (result.decision === 'block' && result.unblock.length > 0) {
    units.push('**To unblock:**', '', ...result.unblock.map((u) => `- ${inline(u)}`), '');
  }
  units.push(escapeText(page.scanned ?? scannedSummary(result)), '');
  return units;
}

/** The sentence under a table that the row cap cut: how many more, and where they all are. */
export function notShownNote(more: number, noun: string, fullReports: string): string {
  return `_… and ${plural(more, noun)} not listed here; ${fullReports} have all of them._`;
}

function findingsTable(result: ScanResult, shown: Finding[], where: string): string[] {
  const total = result.findings.length;
  if (total === 0) return ['No findings.', ''];
  const units = [
    `### Findings (${formatCount(total)})`,
    '',
    '| Severity | Rule | File:line | Redacted | Blocking |',
    '| --- | --- | --- | --- | --- |',
    ...shown.map(tableRow),
    '',
  ];
  if (total > shown.length) {
    units.push(notShownNote(total - shown.length, 'more finding', where), '');
  }
  return units;
}

function howToFix(result: ScanResult, shown: ReadonlySet<Finding>): string[] {
  const groups = groupByRule(result);
  if (groups.length === 0) return [];
  const units = ['### How to fix', ''];
  for (const { rule, findings } of groups) {
    units.push(`#### ${escapeText(rule.title)} (${codeSpan(rule.id)})`, '');
    units.push(inline(remediationOf(rule)), '');
    if (findings.some((f) => f.commit !== undefined)) units.push(inline(HISTORY_HINT), '');
    if (inNotebook(findings)) units.push(inline(NOTEBOOK_HINT), '');
    if (!ignorable(findings)) continue;
    const listed = findings.filter((f) => shown.has(f));
    units.push(inline(falsePositiveHint(listed.length > 0 ? listed : findings)), '');
    if (listed.length > 0) units.push(fencedBlock(listed.map(ignoreLine)), '');
    if (listed.length < findings.length) {
      units.push(`_… and ${plural(findings.length - listed.length, 'more fingerprint')}._`, '');
    }
  }
  return units;
}

function unusedIgnores(result: ScanResult): string[] {
  const migrate = migrationNotice(result.migrations);
  const notice = migrate === null ? [] : [`> ⚠️ ${escapeText(migrate)}`, ''];
  if (result.unusedIgnores.length === 0) return notice;
  return [
    ...notice,
    '### ⚠️ Unused .mandateignore entries',
    '',
    'These entries matched nothing in this run; remove them if the secret is gone.',
    '',
    ...result.unusedIgnores.map(
      (u) =>
        `- line ${u.line}: ${codeSpan(u.fingerprint)}${u.reason === '' ? '' : ` — ${escapeText(u.reason)}`}`,
    ),
    '',
  ];
}

function allowedRow(f: AllowedFinding): string {
  const cells = [
    `${escapeText(f.title ?? f.message)}<br>${tableCode(f.ruleId)}`,
    location(f),
    tableCode(f.redacted),
    `${tableCode(f.allow.marker)} ${escapeText(f.allow.reason)}`,
  ];
  return `| ${cells.join(' | ')} |`;
}

function allowedTable(result: ScanResult, where: string): string[] {
  const allowed = result.allowed ?? [];
  if (allowed.length === 0) return [];
  const shown = allowed.slice(0, MAX_TABLE_ROWS);
  return [
    `### Inline allows (${formatCount(allowed.length)})`,
    '',
    `⚠️ ${escapeText(allowedHeading(allowed))}`,
    '',
    '| Rule | File:line | Redacted | Reason |',
    '| --- | --- | --- | --- |',
    ...shown.map(allowedRow),
    '',
    ...(allowed.length > shown.length
      ? [notShownNote(allowed.length - shown.length, 'more inline allow', where), '']
      : []),
  ];
}

/** Joins units with newlines, stopping (with a note) before the job-summary limit. */
function fitToLimit(units: string[], limit: number, fullReports: string): string {
  const budget = limit - NOTE_RESERVE_BYTES;
  let used = 0;
  const kept: string[] = [];
  for (const unit of units) {
    const size = Buffer.byteLength(unit, 'utf8') + 1;
    if (used + size > budget) {
      kept.push(
        '',
        "> ⚠️ This report was truncated to fit GitHub's 1 MiB job-summary limit. " +
          `${fullReports.charAt(0).toUpperCase()}${fullReports.slice(1)} have every finding.`,
        '',
      );
      break;
    }
    kept.push(unit);
    used += size;
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return `${kept.join('\n')}\n`;
}

/**
 * A GitHub-flavoured report for `--format markdown`, a pull-request comment or the Action's job
 * summary (≤ 1 MiB): one layout and one row cap for all of them; `page` adds what only the
 * caller knows. With `result` null (nothing to judge) only the heading, lead and tail are shown.
 */
export function formatMarkdown(result: ScanResult | null, page: MarkdownPage = {}): string {
  const where = page.fullReports ?? FULL_REPORTS_CLI;
  if (result === null) {
    const units = [`## ✅ ${page.title ?? 'mandate: nothing to judge'}`, '', ...(page.lead ?? [])];
    return fitToLimit([...units, ...(page.tail ?? [])], MARKDOWN_LIMIT_BYTES, where);
  }
  const shown = result.findings.slice(0, MAX_TABLE_ROWS);
  const units = [
    ...verdict(result, page),
    ...findingsTable(result, shown, where),
    ...allowedTable(result, where),
    ...howToFix(result, new Set(shown)),
    ...unusedIgnores(result),
    ...(page.tail ?? []),
  ];
  return fitToLimit(units, MARKDOWN_LIMIT_BYTES, where);
}
