/**
 * Binary detection and text decoding shared by the sources: the one place that decides whether
 * a file is text (and how to decode it) or binary, for files on disk, added lines of a git diff
 * and files read through GitHub's API.
 *
 * A file is text unless its first BINARY_SNIFF_BYTES bytes say otherwise. A NUL byte alone does
 * not make it binary (git's heuristic, which one stray NUL defeats):
 * - UTF-16 with a byte order mark, or without one when the NULs fall on one byte parity (ASCII
 *   in UTF-16LE is `a\0b\0…`), is text, decoded as UTF-16;
 * - otherwise a sample with NULs is text when nearly all of it decodes to printable UTF-8
 *   (a text file with stray NULs is scanned, its NULs kept as U+0000);
 * - anything else is binary.
 * Decoding never fails: invalid UTF-8 bytes become U+FFFD, so a Latin-1 file is still scanned
 * (secrets are ASCII). A byte order mark is dropped so columns on line 1 are right.
 */
import { extname } from 'node:path';

/** Bytes inspected to tell text from binary. */
export const BINARY_SNIFF_BYTES = 8000;

/** Share of a NUL-bearing sample that must decode to printable text for the file to be text. */
export const PRINTABLE_SHARE = 0.9;

/**
 * Extensions of formats that are binary by construction. The name alone never skips a file
 * (a text file named `creds.png` is read); formats that are text (svg, json, pem…) are absent.
 */
const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp ico icns webp tif tiff psd heic avif ' +
    'pdf zip gz tgz bz2 xz zst lz4 7z rar tar jar war ear apk aab ipa whl egg nupkg ' +
    'exe dll so dylib o obj a lib class pyc pyo wasm node bin dat ' +
    'woff woff2 ttf otf eot ' +
    'mp3 mp4 m4a m4v wav ogg oga flac aac avi mov mkv webm wmv flv ' +
    'dmg iso img deb rpm msi cab ' +
    'sqlite sqlite3 db parquet avro orc feather npy npz pkl pt pth onnx h5 hdf5 tflite safetensors ' +
    'p12 pfx jks keystore der'
  ).split(' '),
);

/** Whether a file name has a binary-format extension (a hint; content decides). */
export function isBinaryPath(path: string): boolean {
  const ext = extname(path).slice(1).toLowerCase();
  return ext !== '' && BINARY_EXTENSIONS.has(ext);
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Share of `text` that is printable: not U+FFFD and not a control character but whitespace. */
function printableShare(text: string): number {
  if (text === '') return 1;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd || (code < 32 && (code < 9 || code > 13) && code !== 27) || code === 127) {
      bad++;
    }
  }
  return 1 - bad / text.length;
}

/**
 * How to decode content whose first bytes are `head`, or null when it is binary. The one test
 * every source applies (see the module comment).
 */
export function textEncoding(head: Uint8Array): TextEncoding | null {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const sample = head.subarray(0, Math.min(head.length, BINARY_SNIFF_BYTES));
  if (sample.indexOf(0) === -1) return 'utf-8';
  // UTF-16 without a byte order mark: NULs (the high bytes of ASCII) on one parity only.
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if ((i & 1) === 0) even++;
      else odd++;
    }
  }
  // At least a few NULs: a handful of bytes says nothing about their parity.
  const enough = Math.max(4, (sample.length >> 1) / 4);
  const utf16: TextEncoding | null =
    odd >= enough && even <= odd / 20
      ? 'utf-16le'
      : even >= enough && odd <= even / 20
        ? 'utf-16be'
        : null;
  if (utf16 !== null && printableShare(decodeAs(sample, utf16)) >= PRINTABLE_SHARE) {
    return utf16;
  }
  // A text file with stray NULs: scanned when nearly all of it is printable.
  return printableShare(decodeAs(sample, 'utf-8')) >= PRINTABLE_SHARE ? 'utf-8' : null;
}

/** Whether content is binary (not to be decoded): `textEncoding(buf) === null`. */
export function looksBinary(buf: Uint8Array): boolean {
  return textEncoding(buf) === null;
}

/** Bytes decoded as `encoding` (a byte order mark dropped, an odd trailing byte of UTF-16 too). */
function decodeAs(buf: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'utf-8') {
    const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return bytes.toString('utf8', bom ? 3 : 0);
  }
  return new TextDecoder(encoding).decode(buf.subarray(0, buf.length & ~1));
}

/**
 * A line of a UTF-16 file as git prints it with `--text` (bytes read as text: every other
 * character a NUL, the high byte of ASCII), decoded: the line without its NULs. Null when the
 * line does not look like that (no NUL, or a few stray ones, which stay).
 */
export function utf16Line(line: string): string | null {
  let even = 0;
  let odd = 0;
  for (let at = line.indexOf('\0'); at !== -1; at = line.indexOf('\0', at + 1)) {
    if ((at & 1) === 0) even++;
    else odd++;
  }
  const nuls = even + odd;
  if (nuls > 0 && nuls === line.length) return ''; // the high byte after a UTF-16LE newline
  if (nuls < 2 || nuls * 3 < line.length || Math.min(even, odd) * 20 > nuls) return null;
  return line.replaceAll('\0', '');
}

/**
 * Remove the `\r` of CRLF (and a lone `\r` before end of text) so every line ends at `\n`.
 * Other carriage returns are content and stay.
 */
export function stripCarriageReturns(text: string): string {
  if (text.indexOf('\r') === -1) return text;
  return text.replace(/\r+(?=\n|$)/g, '');
}

/** Decode file content to scannable text: encoding as textEncoding says, CRLF normalised. */
export function decodeText(buf: Buffer): string {
  return stripCarriageReturns(decodeAs(buf, textEncoding(buf) ?? 'utf-8'));
}

/** Lines in a text: a final line without `\n` counts; an empty text has none. */
export function countLines(text: string): number {
  if (text === '') return 0;
  let count = 0;
  let at = text.indexOf('\n');
  while (at !== -1) {
    count++;
    at = text.indexOf('\n', at + 1);
  }
  return text.endsWith('\n') ? count : count + 1;
}
