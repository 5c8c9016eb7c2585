/**
 * The freshness rule kind with a fixed clock: statuses on the boundary days, front matter in
 * every shape (quoted and unquoted dates, malformed YAML, missing keys), lines, fingerprints,
 * and what blocks in which mode.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultPolicyConfig,
  evaluatePolicies,
  evaluatePolicy,
  policyFingerprint,
} from '../../src/core/policy/evaluate.js';
import type { PolicyConfig, PolicyDocument } from '../../src/core/policy/types.js';
import type { Context } from '../../src/core/types.js';

/** Today is 2025-06-15 (UTC) — and still 2025-06-15 at 23:59 UTC. */
const NOW = new Date('2025-06-15T23:59:00Z');
const CI: Pick<Context, 'mode' | 'now'> = { mode: 'ci', now: NOW };

function policy(frontMatter: string, body = '# Access control\n\nWho gets access.\n'): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

function evaluate(
  text: string,
  options: {
    config?: Partial<PolicyConfig>;
    context?: Pick<Context, 'mode' | 'now'>;
    doc?: Partial<PolicyDocument>;
  } = {},
) {
  return evaluatePolicy(
    { path: 'policies/access.md', text, ...options.doc },
    { config: { ...defaultPolicyConfig(), ...options.config }, context: options.context ?? CI },
  );
}

const reviewed = (date: string, extra = 'review_interval: 1 year') =>
  policy(`title: Access Control\nowner: "@octo-org/security"\nlast_reviewed: ${date}\n${extra}`);

describe('status on the boundary days (1 year, warn 30 days, today 2025-06-15)', () => {
  it.each([
    ['2025-06-15', 'fresh', 365, []],
    ['2024-07-16', 'fresh', 31, []],
    ['2024-07-15', 'due-soon', 30, ['policy/due-soon']],
    ['2024-06-16', 'due-soon', 1, ['policy/due-soon']],
    ['2024-06-15', 'due-soon', 0, ['policy/due-soon']],
    ['2024-06-14', 'stale', -1, ['policy/stale']],
    ['2023-01-01', 'stale', -531, ['policy/stale']],
  ])('last reviewed %s → %s (%d days left)', (date, status, daysLeft, rules) => {
    for (const text of [reviewed(date), reviewed(`"${date}"`), reviewed(`'${date}'`)]) {
      const { entry, findings } = evaluate(text);
      expect(entry.status).toBe(status);
      expect(entry.daysLeft).toBe(daysLeft);
      expect(findings.map((f) => f.ruleId)).toEqual(rules);
    }
  });

  it('says "today" and "1 day overdue" in its messages, with the owner', () => {
    expect(evaluate(reviewed('2024-06-15')).findings[0]!.message).toBe(
      'This policy is due for review today, on 2025-06-15 (last reviewed 2024-06-15, every 1 year). Owner: @octo-org/security.',
    );
    expect(evaluate(reviewed('2024-06-14')).findings[0]!.message).toBe(
      'This policy is past its review date: last reviewed 2024-06-14, due 2025-06-14 (every 1 year), 1 day overdue. Owner: @octo-org/security.',
    );
  });

  it.each([
    ['90d', '2025-03-17', 'due-soon', '2025-06-15'],
    ['90 days', '2025-03-16', 'stale', '2025-06-14'],
    ['2 weeks', '2025-06-01', 'due-soon', '2025-06-15'],
    ['6 months', '2024-12-15', 'due-soon', '2025-06-15'],
    ['6mo', '2024-12-14', 'stale', '2025-06-14'],
    ['1 year', '2024-06-14', 'stale', '2025-06-14'],
    ['2 years', '2023-06-16', 'due-soon', '2025-06-16'],
    ['quarterly', '2025-03-15', 'due-soon', '2025-06-15'],
  ])('review_interval %s, reviewed %s → %s (due %s)', (interval, date, status, due) => {
    const { entry } = evaluate(reviewed(date, `review_interval: ${interval}`));
    expect(entry.status).toBe(status);
    expect(entry.due).toEqual({
      year: Number(due.slice(0, 4)),
      month: Number(due.slice(5, 7)),
      day: Number(due.slice(8, 10)),
    });
  });

  it('uses the configured default interval and warning window', () => {
    const text = policy('owner: alice\nlast_reviewed: 2025-03-17');
    expect(evaluate(text).entry.status).toBe('fresh');
    const config = {
      reviewInterval: { amount: 3, unit: 'month' as const },
      warnBefore: { amount: 1, unit: 'day' as const },
    };
    expect(evaluate(text, { config }).entry).toMatchObject({ status: 'fresh', daysLeft: 2 });
    expect(
      evaluate(policy('owner: alice\nlast_reviewed: 2025-03-16'), { config }).entry,
    ).toMatchObject({
      status: 'due-soon',
      daysLeft: 1,
    });
  });

  it('moves with the injected clock, not the machine clock', () => {
    const text = reviewed('2024-06-15');
    const at = (iso: string) => evaluate(text, { context: { mode: 'ci', now: new Date(iso) } });
    expect(at('2025-06-15T00:00:00Z').entry.status).toBe('due-soon');
    expect(at('2025-06-15T23:59:59.999Z').entry.status).toBe('due-soon');
    expect(at('2025-06-16T00:00:00Z').entry.status).toBe('stale');
    expect(at('2024-06-15T00:00:00Z').entry.status).toBe('fresh');
  });
});

