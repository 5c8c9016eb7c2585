/**
 * Issue 18 item 1: a private key that pairs (real cryptography: the same public key) with a
 * certificate beside it that is self-signed or issued only for reserved test names, under a
 * test path, is `secret/private-key-test-fixture` (a warning); any other key blocks as before.
 *
 * Keys are generated with node:crypto at run time; certificates with the `openssl` CLI (Node
 * cannot create X.509 certificates). Without openssl the suite is skipped, and says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testFixtureReason } from '../../src/core/secret/key-pairing.js';
import { scratch } from '../support/scratch.js';
import { ensureBuilt, type JsonReport, mandate, parseJson } from './helpers.js';

const OPENSSL = spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;
if (!OPENSSL) {
  console.warn(
    'private-key-fixture.test.ts: skipped — the `openssl` CLI is not installed, and the tests need it to create X.509 certificates.',
  );
}

const { repo, tempDir } = scratch();
const work = mkdtempSync(join(tmpdir(), 'mandate-certs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let serial = 0;

/** A fresh private key (PKCS#8 PEM, EC P-256: quick to generate). */
function newKey(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** A self-signed certificate for `key` with this subject CN and subjectAltName (or none). */
function selfSigned(key: string, cn: string, san: string | null): string {
  const n = ++serial;
  const keyFile = join(work, `key-${n}.pem`);
  const certFile = join(work, `cert-${n}.pem`);
  writeFileSync(keyFile, key);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-new',
      '-key',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      `/CN=${cn}`,
      ...(san === null ? [] : ['-addext', `subjectAltName=${san}`]),
    ],
    { stdio: 'pipe' },
  );
  return readFileSync(certFile, 'utf8');
}

/** A certificate for `key` issued by a throw-away test CA (not self-signed). */
function issuedByCa(key: string, cn: string, san: string): string {
  const n = ++serial;
  const caKey = join(work, `ca-key-${n}.pem`);
  writeFileSync(caKey, newKey());
  const caCert = join(work, `ca-${n}.pem`);
  writeFileSync(caCert, selfSigned(readFileSync(caKey, 'utf8'), 'Test Root CA', null));
  const keyFile = join(work, `leaf-key-${n}.pem`);
  writeFileSync(keyFile, key);
  const csr = join(work, `leaf-${n}.csr`);
  execFileSync('openssl', ['req', '-new', '-key', keyFile, '-out', csr, '-subj', `/CN=${cn}`], {
    stdio: 'pipe',
  });
  const ext = join(work, `leaf-${n}.ext`);
  writeFileSync(ext, `subjectAltName=${san}\n`);
  const out = join(work, `leaf-${n}.pem`);
  execFileSync(
    'openssl',
    [
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      caCert,
      '-CAkey',
      caKey,
      '-CAcreateserial',
      '-out',
      out,
      '-days',
      '2',
      '-extfile',
      ext,
    ],
    { stdio: 'pipe' },
  );
  return readFileSync(out, 'utf8');
}

const rules = (report: JsonReport) => report.findings.map((f) => f.ruleId);

