import { formatCount } from './count.js';

/** Never show more than this many characters of any secret. */
export const MAX_PREFIX = 6;

/** Values shorter than this show no prefix at all. */
const MIN_LENGTH_FOR_PREFIX = 12;

const PEM_HEADER = /^-----BEGIN ([A-Z0-9 ]{1,40}?)-----/;

/**
 * The form of a secret that may be shown: at most a short prefix, then `…` and the length,
 * e.g. `sk-pro…(164 chars)`. Values under 12 characters show no prefix (`…(8 chars)`); the
 * prefix is min(6, floor(length / 5)) characters and never crosses a line break. A PEM block
 * shows its header type only: `-----BEGIN RSA PRIVATE KEY…(1,675 chars)`.
 */
export function redact(secret: string): string {
  const length = `(${formatCount(secret.length)} ${secret.length === 1 ? 'char' : 'chars'})`;
  const pem = PEM_HEADER.exec(secret);
  if (pem !== null) return `-----BEGIN ${pem[1]}…${length}`;
  if (secret.length < MIN_LENGTH_FOR_PREFIX) return `…${length}`;
  let prefix = secret.slice(0, Math.min(MAX_PREFIX, Math.floor(secret.length / 5)));
  const lineBreak = prefix.search(/[\r\n]/);
  if (lineBreak !== -1) prefix = prefix.slice(0, lineBreak);
  // Do not split a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(prefix)) prefix = prefix.slice(0, -1);
  return `${prefix}…${length}`;
}