describe('front matter', () => {
  it('reads title, owner, approvers, version and the register entry', () => {
    const { entry, findings } = evaluate(
      policy(
        'title: Access Control Policy\nowner: octo-org/security\nlast_reviewed: 2025-01-10\nreview_interval: 1 year\napproved_by: [cto, ciso]\nversion: 2.1',
      ),
    );
    expect(findings).toEqual([]);
    expect(entry).toEqual({
      path: 'policies/access.md',
      title: 'Access Control Policy',
      owner: '@octo-org/security',
      lastReviewed: { year: 2025, month: 1, day: 10 },
      lastReviewedFrom: 'front-matter',
      reviewInterval: { amount: 1, unit: 'year' },
      due: { year: 2026, month: 1, day: 10 },
      status: 'fresh',
      daysLeft: 209,
      approvedBy: ['cto', 'ciso'],
      version: '2.1',
      problems: [],
    });
  });

  it('takes the title from the first heading, else the file name', () => {
    expect(evaluate(policy('owner: a\nlast_reviewed: 2025-01-10')).entry.title).toBe(
      'Access control',
    );
    expect(
      evaluate(policy('owner: a\nlast_reviewed: 2025-01-10', 'No heading.\n')).entry.title,
    ).toBe('access.md');
  });

  it('accepts CRLF line ends, a byte-order mark and `...` as the closing line', () => {
    const text = '\uFEFF---\r\nowner: alice\r\nlast_reviewed: 2025-01-10\r\n...\r\n# T\r\n';
    expect(evaluate(text).entry).toMatchObject({ status: 'fresh', owner: '@alice', title: 'T' });
  });

  type Case = [name: string, text: string, line: number, message: RegExp];
  it.each<Case>([
    ['no front matter', '# Access control\n\nText.\n', 1, /has no front matter/],
    ['an unclosed front matter', '---\nowner: alice\n# Title\n', 1, /never closed/],
    [
      'malformed YAML',
      // Reported where the parser notices: the line after the unclosed `[`.
      policy('owner: alice\nlast_reviewed: [2025-01-10\nreview_interval: 1 year'),
      4,
      /^The front matter is not valid YAML: /,
    ],
    [
      'a duplicate key',
      policy('owner: alice\nowner: bob\nlast_reviewed: 2025-01-10'),
      3,
      /^The front matter is not valid YAML: /,
    ],
    ['a list instead of a mapping', policy('- owner\n- alice'), 2, /not a mapping/],
    ['a missing owner', policy('title: T\nlast_reviewed: 2025-01-10'), 1, /no `owner`/],
    [
      'an owner with spaces',
      policy('owner: Jane Doe\nlast_reviewed: 2025-01-10'),
      2,
      /`owner` must be/,
    ],
    [
      'a missing last_reviewed',
      policy('owner: alice\nreview_interval: 1 year'),
      1,
      /no `last_reviewed`/,
    ],
    [
      'a date that is no date',
      policy('owner: alice\nlast_reviewed: 2025-02-30'),
      3,
      /is not a date/,
    ],
    ['a US date', policy('owner: alice\nlast_reviewed: 01/10/2025'), 3, /is not a date/],
    [
      'an interval without a unit',
      policy('owner: alice\nlast_reviewed: 2025-01-10\nreview_interval: 12'),
      4,
      /is not an interval/,
    ],
    [
      'an ambiguous "m"',
      policy('owner: alice\nlast_reviewed: 2025-01-10\nreview_interval: 12m'),
      4,
      /is not an interval/,
    ],
    [
      'a title that is a list',
      policy('title: [a]\nowner: alice\nlast_reviewed: 2025-01-10'),
      2,
      /`title` must be text/,
    ],
    [
      'approvers that are a mapping',
      policy('owner: alice\nlast_reviewed: 2025-01-10\napproved_by: {a: 1}'),
      4,
      /`approved_by` must be/,
    ],
  ])('%s is an invalid-front-matter finding on its line', (_name, text, line, message) => {
    const { entry, findings } = evaluate(text);
    expect(entry.status).toBe('invalid');
    const invalid = findings.filter((f) => f.ruleId === 'policy/invalid-front-matter');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({
      line,
      path: 'policies/access.md',
      blocking: true,
      kind: 'policy',
    });
    expect(invalid[0]!.message).toMatch(message);
    expect(entry.problems).toContain('policy/invalid-front-matter');
  });

  it('reports a date in the future, on its line', () => {
    const { entry, findings } = evaluate(reviewed('2025-06-16'));
    expect(entry.status).toBe('invalid');
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'policy/future-date', line: 4, blocking: true }),
    ]);
    expect(findings[0]!.message).toMatch(/2025-06-16 is in the future \(today is 2025-06-15\)/);
  });

  it('still reports a stale date next to an invalid owner', () => {
    const { entry, findings } = evaluate(policy('owner: Jane Doe\nlast_reviewed: 2020-01-01'));
    expect(entry.status).toBe('invalid');
    expect(findings.map((f) => f.ruleId).sort()).toEqual([
      'policy/invalid-front-matter',
      'policy/stale',
    ]);
  });
});

