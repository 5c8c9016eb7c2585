/**
 * Optional keyless signing of the evidence Statement (input `evidence-signing`): Sigstore's
 * Fulcio issues a short-lived certificate for the workflow's OIDC identity, the Statement is
 * signed in a DSSE envelope and the signature is entered into the Rekor transparency log. The
 * bundle goes on the record's ledger line (src/evidence/signature.ts).
 *
 * `auto` (the default) signs only a public repository's runs that have `id-token: write`:
 * Rekor is a public, append-only log, and the certificate names the repository and workflow —
 * signing a private repository's records would publish its name, for good. `on` signs wherever
 * the workflow has `id-token: write`; `off` never signs.
 *
 * The Sigstore libraries (action/src/sigstore.ts, bundled apart) are imported only when a run signs.
 */
import { MandateError } from '../../src/core/errors.js';
import {
  DSSE_PAYLOAD_TYPE,
  type SigstoreBundle,
  signedBytes,
} from '../../src/evidence/signature.js';
import type { Statement } from '../../src/evidence/statement.js';

/** `public`, `private` (private or internal), or null when the payload does not say. */
export type Visibility = 'public' | 'private' | null;

/** The repository's visibility in an event payload (`repository.visibility`, `.private`). */
export function visibilityOf(payload: unknown): Visibility {
  const repository = (payload as { repository?: unknown } | null)?.repository;
  const { visibility, private: hidden } =
    typeof repository === 'object' && repository !== null
      ? (repository as { visibility?: unknown; private?: unknown })
      : {};
  if (visibility === 'public' || hidden === false) return 'public';
  return hidden === true || visibility === 'private' || visibility === 'internal'
    ? 'private'
    : null;
}

export type SigningMode = 'auto' | 'on' | 'off';

export type SignStatement = (statement: Statement) => Promise<SigstoreBundle>;

/** Whether this run signs, and why not when it does not (a sentence for the record's notes). */
export type SigningPlan =
  | { sign: true; signer: SignStatement }
  | { sign: false; why: string | null };

/**
 * Whether this run signs: by the mode, the repository's visibility (from the event payload,
 * read once with the event: event.ts) and whether the job can ask for an OIDC token.
 */
export function signingPlan(
  mode: SigningMode,
  visibility: Visibility,
  env: NodeJS.ProcessEnv,
): SigningPlan {
  if (mode === 'off') return { sign: false, why: null };
  const oidc = Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  if (mode === 'auto') {
    if (visibility !== 'public') {
      return {
        sign: false,
        why: `The evidence record was not signed: the repository is ${visibility ?? 'not known to be public'}, and a Sigstore signature enters the public Rekor transparency log with the repository's name in its certificate (set \`evidence-signing: on\` to sign anyway).`,
      };
    }
    if (!oidc) {
      return {
        sign: false,
        why: 'The evidence record was not signed: the workflow has no `id-token: write` permission, which keyless Sigstore signing needs.',
      };
    }
  } else if (!oidc) {
    return {
      sign: false,
      why: 'The evidence record was not signed although `evidence-signing` is on: the workflow has no `id-token: write` permission, which keyless Sigstore signing needs.',
    };
  }
  return { sign: true, signer: (statement) => signStatement(statement, env) };
}

/**
 * Signs the Statement's ledger bytes keylessly. Fulcio and Rekor are Sigstore's public-good
 * instances unless MANDATE_SIGSTORE_FULCIO_URL / MANDATE_SIGSTORE_REKOR_URL name others (a
 * private Sigstore deployment, or the tests' fakes).
 */
export async function signStatement(
  statement: Statement,
  env: NodeJS.ProcessEnv,
): Promise<SigstoreBundle> {
  // Beside the bundled Action (action/dist/sigstore.js); a URL esbuild leaves to run time.
  const where = new URL('./sigstore.js', import.meta.url).href;
  const { signDsse } = (await import(where)) as typeof import('./sigstore.js');
  try {
    return (await signDsse(Buffer.from(signedBytes(statement), 'utf8'), DSSE_PAYLOAD_TYPE, {
      fulcio: env.MANDATE_SIGSTORE_FULCIO_URL || null,
      rekor: env.MANDATE_SIGSTORE_REKOR_URL || null,
    })) as SigstoreBundle;
  } catch (error) {
    const cause = error instanceof Error ? error : new Error(String(error));
    const inner = (cause as { cause?: unknown }).cause;
    throw new MandateError(
      `the Statement could not be signed with Sigstore (${cause.message}${inner instanceof Error ? `: ${inner.message}` : ''}).`,
      { cause },
    );
  }
}
