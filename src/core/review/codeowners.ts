/**
 * CODEOWNERS import (`review_settings.codeowners`), with GitHub's reading of the file
 * (docs.github.com, "About code owners"):
 *
 * - patterns follow gitignore (matched by the `ignore` package, case-sensitive), except that a
 *   trailing `/*` matches only the files directly in that directory (`docs/*` owns `docs/a.md`,
 *   not `docs/sub/b.md`), and `!` negation, `[ ]` ranges and a `\#` escape are not supported:
 *   GitHub skips such a line, and so does this reader, saying which line and why;
 * - for each file the LAST matching line decides its owners; a line with no owners un-owns;
 * - `#` starts a comment at the start of a line or after white space;
 * - a file of 3 MB or more is not loaded at all.
 *
 * Two modes:
 * - `any`  — GitHub's own reading: one approval from any owner of the matched lines satisfies
 *            the import (one requirement, `review/codeowners-any`).
 * - `every` — stricter: every distinct owner group (the owners of one deciding line) needs an
 *            approval from one of its owners (one requirement per group,
 *            `review/codeowners-<owners>`).
 *
 * Owners are `@user` or `@org/team`; e-mail owners cannot be resolved through the API and are
 * reported as errors. The requirement's `when` lists the exact matched paths, so the
 * evaluator reports the same files as triggers.
 */
import ignore, { type Ignore } from 'ignore';
import { escape as escapeGlob } from 'minimatch';
import type { ResolvedRequirement } from './evaluate.js';
import type { PullFile } from './types.js';

/** Where GitHub looks for the file, in the order it looks (the first one found is used). */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** GitHub does not load a CODEOWNERS file of this size or more. */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;

export interface CodeownersLine {
  line: number;
  pattern: string;
  /** `user` or `org/team`, without the `@`. */
  owners: string[];
  /** Whether the line decides `path` (a repository-relative path with `/`). */
  matches: (path: string) => boolean;
}

const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9_.-]+$/;
const EMAIL = /^[^@\s]+@[^@\s]+$/;

/** Why GitHub would skip this pattern, or null when it is one GitHub reads. */
function unsupported(pattern: string): string | null {
  if (pattern.startsWith('!')) return 'negation (`!`) is not supported in CODEOWNERS';
  if (pattern.startsWith('\\#')) return 'escaping a leading `#` is not supported in CODEOWNERS';
  if (/(?<!\\)[[\]]/.test(pattern)) {
    return 'character ranges (`[ ]`) are not supported in CODEOWNERS';
  }
  return null;
}

/** The matcher for one pattern: gitignore's rules, and GitHub's `/*` for direct children only. */
function matcherFor(pattern: string): (path: string) => boolean {
  // `dir/**/` owns everything below `dir`, files included.
  const normalised = pattern.endsWith('/**/') ? pattern.slice(0, -1) : pattern;
  const rules: Ignore = ignore({ ignorecase: false }).add(normalised);
  const directChildrenOnly =
    /(?:^|\/)\*$/.test(normalised) && normalised !== '*' && !normalised.endsWith('**/*');
  return (path) => {
    // `ignore` throws on '', `./x`, `/x` and `../x`: no repository path looks like that.
    if (!ignore.isPathValid(path) || !rules.ignores(path)) return false;
    if (!directChildrenOnly) return true;
    // gitignore also matches what lies below a matched directory; GitHub's `dir/*` does not.
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      if (rules.ignores(`${parts.slice(0, depth).join('/')}/`)) return false;
    }
    return true;
  };
}

