/**
 * The phone check the CLI loads (src/sources/phone-check.ts: libphonenumber-js's `core` entry
 * with the `min` metadata embedded as JSON text and parsed on first use) says what the
 * package's own `min` check says, for every shape the personal-data family hands it.
 */
import fc from 'fast-check';
import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { isPhone } from '../../src/sources/phone-check.js';

const reference = (candidate: string) => isValidPhoneNumber(candidate, 'US');

const digits = (min: number, max: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
    .map((d) => d.join(''));
const sep = fc.constantFrom('', ' ', '-', '.');

/** Candidates shaped like the family's PHONE pattern: international, (NNN) NNN-NNNN, NNN-NNN-NNNN. */
const candidate = fc.oneof(
  fc
    .tuple(digits(1, 3), sep, fc.array(fc.tuple(digits(2, 4), sep), { minLength: 1, maxLength: 4 }))
    .map(
      ([cc, s, groups]) =>
        `+${cc}${s}${groups
          .map(([g, t]) => g + t)
          .join('')
          .trim()}`,
    ),
  fc
    .tuple(digits(3, 3), sep, digits(3, 3), fc.constantFrom('-', '.', ' '), digits(4, 4))
    .map(([a, s, b, t, c]) => `(${a})${s}${b}${t}${c}`),
  fc
    .tuple(digits(3, 3), fc.constantFrom('-', '.'), digits(3, 3), digits(4, 4))
    .map(([a, s, b, c]) => `${a}${s}${b}${s}${c}`),
  fc.string({ maxLength: 20 }),
);

describe('the phone check', () => {
  it('agrees with libphonenumber-js/min on numbers that are valid and ones that are not', () => {
    const valid = ['+44 20 7946 0958', '+49 30 901820', '(212) 555-0188', '+1 415 555 2671'];
    const invalid = ['+1 000 000 0000', '(999) 123-4567', '+999 12 34', '123-456-7890', ''];
    for (const text of [...valid, ...invalid]) expect(isPhone(text), text).toBe(reference(text));
    expect(valid.filter(isPhone).length).toBeGreaterThan(0);
    expect(invalid.filter(isPhone)).toEqual(invalid.filter(reference));
  });

  it('agrees with libphonenumber-js/min on generated phone-shaped text', () => {
    fc.assert(
      fc.property(candidate, (text) => isPhone(text) === reference(text)),
      { numRuns: 2000 },
    );
  });
});
