/**
 * Whether a candidate value of the personal-data family is a real one: card numbers (Luhn and
 * the networks' IIN ranges and lengths), IBANs (length per country, mod-97), US social security
 * numbers (issued ranges) and Spanish DNIs (check letter), and the published test values that
 * are never counted. Pure functions and tables, no I/O.
 */

/** Card numbers published as test values by card networks and payment processors. */
export const TEST_CARDS = new Set([
  '4111111111111111',
  '4242424242424242',
  '4000056655665556',
  '4012888888881881',
  '4222222222222',
  '5555555555554444',
  '5105105105105100',
  '5200828282828210',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '378734493671000',
  '6011111111111117',
  '6011000990139424',
  '3056930009020004',
  '36227206271667',
  '3566002020360505',
  '6200000000000005',
]);

/** IBANs printed in standards and bank documentation as examples. */
export const TEST_IBANS = new Set([
  'GB82WEST12345698765432',
  'GB29NWBK60161331926819',
  'DE89370400440532013000',
  'FR1420041010050500013M02606',
  'NL91ABNA0417164300',
  'CH9300762011623852957',
]);

/** IBAN length by country (the common ones; others: 15–34 and mod-97 alone). */
const IBAN_LENGTH: Record<string, number> = {
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  TR: 26,
};

/** The Luhn checksum of a card number. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Whether a digit string is in a card network's IIN range with a length that network issues. */
export function cardNetwork(digits: string): string | null {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if (
    (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) &&
    n >= 16 &&
    n <= 19
  )
    return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19)
    return 'diners';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  return null;
}

/** Digits no one is issued: one repeated, a counting run, or a digit and zeros. */
export function repetitive(digits: string): boolean {
  return (
    /^(\d)\1+$/.test(digits) ||
    '0123456789012345678'.startsWith(digits) ||
    digits.slice(1).replace(/0/g, '') === ''
  );
}

/** An IBAN's length for its country and its mod-97 check digits. */
export function ibanValid(iban: string): boolean {
  const country = iban.slice(0, 2);
  const expected = IBAN_LENGTH[country];
  if (expected !== undefined ? iban.length !== expected : iban.length < 15 || iban.length > 34) {
    return false;
  }
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) rest = (rest * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

/** A US social security number in the ranges the SSA issues, not a published sample. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  if (a === 0 || a === 666 || a >= 900 || group === '00' || serial === '0000') return false;
  const whole = `${area}${group}${serial}`;
  // The advertising sample (Woolworth), the "123-45-6789" placeholder, 219-09-9999.
  return (
    whole !== '078051120' &&
    whole !== '123456789' &&
    whole !== '219099999' &&
    !/^(\d)\1{8}$/.test(whole)
  );
}

/** A Spanish DNI's check letter. */
export function dniValid(digits: string, letter: string): boolean {
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(digits) % 23] === letter && !/^(\d)\1{7}$/.test(digits);
}