export function parseCodeowners(text: string): { lines: CodeownersLine[]; errors: string[] } {
  const lines: CodeownersLine[] = [];
  const errors: string[] = [];
  if (Buffer.byteLength(text, 'utf8') >= CODEOWNERS_MAX_BYTES) {
    errors.push(
      'CODEOWNERS is 3 MB or larger: GitHub does not load it, so it names no owners; shorten it with wildcard patterns.',
    );
    return { lines, errors };
  }
  text.split(/\r?\n/).forEach((raw, i) => {
    const where = `CODEOWNERS line ${i + 1}`;
    const hash = raw.search(/(?:^|\s)#/);
    const content = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (content === '') return;
    // A pattern may hold an escaped space (`my\ dir/`).
    const [pattern, ...owners] = content.match(/(?:\\[\s\S]|[^\s\\])+/g) ?? [];
    if (pattern === undefined) return;
    const badOwner = owners.find((o) => !USER.test(o) && !TEAM.test(o) && !EMAIL.test(o));
    const why =
      unsupported(pattern) ??
      (badOwner === undefined
        ? null
        : `\`${badOwner}\` is not @user, @org/team or an e-mail address`);
    if (why !== null) {
      errors.push(`${where}: ${why}; GitHub skips this line, and so does mandate.`);
      return;
    }
    for (const owner of owners.filter((o) => EMAIL.test(o))) {
      errors.push(
        `${where}: the owner \`${owner}\` is not @user or @org/team (e-mail owners cannot be resolved)`,
      );
    }
    lines.push({
      line: i + 1,
      pattern,
      owners: owners.filter((o) => o.startsWith('@')).map((o) => o.slice(1)),
      matches: matcherFor(pattern),
    });
  });
  return { lines, errors };
}

/** The deciding line for `path`: the last one that matches. */
export function ownersOf(lines: CodeownersLine[], path: string): CodeownersLine | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.matches(path)) return lines[i]!;
  }
  return null;
}

function slug(owners: string[]): string {
  return (
    owners
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'owners'
  );
}

/** Requirements for the changed files under CODEOWNERS. */
export function codeownersRequirements(
  text: string,
  files: PullFile[],
  mode: 'any' | 'every',
  origin = 'CODEOWNERS',
): { requirements: ResolvedRequirement[]; errors: string[]; owned: OwnedFile[] } {
  const { lines, errors } = parseCodeowners(text);
  const groups = new Map<string, { owners: string[]; paths: string[]; patterns: string[] }>();
  const owned: OwnedFile[] = [];
  for (const file of files) {
    const decided = ownersOf(lines, file.path);
    if (decided === null || decided.owners.length === 0) continue;
    owned.push({ path: file.path, line: decided });
    const key = [...decided.owners].sort().join(' ').toLowerCase();
    const group = groups.get(key) ?? { owners: decided.owners, paths: [], patterns: [] };
    group.paths.push(file.path);
    if (!group.patterns.includes(decided.pattern)) group.patterns.push(decided.pattern);
    groups.set(key, group);
  }
  const split = (owners: string[]) => ({
    teams: owners.filter((o) => o.includes('/')),
    users: owners.filter((o) => !o.includes('/')),
  });
  const requirements: ResolvedRequirement[] = [];
  if (mode === 'any') {
    const all = [...groups.values()];
    if (all.length > 0) {
      const owners = [...new Set(all.flatMap((g) => g.owners))];
      requirements.push({
        origin,
        spec: {
          // Not `codeowners`: that is the pack's requirement for changes to CODEOWNERS itself.
          name: 'codeowners-any',
          description: `Files with code owners (${all.flatMap((g) => g.patterns).join(', ')}) need an approval from one of their owners.`,
          when: { paths: all.flatMap((g) => g.paths.map((p) => escapeGlob(p))) },
          require: { ...split(owners), count: 1 },
        },
      });
    }
  } else {
    for (const group of groups.values()) {
      requirements.push({
        origin,
        spec: {
          name: `codeowners-${slug(group.owners)}`,
          description: `Files owned by ${group.owners.map((o) => `@${o}`).join(', ')} (${group.patterns.join(', ')}) need an approval from one of those owners.`,
          when: { paths: group.paths.map((p) => escapeGlob(p)) },
          require: { ...split(group.owners), count: 1 },
        },
      });
    }
  }
  return { requirements, errors, owned };
}

/** A changed file and the CODEOWNERS line that gives it owners. */
export interface OwnedFile {
  path: string;
  line: CodeownersLine;
}

/**
 * The CODEOWNERS file GitHub would use: the first of CODEOWNERS_PATHS that `read` finds (at the
 * base commit in CI, at HEAD for the hook's preview).
 */
export async function findCodeowners(
  read: (path: string) => Promise<string | null>,
): Promise<{ path: string; text: string } | null> {
  for (const path of CODEOWNERS_PATHS) {
    const text = await read(path);
    if (text !== null) return { path, text };
  }
  return null;
}
