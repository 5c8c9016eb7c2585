/**
 * The Sigstore half of `evidence-signing`, bundled on its own (action/dist/sigstore.js by
 * scripts/build-action.mjs) and imported by action/src/signing.ts only when a run signs: the
 * libraries (Fulcio, Rekor, DSSE, their HTTP stack) add about 1.5 MB that a run which does not
 * sign never reads.
 */
import { bundleToJSON } from '@sigstore/bundle';
import {
  CIContextProvider,
  DEFAULT_FULCIO_URL,
  DEFAULT_REKOR_URL,
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
} from '@sigstore/sign';

/**
 * A DSSE envelope of `data` signed with an ephemeral key certified by Fulcio for the
 * workflow's OIDC identity (ACTIONS_ID_TOKEN_REQUEST_URL), entered into Rekor: the bundle, JSON.
 */
export async function signDsse(
  data: Buffer,
  payloadType: string,
  urls: { fulcio: string | null; rekor: string | null },
): Promise<unknown> {
  const signer = new FulcioSigner({
    identityProvider: new CIContextProvider('sigstore'),
    fulcioBaseURL: urls.fulcio ?? DEFAULT_FULCIO_URL,
    retry: 2,
    timeout: 30_000,
  });
  const witness = new RekorWitness({
    rekorBaseURL: urls.rekor ?? DEFAULT_REKOR_URL,
    entryType: 'dsse',
    retry: 2,
    timeout: 30_000,
  });
  const builder = new DSSEBundleBuilder({ signer, witnesses: [witness] });
  return bundleToJSON(await builder.create({ data, type: payloadType }));
}
