/**
 * The keyword automaton in WebAssembly (src/core/secret/automaton.wat, four lanes) must report
 * exactly what the JavaScript loop reports: the same rules and the same keyword starts, for
 * texts of every length around its thresholds and keywords across its lane boundaries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generate, output } from '../../scripts/gen-automaton-wasm.mjs';
import { Prefilter } from '../../src/core/secret/prefilter.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { mulberry32 } from '../support/compose.js';

const keywords = builtinPacks()
  .flatMap((pack) => pack.rules ?? [])
  .map((spec) => spec.keywords);
const words = keywords.flat();
const positional = keywords.map(() => true);

/** Rules marked, and the (start, keyword id) pairs recorded, sorted. */
function hits(prefilter: Prefilter, text: string): { rules: number[]; starts: string[] } {
  const out = new Uint8Array(prefilter.ruleCount);
  const starts: number[] = [];
  const ids: number[] = [];
  const count = prefilter.candidates(text, out, starts, ids);
  const rules = [...out.keys()].filter((i) => out[i] === 1);
  expect(count).toBe(rules.length);
  const pairs = starts.map((start, i) => `${start}:${ids[i]}`).sort();
  return { rules, starts: pairs };
}

/** Text of `length` characters: code-like filler with keywords (some upper-cased) in it. */
function textOf(length: number, random: () => number, extra = ''): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const filler = ['const x = 1;\n', ' ', '_', '-', 'foo', 'ke', 'tok', 'SK', '://', '"', '='];
  let text = '';
  while (text.length < length) {
    const word = pick(words);
    text += random() < 0.3 ? word.toUpperCase() : random() < 0.2 ? word.slice(1) : word;
    text += pick(filler) + extra;
  }
  return text.slice(0, length);
}

describe('WebAssembly keyword automaton', () => {
  test('the generated module is up to date (run node scripts/gen-automaton-wasm.mjs)', async () => {
    expect(readFileSync(output, 'utf8')).toBe(await generate());
  });

  const wasm = new Prefilter(keywords, { automatonAfter: 0, positional });
  const loop = new Prefilter(keywords, { automatonAfter: 0, positional, wasm: false });

  test('runs where WebAssembly is available (as in Node), once a text is long enough', () => {
    hits(wasm, 'warm up');
    hits(loop, 'warm up');
    // Made on the first text of 256 characters or more: small files never need it.
    expect(wasm.runsWasm).toBe(false);
    hits(wasm, 'warm up '.repeat(40));
    hits(loop, 'warm up '.repeat(40));
    expect(wasm.runsWasm).toBe(true);
    expect(loop.runsWasm).toBe(false);
  });

  const lengths = [1, 200, 255, 256, 257, 1023, 1024, 1025, 1027, 4099, 10_007, 65_537];
  test.each(lengths)('finds what the loop finds in ASCII texts of %i characters', (length) => {
    const random = mulberry32(length);
    for (let n = 0; n < 20; n++) {
      const text = textOf(length, random);
      expect(hits(wasm, text)).toEqual(hits(loop, text));
    }
  });

  test('finds keywords that cross the boundaries between its four lanes', () => {
    const random = mulberry32(99);
    for (const length of [1024, 1027, 4096, 4099, 9_001]) {
      const quarter = length >> 2;
      for (const word of words) {
        const base = textOf(length, random).replace(/[A-Za-z0-9_:./-]/g, ' ');
        for (const lane of [1, 2, 3, 4]) {
          // The keyword ends just before, at, and just after the lane's first character.
          for (const shift of [-word.length, -1, 0, 1]) {
            const at = Math.max(0, Math.min(length - word.length, lane * quarter + shift));
            const text = base.slice(0, at) + word + base.slice(at + word.length);
            const got = hits(wasm, text);
            expect(got, `${word} at ${at} of ${length}`).toEqual(hits(loop, text));
            expect(got.starts).toContain(`${at}:${wasm.keywordIds([word])[0]}`);
          }
        }
      }
    }
  });

  test('finds in texts with non-ASCII characters what the loop finds', () => {
    const random = mulberry32(5);
    for (const extra of ['é', '\u212a', '\u0130', '😀']) {
      const text = textOf(5000, random, extra);
      expect(hits(wasm, text)).toEqual(hits(loop, text));
    }
    // Characters whose low byte is an ASCII letter (U+0161 š → a, U+046B → k, U+4E70 → p…):
    // the automaton runs on low bytes, so only keywords over real ASCII characters count.
    const lookalike = (word: string) =>
      [...word]
        .map((ch, i) => (i % 2 === 0 ? String.fromCharCode(0x4e00 | ch.charCodeAt(0)) : ch))
        .join('');
    for (let n = 0; n < 20; n++) {
      let text = textOf(3000, random, 'š');
      for (const word of words.slice(n * 7, n * 7 + 7)) text += ` ${lookalike(word)} `;
      expect(hits(wasm, text)).toEqual(hits(loop, text));
    }
    // Only such characters, none with a byte above 0x7f: their low bytes alone look ASCII.
    for (const word of words.slice(0, 40)) {
      const text = `${'x '.repeat(200)}${lookalike(word)} ${word.slice(1)}\n`;
      expect(hits(wasm, text)).toEqual(hits(loop, text));
    }
    // The Kelvin sign lower-cases to k: `to\u212aen` holds the keyword `token`.
    const kelvin = `${'x'.repeat(3000)} to\u212aen ${'y'.repeat(3000)}`;
    expect(hits(wasm, kelvin)).toEqual(hits(loop, kelvin));
    expect(hits(wasm, kelvin).starts.length).toBeGreaterThan(0);
  });

  test('runs texts with U+0130 and U+212A (a Turkish catalog, a font) as the loop does', () => {
    // U+0130 lower-cases to `i` + U+0307: a keyword may end at it, never run through it.
    const random = mulberry32(11);
    const endsInI = words.filter((word) => word.endsWith('i'));
    const withI = words.filter((word) => word.slice(0, -1).includes('i'));
    const withK = words.filter((word) => word.includes('k'));
    expect(endsInI.length + withI.length + withK.length).toBeGreaterThan(10);
    for (let n = 0; n < 30; n++) {
      let text = textOf(2000 + n * 97, random, n % 3 === 0 ? '\u0130' : '');
      for (const word of [...endsInI, ...withI].slice(n * 5, n * 5 + 5)) {
        const at = word.lastIndexOf('i');
        const dotted = `${word.slice(0, at)}\u0130${word.slice(at + 1)}`;
        text += ` ${dotted} \u0130${word} ${word}\u0130 ${dotted.toUpperCase()}x `;
      }
      for (const word of withK.slice(n * 3, n * 3 + 3)) {
        text += ` ${word.replaceAll('k', '\u212a')} \u0130${word.replaceAll('k', '\u212a')}\u0130 `;
      }
      expect(hits(wasm, text)).toEqual(hits(loop, text));
    }
  });
});
