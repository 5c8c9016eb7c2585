import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');

const load = createRequire(import.meta.url);
let crypto: Crypto | undefined;

/**
 * SHA-256 of `data` (a string is hashed as UTF-8) as 64 lowercase hex characters. node:crypto
 * is loaded on the first call rather than imported: loading it costs about 5 ms, which every
 * start of the CLI paid although a scan without findings never hashes anything.
 */
export function sha256Hex(data: string | Uint8Array): string {
  crypto ??= load('node:crypto') as Crypto;
  return crypto.createHash('sha256').update(data).digest('hex');
}
