/**
 * Path globs of review requirements, apart from the predicates (predicates.ts) so that what
 * only matches paths — resolving a config's requirements (config/reviews.ts) — does not load
 * the YAML parser the structured content patterns need (structure.ts): the pre-commit hook
 * imports this on every run, the predicates only when a requirement is evaluated.
 */
import { Minimatch } from 'minimatch';

const globs = new Map<string, Minimatch>();
/** `pattern` compiled once (dot files match; a pattern without `/` matches any base name). */
export function glob(pattern: string): Minimatch {
  let compiled = globs.get(pattern);
  if (compiled === undefined) {
    compiled = new Minimatch(pattern, { dot: true, matchBase: !pattern.includes('/') });
    globs.set(pattern, compiled);
  }
  return compiled;
}

/**
 * Whether `path` matches a list of globs where `!glob` excludes: the last glob that matches
 * decides (as in .gitignore). A list of only exclusions matches everything else. Returns the
 * deciding glob, or null.
 */
export function matchGlobs(path: string, patterns: readonly string[]): string | null {
  let decided: string | null = patterns.every((p) => p.startsWith('!')) ? '**' : null;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    if (glob(body).match(path)) decided = negated ? null : pattern;
  }
  return decided;
}
