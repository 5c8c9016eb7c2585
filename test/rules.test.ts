/**
 * The built-in rule pack as a table: every rule's positive examples must be found (by that rule,
 * on the right line) and its negative examples must not be, with all rules compiled together
 * as in a real scan. Examples are templates composed at run time (test/support/compose.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { SecretRuleSpec } from '../src/core/rule-spec.js';
import { compileRules } from '../src/core/secret/compile.js';
import { scanFile } from '../src/core/secret/scan-file.js';
import {
  validateGithubChecksum,
  validateJwt,
  validateNpmChecksum,
  validatePrivateKey,
} from '../src/core/secret/validators.js';
import type { ChangedFile, RawFinding } from '../src/core/types.js';
import { builtinPacks } from '../src/rules/packs.js';
import { compose, composeDetailed, examplesFor, positiveSamples } from './support/compose.js';
import {
  compileTogether,
  packExamples,
  ruleTester,
  SEEDS,
  secretFamily,
} from './support/rule-tester.js';

const packs = builtinPacks();
const recommended = packs.find((p) => p.name === 'recommended');
const rules: SecretRuleSpec[] = recommended?.rules ?? [];
const compiled = compileRules(rules, {
  allowlist: { paths: [], regexes: [], stopwords: [] },
  overrides: {},
});

/** Hunks start here so a finding's line must account for the hunk offset. */
const START_LINE = 10;

function scanText(text: string, path = 'src/settings.txt'): RawFinding[] {
  const file: ChangedFile = {
    path,
    status: 'added',
    hunks: [{ startLine: START_LINE, text }],
    size: text.length,
    lines: text.split('\n').length,
    binary: false,
  };
  return scanFile(file, compiled);
}

/** Runs a validator on a bare secret (the whole match is the secret itself). */
function check(validator: (secret: string, match: string) => boolean, secret: string): boolean {
  return validator(secret, secret);
}

/** What would block under the default policy: a blocking rule at high severity or above. */
function wouldBlock(finding: RawFinding): boolean {
  return finding.blocking && (finding.severity === 'critical' || finding.severity === 'high');
}

