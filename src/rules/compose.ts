/**
 * Composes fake secrets at run time so that no secret-shaped literal is ever committed: the
 * `examples:` templates of the built-in packs and of a user's custom rules (`mandate rules
 * --test`), and the tests' fake secrets (test/support/compose.ts re-exports this file).
 *
 * A template is plain text with `{{generator:arg}}` placeholders:
 *
 * | placeholder              | expands to                                                  |
 * | ------------------------ | ----------------------------------------------------------- |
 * | `{{alnum:N}}`            | N of `[A-Za-z0-9]`                                          |
 * | `{{lower:N}}`            | N of `[a-z0-9]`                                             |
 * | `{{upper:N}}`            | N of `[A-Z0-9]`                                             |
 * | `{{letters:N}}`          | N of `[A-Za-z]`                                             |
 * | `{{hex:N}}` `{{HEX:N}}`  | N lower / upper hex digits                                  |
 * | `{{digits:N}}`           | N of `[0-9]`                                                |
 * | `{{base32:N}}`           | N of `[A-Z2-7]`                                             |
 * | `{{base64:N}}`           | N of `[A-Za-z0-9+/]`                                        |
 * | `{{base64url:N}}`        | N of `[A-Za-z0-9_-]`                                        |
 * | `{{bech32:N}}`           | N of the upper-case bech32 alphabet (age keys)              |
 * | `{{uuid}}`               | a random v4 UUID                                            |
 * | `{{lit:TEXT}}`           | TEXT verbatim (splits a literal so no file holds its shape) |
 * | `{{mark}}`               | nothing; marks the line where the finding is expected       |
 * | `{{github:PREFIX}}`      | PREFIX + 30 alnum + their CRC32 in base62 (6)               |
 * | `{{github-badcrc:PREFIX}}` | the same with a wrong checksum                            |
 * | `{{npm}}`                | `npm_` + the GitHub checksum scheme                         |
 * | `{{npm-badcrc}}`         | the same with a wrong checksum                              |
 * | `{{jwt}}`                | an HS256 JWT with a random payload and signature            |
 * | `{{pem:TYPE}}`           | a PEM block `-----BEGIN TYPE-----` … `-----END TYPE-----`   |
 * | `{{pem-escaped:TYPE}}`   | the same on one line with `\n` escapes (JSON, .env)         |
 * | `{{openai:PREFIX}}`      | PREFIX + 74 + `T3BlbkFJ` + 74 (`[A-Za-z0-9_-]`)             |
 * | `{{openai-legacy}}`      | `sk-` + 20 + `T3BlbkFJ` + 20 alnum                          |
 * | `{{anthropic:KIND}}`     | `sk-ant-KIND-` + 93 + `AA` (KIND e.g. api03, admin01)        |
 * | `{{groq}}`               | `gsk_` + 20 + `WGdyb3FY` + 24 alnum                         |
 * | `{{basic:USER}}`         | base64 of `USER:` + 16 alnum (HTTP Basic, Docker `auth`)    |
 *
 * Output is deterministic for a seed (mulberry32), so a failing example can be reproduced.
 */

import { githubChecksum } from '../core/secret/validators.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const BASE32 = `${UPPER}234567`;
const BASE64 = `${ALNUM}+/`;
const BASE64URL = `${ALNUM}_-`;
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

/** A tiny seeded PRNG (mulberry32): same seed, same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(random: () => number, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function count(arg: string | undefined, name: string): number {
  const n = Number(arg);
  if (!Number.isInteger(n) || n <= 0 || n > 100_000) {
    throw new Error(`compose: {{${name}:N}} needs a positive length, got "${arg ?? ''}".`);
  }
  return n;
}

function githubLike(random: () => number, prefix: string, valid: boolean): string {
  const body = pick(random, ALNUM, 30);
  const crc = githubChecksum(body);
  if (valid) return prefix + body + crc;
  // Change one character of the checksum so it no longer matches.
  const last = crc.slice(-1);
  const other = last === '0' ? '1' : '0';
  return prefix + body + crc.slice(0, -1) + other;
}

function pem(random: () => number, type: string, escaped: boolean): string {
  const pgp = type.startsWith('PGP');
  const lines: string[] = [`-----BEGIN ${type}-----`];
  if (pgp) lines.push('Version: GnuPG v2', '');
  for (let i = 0; i < 20; i++) lines.push(pick(random, BASE64, 64));
  lines.push(`${pick(random, BASE64, 40)}==`);
  if (pgp) lines.push(`=${pick(random, BASE64, 4)}`);
  lines.push(`-----END ${type}-----`);
  return escaped ? `${lines.join('\\n')}\\n` : lines.join('\n');
}

function jwt(random: () => number): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      sub: pick(random, DIGITS, 10),
      name: pick(random, LOWER, 8),
      iat: 1_700_000_000 + Math.floor(random() * 10_000_000),
      jti: pick(random, ALNUM, 16),
    }),
  );
  return `${header}.${payload}.${pick(random, BASE64URL, 43)}`;
}

function uuid(random: () => number): string {
  const h = pick(random, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

/** Generators that pick N characters of one alphabet: `{{name:N}}`. */
const ALPHABETS: Readonly<Record<string, string>> = {
  alnum: ALNUM,
  lower: LOWER + DIGITS,
  upper: UPPER + DIGITS,
  letters: UPPER + LOWER,
  hex: HEX,
  HEX: HEX.toUpperCase(),
  digits: DIGITS,
  base32: BASE32,
  base64: BASE64,
  base64url: BASE64URL,
  bech32: BECH32,
};

