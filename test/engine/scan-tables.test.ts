/**
 * The scanner's table-driven shortcuts must give exactly what the plain definitions give:
 * keyword starts recorded with their keyword ids (both automaton paths: with and without
 * U+0130 in the text), lead rules tried only at their keywords' starts, the reused counting
 * tables of shannonEntropy and isDecoy, and allowlist regexes tried in a changing order.
 */
import { describe, expect, test } from 'vitest';
import { compileRules } from '../../src/core/secret/compile.js';
import { isDecoy } from '../../src/core/secret/decoys.js';
import { shannonEntropy } from '../../src/core/secret/entropy.js';
import { Prefilter } from '../../src/core/secret/prefilter.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { mulberry32 } from '../support/compose.js';
import { EMPTY_ALLOWLIST, fileOf } from './helpers.js';

const specs = builtinPacks().flatMap((pack) => pack.rules ?? []);

/** How the automaton folds one UTF-16 code unit (as toLowerCase does, for keyword letters). */
function fold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0x212a) return 107; // KELVIN SIGN → k
  if (code === 0x130) return 105; // capital I with dot → i (then U+0307)
  return code;
}

/** Every (start, keyword id) of a keyword in the text, by brute force. */
function referenceStarts(text: string, keywords: readonly string[]): string[] {
  const found: string[] = [];
  keywords.forEach((word, id) => {
    for (let p = 0; p + word.length <= text.length; p++) {
      let ok = true;
      for (let k = 0; k < word.length && ok; k++) {
        const code = text.charCodeAt(p + k);
        // U+0130 lower-cases to two characters: it can only end a keyword.
        if (fold(code) !== word.charCodeAt(k) || (code === 0x130 && k < word.length - 1)) {
          ok = false;
        }
      }
      if (ok) found.push(`${p}:${id}`);
    }
  });
  return found.sort();
}

describe('keyword starts and ids', () => {
  const keywords = [...new Set(specs.flatMap((spec) => spec.keywords))];
  const prefilter = new Prefilter(
    keywords.map((word) => [word]),
    { automatonAfter: 0, positional: keywords.map(() => true) },
  );

  test('ids name the distinct keywords', () => {
    expect(prefilter.keywordCount).toBe(keywords.length);
    expect(prefilter.keywordIds([keywords[3]!, keywords[1]!, keywords[3]!])).toEqual([3, 1]);
    expect(prefilter.keywordIds(['not a keyword'])).toEqual([]);
  });

  test('every occurrence is recorded once, with its id, on texts with and without U+0130', () => {
    const random = mulberry32(21);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const noise = [
      '',
      ' ',
      '\n',
      '_',
      '-',
      'x',
      'é',
      '\u212a',
      '\u0130',
      'ÿ',
      '😀',
      'S',
      'EY',
      'İD',
    ];
    let withDottedI = 0;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const pieces = 1 + Math.floor(random() * 8);
      for (let i = 0; i < pieces; i++) {
        let word = pick(keywords);
        if (random() < 0.3) word = word.toUpperCase();
        if (random() < 0.2) word = word.replace(/k/gi, '\u212a').replace(/I$/, '\u0130');
        text += (random() < 0.3 ? word.slice(0, -1) : word) + pick(noise);
      }
      if (text.includes('\u0130')) withDottedI++;
      const starts: number[] = [];
      const ids: number[] = [];
      const out = new Uint8Array(prefilter.ruleCount);
      prefilter.candidates(text, out, starts, ids);
      expect(ids.length).toBe(starts.length);
      const recorded = starts.map((start, k) => `${start}:${ids[k]}`).sort();
      expect(recorded, JSON.stringify(text)).toEqual(referenceStarts(text, keywords));
    }
    expect(withDottedI).toBeGreaterThan(100); // both automaton paths ran
  });
});

