import { describe, expect, test } from 'vitest';
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import {
  analyseRule,
  findAnchor,
  prebuiltAnalysis,
  ruleAnalysis,
} from '../../src/core/secret/anchor.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { EMPTY_ALLOWLIST, fileOf, generator } from './helpers.js';

describe('findAnchor', () => {
  test.each([
    [
      '(?<![a-z])[a-z][a-z0-9+.-]{1,20}:\\/\\/[^@\\s]+@',
      'gd',
      { literal: '://', maxBefore: 21, minBefore: 2 },
    ],
    ['[a-z]{1,20}://x', 'gd', { literal: '://x', maxBefore: 20, minBefore: 1 }],
    ['(?:a|bc)d{2}xyz', 'gd', { literal: 'xyz', maxBefore: 4, minBefore: 3 }],
    ['.{0,3}a\\x2dbc', 'gd', { literal: 'a-bc', maxBefore: 3, minBefore: 0 }],
    // Starts with a literal: the regex engine scans for it fast, no anchor.
    ['postgres(?:ql)?://[^@]+@', 'gd', null],
    ['(?<![a-z])ghp_[A-Za-z0-9]{36}', 'gd', null],
    // Not provable or not worth it.
    ['a|b://', 'gd', null],
    ['\\w+://', 'gd', null],
    ['.{0,3}abc', 'gdi', null],
    ['[a-z]{1,100}://', 'gd', null],
    ['(a)\\1://', 'gd', null],
    ['x?://', 'gd', { literal: '://', maxBefore: 1, minBefore: 0 }],
    // A literal inside a group without alternation or quantifier counts as in the sequence.
    [
      '(?<![A-Za-z0-9_:/])(?<secret>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])',
      'gd',
      { literal: ':AA', maxBefore: 10, minBefore: 8 },
    ],
    ['(?:[a-z]{2}(?<k>[0-9]_v1_))x', 'gd', { literal: '_v1_x', maxBefore: 3, minBefore: 3 }],
    ['(?:[a-z]{2}:AA)?xy', 'gd', null],
    ['(?:[a-z]{2}:AA){2}', 'gd', null],
    ['(?:[a-z]{2}:AA|b)', 'gd', null],
  ])('%s (%s)', (source, flags, expected) => {
    expect(findAnchor(source, flags)).toEqual(expected);
  });
});

test('an anchored rule finds exactly what a global scan finds', () => {
  const spec: SecretRuleSpec = {
    id: 'secret/url-password',
    title: 'Password in URL',
    provider: 'Generic',
    description: 'x',
    severity: 'high',
    keywords: ['://'],
    regex:
      '(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,20}://[^\\s:@/]{1,20}:(?<secret>[^\\s:@/]{3,40})@[a-z.]+',
    remediation: 'x',
  };
  const rules = compileRules([spec], { allowlist: EMPTY_ALLOWLIST, overrides: {} });
  expect(rules.rules[0]!.anchor).not.toBeNull();
  const gen = generator(17);
  const parts = [
    '://',
    'https://',
    'a://b',
    'x+y.z://',
    ' ',
    '\n',
    ':',
    '@',
    'host.org',
    'u',
    'Pq7',
    'ab',
    'Z',
  ];
  for (let round = 0; round < 300; round++) {
    let text = '';
    const count = 5 + Math.floor(gen('0123456789', 1).charCodeAt(0) % 40);
    for (let i = 0; i < count; i++)
      text += parts[gen('0123456789abc', 1).charCodeAt(0) % parts.length];
    text += `scheme://user:${gen('ABCDEFGH', 12)}@db.org`;
    const expected: [number, string][] = [];
    const global = new RegExp(spec.regex, 'g');
    for (const m of text.matchAll(global))
      expected.push([
        m.index + m[0].indexOf(m.groups!.secret!, m[0].indexOf('://')),
        m.groups!.secret!,
      ]);
    const found = scanFile(fileOf('a.txt', text), rules).map((f): [number, string] => [
      f.column -
        1 +
        text
          .split('\n')
          .slice(0, f.line - 1)
          .join('\n').length +
        (f.line > 1 ? 1 : 0),
      f.secret,
    ]);
    expect(found).toEqual(expected);
  }
});

describe('the build-time analysis of the built-in rules', () => {
  const rules = builtinPacks().flatMap((pack) => pack.rules);
  const flagsOf = (rule: SecretRuleSpec) => (rule.flags === 'i' ? 'gi' : 'g');

  test('covers every built-in rule and says what the analysis says now', () => {
    expect(rules.length).toBeGreaterThan(300);
    for (const rule of rules) {
      const flags = flagsOf(rule);
      const known = prebuiltAnalysis(rule.id, rule.regex, flags, rule.keywords);
      expect(known, rule.id).toBeDefined();
      const now = ruleAnalysis(rule.regex, flags, rule.keywords);
      expect(known, rule.id).toMatchObject(now);
      expect(analyseRule(rule.id, rule.regex, flags, rule.keywords), rule.id).toEqual(now);
    }
  });

  test('a rule whose regex, flags or keywords a config changed is analysed at run time', () => {
    const rule = rules.find(
      (r) => analyseRule(r.id, r.regex, flagsOf(r), r.keywords).anchor !== null,
    )!;
    expect(rule).toBeDefined();
    const flags = flagsOf(rule);
    const edited = `${rule.regex}(?:x)?`;
    expect(prebuiltAnalysis(rule.id, edited, flags, rule.keywords)).toBeUndefined();
    expect(prebuiltAnalysis(rule.id, rule.regex, flags, ['other'])).toBeUndefined();
    expect(prebuiltAnalysis(rule.id, rule.regex, flags === 'g' ? 'gi' : 'g', rule.keywords)).toBe(
      undefined,
    );
    expect(prebuiltAnalysis('secret/not-built-in', rule.regex, flags, rule.keywords)).toBe(
      undefined,
    );
    expect(analyseRule(rule.id, edited, flags, rule.keywords)).toEqual(
      ruleAnalysis(edited, flags, rule.keywords),
    );
  });
});

test('an anchored rule tries only the starts its literal can be reached from (min and max)', () => {
  // `-us` is 4 to 6 characters after the start: a start 1-3 before an occurrence cannot match
  // there, but can reach a later one (`x-us-us1` from `x`): the scan must not skip it.
  const spec: SecretRuleSpec = {
    id: 'secret/near-literal',
    title: 'Near literal',
    provider: 'Generic',
    description: 'x',
    severity: 'high',
    keywords: ['-us'],
    regex: '(?<![a-z-])(?<secret>[a-z-]{4,6}-us[0-9])',
    remediation: 'x',
  };
  const rules = compileRules([spec], { allowlist: EMPTY_ALLOWLIST, overrides: {} });
  expect(rules.rules[0]!.anchor).toEqual(
    expect.objectContaining({ literal: '-us', maxBefore: 6, minBefore: 4 }),
  );
  const gen = generator(5);
  const parts = ['-us', '-us1', 'x', 'ab', 'x-us-us1', ' ', '\n', '-', 'us', '7'];
  for (let round = 0; round < 400; round++) {
    let text = '';
    const count = 5 + (gen('0123456789', 1).charCodeAt(0) % 30);
    for (let i = 0; i < count; i++)
      text += parts[gen('0123456789', 1).charCodeAt(0) % parts.length];
    const expected = [...text.matchAll(new RegExp(spec.regex, 'g'))].map((m) => m[0]);
    const found = scanFile(fileOf('a.txt', text), rules).map((f) => f.secret);
    expect(found, JSON.stringify(text)).toEqual(expected);
  }
});
