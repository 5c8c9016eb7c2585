/**
 * `evidence-signing`: the bundled Action (built from action/src) signs the Statement keylessly
 * against a local OIDC endpoint, Fulcio and Rekor (test/action/fake-sigstore.ts), the Sigstore
 * bundle lands on the record's ledger line, and `mandate evidence verify` matches it with the
 * record. A private repository's run is not signed, and its record says why.
 */
import { execFile } from 'node:child_process';
import { verify, X509Certificate } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { statementDigest } from '../../src/evidence/chain.js';
import { DSSE_PAYLOAD_TYPE } from '../../src/evidence/signature.js';
import { readAnchors, verifyLedger } from '../../src/evidence/verify.js';
import { FakeGitHub, shaOf } from './fake-github.js';
import { FakeSigstore, pae } from './fake-sigstore.js';
import { freshBundle, type Json, pullRequestPayload, ROOT, runAction } from './run-action.js';

const REPO = 'octo-org/octo-repo';
const BASE = shaOf('base');
const HEAD = shaOf('head');

let gh: FakeGitHub;
let sigstore: FakeSigstore;
let bundle: string;
beforeAll(() => {
  bundle = freshBundle();
}, 120_000);
beforeEach(async () => {
  gh = new FakeGitHub(REPO);
  await gh.start();
  sigstore = new FakeSigstore(REPO);
  await sigstore.start();
});
afterEach(async () => {
  gh.stop();
  await sigstore.stop();
});

async function run(options: {
  visibility: 'public' | 'private';
  signing?: string;
  oidc?: boolean;
}) {
  gh.commit(BASE, { 'README.md': '# r\n' });
  gh.commit(HEAD, { 'README.md': '# r\n', 'src/app.ts': 'export const a = 1;\n' });
  gh.pulls.set(7, { base: BASE, head: HEAD });
  const payload = pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD });
  payload.pull_request.base.ref = 'main';
  payload.repository.private = options.visibility === 'private';
  payload.repository.visibility = options.visibility;
  const env = sigstore.env();
  if (options.oidc === false) {
    delete (env as Record<string, string | undefined>).ACTIONS_ID_TOKEN_REQUEST_URL;
  }
  return runAction({
    event: 'pull_request',
    payload,
    apiUrl: gh.url,
    repository: REPO,
    inputs: { 'evidence-ledger': 'branch', 'evidence-signing': options.signing ?? 'auto' },
    env,
    bundle,
  });
}

function ledgerFiles() {
  const files = gh.gitFiles(REPO, 'mandate-evidence');
  return Object.entries(files).map(([path, text]) => ({ path, text: text as string }));
}

