/**
 * Policy documents: Markdown files with a YAML front matter (owner, last_reviewed,
 * review_interval) that must be reviewed within their interval. The types of the freshness
 * rule kind; everything under src/core/policy is pure (no file system, no clock of its own).
 */

/** A date on the calendar, with no time and no time zone. `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type IntervalUnit = 'day' | 'week' | 'month' | 'year';

/** A review interval such as `90d`, `6 months` or `1 year`. */
export interface Interval {
  amount: number;
  unit: IntervalUnit;
}

/** The `policies:` section of `.mandate.yml`, with defaults applied. */
export interface PolicyConfig {
  /** minimatch globs of policy documents, relative to the repository root. */
  paths: string[];
  /** Used when a document has no `review_interval`. */
  reviewInterval: Interval;
  /** A document is "due soon" from this long before its due date. */
  warnBefore: Interval;
  /**
   * Whether stale, invalid and unadapted documents block, per mode. A manual run (`local`)
   * follows `ci`.
   */
  block: { ci: boolean; hook: boolean };
  /** Phrases (case-insensitive) that betray a template nobody adapted. */
  templatePhrases: string[];
  /** `git`: use the date of the last commit that touched a file without `last_reviewed`. */
  fallback: 'none' | 'git';
}

/** One policy document as a source read it. */
export interface PolicyDocument {
  /** POSIX path relative to the repository root. */
  path: string;
  text: string;
  /** Date of the last commit that touched the file (only with `fallback: git`). */
  lastCommitDate?: CalendarDate | null;
}

export type PolicyStatus = 'fresh' | 'due-soon' | 'stale' | 'invalid';

/** One row of the policy register. */
export interface PolicyEntry {
  path: string;
  title: string;
  owner: string | null;
  lastReviewed: CalendarDate | null;
  /** Where `lastReviewed` came from. */
  lastReviewedFrom: 'front-matter' | 'git' | null;
  reviewInterval: Interval | null;
  due: CalendarDate | null;
  status: PolicyStatus;
  /** Days until due (negative: days overdue); null when there is no due date. */
  daysLeft: number | null;
  approvedBy: string[];
  version: string | null;
  /** Rule ids of this document's findings (template leftovers, invalid keys…). */
  problems: string[];
}
