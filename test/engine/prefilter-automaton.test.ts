/**
 * The prefilter's automaton must mark exactly the rules whose keywords occur in the
 * lower-cased text (the definition the rules rely on), Unicode case folding included.
 */
import { describe, expect, test } from 'vitest';
import { Prefilter } from '../../src/core/secret/prefilter.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { mulberry32 } from '../support/compose.js';

/** The definition: rule i is a candidate when one of its keywords is in text.toLowerCase(). */
function reference(keywords: readonly (readonly string[])[], text: string): number[] {
  const lower = text.toLowerCase();
  return keywords.flatMap((words, i) => (words.some((word) => lower.includes(word)) ? [i] : []));
}

function marked(prefilter: Prefilter, text: string): number[] {
  const out = new Uint8Array(prefilter.ruleCount);
  const count = prefilter.candidates(text, out);
  const rules = [...out.keys()].filter((i) => out[i] === 1);
  expect(count).toBe(rules.length);
  return rules;
}

describe('Prefilter automaton', () => {
  test('only U+0130 and U+212A lower-case to something with ASCII in it (the automaton maps both)', () => {
    const found: number[] = [];
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const lower = String.fromCodePoint(code).toLowerCase();
      for (let i = 0; i < lower.length; i++) {
        if (lower.charCodeAt(i) < 0x80) {
          found.push(code);
          break;
        }
      }
    }
    expect(found).toEqual([0x130, 0x212a]);
  });

  test('folds the Kelvin sign to k and capital dotted I to i, as toLowerCase does', () => {
    const keywords = [['key-'], ['ltai'], ['tai'], ['id'], ['k']];
    const p = new Prefilter(keywords, { automatonAfter: 0 });
    for (const text of ['\u212aey-', 'LTA\u0130', 'lta\u0130x', '\u0130D', 'i\u0307d', '\u212a']) {
      expect(marked(p, text), JSON.stringify(text)).toEqual(reference(keywords, text));
    }
  });

  test('non-ASCII keywords fall back to the regex and still match case-insensitively', () => {
    const keywords = [['clé_'], ['ghp_']];
    const p = new Prefilter(keywords, { automatonAfter: 0 });
    expect(marked(p, 'CLÉ_abc')).toEqual([0]);
    expect(marked(p, 'x GHP_ y clé')).toEqual([1]);
  });

  test('matches the definition on random texts made of keyword pieces (built-in packs)', () => {
    const specs = builtinPacks().flatMap((pack) => pack.rules ?? []);
    const keywords = specs.map((spec) => spec.keywords);
    const p = new Prefilter(keywords, { automatonAfter: 0 });
    const words = keywords.flat();
    const random = mulberry32(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const noise = ['', ' ', '\n', '_', '-', 'x', 'é', '\u212a', '\u0130', 'ÿ', '😀', 'S', 'EY'];
    const piece = () => {
      const word = pick(words);
      const cut = Math.floor(random() * (word.length + 1));
      const part = random() < 0.5 ? word : random() < 0.5 ? word.slice(0, cut) : word.slice(cut);
      return random() < 0.3 ? part.toUpperCase() : part;
    };
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const pieces = 1 + Math.floor(random() * 6);
      for (let i = 0; i < pieces; i++) text += piece() + pick(noise);
      expect(marked(p, text), JSON.stringify(text)).toEqual(reference(keywords, text));
    }
  });
});
