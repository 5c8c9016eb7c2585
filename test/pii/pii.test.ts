import { describe, expect, it } from 'vitest';
import {
  countPii,
  isDataFile,
  judgePersonalData,
  looksLikeRecords,
} from '../../src/core/pii/detect.js';
import { cardNetwork, ibanValid, luhn, ssnValid } from '../../src/core/pii/values.js';
import { isPhone } from '../../src/sources/phone-check.js';
import { card, customers, iban, random } from './generate.js';

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

  it('reads no card numbers in digits spaced any other way than cards are printed (font outlines)', () => {
    const next = random(7);
    const coordinate = () => String(Math.floor(next() * 2400) - 1200);
    const glyphs = Array.from({ length: 400 }, (_, i) => {
      const path = Array.from(
        { length: 60 },
        () => `q ${coordinate()} ${coordinate()} ${coordinate()} ${coordinate()}`,
      ).join(' ');
      return `"g${i}":{"x_min":44,"x_max":818,"ha":817,"o":"m 514 298 ${path}"}`;
    });
    const font = `{"glyphs":{${glyphs.join(',')}}}`;
    expect(countPii(font).card).toBeUndefined();
    expect(
      judgePersonalData('examples/fonts/sans.typeface.json', font, undefined, isPhone),
    ).toBeNull();
    // The same card numbers, printed in groups or together, are still counted.
    const cards = Array.from({ length: 5 }, () => card(next));
    const grouped = cards.map((c, i) => (i % 2 === 0 ? c.replace(/(\d{4})(?=\d)/g, '$1 ') : c));
    expect(countPii(grouped.join('\n')).card).toBe(5);
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
    expect(isDataFile('web/package-lock.json')).toBe(false);
    expect(isDataFile('tsconfig.build.json')).toBe(false);
    expect(isDataFile('schema/mandate.schema.json')).toBe(false);
    expect(isDataFile('exports/users.json')).toBe(true);
  });

  it('reads a .json file only when it looks like records (arrays of objects, JSON Lines, rows)', () => {
    const rows = customers(40)
      .split('\n')
      .slice(1)
      .map((row) => row.split(','));
    const objects = rows.map(([id, name, email, phone, number]) => ({
      id,
      name,
      email,
      phone,
      number,
    }));
    const asArray = JSON.stringify(objects, null, 2);
    const asLines = objects.map((o) => JSON.stringify(o)).join('\n');
    const asRows = JSON.stringify(rows);
    const nested = JSON.stringify({ exportedAt: '2026-01-01', customers: objects });
    for (const text of [asArray, asLines, asRows, nested]) {
      expect(looksLikeRecords(text)).toBe(true);
      expect(judgePersonalData('exports/customers.json', text, undefined, isPhone)?.redacted).toBe(
        '40 e-mail addresses, 40 phone numbers, 40 payment card numbers',
      );
    }
    // JSON Lines files are records by their extension; CSV by its.
    expect(
      judgePersonalData('exports/customers.jsonl', asLines.replace(/\n/g, ' ')),
    ).not.toBeNull();
    // The same people keyed by name are a catalog, not rows: not judged (a message catalog, a
    // font's glyphs, a source map and a tool's settings have this shape).
    const keyed = JSON.stringify(Object.fromEntries(objects.map((o) => [o.name, o.email])));
    expect(looksLikeRecords(keyed)).toBe(false);
    expect(judgePersonalData('i18n/contacts.json', keyed, undefined, isPhone)).toBeNull();
    const font = JSON.stringify({ glyphs: { a: { ha: 1, o: 'm 1 2' }, b: { ha: 2, o: 'm 3 4' } } });
    const map = JSON.stringify({ version: 3, sources: ['a.ts', 'b.ts'], mappings: 'AAAA;AACA' });
    const settings = JSON.stringify({ compilerOptions: { strict: true }, include: ['src'] });
    for (const text of [font, map, settings, '[]', '[{"a":1}]', '[{"a":1},{"b":2},{"c":3}]']) {
      expect(looksLikeRecords(text)).toBe(false);
    }
  });

  it('skips the card, IBAN, SSN and DNI passes on text without a run of digits, counting the rest', () => {
    const emails = Array.from({ length: 12 }, (_, i) => `person${i}@mailbox.net`).join('\n');
    expect(countPii(emails)).toEqual({ email: 12 });
    const next = random(5);
    expect(countPii(`${emails}\n${card(next)}`)).toEqual({ email: 12, card: 1 });
  });
});
