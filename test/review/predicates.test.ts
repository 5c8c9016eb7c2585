/** Every `when` condition, as a table over the in-memory facts fake. */
import { describe, expect, it } from 'vitest';
import { matchGlobs } from '../../src/core/review/globs.js';
import { evaluateCondition } from '../../src/core/review/predicates.js';
import type { Condition } from '../../src/core/review/types.js';
import { type FakeFactsInput, fakeFacts, file } from './fake-facts.js';

const files = [
  file('infra/main.tf', ['resource "aws_iam_policy" "p" {', '  actions = ["*"]', '}']),
  file('infra/README.md', ['# Infra']),
  file('src/app.ts', ['export const x = 1;']),
];

const cases: {
  name: string;
  when: Condition;
  facts?: FakeFactsInput;
  value: boolean | 'unknown';
  triggers?: string[];
}[] = [
  {
    name: 'paths: a glob matches',
    when: { paths: ['infra/**'] },
    value: true,
    triggers: ['infra/main.tf', 'infra/README.md'],
  },
  {
    name: 'paths: negation excludes',
    when: { paths: ['infra/**', '!infra/**/*.md'] },
    value: true,
    triggers: ['infra/main.tf'],
  },
  {
    name: 'paths: last match wins (re-include)',
    when: { paths: ['infra/**', '!infra/**', 'infra/README.md'] },
    value: true,
    triggers: ['infra/README.md'],
  },
  {
    name: 'paths: only negations match everything else',
    when: { paths: ['!infra/**'] },
    value: true,
    triggers: ['src/app.ts'],
  },
  {
    name: 'paths: a bare name matches anywhere',
    when: { paths: ['main.tf'] },
    value: true,
    triggers: ['infra/main.tf'],
  },
  { name: 'paths: nothing matches', when: { paths: ['docs/**'] }, value: false },
  {
    name: 'paths: a rename matches by its old path',
    when: { paths: ['old/**'] },
    facts: { files: [{ path: 'new/x', oldPath: 'old/x', status: 'renamed', added: [] }] },
    value: true,
    triggers: ['old/x'],
  },
  {
    name: 'paths: a deleted file counts',
    when: { paths: ['.github/workflows/**'] },
    facts: { files: [file('.github/workflows/ci.yml', [], 'deleted')] },
    value: true,
  },
  {
    name: 'content: an added line matches',
    when: { content: [{ pattern: 'actions\\s*=\\s*\\["\\*"\\]' }] },
    value: true,
    triggers: ['infra/main.tf:2'],
  },
  {
    name: 'content: restricted to paths',
    when: { content: [{ pattern: 'export', paths: ['infra/**'] }] },
    value: false,
  },
  {
    name: 'content: flags i',
    when: { content: [{ pattern: 'RESOURCE', flags: 'i', paths: ['**/*.tf'] }] },
    value: true,
    triggers: ['infra/main.tf:1'],
  },
  {
    name: 'labels: present (case-insensitive)',
    when: { labels: ['Security'] },
    facts: { labels: ['security', 'x'] },
    value: true,
    triggers: ['label:security'],
  },
  {
    name: 'labels: absent',
    when: { labels: ['security'] },
    facts: { labels: ['x'] },
    value: false,
  },
  {
    name: 'labels: unknown in the hook',
    when: { labels: ['security'] },
    facts: { labels: null },
    value: 'unknown',
  },
  {
    name: 'base_branches: glob',
    when: { base_branches: ['release/*'] },
    facts: { baseBranch: 'release/1.2' },
    value: true,
    triggers: ['base:release/1.2'],
  },
  {
    name: 'base_branches: other branch',
    when: { base_branches: ['main'] },
    facts: { baseBranch: 'dev' },
    value: false,
  },
  {
    name: 'base_branches: unknown',
    when: { base_branches: ['main'] },
    facts: { baseBranch: null },
    value: 'unknown',
  },
  {
    name: 'author_in: team member',
    when: { author_in: ['acme/contractors'] },
    facts: { teams: { 'acme/contractors': ['erin'] } },
    value: true,
    triggers: ['author:erin'],
  },
  { name: 'author_in: user by name (with @)', when: { author_in: ['@erin'] }, value: true },
  {
    name: 'author_in: not a member',
    when: { author_in: ['acme/contractors'] },
    facts: { teams: { 'acme/contractors': ['x'] } },
    value: false,
  },
  {
    name: 'author_not_in: outside the team',
    when: { author_not_in: ['acme/platform'] },
    facts: { teams: { 'acme/platform': ['x'] } },
    value: true,
  },
  {
    name: 'author_not_in: inside the team',
    when: { author_not_in: ['acme/platform'] },
    facts: { teams: { 'acme/platform': ['erin'] } },
    value: false,
  },
  {
    name: 'author: unknown in the hook',
    when: { author_in: ['acme/x'] },
    facts: { author: null },
    value: 'unknown',
  },
  {
    name: 'keys combine as all',
    when: { paths: ['infra/**'], labels: ['infra'] },
    facts: { labels: [] },
    value: false,
  },
  {
    name: 'all: every child holds',
    when: { all: [{ paths: ['infra/**'] }, { base_branches: ['main'] }] },
    value: true,
    triggers: ['infra/main.tf', 'infra/README.md', 'base:main'],
  },
  {
    name: 'all: one child fails',
    when: { all: [{ paths: ['infra/**'] }, { base_branches: ['dev'] }] },
    value: false,
  },
  {
    name: 'all: false beats unknown',
    when: { all: [{ paths: ['docs/**'] }, { labels: ['x'] }] },
    facts: { labels: null },
    value: false,
  },
  {
    name: 'all: true and unknown is unknown',
    when: { all: [{ paths: ['src/**'] }, { labels: ['x'] }] },
    facts: { labels: null },
    value: 'unknown',
  },
  {
    name: 'any: one child holds (only its triggers)',
    when: { any: [{ paths: ['docs/**'] }, { paths: ['src/**'] }] },
    value: true,
    triggers: ['src/app.ts'],
  },
  {
    name: 'any: none holds',
    when: { any: [{ paths: ['docs/**'] }, { labels: ['x'] }] },
    value: false,
  },
  {
    name: 'any: true beats unknown',
    when: { any: [{ paths: ['src/**'] }, { labels: ['x'] }] },
    facts: { labels: null },
    value: true,
  },
  {
    name: 'nesting',
    when: {
      any: [{ all: [{ paths: ['infra/**'] }, { labels: ['infra'] }] }, { paths: ['src/**'] }],
    },
    value: true,
    triggers: ['src/app.ts'],
  },
];

function describeTrigger(t: { kind: string } & Record<string, unknown>): string {
  if (t.kind === 'path') return String(t.path);
  if (t.kind === 'content') return `${t.path}:${t.line}`;
  if (t.kind === 'label') return `label:${t.label}`;
  if (t.kind === 'base-branch') return `base:${t.branch}`;
  return `author:${t.author}`;
}

describe('review predicates', () => {
  it.each(cases)('$name', async ({ when, facts, value, triggers }) => {
    const result = await evaluateCondition(when, fakeFacts({ files, ...facts }));
    expect(result.value).toBe(value);
    if (triggers !== undefined) expect(result.triggers.map(describeTrigger)).toEqual(triggers);
    if (value === false) expect(result.triggers).toEqual([]);
  });

  it('matchGlobs returns the deciding glob', () => {
    expect(matchGlobs('infra/a.tf', ['infra/**', '!**/*.md'])).toBe('infra/**');
    expect(matchGlobs('infra/a.md', ['infra/**', '!**/*.md'])).toBeNull();
  });
});
