import { sha256Hex } from './sha256.js';

/** A 64-character lowercase hex SHA-256 at the end of a fingerprint. */
const FINGERPRINT = /^(?<ruleId>[^:\s]+):(?<path>.+):(?<hash>[0-9a-f]{64})$/;

/**
 * `<ruleId>:<path>:<sha256(secret) as 64 hex>`: stable when code moves (no line numbers),
 * different for the same secret in another file, and never reversible to the secret.
 */
export function fingerprintOf(ruleId: string, path: string, secret: string): string {
  return `${ruleId}:${path}:${sha256Hex(secret)}`;
}

/**
 * Splits a fingerprint into its parts, or returns null when it is malformed. The rule id runs
 * up to the first `:`, the hash is the last 64 hex characters; the path (which may contain
 * spaces and colons) is what lies between.
 */
export function parseFingerprint(
  fingerprint: string,
): { ruleId: string; path: string; hash: string } | null {
  const groups = FINGERPRINT.exec(fingerprint)?.groups;
  if (groups === undefined) return null;
  return { ruleId: groups.ruleId!, path: groups.path!, hash: groups.hash! };
}
