/**
 * Rules whose regex starts (after a look-behind) with a group of literal alternatives run only
 * where one of those literals occurs. They must find exactly what a global scan finds.
 */
import { describe, expect, test } from 'vitest';
import { findLeads } from '../../src/core/secret/anchor.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { mulberry32 } from '../support/compose.js';
import { EMPTY_ALLOWLIST, fileOf } from './helpers.js';

describe('findLeads', () => {
  test.each([
    [
      '(?<![A-Za-z0-9_])(?<secret>ntn_[0-9]{11}|secret_[A-Za-z0-9]{43})(?![\\w])',
      'gd',
      ['ntn_', 'secret_'],
    ],
    ['(?<![\\w-])(?<secret>key\\-[a-f0-9]{32})', 'gd', ['key-']],
    ['\\b(?:abc|abd)x', 'gd', ['abc', 'abd']],
    ['(?:AKIA|ASIA)[A-Z2-7]{16}', 'gd', ['AKIA', 'ASIA']],
    // Not provable, not needed, or case-insensitive letters.
    ['(?<![\\w])ghp_[A-Za-z0-9]{36}', 'gd', null],
    ['(?:ab|abc)x', 'gd', null],
    ['(?:abc|\\w+)x', 'gd', null],
    ['(?:abc|abd)?x', 'gd', null],
    ['(?:abc|abd){0,2}x', 'gd', null],
    ['(?:abc|abd)x|y', 'gd', null],
    ['(?<secret>(?:abc|abd)x)', 'gd', null],
    ['(?:key-|tok-)x', 'gdi', null],
    ['(?::\\/\\/|@@@)x', 'gdi', ['://', '@@@']],
    ['[a-z](?:abc)', 'gd', null],
  ])('%s (%s)', (source, flags, expected) => {
    expect(findLeads(source, flags)).toEqual(expected);
  });
});

test('rules run through their leads find exactly what a global scan finds', () => {
  const specs = builtinPacks().flatMap((pack) => pack.rules ?? []);
  const rules = compileRules(specs, { allowlist: EMPTY_ALLOWLIST, overrides: {} });
  const withLeads = rules.rules.filter((rule) => rule.leads !== null);
  expect(withLeads.length).toBeGreaterThan(10);
  const random = mulberry32(5);
  const alphabet = 'abcdefABCDEF0123456789_-.:/ \n';
  for (const rule of withLeads) {
    for (let n = 0; n < 40; n++) {
      let text = '';
      for (let piece = 0; piece < 8; piece++) {
        if (random() < 0.5)
          text += rule.leads!.literals[Math.floor(random() * rule.leads!.literals.length)];
        const length = Math.floor(random() * 60);
        for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      }
      const expected: [number, string][] = [];
      rule.regex.lastIndex = 0;
      for (let m = rule.regex.exec(text); m !== null; m = rule.regex.exec(text)) {
        if (m[0] === '') rule.regex.lastIndex++;
        else expected.push([m.index, m[0]]);
      }
      const found: [number, string][] = [];
      const { sticky, literals } = rule.leads!;
      // The same walk the scanner makes, observed through the sticky regex.
      let next = 0;
      const at = literals.map((literal) => text.indexOf(literal));
      for (;;) {
        const start = Math.min(...at.filter((p) => p !== -1));
        if (!Number.isFinite(start)) break;
        sticky.lastIndex = start;
        const m = sticky.exec(text);
        next = m === null ? start + 1 : start + Math.max(m[0].length, 1);
        if (m !== null && m[0] !== '') found.push([m.index, m[0]]);
        for (let i = 0; i < at.length; i++) {
          if (at[i] !== -1 && at[i]! < next) at[i] = text.indexOf(literals[i]!, next);
        }
      }
      expect(found, `${rule.id}: ${JSON.stringify(text)}`).toEqual(expected);
    }
  }
});

test('the scanner reports a lead rule’s secrets exactly as before (positions, lines)', () => {
  const specs = builtinPacks().flatMap((pack) => pack.rules ?? []);
  const rules = compileRules(specs, { allowlist: EMPTY_ALLOWLIST, overrides: {} });
  const unanchored = compileRules(
    specs.map((spec) => ({ ...spec, regex: `(?:${spec.regex})|(?!)` })),
    { allowlist: EMPTY_ALLOWLIST, overrides: {} },
  );
  expect(unanchored.rules.every((rule) => rule.leads === null)).toBe(true);
  const hex = (n: number, random: () => number) =>
    Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
  const random = mulberry32(9);
  const lines: string[] = [];
  for (let i = 0; i < 200; i++) {
    lines.push(
      `MAILGUN_KEY=key-${hex(32, random)} cache-key-${hex(32, random)} x=key-${hex(31, random)}`,
    );
  }
  const file = fileOf('config/app.env', lines.join('\n'));
  const strip = (findings: ReturnType<typeof scanFile>) =>
    findings.map(({ ruleId, line, column, endLine, secret }) => ({
      ruleId,
      line,
      column,
      endLine,
      secret,
    }));
  const fast = strip(scanFile(file, rules));
  expect(fast.length).toBeGreaterThan(100);
  expect(fast).toEqual(strip(scanFile(file, unanchored)));
});

describe('which lead rules wait for keyword starts', () => {
  const specs = builtinPacks().find((pack) => pack.name === 'recommended')?.rules ?? [];
  const compiled = compileRules(specs, {
    allowlist: { paths: [], regexes: [], stopwords: [] },
    overrides: {},
  });
  const rule = (id: string) => compiled.rules.find((r) => r.id === id);

  test('leads in three capitals (KEY…, AKIA) are found with indexOf, not at keyword starts', () => {
    for (const id of ['secret/telnyx-api-key', 'secret/aws-access-key-id']) {
      expect(rule(id)?.leads, id).not.toBeNull();
      expect(rule(id)?.startKeywords, id).toBeNull();
    }
  });

  test('lower-case leads (xoxb-, re_) still run at their keyword starts', () => {
    for (const id of ['secret/slack-bot-token', 'secret/resend-api-key']) {
      expect(rule(id)?.leads, id).not.toBeNull();
      expect(rule(id)?.startKeywords, id).not.toBeNull();
    }
  });
});