function expand(random: () => number, name: string, arg: string | undefined): string {
  const alphabet = Object.hasOwn(ALPHABETS, name) ? ALPHABETS[name] : undefined;
  if (alphabet !== undefined) return pick(random, alphabet, count(arg, name));
  switch (name) {
    case 'lit':
      return arg ?? '';
    case 'uuid':
      return uuid(random);
    case 'github':
    case 'github-badcrc':
      return githubLike(random, arg ?? 'ghp_', name === 'github');
    case 'npm':
    case 'npm-badcrc':
      return githubLike(random, 'npm_', name === 'npm');
    case 'jwt':
      return jwt(random);
    case 'pem':
    case 'pem-escaped':
      return pem(random, arg ?? 'PRIVATE KEY', name === 'pem-escaped');
    case 'openai':
      return `${arg ?? 'sk-proj-'}${pick(random, BASE64URL, 74)}T3BlbkFJ${pick(random, BASE64URL, 74)}`;
    case 'openai-legacy':
      return `sk-${pick(random, ALNUM, 20)}T3BlbkFJ${pick(random, ALNUM, 20)}`;
    case 'anthropic':
      return `sk-ant-${arg ?? 'api03'}-${pick(random, BASE64URL, 93)}AA`;
    case 'basic':
      return Buffer.from(`${arg ?? 'user'}:${pick(random, ALNUM, 16)}`, 'utf8').toString('base64');
    case 'groq':
      return `gsk_${pick(random, ALNUM, 20)}WGdyb3FY${pick(random, ALNUM, 24)}`;
    default:
      throw new Error(`compose: unknown generator {{${name}}}.`);
  }
}

export interface Composed {
  text: string;
  /** 1-based line of `{{mark}}` if present, else of the first generated (non-`lit`) value. */
  line: number;
  /** The longest generated value: a substring of the secret, for "never printed" checks. */
  secretHint: string | undefined;
  /** Every generated (non-`lit`) value, in order. */
  generated: string[];
  /** 1-based column of `{{mark}}`, when the template has one. */
  markColumn?: number;
}

const PLACEHOLDER = /\{\{([a-zA-Z0-9-]+)(?::((?:(?!\}\}).)*))?\}\}/gs;

/** Expands a template; see the table at the top of this file. */
export function composeDetailed(template: string, seed = 1): Composed {
  const random = mulberry32(seed);
  let text = '';
  let last = 0;
  let firstGenerated: number | undefined;
  let hint: string | undefined;
  let mark: number | undefined;
  const generated: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    text += template.slice(last, m.index);
    const name = m[1] ?? '';
    if (name === 'mark') {
      mark = text.length;
      last = m.index + m[0].length;
      continue;
    }
    const value = expand(random, name, m[2]);
    if (name !== 'lit') {
      generated.push(value);
      if (firstGenerated === undefined) firstGenerated = text.length;
      if (hint === undefined || value.length > hint.length) hint = value;
    }
    text += value;
    last = m.index + m[0].length;
  }
  text += template.slice(last);
  const at = mark ?? firstGenerated;
  const line = at === undefined ? 1 : text.slice(0, at).split('\n').length;
  const markColumn = mark === undefined ? undefined : mark - text.lastIndexOf('\n', mark - 1);
  return {
    text,
    line,
    secretHint: hint,
    generated,
    ...(markColumn === undefined ? {} : { markColumn }),
  };
}

/** Expands a template into text; deterministic for a seed. */
export function compose(template: string, seed = 1): string {
  return composeDetailed(template, seed).text;
}
