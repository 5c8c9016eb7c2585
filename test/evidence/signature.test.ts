/**
 * Signed ledger lines (src/evidence/signature.ts): the bundle sits inside the hash chain, and
 * verify reports the records that carry one and fails a bundle that signs other bytes. The
 * bundles here are shaped like Sigstore's; their signatures are not checked offline (the
 * Action test, test/action/evidence-signing.test.ts, signs real ones against local fakes).
 */
import { describe, expect, it } from 'vitest';
import { type ChainHead, ledgerPath, nextLine } from '../../src/evidence/chain.js';
import {
  bundleProblem,
  DSSE_PAYLOAD_TYPE,
  type SigstoreBundle,
} from '../../src/evidence/signature.js';
import type { Statement } from '../../src/evidence/statement.js';
import { verifyLedger } from '../../src/evidence/verify.js';
import { statementAt } from './fixtures.js';

function bundleOf(payload: string, payloadType = DSSE_PAYLOAD_TYPE): SigstoreBundle {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      certificate: { rawBytes: Buffer.from('a certificate').toString('base64') },
    },
    dsseEnvelope: {
      payload: Buffer.from(payload).toString('base64'),
      payloadType,
      signatures: [{ sig: Buffer.from('a signature').toString('base64'), keyid: '' }],
    },
  };
}

function ledger(entries: { statement: Statement; sigstore?: SigstoreBundle }[]) {
  let head: ChainHead | null = null;
  const lines: string[] = [];
  for (const body of entries) {
    const next = nextLine(head, body);
    lines.push(next.line);
    head = next.head;
  }
  return { path: ledgerPath('acme/app', '2026-03-01T00:00:00Z'), lines };
}

describe('signed ledger lines', () => {
  const first = statementAt('2026-03-01T10:00:00Z');
  const second = statementAt('2026-03-02T10:00:00Z');

  it('verify lists the records whose bundle signs their Statement byte for byte', async () => {
    const { path, lines } = ledger([
      { statement: first, sigstore: bundleOf(JSON.stringify(first)) },
      { statement: second },
    ]);
    const report = await verifyLedger([{ path, text: `${lines.join('\n')}\n` }]);
    expect(report.breaks).toEqual([]);
    expect(report.records).toBe(2);
    expect(report.signed).toEqual([{ repository: 'acme/app', file: path, line: 1 }]);
  });

  it('a bundle stripped from a line (or added later) breaks the chain: it is inside the line', async () => {
    const { path, lines } = ledger([
      { statement: first, sigstore: bundleOf(JSON.stringify(first)) },
      { statement: second },
    ]);
    const entry = JSON.parse(lines[0]!);
    delete entry.sigstore;
    const stripped = [JSON.stringify(entry), lines[1]!].join('\n');
    const report = await verifyLedger([{ path, text: `${stripped}\n` }]);
    expect(report.breaks).toEqual([expect.objectContaining({ kind: 'edited', line: 1 })]);
  });

  it('a bundle of other bytes, another payload type or no signature is reported', () => {
    expect(bundleProblem(bundleOf(JSON.stringify(first)), first)).toBeNull();
    // The same Statement serialised differently is other bytes.
    expect(bundleProblem(bundleOf(JSON.stringify(first, null, 2)), first)).toMatch(
      /signs other bytes/,
    );
    expect(bundleProblem(bundleOf(JSON.stringify(second)), first)).toMatch(/signs other bytes/);
    expect(bundleProblem(bundleOf(JSON.stringify(first), 'text/plain'), first)).toMatch(
      /text\/plain payload/,
    );
    const unsigned = bundleOf(JSON.stringify(first));
    unsigned.dsseEnvelope!.signatures = [];
    expect(bundleProblem(unsigned, first)).toMatch(/no signature/);
    expect(bundleProblem({ mediaType: 'application/json' }, first)).toMatch(/media type/);
    expect(bundleProblem('a string', first)).toMatch(/not a bundle/);
  });

  it('a signed last record whose Statement was edited fails on its bundle (the chain cannot see it)', async () => {
    const { path, lines } = ledger([
      { statement: first },
      { statement: second, sigstore: bundleOf(JSON.stringify(second)) },
    ]);
    const entry = JSON.parse(lines[1]!);
    entry.statement.predicate.actor = 'mallory';
    const report = await verifyLedger([{ path, text: `${lines[0]}\n${JSON.stringify(entry)}\n` }]);
    expect(report.breaks).toEqual([
      expect.objectContaining({ kind: 'edited', file: path, line: 2 }),
    ]);
    expect(report.breaks[0]!.message).toMatch(/signs other bytes than this record's Statement/);
  });
});
