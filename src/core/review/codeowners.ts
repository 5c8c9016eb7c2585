/**
 * CODEOWNERS import (`review_settings.codeowners`). GitHub's semantics: for each file the LAST
 * matching line decides its owners; a line with no owners means "no owner". Two modes:
 *
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
import { escape as escapeGlob, Minimatch } from 'minimatch';
import type { ResolvedRequirement } from './evaluate.js';
import type { PullFile } from './types.js';

export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

export interface CodeownersLine {
  line: number;
  pattern: string;
  owners: string[];
  matchers: Minimatch[];
}

/** A CODEOWNERS pattern as minimatch globs (gitignore-style anchoring, directories recurse). */
export function codeownersGlobs(pattern: string): string[] {
  let body = pattern;
  const anchored = body.startsWith('/');
  if (anchored) body = body.slice(1);
  const directory = body.endsWith('/');
  if (directory) body = body.slice(0, -1);
  if (!anchored && !body.includes('/')) body = `**/${body}`;
  if (body === '**/*' || body === '*') return ['**'];
  return directory ? [`${body}/**`] : [body, `${body}/**`];
}

export function parseCodeowners(text: string): { lines: CodeownersLine[]; errors: string[] } {
  const lines: CodeownersLine[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.search(/(?:^|\s)#/);
    const content = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (content === '') return;
    const [pattern, ...owners] = content.split(/\s+/);
    for (const owner of owners) {
      if (!owner.startsWith('@')) {
        errors.push(
          `CODEOWNERS line ${i + 1}: the owner \`${owner}\` is not @user or @org/team (e-mail owners cannot be resolved)`,
        );
      }
    }
    lines.push({
      line: i + 1,
      pattern: pattern!,
      owners: owners.filter((o) => o.startsWith('@')).map((o) => o.slice(1)),
      matchers: codeownersGlobs(pattern!).map((g) => new Minimatch(g, { dot: true })),
    });
  });
  return { lines, errors };
}

/** The deciding line for `path`: the last one that matches. */
export function ownersOf(lines: CodeownersLine[], path: string): CodeownersLine | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.matchers.some((m) => m.match(path))) return lines[i]!;
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
): { requirements: ResolvedRequirement[]; errors: string[] } {
  const { lines, errors } = parseCodeowners(text);
  const groups = new Map<string, { owners: string[]; paths: string[]; patterns: string[] }>();
  for (const file of files) {
    const decided = ownersOf(lines, file.path);
    if (decided === null || decided.owners.length === 0) continue;
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
  return { requirements, errors };
}
