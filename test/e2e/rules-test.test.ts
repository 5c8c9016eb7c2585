/**
 * `mandate rules --test`: a user's custom rules against their own `examples:` (templates, so the
 * config holds no secret), through the built CLI in a real repository.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/git.js';
import { ensureBuilt, mandate } from './helpers.js';

beforeAll(() => {
  ensureBuilt();
});

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

function configWith(examples: string, extra = ''): string {
  return `extends: [recommended]
rules:
  - id: secret/acme-token
    title: Acme token
    keywords: [acme_]
    regex: '\\b(?<secret>acme_[a-z0-9]{32})\\b'
    examples:
${examples}
${extra}`;
}

const GOOD = `      positive:
        - 'ACME_TOKEN={{lit:acme_}}{{lower:32}}'
        - |-
          # a comment first
          token: "{{lit:acme_}}{{lower:32}}"
      negative:
        - 'ACME_TOKEN={{lit:acme_}}{{lower:8}}'`;

function run(config: string) {
  repo = makeRepo();
  repo.commit('init', { '.mandate.yml': config });
  return mandate(repo.dir, ['rules', '--test']);
}

describe('mandate rules --test', () => {
  it('passes when every example holds, and says how many ran', () => {
    const result = run(configWith(GOOD));
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('✔ 3 examples of 1 custom rule pass (.mandate.yml).');
    expect(result.status).toBe(0);
  });

  it('exits 1 on a positive example the rule misses, naming rule, example, expected and found', () => {
    const result = run(
      configWith(`      positive:
        - 'ACME_TOKEN={{lit:acme_}}{{upper:32}}'
      negative:
        - 'ACME_TOKEN={{lit:acme_}}{{lower:8}}'`),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      '✗ secret/acme-token, positive example 1: expected secret/acme-token at 1:17, found nothing.',
    );
    expect(result.stdout).toContain('1 example of 2 examples failed (.mandate.yml).');
  });

  it('exits 1 on a negative example the rule reports, with the value redacted', () => {
    const result = run(
      configWith(`      positive:
        - 'ACME_TOKEN={{lit:acme_}}{{lower:32}}'
      negative:
        - 'ACME_TOKEN={{lit:acme_}}{{lit:k}}{{lower:31}}'`),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /✗ secret\/acme-token, negative example 1: expected no finding, found secret\/acme-token at 1:12 \(acme_k…\(37 chars\)\)\./,
    );
    // The composed value itself is never printed.
    expect(result.stdout).not.toMatch(/acme_k[a-z0-9]{31}/);
  });

  it('says which custom rules have no examples, and that there is nothing to test without any', () => {
    const result = run(
      `${configWith(GOOD)}  - id: secret/acme-legacy
    title: Acme legacy key
    keywords: [acmekey]
    regex: 'acmekey-(?<secret>[0-9a-f]{40})'
`,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 custom rule has no `examples:` (secret/acme-legacy)');
    const none = run('extends: [recommended]\n');
    expect(none.status).toBe(0);
    expect(none.stdout).toContain('No custom rules in .mandate.yml: nothing to test.');
  });
});
