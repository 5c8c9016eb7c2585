/**
 * What is in the index: `mandate scan --staged`, the pre-commit hook's scope.
 *
 * `git diff --cached` compares the index (GIT_INDEX_FILE when git sets it for a hook) with
 * HEAD, so a partially staged file yields only its staged added lines, never unstaged edits.
 * In a repository without commits the index is compared with the empty tree. A detached HEAD
 * needs nothing special.
 */
import type { ChangedFile, ChangeSet } from '../core/types.js';
import { DIFF_FORMAT_ARGS, gitOutput, streamGit } from './git.js';
import { withGitReads } from './git-reads.js';
import { parseDiffStream, UnifiedDiffParser } from './unified-diff.js';

export interface StagedOptions {
  repoRoot: string;
  maxFileSize: number;
  /**
   * `repoRoot` is a work tree's top level that git itself reported (`findRepoRoot`, as the CLI
   * finds it before choosing a scope): the repository check below is then skipped, one git
   * process fewer for every pre-commit run.
   */
  knownRepository?: boolean;
}

export function stagedSource(options: StagedOptions): ChangeSet {
  return { scope: 'staged', description: 'staged changes', files: stagedFiles(options) };
}

async function* stagedFiles(options: StagedOptions): AsyncGenerator<ChangedFile> {
  const { repoRoot, maxFileSize } = options;
  // Without a commit `git diff --cached` compares the index with the empty tree (as git
  // documents for an unborn branch), so no base is resolved first.
  const args = ['diff', '--cached', ...DIFF_FORMAT_ARGS, '--diff-filter=ACDMRT', '--'];
  // Outside a repository `git diff` would switch to --no-index and fail with a usage text:
  // check that this is a repository, in parallel with the diff (a pre-commit scan waits for
  // one git process instead of three), and report that check's failure first — unless the
  // caller knows it is one.
  const inRepository =
    options.knownRepository === true ? null : gitOutput(['rev-parse', '--git-dir'], repoRoot);
  // A Secret manifest read whole, and a test key's certificates, from the index.
  const files = withGitReads(
    parseDiffStream(
      // default hints (e.g. "not a git repository: run mandate scan without --staged…")
      streamGit(args, repoRoot, undefined),
      new UnifiedDiffParser({ maxFileSize }),
    ),
    repoRoot,
    '',
  );
  try {
    const first = files.next();
    first.catch(() => {}); // awaited below, after the repository check
    await inRepository;
    for (let item = await first; item.done !== true; item = await files.next()) {
      yield item.value;
    }
  } finally {
    // Stops git when the consumer stops early or the check failed (a no-op once done).
    await files.return(undefined).catch(() => {});
  }
}
