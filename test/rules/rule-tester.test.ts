/**
 * The rule tester itself (test/support/rule-tester.ts): hand-written valid/invalid tables for a
 * secret rule and for review requirements, and the checks that make a table fail — a duplicate
 * case, an invalid case with no position, a finding at the wrong place or one not named.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedRequirement } from '../../src/core/review/evaluate.js';
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import { caseProblems } from '../../src/rules/example-cases.js';
import { file } from '../review/fake-facts.js';
import {
  at,
  reviewFamily,
  ruleTester,
  secretFamily,
  tableProblems,
} from '../support/rule-tester.js';

const ACME: SecretRuleSpec = {
  id: 'secret/acme-token',
  title: 'Acme token',
  provider: 'Acme',
  description: 'An Acme API token.',
  severity: 'high',
  keywords: ['acme_'],
  regex: '\\b(?<secret>acme_[a-z0-9]{32})\\b',
  remediation: 'Revoke the token in the Acme console and issue a new one from the settings page.',
  examples: {
    positive: ['ACME_TOKEN={{lit:acme_}}{{lower:32}}'],
    negative: ['ACME_TOKEN={{lit:acme_}}{{lower:8}}'],
  },
};

ruleTester('secret/acme-token (hand-written table)', secretFamily([ACME]), {
  valid: [
    { name: 'too short', code: 'token = {{lit:acme_}}{{lower:12}}' },
    { name: 'upper case is not Acme', code: 'token = {{lit:ACME_}}{{upper:32}}' },
  ],
  invalid: [
    {
      name: 'an assignment',
      code: 'token = {{lit:acme_}}{{lower:32}}',
      errors: [at('secret/acme-token', 1, 9)],
    },
    {
      name: 'two on two lines',
      code: 'a: {{lit:acme_}}{{lower:32}}\n  b: "{{lit:acme_}}{{lower:32}}"',
      errors: [at('secret/acme-token', 1, 4), at('secret/acme-token', 2, 7)],
    },
  ],
});

const REVIEWS: ResolvedRequirement[] = [
  {
    origin: 'test',
    spec: {
      name: 'infra',
      when: { paths: ['infra/**'] },
      require: { teams: ['acme/platform'], users: [], count: 1 },
    },
  },
  {
    origin: 'test',
    spec: {
      name: 'iam-wildcard',
      when: { content: [{ pattern: '"Action"\\s*:\\s*"\\*"' }] },
      require: { teams: ['acme/security'], users: [], count: 1 },
    },
  },
];

ruleTester('review requirements (hand-written table)', reviewFamily(REVIEWS), {
  valid: [
    { name: 'a change outside infra/', files: [file('src/app.ts', ['export {};'])] },
    {
      name: 'a narrow IAM action',
      files: [file('policy.json', ['{ "Action": "s3:GetObject" }'])],
    },
  ],
  invalid: [
    {
      name: 'a file under infra/',
      files: [file('infra/main.tf', ['resource "x" "y" {}'])],
      errors: [{ ruleId: 'review/infra', path: 'infra/main.tf', line: 0 }],
    },
    {
      name: 'a wildcard action on the second added line',
      files: [file('policy.json', ['{', '  "Action": "*"', '}'])],
      errors: [{ ruleId: 'review/iam-wildcard', path: 'policy.json', line: 2 }],
    },
  ],
});

describe('the tester fails a table that', () => {
  const family = secretFamily([ACME]);

  it('lists the same case twice', () => {
    const code = 'token = {{lit:acme_}}{{lower:32}}';
    expect(
      tableProblems(family, {
        valid: [{ code: 'x' }],
        invalid: [
          { code, errors: [at(ACME.id, 1, 9)] },
          { name: 'again', code, errors: [at(ACME.id, 1, 9)] },
        ],
      }),
    ).toEqual([expect.stringContaining('duplicate case')]);
  });

  it('has an invalid case that names no finding, or a rule not under test', () => {
    expect(
      tableProblems(family, {
        valid: [],
        invalid: [
          { code: 'a', errors: [] },
          { code: 'b', errors: [at('secret/other', 1, 1)] },
        ],
      }),
    ).toEqual([
      expect.stringContaining('names no expected finding'),
      'secret/other is not a rule under test',
    ]);
  });

  it('expects a finding at another place, or misses one it did not name', async () => {
    const wrongColumn = await family.run({
      code: 'token = {{lit:acme_}}{{lower:32}}',
      errors: [at(ACME.id, 1, 1)],
    });
    expect(wrongColumn[0]).toMatch(
      /^seed 1: expected secret\/acme-token at 1:1, found secret\/acme-token at 1:9 \(acme_.…\(37 chars\)\)$/,
    );
    const unnamed = await family.run({ code: 'token = {{lit:acme_}}{{lower:32}}' });
    expect(unnamed[0]).toMatch(/expected no finding, found secret\/acme-token at 1:9/);
  });

  it('never shows a secret in what it says', () => {
    const secret = `acme_${'k'.repeat(32)}`;
    const problems = caseProblems(
      [],
      [{ ruleId: ACME.id, line: 1, column: 1, width: secret.length, redacted: 'acme…(37 chars)' }],
      new Set([ACME.id]),
    );
    expect(problems.join('\n')).not.toContain(secret);
  });

  it('a review requirement triggered where the table did not say', async () => {
    const problems = await reviewFamily(REVIEWS).run({
      files: [file('infra/a.tf', ['"Action": "*"'])],
      errors: [{ ruleId: 'review/infra', path: 'infra/a.tf', line: 0 }],
    } as Parameters<ReturnType<typeof reviewFamily>['run']>[0]);
    expect(problems).toEqual(['did not expect review/iam-wildcard infra/a.tf:1']);
  });
});
