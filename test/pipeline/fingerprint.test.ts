import { createHash, createHmac, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  fingerprintKey,
  fingerprintOf,
  hashAhead,
  hashesAhead,
  keyedHash,
  parseFingerprint,
  SLOW_HASH_BELOW,
  unsaltedFingerprintOf,
} from '../../src/core/fingerprint.js';
import { fakeKey } from './fake.js';

const hash = (s: string) => createHash('sha256').update(s).digest('hex');
const hashOf = (fingerprint: string) => parseFingerprint(fingerprint)!.hash;

describe('fingerprintOf', () => {
  it('is rule:path:v2-<keyed hash>: an HMAC-SHA256 under the repository key, not sha256(secret)', () => {
    const secret = fakeKey();
    const salt = 'a-repository-salt-0123456789';
    const fingerprint = fingerprintOf(
      'secret/openai-api-key',
      'src/app.py',
      secret,
      fingerprintKey(salt),
    );
    const key = createHmac('sha256', 'mandate fingerprint key v2').update(salt).digest();
    expect(fingerprint).toBe(
      `secret/openai-api-key:src/app.py:v2-${createHmac('sha256', key).update(secret).digest('hex')}`,
    );
    expect(fingerprint).not.toContain(hash(secret));
  });

  it('differs by rule, path, secret and salt, never by position', () => {
    const a = fingerprintOf('secret/a', 'x.ts', fakeKey(1));
    expect(fingerprintOf('secret/b', 'x.ts', fakeKey(1))).not.toBe(a);
    expect(fingerprintOf('secret/a', 'y.ts', fakeKey(1))).not.toBe(a);
    expect(fingerprintOf('secret/a', 'x.ts', fakeKey(2))).not.toBe(a);
    expect(
      fingerprintOf('secret/a', 'x.ts', fakeKey(1), fingerprintKey('another-salt-0123456')),
    ).not.toBe(a);
    expect(fingerprintOf('secret/a', 'x.ts', fakeKey(1))).toBe(a);
  });

  it('resists a word list: a weak password is not found by hashing the list, and short values take scrypt', () => {
    // The attack of issue 9.18: the old fingerprint was sha256(secret), so hashing a word
    // list found a weak password in any annotation, SARIF file or evidence record.
    const words = ['password', 'letmein', 'hunter2', 'Summer2024!', 'qwerty123'];
    const weak = words[2]!;
    const salt = 'repo-salt-9f8e7d6c5b4a3210';
    const published = fingerprintOf(
      'secret/generic-password',
      'config.yml',
      weak,
      fingerprintKey(salt),
    );
    const old = unsaltedFingerprintOf('secret/generic-password', 'config.yml', weak);
    expect(words.find((w) => hash(w) === hashOf(old))).toBe(weak); // the old form leaks it
    expect(words.find((w) => hash(w) === hashOf(published))).toBeUndefined();
    // Without the salt, the same word list under the unsalted key finds nothing either.
    const unkeyed = fingerprintKey();
    expect(
      words.find((w) => hashOf(fingerprintOf('r', 'p', w, unkeyed)) === hashOf(published)),
    ).toBeUndefined();
    // A short value is hashed with scrypt (each guess costs the attacker a slow hash).
    expect(weak.length).toBeLessThan(SLOW_HASH_BELOW);
    expect(hashOf(published)).toBe(
      scryptSync(weak, fingerprintKey(salt), 32, { N: 1 << 10, r: 8, p: 1 }).toString('hex'),
    );
  });

  it('hashAhead computes the same slow hash on the thread pool, which keyedHash then reuses', async () => {
    const key = fingerprintKey('ahead-salt-0123456789abcdef');
    const other = fingerprintKey('another-salt-0123456789abc');
    const short = ['hunter2', 'Summer2024!', 'correct-horse-9'];
    for (const value of short) hashAhead(value, key);
    hashAhead(short[0]!, key); // started once
    hashAhead(fakeKey(4), key); // long values are a cheap HMAC: nothing to start
    await hashesAhead();
    for (const value of short) {
      const expected = scryptSync(value, key, 32, { N: 1 << 10, r: 8, p: 1 }).toString('hex');
      expect(keyedHash(value, key)).toBe(expected);
      // Another key never gets this key's hash.
      expect(keyedHash(value, other)).toBe(
        scryptSync(value, other, 32, { N: 1 << 10, r: 8, p: 1 }).toString('hex'),
      );
    }
    const long = fakeKey(4);
    expect(keyedHash(long, key)).toBe(createHmac('sha256', key).update(long).digest('hex'));
  });

  it('keeps the old unsalted form only for recognising old entries', () => {
    const secret = fakeKey(3);
    expect(unsaltedFingerprintOf('secret/a', 'x.ts', secret)).toBe(`secret/a:x.ts:${hash(secret)}`);
  });
});

describe('parseFingerprint', () => {
  const h = hash('x');
  it.each([
    [
      `secret/a:src/app.py:v2-${h}`,
      { ruleId: 'secret/a', path: 'src/app.py', hash: h, keyed: true },
    ],
    [`secret/a:src/app.py:${h}`, { ruleId: 'secret/a', path: 'src/app.py', hash: h, keyed: false }],
    [
      `secret/a:dir with spaces/a:b.txt:v2-${h}`,
      { ruleId: 'secret/a', path: 'dir with spaces/a:b.txt', hash: h, keyed: true },
    ],
    [`secret/a:${h}:${h}`, { ruleId: 'secret/a', path: h, hash: h, keyed: false }],
    [`secret/a:v2-${h}:v2-${h}`, { ruleId: 'secret/a', path: `v2-${h}`, hash: h, keyed: true }],
    [`secret/a:src/app.py:v2-${h.toUpperCase()}`, null],
    [`secret/a:src/app.py:v3-${h}`, null],
    [`secret/a:src/app.py:${h.slice(1)}`, null],
    [`secret/a::${h}`, null],
    [`secret/a::v2-${h}`, null],
    [`secret a:x:${h}`, null],
    ['', null],
  ])('%s', (input, expected) => {
    expect(parseFingerprint(input)).toEqual(expected);
  });
});
