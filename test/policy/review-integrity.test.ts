import { describe, expect, it } from 'vitest';
import {
  changesReviewDate,
  NOT_APPLICABLE_LOCALLY,
  reviewedDate,
} from '../../src/core/policy/review-integrity.js';

const doc = (date: string, owner = 'alice') =>
  `---\nowner: ${owner}\nlast_reviewed: ${date}\n---\n# P\n`;

describe('review integrity', () => {
  it.each([
    [doc('2024-01-10'), doc('2025-01-10'), true],
    [doc('2024-01-10'), doc('"2025-01-10"'), true],
    [null, doc('2025-01-10'), true],
    [doc('2024-01-10'), doc('"2024-01-10"'), false],
    [doc('2024-01-10'), `${doc('2024-01-10')}\nMore text.\n`, false],
    [doc('2024-01-10'), '# no front matter\n', false],
    [doc('2024-01-10'), doc('not a date'), false],
  ])('%j → %j changes the review date: %s', (base, head, expected) => {
    expect(changesReviewDate(base, head)).toBe(expected);
  });

  it('reads the date, its line and the owner', () => {
    expect(reviewedDate(doc('2025-01-10', 'octo-org/security'))).toEqual({
      value: '2025-01-10',
      line: 3,
      owner: '@octo-org/security',
    });
    expect(NOT_APPLICABLE_LOCALLY).toMatch(/not applicable/);
  });
});
