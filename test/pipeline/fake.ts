/** Deterministic fake secret material, composed at run time (no secret-shaped literals). */
export function fakeChars(length: number, seed = 1): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

/** A fake OpenAI-style key: prefix + generated characters. */
export function fakeKey(seed = 1, length = 48): string {
  return ['sk', 'proj', fakeChars(length, seed)].join('-');
}
