/**
 * Two format decoders (base64 PEM blobs, backslash-continued lines) run only on
 * a text the prefilter marked for them (CompiledRules.marks) instead of searching every text
 * themselves. A mark must be a superset of what its decoder looks for — on every path of the
 * prefilter: the JavaScript loop (short texts), the WebAssembly automaton (long ASCII texts),
 * its verified hits (long texts with other characters) and the regex that replaces the
 * automaton when a rule's keyword is not ASCII.
 */
import { describe, expect, test } from 'vitest';
import { compileRules } from '../../src/core/secret/compile.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { mulberry32 } from '../support/compose.js';
import { EMPTY_ALLOWLIST, fileOf, pemKey } from './helpers.js';

const specs = builtinPacks().find((pack) => pack.name === 'recommended')!.rules ?? [];
const options = { allowlist: EMPTY_ALLOWLIST, overrides: {} };
const rules = compileRules(specs, options);
/** A keyword with a non-ASCII character: the prefilter runs its regex, never the automaton. */
const accented = compileRules(
  [...specs, { ...specs[0]!, id: 'secret/accented', keywords: ['clé_secrète'] }],
  options,
);

/** What each decoder itself searches for (formats.ts), exactly. */
const wanted = {
  base64Pem: (text: string) => text.includes('LS0tLS1CRUdJTi'),
  continued: (text: string) => text.includes('\\\n') || text.includes('\\\r\n'),
};

describe('text marks', () => {
  test('are set on every text holding what a decoder looks for, on every prefilter path', () => {
    const random = mulberry32(5);
    const pieces = [
      'LS0tLS1CRUdJTi',
      'ls0tLS1cRUdJTi',
      'LS0tLS1CRUdJ',
      '\\u00e9',
      '\\U0041',
      '\\/path',
      '\\\n',
      '\\\r\n',
      '\\ \n',
      '\\\\',
      'token = ',
      'é',
      '\u212a',
      'ſ',
      ' ',
      '\n',
    ];
    const seen = { base64Pem: 0, continued: 0 };
    for (let n = 0; n < 600; n++) {
      let text = '';
      // Short texts (the loop) and long ones (WebAssembly), some with non-ASCII characters.
      const filler = n % 3 === 0 ? 'x'.repeat(300) : '';
      for (let k = 0; k < 6; k++) {
        text += pieces[Math.floor(random() * pieces.length)];
        if (random() < 0.5) text += filler;
      }
      for (const { prefilter, marks } of [rules, accented]) {
        const out = new Uint8Array(prefilter.ruleCount);
        prefilter.candidates(text, out, [], []);
        for (const name of ['base64Pem', 'continued'] as const) {
          if (!wanted[name](text)) continue;
          seen[name]++;
          expect(out[marks[name]], `${name} in ${JSON.stringify(text)}`).toBe(1);
        }
      }
    }
    expect(Math.min(seen.base64Pem, seen.continued)).toBeGreaterThan(50);
    expect(rules.prefilter.runsWasm).toBe(true);
    expect(accented.prefilter.recordsStarts).toBe(false);
  });

  test('the decoders still find what they decode', () => {
    const pem = Buffer.from(pemKey()).toString('base64');
    expect(pem.startsWith('LS0tLS1CRUdJTi')).toBe(true);
    const escaped = `const key = "${pemKey().replaceAll('\n', '\\n').replaceAll('-', '\\u002d')}";\n`;
    for (const text of [`blob: ${pem}\n`, escaped]) {
      expect(scanFile(fileOf('a.txt', text), rules).length, text.slice(0, 40)).toBeGreaterThan(0);
    }
  });
});
