import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  decodeBase64Text,
  isTestPath
} from "./chunk-6KLVVNOK.js";
import {
  blobAt,
  runGit
} from "./chunk-SGSUYQD6.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/sources/kubernetes.ts
init_cli_data();

// src/sources/detect.ts
init_cli_data();
var BINARY_SNIFF_BYTES = 8e3, PRINTABLE_SHARE = 0.9, BINARY_EXTENSIONS = new Set(
  "png jpg jpeg gif bmp ico icns webp tif tiff psd heic avif pdf zip gz tgz bz2 xz zst lz4 7z rar tar jar war ear apk aab ipa whl egg nupkg exe dll so dylib o obj a lib class pyc pyo wasm node bin dat woff woff2 ttf otf eot mp3 mp4 m4a m4v wav ogg oga flac aac avi mov mkv webm wmv flv dmg iso img deb rpm msi cab sqlite sqlite3 db parquet avro orc feather npy npz pkl pt pth onnx h5 hdf5 tflite safetensors p12 pfx jks keystore der".split(" ")
);
function printableShare(text) {
  if (text === "") return 1;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    (code === 65533 || code < 32 && (code < 9 || code > 13) && code !== 27 || code === 127) && bad++;
  }
  return 1 - bad / text.length;
}
function textEncoding(head) {
  if (head.length >= 2 && head[0] === 255 && head[1] === 254) return "utf-16le";
  if (head.length >= 2 && head[0] === 254 && head[1] === 255) return "utf-16be";
  let sample = head.subarray(0, Math.min(head.length, BINARY_SNIFF_BYTES));
  if (sample.indexOf(0) === -1) return "utf-8";
  let even = 0, odd = 0;
  for (let i = 0; i < sample.length; i++)
    sample[i] === 0 && ((i & 1) === 0 ? even++ : odd++);
  let enough = Math.max(4, (sample.length >> 1) / 4), utf16 = odd >= enough && even <= odd / 20 ? "utf-16le" : even >= enough && odd <= even / 20 ? "utf-16be" : null;
  return utf16 !== null && printableShare(decodeAs(sample, utf16)) >= PRINTABLE_SHARE ? utf16 : printableShare(decodeAs(sample, "utf-8")) >= PRINTABLE_SHARE ? "utf-8" : null;
}
function looksBinary(buf) {
  return textEncoding(buf) === null;
}
function decodeAs(buf, encoding) {
  if (encoding === "utf-8") {
    let bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.length), bom = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
    return bytes.toString("utf8", bom ? 3 : 0);
  }
  return new TextDecoder(encoding).decode(buf.subarray(0, buf.length & -2));
}
function utf16Line(line) {
  let even = 0, odd = 0;
  for (let at = line.indexOf("\0"); at !== -1; at = line.indexOf("\0", at + 1))
    (at & 1) === 0 ? even++ : odd++;
  let nuls = even + odd;
  return nuls > 0 && nuls === line.length ? "" : nuls < 2 || nuls * 3 < line.length || Math.min(even, odd) * 20 > nuls ? null : line.replaceAll("\0", "");
}
function stripCarriageReturns(text) {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r+(?=\n|$)/g, "");
}
function decodeText(buf) {
  return stripCarriageReturns(decodeAs(buf, textEncoding(buf) ?? "utf-8"));
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

// src/sources/kubernetes.ts
function gitBlobReader(repoRoot, rev) {
  return async (file) => {
    let bytes = await blobAt(repoRoot, rev, file.path);
    return bytes === null ? null : decodeText(bytes);
  };
}
var MANIFEST = /\.(?:ya?ml|json)$/i;
function isManifestPath(path) {
  return MANIFEST.test(path);
}
function withWholeFileSecretValues(yaml, file) {
  if (!mayHoldSecretManifest(file)) return file;
  let decoded = secretDataValuesWith(yaml, file.hunks[0].text, null);
  return decoded === null ? file : { ...file, decoded };
}
function mayHoldSecretManifest(file) {
  let only = file.hunks[0];
  return file.hunks.length !== 1 || only === void 0 || only.startLine !== 1 ? !1 : only.until === void 0 && MANIFEST.test(file.path) && only.text.includes("Secret") && SECRET_KIND.test(only.text) && mayTouchSecret(file);
}
var SECRET_KIND = /\bkind["']?[ \t]*:[ \t]*["']?Secret\b/, BASE64_VALUE = /:[ \t]*["']?[A-Za-z0-9+/]{12,}={0,2}["']?[ \t]*(?:[,}]|$)/gm, KEY_BEFORE = /(?:^|[ \t{,\r\u2028\u2029])["']?[\w.-]+["']?[ \t]*$/, BASE64_LINE = /^[ \t]*[A-Za-z0-9+/]{16,}={0,2}[ \t]*$/m;
function touchesSecret(text) {
  if (text.includes("Secret") && SECRET_KIND.test(text)) return !0;
  BASE64_VALUE.lastIndex = 0;
  for (let m = BASE64_VALUE.exec(text); m !== null; m = BASE64_VALUE.exec(text)) {
    let lineStart = text.lastIndexOf(`
`, m.index - 1) + 1;
    if (KEY_BEFORE.test(text.slice(lineStart, m.index))) return !0;
    BASE64_VALUE.lastIndex = m.index + 1;
  }
  return BASE64_LINE.test(text);
}
function mayTouchSecret(file) {
  return file.skipped !== void 0 || file.continued === !0 || !MANIFEST.test(file.path) ? !1 : file.hunks.some((hunk) => touchesSecret(hunk.text));
}
function addedLines(file) {
  let lines = /* @__PURE__ */ new Set();
  for (let hunk of file.hunks) {
    let count = 1;
    for (let at = hunk.text.indexOf(`
`); at !== -1; at = hunk.text.indexOf(`
`, at + 1))
      count++;
    for (let k = 0; k < count; k++) lines.add(hunk.startLine + k);
  }
  return lines;
}
async function secretDataValues(text, added) {
  return secretDataValuesWith(await loadYaml(), text, added);
}
async function loadYaml() {
  let loaded = await import("./dist-HWZWQZVV.js");
  return typeof loaded.LineCounter == "function" ? loaded : loaded.default;
}
function secretDataValuesWith(yaml, text, added) {
  let { LineCounter, isMap, isScalar, isSeq, parseAllDocuments } = yaml, counter = new LineCounter(), lines = text.split(`
`), out = [], visit = (node) => {
    if (!isMap(node)) return;
    let kind = node.get("kind");
    if (kind === "List") {
      let items = node.get("items", !0);
      if (isSeq(items)) for (let item of items.items) visit(item);
      return;
    }
    if (kind !== "Secret") return;
    let data = node.get("data", !0);
    if (isMap(data))
      for (let pair of data.items) {
        let { key, value } = pair;
        if (!isScalar(value) || typeof value.value != "string" || value.range == null) continue;
        let keyStart = isScalar(key) && key.range != null ? key.range[0] : value.range[0], first = counter.linePos(keyStart).line, last = counter.linePos(Math.max(value.range[0], value.range[1] - 1)).line;
        if (added !== null) {
          let touched = !1;
          for (let line = first; line <= last && !touched; line++) touched = added.has(line);
          if (!touched) continue;
        }
        let decoded = decodeBase64Text(value.value.replace(/\s+/g, ""));
        if (decoded === null) continue;
        let at = counter.linePos(value.range[0]);
        out.push({
          line: first,
          column: at.line === first ? at.col : 1,
          lineText: lines[first - 1] ?? "",
          text: decoded
        });
      }
  }, documents;
  try {
    documents = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: !1 });
  } catch {
    return null;
  }
  let all = Array.isArray(documents) ? documents : [documents];
  if (all.some((document) => document.errors.length > 0)) return null;
  for (let document of all) visit(document.contents);
  return out;
}
async function attachSecretValues(file, read) {
  if (!mayTouchSecret(file)) return file;
  let text = await read(file);
  if (text === null || !SECRET_KIND.test(text)) return file;
  let decoded = await secretDataValues(text, addedLines(file));
  return decoded === null ? file : { ...file, decoded };
}

