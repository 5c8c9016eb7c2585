/**
 * What is in the index: `mandate scan --staged`, the pre-commit hook's scope.
 *
 * `git diff --cached` compares the index (GIT_INDEX_FILE when git sets it for a hook) with
 * HEAD, so a partially staged file yields only its staged added lines, never unstaged edits.
 * In a repository without commits the index is compared with the empty tree. A detached HEAD
 * needs nothing special.
 */
import type { ChangedFile, ChangeSet } from '../core/types.js';
import { DIFF_FORMAT_ARGS, emptyTree, gitOutput, resolveCommit, streamGit } from './git.js';
import { parseDiffStream, UnifiedDiffParser } from './unified-diff.js';

export function stagedSource(options: { repoRoot: string; maxFileSize: number }): ChangeSet {
  return { scope: 'staged', description: 'staged changes', files: stagedFiles(options) };
}

async function* stagedFiles(options: {
  repoRoot: string;
  maxFileSize: number;
}): AsyncGenerator<ChangedFile> {
  const { repoRoot, maxFileSize } = options;
  // Outside a repository `git diff` would silently switch to --no-index: check first.
  await gitOutput(['rev-parse', '--git-dir'], repoRoot);
  // No HEAD yet (first commit): everything staged is new, so diff against the empty tree.
  const base = (await resolveCommit('HEAD', repoRoot)) ?? (await emptyTree(repoRoot));
  const args = ['diff', '--cached', ...DIFF_FORMAT_ARGS, '--diff-filter=ACDMRT', base, '--'];
  yield* parseDiffStream(
    streamGit(
      args,
      repoRoot,
      undefined, // default hints (e.g. "not a git repository: run mandate scan without --staged…")
    ),
    new UnifiedDiffParser({ maxFileSize }),
  );
}
