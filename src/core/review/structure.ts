/**
 * Structured content for review triggers: instead of testing a pattern against each added line,
 * a content pattern with `structure` tests it against values parsed out of the document, so
 * that the shape of the file does not matter — a multi-line IAM `Action` array, `"*"` not first,
 * a YAML block sequence (CloudFormation), a Terraform `actions = [...]` list over many lines, a
 * CDK `actions: [...]` property, a minified package.json.
 *
 * - `iam-actions`: every value of an `Action` / `NotAction` (JSON, YAML, Terraform JSON) or
 *   `actions` / `not_actions` (Terraform HCL, CDK) key, with its line.
 * - `npm-dependencies`: every dependency name of a package.json (all dependency kinds).
 *
 * JSON and YAML are parsed (the `yaml` parser reads both); when a document does not parse (a
 * fragment, Terraform, code), a linear scanner reads `key = [ … ]` / `key: [ … ]` lists, single
 * quoted values and YAML block sequences. Nothing here runs a regex that can backtrack.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml';

export type Structure = 'iam-actions' | 'npm-dependencies';

export const STRUCTURES: readonly Structure[] = ['iam-actions', 'npm-dependencies'];

export interface StructuredValue {
  /** 1-based line of the value. */
  line: number;
  value: string;
}

const IAM_KEYS = new Set(['Action', 'NotAction', 'actions', 'not_actions', 'notActions']);
const DEPENDENCY_KEYS = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'peerDependencies',
];

/** The values `structure` names in `text` (the file at `path`). */
export function structuredValues(
  structure: Structure,
  path: string,
  text: string,
): StructuredValue[] {
  return structure === 'iam-actions' ? iamActions(path, text) : npmDependencies(text);
}

const PARSED = /\.(?:json|template|ya?ml)$/i;

function iamActions(path: string, text: string): StructuredValue[] {
  if (PARSED.test(path)) {
    const parsed = fromDocuments(text, (key) => IAM_KEYS.has(key));
    if (parsed !== null) return parsed;
  }
  return scanLists(text, IAM_KEYS);
}

/** Values under matching keys in every document of `text`, or null when it does not parse. */
function fromDocuments(text: string, wanted: (key: string) => boolean): StructuredValue[] | null {
  const lineCounter = new LineCounter();
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false });
  } catch {
    return null;
  }
  if (!Array.isArray(docs) || docs.some((doc) => doc.errors.length > 0)) return null;
  const out: StructuredValue[] = [];
  const lineOf = (node: Node) => lineCounter.linePos(node.range?.[0] ?? 0).line;
  const values = (node: unknown) => {
    if (isScalar(node)) {
      if (typeof node.value === 'string') out.push({ line: lineOf(node), value: node.value });
    } else if (isSeq(node)) {
      for (const item of node.items) {
        if (isScalar(item) && typeof item.value === 'string') {
          out.push({ line: lineOf(item), value: item.value });
        }
      }
    }
  };
  const walk = (node: unknown, depth: number) => {
    if (depth > 200) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : null;
        if (key !== null && wanted(key)) values(pair.value);
        walk(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, depth + 1);
    }
  };
  for (const doc of docs) walk(doc.contents, 0);
  return out;
}

function npmDependencies(text: string): StructuredValue[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return scanDependencyFragments(text);
  }
  if (typeof data !== 'object' || data === null) return [];
  const lineStarts = starts(text);
  const out: StructuredValue[] = [];
  for (const kind of DEPENDENCY_KEYS) {
    const deps = (data as Record<string, unknown>)[kind];
    if (typeof deps !== 'object' || deps === null) continue;
    for (const name of Object.keys(deps)) {
      const at = text.indexOf(JSON.stringify(name));
      out.push({ line: lineAt(lineStarts, Math.max(at, 0)), value: name });
    }
  }
  return out;
}

/** A fragment of a package.json (added lines only): every `"name": "version"` pair. */
function scanDependencyFragments(text: string): StructuredValue[] {
  const out: StructuredValue[] = [];
  const lineStarts = starts(text);
  const pair = /"([^"\\\n]{1,214})"[ \t]*:[ \t]*"/g;
  for (let m = pair.exec(text); m !== null; m = pair.exec(text)) {
    out.push({ line: lineAt(lineStarts, m.index), value: m[1]! });
  }
  return out;
}

