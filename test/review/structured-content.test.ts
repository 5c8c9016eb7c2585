/**
 * Issue 9.13: content reviews saw one line at a time, so IAM wildcards laid out over several
 * lines, or not first in their list, and a minified package.json gaining an AI SDK were missed.
 * Structured patterns (`structure: iam-actions | npm-dependencies`) test values parsed out of
 * the document. Real-file fixtures in test/fixtures/reviews/, evaluated with the built-in
 * `reviews-recommended` pack; a value triggers when it is on an added line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { resolveReviewRequirements } from '../../src/config/reviews.js';
import { evaluateReviews } from '../../src/core/review/evaluate.js';
import { structuredValues } from '../../src/core/review/structure.js';
import type { PullFile } from '../../src/core/review/types.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { fakeFacts } from './fake-facts.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reviews');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const CONFIG = `extends: [recommended, reviews-recommended]
review_settings:
  security_team: acme/security
`;
const requirements = resolveReviewRequirements(parseConfig(CONFIG, '.mandate.yml'), builtinPacks());

/** A pull-request file whose added lines are `lines` (1-based) of `text` (all when omitted). */
function pullFile(path: string, text: string, lines?: number[]): PullFile {
  const all = text.replace(/\n$/, '').split('\n');
  const chosen = lines ?? all.map((_, i) => i + 1);
  return {
    path,
    status: lines === undefined ? 'added' : 'modified',
    added: chosen.map((line) => ({ line, text: all[line - 1]! })),
  };
}

async function triggers(files: PullFile[], heads?: Record<string, string>) {
  const facts = fakeFacts({ files });
  // As the Action reads them: the head version of a changed file through the API.
  if (heads !== undefined) facts.readHead = async (path) => heads[path] ?? null;
  const results = await evaluateReviews(requirements, facts);
  return results
    .filter((r) => r.applies === true)
    .flatMap((r) =>
      r.triggers.map((t) => `${r.name} ${t.kind === 'content' ? `${t.path}:${t.line}` : t.kind}`),
    );
}

describe('structured content triggers (new files)', () => {
  it.each([
    [
      'a JSON policy with "*" last in a multi-line Action array',
      'iam/policy.json',
      'policy-multiline.json',
      9,
    ],
    [
      'a CloudFormation YAML block sequence with "dynamodb:*"',
      'cfn/stack.yaml',
      'cloudformation.yaml',
      18,
    ],
    ['a Terraform multi-line actions list with a comment', 'infra/iam.tf', 'iam.tf', 7],
    ['a CDK TypeScript PolicyStatement with "*" second', 'lib/stack.ts', 'stack.cdk.txt', 9],
  ])('%s', async (_name, path, name, line) => {
    expect(await triggers([pullFile(path, fixture(name))])).toEqual([
      `iam-wildcard ${path}:${line}`,
    ]);
  });

  it('a minified package.json with openai', async () => {
    expect(
      await triggers([pullFile('web/package.json', fixture('package-minified.json'))]),
    ).toEqual(['ai-sdk-dependency web/package.json:1']);
  });

  it.each([
    ['iam/policy.json', 'policy-narrow.json'],
    ['lib/stack.ts', 'stack-narrow.cdk.txt'],
    ['web/package.json', 'package-minified-base.json'],
  ])('stays quiet on %s without a wildcard or AI SDK', async (path, name) => {
    expect(await triggers([pullFile(path, fixture(name))])).toEqual([]);
  });
});

describe('structured content triggers (changed files)', () => {
  it('fires when the change adds the wildcard line of a multi-line array (head read whole)', async () => {
    const text = fixture('policy-multiline.json');
    const heads = { 'iam/policy.json': text };
    expect(await triggers([pullFile('iam/policy.json', text, [8, 9])], heads)).toEqual([
      'iam-wildcard iam/policy.json:9',
    ]);
  });

  it('stays quiet when the change touches other lines only', async () => {
    const text = fixture('policy-multiline.json');
    const heads = { 'iam/policy.json': text };
    expect(await triggers([pullFile('iam/policy.json', text, [11])], heads)).toEqual([]);
  });

  it('without the head version, sees only what the added lines hold', async () => {
    const text = fixture('policy-multiline.json');
    expect(await triggers([pullFile('iam/policy.json', text, [5, 6, 7, 8, 9])])).toEqual([
      'iam-wildcard iam/policy.json:9',
    ]);
  });

  it('fires on a Terraform list whose opening line is unchanged', async () => {
    const text = fixture('iam.tf');
    expect(await triggers([pullFile('infra/iam.tf', text, [4, 5, 6, 7, 8])])).toEqual([
      'iam-wildcard infra/iam.tf:7',
    ]);
  });
});

describe('structuredValues', () => {
  it('reads every IAM action with its line, in JSON, YAML, HCL and TypeScript', () => {
    expect(structuredValues('iam-actions', 'p.json', fixture('policy-multiline.json'))).toEqual([
      { line: 7, value: 's3:GetObject' },
      { line: 8, value: 's3:PutObject' },
      { line: 9, value: '*' },
    ]);
    expect(
      structuredValues('iam-actions', 's.yaml', fixture('cloudformation.yaml')).map((v) => v.value),
    ).toEqual(['sts:AssumeRole', 's3:GetObject', 'dynamodb:*']);
    expect(structuredValues('iam-actions', 'x.tf', fixture('iam.tf')).map((v) => v.value)).toEqual([
      's3:GetObject',
      's3:ListBucket',
      's3:*',
    ]);
    expect(
      structuredValues('iam-actions', 's.ts', fixture('stack.cdk.txt')).map((v) => v.value),
    ).toEqual(['sqs:SendMessage', '*']);
  });

  it('is linear on hostile input (`Action:` then 100,000 spaces; deep brackets)', () => {
    const started = performance.now();
    structuredValues('iam-actions', 'x.tf', `Action:${' '.repeat(100_000)}x`);
    structuredValues('iam-actions', 'x.tf', `actions = ${'['.repeat(50_000)}`);
    structuredValues('iam-actions', 'x.ts', 'actions: '.repeat(20_000));
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
