import { describe, expect, it } from 'vitest';
import { MAX_PREFIX, redact } from '../../src/core/redact.js';
import { fakeChars, fakeKey } from './fake.js';

const key164 = fakeKey(7, 164 - 'sk-proj-'.length);
const pem = [
  ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' '),
  ...Array.from({ length: 25 }, (_, i) => fakeChars(64, i + 2)),
  ['-----END', 'RSA PRIVATE KEY-----'].join(' '),
].join('\n');

describe('redact', () => {
  it.each([
    ['empty', '', '…(0 chars)'],
    ['one char', 'x', '…(1 char)'],
    ['11 chars: no prefix', fakeChars(11), '…(11 chars)'],
    ['12 chars: floor(12/5) = 2', `ab${fakeChars(10)}`, 'ab…(12 chars)'],
    ['20 chars: 4', `abcd${fakeChars(16)}`, 'abcd…(20 chars)'],
    ['30 chars: 6', `abcdef${fakeChars(24)}`, 'abcdef…(30 chars)'],
    ['164 chars: capped at 6', key164, 'sk-pro…(164 chars)'],
    ['thousands separator', `abcdef${fakeChars(1994)}`, 'abcdef…(2,000 chars)'],
    ['prefix stops at a line break', `ab\ncd${fakeChars(40)}`, 'ab…(45 chars)'],
    [
      'PEM block shows the header type only',
      pem,
      `-----BEGIN RSA PRIVATE KEY…(${pem.length.toLocaleString('en-US')} chars)`,
    ],
    [
      'OpenSSH key',
      `${['-----BEGIN', 'OPENSSH PRIVATE KEY-----'].join(' ')}\n${fakeChars(300)}`,
      '-----BEGIN OPENSSH PRIVATE KEY…(336 chars)',
    ],
  ])('%s', (_name, secret, expected) => {
    expect(redact(secret)).toBe(expected);
  });

  it('never shows more than 6 characters of the secret', () => {
    for (let length = 0; length < 400; length++) {
      const secret = fakeChars(length, length + 3);
      const shown = redact(secret).split('…')[0]!;
      expect(shown.length).toBeLessThanOrEqual(MAX_PREFIX);
      expect(secret.startsWith(shown)).toBe(true);
      if (length >= 12) expect(secret.includes(redact(secret))).toBe(false);
    }
  });

  it('does not split a surrogate pair', () => {
    expect(redact(`abcde😀${fakeChars(30)}`)).toBe('abcde…(37 chars)');
  });
});
