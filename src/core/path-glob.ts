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

/** `pattern` without its trailing slashes (a loop: a `/+$` regex backtracks on long runs). */
function trimSlashes(pattern: string): string {
  let end = pattern.length;
  while (end > 0 && pattern[end - 1] === '/') end--;
  return pattern.slice(0, end);
}

export function pathGlob(pattern: string): PathGlob {
  const trimmed = trimSlashes(pattern);
  const body = trimmed.replace(/^\//, '');
  const anyDepth = !trimmed.includes('/');
  const glob = anyDepth ? `**/${body}` : body;
  const file = new Minimatch(glob, { dot: true });
  const under = new Minimatch(`${glob}/**`, { dot: true });
  return { match: (path) => file.match(path) || under.match(path) };
}

/** Whether `path` matches one of `globs` (compiled with pathGlob). */
export function matchesAny(globs: readonly PathGlob[], path: string): boolean {
  return globs.some((glob) => glob.match(path));
}
