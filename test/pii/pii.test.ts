import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import {
  cardNetwork,
  countPii,
  ibanValid,
  isDataFile,
  judgePersonalData,
  luhn,
  ssnValid,
} from '../../src/core/pii/detect.js';

const isPhone = (candidate: string) => isValidPhoneNumber(candidate, 'US');

/** A seeded generator (mulberry32) so a failing table can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Visa number with a valid Luhn digit, built at run time. */
function card(next: () => number): string {
  let body = '4';
  while (body.length < 15) body += String(Math.floor(next() * 10));
  for (let check = 0; check < 10; check++) if (luhn(body + check)) return body + check;
  throw new Error('unreachable');
}

/** A German IBAN with valid check digits, built at run time. */
function iban(next: () => number): string {
  let bban = '';
  while (bban.length < 18) bban += String(Math.floor(next() * 10));
  for (let check = 2; check < 99; check++) {
    const candidate = `DE${String(check).padStart(2, '0')}${bban}`;
    if (ibanValid(candidate)) return candidate;
  }
  throw new Error('unreachable');
}

const AREA_CODES = [212, 415, 617, 202, 312, 646, 718, 305, 702, 206, 303, 404];

function customers(rows: number, seed = 7): string {
  const next = random(seed);
  const first = ['ana', 'ben', 'chen', 'dara', 'eli', 'fatima', 'gus', 'hana'];
  const lines = ['id,name,email,phone,card'];
  for (let i = 0; i < rows; i++) {
    const name = `${first[i % first.length]}${i}`;
    const area = AREA_CODES[Math.floor(next() * AREA_CODES.length)];
    const phone = `(${area}) ${200 + Math.floor(next() * 700)}-${String(1000 + Math.floor(next() * 8999))}`;
    lines.push(`${i},${name},${name}@mailbox-${i % 13}.net,${phone},${card(next)}`);
  }
  return lines.join('\n');
}

describe('checksums', () => {
  it('luhn, IIN ranges, mod-97 and SSN ranges', () => {
    const next = random(1);
    expect(luhn(card(next))).toBe(true);
    expect(cardNetwork('5500000000000004')).toBe('mastercard');
    expect(cardNetwork('1234567812345670')).toBeNull();
    expect(ibanValid(iban(next))).toBe(true);
    expect(ibanValid('DE00370400440532013000')).toBe(false);
    expect(ssnValid('536', '22', '1234')).toBe(true);
    expect(ssnValid('666', '22', '1234')).toBe(false);
    expect(ssnValid('900', '22', '1234')).toBe(false);
    expect(ssnValid('123', '45', '6789')).toBe(false);
  });
});

describe('the personal-data family', () => {
  it('blocks a CSV of 200 generated customers, with counts and no values', () => {
    const text = customers(200);
    const finding = judgePersonalData('exports/customers.csv', text, undefined, isPhone);
    expect(finding).toMatchObject({
      ruleId: 'personal-data/dataset',
      kind: 'personal-data',
      severity: 'critical',
      blocking: true,
    });
    expect(finding?.redacted).toMatch(
      /^200 e-mail addresses, 200 phone numbers, 200 payment card numbers$/,
    );
    const values = text
      .split('\n')
      .slice(1)
      .flatMap((row) => row.split(',').slice(2));
    for (const value of values) {
      expect(finding?.message).not.toContain(value);
      expect(finding?.redacted).not.toContain(value);
    }
  });

  it('lets one e-mail in a docstring through, and a few contacts', () => {
    expect(
      judgePersonalData('data/notes.json', '{"author": "dana@mailbox.net"}', undefined, isPhone),
    ).toBeNull();
    expect(
      judgePersonalData('data/few.csv', customers(9).replace(/,4\d+$/gm, ''), undefined, isPhone),
    ).toBeNull();
  });

  it('excludes example domains and well-known test values', () => {
    const rows: string[] = [];
    for (let i = 0; i < 60; i++) {
      rows.push(
        `user${i}@example.com,u${i}@corp.example,x${i}@foo.test,4242424242424242,GB82WEST12345698765432,123-45-6789,(555) 555-0100`,
      );
    }
    expect(countPii(rows.join('\n'), isPhone)).toEqual({});
  });

  it('counts IBANs, SSNs and DNIs; three of a sensitive type are a dataset', () => {
    const next = random(3);
    const text = [iban(next), iban(next), iban(next), '536-22-1234', '12345678Z'].join('\n');
    expect(countPii(text)).toEqual({ iban: 3, ssn: 1, 'national-id': 1 });
    expect(judgePersonalData('dump.sql', text)?.redacted).toBe(
      '3 IBANs, 1 US social security number, 1 national ID number',
    );
  });

  it('reads only data files', () => {
    expect(isDataFile('a/b/customers.CSV')).toBe(true);
    expect(isDataFile('notebooks/eda.ipynb')).toBe(true);
    expect(isDataFile('README.md')).toBe(false);
    expect(isDataFile('src/app.py')).toBe(false);
  });
});
