import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/core/secret/identifier.ts
var CONTEXT_TAGS = ["keyword-anchored"], WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g, LETTERS = /^[A-Za-z_$]+$/, LOWER = /[a-z]/, VOWEL = /[aeiouy]/i;
function isCodeIdentifier(value) {
  if (!LETTERS.test(value)) return !1;
  let words = 0, letters = 0, short = 0, acronyms = 0, voiceless = 0;
  for (let part of value.split(/[_$]+/))
    for (let word of part.match(WORD) ?? []) {
      words++, letters += word.length, word.length <= 2 && short++;
      let lower = LOWER.test(word);
      !lower && word.length >= 2 && word !== part && acronyms++, lower && word.length >= 3 && !VOWEL.test(word) && voiceless++;
    }
  return words > 0 && letters / words >= 3.5 && short <= Math.max(1, words / 4) && acronyms <= 2 && voiceless <= 1;
}
var TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/, DIGIT = /[0-9]/g;
function isTypeAnnotation(text, at, value) {
  if (!TYPE_NAME.test(value) || (value.match(DIGIT)?.length ?? 0) > 2) return !1;
  let i = at - 1;
  for (; i >= 0 && (text[i] === " " || text[i] === "	"); ) i--;
  return text[i] !== ":" ? !1 : isCodeIdentifier(value.replace(DIGIT, ""));
}
function isUpper(code) {
  return code >= 65 && code <= 90;
}
function isLower(code) {
  return code >= 97 && code <= 122;
}
function isWordStart(text, at) {
  if (at === 0) return !0;
  let before = text.charCodeAt(at - 1);
  if (!isUpper(before) && !isLower(before)) return !0;
  let first = text.charCodeAt(at);
  return isUpper(first) ? isLower(before) || isLower(text.charCodeAt(at + 1)) : !1;
}