function starts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function lineAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const KEY = /[A-Za-z_]+/y;

/**
 * A linear scan for `key = value`, `key: value`, `"key": value` where the key is in `keys` and
 * the value is a quoted string, a `[ … ]` list of them (over any number of lines, with comments)
 * or a YAML block sequence (`- value` lines below the key).
 */
function scanLists(text: string, keys: ReadonlySet<string>): StructuredValue[] {
  const out: StructuredValue[] = [];
  const lineStarts = starts(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const isWordStart = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    const prev = i > 0 ? text[i - 1]! : ' ';
    if (!isWordStart || /[\w$]/.test(prev)) {
      i++;
      continue;
    }
    KEY.lastIndex = i;
    const word = KEY.exec(text)![0];
    let j = i + word.length;
    i = j;
    if (!keys.has(word)) continue;
    if (text[j] === '"' || text[j] === "'") j++;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (text[j] !== ':' && text[j] !== '=') continue;
    j++;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (text[j] === '[') {
      j = readList(text, j + 1, lineStarts, out);
    } else if (text[j] === '"' || text[j] === "'" || text[j] === '`') {
      j = readString(text, j, lineStarts, out);
    } else if (text[j] === '\n' || text[j] === '\r' || text[j] === '#') {
      j = readBlockSequence(text, j, lineStarts, out);
    } else {
      // A bare YAML scalar (`Action: s3:*`): to the end of the line.
      let end = j;
      while (end < n && text[end] !== '\n' && text[end] !== '#') end++;
      const value = text.slice(j, end).trim();
      if (value !== '') out.push({ line: lineAt(lineStarts, j), value });
      j = end;
    }
    i = Math.max(i, j);
  }
  return out;
}

/** Reads a quoted string at `j` (its opening quote); returns the index after it. */
function readString(text: string, j: number, lineStarts: number[], out: StructuredValue[]): number {
  const quote = text[j]!;
  let k = j + 1;
  let value = '';
  while (k < text.length && text[k] !== quote && text[k] !== '\n') {
    if (text[k] === '\\' && k + 1 < text.length) {
      value += text[k + 1];
      k += 2;
      continue;
    }
    value += text[k];
    k++;
  }
  out.push({ line: lineAt(lineStarts, j), value });
  return k + 1;
}

/** Reads list items after `[` up to the matching `]`, skipping comments. */
function readList(text: string, j: number, lineStarts: number[], out: StructuredValue[]): number {
  let depth = 1;
  while (j < text.length && depth > 0) {
    const c = text[j]!;
    if (c === '"' || c === "'" || c === '`') {
      j = readString(text, j, lineStarts, depth === 1 ? out : []);
    } else if (c === '#' || (c === '/' && text[j + 1] === '/')) {
      while (j < text.length && text[j] !== '\n') j++;
    } else if (c === '/' && text[j + 1] === '*') {
      const end = text.indexOf('*/', j + 2);
      j = end < 0 ? text.length : end + 2;
    } else {
      if (c === '[') depth++;
      else if (c === ']') depth--;
      j++;
    }
  }
  return j;
}

/** Reads `- value` lines below a key (a YAML block sequence). */
function readBlockSequence(
  text: string,
  j: number,
  lineStarts: number[],
  out: StructuredValue[],
): number {
  let k = text.indexOf('\n', j);
  while (k !== -1) {
    let s = k + 1;
    while (text[s] === ' ' || text[s] === '\t') s++;
    if (text[s] !== '-' || (text[s + 1] !== ' ' && text[s + 1] !== '\t')) return k;
    s += 2;
    while (text[s] === ' ' || text[s] === '\t') s++;
    if (text[s] === '"' || text[s] === "'") readString(text, s, lineStarts, out);
    else {
      let end = s;
      while (end < text.length && text[end] !== '\n' && text[end] !== '#') end++;
      const value = text.slice(s, end).trim();
      if (value !== '') out.push({ line: lineAt(lineStarts, s), value });
    }
    k = text.indexOf('\n', s);
  }
  return text.length;
}
