/**
 * The fast form of "may this hunk touch a Kubernetes Secret" (src/sources/kubernetes.ts
 * touchesSecret: three searches) against the one regex it replaces, on text built from the
 * pieces manifests are made of — keys, quotes, colons, blanks, flow punctuation, base64 runs,
 * `kind: Secret` — so that inputs reach every alternative and its edges. A disagreement would be
 * a Secret whose new data key is no longer read whole (a missed decode) or a needless parse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { touchesSecret } from '../../src/sources/kubernetes.js';

/**
 * The one regex touchesSecret replaced: an added line that may belong to a Secret — its `kind`,
 * a key with a base64 value (block, flow or JSON style), or a line of a base64 block scalar.
 */
const TOUCHES_SECRET =
  /\bkind["']?[ \t]*:[ \t]*["']?Secret\b|(?:^|[ \t{,])["']?[\w.-]+["']?[ \t]*:[ \t]*["']?[A-Za-z0-9+/]{12,}={0,2}["']?[ \t]*(?:[,}]|$)|^[ \t]*[A-Za-z0-9+/]{16,}={0,2}[ \t]*$/m;
const touchesSecretByRegex = (text: string) => TOUCHES_SECRET.test(text);

const base64Run = fc
  .integer({ min: 1, max: 24 })
  .chain((n) =>
    fc
      .array(fc.constantFrom(...'ABCxyz019+/'), { minLength: n, maxLength: n })
      .map((chars) => chars.join('')),
  );
const piece = fc.oneof(
  fc.constantFrom(
    'kind',
    'Kind',
    'Secret',
    'Secrets',
    ':',
    ': ',
    ' ',
    '\t',
    '\n',
    '\r\n',
    '\r',
    '\u2028',
    '\u2029',
    '"',
    "'",
    '{',
    '}',
    ',',
    '[',
    '-',
    '.',
    '_',
    '=',
    '==',
    'data',
    'token',
    'a.b-c',
    '#',
    'é',
  ),
  base64Run,
);
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('touchesSecret', () => {
  it('agrees with the one regex it replaces on manifest-shaped text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(touchesSecret(t)).toBe(touchesSecretByRegex(t));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees on the lines manifests really have', () => {
    const key = 'dG9rZW4tdmFsdWUtMTIzNDU2Nzg5';
    for (const t of [
      'kind: Secret',
      'kind: "Secret"\n',
      '"kind":"Secret",',
      `  password: ${key}`,
      `  "password": "${key}",`,
      `data: {password: ${key}}`,
      `data: {a: b, password: ${key}}`,
      `  ${key}${key}`,
      `  ${key}==  `,
      `description: ${key} and more`,
      'url: https://example.com/aaaaaaaaaaaaaaaa',
      'name: some-name',
      `x:${key}\n`,
      `"a": 1, "b": "${key}"}`,
      `data: {a: b,\rtoken: ${key}}`,
      `x\u2028token: ${key}`,
      `x\u2029"token": "${key}"`,
    ]) {
      expect(touchesSecret(t), t).toBe(touchesSecretByRegex(t));
    }
  });
});
