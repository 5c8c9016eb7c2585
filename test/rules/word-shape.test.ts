/**
 * The generic rule's "identifier or CamelCase words" allowlist regex once had a nested
 * quantifier that backtracked exponentially (`password = "<28 lower-case letters>1"` kept a scan
 * busy 14 s). Its linear rewrite must accept exactly the same words: checked here over every
 * word up to 7 characters of an alphabet that has each character class the regexes tell apart,
 * and over random longer words.
 */
import { describe, expect, test } from 'vitest';
import { builtinPacks } from '../../src/rules/packs.js';

/** The old, exponential form: the reference the rewrite must agree with. */
const OLD = /^[A-Za-z][a-z]*(?:[A-Z_.-]?[A-Z]?[a-z]+)+$/;

const generic = builtinPacks()
  .flatMap((pack) => pack.rules)
  .find((rule) => rule.id === 'secret/generic-secret');
const NEW_SOURCE = '^[A-Za-z](?:[A-Z_.-][A-Z]?)?[a-z]+(?:[A-Z_.-][A-Z]?[a-z]+)*$';
const NEW = new RegExp(NEW_SOURCE);

/** Two of each class: lower, upper, each separator, a digit. */
const ALPHABET = ['a', 'b', 'A', 'B', '_', '.', '-', '1'];

function* words(length: number, prefix = ''): Generator<string> {
  if (prefix.length === length) {
    yield prefix;
    return;
  }
  for (const c of ALPHABET) yield* words(length, prefix + c);
}

describe('the CamelCase-words allowlist regex of the generic rule', () => {
  test('is the linear rewrite in the recommended pack', () => {
    expect(generic?.allowlist?.regexes).toContain(NEW_SOURCE);
    expect(generic?.allowlist?.regexes).not.toContain(OLD.source);
  });

  test('accepts exactly the words the old form accepted (all words up to 7 characters)', () => {
    let accepted = 0;
    let checked = 0;
    for (let length = 0; length <= 7; length++) {
      for (const word of words(length)) {
        const old = OLD.test(word);
        if (NEW.test(word) !== old)
          expect.fail(`the two forms disagree on ${JSON.stringify(word)}`);
        if (old) accepted++;
        checked++;
      }
    }
    expect(checked).toBe((8 ** 8 - 1) / 7);
    expect(accepted).toBeGreaterThan(10_000);
  });

  test('accepts exactly the words the old form accepted (random words up to 18 characters)', () => {
    // Mostly lower-case, so that many words are accepted; short enough for the old form.
    const weighted = 'aaaaaaaabbbbbAAB_.-1';
    let seed = 17;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 50_000; i++) {
      const length = 8 + Math.floor(random() * 11);
      let word = '';
      for (let j = 0; j < length; j++) word += weighted[Math.floor(random() * weighted.length)];
      if (NEW.test(word) !== OLD.test(word)) {
        expect.fail(`the two forms disagree on ${JSON.stringify(word)}`);
      }
    }
  });

  test('answers a long near-miss at once', () => {
    for (const n of [32, 64, 180, 100_000]) {
      const started = performance.now();
      expect(NEW.test(`${'a'.repeat(n)}1`)).toBe(false);
      expect(NEW.test(`A${'bcD'.repeat(n)}e`)).toBe(true);
      expect(performance.now() - started).toBeLessThan(200);
    }
  });
});

describe('the class-name allowlist regex of the generic rule', () => {
  /** The old form: a trailing `[\w$]*` after the keyword backtracked quadratically. */
  const OLD_CLASS =
    /^[A-Za-z_$][\w$]*[a-z](?:Key|Token|Secret|Password|Credential)s?(?:[A-Z][\w$]*|_[\w$]*)?$/;
  const NEW_CLASS_SOURCE =
    '^(?=[A-Za-z_$][\\w$]*$)[\\w$][\\w$]*?[a-z](?:Key|Token|Secret|Password|Credential)s?(?:[A-Z_]|$)';
  const NEW_CLASS = new RegExp(NEW_CLASS_SOURCE);
  const PARTS = ['a', 'Z', '_', '$', '1', 'Key', 'Token', 's', '.', 'x'];

  test('is in the recommended pack', () => {
    expect(generic?.allowlist?.regexes).toContain(NEW_CLASS_SOURCE);
  });

  test('accepts exactly the words the old form accepted', () => {
    let accepted = 0;
    const visit = (word: string, depth: number) => {
      if (NEW_CLASS.test(word) !== OLD_CLASS.test(word)) {
        expect.fail(`the two forms disagree on ${JSON.stringify(word)}`);
      }
      if (OLD_CLASS.test(word)) accepted++;
      if (depth === 0) return;
      for (const part of PARTS) visit(word + part, depth - 1);
    };
    visit('', 6);
    expect(accepted).toBeGreaterThan(1_000);
  });
});
