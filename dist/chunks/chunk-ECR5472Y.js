import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/sources/detect.ts
import { extname } from "node:path";
var BINARY_SNIFF_BYTES = 8e3, BINARY_EXTENSIONS = new Set(
  "png jpg jpeg gif bmp ico icns webp tif tiff psd heic avif pdf zip gz tgz bz2 xz zst lz4 7z rar tar jar war ear apk aab ipa whl egg nupkg exe dll so dylib o obj a lib class pyc pyo wasm node bin dat woff woff2 ttf otf eot mp3 mp4 m4a m4v wav ogg oga flac aac avi mov mkv webm wmv flv dmg iso img deb rpm msi cab sqlite sqlite3 db parquet avro orc feather npy npz pkl pt pth onnx h5 hdf5 tflite safetensors p12 pfx jks keystore der".split(" ")
);
function isBinaryPath(path) {
  let ext = extname(path).slice(1).toLowerCase();
  return ext !== "" && BINARY_EXTENSIONS.has(ext);
}
function hasUtf16Bom(buf) {
  return buf.length >= 2 && (buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255);
}
function looksBinary(buf) {
  if (hasUtf16Bom(buf)) return !1;
  let end = Math.min(buf.length, BINARY_SNIFF_BYTES);
  return buf.subarray(0, end).indexOf(0) !== -1;
}
function stripCarriageReturns(text) {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r+(?=\n|$)/g, "");
}
function decodeText(buf) {
  let text;
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254)
    text = buf.subarray(2).toString("utf16le");
  else if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) {
    let even = buf.length - 2 & -2;
    text = Buffer.from(buf.subarray(2, 2 + even)).swap16().toString("utf16le");
  } else buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? text = buf.subarray(3).toString("utf8") : text = buf.toString("utf8");
  return stripCarriageReturns(text);
}
function countLines(text) {
  if (text === "") return 0;
  let count = 0, at = text.indexOf(`
`);
  for (; at !== -1; )
    count++, at = text.indexOf(`
`, at + 1);
  return text.endsWith(`
`) ? count : count + 1;
}

export {
  BINARY_SNIFF_BYTES,
  isBinaryPath,
  looksBinary,
  decodeText,
  countLines
};
