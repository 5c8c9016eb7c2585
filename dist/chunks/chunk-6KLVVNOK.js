import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/secret/key-pairing.ts
init_cli_data();
import { createRequire } from "node:module";
var load = createRequire(import.meta.url), loaded;
function crypto() {
  return loaded ??= load("node:crypto"), loaded;
}
var FIXTURE_RULE = {
  id: "secret/private-key-test-fixture",
  title: "Private key of a test certificate",
  provider: "Cryptography",
  description: "A private key under a test or fixture path whose public half matches a certificate beside it that names only reserved test hosts (localhost, *.test, *.example, *.invalid, example.com) or, self-signed, no host: a test fixture, reported as a warning. Checked with real cryptography, never by name.",
  severity: "medium",
  remediation: "A test fixture: nothing to rotate if the key was generated for the tests and is trusted nowhere else. If it is, treat it as compromised (revoke and replace it). To keep fixtures out of the repository, generate the key and certificate when the tests start."
}, TEST_SEGMENT = /^(?:tests?|__tests__|specs?|fixtures?|__fixtures__|testdata|test[-_]data|test[-_]?fixtures|testing|e2e|mocks?|__mocks__)$/i, TEST_FILE = /(?:_test\.go|\.(?:test|spec)\.[cm]?[jt]sx?|^test_[\w-]*\.py|_test\.py)$/i;
function isTestPath(path) {
  let segments = path.split("/"), name = segments.pop() ?? "";
  return segments.some((segment) => TEST_SEGMENT.test(segment)) || TEST_FILE.test(name);
}
var CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s\\n"'`,]{64,20000}?-----END CERTIFICATE-----/g;
function certificateBlocks(text) {
  return text.includes("-----BEGIN CERTIFICATE-----") ? [...text.matchAll(CERTIFICATE_BLOCK)].map((match) => normalizePem(match[0])) : [];
}
function normalizePem(block) {
  let header = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(block), footer = /-----END ([A-Z0-9 ]+)-----/.exec(block);
  if (header === null || footer === null) return block;
  let inner = block.slice(header.index + header[0].length, footer.index), lines = [], body = "";
  for (let raw of inner.split(/\\n|\\r|\n/)) {
    let line = trimQuoting(raw).replace(/["'`,\s]/g, "");
    if (/^[A-Za-z-]+:/.test(raw.trim())) {
      lines.push(raw.trim());
      continue;
    }
    body += line;
  }
  let wrapped = body.match(/.{1,64}/g) ?? [], headers = lines.length > 0 ? [...lines, ""] : [];
  return [
    `-----BEGIN ${header[1]}-----`,
    ...headers,
    ...wrapped,
    `-----END ${footer[1]}-----`
  ].join(`
`);
}
var QUOTES = "\"'`", BLANK = " 	\r";
function trimQuoting(line) {
  let start = 0;
  for (; start < line.length && (BLANK + "+").includes(line[start]); ) start++;
  if (start < line.length && QUOTES.includes(line[start])) start++;
  else for (start = 0; start < line.length && BLANK.includes(line[start]); ) start++;
  let end = line.length;
  for (; end > start && (BLANK + "+,").includes(line[end - 1]); ) end--;
  if (end === start) return "";
  if (QUOTES.includes(line[end - 1])) end--;
  else for (end = line.length; end > start && BLANK.includes(line[end - 1]); ) end--;
  return line.slice(start, end);
}
function publicKeyOf(privateKeyPem) {
  try {
    let key = crypto().createPrivateKey({ key: normalizePem(privateKeyPem), format: "pem" });
    return crypto().createPublicKey(key).export({ type: "spki", format: "der" });
  } catch {
    return null;
  }
}
var RESERVED_SUFFIX = /(?:^|\.)(?:localhost|test|example|invalid)$/i, RESERVED_DOMAIN = /(?:^|\.)example\.(?:com|net|org)$/i;
function reservedAddress(address) {
  let a = address.toLowerCase();
  return /^127\./.test(a) || a === "0.0.0.0" || a === "::1" || a === "::" || a === "0:0:0:0:0:0:0:1" || /^192\.0\.2\./.test(a) || /^198\.51\.100\./.test(a) || /^203\.0\.113\./.test(a) || /^2001:db8:/.test(a);
}
function isReservedName(name) {
  let host = name.replace(/^\*\./, "").replace(/\.$/, "");
  return RESERVED_SUFFIX.test(host) || RESERVED_DOMAIN.test(host);
}
function namesOf(cert) {
  let hosts = [], addresses = [];
  for (let entry of (cert.subjectAltName ?? "").split(/,\s*/)) {
    let dns = /^DNS:(.+)$/.exec(entry.trim());
    dns !== null && hosts.push(dns[1].trim());
    let ip = /^IP Address:(.+)$/.exec(entry.trim());
    ip !== null && addresses.push(ip[1].trim());
  }
  let cn = /(?:^|\n)CN=([^\n]+)/.exec(cert.subject)?.[1]?.trim();
  return cn !== void 0 && (cn.includes(".") || cn.toLowerCase() === "localhost") && (/^[0-9.:a-f]+$/i.test(cn) && /[.:]/.test(cn) && !/[g-z]/i.test(cn) ? addresses.push(cn) : hosts.push(cn)), { hosts, addresses };
}
function selfSigned(cert) {
  try {
    return cert.checkIssued(cert) && cert.verify(cert.publicKey);
  } catch {
    return !1;
  }
}
function fixtureCertificate(cert) {
  let { hosts, addresses } = namesOf(cert);
  if (hosts.some((host) => !isReservedName(host)) || addresses.some((address) => !reservedAddress(address))) return null;
  let own = selfSigned(cert), names = [.../* @__PURE__ */ new Set([...hosts, ...addresses])];
  if (names.length === 0) return own ? "self-signed, naming no host" : null;
  let shown = names.slice(0, 3).join(", ") + (names.length > 3 ? ", \u2026" : "");
  return `${own ? "self-signed" : "issued only"} for ${shown}`;
}
function testFixtureReason(secret, path, sameFile, certificates) {
  if (!isTestPath(path)) return null;
  let candidates = [];
  for (let pem of certificateBlocks(sameFile)) candidates.push({ path, pem });
  for (let text of certificates)
    for (let pem of certificateBlocks(text.text)) candidates.push({ path: text.path, pem });
  if (candidates.length === 0) return null;
  let spki = publicKeyOf(secret);
  if (spki === null) return null;
  let reason = null;
  for (let candidate of candidates) {
    let cert, certSpki;
    try {
      cert = new (crypto()).X509Certificate(candidate.pem), certSpki = cert.publicKey.export({ type: "spki", format: "der" });
    } catch {
      continue;
    }
    if (!certSpki.equals(spki)) continue;
    let why = fixtureCertificate(cert);
    if (why === null) return null;
    let where = candidate.path === path ? "a certificate in the same file" : candidate.path;
    reason ??= `A test fixture: it pairs with ${where}, ${why}.`;
  }
  return reason;
}

// src/core/secret/formats.ts
init_cli_data();
import { Buffer } from "node:buffer";
var LOCKFILES = /* @__PURE__ */ new Map([
  ["package-lock.json", /"lockfileVersion"\s*:/],
  ["npm-shrinkwrap.json", /"lockfileVersion"\s*:/],
  ["bun.lock", /"lockfileVersion"\s*:/],
  ["yarn.lock", /^# yarn lockfile v1$|^__metadata:$/m],
  ["pnpm-lock.yaml", /^lockfileVersion:/m],
  ["poetry.lock", /^\[\[package\]\]$|@generated by Poetry/m],
  ["cargo.lock", /^\[\[package\]\]$|@generated by Cargo/m],
  ["uv.lock", /^\[\[package\]\]$|^version = \d+$/m],
  ["pipfile.lock", /"_meta"\s*:/],
  ["composer.lock", /"content-hash"\s*:|"_readme"\s*:/],
  ["gemfile.lock", /^(?:GEM|GIT|PATH|PLATFORMS|DEPENDENCIES|BUNDLED WITH)$/m],
  ["go.sum", /^\S+ v\S+ h1:[A-Za-z0-9+/=]+$/m]
]), MARKER_WINDOW = 4096, MINIFIED_LINE_LENGTH = 1e3;
function basename(path) {
  let slash = path.lastIndexOf("/");
  return (slash < 0 ? path : path.slice(slash + 1)).toLowerCase();
}
function detectFormat(path, chars, lines, head = null) {
  let name = basename(path), notebook = name.endsWith(".ipynb"), marker = LOCKFILES.get(name), lockfile = marker !== void 0 && (head === null || marker.test(head.slice(0, MARKER_WINDOW))), minified = !notebook && !lockfile && (name.endsWith(".min.js") || name.endsWith(".min.mjs") || name.endsWith(".min.cjs") || name.endsWith(".map") || chars > MINIFIED_LINE_LENGTH * Math.max(lines, 1)), yaml = !lockfile && (name.endsWith(".yaml") || name.endsWith(".yml"));
  return { notebook, lockfile, minified, yaml };
}
var HASH_TOKENS = /(?:sha(?:1|224|256|384|512)[-:=]|md5[-:=]|h1:|blake2b?[-:=])[A-Za-z0-9+/=_-]+/gi, LONG_TOKEN = /[A-Za-z0-9+/=]{20,}/g, HAS_LONG_TOKEN = /[A-Za-z0-9+/=]{20,}/, HEX_DIGEST = /^(?:[0-9a-z]{1,8}\/)?(?:[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/;
function isLockfileEntry(line) {
  if (!HAS_LONG_TOKEN.test(line)) return !0;
  let stripped = line.replace(HASH_TOKENS, "");
  for (let match of stripped.matchAll(LONG_TOKEN))
    if (!HEX_DIGEST.test(match[0])) return !1;
  return !0;
}
var SIMPLE_ESCAPES = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: `
`,
  r: "\r",
  t: "	"
}, ANSI_SEQUENCE = /\[[0-9;]{0,32}[A-Za-z]/y;
function decodeJsonEscapes(raw) {
  let decodedAt = [0], rawAt = [0], backslash = raw.indexOf("\\");
  if (backslash < 0) return { text: raw, decodedAt, rawAt };
  let parts = [], copied = 0, decodedLength = 0;
  for (; backslash >= 0 && backslash < raw.length - 1; ) {
    let next = raw[backslash + 1], value = SIMPLE_ESCAPES[next], width = 2;
    if (value === void 0 && next === "u") {
      let hex = raw.slice(backslash + 2, backslash + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex) && (value = String.fromCharCode(Number.parseInt(hex, 16)), width = 6, value === "\x1B")) {
        ANSI_SEQUENCE.lastIndex = backslash + 6;
        let sequence = ANSI_SEQUENCE.exec(raw);
        sequence !== null && (value = "", width = 6 + sequence[0].length);
      }
    }
    if (value === void 0) {
      backslash = raw.indexOf("\\", backslash + 1);
      continue;
    }
    parts.push(raw.slice(copied, backslash), value), decodedLength += backslash - copied + value.length, copied = backslash + width, decodedAt.push(decodedLength), rawAt.push(copied), backslash = raw.indexOf("\\", copied);
  }
  return parts.push(raw.slice(copied)), { text: parts.join(""), decodedAt, rawAt };
}
function escapedLines(raw) {
  let next = { u: raw.indexOf("\\u"), slash: raw.indexOf("\\/") }, after = (from) => (next.u !== -1 && next.u < from && (next.u = raw.indexOf("\\u", from)), next.slash !== -1 && next.slash < from && (next.slash = raw.indexOf("\\/", from)), next.u === -1 ? next.slash : next.slash === -1 ? next.u : Math.min(next.u, next.slash)), views = [], at = after(0);
  for (; at !== -1; ) {
    let start = raw.lastIndexOf(`
`, at) + 1, newline = raw.indexOf(`
`, at);
    for (; newline !== -1; ) {
      let following = after(newline + 1);
      if (following === -1) break;
      let next2 = raw.indexOf(`
`, newline + 1);
      if (next2 !== -1 && next2 < following) break;
      newline = next2;
    }
    let end = newline === -1 ? raw.length : newline, line = decodeJsonEscapes(raw.slice(start, end));
    line.decodedAt.length > 1 && views.push({
      text: line.text,
      decodedAt: line.decodedAt,
      rawAt: line.rawAt.map((offset) => offset + start)
    }), at = newline === -1 ? -1 : after(end + 1);
  }
  return views;
}
function rawOffset(decoded, offset) {
  let { decodedAt, rawAt } = decoded, low = 0, high = decodedAt.length - 1;
  for (; low < high; ) {
    let mid = low + high + 1 >> 1;
    decodedAt[mid] <= offset ? low = mid : high = mid - 1;
  }
  return rawAt[low] + (offset - decodedAt[low]);
}
var MAX_CONTINUED_LINES = 64;
function continuedLines(raw) {
  let nextContinuation = continuationFinder(raw), at = nextContinuation(0);
  if (at === -1) return [];
  let views = [], lineStart = raw.lastIndexOf(`
`, at) + 1;
  for (; lineStart < raw.length; ) {
    let parts = [], decodedAt = [0], rawAt = [lineStart], length = 0, from = lineStart, joined = 0;
    for (; ; ) {
      let newline = raw.indexOf(`
`, from), end = newline === -1 ? raw.length : newline, contentEnd = end > from && raw.charCodeAt(end - 1) === 13 ? end - 1 : end;
      if (newline === -1 || !endsWithContinuation(raw, from, contentEnd) || joined === MAX_CONTINUED_LINES) {
        parts.push(raw.slice(from, end)), length += end - from, from = end;
        break;
      }
      parts.push(raw.slice(from, contentEnd - 1)), length += contentEnd - 1 - from, from = newline + 1, decodedAt.push(length), rawAt.push(from), joined++;
    }
    joined > 0 && views.push({ text: parts.join(""), decodedAt, rawAt });
    let next = nextContinuation(from);
    if (next === -1) break;
    lineStart = raw.lastIndexOf(`
`, next) + 1;
  }
  return views;
}
function continuationFinder(raw) {
  let newline = raw.indexOf(`
`), needle = newline > 0 && raw.charCodeAt(newline - 1) === 13 ? `\\\r
` : `\\
`, next = -2;
  return (from) => (next !== -1 && next < from && (next = raw.indexOf(needle, from)), next);
}
function endsWithContinuation(raw, from, end) {
  let count = 0;
  for (let i = end - 1; i >= from && raw.charCodeAt(i) === 92; i--) count++;
  return count % 2 === 1;
}
var K8S_SECRET_KIND = /^kind:\s*["']?Secret["']?\s*(?:#.*)?$/m, DATA_KEY = /^(\s*)data:\s*(?:#.*)?$/, DATA_ENTRY = /^(\s+)[\w.-]+:\s*["']?([A-Za-z0-9+/]+={0,2})["']?\s*(?:#.*)?$/;
function isKubernetesSecret(text) {
  return K8S_SECRET_KIND.test(text);
}
function kubernetesSecretValues(text) {
  let values = [], dataIndent = -1, lineStart = 0;
  for (; lineStart <= text.length; ) {
    let lineEnd = text.indexOf(`
`, lineStart);
    lineEnd < 0 && (lineEnd = text.length);
    let line = text.slice(lineStart, lineEnd).replace(/\r$/, ""), data = DATA_KEY.exec(line);
    if (data !== null)
      dataIndent = data[1].length;
    else if (dataIndent >= 0 && line.trim() !== "") {
      let entry = DATA_ENTRY.exec(line);
      if (line.length - line.trimStart().length <= dataIndent) dataIndent = -1;
      else if (entry !== null) {
        let encoded = entry[2], decoded = decodeBase64Text(encoded);
        decoded !== null && values.push({ decoded, offset: lineStart + line.indexOf(encoded) });
      }
    }
    lineStart = lineEnd + 1;
  }
  return values;
}
var BASE64_PEM = /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,}={0,2}/g;
function base64PemValues(text) {
  if (!text.includes("LS0tLS1CRUdJTi")) return [];
  let values = [];
  BASE64_PEM.lastIndex = 0;
  for (let m = BASE64_PEM.exec(text); m !== null; m = BASE64_PEM.exec(text)) {
    let rest = m[0].length % 4, encoded = rest === 1 ? m[0].slice(0, -1) : m[0] + "=".repeat((4 - rest) % 4), decoded = decodeBase64Text(encoded);
    decoded !== null && values.push({ decoded, offset: m.index });
  }
  return values;
}
function decodeBase64Text(encoded) {
  if (encoded.length < 8 || encoded.length % 4 !== 0) return null;
  let text = Buffer.from(encoded, "base64").toString("utf8");
  return /[\uFFFD\u0000-\u0008\u000E-\u001F]/.test(text) ? null : text;
}
function isTokenChar(code) {
  return code >= 48 && code <= 58 || // 0-9 :
  code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 43 || // +
  code === 47 || // /
  code === 61 || // =
  code === 37 || // %
  code === 59 || // ;
  code === 44 || // ,
  code === 46 || // .
  code === 95 || // _
  code === 45;
}
function tokenStart(text, offset) {
  let start = offset;
  for (; start > 0 && isTokenChar(text.charCodeAt(start - 1)); ) start--;
  return start;
}
var DATA_URI_HEAD = /^data:[\w.+-]*(?:\/[\w.+-]*)?(?:;[\w.+=-]+)*,/i;
function insideDataUri(text, offset) {
  let start = tokenStart(text, offset), at = text.slice(start, offset).toLowerCase().lastIndexOf("data:");
  return at < 0 ? !1 : (start += at, DATA_URI_HEAD.test(text.slice(start, Math.min(offset + 1, start + 200))));
}
var HASH_TOKEN = /^(?:sha(?:1|224|256|384|512)[-:]|md5[-:]|h1:|blake2b?[-:])/i;
function insideIntegrityHash(text, offset) {
  let start = tokenStart(text, offset);
  return HASH_TOKEN.test(text.slice(start, offset + 1));
}

export {
  FIXTURE_RULE,
  isTestPath,
  testFixtureReason,
  detectFormat,
  isLockfileEntry,
  decodeJsonEscapes,
  escapedLines,
  rawOffset,
  continuedLines,
  isKubernetesSecret,
  kubernetesSecretValues,
  base64PemValues,
  decodeBase64Text,
  insideDataUri,
  insideIntegrityHash
};
