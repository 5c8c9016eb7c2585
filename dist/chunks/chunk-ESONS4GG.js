import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/core/secret/key-pairing.ts
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

export {
  FIXTURE_RULE,
  isTestPath,
  testFixtureReason
};
