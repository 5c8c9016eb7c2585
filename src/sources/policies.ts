/**
 * Reads the policy documents of a working tree: the files the `policies.paths` globs match
 * (walking only the folders a glob can reach, never `.git` or `node_modules`), and — with
 * `fallback: git` — the date of the last commit that touched each one.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { parseCalendarDate } from '../core/policy/calendar.js';
import type { CalendarDate, PolicyConfig, PolicyDocument } from '../core/policy/types.js';
import { runGit } from './git.js';

const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAGIC = /[*?[\]{}()!+@]/;

/** The folder a glob cannot reach outside of: `docs/security/**\/*.md` → `docs/security`. */
export function staticPrefix(glob: string): string {
  const segments = glob.replace(/^\.\//, '').split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (MAGIC.test(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === segments.length - 1 && !MAGIC.test(segments.at(-1) ?? '')) {
    return segments.join('/');
  }
  return fixed.join('/');
}

async function walk(root: string, start: string, out: Set<string>): Promise<void> {
  const abs = join(root, start);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(abs);
  } catch {
    return;
  }
  if (info.isFile()) {
    out.add(start);
    return;
  }
  if (!info.isDirectory()) return;
  const entries = await readdir(abs, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.isDirectory() && SKIP_DIRS.has(entry.name)) continue;
    const child = start === '' ? entry.name : `${start}/${entry.name}`;
    if (entry.isDirectory()) await walk(root, child, out);
    else if (entry.isFile()) out.add(child);
  }
}

/** POSIX paths (relative to `root`) of the files the globs match, sorted. */
export async function findPolicyFiles(root: string, globs: readonly string[]): Promise<string[]> {
  const matched = new Set<string>();
  for (const glob of globs) {
    const candidates = new Set<string>();
    await walk(root, staticPrefix(glob), candidates);
    for (const path of candidates) {
      if (minimatch(path, glob.replace(/^\.\//, ''), { dot: true })) matched.add(path);
    }
  }
  return [...matched].sort();
}

/** The committer date (as written in the commit, no time-zone shift) of the last commit touching `path`. */
export async function lastCommitDate(repoRoot: string, path: string): Promise<CalendarDate | null> {
  const result = await runGit(['log', '-1', '--format=%cs', '--', path], repoRoot);
  if (result.code !== 0) return null;
  return parseCalendarDate(result.stdout.toString('utf8').trim());
}

/**
 * Reads every policy document under `root`. `repoRoot` (when `root` is inside a git
 * repository) enables `fallback: git`.
 */
export async function readPolicyDocuments(options: {
  root: string;
  config: PolicyConfig;
  repoRoot: string | null;
}): Promise<PolicyDocument[]> {
  const paths = await findPolicyFiles(options.root, options.config.paths);
  return Promise.all(
    paths.map(async (path) => {
      const text = (await readFile(join(options.root, path))).toString('utf8');
      const doc: PolicyDocument = { path, text };
      if (options.config.fallback === 'git' && options.repoRoot !== null) {
        const inRepo = relative(options.repoRoot, join(options.root, path)).split(sep).join('/');
        doc.lastCommitDate = await lastCommitDate(options.repoRoot, inRepo);
      }
      return doc;
    }),
  );
}
