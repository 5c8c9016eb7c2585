/** Personal data generated at run time (never committed): cards, IBANs, customer tables. */
import { ibanValid, luhn } from '../../src/core/pii/values.js';

/** A seeded generator (mulberry32) so a failing table can be reproduced. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Visa number with a valid Luhn digit, built at run time. */
export function card(next: () => number): string {
  let body = '4';
  while (body.length < 15) body += String(Math.floor(next() * 10));
  for (let check = 0; check < 10; check++) if (luhn(body + check)) return body + check;
  throw new Error('unreachable');
}

/** A German IBAN with valid check digits, built at run time. */
export function iban(next: () => number): string {
  let bban = '';
  while (bban.length < 18) bban += String(Math.floor(next() * 10));
  for (let check = 2; check < 99; check++) {
    const candidate = `DE${String(check).padStart(2, '0')}${bban}`;
    if (ibanValid(candidate)) return candidate;
  }
  throw new Error('unreachable');
}

const AREA_CODES = [212, 415, 617, 202, 312, 646, 718, 305, 702, 206, 303, 404];

export function customers(rows: number, seed = 7): string {
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
