/**
 * Binary detection and text decoding shared by the sources.
 *
 * Decoding never fails: content is read as UTF-8 and invalid bytes become U+FFFD, so a
 * Latin-1 file is still scanned (secrets are ASCII). A UTF-8 byte order mark is dropped so
 * columns on line 1 are right; UTF-16 files (which contain NUL bytes) are recognised by their
 * byte order mark and decoded rather than skipped as binary.
 */
import { extname } from 'node:path';

/** Bytes inspected for a NUL, as git does. */
export const BINARY_SNIFF_BYTES = 8000;

/**
 * Extensions of formats that are binary by construction, skipped before any read. Formats
 * that are text (svg, json, pem…) are absent on purpose.
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

/** Whether a file name has a binary-only extension. */
export function isBinaryPath(path: string): boolean {
  const ext = extname(path).slice(1).toLowerCase();
  return ext !== '' && BINARY_EXTENSIONS.has(ext);
}

function hasUtf16Bom(buf: Uint8Array): boolean {
  return (
    buf.length >= 2 &&
    ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))
  );
}

/** A NUL byte in the first 8000 bytes (git's heuristic), unless the file is BOM-marked UTF-16. */
export function looksBinary(buf: Uint8Array): boolean {
  if (hasUtf16Bom(buf)) return false;
  const end = Math.min(buf.length, BINARY_SNIFF_BYTES);
  return buf.subarray(0, end).indexOf(0) !== -1;
}

/** How to decode a file whose first bytes are `head` (null: binary, not to be decoded). */
export function textEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return looksBinary(head) ? null : 'utf-8';
}

/**
 * Remove the `\r` of CRLF (and a lone `\r` before end of text) so every line ends at `\n`.
 * Other carriage returns are content and stay.
 */
export function stripCarriageReturns(text: string): string {
  if (text.indexOf('\r') === -1) return text;
  return text.replace(/\r+(?=\n|$)/g, '');
}

/** Decode file content to scannable text: BOM-aware, lossy UTF-8, CRLF normalised. */
export function decodeText(buf: Buffer): string {
  let text: string;
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    text = buf.subarray(2).toString('utf16le');
  } else if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    // UTF-16BE: swap to little-endian (an odd trailing byte is dropped).
    const even = (buf.length - 2) & ~1;
    text = Buffer.from(buf.subarray(2, 2 + even))
      .swap16()
      .toString('utf16le');
  } else if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    text = buf.subarray(3).toString('utf8');
  } else {
    text = buf.toString('utf8');
  }
  return stripCarriageReturns(text);
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