describe('fallback: git', () => {
  const text = policy('owner: alice\nreview_interval: 1 year');
  const doc = { lastCommitDate: { year: 2024, month: 1, day: 2 } };

  it('uses the last commit date when last_reviewed is absent, and says so', () => {
    const { entry, findings } = evaluate(text, { config: { fallback: 'git' }, doc });
    expect(entry).toMatchObject({ status: 'stale', lastReviewedFrom: 'git' });
    expect(findings[0]!.message).toMatch(/last reviewed 2024-01-02 \(the last commit date/);
  });

  it('prefers last_reviewed, and is off by default', () => {
    expect(
      evaluate(reviewed('2025-06-01'), { config: { fallback: 'git' }, doc }).entry.lastReviewedFrom,
    ).toBe('front-matter');
    expect(evaluate(text, { doc }).entry.status).toBe('invalid');
    expect(
      evaluate(text, { config: { fallback: 'git' }, doc: { lastCommitDate: null } }).entry.status,
    ).toBe('invalid');
  });
  it('without last_reviewed, suggests the fallback in the message, not in the title', () => {
    const [finding] = evaluate(text, { doc }).findings;
    expect(finding).toMatchObject({ ruleId: 'policy/invalid-front-matter' });
    expect(finding!.message).toBe(
      'The front matter has no `last_reviewed` date (or set `policies.fallback: git` to use the last commit date).',
    );
    expect(finding!.title).toMatch(/: the front matter has no `last_reviewed` date$/);
  });
});

describe('blocking, severity and fingerprints', () => {
  it('stale blocks in CI and a manual run, and warns in the hook', () => {
    const text = reviewed('2020-01-01');
    const blocking = (mode: Context['mode']) =>
      evaluate(text, { context: { mode, now: NOW } }).findings[0]!.blocking;
    expect(blocking('ci')).toBe(true);
    expect(blocking('local')).toBe(true);
    expect(blocking('hook')).toBe(false);
    const swapped = { block: { ci: false, hook: true } };
    expect(
      evaluate(text, { config: swapped, context: { mode: 'hook', now: NOW } }).findings[0]!
        .blocking,
    ).toBe(true);
    expect(evaluate(text, { config: swapped }).findings[0]!.blocking).toBe(false);
  });

  it('due soon never blocks; fail_on above the severity does not block', () => {
    expect(evaluate(reviewed('2024-06-20')).findings[0]).toMatchObject({
      ruleId: 'policy/due-soon',
      severity: 'low',
      blocking: false,
    });
    const staleFinding = evaluatePolicy(
      { path: 'p.md', text: reviewed('2020-01-01') },
      { config: defaultPolicyConfig(), context: CI, failOn: 'critical' },
    ).findings[0]!;
    expect(staleFinding.blocking).toBe(false);
  });

  it('has no secret, a line at the key and a fingerprint of path and due date', () => {
    const [finding] = evaluate(reviewed('2020-01-01')).findings;
    expect(finding).toMatchObject({
      redacted: '',
      line: 4,
      endLine: 4,
      column: 1,
      title:
        'Policy past its review date: due 2021-01-01, 1626 days overdue, owner @octo-org/security',
      fingerprint: policyFingerprint('policy/stale', 'policies/access.md', '2021-01-01'),
    });
    expect(finding!.fingerprint).toMatch(/^policy\/stale:policies\/access\.md:[0-9a-f]{64}$/);
    // A new review moves the due date, and with it the fingerprint (an ignore expires).
    expect(evaluate(reviewed('2020-01-02')).findings[0]!.fingerprint).not.toBe(
      finding!.fingerprint,
    );
  });

  it('evaluates many documents in path order', () => {
    const report = evaluatePolicies(
      [
        { path: 'policies/b.md', text: reviewed('2020-01-01') },
        { path: 'SECURITY.md', text: reviewed('2025-06-01') },
        { path: 'policies/a.md', text: '# no front matter\n' },
      ],
      { config: defaultPolicyConfig(), context: CI },
    );
    expect(report.entries.map((e) => [e.path, e.status])).toEqual([
      ['SECURITY.md', 'fresh'],
      ['policies/a.md', 'invalid'],
      ['policies/b.md', 'stale'],
    ]);
    expect(report.findings.map((f) => f.path)).toEqual(['policies/a.md', 'policies/b.md']);
  });
});
