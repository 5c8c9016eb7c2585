/**
 * `reviews:` / `review_settings:` in .mandate.yml, the built-in `reviews-recommended` pack (its
 * requirements validate against the schema and trigger on the changes they name), and the
 * hook's "not applicable locally" preview.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatPreview, localFacts } from '../../src/cli/review-preview.js';
import { resolveSecretRules } from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import { resolveReviewRequirements } from '../../src/config/reviews.js';
import { evaluateReviews } from '../../src/core/review/evaluate.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { reviewFamily, reviewPackTables, ruleTester } from '../support/rule-tester.js';
import { file } from './fake-facts.js';

const packs = builtinPacks();
const pack = packs.find((p) => p.name === 'reviews-recommended')!;

const CONFIG = `extends: [recommended, reviews-recommended]
review_settings:
  security_team: acme/security
`;

function requirementsFor(text: string) {
  return resolveReviewRequirements(parseConfig(text, '.mandate.yml'), packs);
}

describe('review config', () => {
  it('enables the pack with one line plus the team, substituting $security_team', () => {
    const requirements = requirementsFor(CONFIG);
    expect(requirements.map((r) => r.spec.name)).toEqual([
      'mandate-config',
      'workflows',
      'codeowners',
      'hook-config',
      'iam-wildcard',
      'ai-sdk-dependency',
    ]);
    expect(requirements.every((r) => r.spec.require.teams?.[0] === 'acme/security')).toBe(true);
    expect(requirements[0]!.origin).toBe('reviews-recommended');
  });

  it('keeps the secret rules working next to a review pack', () => {
    const config = parseConfig(CONFIG, '.mandate.yml');
    expect(resolveSecretRules(config, packs).length).toBeGreaterThan(50);
  });

  it('a pack requirement without security_team is an error', () => {
    expect(() => requirementsFor('extends: [recommended, reviews-recommended]\n')).toThrow(
      /review_settings.security_team/,
    );
  });

  it('a config requirement with a pack name replaces it; disable switches one off', () => {
    const requirements = requirementsFor(`${CONFIG}disable: [review/hook-config]
reviews:
  - name: workflows
    when: { paths: [".github/**"] }
    require: { users: [alice], count: 1 }
`);
    expect(requirements.map((r) => r.spec.name)).not.toContain('hook-config');
    const workflows = requirements.find((r) => r.spec.name === 'workflows')!;
    expect(workflows.spec.require).toEqual({ users: ['alice'], count: 1 });
    expect(workflows.origin).toBe('.mandate.yml');
  });

  it.each([
    [
      'reviews:\n  - name: a\n    when: { content: [{ pattern: "(" }] }\n    require: { teams: [acme/x] }\n',
      /\.mandate\.yml:3:.*not a valid regular expression/,
    ],
    [
      'reviews:\n  - name: a\n    when: { paths: [x] }\n    require: { teams: [acme/x] }\n  - name: a\n    when: { paths: [y] }\n    require: { teams: [acme/x] }\n',
      /used twice/,
    ],
    ['reviews:\n  - name: a\n    when: { paths: [x] }\n    require: {}\n', /requires nobody/],
    ['reviews:\n  - name: a\n    when: {}\n    require: { teams: [acme/x] }\n', /when/],
    [
      'reviews:\n  - name: Bad Name\n    when: { paths: [x] }\n    require: { teams: [acme/x] }\n',
      /name/,
    ],
    [
      'reviews:\n  - name: a\n    when: { path: [x] }\n    require: { teams: [acme/x] }\n',
      /unknown key `path`/,
    ],
    ['disable: [review/nope]\n', /review\/nope/],
  ])('rejects bad review config %#', (text, message) => {
    expect(() => requirementsFor(text)).toThrow(message);
  });
});

describe('the reviews-recommended pack', () => {
  const schema = JSON.parse(readFileSync('schema/mandate.schema.json', 'utf8'));
  const ajv = new Ajv.default({ strict: false, allErrors: true });
  const validate = ajv.compile({
    ...schema,
    properties: { reviews: schema.properties.reviews },
    required: [],
  });

  it('is valid `reviews:` config', () => {
    expect(validate({ reviews: pack.reviews }), JSON.stringify(validate.errors)).toBe(true);
  });

  const cases: [string, string, string[]][] = [
    ['mandate-config', '.mandate.yml', ['extends: []']],
    ['mandate-config', '.mandateignore', ['x']],
    ['workflows', '.github/workflows/ci.yml', ['on: push']],
    ['codeowners', '.github/CODEOWNERS', ['* @acme/x']],
    ['codeowners', 'CODEOWNERS', ['* @acme/x']],
    ['hook-config', '.husky/pre-commit', ['npx mandate scan --staged']],
    ['hook-config', 'lefthook.yml', ['pre-commit:']],
    ['hook-config', '.pre-commit-config.yaml', ['repos: []']],
    ['iam-wildcard', 'iam/policy.json', ['    "Action": "*",']],
    ['iam-wildcard', 'iam/policy.json', ['    "Action": ["s3:*"],']],
    ['iam-wildcard', 'main.tf', ['    actions   = ["*"]']],
    [
      'iam-wildcard',
      'infra/role.tf',
      ['  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"'],
    ],
    ['iam-wildcard', 'infra/main.tf', ['      Action   = "*"']],
    ['iam-wildcard', 'cfn/stack.yaml', ['            Action: "*"']],
    ['iam-wildcard', 'cfn/stack.yaml', ["          - Action: '*'"]],
    ['ai-sdk-dependency', 'package.json', ['    "openai": "^4.0.0",']],
    ['ai-sdk-dependency', 'web/package.json', ['    "@anthropic-ai/sdk": "^0.30.0"']],
    ['ai-sdk-dependency', 'requirements.txt', ['anthropic==0.34.0']],
    ['ai-sdk-dependency', 'requirements-dev.txt', ['langchain-openai>=0.1']],
    ['ai-sdk-dependency', 'pyproject.toml', ['  "openai>=1.0",']],
    ['ai-sdk-dependency', 'pyproject.toml', ['google-generativeai = "^0.8"']],
    ['ai-sdk-dependency', 'go.mod', ['\tgithub.com/sashabaranov/go-openai v1.20.0']],
    ['ai-sdk-dependency', 'go.mod', ['\tgithub.com/anthropics/anthropic-sdk-go v0.2.0']],
  ];
  const quiet: [string, string[]][] = [
    ['iam/policy.json', ['    "Action": "s3:GetObject",']],
    ['main.tf', ['    actions = ["s3:GetObject"]']],
    ['package.json', ['    "express": "^4.0.0",']],
    ['package.json', ['  "description": "uses openai"']],
    ['requirements.txt', ['requests==2.0']],
    ['pyproject.toml', ['name = "openai-wrapper-docs"']],
    ['README.md', ['"Action": "*"']],
    ['src/app.ts', ['import OpenAI from "openai";']],
  ];

  // Both tables through the one rule tester (test/support/rule-tester.ts): each case must
  // trigger exactly its requirement, at its line (a content pattern) or by its path (line 0),
  // each quiet one nothing, and no case may appear twice.
  ruleTester(
    'the reviews-recommended pack, case by case',
    reviewFamily(requirementsFor(CONFIG)),
    reviewPackTables(pack, cases, quiet),
  );
});

describe('the hook preview', () => {
  it('says which approvals a change will need, never blocking', async () => {
    const requirements = requirementsFor(`${CONFIG}reviews:
  - name: release
    when: { all: [{ paths: ["src/**"] }, { labels: [release] }] }
    require: { teams: [acme/release] }
`);
    const results = await evaluateReviews(
      requirements,
      localFacts([file('.github/workflows/ci.yml', ['x']), file('src/a.ts', ['y'])]),
    );
    expect(results.find((r) => r.name === 'workflows')!.status).toBe('not-applicable');
    const text = formatPreview(results).join('\n');
    expect(text).toContain('not applicable locally');
    expect(text).toContain(
      'review/workflows will need an approval from @acme/security on the pull request.',
    );
    expect(text).toContain(
      'review/release will need an approval from @acme/release on the pull request (if its labels, author or base branch match)',
    );
    expect(text).not.toContain('review/iam-wildcard');
  });
});
