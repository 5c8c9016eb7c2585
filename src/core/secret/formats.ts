import { Buffer } from 'node:buffer';

/**
 * File-type handling, decided by path first (cheap) and by content only where the path is
 * not enough:
 * - Jupyter notebooks: code lives in JSON strings, so `\"` and `\n` escapes are decoded
 *   before scanning; positions map back to the .ipynb file.
 * - Kubernetes Secret manifests: base64 values under `data:` are decoded and scanned.
 * - Base64 of a PEM block anywhere (kubeconfig `client-key-data`, Helm values, CI variables):
 *   decoded and scanned, so an encoded private key is found like a plain one.
 * - Lockfiles: only structured / URI rules run; integrity hashes are never findings.
 * - Minified bundles and source maps: the generic rule does not run.
 * - `data:` URIs: never scanned by the generic rule.
 */

export interface FileFormat {
  notebook: boolean;
  lockfile: boolean;
  minified: boolean;
  /** YAML that may be a Kubernetes Secret (confirmed per hunk by `kind: Secret`). */
  yaml: boolean;
}

const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'poetry.lock',
  'pipfile.lock',
  'cargo.lock',
  'go.sum',
  'composer.lock',
  'gemfile.lock',
  'bun.lock',
  'uv.lock',
]);

/** Average line length above which a file is treated as minified. */
export const MINIFIED_LINE_LENGTH = 1000;

function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return (slash < 0 ? path : path.slice(slash + 1)).toLowerCase();
}

export function isLockfile(path: string): boolean {
  return LOCKFILES.has(basename(path));
}

/**
 * The file's format. `chars` and `lines` are the total characters and lines of its hunks; a
 * file whose lines average more than MINIFIED_LINE_LENGTH characters counts as minified.
 */
export function detectFormat(path: string, chars: number, lines: number): FileFormat {
  const name = basename(path);
  const notebook = name.endsWith('.ipynb');
  const lockfile = LOCKFILES.has(name);
  const minified =
    !notebook &&
    !lockfile &&
    (name.endsWith('.min.js') ||
      name.endsWith('.min.mjs') ||
      name.endsWith('.min.cjs') ||
      name.endsWith('.map') ||
      chars > MINIFIED_LINE_LENGTH * Math.max(lines, 1));
  const yaml = !lockfile && (name.endsWith('.yaml') || name.endsWith('.yml'));
  return { notebook, lockfile, minified, yaml };
}

// ---------------------------------------------------------------------------------------------
// Notebooks: JSON escapes decoded, offsets mapped back.

/**
 * Text with every JSON escape decoded, and a mapping from its offsets back to the raw text.
 * Each escape is one raw run (2 or 6 characters) that decodes to one UTF-16 code unit (or, for
 * an ANSI colour sequence, to nothing), so the mapping is a list of breakpoints after which
 * offsets advance one for one.
 */
