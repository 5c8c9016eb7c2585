/** Occurrences of each ASCII code unit in the value being measured (all zero between calls). */
const COUNTS = new Int32Array(128);
/** The distinct ASCII code units of that value, in order of first occurrence. */
const ORDER = new Uint8Array(128);

/**
 * Shannon entropy of a string in bits per character (0 for an empty string, at most
 * log2(distinct characters)). Counts UTF-16 code units; secrets are ASCII in practice.
 *
 * ASCII values are counted in a reused table; the terms are summed in order of first
 * occurrence, as for any value, so the result is the same to the last bit.
 */
export function shannonEntropy(value: string): number {
  const length = value.length;
  if (length === 0) return 0;
  let distinct = 0;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128) {
      for (let k = 0; k < distinct; k++) COUNTS[ORDER[k]!] = 0;
      return entropyOfAny(value);
    }
    if (COUNTS[code]!++ === 0) ORDER[distinct++] = code;
  }
  let entropy = 0;
  for (let k = 0; k < distinct; k++) {
    const code = ORDER[k]!;
    const p = COUNTS[code]! / length;
    COUNTS[code] = 0;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

function entropyOfAny(value: string): number {
  const length = value.length;
  const counts = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
