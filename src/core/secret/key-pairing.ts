/**
 * Test-fixture private keys, told apart with real cryptography: a private key whose public half
 * is the public key of a certificate beside it (in the same file, or a certificate text its
 * source supplied: ChangedFile.certificates) that names only reserved hosts (RFC 2606 / 6761:
 * localhost, *.test, *.example, *.invalid, example.com/.net/.org; loopback and documentation
 * addresses) — or, self-signed, names no host at all — in a test or fixture path. Pure: the
 * texts come from the source; node:crypto only computes.
 *
 * Names never decide: the key must pair with the certificate (same SubjectPublicKeyInfo), and
 * the certificate's own names must all be reserved. Anything that cannot be parsed (an
 * encrypted key, an OpenSSH or PGP key, a malformed certificate) does not pair: the key blocks.
 */
import type { X509Certificate } from 'node:crypto';
import { createRequire } from 'node:module';
import type { CertificateText } from '../types.js';

type Crypto = typeof import('node:crypto');
const load = createRequire(import.meta.url);
let loaded: Crypto | undefined;
/**
 * node:crypto, loaded when a private key is first checked rather than imported: its loading
 * cost every start of the CLI (the pre-commit hook included), and most commits hold no key.
 */
function crypto(): Crypto {
  loaded ??= load('node:crypto') as Crypto;
  return loaded;
}

/** The rule a paired test-fixture key is reported under (a warning). */
export const FIXTURE_RULE = {
  id: 'secret/private-key-test-fixture',
  title: 'Private key of a test certificate',
  provider: 'Cryptography',
  description:
    'A private key under a test or fixture path whose public half matches a certificate beside it that names only reserved test hosts (localhost, *.test, *.example, *.invalid, example.com) or, self-signed, no host: a test fixture, reported as a warning. Checked with real cryptography, never by name.',
  severity: 'medium',
  remediation:
    'A test fixture: nothing to rotate if the key was generated for the tests and is trusted nowhere else. If it is, treat it as compromised (revoke and replace it). To keep fixtures out of the repository, generate the key and certificate when the tests start.',
} as const;

/** A folder or file name that marks test code or test data. */
const TEST_SEGMENT =
  /^(?:tests?|__tests__|specs?|fixtures?|__fixtures__|testdata|test[-_]data|test[-_]?fixtures|testing|e2e|mocks?|__mocks__)$/i;
/** Test source files beside the code: handshake_test.go, tls.test.ts, tls.spec.js, test_tls.py. */
const TEST_FILE = /(?:_test\.go|\.(?:test|spec)\.[cm]?[jt]sx?|^test_[\w-]*\.py|_test\.py)$/i;

/** Whether `path` (POSIX, repository- or root-relative) is test code or test data. */
export function isTestPath(path: string): boolean {
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  return segments.some((segment) => TEST_SEGMENT.test(segment)) || TEST_FILE.test(name);
}

const CERTIFICATE_BLOCK =
  /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s\\n"'`,]{64,20000}?-----END CERTIFICATE-----/g;

/** The PEM certificate blocks of a text (also when embedded in a string with `\n` escapes). */
export function certificateBlocks(text: string): string[] {
  if (!text.includes('-----BEGIN CERTIFICATE-----')) return [];
  return [...text.matchAll(CERTIFICATE_BLOCK)].map((match) => normalizePem(match[0]));
}

