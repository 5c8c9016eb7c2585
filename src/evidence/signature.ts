/**
 * Optional Sigstore signatures of ledger records (pure: no I/O, no Sigstore library).
 *
 * A run that signs (the Action's `evidence-signing`) puts the Sigstore bundle of its Statement
 * on the same ledger line: `{"seq","prev","statement","sigstore":{…bundle…}}`. The bundle's DSSE
 * envelope carries the Statement's bytes as written in the line (`JSON.stringify(statement)`,
 * the bytes the check-run anchor hashes) with payload type `application/vnd.in-toto+json`.
 * Being on the line, the bundle is inside the hash chain: stripping, swapping or adding one
 * later breaks the chain like any other edit. `mandate evidence verify` checks offline that
 * each bundle signs exactly its record's Statement; it does not verify the certificate chain
 * against Sigstore's public-good root or the transparency log inclusion (that needs the
 * network and the TUF root: `cosign verify-blob-attestation` or `sigstore-js` can, on the
 * extracted bundle).
 */
import { Buffer } from 'node:buffer';
import type { Statement } from './statement.js';

export const DSSE_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** A Sigstore bundle as JSON (the parts mandate reads; the rest is kept as written). */
export interface SigstoreBundle {
  mediaType: string;
  dsseEnvelope?: {
    payload: string;
    payloadType: string;
    signatures: { sig: string; keyid?: string }[];
  };
  verificationMaterial?: unknown;
  [key: string]: unknown;
}

/** The bytes a bundle of `statement` must sign: the Statement as the ledger line holds it. */
export function signedBytes(statement: Statement): string {
  return JSON.stringify(statement);
}

/** Null when `bundle` is a DSSE bundle whose payload is byte-identical to `statement`. */
export function bundleProblem(bundle: unknown, statement: Statement): string | null {
  if (typeof bundle !== 'object' || bundle === null) return 'the `sigstore` field is not a bundle.';
  const b = bundle as SigstoreBundle;
  if (
    typeof b.mediaType !== 'string' ||
    !b.mediaType.startsWith('application/vnd.dev.sigstore.bundle')
  ) {
    return 'the `sigstore` field has no Sigstore bundle media type.';
  }
  const envelope = b.dsseEnvelope;
  if (typeof envelope !== 'object' || envelope === null || typeof envelope.payload !== 'string') {
    return 'the Sigstore bundle has no DSSE envelope.';
  }
  if (envelope.payloadType !== DSSE_PAYLOAD_TYPE) {
    return `the Sigstore bundle signs a ${String(envelope.payloadType)} payload, not an in-toto Statement.`;
  }
  if (!Array.isArray(envelope.signatures) || envelope.signatures.length === 0) {
    return 'the Sigstore bundle carries no signature.';
  }
  if (
    !Buffer.from(envelope.payload, 'base64').equals(Buffer.from(signedBytes(statement), 'utf8'))
  ) {
    return "the Sigstore bundle signs other bytes than this record's Statement: the record or the bundle was edited.";
  }
  return null;
}
