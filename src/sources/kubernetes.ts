/**
 * Kubernetes Secret manifests, read whole. The usual edit adds one `data` key to an existing
 * Secret, and the hunk then holds neither `kind: Secret` nor the rest of the manifest; JSON
 * manifests, quoted keys, flow mappings and block scalars are not line-shaped at all. So when a
 * YAML or JSON file's added lines could touch a Secret, its source reads the whole new file,
 * parses it (multi-document YAML or JSON, with the `yaml` package) and hands the engine each
 * base64 `data` value decoded (ChangedFile.decoded) — in a diff, only those whose lines were
 * added or changed, reported on the line of their key.
 */
import { decodeBase64Text } from '../core/secret/formats.js';
import type { ChangedFile, DecodedValue } from '../core/types.js';
import { decodeText } from './detect.js';
import { blobAt } from './git.js';

/** A reader of a file's new content from git: the index (`rev` '') or a commit. */
export function gitBlobReader(
  repoRoot: string,
  rev: string,
): (file: ChangedFile) => Promise<string | null> {
  return async (file) => {
    const bytes = await blobAt(repoRoot, rev, file.path);
    return bytes === null ? null : decodeText(bytes);
  };
}

const MANIFEST = /\.(?:ya?ml|json)$/i;

/** Whether a path names a YAML or JSON file (a possible manifest). */
export function isManifestPath(path: string): boolean {
  return MANIFEST.test(path);
}

/**
 * For a file read whole from disk (a directory scan): its Secret values decoded, all of them.
 * Synchronous, with `yaml` loaded by the caller.
 */
export function withWholeFileSecretValues(yaml: YamlModule, file: ChangedFile): ChangedFile {
  if (!mayHoldSecretManifest(file)) return file;
  const decoded = secretDataValuesWith(yaml, file.hunks[0]!.text, null);
  return decoded === null ? file : { ...file, decoded };
}

/**
 * Whether a file read whole may hold a Kubernetes Secret, so that withWholeFileSecretValues
 * would parse it: a caller loads `yaml` only when this first says yes (most trees have YAML
 * and JSON files, few of them Secrets).
 */
export function mayHoldSecretManifest(file: ChangedFile): boolean {
  const only = file.hunks[0];
  if (file.hunks.length !== 1 || only === undefined || only.startLine !== 1) return false;
  // The whole file is here: it holds a Secret only if it says so (a cheap test first; most
  // YAML and JSON files have some base64-looking value, which is what mayTouchSecret looks for).
  return (
    only.until === undefined &&
    MANIFEST.test(file.path) &&
    only.text.includes('Secret') &&
    SECRET_KIND.test(only.text) &&
    mayTouchSecret(file)
  );
}
/**
 * `kind: Secret` in any style (block, flow, JSON): a whole file without it holds no Secret, and
 * is not parsed (most JSON and YAML files have some key with a base64-looking value).
 */
