/**
 * A rule that finds a value by the provider name before it (tag `keyword-anchored`) reads that
 * name only where it starts a word or a camelCase part: `OKTA_API_TOKEN`, `okta.token`,
 * `myOktaToken`, never `rookTable` (which holds `okTa`). The engine checks it at the keyword
 * start, case-sensitively (the rules' regexes are case-insensitive, so a look-behind in them
 * cannot tell `myOkta` from `rookTa`), for every such rule — checked here on each rule's own
 * first positive example, with the name pushed inside a word and made a camelCase part.
 */
import { describe, expect, test } from 'vitest';
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { isWordStart } from '../../src/core/secret/identifier.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import { addedFile } from '../../src/rules/example-cases.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { compose } from '../support/compose.js';

const rules: SecretRuleSpec[] =
  builtinPacks().find((pack) => pack.name === 'recommended')?.rules ?? [];
const compiled = compileRules(rules, {
  allowlist: { paths: [], regexes: [], stopwords: [] },
  overrides: {},
});

function scan(text: string, path = 'src/settings.ts') {
  return scanFile(addedFile(path, text), compiled);
}

function idsIn(text: string): string[] {
  return scan(text).map((finding) => finding.ruleId);
}

describe('isWordStart', () => {
  test.each([
    ['OKTA_API_TOKEN', 0, true],
    ['export OKTA_API_TOKEN', 7, true],
    ['"okta.token"', 1, true],
    ['my_okta', 3, true],
    ['v2okta', 2, true],
    ['myOktaToken', 2, true],
    ['HTTPOktaClient', 4, true],
    ['rookTable', 2, false],
    ['rOOKTABLE', 2, false],
    ['myokta', 2, false],
    ['HTTPOKTA', 4, false],
  ] as const)('%s at %i → %s', (text, at, expected) => {
    expect(isWordStart(text, at)).toBe(expected);
  });
});

describe('Okta: a name inside a word is not Okta', () => {
  const token = compose('00{{alnum:40}}', 7);

  test('rookTable is not Okta; okta_token, OKTA_API_TOKEN and myOktaToken are', () => {
    expect(idsIn(`const rookTable = "${token}"`)).not.toContain('secret/okta-api-token');
    expect(idsIn(`rookTable: ${token}`)).not.toContain('secret/okta-api-token');
    expect(idsIn(`okta_token=${token}`)).toContain('secret/okta-api-token');
    expect(idsIn(`OKTA_API_TOKEN=${token}`)).toContain('secret/okta-api-token');
    expect(idsIn(`const myOktaToken = "${token}"`)).toContain('secret/okta-api-token');
  });

  test.each([
    ['keyword starts (the automaton)', 0],
    ['a whole-text regex (before the automaton)', Number.MAX_SAFE_INTEGER],
  ])('the same through %s', (_, automatonAfter) => {
    const only = compileRules(
      rules.filter((rule) => rule.id === 'secret/okta-api-token'),
      { allowlist: { paths: [], regexes: [], stopwords: [] }, overrides: {}, automatonAfter },
    );
    const found = (text: string) =>
      scanFile(
        {
          path: 'src/settings.ts',
          status: 'added',
          hunks: [{ startLine: 1, text }],
          size: text.length,
          lines: 1,
          binary: false,
        },
        only,
      ).length;
    expect(found(`const rookTable = "${token}"`)).toBe(0);
    expect(found(`rookTable = okta_token = "${token}"`)).toBe(1);
    expect(found(`const myOktaToken = "${token}"`)).toBe(1);
    expect(found(`OKTA_API_TOKEN=${token}`)).toBe(1);
  });

  test('a rejected name inside a word does not hide a real one after it', () => {
    const text = `rookTable = okta_token = "${token}"`;
    const okta = scan(text).filter((finding) => finding.ruleId === 'secret/okta-api-token');
    expect(okta).toHaveLength(1);
    expect(okta[0]?.column).toBe(text.indexOf(token) + 1);
  });
});

const anchored = rules.filter((rule) => rule.tags?.includes('keyword-anchored'));

/** The first positive example of a rule and where its match (its keyword) starts. */
function example(rule: SecretRuleSpec): { text: string; at: number } | undefined {
  const text = compose(rule.examples?.positive[0] ?? '', 5);
  const match = new RegExp(rule.regex, `${rule.flags ?? ''}g`).exec(text);
  return match === null ? undefined : { text, at: match.index };
}

describe('every keyword-anchored rule', () => {
  test('the engine runs every keyword-anchored rule with the word-start check', () => {
    expect(anchored.length).toBeGreaterThan(150);
    const unchecked = compiled.rules
      .filter((rule) => anchored.some((spec) => spec.id === rule.id) && !rule.wordStart)
      .map((rule) => rule.id);
    expect(unchecked, 'keyword-anchored rules that are not keyword-led').toEqual([]);
  });

  test.each(anchored.map((rule) => [rule.id, rule] as const))(
    '%s: its name inside a word finds nothing, as a camelCase part it is found',
    (id, rule) => {
      const found = example(rule);
      expect(found, 'the first positive example matches').toBeDefined();
      const { text, at } = found!;
      const head = text.slice(0, at);
      const first = text[at]!;
      const tail = text.slice(at + 1);
      expect(idsIn(text)).toContain(id);
      // Inside a word the name is not read; another of the rule's names later in the same
      // identifier may still start a word there (`zqaws_SECRET_ACCESS_KEY`).
      const inside = `${head}zq${first.toLowerCase()}${tail}`;
      const sticky = new RegExp(rule.regex, `${rule.flags ?? ''}y`);
      const later = [...inside.slice(at + 3)].some((_, i) => {
        sticky.lastIndex = at + 3 + i;
        return isWordStart(inside, at + 3 + i) && sticky.test(inside);
      });
      if (later) expect(idsIn(inside)).toContain(id);
      else expect(idsIn(inside)).not.toContain(id);
      expect(idsIn(`${head}my${first.toUpperCase()}${tail}`)).toContain(id);
    },
  );
});