describe('the recommended pack (meta)', () => {
  test('exists and is the pack named "recommended"', () => {
    expect(recommended).toBeDefined();
  });

  test('has at least 60 provider rules plus exactly one generic secret rule', () => {
    const generic = rules.filter((r) => r.provider === 'Generic');
    expect(rules.length - generic.length).toBeGreaterThanOrEqual(60);
    expect(rules.filter((r) => r.id === 'secret/generic-secret')).toHaveLength(1);
    expect(generic.every((r) => r.blocking === false)).toBe(true);
  });

  test('rule ids are unique, `secret/` prefixed and kebab-case', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^secret\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test.each(rules.map((r) => [r.id, r] as const))('%s is complete', (_id, rule) => {
    expect(rule.title.length).toBeGreaterThan(3);
    expect(rule.provider.length).toBeGreaterThan(1);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.remediation.length).toBeGreaterThan(40);
    expect(['critical', 'high', 'medium', 'low', 'info']).toContain(rule.severity);
    expect(rule.keywords.length).toBeGreaterThan(0);
    for (const keyword of rule.keywords) {
      expect(keyword).toBe(keyword.toLowerCase());
      expect(keyword.length).toBeGreaterThan(1);
    }
    expect(() => new RegExp(rule.regex, `${rule.flags ?? ''}g`)).not.toThrow();
    expect(rule.regex).toContain('(?<secret>');
    expect(rule.examples?.positive.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(rule.examples?.negative.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  test('every match of every positive example contains one of the rule keywords', () => {
    for (const rule of rules) {
      const regex = new RegExp(rule.regex, `${rule.flags ?? ''}g`);
      for (const example of examplesFor(rule).filter((e) => e.kind === 'positive')) {
        for (const match of example.text.matchAll(regex)) {
          const text = match[0].toLowerCase();
          expect(
            rule.keywords.some((k) => text.includes(k)),
            `${rule.id}: a match holds none of its keywords, so the prefilter would skip it`,
          ).toBe(true);
        }
      }
    }
  });

  test('severities follow the policy: private keys and cloud root keys are critical', () => {
    const severity = (id: string) => rules.find((r) => r.id === id)?.severity;
    for (const id of [
      'secret/aws-access-key-id',
      'secret/aws-secret-access-key',
      'secret/gcp-service-account',
      'secret/azure-storage-account-key',
      'secret/private-key',
      'secret/ssh-private-key',
      'secret/pgp-private-key',
    ]) {
      expect(severity(id), id).toBe('critical');
    }
    expect(severity('secret/jwt')).toBe('medium');
    expect(severity('secret/generic-secret')).toBe('medium');
  });

  // One entry per provider of /work/shared/reference.md's table (plus the required extras).
  const REQUIRED: Record<string, string[]> = {
    AWS: ['secret/aws-access-key-id', 'secret/aws-secret-access-key'],
    GitHub: [
      'secret/github-pat',
      'secret/github-oauth-token',
      'secret/github-user-to-server-token',
      'secret/github-server-to-server-token',
      'secret/github-refresh-token',
      'secret/github-fine-grained-pat',
      'secret/github-app-installation-token',
    ],
    GitLab: ['secret/gitlab-pat'],
    Slack: [
      'secret/slack-bot-token',
      'secret/slack-user-token',
      'secret/slack-app-token',
      'secret/slack-webhook-url',
    ],
    Stripe: [
      'secret/stripe-live-secret-key',
      'secret/stripe-test-secret-key',
      'secret/stripe-restricted-key',
      'secret/stripe-webhook-secret',
    ],
    OpenAI: ['secret/openai-api-key', 'secret/openai-admin-key'],
    Anthropic: ['secret/anthropic-api-key', 'secret/anthropic-admin-key'],
    'Hugging Face': ['secret/huggingface-token'],
    Google: ['secret/google-api-key'],
    'Google Cloud': ['secret/gcp-service-account'],
    Groq: ['secret/groq-api-key'],
    Replicate: ['secret/replicate-api-token'],
    xAI: ['secret/xai-api-key'],
    OpenRouter: ['secret/openrouter-api-key'],
    Pinecone: ['secret/pinecone-api-key'],
    'Weights & Biases': ['secret/wandb-api-key', 'secret/wandb-legacy-api-key'],
    Cohere: ['secret/cohere-api-key'],
    'Mistral AI': ['secret/mistral-api-key'],
    npm: ['secret/npm-token'],
    PyPI: ['secret/pypi-token'],
    Databricks: ['secret/databricks-token'],
    SendGrid: ['secret/sendgrid-api-key'],
    Twilio: ['secret/twilio-api-key'],
    Mailgun: ['secret/mailgun-api-key'],
    Shopify: ['secret/shopify-access-token', 'secret/shopify-shared-secret'],
    Azure: ['secret/azure-storage-account-key', 'secret/azure-ad-client-secret'],
    Datadog: ['secret/datadog-api-key'],
    Cloudflare: ['secret/cloudflare-api-token'],
    Cryptography: ['secret/private-key', 'secret/ssh-private-key', 'secret/pgp-private-key'],
    JWT: ['secret/jwt'],
    PostgreSQL: ['secret/postgres-uri'],
    MySQL: ['secret/mysql-uri'],
    MongoDB: ['secret/mongodb-uri'],
    Redis: ['secret/redis-uri'],
    RabbitMQ: ['secret/amqp-uri'],
    Perplexity: ['secret/perplexity-api-key'],
    LangChain: ['secret/langsmith-api-key'],
    Langfuse: ['secret/langfuse-secret-key'],
    Generic: ['secret/generic-secret', 'secret/generic-password-in-url'],
  };

  test.each(Object.entries(REQUIRED))('covers %s', (provider, ids) => {
    for (const id of ids) {
      const rule = rules.find((r) => r.id === id);
      expect(rule, `missing rule ${id}`).toBeDefined();
      expect(rule?.provider).toBe(provider);
    }
  });

  test('rules that need a structural check declare their validator', () => {
    const validator = (id: string) => rules.find((r) => r.id === id)?.validator;
    expect(validator('secret/github-pat')).toBe('github-checksum');
    expect(validator('secret/npm-token')).toBe('npm-checksum');
    expect(validator('secret/openai-api-key')).toBe('openai-marker');
    expect(validator('secret/groq-api-key')).toBe('groq-marker');
    expect(validator('secret/gcp-service-account')).toBe('gcp-service-account');
    expect(validator('secret/private-key')).toBe('private-key');
    expect(validator('secret/jwt')).toBe('jwt');
    expect(validator('secret/postgres-uri')).toBe('connection-uri');
  });

  test('docs/rules.md lists every rule with its severity', () => {
    const doc = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
    for (const rule of rules) {
      const row = doc.split('\n').find((line) => line.includes(`\`${rule.id}\``));
      expect(
        row,
        `docs/rules.md has no row for ${rule.id}; run node scripts/gen-rules-doc.mjs`,
      ).toBeDefined();
      const cells = (row ?? '').split('|').map((cell) => cell.trim());
      expect(cells).toContain(rule.severity);
      expect(cells).toContain(rule.blocking === false ? 'no' : 'yes');
    }
  });
});

describe('test/support/compose', () => {
  test('is deterministic for a seed and varies across seeds', () => {
    const template = 'KEY={{alnum:32}} {{hex:8}} {{jwt}}';
    expect(compose(template, 7)).toBe(compose(template, 7));
    expect(compose(template, 7)).not.toBe(compose(template, 8));
  });

  test('expands every generator and leaves no placeholder behind', () => {
    const text = compose(
      '{{alnum:5}}|{{lower:5}}|{{upper:5}}|{{letters:5}}|{{hex:5}}|{{HEX:5}}|{{digits:5}}|{{base32:5}}|{{base64:5}}|{{base64url:5}}|{{bech32:5}}|{{uuid}}|{{lit:a{b}}|{{mark}}',
    );
    const parts = text.split('|');
    expect(parts[0]).toMatch(/^[A-Za-z0-9]{5}$/);
    expect(parts[1]).toMatch(/^[a-z0-9]{5}$/);
    expect(parts[2]).toMatch(/^[A-Z0-9]{5}$/);
    expect(parts[3]).toMatch(/^[A-Za-z]{5}$/);
    expect(parts[4]).toMatch(/^[a-f0-9]{5}$/);
    expect(parts[5]).toMatch(/^[A-F0-9]{5}$/);
    expect(parts[6]).toMatch(/^[0-9]{5}$/);
    expect(parts[7]).toMatch(/^[A-Z2-7]{5}$/);
    expect(parts[8]).toMatch(/^[A-Za-z0-9+/]{5}$/);
    expect(parts[9]).toMatch(/^[A-Za-z0-9_-]{5}$/);
    expect(parts[10]).toMatch(/^[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{5}$/);
    expect(parts[11]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parts[12]).toBe('a{b');
    expect(parts[13]).toBe('');
    expect(() => compose('{{nope:3}}')).toThrow(/unknown generator/);
  });

  test('composed structured secrets pass (or deliberately fail) the engine validators', () => {
    for (const seed of SEEDS) {
      expect(check(validateGithubChecksum, compose('{{github:ghp_}}', seed))).toBe(true);
      expect(check(validateGithubChecksum, compose('{{github-badcrc:ghp_}}', seed))).toBe(false);
      expect(check(validateNpmChecksum, compose('{{npm}}', seed))).toBe(true);
      expect(check(validateNpmChecksum, compose('{{npm-badcrc}}', seed))).toBe(false);
      expect(validateJwt(compose('{{jwt}}', seed))).toBe(true);
      expect(validatePrivateKey(compose('{{pem:RSA PRIVATE KEY}}', seed))).toBe(true);
      expect(validatePrivateKey(compose('{{pem-escaped:PRIVATE KEY}}', seed))).toBe(true);
    }
  });

  test('reports the expected line: the first generated value, or {{mark}}', () => {
    expect(composeDetailed('a\nb={{hex:4}}\nc={{hex:4}}').line).toBe(2);
    expect(composeDetailed('a={{hex:4}}\n{{mark}}b={{hex:4}}').line).toBe(2);
    expect(composeDetailed('{{lit:x}}\n{{hex:4}}').line).toBe(2);
  });

  test('positiveSamples gives one sample per rule with a hint of its secret', () => {
    const samples = positiveSamples();
    expect(samples.map((s) => s.ruleId)).toEqual(rules.map((r) => r.id));
    for (const sample of samples) {
      expect(sample.secretHint?.length ?? 0, sample.ruleId).toBeGreaterThanOrEqual(8);
      expect(sample.text).toContain(sample.secretHint);
    }
  });
});

/**
 * Every built-in rule's `examples:` through the one rule tester: each positive example must be
 * reported by its rule at the template's line and column, each negative one not at all, with
 * the rules of every built-in pack compiled together as in a real scan.
 */
const everyRule = packs.flatMap((pack) => pack.rules);
const together = compileTogether(everyRule);
for (const rule of everyRule) {
  ruleTester(rule.id, secretFamily([rule], together), packExamples([rule]));
}

describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const positives = rule.examples?.positive ?? [];
  const negatives = rule.examples?.negative ?? [];

  test.each(positives.map((t, i) => [i + 1, t] as const))(
    'positive example %i captures a generated value of 8 or more characters',
    (_n, template) => {
      for (const seed of SEEDS) {
        const example = composeDetailed(template, seed);
        const mine = scanText(example.text).filter((f) => f.ruleId === id);
        expect(mine[0]?.secret.length ?? 0).toBeGreaterThanOrEqual(8);
        // The secret group holds a generated value (not, say, the variable name before it).
        const values = example.generated.filter((v) => v.length >= 8);
        expect(
          mine.some((f) => values.some((v) => f.secret.includes(v) || v.includes(f.secret))),
          `seed ${seed}: the secret group does not cover a generated value`,
        ).toBe(true);
      }
    },
  );

  test.each(negatives.map((t, i) => [i + 1, t] as const))(
    'negative example %i would not block under any rule',
    (_n, template) => {
      for (const seed of SEEDS) {
        const text = compose(template, seed);
        expect(
          scanText(text)
            .filter(wouldBlock)
            .map((f) => f.ruleId),
          `seed ${seed}: a look-alike would block the commit:\n${text}`,
        ).toEqual([]);
      }
    },
  );
});
