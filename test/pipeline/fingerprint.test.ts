import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, parseFingerprint } from '../../src/core/fingerprint.js';
import { fakeKey } from './fake.js';

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

describe('fingerprintOf', () => {
  it('is rule:path:sha256(secret)', () => {
    const secret = fakeKey();
    expect(fingerprintOf('secret/openai-api-key', 'src/app.py', secret)).toBe(
      `secret/openai-api-key:src/app.py:${hash(secret)}`,
    );
  });

  it('differs by rule, path and secret, never by position', () => {
    const a = fingerprintOf('secret/a', 'x.ts', fakeKey(1));
    expect(fingerprintOf('secret/b', 'x.ts', fakeKey(1))).not.toBe(a);
    expect(fingerprintOf('secret/a', 'y.ts', fakeKey(1))).not.toBe(a);
    expect(fingerprintOf('secret/a', 'x.ts', fakeKey(2))).not.toBe(a);
    expect(fingerprintOf('secret/a', 'x.ts', fakeKey(1))).toBe(a);
  });
});

describe('parseFingerprint', () => {
  const h = hash('x');
  it.each([
    [`secret/a:src/app.py:${h}`, { ruleId: 'secret/a', path: 'src/app.py', hash: h }],
    [
      `secret/a:dir with spaces/a:b.txt:${h}`,
      { ruleId: 'secret/a', path: 'dir with spaces/a:b.txt', hash: h },
    ],
    [`secret/a:${h}:${h}`, { ruleId: 'secret/a', path: h, hash: h }],
    [`secret/a:src/app.py:${h.toUpperCase()}`, null],
    [`secret/a:src/app.py:${h.slice(1)}`, null],
    [`secret/a::${h}`, null],
    [`secret a:x:${h}`, null],
    ['', null],
  ])('%s', (input, expected) => {
    expect(parseFingerprint(input)).toEqual(expected);
  });
});
