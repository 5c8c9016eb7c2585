/**
 * A token whose prefix and shape name its provider blocks wherever it appears — in a URL, a
 * header, an escaped JSON string inside a YAML value, a command-line flag, prose — with no
 * provider name near it. Context words are for formats that are otherwise ambiguous; a
 * `structured` rule must not need them. Each structured rule's first positive example gives
 * the token (as the rule captures it), which is then placed in every context below. Rules that
 * cannot find their token standing alone (a key inside `AccountKey=…;`, a bootstrap token after
 * `token:`) are context rules by design and are left out.
 */
import { describe, expect, test } from 'vitest';
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import { addedFile } from '../../src/rules/example-cases.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { captureSecret, compose } from '../support/compose.js';

const rules: SecretRuleSpec[] =
  builtinPacks().find((pack) => pack.name === 'recommended')?.rules ?? [];
const compiled = compileRules(rules, {
  allowlist: { paths: [], regexes: [], stopwords: [] },
  overrides: {},
});

/** Prefixed tokens: structured, and not a whole URL, PEM block or key file (their own shapes). */
const prefixed = rules.filter(
  (rule) =>
    rule.tags?.includes('structured') &&
    !rule.tags.includes('uri') &&
    !rule.tags.includes('private-key') &&
    rule.validator !== 'private-key',
);

/** The token a rule captures from its first positive example, when it also finds it alone. */
function standaloneToken(rule: SecretRuleSpec): string | undefined {
  const token = captureSecret(rule, compose(rule.examples?.positive[0] ?? '', 3));
  return token !== undefined && captureSecret(rule, token) === token ? token : undefined;
}

const CONTEXTS: Record<string, (token: string) => string> = {
  'a URL query': (t) => `fetch("https://api.example.net/v2/export?format=csv&auth=${t}&page=2")`,
  'an HTTP header': (t) => `curl -sS -H "X-Custom-Auth: ${t}" https://api.example.net/v1/me`,
  'escaped JSON in a YAML value': (t) =>
    `settings:\n  payload: "{\\"service\\": {\\"credential\\": \\"${t}\\"}}"`,
  'a CLI flag': (t) => `./deploy.sh --credential=${t} --region eu-west-1`,
  'a CLI flag with a space': (t) => `tool login --with ${t} --verbose`,
  prose: (t) => `Until the rotation, the job uses ${t} as its credential.`,
};

function scan(text: string) {
  return scanFile(addedFile('notes/runbook.md', text), compiled);
}

describe('prefixed tokens block without context', () => {
  test('covers the structured rules of the recommended pack', () => {
    expect(prefixed.length).toBeGreaterThan(150);
    for (const id of ['secret/vercel-prefixed-token', 'secret/slack-config-token']) {
      expect(prefixed.map((rule) => rule.id)).toContain(id);
    }
  });

  const standalone = prefixed.filter((rule) => standaloneToken(rule) !== undefined);

  test('most structured rules find their token standing alone', () => {
    expect(standalone.length).toBeGreaterThan(prefixed.length * 0.9);
  });

  test.each(standalone.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const token = standaloneToken(rule);
    const blocks = rule.severity === 'critical' || rule.severity === 'high';
    for (const [where, place] of Object.entries(CONTEXTS)) {
      const mine = scan(place(token ?? '')).filter((f) => f.ruleId === id);
      expect(mine.length, `${id} not found in ${where}`).toBeGreaterThan(0);
      expect(
        mine.every((f) => f.blocking === true),
        `${id} in ${where}`,
      ).toBe(true);
      if (blocks) expect(mine[0]?.severity, `${id} in ${where}`).toMatch(/^(critical|high)$/);
    }
  });
});
