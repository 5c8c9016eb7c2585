/**
 * The one semantics of the path globs a config lists for the guardrail families
 * (`artifacts.approved_paths`, `personal_data.approved_paths`), as in .gitignore: a pattern
 * without a `/` matches a file name at any depth (`*.pkl`, `fixtures`); one with a `/` is
 * anchored at the repository root (`models/fixtures/**`, a leading `/` only says so); a
 * trailing `/` or a pattern naming a folder matches everything under it. `**` spans folders
 * (minimatch, dot files included).
 */
import { Minimatch } from 'minimatch';

export interface PathGlob {
  /** Whether the repository-relative POSIX `path` matches. */
  match(path: string): boolean;
}

export function pathGlob(pattern: string): PathGlob {
  const body = pattern.replace(/^\//, '').replace(/\/+$/, '');
  const anyDepth = !pattern.replace(/\/+$/, '').includes('/');
  const glob = anyDepth ? `**/${body}` : body;
  const file = new Minimatch(glob, { dot: true });
  const under = new Minimatch(`${glob}/**`, { dot: true });
  return { match: (path) => file.match(path) || under.match(path) };
}

/** Whether `path` matches one of `globs` (compiled with pathGlob). */
export function matchesAny(globs: readonly PathGlob[], path: string): boolean {
  return globs.some((glob) => glob.match(path));
}