const SECRET_KIND = /\bkind["']?[ \t]*:[ \t]*["']?Secret\b/;

/** A base64 value from its colon on (the key-value shape without its key). */
const BASE64_VALUE = /:[ \t]*["']?[A-Za-z0-9+/]{12,}={0,2}["']?[ \t]*(?:[,}]|$)/gm;
/**
 * The key before such a colon, up to it: what the key-value shape asks of the line. Searched
 * from the last \n; the `^` of the multiline regex also matches after \r, U+2028 and U+2029
 * (YAML reads `{a: b,\rtoken: …}` as a key), so those count as the start here too.
 */
const KEY_BEFORE = /(?:^|[ \t{,\r\u2028\u2029])["']?[\w.-]+["']?[ \t]*$/;
/** A line of a base64 block scalar. */
const BASE64_LINE = /^[ \t]*[A-Za-z0-9+/]{16,}={0,2}[ \t]*$/m;

/**
 * Whether an added hunk may belong to a Secret: its `kind` (searched only where `Secret` occurs),
 * a key with a base64 value in block, flow or JSON style (the value searched from its colon, a
 * literal V8 finds fast, then the key on the line before it: a key never spans lines), or a line
 * of a base64 block scalar. Blanks are `[ \t]`, never `\s`: a `\s*` after `^` in multiline mode
 * would run across every following empty line, at each line. As one regex (kept in
 * test/property/touches-secret.test.ts, which holds this to it) it tried the key pattern after
 * every blank of every YAML and JSON hunk (`--history`: 60 ms).
 */
export function touchesSecret(text: string): boolean {
  if (text.includes('Secret') && SECRET_KIND.test(text)) return true;
  BASE64_VALUE.lastIndex = 0;
  for (let m = BASE64_VALUE.exec(text); m !== null; m = BASE64_VALUE.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (KEY_BEFORE.test(text.slice(lineStart, m.index))) return true;
    BASE64_VALUE.lastIndex = m.index + 1;
  }
  return BASE64_LINE.test(text);
}

/** Whether the file's added lines may touch a Kubernetes Secret (then read the whole file). */
export function mayTouchSecret(file: ChangedFile): boolean {
  if (file.skipped !== undefined || file.continued === true || !MANIFEST.test(file.path)) {
    return false;
  }
  return file.hunks.some((hunk) => touchesSecret(hunk.text));
}

/** Lines (1-based) that the file's hunks add. */
function addedLines(file: ChangedFile): Set<number> {
  const lines = new Set<number>();
  for (const hunk of file.hunks) {
    let count = 1;
    for (let at = hunk.text.indexOf('\n'); at !== -1; at = hunk.text.indexOf('\n', at + 1)) {
      count++;
    }
    for (let k = 0; k < count; k++) lines.add(hunk.startLine + k);
  }
  return lines;
}

/**
 * The decoded `data` values of every Secret in `text` (YAML documents or JSON, a `List` of
 * items too). `added` limits them to values with a line in it (null: all of them). Null when
 * the text does not parse (a Helm template): the engine then reads the hunks as before.
 */
export async function secretDataValues(
  text: string,
  added: ReadonlySet<number> | null,
): Promise<DecodedValue[] | null> {
  return secretDataValuesWith(await loadYaml(), text, added);
}

/** Loads `yaml` (a bundle may hand its CommonJS build over as the default export). */
export async function loadYaml(): Promise<YamlModule> {
  const loaded = (await import('yaml')) as YamlModule & { default?: YamlModule };
  return typeof loaded.LineCounter === 'function' ? loaded : loaded.default!;
}

/** The `yaml` module (loaded on demand: only manifests need it). */
export type YamlModule = typeof import('yaml');

/** secretDataValues with the `yaml` module already loaded (for synchronous callers). */
export function secretDataValuesWith(
  yaml: YamlModule,
  text: string,
  added: ReadonlySet<number> | null,
): DecodedValue[] | null {
  const { LineCounter, isMap, isScalar, isSeq, parseAllDocuments } = yaml;
  const counter = new LineCounter();
  const lines = text.split('\n');
  const out: DecodedValue[] = [];
  const visit = (node: unknown): void => {
    if (!isMap(node)) return;
    const kind = node.get('kind');
    if (kind === 'List') {
      const items = node.get('items', true);
      if (isSeq(items)) for (const item of items.items) visit(item);
      return;
    }
    if (kind !== 'Secret') return;
    const data = node.get('data', true);
    if (!isMap(data)) return;
    for (const pair of data.items) {
      const { key, value } = pair;
      if (!isScalar(value) || typeof value.value !== 'string' || value.range == null) continue;
      const keyStart = isScalar(key) && key.range != null ? key.range[0] : value.range[0];
      const first = counter.linePos(keyStart).line;
      const last = counter.linePos(Math.max(value.range[0], value.range[1] - 1)).line;
      if (added !== null) {
        let touched = false;
        for (let line = first; line <= last && !touched; line++) touched = added.has(line);
        if (!touched) continue;
      }
      const decoded = decodeBase64Text(value.value.replace(/\s+/g, ''));
      if (decoded === null) continue;
      const at = counter.linePos(value.range[0]);
      out.push({
        line: first,
        column: at.line === first ? at.col : 1,
        lineText: lines[first - 1] ?? '',
        text: decoded,
      });
    }
  };
  let documents: ReturnType<typeof parseAllDocuments>;
  try {
    documents = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false });
  } catch {
    return null;
  }
  const all = Array.isArray(documents) ? documents : [documents];
  if (all.some((document) => document.errors.length > 0)) return null;
  for (const document of all) visit(document.contents);
  return out;
}

/**
 * The file with its decoded Secret values (ChangedFile.decoded) when its added lines may touch
 * one (mayTouchSecret), its whole new content read with `read` (null: not readable, left as it
 * is). For git scopes: see git-reads.ts.
 */
export async function attachSecretValues(
  file: ChangedFile,
  read: (file: ChangedFile) => Promise<string | null>,
): Promise<ChangedFile> {
  if (!mayTouchSecret(file)) return file;
  const text = await read(file);
  if (text === null || !SECRET_KIND.test(text)) return file;
  const decoded = await secretDataValues(text, addedLines(file));
  return decoded === null ? file : { ...file, decoded };
}
