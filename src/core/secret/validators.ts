/**
 * The validators a secret rule may name (`validate:`): offline structural checks — checksums, JWT
 * and PEM shapes, placeholders in passwords and URIs — that tell real credentials from
 * look-alikes.
 *
 * Long because it is a table of small independent checks with the word lists they need (password
 * placeholders).
 */
import { Buffer } from 'node:buffer';
import type { ValidatorName } from '../rule-spec.js';
import { shannonEntropy } from './entropy.js';

/**
 * Offline structural checks that tell real credentials from look-alikes. Pure functions of the
 * secret (the rule's `secret` group) and the whole regex match, which some checks need for
 * context (a service-account JSON around its private key).
 */
export type Validator = (secret: string, match?: string) => boolean;

const CRC32_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zlib) of the string's UTF-8 bytes, as an unsigned integer. */
export function crc32(text: string): number {
  const bytes = Buffer.from(text, 'utf8');
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC32_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 (alphabet 0-9A-Za-z) of a non-negative integer, left-padded with '0' to `width`. */
export function base62(value: number, width: number): string {
  let out = '';
  let n = Math.floor(value);
  while (n > 0) {
    out = BASE62[n % 62]! + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/**
 * The 6-character checksum GitHub (and npm) append to the 30 random characters of a token:
 * CRC32 of those characters, base62-encoded, left-padded with '0'.
 */
export function githubChecksum(random30: string): string {
  return base62(crc32(random30), 6);
}

const CHECKSUMMED_BODY = /^[A-Za-z0-9]{36}$/;

/** `<prefix>_` + 30 random + 6 checksum (ghp_, gho_, ghu_, ghs_, ghr_, npm_). */
function checksummedToken(prefixes: readonly string[]): Validator {
  return (secret) => {
    const underscore = secret.lastIndexOf('_');
    if (underscore < 0) return false;
    const prefix = secret.slice(0, underscore + 1);
    if (!prefixes.some((p) => prefix.endsWith(p))) return false;
    const body = secret.slice(underscore + 1);
    if (!CHECKSUMMED_BODY.test(body)) return false;
    return githubChecksum(body.slice(0, 30)) === body.slice(30);
  };
}

export const validateGithubChecksum = checksummedToken(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']);
export const validateNpmChecksum = checksummedToken(['npm_']);

export function validateOpenaiMarker(secret: string): boolean {
  return secret.includes('T3BlbkFJ');
}

export function validateGroqMarker(secret: string): boolean {
  return secret.includes('WGdyb3FY');
}

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

function decodeJsonObject(part: string): Record<string, unknown> | null {
  if (!BASE64URL.test(part)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Three dot-separated parts; header and payload are base64url JSON objects; header has `alg`. */
export function validateJwt(secret: string): boolean {
  const parts = secret.split('.');
  if (parts.length !== 3) return false;
  const header = decodeJsonObject(parts[0]!);
  if (header === null || typeof header.alg !== 'string') return false;
  return decodeJsonObject(parts[1]!) !== null;
}

const PEM_BLOCK =
  /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY(?: BLOCK)?-----([\s\S]*?)-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
/** What a PEM body embedded in source code may carry besides base64: escaped newlines, quotes, `+`. */
const PEM_NOISE = /\\[nr]|\s|["'`+,]/g;

/**
 * A BEGIN…END private key block whose body is plausible base64 of at least 64 characters and
 * not one character repeated. Header lines (`Proc-Type: 4,ENCRYPTED`, `DEK-Info: …`, PGP
 * `Version: …`) are skipped: an encrypted key still counts.
 */
export function validatePrivateKey(secret: string): boolean {
  const block = PEM_BLOCK.exec(secret);
  if (block === null) return false;
  let body = '';
  for (const rawLine of block[2]!.split(/\\n|\n/)) {
    const line = rawLine.trim();
    if (/^[A-Za-z-]+:\s/.test(line)) continue;
    body += line.replace(PEM_NOISE, '');
  }
  // PGP armour ends with a CRC line "=XXXX"; it is base64 too, so it is simply kept.
  if (body.length < 64 || !/^[A-Za-z0-9+/=]+$/.test(body)) return false;
  const first = body[0];
  for (let i = 1; i < body.length; i++) if (body[i] !== first) return true;
  return false;
}

const PASSWORD_PLACEHOLDERS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'changeme',
  'redacted',
  'example',
  'test',
  'user',
  'username',
]);

/**
 * Words that stand in for a user name or a password in tests, documentation and examples, by
 * meaning: who (user, admin, root, guest, demo, test…), what (password, secret, pass…) and the
 * classic filler (foo, bar, changeme, letmein, qwerty…). Compared in lower case.
 */
const PLACEHOLDER_CREDENTIAL_WORDS = new Set([
  ...PASSWORD_PLACEHOLDERS,
  'admin',
  'administrator',
  'root',
  'guest',
  'demo',
  'testing',
  'tester',
  'testuser',
  'testpass',
  'testpassword',
  'foo',
  'bar',
  'baz',
  'foobar',
  'login',
  'default',
  'sample',
  'dummy',
  'fake',
  'letmein',
  'qwerty',
  'welcome',
  'hello',
  'alice',
  'bob',
  'john',
  'jane',
  'johndoe',
  'janedoe',
  'mypassword',
  'mysecret',
  'mypass',
  'myuser',
  'passw0rd',
  'p4ssw0rd',
  'p@ssw0rd',
  's3cr3t',
  'token',
  'apikey',
  'key',
  'client',
  'clientid',
  'clientsecret',
]);

/**
 * A placeholder word, optionally followed by digits (`user1`, `password123`, `secret1`,
 * `admin`), or a plain run of digits (`123456`): the shape of a test or documentation
 * credential, not an issued one.
 */
export function isPlaceholderCredential(text: string): boolean {
  const lower = text.toLowerCase();
  if (/^[0-9]{1,12}$/.test(lower)) return true;
  const word = lower.replace(/[-_.]?[0-9]{1,6}$/, '');
  return PLACEHOLDER_CREDENTIAL_WORDS.has(word);
}

/** The characters at the end of `text` after its last blank, quote, `:` or `=`. */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && !/[\s:"'=]/.test(text[start - 1]!)) start--;
  return text.slice(start);
}

/** Words of a written-out placeholder value (`REPLACE_WITH_PASSWORD`, `your-db-password`). */
const PLACEHOLDER_WORDS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'token',
  'key',
  'replace',
  'change',
  'changeme',
  'your',
  'my',
  'here',
  'placeholder',
  'redacted',
  'example',
  'dummy',
]);

/**
 * A value written out as words that name what belongs there (`REPLACE_WITH_PASSWORD`,
 * `YOUR_DB_PASSWORD`, `your-password-here`): two or more words joined by `_` or `-`, all upper
 * or all lower case, at least half of them placeholder words. A passphrase of words
 * (`blue-horse-key-42`) has one at most among several.
 */
export function isWrittenPlaceholder(value: string): boolean {
  if (!/^(?:[A-Z0-9]+(?:[_-][A-Z0-9]+)+|[a-z0-9]+(?:[_-][a-z0-9]+)+)$/.test(value)) return false;
  const words = value.toLowerCase().split(/[_-]/);
  const named = words.filter((word) => PLACEHOLDER_WORDS.has(word)).length;
  return named * 2 >= words.length;
}

/**
 * A password as people write it: present, not a variable reference, template or format
 * directive, not a placeholder, different from the user name, and with some entropy. A user and
 * password that are both placeholder words, optionally plus digits (`user1:password123`,
 * `test:secret1`, `admin:admin`), are a test or documentation credential.
 */
function plausiblePassword(password: string, user: string): boolean {
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    // keep the raw form
  }
  if (decoded.length < 3) return false;
  if (/^[$%<{[(]|\$\{|\{\{|<[^<>]*>|^\*+$|^x+$/i.test(decoded)) return false;
  if (PASSWORD_PLACEHOLDERS.has(decoded.toLowerCase()) || isWrittenPlaceholder(decoded)) {
    return false;
  }
  if (user !== '' && decoded === user) return false;
  if (
    user !== '' &&
    isPlaceholderCredential(decoded) &&
    isPlaceholderCredential(safeDecode(user))
  ) {
    return false;
  }
  return shannonEntropy(decoded) >= 1.5;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * `scheme://user:password@host…`: the password exists, is not a variable reference or a
 * placeholder, differs from the user name, and has some entropy.
 */
export function validateConnectionUri(secret: string, match = secret): boolean {
  // The match is the URI up to the password only when no blank follows its last `://`: in
  // `curl https://host/path -u user:password` the URL is another word, and the password
  // stands alone after `user:`.
  const uriMatch = match.includes('://') && !/\s/.test(match.slice(match.lastIndexOf('://')));
  const text = secret.includes('://') ? secret : uriMatch ? match : secret;
  const schemeEnd = text.indexOf('://');
  let password: string;
  let user = '';
  if (schemeEnd < 0 && match !== secret && match.endsWith(`:${secret}`)) {
    // `user:password` at the end of the match (curl -u): the user is the word before `:`.
    user = lastWord(match.slice(0, -secret.length - 1));
  }
  if (schemeEnd >= 0) {
    const rest = text.slice(schemeEnd + 3);
    const at = rest.lastIndexOf('@');
    if (at < 0) return false;
    const userinfo = rest.slice(0, at);
    const colon = userinfo.indexOf(':');
    if (colon < 0) return false;
    user = userinfo.slice(0, colon);
    password = userinfo.slice(colon + 1);
  } else {
    password = text; // the rule captured the password alone
  }
  return plausiblePassword(password, user);
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** Printable text without control characters (user names and passwords). */
const PRINTABLE = /^[\x20-\x7e\u00a0-\uffff]+$/;

/** The length of `text` without its trailing `=` padding. */
function unpaddedLength(text: string): number {
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  return end;
}

/**
 * HTTP Basic credentials (RFC 7617), as in `Authorization: Basic …`, Docker's `auths.*.auth`
 * and npm's `_auth`: base64 of `user:password` with a plausible password (see
 * plausiblePassword). Random base64 and words decode to binary, and fail.
 */
export function validateBasicAuth(secret: string): boolean {
  if (!BASE64.test(secret) || unpaddedLength(secret) % 4 === 1) return false;
  const decoded = Buffer.from(secret, 'base64').toString('utf8');
  if (!PRINTABLE.test(decoded)) return false;
  const colon = decoded.indexOf(':');
  if (colon < 1) return false;
  return plausiblePassword(decoded.slice(colon + 1), decoded.slice(0, colon));
}

/** A service-account JSON: `"type": "service_account"` and a `private_key` holding a PEM key. */
export function validateGcpServiceAccount(secret: string, match = secret): boolean {
  const text = secret === match ? secret : `${match}\n${secret}`;
  return (
    /"type"\s*:\s*"service_account"/.test(text) &&
    /"private_key"\s*:\s*"-----BEGIN (?:RSA )?PRIVATE KEY-----/.test(text)
  );
}

/**
 * The captured value alone is a plausible password (not a placeholder, reference or
 * template): for rules whose match holds other text, such as a registry URL before `-p`.
 */
export function validatePassword(secret: string): boolean {
  return plausiblePassword(secret, '');
}

export const VALIDATORS: Readonly<Record<ValidatorName, Validator>> = {
  'github-checksum': validateGithubChecksum,
  'npm-checksum': validateNpmChecksum,
  'openai-marker': validateOpenaiMarker,
  'groq-marker': validateGroqMarker,
  jwt: validateJwt,
  'private-key': validatePrivateKey,
  'connection-uri': validateConnectionUri,
  password: validatePassword,
  'basic-auth': validateBasicAuth,
  'gcp-service-account': validateGcpServiceAccount,
};

export function isValidatorName(name: string): name is ValidatorName {
  return Object.hasOwn(VALIDATORS, name);
}
