/**
 * The freshness rule kind: one policy document in, its register entry and its findings out.
 * Pure: the clock (`now`) and the mode come from the caller; dates are calendar dates and
 * "today" is the UTC date of `now`, so the machine's time zone never matters.
 *
 * Long because the freshness check walks every field a policy document's front matter may carry
 * (title, owner, review interval, last review date or the last commit) and its template phrases,
 * each with its own finding and sentence.
 */
import { describeValue } from '../describe-value.js';
import { finalizeFindings } from '../postprocess/index.js';
import { redact } from '../redact.js';
import type { CompiledRules } from '../secret/compile.js';
import { scanFile } from '../secret/scan-file.js';
import { sha256Hex } from '../sha256.js';
import { type Context, type Finding, SEVERITIES, type Severity } from '../types.js';
import {
  addInterval,
  calendarDateOf,
  daysBetween,
  formatDate,
  parseCalendarDate,
} from './calendar.js';
import { type FrontMatter, parseFrontMatter, splitLines } from './front-matter.js';
import { formatInterval, INTERVAL_FORMS, parseInterval } from './interval.js';
import { POLICY_RULES, type PolicyRuleId } from './rules.js';
import { findTemplateLeftovers } from './template.js';
import type {
  CalendarDate,
  Interval,
  PolicyConfig,
  PolicyDocument,
  PolicyEntry,
  PolicyStatus,
} from './types.js';

export { DEFAULT_POLICY_PATHS, DEFAULT_TEMPLATE_PHRASES, defaultPolicyConfig } from './defaults.js';

export interface EvaluateOptions {
  config: PolicyConfig;
  context: Pick<Context, 'mode' | 'now'>;
  /** Findings below this severity never block (the config's `fail_on`). */
  failOn?: Severity;
  /**
   * The secret rules: when given, each document is scanned like any other file, its secret
   * findings are added, and a found secret never appears in the register's fields (title,
   * version, approvers). Leave out where the documents are scanned as files already.
   */
  secrets?: CompiledRules;
}

export interface PolicyEvaluation {
  entry: PolicyEntry;
  findings: Finding[];
}

/** `@alice`, `alice`, `@org/team`. */
const OWNER = /^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;

/** Owners are written with an `@`: `@alice`, `@org/security`. */
export function normalizeOwner(owner: string): string {
  return owner.startsWith('@') ? owner : `@${owner}`;
}

/** A valid `owner` value, normalised (`@alice`), or null: an invalid one is never echoed. */
export function parseOwner(value: unknown): string | null {
  return typeof value === 'string' && OWNER.test(value.trim())
    ? normalizeOwner(value.trim())
    : null;
}

export function blocksInMode(config: PolicyConfig, mode: Context['mode']): boolean {
  return mode === 'hook' ? config.block.hook : config.block.ci;
}

function sha256(text: string): string {
  return sha256Hex(text);
}

/** `policy/stale:<path>:<sha256(path + key)>`: stable while the fact stays the same. */
export function policyFingerprint(ruleId: PolicyRuleId, path: string, key: string): string {
  return `${ruleId}:${path}:${sha256(`${path}\n${key}`)}`;
}

/** Builds a policy finding; `blocking` combines the rule, the mode and `fail_on`. */
export function policyFinding(
  ruleId: PolicyRuleId,
  input: {
    path: string;
    line: number;
    column?: number;
    message: string;
    key: string;
    /** A short detail after the rule's title, e.g. "due 2025-01-31, 3 days overdue". */
    detail?: string;
  },
  options: { blocks: boolean; failOn?: Severity },
): Finding {
  const rule = POLICY_RULES[ruleId];
  const severe =
    options.failOn === undefined ||
    SEVERITIES.indexOf(rule.severity) <= SEVERITIES.indexOf(options.failOn);
  return {
    ruleId,
    kind: 'policy',
    severity: rule.severity,
    path: input.path,
    line: input.line,
    endLine: input.line,
    column: input.column ?? 1,
    message: input.message,
    redacted: '',
    fingerprint: policyFingerprint(ruleId, input.path, input.key),
    blocking: rule.blocking && options.blocks && severe,
    title: input.detail === undefined ? rule.title : `${rule.title}: ${input.detail}`,
    provider: rule.provider,
  };
}

