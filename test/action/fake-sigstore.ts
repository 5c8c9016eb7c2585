/**
 * A local stand-in for the three services keyless signing talks to, on one HTTP server on
 * 127.0.0.1 (port 0):
 *
 * - `GET /oidc?…&audience=…` — GitHub's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL):
 *   answers `{"value": <JWT>}` to the request token, with `sub` naming the repository.
 * - `POST /fulcio/api/v2/signingCert` — Fulcio: checks the identity token is the one issued and
 *   the proof of possession (the JWT subject signed with the key), then issues a certificate
 *   for that public key with the openssl CLI, from a CA made when the fake starts.
 * - `POST /rekor/api/v1/log/entries` — Rekor: checks the proposed `dsse` entry's signature
 *   over the envelope (DSSE pre-authentication encoding) with the certificate's key, and
 *   answers a log entry.
 *
 * Every request is recorded for assertions.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, verify, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** DSSE's pre-authentication encoding: what the envelope's signature signs. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `),
    payload,
  ]);
}

export class FakeSigstore {
  readonly requests: { method: string; path: string }[] = [];
  /** The request token the OIDC endpoint accepts (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  readonly requestToken = `oidc-request-${randomBytes(8).toString('hex')}`;
  /** Certificates issued, PEM. */
  readonly issued: string[] = [];
  /** Entries the log accepted: their envelopes' payloads, decoded. */
  readonly logged: string[] = [];
  private readonly dir = mkdtempSync(join(tmpdir(), 'mandate-fake-sigstore-'));
  private readonly token: string;
  private server: Server | null = null;
  url = '';

  constructor(readonly repository: string) {
    this.token = [
      b64url({ alg: 'none', typ: 'JWT' }),
      b64url({
        iss: 'https://token.actions.githubusercontent.test',
        sub: `repo:${repository}:ref:refs/heads/main`,
        aud: 'sigstore',
        repository,
      }),
      'unsigned',
    ].join('.');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        join(this.dir, 'ca.key'),
        '-out',
        join(this.dir, 'ca.pem'),
        '-subj',
        '/CN=fake-fulcio-root',
        '-days',
        '1',
      ],
      { stdio: 'ignore' },
    );
  }

  /** The env a run needs to sign against this fake. */
  env(): Record<string, string> {
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${this.url}/oidc?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.requestToken,
      MANDATE_SIGSTORE_FULCIO_URL: `${this.url}/fulcio`,
      MANDATE_SIGSTORE_REKOR_URL: `${this.url}/rekor`,
    };
  }

  caPem(): string {
    return readFileSync(join(this.dir, 'ca.pem'), 'utf8');
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.requests.push({ method: req.method ?? '', path: req.url ?? '' });
        try {
          this.handle(req, Buffer.concat(chunks).toString('utf8'), res);
        } catch (error) {
          send(res, 500, { message: error instanceof Error ? error.message : String(error) });
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }

  private handle(req: IncomingMessage, body: string, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    if (req.method === 'GET' && url.pathname === '/oidc') {
      if (req.headers.authorization !== `Bearer ${this.requestToken}`) {
        send(res, 401, { message: 'bad request token' });
        return;
      }
      if (url.searchParams.get('audience') !== 'sigstore') {
        send(res, 400, { message: 'audience must be sigstore' });
        return;
      }
      send(res, 200, { value: this.token });
      return;
    }
    if (req.method === 'POST' && url.pathname === '/fulcio/api/v2/signingCert') {
      this.signingCert(JSON.parse(body), res);
      return;
    }
    if (req.method === 'POST' && url.pathname === '/rekor/api/v1/log/entries') {
      this.logEntry(JSON.parse(body), res);
      return;
    }
    send(res, 404, { message: `no route ${req.method} ${url.pathname}` });
  }

  private signingCert(
    request: {
      credentials?: { oidcIdentityToken?: string };
      publicKeyRequest?: { publicKey?: { content?: string }; proofOfPossession?: string };
    },
    res: ServerResponse,
  ): void {
    if (request.credentials?.oidcIdentityToken !== this.token) {
      send(res, 401, { message: 'unknown identity token' });
      return;
    }
    const publicKey = request.publicKeyRequest?.publicKey?.content ?? '';
    const proof = Buffer.from(request.publicKeyRequest?.proofOfPossession ?? '', 'base64');
    const subject = `repo:${this.repository}:ref:refs/heads/main`;
    if (!verify('sha256', Buffer.from(subject), publicKey, proof)) {
      send(res, 400, { message: 'the proof of possession does not verify' });
      return;
    }
    const n = this.issued.length;
    const pub = join(this.dir, `pub-${n}.pem`);
    const csr = join(this.dir, `csr-${n}.pem`);
    const ext = join(this.dir, `ext-${n}.cnf`);
    const leaf = join(this.dir, `leaf-${n}.pem`);
    writeFileSync(pub, publicKey);
    writeFileSync(
      ext,
      `subjectAltName=URI:https://github.com/${this.repository}/.github/workflows/mandate.yml@refs/heads/main\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\n`,
    );
    // The CSR only carries a subject: the certificate's key is the requester's (-force_pubkey).
    execFileSync(
      'openssl',
      ['req', '-new', '-key', join(this.dir, 'ca.key'), '-subj', '/O=sigstore.dev', '-out', csr],
      { stdio: 'ignore' },
    );
    execFileSync(
      'openssl',
      [
        'x509',
        '-req',
        '-in',
        csr,
        '-CA',
        join(this.dir, 'ca.pem'),
        '-CAkey',
        join(this.dir, 'ca.key'),
        '-CAcreateserial',
        '-force_pubkey',
        pub,
        '-extfile',
        ext,
        '-days',
        '1',
        '-out',
        leaf,
      ],
      { stdio: 'ignore' },
    );
    const certificate = readFileSync(leaf, 'utf8');
    this.issued.push(certificate);
    send(res, 201, {
      signedCertificateEmbeddedSct: { chain: { certificates: [certificate, this.caPem()] } },
    });
  }

  private logEntry(
    proposed: {
      kind?: string;
      apiVersion?: string;
      spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } };
    },
    res: ServerResponse,
  ): void {
    if (proposed.kind !== 'dsse') {
      send(res, 400, { message: 'expected a dsse entry' });
      return;
    }
    const envelope = JSON.parse(proposed.spec?.proposedContent?.envelope ?? '{}') as {
      payload: string;
      payloadType: string;
      signatures: { sig: string }[];
    };
    const verifier = Buffer.from(proposed.spec?.proposedContent?.verifiers?.[0] ?? '', 'base64');
    const certificate = new X509Certificate(verifier);
    if (!certificate.verify(new X509Certificate(this.caPem()).publicKey)) {
      send(res, 400, { message: 'the certificate is not one this Fulcio issued' });
      return;
    }
    const payload = Buffer.from(envelope.payload, 'base64');
    const signature = Buffer.from(envelope.signatures[0]?.sig ?? '', 'base64');
    if (!verify('sha256', pae(envelope.payloadType, payload), certificate.publicKey, signature)) {
      send(res, 400, { message: 'the envelope signature does not verify' });
      return;
    }
    this.logged.push(payload.toString('utf8'));
    const index = this.logged.length - 1;
    send(res, 201, {
      [randomBytes(32).toString('hex')]: {
        body: Buffer.from(JSON.stringify(proposed)).toString('base64'),
        integratedTime: Math.floor(Date.now() / 1000),
        logID: randomBytes(32).toString('hex'),
        logIndex: index,
        verification: { signedEntryTimestamp: randomBytes(64).toString('base64') },
      },
    });
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