export interface DecodedText {
  text: string;
  /** Decoded offsets where a 1:1 run starts, non-decreasing (equal after a dropped run). */
  decodedAt: number[];
  /** The matching raw offsets. */
  rawAt: number[];
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** The rest of an ANSI control sequence after its ESC: `[`, parameters, a final letter. */
const ANSI_SEQUENCE = /\[[0-9;]{0,32}[A-Za-z]/y;

/**
 * Decodes JSON string escapes everywhere in `raw` (in JSON they occur only inside strings);
 * ANSI colour sequences (`\u001b[0;31m`) are dropped.
 */
export function decodeJsonEscapes(raw: string): DecodedText {
  const decodedAt = [0];
  const rawAt = [0];
  let backslash = raw.indexOf('\\');
  if (backslash < 0) return { text: raw, decodedAt, rawAt };
  const parts: string[] = [];
  let copied = 0; // raw offset up to which text is emitted
  let decodedLength = 0;
  while (backslash >= 0 && backslash < raw.length - 1) {
    const next = raw[backslash + 1]!;
    let value: string | undefined = SIMPLE_ESCAPES[next];
    let width = 2;
    if (value === undefined && next === 'u') {
      const hex = raw.slice(backslash + 2, backslash + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        value = String.fromCharCode(Number.parseInt(hex, 16));
        width = 6;
        // A terminal colour sequence (ESC [ … m in tracebacks and logs) decodes to nothing, so
        // the coloured text reads as the source it highlights.
        if (value === '\u001b') {
          ANSI_SEQUENCE.lastIndex = backslash + 6;
          const sequence = ANSI_SEQUENCE.exec(raw);
          if (sequence !== null) {
            value = '';
            width = 6 + sequence[0].length;
          }
        }
      }
    }
    if (value === undefined) {
      backslash = raw.indexOf('\\', backslash + 1);
      continue;
    }
    parts.push(raw.slice(copied, backslash), value);
    decodedLength += backslash - copied + value.length;
    copied = backslash + width;
    decodedAt.push(decodedLength);
    rawAt.push(copied);
    backslash = raw.indexOf('\\', copied);
  }
  parts.push(raw.slice(copied));
  return { text: parts.join(''), decodedAt, rawAt };
}

/** Raw offset of a decoded offset (an offset inside an escape maps to the escape's start). */
export function rawOffset(decoded: DecodedText, offset: number): number {
  const { decodedAt, rawAt } = decoded;
  let low = 0;
  let high = decodedAt.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (decodedAt[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return rawAt[low]! + (offset - decodedAt[low]!);
}

// ---------------------------------------------------------------------------------------------
// Kubernetes Secret manifests.

const K8S_SECRET_KIND = /^kind:\s*["']?Secret["']?\s*(?:#.*)?$/m;
const DATA_KEY = /^(\s*)data:\s*(?:#.*)?$/;
const DATA_ENTRY = /^(\s+)[\w.-]+:\s*["']?([A-Za-z0-9+/]+={0,2})["']?\s*(?:#.*)?$/;

export function isKubernetesSecret(text: string): boolean {
  return K8S_SECRET_KIND.test(text);
}

/** A decoded `data:` value of a Kubernetes Secret and where its base64 form starts. */
export interface SecretDataValue {
  decoded: string;
  /** Offset in the hunk text of the base64 value. */
  offset: number;
}

/** Base64 values under each `data:` block of the text, decoded when they are UTF-8 text. */
export function kubernetesSecretValues(text: string): SecretDataValue[] {
  const values: SecretDataValue[] = [];
  let dataIndent = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const data = DATA_KEY.exec(line);
    if (data !== null) {
      dataIndent = data[1]!.length;
    } else if (dataIndent >= 0 && line.trim() !== '') {
      const entry = DATA_ENTRY.exec(line);
      const indent = line.length - line.trimStart().length;
      if (indent <= dataIndent) dataIndent = -1;
      else if (entry !== null) {
        const encoded = entry[2]!;
        const decoded = decodeBase64Text(encoded);
        if (decoded !== null) values.push({ decoded, offset: lineStart + line.indexOf(encoded) });
      }
    }
    lineStart = lineEnd + 1;
  }
  return values;
}

/** Base64 of `-----BEGIN ` (the space included): how an encoded PEM block starts. */
const BASE64_PEM = /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,}={0,2}/g;

/** Base64-encoded PEM blocks in the text (one-line blobs), decoded. */
export function base64PemValues(text: string): SecretDataValue[] {
  if (!text.includes('LS0tLS1CRUdJTi')) return [];
  const values: SecretDataValue[] = [];
  BASE64_PEM.lastIndex = 0;
  for (let m = BASE64_PEM.exec(text); m !== null; m = BASE64_PEM.exec(text)) {
    // Unpadded blobs are fine: pad to whole 4-character groups.
    const rest = m[0].length % 4;
    const encoded = rest === 1 ? m[0].slice(0, -1) : m[0] + '='.repeat((4 - rest) % 4);
    const decoded = decodeBase64Text(encoded);
    if (decoded !== null) values.push({ decoded, offset: m.index });
  }
  return values;
}

function decodeBase64Text(encoded: string): string | null {
  if (encoded.length < 8 || encoded.length % 4 !== 0) return null;
  const bytes = Buffer.from(encoded, 'base64');
  const text = bytes.toString('utf8');
  // Reject binary: replacement characters or control characters other than whitespace.
  if (/[\uFFFD\u0000-\u0008\u000E-\u001F]/.test(text)) return null;
  return text;
}

// ---------------------------------------------------------------------------------------------
// Context checks around a candidate.

/** Characters a URI or base64 blob is made of; anything else delimits a token. */
function isTokenChar(code: number): boolean {
  return (
    (code >= 48 && code <= 58) || // 0-9 :
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 43 || // +
    code === 47 || // /
    code === 61 || // =
    code === 37 || // %
    code === 59 || // ;
    code === 44 || // ,
    code === 46 || // .
    code === 95 || // _
    code === 45 // -
  );
}

/** Start of the whitespace/quote-delimited token that contains `offset`. */
function tokenStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && isTokenChar(text.charCodeAt(start - 1))) start--;
  return start;
}

const DATA_URI_HEAD = /^data:[\w.+-]*(?:\/[\w.+-]*)?(?:;[\w.+=-]+)*,/i;

/** Whether `offset` lies inside a `data:` URI (`data:image/png;base64,…`). */
export function insideDataUri(text: string, offset: number): boolean {
  let start = tokenStart(text, offset);
  // The token may begin with a key (`src=data:…`): find `data:` within it.
  const at = text.slice(start, offset).toLowerCase().lastIndexOf('data:');
  if (at < 0) return false;
  start += at;
  return DATA_URI_HEAD.test(text.slice(start, Math.min(offset + 1, start + 200)));
}

const HASH_TOKEN = /^(?:sha(?:1|224|256|384|512)[-:]|md5[-:]|h1:|blake2b?[-:])/i;

/** Whether `offset` lies inside a lockfile integrity hash (`sha512-…`, go.sum `h1:…`). */
export function insideIntegrityHash(text: string, offset: number): boolean {
  const start = tokenStart(text, offset);
  return HASH_TOKEN.test(text.slice(start, offset + 1));
}
