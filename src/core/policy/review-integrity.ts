/**
 * Review integrity (pure): when a pull request changes a policy's `last_reviewed`, the
 * policy's owner must approve it — the user named in `owner`, or a member of the team. Only a
 * pull request knows approvals; locally the rule is not applicable, and says so.
 */
import { parseCalendarDate } from './calendar.js';
import { parseOwner } from './evaluate.js';
import { parseFrontMatter } from './front-matter.js';

export interface ReviewedDate {
  /** `YYYY-MM-DD` as written, or null when absent or unreadable. */
  value: string | null;
  line: number;
  owner: string | null;
}

export const NOT_APPLICABLE_LOCALLY =
  'policy/review-integrity is not applicable here: only a pull request knows who approved a change of `last_reviewed`.';

/** The `last_reviewed` value, its line and the owner of a policy document's text. */
export function reviewedDate(text: string): ReviewedDate {
  const parsed = parseFrontMatter(text);
  if (parsed.kind !== 'ok') return { value: null, line: 1, owner: null };
  const { data, lines } = parsed.frontMatter;
  const date = parseCalendarDate(data.last_reviewed);
  // An owner that is not a GitHub user or team is no owner (and is never echoed).
  const owner = parseOwner(data.owner);
  return {
    value:
      date === null
        ? null
        : `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`,
    line: lines.get('last_reviewed') ?? 1,
    owner,
  };
}

/** Whether the pull request changes the review date (base → head). */
export function changesReviewDate(base: string | null, head: string): boolean {
  const after = reviewedDate(head).value;
  if (after === null) return false;
  // A new policy sets its review date: that, too, is for the owner to approve.
  return base === null || reviewedDate(base).value !== after;
}
