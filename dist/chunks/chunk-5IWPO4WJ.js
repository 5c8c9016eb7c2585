import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  sha256Hex
} from "./chunk-RS4XBG4F.js";

// src/core/fingerprint.ts
var FINGERPRINT = /^(?<ruleId>[^:\s]+):(?<path>.+):(?<hash>[0-9a-f]{64})$/;
function fingerprintOf(ruleId, path, secret) {
  return `${ruleId}:${path}:${sha256Hex(secret)}`;
}
function parseFingerprint(fingerprint) {
  let groups = FINGERPRINT.exec(fingerprint)?.groups;
  return groups === void 0 ? null : { ruleId: groups.ruleId, path: groups.path, hash: groups.hash };
}

export {
  fingerprintOf,
  parseFingerprint
};