function firstHeading(text: string, after: number): string | null {
  const lines = splitLines(text);
  for (let i = after; i < lines.length; i++) {
    const heading = headingText(lines[i]!);
    if (heading !== null) return heading;
  }
  return null;
}

const BLANK = /\s/;

/**
 * The text of an ATX heading line, as `/^#{1,6}\s+(.+?)\s*#*\s*$/` captures it, without that
 * regex's polynomial backtracking on long runs of blanks.
 */
function headingText(line: string): string | null {
  const open = /^#{1,6}\s/.exec(line);
  if (open === null) return null;
  const hashes = open[0].length - 1;
  let start = open[0].length;
  while (start < line.length && BLANK.test(line[start]!)) start++;
  let end = line.length;
  while (end > start && BLANK.test(line[end - 1]!)) end--;
  while (end > start && line[end - 1] === '#') end--;
  while (end > start && BLANK.test(line[end - 1]!)) end--;
  if (end > start) return line.slice(start, end);
  // Nothing but closing hashes and blanks: the regex's one-character title.
  if (start < line.length) return line[start]!;
  return start - hashes >= 2 ? line[start - 1]! : null;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

function stringList(value: unknown): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  return null;
}

/** Scans a policy document with the secret rules: its findings, and a function that masks them. */
function scanDocument(
  doc: PolicyDocument,
  rules: CompiledRules,
  failOn: Severity,
): { findings: Finding[]; mask: (text: string) => string } {
  const raw = scanFile(
    {
      path: doc.path,
      status: 'unchanged',
      hunks: [{ startLine: 1, text: doc.text }],
      size: doc.text.length,
      lines: splitLines(doc.text).length,
      binary: false,
    },
    rules,
  );
  const secrets = [...new Set(raw.map((f) => f.secret).filter((s) => s.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  const mask = (text: string) =>
    secrets.reduce((out, secret) => out.split(secret).join(redact(secret)), text);
  const { findings } = finalizeFindings(raw, { failOn, ignore: [], baseline: new Set() });
  return { findings, mask };
}

/** Rules whose finding is the document's review status rather than a problem with it. */
const STATUS_RULES: ReadonlySet<string> = new Set(['policy/stale', 'policy/due-soon']);

/**
 * A document's status, from its findings: the one place it is decided, so that the register
 * (`mandate policies`, the scheduled issue) and the gate (`mandate check`, the Action) agree.
 * Any problem — invalid front matter, a future date, a template leftover, an unknown owner —
 * makes it `invalid`, even when it is also overdue (its due date still shows that); else
 * `stale`, `due-soon` or `fresh`.
 */
export function policyStatus(findings: readonly Pick<Finding, 'ruleId'>[]): PolicyStatus {
  if (findings.some((f) => !STATUS_RULES.has(f.ruleId))) return 'invalid';
  if (findings.some((f) => f.ruleId === 'policy/stale')) return 'stale';
  if (findings.some((f) => f.ruleId === 'policy/due-soon')) return 'due-soon';
  return 'fresh';
}

/** `the front matter has no owner` → `The front matter has no owner.` */
function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** Evaluates one policy document. */
export function evaluatePolicy(doc: PolicyDocument, options: EvaluateOptions): PolicyEvaluation {
  const evaluation = evaluateFreshness(doc, options);
  if (options.secrets === undefined) return evaluation;
  const { findings, mask } = scanDocument(doc, options.secrets, options.failOn ?? 'high');
  if (findings.length === 0) return evaluation;
  const { entry } = evaluation;
  return {
    entry: {
      ...entry,
      title: mask(entry.title),
      version: entry.version === null ? null : mask(entry.version),
      approvedBy: entry.approvedBy.map(mask),
      problems: [...entry.problems, ...new Set(findings.map((f) => f.ruleId))],
    },
    findings: [
      ...evaluation.findings.map((f) => ({
        ...f,
        message: mask(f.message),
        ...(f.title === undefined ? {} : { title: mask(f.title) }),
      })),
      ...findings,
    ],
  };
}

/** The freshness checks of one policy document (front matter, review date, template). */
function evaluateFreshness(doc: PolicyDocument, options: EvaluateOptions): PolicyEvaluation {
  const { config, context } = options;
  const blocks = blocksInMode(config, context.mode);
  const findingOptions = {
    blocks,
    ...(options.failOn === undefined ? {} : { failOn: options.failOn }),
  };
  const findings: Finding[] = [];
  const add = (
    ruleId: PolicyRuleId,
    input: { line: number; column?: number; message: string; key: string; detail?: string },
  ) => findings.push(policyFinding(ruleId, { path: doc.path, ...input }, findingOptions));
  /** `hint` (what else would do) goes into the message, not into the finding title's detail. */
  const invalidKey = (line: number, message: string, key: string, hint = '') => {
    add('policy/invalid-front-matter', {
      line,
      message: sentence(`${message}${hint}`),
      key,
      detail: message,
    });
  };

  const parsed = parseFrontMatter(doc.text);
  let fm: FrontMatter | null = null;
  if (parsed.kind === 'missing') {
    invalidKey(
      1,
      'the document has no front matter: start it with `---`, `owner:`, `last_reviewed:` and `review_interval:`, and a closing `---`',
      'missing',
    );
  } else if (parsed.kind === 'invalid') {
    invalidKey(
      parsed.line,
      parsed.message.replace(/^invalid YAML: /, 'the front matter is not valid YAML: '),
      `invalid:${parsed.message}`,
    );
  } else {
    fm = parsed.frontMatter;
  }
  const data = fm?.data ?? {};
  const lineOf = (key: string) => fm?.lines.get(key) ?? fm?.startLine ?? 1;
  const has = (key: string) => fm !== null && Object.hasOwn(data, key) && data[key] !== null;

  // title
  let title: string | null = null;
  if (has('title')) {
    if (typeof data.title === 'string' && data.title.trim() !== '') title = data.title.trim();
    else invalidKey(lineOf('title'), '`title` must be text', 'title');
  }
  title ??= firstHeading(doc.text, fm?.endLine ?? 0) ?? fileName(doc.path);

  // owner
  let owner: string | null = null;
  if (fm !== null) {
    if (!has('owner')) {
      invalidKey(
        fm.startLine,
        'the front matter has no `owner` (a GitHub user `@login` or team `@org/team`)',
        'owner-missing',
      );
    } else if (parseOwner(data.owner) === null) {
      invalidKey(
        lineOf('owner'),
        `\`owner\` must be a GitHub user (\`@login\`) or team (\`@org/team\`), not ${describeValue(data.owner)}`,
        'owner',
      );
    } else {
      owner = parseOwner(data.owner);
    }
  }

  // review_interval
  let interval: Interval | null = config.reviewInterval;
  if (has('review_interval')) {
    interval = parseInterval(data.review_interval);
    if (interval === null) {
      invalidKey(
        lineOf('review_interval'),
        `\`review_interval\` (${describeValue(data.review_interval)}) is not an interval; write ${INTERVAL_FORMS}`,
        'review_interval',
      );
    }
  }

  // last_reviewed (or the last commit, with `fallback: git`)
  let lastReviewed: CalendarDate | null = null;
  let lastReviewedFrom: PolicyEntry['lastReviewedFrom'] = null;
  const reviewedLine = lineOf('last_reviewed');
  if (has('last_reviewed')) {
    lastReviewed = parseCalendarDate(data.last_reviewed);
    if (lastReviewed === null) {
      invalidKey(
        reviewedLine,
        `\`last_reviewed\` (${describeValue(data.last_reviewed)}) is not a date; write an ISO date such as "2025-01-31"`,
        'last_reviewed',
      );
    } else {
      lastReviewedFrom = 'front-matter';
    }
  } else if (config.fallback === 'git' && doc.lastCommitDate) {
    lastReviewed = doc.lastCommitDate;
    lastReviewedFrom = 'git';
  } else if (fm !== null) {
    invalidKey(
      fm.startLine,
      config.fallback === 'git'
        ? 'the front matter has no `last_reviewed` and no commit touched the file yet'
        : 'the front matter has no `last_reviewed` date',
      'last_reviewed-missing',
      config.fallback === 'git'
        ? ''
        : ' (or set `policies.fallback: git` to use the last commit date)',
    );
  }

  for (const [key, value] of [
    ['approved_by', data.approved_by],
    ['version', data.version],
  ] as const) {
    if (!has(key)) continue;
    const ok =
      key === 'version' ? ['string', 'number'].includes(typeof value) : stringList(value) !== null;
    if (!ok) {
      invalidKey(
        lineOf(key),
        key === 'version'
          ? '`version` must be text or a number'
          : '`approved_by` must be a name or a list of names',
        key,
      );
    }
  }

  const today = calendarDateOf(context.now);
  let due: CalendarDate | null = null;
  let daysLeft: number | null = null;
  const gitNote =
    lastReviewedFrom === 'git'
      ? ' (the last commit date: no `last_reviewed` in the front matter)'
      : '';
  const ownerNote = owner === null ? '' : ` Owner: ${owner}.`;
  if (lastReviewed !== null && daysBetween(today, lastReviewed) > 0) {
    add('policy/future-date', {
      line: reviewedLine,
      message: `\`last_reviewed\` ${formatDate(lastReviewed)} is in the future (today is ${formatDate(today)}); a review date must be the day the review happened.`,
      key: formatDate(lastReviewed),
      detail: `${formatDate(lastReviewed)} is after today`,
    });
  } else if (lastReviewed !== null && interval !== null) {
    due = addInterval(lastReviewed, interval);
    daysLeft = daysBetween(today, due);
    const warnFrom = addInterval(due, config.warnBefore, -1);
    const dueText = formatDate(due);
    const every = `every ${formatInterval(interval)}`;
    if (daysLeft < 0) {
      add('policy/stale', {
        line: reviewedLine,
        message: `This policy is past its review date: last reviewed ${formatDate(lastReviewed)}${gitNote}, due ${dueText} (${every}), ${days(-daysLeft)} overdue.${ownerNote}`,
        key: dueText,
        detail: `due ${dueText}, ${days(-daysLeft)} overdue${owner === null ? '' : `, owner ${owner}`}`,
      });
    } else if (daysBetween(warnFrom, today) >= 0) {
      add('policy/due-soon', {
        line: reviewedLine,
        message: `This policy is due for review ${daysLeft === 0 ? 'today' : `in ${days(daysLeft)}`}, on ${dueText} (last reviewed ${formatDate(lastReviewed)}${gitNote}, ${every}).${ownerNote}`,
        key: dueText,
        detail: `due ${daysLeft === 0 ? 'today' : `${dueText} (in ${days(daysLeft)})`}${owner === null ? '' : `, owner ${owner}`}`,
      });
    }
  }
  const counts = new Map<string, number>();
  for (const leftover of findTemplateLeftovers(doc.text, config.templatePhrases)) {
    const seen = counts.get(leftover.text) ?? 0;
    counts.set(leftover.text, seen + 1);
    add('policy/template-leftover', {
      line: leftover.line,
      column: leftover.column,
      message:
        leftover.kind === 'phrase'
          ? `"${leftover.text}" is a phrase from a policy template; adapt the passage to how the organisation works.`
          : `Unresolved placeholder ${leftover.text}: the template was not adapted.`,
      key: `${leftover.text}\n${seen}`,
      detail: leftover.text,
    });
  }

  const approvedBy = stringList(data.approved_by) ?? [];
  const version =
    typeof data.version === 'string' || typeof data.version === 'number'
      ? String(data.version)
      : null;
  return {
    entry: {
      path: doc.path,
      title,
      owner,
      lastReviewed,
      lastReviewedFrom,
      reviewInterval: interval,
      due,
      status: policyStatus(findings),
      daysLeft,
      approvedBy,
      version,
      problems: [...new Set(findings.map((finding) => finding.ruleId))].filter(
        (id) => !STATUS_RULES.has(id),
      ),
    },
    findings,
  };
}

export interface PolicyReport {
  entries: PolicyEntry[];
  findings: Finding[];
}

/** Evaluates every document, in path order. */
export function evaluatePolicies(docs: PolicyDocument[], options: EvaluateOptions): PolicyReport {
  const sorted = [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const entries: PolicyEntry[] = [];
  const findings: Finding[] = [];
  for (const doc of sorted) {
    const result = evaluatePolicy(doc, options);
    entries.push(result.entry);
    findings.push(...result.findings);
  }
  return { entries, findings };
}
