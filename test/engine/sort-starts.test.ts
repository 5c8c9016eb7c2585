/**
 * Keyword starts arrive nearly sorted (in the order their keywords end); sortNearlySorted
 * sorts them in place in linear time there, and still sorts input that is not nearly sorted.
 */
import { describe, expect, test } from 'vitest';
import { sortNearlySorted } from '../../src/core/secret/scan-file.js';
import { mulberry32 } from '../support/compose.js';

const sortedCopy = (a: Int32Array) => Int32Array.from(a).sort();

describe('sortNearlySorted', () => {
  test.each([0, 1, 2, 17, 1000])('sorts nearly sorted input of %i values', (length) => {
    const random = mulberry32(length + 1);
    // Ascending ends; a start is its end minus a keyword length of 2 to 30.
    const a = new Int32Array(length);
    let end = 0;
    for (let i = 0; i < length; i++) {
      end += Math.floor(random() * 40);
      a[i] = end - 2 - Math.floor(random() * 29);
    }
    const expected = sortedCopy(a);
    sortNearlySorted(a);
    expect(a).toEqual(expected);
  });

  test.each([
    ['reversed', (i: number) => -i],
    ['random', () => Math.floor(Math.random() * 1e6)],
  ])('still sorts %s input (it gives up on insertion and uses the native sort)', (_, value) => {
    const a = Int32Array.from({ length: 5000 }, (_, i) => value(i));
    const expected = sortedCopy(a);
    sortNearlySorted(a);
    expect(a).toEqual(expected);
  });
});
