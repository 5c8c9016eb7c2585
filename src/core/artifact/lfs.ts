/**
 * Which paths Git LFS tracks, from `.gitattributes` texts: the patterns whose attributes set
 * `filter=lfs` (a later line with `-filter`, `!filter` or another filter unsets it, as git reads
 * the file top to bottom, last match wins). Pattern semantics as gitattributes(5): a pattern
 * without a slash matches the file name at any depth below the file's folder; one with a slash
 * is anchored at that folder (the repository root for the top-level file); `**` spans folders.
 * A `.gitattributes` in a folder applies to the paths under it and overrides the files of the
 * folders above (`LfsTree`: the root's first, the deepest last, last match wins).
 */
import { Minimatch } from 'minimatch';

interface Line {
  match: Minimatch;
  lfs: boolean;
}

export interface LfsTracking {
  /** Whether git would put `path` (repository-relative, POSIX) through the LFS filter. */
  tracks(path: string): boolean;
}

/** LFS tracking from a `.gitattributes` text in folder `dir` ('' for the root). */
export function parseGitattributes(text: string, dir = ''): LfsTracking {
  const lines = parseLines(text, dir);
  return { tracks: (path) => lastMatch(lines, path) ?? false };
}

/** The last line of `lines` that matches `path` says; undefined when none matches. */
function lastMatch(lines: readonly Line[], path: string): boolean | undefined {
  let tracked: boolean | undefined;
  for (const line of lines) if (line.match.match(path)) tracked = line.lfs;
  return tracked;
}

function parseLines(text: string, dir: string): Line[] {
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [pattern, ...attributes] = trimmed.split(/[ \t]+/);
    if (pattern === undefined || pattern.startsWith('[attr]')) continue;
    let lfs: boolean | undefined;
    for (const attribute of attributes) {
      if (attribute === 'filter=lfs') lfs = true;
      else if (
        attribute === '-filter' ||
        attribute === '!filter' ||
        attribute.startsWith('filter=')
      ) {
        lfs = false;
      }
    }
    if (lfs === undefined) continue;
    const anchored = pattern.replace(/^\//, '').replace(/\/$/, '/**');
    const hasSlash = pattern.replace(/\/$/, '').includes('/');
    const glob = `${dir === '' ? '' : `${dir}/`}${hasSlash ? anchored : `**/${anchored}`}`;
    lines.push({ match: new Minimatch(glob, { dot: true }), lfs });
  }
  return lines;
}

/** The folders whose `.gitattributes` apply to `path`, the root ('') first. */
export function attributeFolders(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return ['', ...parts.map((_, i) => parts.slice(0, i + 1).join('/'))];
}

/**
 * LFS tracking from the `.gitattributes` of every folder, learnt folder by folder: a source
 * adds the files of the folders `missing(path)` names (null: that folder has none) before the
 * family asks about `path`. A folder not added counts as having none.
 */
export class LfsTree implements LfsTracking {
  readonly #folders = new Map<string, Line[]>();

  /** The folders above `path` (and its own) whose `.gitattributes` were not added yet. */
  missing(path: string): string[] {
    return attributeFolders(path).filter((dir) => !this.#folders.has(dir));
  }

  add(dir: string, text: string | null): void {
    this.#folders.set(dir, text === null ? [] : parseLines(text, dir));
  }

  tracks(path: string): boolean {
    let tracked = false;
    for (const dir of attributeFolders(path)) {
      const found = lastMatch(this.#folders.get(dir) ?? [], path);
      if (found !== undefined) tracked = found;
    }
    return tracked;
  }
}

/** LFS tracking that reads each folder's `.gitattributes` on first need through `read`. */
export function lazyLfs(read: (dir: string) => string | null): LfsTracking {
  const tree = new LfsTree();
  return {
    tracks(path) {
      for (const dir of tree.missing(path)) tree.add(dir, read(dir));
      return tree.tracks(path);
    },
  };
}

export const NO_LFS: LfsTracking = { tracks: () => false };
