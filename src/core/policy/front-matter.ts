/**
 * The YAML front matter of a Markdown document: the block between a first line `---` and the
 * next line `---` (or `...`). Parsed with the YAML 1.2 core schema, so an unquoted
 * `2024-04-04` stays the text the author wrote — no Date, no time zone.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

export interface FrontMatter {
  /** The mapping's values as plain data. */
  data: Record<string, unknown>;
  /** 1-based line (in the whole file) of each top-level key. */
  lines: Map<string, number>;
  /** 1-based line of the opening `---`. */
  startLine: number;
  /** 1-based line of the closing `---`; the body starts on the next line. */
  endLine: number;
}

export type FrontMatterResult =
  | { kind: 'ok'; frontMatter: FrontMatter }
  | { kind: 'missing' }
  | { kind: 'invalid'; line: number; message: string };

/** Splits text into lines without their terminators (`\n` or `\r\n`). */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

export function parseFrontMatter(text: string): FrontMatterResult {
  const lines = splitLines(text);
  if (lines[0]?.trimEnd() !== '---') return { kind: 'missing' };
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') {
      end = i;
      break;
    }
  }
  if (end === -1) {
    return {
      kind: 'invalid',
      line: 1,
      message: 'the front matter opened by `---` on line 1 is never closed by a `---` line',
    };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on line 2 of the file.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const error = doc.errors[0];
  if (error !== undefined) {
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { kind: 'invalid', line: fileLine(error.pos[0]), message: `invalid YAML: ${reason}` };
  }
  const frontMatter: FrontMatter = { data: {}, lines: new Map(), startLine: 1, endLine: end + 1 };
  if (doc.contents === null) return { kind: 'ok', frontMatter };
  if (!isMap(doc.contents)) {
    return {
      kind: 'invalid',
      line: 2,
      message: 'the front matter is not a mapping of keys to values (`owner: …`)',
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    return { kind: 'invalid', line: 2, message: `invalid YAML: ${(cause as Error).message}` };
  }
  frontMatter.data = data as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range !== undefined && pair.key.range !== null) {
      frontMatter.lines.set(String(pair.key.value), fileLine(pair.key.range[0]));
    }
  }
  return { kind: 'ok', frontMatter };
}
