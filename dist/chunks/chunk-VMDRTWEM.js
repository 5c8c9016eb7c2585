import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/core/fingerprint.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url), crypto, FINGERPRINT = /^(?<ruleId>[^:\s]+):(?<path>.+):(?<form>v2-)?(?<hash>[0-9a-f]{64})$/, KEYED_PREFIX = "v2-", SLOW_HASH_BELOW = 32, SCRYPT = { N: 1024, r: 8, p: 1 }, KEY_CONTEXT = "mandate fingerprint key v2";
function fingerprintKey(salt = "") {
  return crypto ??= load("node:crypto"), crypto.createHmac("sha256", KEY_CONTEXT).update(salt, "utf8").digest();
}
function keyedHash(secret, key) {
  if (crypto ??= load("node:crypto"), [...secret].length < SLOW_HASH_BELOW) {
    let early = ahead.get(hexOf(key))?.get(secret);
    return early ?? crypto.scryptSync(secret, key, 32, SCRYPT).toString("hex");
  }
  return crypto.createHmac("sha256", key).update(secret, "utf8").digest("hex");
}
var ahead = /* @__PURE__ */ new Map(), inFlight = /* @__PURE__ */ new Set();
function hexOf(key) {
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString("hex");
}
function hashAhead(secret, key) {
  if ([...secret].length >= SLOW_HASH_BELOW) return;
  let hex = hexOf(key), known = ahead.get(hex);
  if (known === void 0 && (known = /* @__PURE__ */ new Map(), ahead.set(hex, known)), known.has(secret)) return;
  known.set(secret, null), crypto ??= load("node:crypto");
  let done = known, hashing = new Promise((resolve) => {
    crypto.scrypt(secret, key, 32, SCRYPT, (error, derived) => {
      error === null ? done.set(secret, derived.toString("hex")) : done.delete(secret), resolve();
    });
  });
  inFlight.add(hashing), hashing.then(() => inFlight.delete(hashing));
}
async function hashesAhead() {
  for (; inFlight.size > 0; ) await Promise.all([...inFlight]);
}
function parseFingerprint(fingerprint) {
  let groups = FINGERPRINT.exec(fingerprint)?.groups;
  return groups === void 0 ? null : {
    ruleId: groups.ruleId,
    path: groups.path,
    hash: groups.hash,
    keyed: groups.form !== void 0
  };
}

export {
  KEYED_PREFIX,
  fingerprintKey,
  keyedHash,
  hashAhead,
  hashesAhead,
  parseFingerprint
};