function lastEntry(): Json {
  const [file] = ledgerFiles();
  return JSON.parse(file!.text.trim().split('\n').at(-1)!);
}

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), ...args],
      { env: { PATH: process.env.PATH ?? '' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function writeLedger(files: { path: string; text: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-signed-ledger-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return dir;
}

describe('evidence-signing', () => {
  it('a public repository with id-token: write: the bundle lands on the record’s line and verify matches it', async () => {
    const result = await run({ visibility: 'public' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const entry = lastEntry();
    expect(entry.sigstore).toBeDefined();
    const envelope = entry.sigstore.dsseEnvelope;
    expect(entry.sigstore.mediaType).toMatch(/^application\/vnd\.dev\.sigstore\.bundle/);
    expect(envelope.payloadType).toBe(DSSE_PAYLOAD_TYPE);
    // The envelope signs the Statement's bytes exactly, with the key Fulcio certified.
    const payload = Buffer.from(envelope.payload, 'base64');
    expect(payload.toString('utf8')).toBe(JSON.stringify(entry.statement));
    const certificate = new X509Certificate(
      Buffer.from(
        entry.sigstore.verificationMaterial.certificate?.rawBytes ??
          entry.sigstore.verificationMaterial.x509CertificateChain.certificates[0].rawBytes,
        'base64',
      ),
    );
    expect(certificate.verify(new X509Certificate(sigstore.caPem()).publicKey)).toBe(true);
    expect(certificate.subjectAltName).toContain(`https://github.com/${REPO}/`);
    expect(
      verify(
        'sha256',
        pae(envelope.payloadType, payload),
        certificate.publicKey,
        Buffer.from(envelope.signatures[0].sig, 'base64'),
      ),
    ).toBe(true);
    // Entered into the (fake) transparency log, whose entry the bundle carries.
    expect(sigstore.logged).toEqual([JSON.stringify(entry.statement)]);
    expect(entry.sigstore.verificationMaterial.tlogEntries).toHaveLength(1);
    // Signed before the check run is created: still four writes, the anchor right the first time.
    expect(
      gh.requests
        .filter((r) => r.method !== 'GET')
        .map((r) => `${r.method} ${decodeURIComponent(r.path.split('?')[0]!)}`),
    ).toEqual([
      `POST /repos/${REPO}/check-runs`,
      `POST /repos/${REPO}/git/trees`,
      `POST /repos/${REPO}/git/commits`,
      `POST /repos/${REPO}/git/refs`,
    ]);
    // The check run's anchor still hashes the Statement alone.
    const check = gh.checkRuns.find((r) => r.head_sha === HEAD) as {
      output?: { summary?: string };
    };
    expect(readAnchors(check.output?.summary ?? '')).toEqual([statementDigest(entry.statement)]);
    // verify: the chain holds, and the record is reported as carrying a matching bundle.
    const report = await verifyLedger(ledgerFiles());
    expect(report.breaks).toEqual([]);
    expect(report.signed).toEqual([{ repository: REPO, file: ledgerFiles()[0]!.path, line: 1 }]);
    const dir = writeLedger(ledgerFiles());
    const out = await cli(['evidence', 'verify', dir, '--no-anchors']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/1 of 1 record\(s\) carry a Sigstore bundle/);
    expect(out.stdout).toMatch(/not checked offline/);
  }, 120_000);

  it('verify fails a record whose Statement was edited after it was signed', async () => {
    expect((await run({ visibility: 'public' })).code).toBe(0);
    const [file] = ledgerFiles();
    const entry = lastEntry();
    // The last record of a stream: no later line's hash guards it; its bundle does.
    entry.statement.predicate.decision =
      entry.statement.predicate.decision === 'pass' ? 'block' : 'pass';
    const edited = [{ path: file!.path, text: `${JSON.stringify(entry)}\n` }];
    const report = await verifyLedger(edited);
    expect(report.breaks).toEqual([
      expect.objectContaining({
        kind: 'edited',
        file: file!.path,
        line: 1,
        message: expect.stringMatching(/signs other bytes than this record's Statement/),
      }),
    ]);
    const out = await cli(['evidence', 'verify', writeLedger(edited), '--no-anchors']);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/edited: the Sigstore bundle signs other bytes/);
  }, 120_000);

  it('a private repository: not signed, nothing sent to Sigstore, and the record says why', async () => {
    const result = await run({ visibility: 'private' });
    expect(result.code).toBe(0);
    const entry = lastEntry();
    expect(entry.sigstore).toBeUndefined();
    expect(sigstore.requests).toEqual([]);
    expect(entry.statement.predicate.notes.join(' ')).toMatch(
      /not signed: the repository is private.*public Rekor transparency log.*repository's name/,
    );
    const report = await verifyLedger(ledgerFiles());
    expect(report.breaks).toEqual([]);
    expect(report.signed).toEqual([]);
  }, 120_000);

  it('`on` signs a private repository', async () => {
    expect((await run({ visibility: 'private', signing: 'on' })).code).toBe(0);
    expect(lastEntry().sigstore).toBeDefined();
  }, 120_000);

  it('no id-token: write: not signed, and the record says why', async () => {
    expect((await run({ visibility: 'public', oidc: false })).code).toBe(0);
    const entry = lastEntry();
    expect(entry.sigstore).toBeUndefined();
    expect(entry.statement.predicate.notes.join(' ')).toMatch(/no `id-token: write` permission/);
    expect(sigstore.requests).toEqual([]);
  }, 120_000);

  it('a run that does not sign never loads action/dist/sigstore.js', async () => {
    // The bundle alone, without the signer beside it: a private repository's run still works.
    const alone = join(mkdtempSync(join(tmpdir(), 'mandate-no-signer-')), 'index.js');
    copyFileSync(bundle, alone);
    const previous = bundle;
    bundle = alone;
    try {
      const result = await run({ visibility: 'private' });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(lastEntry().sigstore).toBeUndefined();
    } finally {
      bundle = previous;
    }
  }, 120_000);

  it('`off`: not signed, nothing said', async () => {
    expect((await run({ visibility: 'public', signing: 'off' })).code).toBe(0);
    const entry = lastEntry();
    expect(entry.sigstore).toBeUndefined();
    expect(entry.statement.predicate.notes.join(' ')).not.toMatch(/signed/);
    expect(sigstore.requests).toEqual([]);
  }, 120_000);
});
