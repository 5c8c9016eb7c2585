import { createRequire } from 'node:module';
import { sha256Hex } from './sha256.js';

type Crypto = typeof import('node:crypto');

const load = createRequire(import.meta.url);
let crypto: Crypto | undefined;

/**
 * `<ruleId>:<path>:` then the hash: `v2-` and 64 hex (keyed, the current form) or 64 hex alone
 * (the old unsalted SHA-256, recognised for migration only). Hex has no `v` or `-`, so the two
 * forms cannot be mistaken for one another.
 */
const FINGERPRINT = /^(?<ruleId>[^:\s]+):(?<path>.+):(?<form>v2-)?(?<hash>[0-9a-f]{64})$/;

/** The marker of a keyed fingerprint hash. */
export const KEYED_PREFIX = 'v2-';

/**
 * Values shorter than this are hashed with scrypt rather than HMAC alone: a human-chosen
 * password is short and in a word list; a provider token of 32 characters or more carries far
 * more randomness than any word list.
 */
export const SLOW_HASH_BELOW = 32;

/**
 * scrypt cost for short values: 1 MiB and about 1.7 ms per value (Node 20, one core), which
 * every guess costs too — thousands of times a SHA-256. N = 4096 cost 7 ms, about half a second
 * on a first scan of a real codebase, whose generic-rule warnings are mostly short values.
 */
const SCRYPT = { N: 1 << 10, r: 8, p: 1 } as const;

/** Domain separation for the per-repository key. */
const KEY_CONTEXT = 'mandate fingerprint key v2';

/**
 * The per-repository fingerprint key, derived from `fingerprint_salt` of `.mandate.yml` (the
 * same file for the hook, `scan PATH`, history, CI and the Action, so one baseline serves
 * them all). A config without a salt uses the empty salt: still keyed and slow for short
 * values, but the same key in every such repository.
 */
export function fingerprintKey(salt = ''): Uint8Array {
  crypto ??= load('node:crypto') as Crypto;
  return crypto.createHmac('sha256', KEY_CONTEXT).update(salt, 'utf8').digest();
}

/** The keyed hash of a secret: HMAC-SHA256, or scrypt for short values; 64 lowercase hex. */
export function keyedHash(secret: string, key: Uint8Array): string {
  crypto ??= load('node:crypto') as Crypto;
  if ([...secret].length < SLOW_HASH_BELOW) {
    const early = ahead.get(hexOf(key))?.get(secret);
    if (early !== undefined && early !== null) return early;
    return crypto.scryptSync(secret, key, 32, SCRYPT).toString('hex');
  }
  return crypto.createHmac('sha256', key).update(secret, 'utf8').digest('hex');
}

/**
 * Slow hashes computed ahead by hashAhead, by key (hex) then secret; null while in flight.
 * In memory only, for the life of the process (a CLI run).
 */
const ahead = new Map<string, Map<string, string | null>>();
const inFlight = new Set<Promise<void>>();

function hexOf(key: Uint8Array): string {
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('hex');
}

/**
 * Starts the slow hash of a short secret on libuv's thread pool, so that it runs beside the
 * scan that found it (a directory scan keeps one core busy; the pool uses the others) rather
 * than after it; keyedHash then finds it done. Await hashesAhead() before keyedHash. Long
 * values (a cheap HMAC) and values already started are left alone. Same result as keyedHash.
 */
export function hashAhead(secret: string, key: Uint8Array): void {
  if ([...secret].length >= SLOW_HASH_BELOW) return;
  const hex = hexOf(key);
  let known = ahead.get(hex);
  if (known === undefined) {
    known = new Map();
    ahead.set(hex, known);
  }
  if (known.has(secret)) return;
  known.set(secret, null);
  crypto ??= load('node:crypto') as Crypto;
  const done = known;
  const hashing = new Promise<void>((resolve) => {
    crypto!.scrypt(secret, key, 32, SCRYPT, (error, derived) => {
      // On error keyedHash computes it again (and throws there, on the main path).
      if (error === null) done.set(secret, derived.toString('hex'));
      else done.delete(secret);
      resolve();
    });
  });
  inFlight.add(hashing);
  void hashing.then(() => inFlight.delete(hashing));
}

/** Resolves when every hash started by hashAhead has finished. */
export async function hashesAhead(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}

/**
 * `<ruleId>:<path>:v2-<keyed hash as 64 hex>`: stable when code moves (no line numbers),
 * different for the same secret in another file or another repository (another salt), and
 * not testable against a word list without the key and, for short values, a slow hash each.
 * `key` is fingerprintKey(salt); the default is the unsalted key.
 */
export function fingerprintOf(
  ruleId: string,
  path: string,
  secret: string,
  key: Uint8Array = fingerprintKey(),
): string {
  return `${ruleId}:${path}:${KEYED_PREFIX}${keyedHash(secret, key)}`;
}

/**
 * The old unsalted form, `<ruleId>:<path>:<sha256(secret)>`: computed only to recognise old
 * baseline and ignore entries during the transition, never reported.
 */
export function unsaltedFingerprintOf(ruleId: string, path: string, secret: string): string {
  return `${ruleId}:${path}:${sha256Hex(secret)}`;
}

/**
 * Splits a fingerprint into its parts, or returns null when it is malformed. The rule id runs
 * up to the first `:`, the hash is the last 64 hex characters (after `v2-` when keyed); the
 * path (which may contain spaces and colons) is what lies between. `keyed` is false for the
 * old unsalted form (and for policy fingerprints, which hash no secret).
 */
export function parseFingerprint(
  fingerprint: string,
): { ruleId: string; path: string; hash: string; keyed: boolean } | null {
  const groups = FINGERPRINT.exec(fingerprint)?.groups;
  if (groups === undefined) return null;
  return {
    ruleId: groups.ruleId!,
    path: groups.path!,
    hash: groups.hash!,
    keyed: groups.form !== undefined,
  };
}