// src/sources/certificates.ts
init_cli_data();
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
var CERTIFICATE_FILE = /\.(?:crt|cer|cert|pem)$/i, MAX_CERTIFICATE_BYTES = 256 * 1024, MAX_CERTIFICATES = 32, MAX_LEVELS = 4;
function wantsCertificates(file) {
  return file.skipped !== void 0 || !isTestPath(file.path) ? !1 : file.hunks.some((hunk) => hunk.text.includes("PRIVATE KEY-----"));
}
function certificateFolders(path) {
  let parts = path.split("/");
  parts.pop();
  let folders = [parts.join("/")];
  for (let level = 0; level < MAX_LEVELS && parts.length > 1; level++) {
    parts.pop();
    let folder = parts.join("/");
    if (!isTestPath(`${folder}/x`)) break;
    folders.push(folder);
  }
  return folders;
}
function holdsCertificate(text) {
  return text.includes("-----BEGIN CERTIFICATE-----");
}
function withSiblingCertificates(root, file) {
  if (!wantsCertificates(file)) return file;
  let certificates = [];
  for (let folder of certificateFolders(file.path)) {
    let names;
    try {
      names = readdirSync(join(root, folder)).sort();
    } catch {
      continue;
    }
    for (let name of names) {
      if (certificates.length >= MAX_CERTIFICATES) break;
      let path = folder === "" ? name : `${folder}/${name}`;
      if (!(path === file.path || !CERTIFICATE_FILE.test(name)))
        try {
          let abs = join(root, path), stat = statSync(abs);
          if (!stat.isFile() || stat.size > MAX_CERTIFICATE_BYTES) continue;
          let text = decodeText(readFileSync(abs));
          holdsCertificate(text) && certificates.push({ path, text });
        } catch {
        }
    }
  }
  return certificates.length === 0 ? file : { ...file, certificates };
}
async function attachGitCertificates(file, repoRoot, rev) {
  let certificates = [];
  for (let folder of certificateFolders(file.path)) {
    let prefix = folder === "" ? "" : `${folder}/`, listing = rev === "" ? await runGit(["ls-files", "-z", "--", `${prefix}*`], repoRoot) : await runGit(["ls-tree", "-z", "--name-only", rev, "--", prefix || "."], repoRoot);
    if (listing.code !== 0) continue;
    let paths = listing.stdout.toString("utf8").split("\0").filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes("/")).filter((path) => path !== file.path && CERTIFICATE_FILE.test(path)).sort();
    for (let path of paths) {
      if (certificates.length >= MAX_CERTIFICATES) break;
      let blob = await blobAt(repoRoot, rev, path);
      if (blob === null || blob.length > MAX_CERTIFICATE_BYTES) continue;
      let text = decodeText(blob);
      holdsCertificate(text) && certificates.push({ path, text });
    }
  }
  return certificates.length === 0 ? file : { ...file, certificates };
}