// src/core/secret/entropy.ts
var COUNTS = new Int32Array(128), ORDER = new Uint8Array(128);
function shannonEntropy(value) {
  let length = value.length;
  if (length === 0) return 0;
  let distinct = 0;
  for (let i = 0; i < length; i++) {
    let code = value.charCodeAt(i);
    if (code >= 128) {
      for (let k = 0; k < distinct; k++) COUNTS[ORDER[k]] = 0;
      return entropyOfAny(value);
    }
    COUNTS[code]++ === 0 && (ORDER[distinct++] = code);
  }
  let entropy = 0;
  for (let k = 0; k < distinct; k++) {
    let code = ORDER[k], p = COUNTS[code] / length;
    COUNTS[code] = 0, entropy -= p * Math.log2(p);
  }
  return entropy;
}
function entropyOfAny(value) {
  let length = value.length, counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < length; i++) {
    let code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (let count of counts.values()) {
    let p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

// src/core/secret/validators.ts
import { Buffer } from "node:buffer";
var CRC32_TABLE = (() => {
  let table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(text) {
  let bytes = Buffer.from(text, "utf8"), crc = 4294967295;
  for (let byte of bytes) crc = CRC32_TABLE[(crc ^ byte) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62(value, width) {
  let out = "", n = Math.floor(value);
  for (; n > 0; )
    out = BASE62[n % 62] + out, n = Math.floor(n / 62);
  return out.padStart(width, "0");
}
function githubChecksum(random30) {
  return base62(crc32(random30), 6);
}
var CHECKSUMMED_BODY = /^[A-Za-z0-9]{36}$/;
function checksummedToken(prefixes) {
  return (secret) => {
    let underscore = secret.lastIndexOf("_");
    if (underscore < 0) return !1;
    let prefix = secret.slice(0, underscore + 1);
    if (!prefixes.some((p) => prefix.endsWith(p))) return !1;
    let body = secret.slice(underscore + 1);
    return CHECKSUMMED_BODY.test(body) ? githubChecksum(body.slice(0, 30)) === body.slice(30) : !1;
  };
}
var validateGithubChecksum = checksummedToken(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]), validateNpmChecksum = checksummedToken(["npm_"]);
function validateOpenaiMarker(secret) {
  return secret.includes("T3BlbkFJ");
}
function validateGroqMarker(secret) {
  return secret.includes("WGdyb3FY");
}
var BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
function decodeJsonObject(part) {
  if (!BASE64URL.test(part)) return null;
  try {
    let value = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof value == "object" && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
function validateJwt(secret) {
  let parts = secret.split(".");
  if (parts.length !== 3) return !1;
  let header = decodeJsonObject(parts[0]);
  return header === null || typeof header.alg != "string" ? !1 : decodeJsonObject(parts[1]) !== null;
}
var PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY(?: BLOCK)?-----([\s\S]*?)-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/, PEM_NOISE = /\\[nr]|\s|["'`+,]/g;
function validatePrivateKey(secret) {
  let block = PEM_BLOCK.exec(secret);
  if (block === null) return !1;
  let body = "";
  for (let rawLine of block[2].split(/\\n|\n/)) {
    let line = rawLine.trim();
    /^[A-Za-z-]+:\s/.test(line) || (body += line.replace(PEM_NOISE, ""));
  }
  if (body.length < 64 || !/^[A-Za-z0-9+/=]+$/.test(body)) return !1;
  let first = body[0];
  for (let i = 1; i < body.length; i++) if (body[i] !== first) return !0;
  return !1;
}
var PASSWORD_PLACEHOLDERS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "pwd",
  "secret",
  "changeme",
  "redacted",
  "example",
  "test",
  "user",
  "username"
]), PLACEHOLDER_CREDENTIAL_WORDS = /* @__PURE__ */ new Set([
  ...PASSWORD_PLACEHOLDERS,
  "admin",
  "administrator",
  "root",
  "guest",
  "demo",
  "testing",
  "tester",
  "testuser",
  "testpass",
  "testpassword",
  "foo",
  "bar",
  "baz",
  "foobar",
  "login",
  "default",
  "sample",
  "dummy",
  "fake",
  "letmein",
  "qwerty",
  "welcome",
  "hello",
  "alice",
  "bob",
  "john",
  "jane",
  "johndoe",
  "janedoe",
  "mypassword",
  "mysecret",
  "mypass",
  "myuser",
  "passw0rd",
  "p4ssw0rd",
  "p@ssw0rd",
  "s3cr3t",
  "token",
  "apikey",
  "key",
  "client",
  "clientid",
  "clientsecret"
]);
function isPlaceholderCredential(text) {
  let lower = text.toLowerCase();
  if (/^[0-9]{1,12}$/.test(lower)) return !0;
  let word = lower.replace(/[-_.]?[0-9]{1,6}$/, "");
  return PLACEHOLDER_CREDENTIAL_WORDS.has(word);
}
function lastWord(text) {
  let start = text.length;
  for (; start > 0 && !/[\s:"'=]/.test(text[start - 1]); ) start--;
  return text.slice(start);
}
var PLACEHOLDER_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "pwd",
  "secret",
  "token",
  "key",
  "replace",
  "change",
  "changeme",
  "your",
  "my",
  "here",
  "placeholder",
  "redacted",
  "example",
  "dummy"
]);
function isWrittenPlaceholder(value) {
  if (!/^(?:[A-Z0-9]+(?:[_-][A-Z0-9]+)+|[a-z0-9]+(?:[_-][a-z0-9]+)+)$/.test(value)) return !1;
  let words = value.toLowerCase().split(/[_-]/);
  return words.filter((word) => PLACEHOLDER_WORDS.has(word)).length * 2 >= words.length;
}
function plausiblePassword(password, user) {
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
  }
  return decoded.length < 3 || /^[$%<{[(]|\$\{|\{\{|<[^<>]*>|^\*+$|^x+$/i.test(decoded) || PASSWORD_PLACEHOLDERS.has(decoded.toLowerCase()) || isWrittenPlaceholder(decoded) || user !== "" && decoded === user || user !== "" && isPlaceholderCredential(decoded) && isPlaceholderCredential(safeDecode(user)) ? !1 : shannonEntropy(decoded) >= 1.5;
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function validateConnectionUri(secret, match = secret) {
  let uriMatch = match.includes("://") && !/\s/.test(match.slice(match.lastIndexOf("://"))), text = secret.includes("://") ? secret : uriMatch ? match : secret, schemeEnd = text.indexOf("://"), password, user = "";
  if (schemeEnd < 0 && match !== secret && match.endsWith(`:${secret}`) && (user = lastWord(match.slice(0, -secret.length - 1))), schemeEnd >= 0) {
    let rest = text.slice(schemeEnd + 3), at = rest.lastIndexOf("@");
    if (at < 0) return !1;
    let userinfo = rest.slice(0, at), colon = userinfo.indexOf(":");
    if (colon < 0) return !1;
    user = userinfo.slice(0, colon), password = userinfo.slice(colon + 1);
  } else
    password = text;
  return plausiblePassword(password, user);
}
var BASE64 = /^[A-Za-z0-9+/]+={0,2}$/, PRINTABLE = /^[\x20-\x7e\u00a0-\uffff]+$/;
function unpaddedLength(text) {
  let end = text.length;
  for (; end > 0 && text[end - 1] === "="; ) end--;
  return end;
}
function validateBasicAuth(secret) {
  if (!BASE64.test(secret) || unpaddedLength(secret) % 4 === 1) return !1;
  let decoded = Buffer.from(secret, "base64").toString("utf8");
  if (!PRINTABLE.test(decoded)) return !1;
  let colon = decoded.indexOf(":");
  return colon < 1 ? !1 : plausiblePassword(decoded.slice(colon + 1), decoded.slice(0, colon));
}
function validateGcpServiceAccount(secret, match = secret) {
  let text = secret === match ? secret : `${match}
${secret}`;
  return /"type"\s*:\s*"service_account"/.test(text) && /"private_key"\s*:\s*"-----BEGIN (?:RSA )?PRIVATE KEY-----/.test(text);
}
function validatePassword(secret) {
  return plausiblePassword(secret, "");
}
var VALIDATORS = {
  "github-checksum": validateGithubChecksum,
  "npm-checksum": validateNpmChecksum,
  "openai-marker": validateOpenaiMarker,
  "groq-marker": validateGroqMarker,
  jwt: validateJwt,
  "private-key": validatePrivateKey,
  "connection-uri": validateConnectionUri,
  password: validatePassword,
  "basic-auth": validateBasicAuth,
  "gcp-service-account": validateGcpServiceAccount
};
function isValidatorName(name) {
  return Object.hasOwn(VALIDATORS, name);
}

export {
  CONTEXT_TAGS,
  isCodeIdentifier,
  isTypeAnnotation,
  isWordStart,
  shannonEntropy,
  githubChecksum,
  VALIDATORS,
  isValidatorName
};
