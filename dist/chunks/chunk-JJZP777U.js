import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  formatCount
} from "./chunk-H26BPTWG.js";

// src/core/redact.ts
var MAX_PREFIX = 6, MIN_LENGTH_FOR_PREFIX = 12, PEM_HEADER = /^-----BEGIN ([A-Z0-9 ]{1,40}?)-----/;
function redact(secret) {
  let length = `(${formatCount(secret.length)} ${secret.length === 1 ? "char" : "chars"})`, pem = PEM_HEADER.exec(secret);
  if (pem !== null) return `-----BEGIN ${pem[1]}\u2026${length}`;
  if (secret.length < MIN_LENGTH_FOR_PREFIX) return `\u2026${length}`;
  let prefix = secret.slice(0, Math.min(MAX_PREFIX, Math.floor(secret.length / 5))), lineBreak = prefix.search(/[\r\n]/);
  return lineBreak !== -1 && (prefix = prefix.slice(0, lineBreak)), /[\uD800-\uDBFF]$/.test(prefix) && (prefix = prefix.slice(0, -1)), `${prefix}\u2026${length}`;
}

export {
  redact
};