/** A PEM block rebuilt from text that may carry `\n` escapes, quotes and concatenation. */
function normalizePem(block: string): string {
  const header = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(block);
  const footer = /-----END ([A-Z0-9 ]+)-----/.exec(block);
  if (header === null || footer === null) return block;
  const inner = block.slice(header.index + header[0].length, footer.index);
  const lines: string[] = [];
  let body = '';
  for (const raw of inner.split(/\\n|\\r|\n/)) {
    // `"MIIB…" +` / `+ "…"` (string concatenation): drop the quotes and the operator, keep `+`
    // of the base64 itself.
    const line = trimQuoting(raw).replace(/["'`,\s]/g, '');
    if (/^[A-Za-z-]+:/.test(raw.trim())) {
      lines.push(raw.trim()); // an encrypted PEM's Proc-Type / DEK-Info header
      continue;
    }
    body += line;
  }
  const wrapped = body.match(/.{1,64}/g) ?? [];
  const headers = lines.length > 0 ? [...lines, ''] : [];
  return [
    `-----BEGIN ${header[1]}-----`,
    ...headers,
    ...wrapped,
    `-----END ${footer[1]}-----`,
  ].join('\n');
}

const QUOTES = '"\'`';
const BLANK = ' \t\r';

/**
 * A line without the string quoting around it: `  "MIIB…" +` → `MIIB…`, `+ "…abc+",` →
 * `…abc+`. A `+` or `,` is dropped only outside a quote: inside, `+` is base64.
 */
function trimQuoting(line: string): string {
  let start = 0;
  while (start < line.length && (BLANK + '+').includes(line[start]!)) start++;
  if (start < line.length && QUOTES.includes(line[start]!)) start++;
  else for (start = 0; start < line.length && BLANK.includes(line[start]!); ) start++;
  let end = line.length;
  while (end > start && (BLANK + '+,').includes(line[end - 1]!)) end--;
  if (end === start) return ''; // `" +`: the closing quote of the line before
  if (QUOTES.includes(line[end - 1]!)) end--;
  else for (end = line.length; end > start && BLANK.includes(line[end - 1]!); ) end--;
  return line.slice(start, end);
}

/** The DER SubjectPublicKeyInfo of a private key's public half; null when it cannot be read. */
function publicKeyOf(privateKeyPem: string): Buffer | null {
  try {
    const key = crypto().createPrivateKey({ key: normalizePem(privateKeyPem), format: 'pem' });
    return crypto().createPublicKey(key).export({ type: 'spki', format: 'der' });
  } catch {
    return null; // encrypted, OpenSSH or PGP format, or not a key
  }
}

const RESERVED_SUFFIX = /(?:^|\.)(?:localhost|test|example|invalid)$/i;
const RESERVED_DOMAIN = /(?:^|\.)example\.(?:com|net|org)$/i;

/** An IP address for loopback or documentation (RFC 5737, RFC 3849), or unspecified. */
function reservedAddress(address: string): boolean {
  const a = address.toLowerCase();
  return (
    /^127\./.test(a) ||
    a === '0.0.0.0' ||
    a === '::1' ||
    a === '::' ||
    a === '0:0:0:0:0:0:0:1' ||
    /^192\.0\.2\./.test(a) ||
    /^198\.51\.100\./.test(a) ||
    /^203\.0\.113\./.test(a) ||
    /^2001:db8:/.test(a)
  );
}

/** A host name reserved for testing, documentation or loopback (RFC 2606, RFC 6761). */
export function isReservedName(name: string): boolean {
  const host = name.replace(/^\*\./, '').replace(/\.$/, '');
  return RESERVED_SUFFIX.test(host) || RESERVED_DOMAIN.test(host);
}

/** The hosts a certificate names: DNS and IP subject alternative names, and a host-like CN. */
function namesOf(cert: X509Certificate): { hosts: string[]; addresses: string[] } {
  const hosts: string[] = [];
  const addresses: string[] = [];
  for (const entry of (cert.subjectAltName ?? '').split(/,\s*/)) {
    const dns = /^DNS:(.+)$/.exec(entry.trim());
    if (dns !== null) hosts.push(dns[1]!.trim());
    const ip = /^IP Address:(.+)$/.exec(entry.trim());
    if (ip !== null) addresses.push(ip[1]!.trim());
  }
  const cn = /(?:^|\n)CN=([^\n]+)/.exec(cert.subject)?.[1]?.trim();
  if (cn !== undefined && (cn.includes('.') || cn.toLowerCase() === 'localhost')) {
    if (/^[0-9.:a-f]+$/i.test(cn) && /[.:]/.test(cn) && !/[g-z]/i.test(cn)) addresses.push(cn);
    else hosts.push(cn);
  }
  return { hosts, addresses };
}

function selfSigned(cert: X509Certificate): boolean {
  try {
    return cert.checkIssued(cert) && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}

/**
 * Why the certificate makes its key a test fixture ("self-signed for localhost"), or null when
 * it names a host that is not reserved (or, not self-signed, names none).
 */
function fixtureCertificate(cert: X509Certificate): string | null {
  const { hosts, addresses } = namesOf(cert);
  if (hosts.some((host) => !isReservedName(host))) return null;
  if (addresses.some((address) => !reservedAddress(address))) return null;
  const own = selfSigned(cert);
  const names = [...new Set([...hosts, ...addresses])];
  if (names.length === 0) return own ? 'self-signed, naming no host' : null;
  const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
  return `${own ? 'self-signed' : 'issued only'} for ${shown}`;
}

/**
 * Why the private key `secret` of the file at `path` is a test fixture — "A test fixture: it
 * pairs with tests/fixtures/server.crt, self-signed for localhost." — or null (it blocks).
 * `sameFile` is the text the key was found in (a PEM bundle may hold its certificate).
 */
export function testFixtureReason(
  secret: string,
  path: string,
  sameFile: string,
  certificates: readonly CertificateText[],
): string | null {
  if (!isTestPath(path)) return null;
  const candidates: { path: string; pem: string }[] = [];
  for (const pem of certificateBlocks(sameFile)) candidates.push({ path, pem });
  for (const text of certificates) {
    for (const pem of certificateBlocks(text.text)) candidates.push({ path: text.path, pem });
  }
  if (candidates.length === 0) return null;
  const spki = publicKeyOf(secret);
  if (spki === null) return null;
  let reason: string | null = null;
  for (const candidate of candidates) {
    let cert: X509Certificate;
    let certSpki: Buffer;
    try {
      cert = new (crypto().X509Certificate)(candidate.pem);
      certSpki = cert.publicKey.export({ type: 'spki', format: 'der' });
    } catch {
      continue;
    }
    if (!certSpki.equals(spki)) continue;
    const why = fixtureCertificate(cert);
    // A certificate of this key that names a real host: the key is real, it blocks.
    if (why === null) return null;
    const where = candidate.path === path ? 'a certificate in the same file' : candidate.path;
    reason ??= `A test fixture: it pairs with ${where}, ${why}.`;
  }
  return reason;
}
