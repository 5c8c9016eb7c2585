/**
 * The policy rules through the one rule tester (test/support/rule-tester.ts): documents that
 * pass, and documents each rule must report, at the line it names — judged on a fixed day.
 */
import {
  type InvalidPolicyCase,
  type PolicyCase,
  policyFamily,
  ruleTester,
} from '../support/rule-tester.js';

const NOW = new Date('2026-06-15T12:00:00Z');

/** A policy document: front matter lines, then a body. */
function doc(
  front: string[],
  body = '# Access control\n\nHow we grant and revoke access.\n',
): string {
  return `---\n${front.join('\n')}\n---\n${body}`;
}

const fresh = ['owner: "@acme/security"', 'last_reviewed: "2026-03-01"', 'review_interval: 1 year'];

const valid: PolicyCase[] = [
  { name: 'reviewed three months ago, yearly', path: 'policies/access.md', text: doc(fresh) },
  {
    name: 'a team owner and a six-month interval, reviewed this week',
    path: 'policies/backup.md',
    text: doc(['owner: "@acme/ops"', 'last_reviewed: "2026-06-10"', 'review_interval: 6 months']),
  },
  {
    name: 'a bracket that is no placeholder',
    path: 'policies/links.md',
    text: doc(fresh, '# Links\n\nSee [the handbook](https://example.com/handbook).\n'),
  },
];

const invalid: InvalidPolicyCase[] = [
  {
    name: 'past its yearly review',
    path: 'policies/stale.md',
    text: doc([
      'owner: "@acme/security"',
      'last_reviewed: "2025-01-31"',
      'review_interval: 1 year',
    ]),
    errors: [{ ruleId: 'policy/stale', line: 3 }],
  },
  {
    name: 'due within the warning period',
    path: 'policies/soon.md',
    text: doc([
      'owner: "@acme/security"',
      'last_reviewed: "2025-07-01"',
      'review_interval: 1 year',
    ]),
    errors: [{ ruleId: 'policy/due-soon', line: 3 }],
  },
  {
    name: 'reviewed in the future',
    path: 'policies/future.md',
    text: doc([
      'owner: "@acme/security"',
      'last_reviewed: "2026-09-01"',
      'review_interval: 1 year',
    ]),
    errors: [{ ruleId: 'policy/future-date', line: 3 }],
  },
  {
    name: 'no front matter',
    path: 'policies/bare.md',
    text: '# Bare policy\n\nNo front matter here.\n',
    errors: [{ ruleId: 'policy/invalid-front-matter', line: 1 }],
  },
  {
    name: 'a placeholder and a template phrase',
    path: 'policies/template.md',
    text: doc(
      fresh,
      '# [Company Name] policy\n\nStaff keep a clean desk (delete as appropriate).\n',
    ),
    errors: [
      { ruleId: 'policy/template-leftover', line: 6 },
      { ruleId: 'policy/template-leftover', line: 8 },
    ],
  },
];

ruleTester('policy rules', policyFamily(NOW), { valid, invalid });
