/**
 * The policy register an auditor asks for: every policy document with its title, owner, last
 * review, due date and status — as text, JSON (version 1) and Markdown.
 */
import { createColors } from 'picocolors';
import { formatDate } from '../core/policy/calendar.js';
import { formatInterval } from '../core/policy/interval.js';
import type { PolicyEntry, PolicyStatus } from '../core/policy/types.js';
import type { Finding } from '../core/types.js';
import { codeSpan, escapeText } from './markdown.js';
import { sanitize } from './sanitize.js';

export interface Register {
  /** The calendar date (UTC) the register was computed for. */
  today: string;
  entries: PolicyEntry[];
  /** Every policy finding (status findings and problems). */
  findings: Finding[];
}

export const STATUS_LABEL: Record<PolicyStatus, string> = {
  fresh: 'fresh',
  'due-soon': 'due soon',
  stale: 'stale',
  invalid: 'invalid',
};

const STATUS_ICON: Record<PolicyStatus, string> = {
  fresh: '🟢',
  'due-soon': '🟡',
  stale: '🔴',
  invalid: '⛔',
};

const STATUS_ORDER: readonly PolicyStatus[] = ['stale', 'invalid', 'due-soon', 'fresh'];

function reviewed(entry: PolicyEntry): string {
  if (entry.lastReviewed === null) return '—';
  const date = formatDate(entry.lastReviewed);
  return entry.lastReviewedFrom === 'git' ? `${date} (git)` : date;
}

function due(entry: PolicyEntry): string {
  return entry.due === null ? '—' : formatDate(entry.due);
}

/** `3 policies: 1 fresh, 1 due soon, 1 stale, 0 invalid`. */
export function registerSummary(entries: readonly PolicyEntry[]): string {
  const count = (status: PolicyStatus) => entries.filter((e) => e.status === status).length;
  return `${entries.length} polic${entries.length === 1 ? 'y' : 'ies'}: ${count('fresh')} fresh, ${count('due-soon')} due soon, ${count('stale')} stale, ${count('invalid')} invalid`;
}

/** Findings that are not the status itself (template leftovers, invalid keys, owners…). */
function problems(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId !== 'policy/stale' && f.ruleId !== 'policy/due-soon');
}

export function formatRegisterText(register: Register, options: { color: boolean }): string {
  const c = createColors(options.color);
  if (register.entries.length === 0) {
    return `No policy documents found (today is ${register.today}, UTC). Configure their paths under \`policies.paths\` in .mandate.yml.\n`;
  }
  const paint: Record<PolicyStatus, (s: string) => string> = {
    fresh: c.green,
    'due-soon': c.yellow,
    stale: c.red,
    invalid: c.red,
  };
  const header = ['status', 'due', 'last reviewed', 'owner', 'title', 'file'];
  const rows = register.entries.map((e) => ({
    status: e.status,
    cells: [STATUS_LABEL[e.status], due(e), reviewed(e), e.owner ?? '—', e.title, e.path].map(
      sanitize,
    ),
  }));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r.cells[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  const out = [
    c.bold(`Policy register (today is ${register.today}, UTC)`),
    '',
    c.bold(line(header)),
    ...rows.map((r) => {
      const text = line(r.cells);
      const label = r.cells[0]!;
      return paint[r.status](label) + text.slice(label.length);
    }),
    '',
    registerSummary(register.entries),
  ];
  const listed = problems(register.findings);
  if (listed.length > 0) {
    out.push('', c.bold('Problems'));
    for (const f of listed) {
      out.push(
        `  ${f.blocking ? c.red('✖') : c.yellow('⚠')} ${sanitize(`${f.path}:${f.line}`)}  ${sanitize(f.message)}  ${c.dim(f.ruleId)}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

export interface JsonRegister {
  version: 1;
  today: string;
  summary: Record<'total' | 'fresh' | 'dueSoon' | 'stale' | 'invalid', number>;
  policies: {
    path: string;
    title: string;
    owner: string | null;
    lastReviewed: string | null;
    lastReviewedFrom: 'front-matter' | 'git' | null;
    reviewInterval: string | null;
    due: string | null;
    daysLeft: number | null;
    status: PolicyStatus;
    approvedBy: string[];
    version: string | null;
    problems: string[];
  }[];
  findings: {
    ruleId: string;
    path: string;
    line: number;
    column: number;
    message: string;
    blocking: boolean;
    fingerprint: string;
  }[];
}

export function toJsonRegister(register: Register): JsonRegister {
  const count = (status: PolicyStatus) =>
    register.entries.filter((e) => e.status === status).length;
  return {
    version: 1,
    today: register.today,
    summary: {
      total: register.entries.length,
      fresh: count('fresh'),
      dueSoon: count('due-soon'),
      stale: count('stale'),
      invalid: count('invalid'),
    },
    policies: register.entries.map((e) => ({
      path: e.path,
      title: e.title,
      owner: e.owner,
      lastReviewed: e.lastReviewed === null ? null : formatDate(e.lastReviewed),
      lastReviewedFrom: e.lastReviewedFrom,
      reviewInterval: e.reviewInterval === null ? null : formatInterval(e.reviewInterval),
      due: e.due === null ? null : formatDate(e.due),
      daysLeft: e.daysLeft,
      status: e.status,
      approvedBy: e.approvedBy,
      version: e.version,
      problems: e.problems,
    })),
    findings: register.findings.map((f) => ({
      ruleId: f.ruleId,
      path: f.path,
      line: f.line,
      column: f.column,
      message: f.message,
      blocking: f.blocking,
      fingerprint: f.fingerprint,
    })),
  };
}

export function formatRegisterJson(register: Register): string {
  return `${JSON.stringify(toJsonRegister(register), null, 2)}\n`;
}

/** A Markdown table of entries (for the register and the tracking issue). */
export function registerTable(entries: readonly PolicyEntry[]): string[] {
  const ordered = [...entries].sort(
    (a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      (a.daysLeft ?? 0) - (b.daysLeft ?? 0) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  return [
    '| Status | Policy | Owner | Last reviewed | Due |',
    '| --- | --- | --- | --- | --- |',
    ...ordered.map((e) => {
      const late =
        e.daysLeft === null
          ? ''
          : e.daysLeft < 0
            ? ` (${-e.daysLeft} d overdue)`
            : e.status === 'due-soon'
              ? e.daysLeft === 0
                ? ' (today)'
                : ` (in ${e.daysLeft} d)`
              : '';
      return `| ${STATUS_ICON[e.status]} ${STATUS_LABEL[e.status]} | ${escapeText(e.title)}<br>${codeSpan(e.path).replace(/\|/g, '\\|')} | ${e.owner === null ? '—' : escapeText(e.owner)} | ${escapeText(reviewed(e))} | ${escapeText(due(e))}${late} |`;
    }),
  ];
}

export function formatRegisterMarkdown(register: Register): string {
  const out = [
    `## Policy register`,
    '',
    `As of ${register.today} (UTC). ${registerSummary(register.entries)}.`,
    '',
  ];
  if (register.entries.length > 0) out.push(...registerTable(register.entries), '');
  const listed = problems(register.findings);
  if (listed.length > 0) {
    out.push('### Problems', '');
    for (const f of listed) {
      out.push(
        `- ${codeSpan(`${f.path}:${f.line}`)} ${escapeText(f.message)} (${codeSpan(f.ruleId)})`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