// src/sources/chunks.ts
init_cli_data();
var CHUNK_OVERLAP = 64 * 1024;
function chunkSize(maxFileSize) {
  return Math.max(maxFileSize, 4 * CHUNK_OVERLAP);
}
function nextChunkStart(text, overlap = CHUNK_OVERLAP) {
  let limit = text.length - overlap;
  if (limit <= 0) return 0;
  let newline = -1;
  for (let at = text.indexOf(`
`, Math.max(0, limit - overlap - 1)); at !== -1 && at < limit; at = text.indexOf(`
`, at + 1))
    newline = at;
  if (newline >= 0) return newline + 1;
  let code = text.charCodeAt(limit);
  return code >= 56320 && code <= 57343 ? limit - 1 : limit;
}
function chunkLines(hunk) {
  if (hunk.until === void 0) return countLines(hunk.text);
  let count = 0;
  for (let at = hunk.text.indexOf(`
`); at !== -1 && at < hunk.until; )
    count++, at = hunk.text.indexOf(`
`, at + 1);
  return count;
}
var TextChunker = class {
  constructor(size) {
    this.size = size;
  }
  size;
  buffer = "";
  line = 1;
  column = 1;
  /** Lines of each chunk cut so far, counted once while cutting (see lines()). */
  counted = /* @__PURE__ */ new WeakMap();
  /** Adds text; returns the chunks now complete. */
  push(text) {
    this.buffer += text;
    let out = [];
    for (; this.buffer.length >= this.size; ) out.push(this.cut());
    return out;
  }
  /** chunkLines(hunk) of a chunk this chunker made, without counting its lines again. */
  lines(hunk) {
    return this.counted.get(hunk) ?? chunkLines(hunk);
  }
  /** The last chunk (null when nothing is left). */
  finish() {
    let text = this.buffer;
    return this.buffer = "", text === "" ? null : this.hunk(text);
  }
  hunk(text, until) {
    return {
      startLine: this.line,
      text,
      ...this.column > 1 ? { startColumn: this.column } : {},
      ...until === void 0 ? {} : { until }
    };
  }
  cut() {
    let text = this.buffer, until = nextChunkStart(text), hunk = this.hunk(text, until), newlines = 0, last = -1;
    for (let at = text.indexOf(`
`); at !== -1 && at < until; at = text.indexOf(`
`, at + 1))
      newlines++, last = at;
    return this.counted.set(hunk, newlines), newlines > 0 ? (this.line += newlines, this.column = until - last) : this.column += until, this.buffer = text.slice(until), hunk;
  }
};

export {
  BINARY_SNIFF_BYTES,
  textEncoding,
  looksBinary,
  utf16Line,
  decodeText,
  countLines,
  wantsCertificates,
  withSiblingCertificates,
  attachGitCertificates,
  gitBlobReader,
  isManifestPath,
  withWholeFileSecretValues,
  mayHoldSecretManifest,
  mayTouchSecret,
  loadYaml,
  attachSecretValues,
  CHUNK_OVERLAP,
  chunkSize,
  TextChunker
};