describe.skipIf(!OPENSSL)('test-fixture private keys, paired with real cryptography', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  describe('a directory scan', () => {
    function scanTree(files: Record<string, string>) {
      const dir = tempDir();
      for (const [path, text] of Object.entries(files)) {
        const abs = join(dir, path);
        execFileSync('mkdir', ['-p', join(abs, '..')]);
        writeFileSync(abs, text);
      }
      const out = mandate(dir, ['scan', '.', '--format', 'json', '--no-gitignore']);
      return { status: out.status, report: parseJson(out.stdout), stderr: out.stderr };
    }

    it('a key and its self-signed localhost certificate in tests/fixtures: a warning that says why', () => {
      const key = newKey();
      const { status, report } = scanTree({
        'tests/fixtures/server.key': key,
        'tests/fixtures/server.crt': selfSigned(key, 'localhost', 'DNS:localhost,IP:127.0.0.1'),
      });
      expect(rules(report)).toEqual(['secret/private-key-test-fixture']);
      expect(status).toBe(0);
      const [finding] = report.findings;
      expect(finding).toMatchObject({ path: 'tests/fixtures/server.key', blocking: false });
      expect(finding?.message).toContain(
        'pairs with tests/fixtures/server.crt, self-signed for localhost, 127.0.0.1',
      );
      expect(JSON.stringify(report)).not.toContain(key.split('\n')[1]);
    });

    it('the same key with no certificate blocks', () => {
      const { status, report } = scanTree({ 'tests/fixtures/server.key': newKey() });
      expect(rules(report)).toEqual(['secret/private-key']);
      expect(status).toBe(1);
    });

    it('the same pair under src/ blocks', () => {
      const key = newKey();
      const { status, report } = scanTree({
        'src/tls/server.key': key,
        'src/tls/server.crt': selfSigned(key, 'localhost', 'DNS:localhost'),
      });
      expect(rules(report)).toEqual(['secret/private-key']);
      expect(status).toBe(1);
    });

    it('a key whose certificate names a real public domain blocks, even self-signed in tests/', () => {
      const key = newKey();
      const { status, report } = scanTree({
        'tests/fixtures/server.key': key,
        'tests/fixtures/server.crt': selfSigned(key, 'api.github.com', 'DNS:api.github.com'),
      });
      expect(rules(report)).toEqual(['secret/private-key']);
      expect(status).toBe(1);
    });

    it('a localhost certificate of another key does not excuse this one (names never decide)', () => {
      const { status, report } = scanTree({
        'tests/fixtures/server.key': newKey(),
        'tests/fixtures/server.crt': selfSigned(newKey(), 'localhost', 'DNS:localhost'),
      });
      expect(rules(report)).toEqual(['secret/private-key']);
      expect(status).toBe(1);
    });

    it('a certificate a test CA issued only for *.test names, one folder up, pairs too', () => {
      const key = newKey();
      const { status, report } = scanTree({
        'tests/assets/tls/keys/client.pem': key,
        'tests/assets/tls/client-cert.pem': issuedByCa(
          key,
          'client.example.test',
          'DNS:client.example.test,DNS:*.svc.test',
        ),
      });
      expect(rules(report)).toEqual(['secret/private-key-test-fixture']);
      expect(report.findings[0]?.message).toContain(
        'pairs with tests/assets/tls/client-cert.pem, issued only for client.example.test, *.svc.test',
      );
      expect(status).toBe(0);
    });

    it('a key and its certificate in one PEM bundle', () => {
      const key = newKey();
      const { report } = scanTree({
        'test/data/bundle.pem': `${key}${selfSigned(key, 'localhost', null)}`,
      });
      expect(rules(report)).toEqual(['secret/private-key-test-fixture']);
      expect(report.findings[0]?.message).toContain('pairs with a certificate in the same file');
    });
  });

  describe('git scopes: the change plus the repository', () => {
    it('--staged: the key is staged, its certificate already committed', () => {
      const r = repo();
      const key = newKey();
      r.commit('init', {
        'tests/fixtures/server.crt': selfSigned(key, 'localhost', 'DNS:localhost'),
      });
      r.write('tests/fixtures/server.key', key);
      r.git('add', '.');
      const out = mandate(r.dir, ['scan', '--staged', '--format', 'json']);
      expect(rules(parseJson(out.stdout))).toEqual(['secret/private-key-test-fixture']);
      expect(out.status).toBe(0);
    });

    it('--staged: key and certificate staged together; without the certificate it blocks', () => {
      const r = repo();
      r.commit('init', { 'README.md': '# app\n' });
      const key = newKey();
      r.write('tests/fixtures/tls/server.key', key);
      r.write('tests/fixtures/tls/server.crt', selfSigned(key, 'localhost', 'DNS:localhost'));
      r.git('add', '.');
      const paired = mandate(r.dir, ['scan', '--staged', '--format', 'json']);
      expect(rules(parseJson(paired.stdout))).toEqual(['secret/private-key-test-fixture']);
      r.git('rm', '-q', '--cached', 'tests/fixtures/tls/server.crt');
      const alone = mandate(r.dir, ['scan', '--staged', '--format', 'json']);
      expect(rules(parseJson(alone.stdout))).toEqual(['secret/private-key']);
      expect(alone.status).toBe(1);
    });

    it('--diff: the head commit holds the certificate', () => {
      const r = repo();
      const base = r.commit('init', { 'README.md': '# app\n' });
      const key = newKey();
      r.commit('tls fixtures', {
        'spec/fixtures/localhost.key': key,
        'spec/fixtures/localhost.crt': selfSigned(key, 'localhost', 'DNS:localhost'),
      });
      const out = mandate(r.dir, ['scan', '--diff', `${base}..HEAD`, '--format', 'json']);
      expect(rules(parseJson(out.stdout))).toEqual(['secret/private-key-test-fixture']);
      expect(out.status).toBe(0);
    });
  });

  it('--history: the commit that added the key holds its certificate', () => {
    const r = repo();
    r.commit('init', { 'README.md': '# app\n' });
    const key = newKey();
    r.commit('tls fixtures', {
      'tests/fixtures/server.key': key,
      'tests/fixtures/server.crt': selfSigned(key, 'localhost', 'DNS:localhost'),
    });
    r.commit('a real key, later', { 'deploy/server.key': newKey() });
    const out = mandate(r.dir, ['scan', '--history', '--format', 'json']);
    expect(rules(parseJson(out.stdout)).sort()).toEqual([
      'secret/private-key',
      'secret/private-key-test-fixture',
    ]);
    expect(out.status).toBe(1);
  });

  it('the pairing itself: encrypted keys and unparsable certificates do not pair', () => {
    const key = newKey();
    const cert = selfSigned(key, 'localhost', 'DNS:localhost');
    const path = 'tests/fixtures/server.key';
    const certificates = [{ path: 'tests/fixtures/server.crt', text: cert }];
    expect(testFixtureReason(key, path, key, certificates)).toBe(
      'A test fixture: it pairs with tests/fixtures/server.crt, self-signed for localhost.',
    );
    // The same key embedded in a JSON string with \n escapes pairs too.
    const escaped = key.replace(/\n/g, '\\n');
    expect(testFixtureReason(escaped, path, escaped, certificates)).not.toBeNull();
    // …and as a concatenated string literal (base64 `+` kept, the operator dropped).
    const concatenated = key
      .trimEnd()
      .split('\n')
      .map((line) => `  "${line}\\n" +`)
      .join('\n');
    expect(testFixtureReason(concatenated, path, concatenated, certificates)).not.toBeNull();
    const broken = cert.replace(/^(-----BEGIN CERTIFICATE-----\n)./, '$1!');
    expect(
      testFixtureReason(key, path, key, [{ path: 'tests/fixtures/server.crt', text: broken }]),
    ).toBeNull();
    expect(testFixtureReason(key, 'src/server.key', key, certificates)).toBeNull();
  });

  it('mandate rules lists the test-fixture rule as a warning', () => {
    const out = mandate(tempDir(), ['rules']);
    expect(out.stdout).toMatch(
      /^secret\/private-key-test-fixture\s+Cryptography\s+medium\s+warns\s+\(warn-only rule\)$/m,
    );
  });
});
