/**
 * The freshness rule kind: one policy document in, its register entry and its findings out.
 * Pure: the clock (`now`) and the mode come from the caller; dates are calendar dates and
 * "today" is the UTC date of `now`, so the machine's time zone never matters.
 */
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

/** The message without its trailing ` (or set …)` hint. */
function withoutOrSet(message: string): string {
  const at = message.indexOf(' (or set ');
  return at >= 0 && message.endsWith(')') ? message.slice(0, at) : message;
}

/** Evaluates one policy document. */
export function evaluatePolicy(doc: PolicyDocument, options: EvaluateOptions): PolicyEvaluation {
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
  let invalid = false;
  const invalidKey = (line: number, message: string, key: string) => {
    invalid = true;
    add('policy/invalid-front-matter', {
      line,
      message: `${doc.path}: ${message}`,
      key,
      detail: withoutOrSet(message),
    });
  };

  const parsed = parseFrontMatter(doc.text);
  let fm: FrontMatter | null = null;
  if (parsed.kind === 'missing') {
    invalidKey(
      1,
      'has no front matter: start it with `---`, `owner:`, `last_reviewed:` and `review_interval:`, and a closing `---`',
      'missing',
    );
  } else if (parsed.kind === 'invalid') {
    invalidKey(parsed.line, `front matter: ${parsed.message}`, `invalid:${parsed.message}`);
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
    } else if (typeof data.owner !== 'string' || !OWNER.test(data.owner.trim())) {
      invalidKey(
        lineOf('owner'),
        `\`owner\` must be a GitHub user (\`@login\`) or team (\`@org/team\`), not ${JSON.stringify(data.owner)}`,
        'owner',
      );
    } else {
      owner = normalizeOwner(data.owner.trim());
    }
  }

  // review_interval
  let interval: Interval | null = config.reviewInterval;
  if (has('review_interval')) {
    interval = parseInterval(data.review_interval);
    if (interval === null) {
      invalidKey(
        lineOf('review_interval'),
        `\`review_interval\` ${JSON.stringify(data.review_interval)} is not an interval; write ${INTERVAL_FORMS}`,
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
        `\`last_reviewed\` ${JSON.stringify(data.last_reviewed)} is not a date; write an ISO date such as "2025-01-31"`,
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
        : 'the front matter has no `last_reviewed` date (or set `policies.fallback: git` to use the last commit date)',
      'last_reviewed-missing',
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
  let status: PolicyStatus = 'fresh';
  const gitNote =
    lastReviewedFrom === 'git'
      ? ' (the last commit date: no `last_reviewed` in the front matter)'
      : '';
  const ownerNote = owner === null ? '' : ` Owner: ${owner}.`;
  if (lastReviewed !== null && daysBetween(today, lastReviewed) > 0) {
    invalid = true;
    add('policy/future-date', {
      line: reviewedLine,
      message: `${doc.path}: \`last_reviewed\` ${formatDate(lastReviewed)} is in the future (today is ${formatDate(today)}); a review date must be the day the review happened.`,
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
      status = 'stale';
      add('policy/stale', {
        line: reviewedLine,
        message: `${doc.path} is past its review date: last reviewed ${formatDate(lastReviewed)}${gitNote}, due ${dueText} (${every}), ${days(-daysLeft)} overdue.${ownerNote}`,
        key: dueText,
        detail: `due ${dueText}, ${days(-daysLeft)} overdue${owner === null ? '' : `, owner ${owner}`}`,
      });
    } else if (daysBetween(warnFrom, today) >= 0) {
      status = 'due-soon';
      add('policy/due-soon', {
        line: reviewedLine,
        message: `${doc.path} is due for review ${daysLeft === 0 ? 'today' : `in ${days(daysLeft)}`}, on ${dueText} (last reviewed ${formatDate(lastReviewed)}${gitNote}, ${every}).${ownerNote}`,
        key: dueText,
        detail: `due ${daysLeft === 0 ? 'today' : `${dueText} (in ${days(daysLeft)})`}${owner === null ? '' : `, owner ${owner}`}`,
      });
    }
  }
  if (invalid) status = 'invalid';

  const counts = new Map<string, number>();
  for (const leftover of findTemplateLeftovers(doc.text, config.templatePhrases)) {
    const seen = counts.get(leftover.text) ?? 0;
    counts.set(leftover.text, seen + 1);
    add('policy/template-leftover', {
      line: leftover.line,
      column: leftover.column,
      message:
        leftover.kind === 'phrase'
          ? `${doc.path}:${leftover.line}: "${leftover.text}" is a phrase from a policy template; adapt the passage to how the organisation works.`
          : `${doc.path}:${leftover.line}: unresolved placeholder ${leftover.text}; the template was not adapted.`,
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
      status,
      daysLeft,
      approvedBy,
      version,
      problems: [...new Set(findings.map((finding) => finding.ruleId))].filter(
        (id) => id !== 'policy/stale' && id !== 'policy/due-soon',
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
