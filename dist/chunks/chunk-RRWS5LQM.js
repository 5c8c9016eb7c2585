import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/core/fingerprint.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url), crypto, FINGERPRINT = /^(?<ruleId>[^:\s]+):(?<path>.+):(?<form>v2-)?(?<hash>[0-9a-f]{64})$/, KEYED_PREFIX = "v2-", SLOW_HASH_BELOW = 32, SCRYPT = { N: 1024, r: 8, p: 1 }, KEY_CONTEXT = "mandate fingerprint key v2";
function fingerprintKey(salt = "") {
  return crypto ??= load("node:crypto"), crypto.createHmac("sha256", KEY_CONTEXT).update(salt, "utf8").digest();
}
function keyedHash(secret, key) {
  return crypto ??= load("node:crypto"), [...secret].length < SLOW_HASH_BELOW ? crypto.scryptSync(secret, key, 32, SCRYPT).toString("hex") : crypto.createHmac("sha256", key).update(secret, "utf8").digest("hex");
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
  parseFingerprint
};
