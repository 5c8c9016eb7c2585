/**
 * A range of commits: `mandate scan --diff BASE..HEAD` or `BASE...HEAD`.
 *
 * - `A..B`  — the tree diff between A and B (what `git diff A B` shows).
 * - `A...B` — from the merge base of A and B to B: only what B's side added, the usual pull
 *   request view when the base branch moved on.
 * - `A`     — chosen to mean `A..HEAD`: the committed changes since A (`git diff A HEAD`),
 *   never the work tree, so the result does not depend on uncommitted edits.
 * An empty side means HEAD, as in git (`A..` = `A..HEAD`).
 *
 * One ChangedFile per file of the combined diff. No `commit` is attached: a line may come
 * from any commit of the range, and naming B's author would misattribute it (history scans
 * attribute per commit).
 */
import { MandateError } from '../core/errors.js';
import type { ChangedFile, ChangeSet } from '../core/types.js';
import { DIFF_FORMAT_ARGS, gitOutput, resolveCommit, runGit, streamGit } from './git.js';
import { withGitReads } from './git-reads.js';
import { parseDiffStream, UnifiedDiffParser } from './unified-diff.js';

export interface ParsedRange {
  base: string;
  head: string;
  /** Three dots: diff from the merge base. */
  mergeBase: boolean;
}

export function parseRange(range: string): ParsedRange {
  const trimmed = range.trim();
  if (trimmed === '') {
    throw new MandateError('the diff range is empty.', {
      hint: 'Pass a range such as --diff main..HEAD or --diff origin/main...HEAD.',
    });
  }
  const three = trimmed.indexOf('...');
  if (three !== -1) {
    return {
      base: trimmed.slice(0, three) || 'HEAD',
      head: trimmed.slice(three + 3) || 'HEAD',
      mergeBase: true,
    };
  }
  const two = trimmed.indexOf('..');
  if (two !== -1) {
    return {
      base: trimmed.slice(0, two) || 'HEAD',
      head: trimmed.slice(two + 2) || 'HEAD',
      mergeBase: false,
    };
  }
  return { base: trimmed, head: 'HEAD', mergeBase: false };
}

export function diffSource(options: {
  repoRoot: string;
  range: string;
  maxFileSize: number;
}): ChangeSet {
  return { scope: 'diff', description: options.range, files: diffFiles(options) };
}

async function resolveOrFail(rev: string, range: string, repoRoot: string): Promise<string> {
  const sha = await resolveCommit(rev, repoRoot);
  if (sha === null) {
    throw new MandateError(`unknown revision '${rev}' in the diff range ${range}.`, {
      hint: `Check the name, or fetch it first (git fetch origin ${rev}; in CI use actions/checkout with fetch-depth: 0).`,
    });
  }
  return sha;
}

async function* diffFiles(options: {
  repoRoot: string;
  range: string;
  maxFileSize: number;
}): AsyncGenerator<ChangedFile> {
  const { repoRoot, range, maxFileSize } = options;
  const parsed = parseRange(range);
  // Fails with a "not a git repository" hint before revisions are judged unknown.
  await gitOutput(['rev-parse', '--git-dir'], repoRoot);
  const baseSha = await resolveOrFail(parsed.base, range, repoRoot);
  const headSha = await resolveOrFail(parsed.head, range, repoRoot);
  let from = baseSha;
  if (parsed.mergeBase) {
    const result = await runGit(['merge-base', baseSha, headSha], repoRoot);
    const mergeBase = result.stdout.toString('utf8').trim();
    if (result.code !== 0 || mergeBase === '') {
      throw new MandateError(
        `${parsed.base} and ${parsed.head} have no common ancestor, so ${range} is empty.`,
        {
          hint: `Use the two-dot form (${parsed.base}..${parsed.head}) to compare the trees, or fetch more history (fetch-depth: 0).`,
        },
      );
    }
    from = mergeBase;
  }
  const args = ['diff', ...DIFF_FORMAT_ARGS, '--diff-filter=ACDMRT', from, headSha, '--'];
  // A Secret manifest read whole, and a test key's certificates, at the head commit.
  yield* withGitReads(
    parseDiffStream(streamGit(args, repoRoot), new UnifiedDiffParser({ maxFileSize })),
    repoRoot,
    headSha,
  );
}
