/**
 * Which paths Git LFS tracks, from a `.gitattributes` text: the patterns whose attributes set
 * `filter=lfs` (a later line with `-filter`, `!filter` or another filter unsets it, as git reads
 * the file top to bottom, last match wins). Pattern semantics as gitattributes(5): a pattern
 * without a slash matches the file name at any depth; one with a slash is anchored at the
 * file's folder (the repository root for the top-level file); `**` spans folders.
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
  return {
    tracks(path) {
      let tracked = false;
      for (const line of lines) if (line.match.match(path)) tracked = line.lfs;
      return tracked;
    },
  };
}

export const NO_LFS: LfsTracking = { tracks: () => false };