test('lead rules tried at their keyword starts find exactly what a global scan finds', () => {
  const options = { allowlist: EMPTY_ALLOWLIST, overrides: {} };
  const fast = compileRules(specs, options);
  const global = compileRules(
    specs.map((spec) => ({ ...spec, regex: `(?:${spec.regex})|(?!)` })),
    options,
  );
  expect(global.rules.every((rule) => rule.startKeywords === null)).toBe(true);
  const leadRules = fast.rules.filter((rule) => rule.leads !== null && rule.startKeywords);
  // A two-character lead (`SK`) qualifies because the prefilter finds it.
  expect(leadRules.map((rule) => rule.id)).toEqual(
    expect.arrayContaining([
      'secret/notion-token',
      'secret/mailgun-api-key',
      'secret/twilio-api-key',
    ]),
  );
  // Past the automaton threshold: starts are recorded from here on.
  scanFile(fileOf('warm.txt', 'x'.repeat(1_100_000)), fast);
  scanFile(fileOf('warm2.txt', 'x'), fast);
  expect(fast.prefilter.recordsStarts).toBe(true);

  const random = mulberry32(13);
  const alphabet = 'abcdefABCDEF0123456789_-.:/ \n';
  for (const rule of leadRules) {
    for (let n = 0; n < 30; n++) {
      let text = '';
      for (let piece = 0; piece < 8; piece++) {
        if (random() < 0.6) {
          const literal = rule.leads!.literals[Math.floor(random() * rule.leads!.literals.length)]!;
          // Other spellings of the keyword are starts too; only the literal may match.
          text += random() < 0.2 ? literal.toLowerCase() : literal;
        }
        const length = Math.floor(random() * 60);
        for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      }
      const file = fileOf('t.txt', text);
      expect(scanFile(file, fast), `${rule.id}: ${JSON.stringify(text)}`).toEqual(
        scanFile(file, global),
      );
    }
  }
});

describe('reused counting tables', () => {
  /** The definition: counts in a Map, terms summed in order of first occurrence. */
  function entropyByMap(value: string): number {
    if (value === '') return 0;
    const counts = new Map<number, number>();
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    let entropy = 0;
    for (const count of counts.values()) {
      const p = count / value.length;
      entropy -= p * Math.log2(p);
    }
    return entropy;
  }

  test('shannonEntropy equals the Map-based definition to the last bit', () => {
    const random = mulberry32(3);
    const alphabets = [
      'ab',
      'abc0',
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/=',
      'aé€😀',
    ];
    for (let n = 0; n < 3000; n++) {
      const alphabet = alphabets[n % alphabets.length]!;
      let value = '';
      const length = Math.floor(random() * 80);
      for (let i = 0; i < length; i++) value += alphabet[Math.floor(random() * alphabet.length)];
      // Twice: the tables must be left clean after a non-ASCII value too.
      expect(Object.is(shannonEntropy(value), entropyByMap(value)), value).toBe(true);
      expect(Object.is(shannonEntropy(value), entropyByMap(value)), value).toBe(true);
    }
  });

  test('isDecoy finds one-character values whatever came before', () => {
    expect(isDecoy('ééééééééQx', false)).toBe(true);
    expect(isDecoy('aQ9zT3kLm2', false)).toBe(false);
    expect(isDecoy('bbbbbbbbQx', false)).toBe(true);
    expect(isDecoy('aQ9zT3kLm2', false)).toBe(false);
    expect(isDecoy('aé9zT3kLm2', false)).toBe(false);
  });
});

test('allowlist regexes give the same answers whatever order they have moved to', () => {
  const spec = {
    id: 'secret/test-allowlist-order',
    title: 'Test',
    provider: 'Test',
    severity: 'high' as const,
    description: 'd',
    remediation: 'r',
    keywords: ['tok'],
    regex: 'tok=(?<secret>[A-Za-z0-9]{12,})',
    allowlist: { regexes: ['^A', 'B$', '^[a-z]+$', 'Q'], stopwords: ['zzz'] },
  };
  const rules = compileRules([spec], { allowlist: EMPTY_ALLOWLIST, overrides: {} });
  const values = ['Abc123def456', 'xyz123def45B', 'abcdefghijkl', 'k9Qm2x7p4w1r', 'k9sm2x7p4w1r'];
  const text = values.map((value) => `tok=${value}`).join('\n');
  const expected = ['k9sm2x7p4w1r'];
  for (let round = 0; round < 6; round++) {
    const found = scanFile(fileOf('a.env', text), rules).map((finding) => finding.secret);
    expect(found).toEqual(expected);
  }
  // The matching regexes have moved forward.
  expect(rules.rules[0]!.allowlist.regexes.map((regex) => regex.source)).not.toEqual([
    '^A',
    'B$',
    '^[a-z]+$',
    'Q',
  ]);
});
