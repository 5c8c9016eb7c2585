import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** A path into a parsed document: map keys and sequence indexes. */
export type DataPath = readonly (string | number)[];

/** Finds the position of a value (or, with `key`, of its key) in a parsed YAML document. */
export type Locator = (path: DataPath, options?: { key?: boolean }) => Position | undefined;

function pairFor(node: unknown, segment: string | number): Pair | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find(
    (pair): pair is Pair =>
      isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(segment),
  );
}

/**
 * A locator over `contents` (a document's root node). Where a path runs past what the document
 * holds, the nearest enclosing node's position is returned.
 */
export function locator(contents: unknown, lineCounter: LineCounter): Locator {
  const at = (node: unknown): Position | undefined => {
    const offset = (node as Node | null | undefined)?.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path, options = {}) => {
    let node: unknown = contents;
    let best = at(node);
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isSeq(node)) {
        node = node.items[Number(segment)];
      } else {
        const pair = pairFor(node, segment);
        if (pair === undefined) return best;
        if (last && options.key) return at(pair.key) ?? best;
        // An empty value (`key:`) has no position of its own: point at the key.
        node = pair.value ?? pair.key;
        if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
          best = at(pair.key) ?? best;
          if (last) return best;
        }
      }
      if (node === undefined) return best;
      best = at(node) ?? best;
    }
    return best;
  };
}

/** `rules[0].id`, `allowlist.regexes[2]`, `fail_on`: how a path is named in messages. */
export function describePath(path: DataPath): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}

/** JSON pointer (`/rules/0/id`) → data path, numbers for sequence indexes. */
export function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(?:0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}
