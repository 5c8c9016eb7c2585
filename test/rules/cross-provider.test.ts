/**
 * A positive example of one provider's rule is reported by no other provider's rule: a
 * finding named after the wrong provider sends the developer to rotate the wrong key. Every
 * positive example of every built-in rule is scanned with all built-in rules together, as in a
 * real scan; a finding from a rule of another provider on any line of it fails the test. Rules
 * that name a format rather than a provider (the generic rules, JWT, PEM private keys, a
 * password given as a command-line option, an API-key HTTP header) may also report it: their
 * hint is about the format.
 */
import { describe, expect, test } from 'vitest';
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import { addedFile } from '../../src/rules/example-cases.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { composeDetailed } from '../support/compose.js';

const rules: SecretRuleSpec[] = builtinPacks().flatMap((pack) => pack.rules);
const compiled = compileRules(rules, {
  allowlist: { paths: [], regexes: [], stopwords: [] },
  overrides: {},
});
const providerOf = new Map(rules.map((rule) => [rule.id, rule.provider]));
/** Providers that are formats, not services: their findings name no service to rotate at. */
const FORMATS = new Set(['Generic', 'JWT', 'Cryptography', 'CLI', 'HTTP']);

function findings(text: string) {
  return scanFile(addedFile('src/settings.txt', text), compiled);
}

describe('no positive example is reported by another provider’s rule', () => {
  test.each(rules.filter((rule) => !FORMATS.has(rule.provider)).map((r) => [r.id, r] as const))(
    '%s',
    (id, rule) => {
      for (const template of rule.examples?.positive ?? []) {
        for (const seed of [1, 2]) {
          const { text } = composeDetailed(template, seed);
          const others = findings(text)
            .filter((f) => !FORMATS.has(providerOf.get(f.ruleId) ?? 'Generic'))
            .filter((f) => providerOf.get(f.ruleId) !== rule.provider)
            .map((f) => `${f.ruleId} (${providerOf.get(f.ruleId)})`);
          expect(others, `${id}, seed ${seed}, in:\n${text}`).toEqual([]);
        }
      }
    },
  );

  test('the check sees a wrong-provider finding', () => {
    // A Slack bot token inside an example of another rule is reported as Slack's.
    const slack = rules.find((rule) => rule.id === 'secret/slack-bot-token');
    const text = composeDetailed(slack?.examples?.positive[0] ?? '', 1).text;
    expect(findings(`VULTR_API_KEY=${text}`).map((f) => providerOf.get(f.ruleId))).toContain(
      'Slack',
    );
  });
});
