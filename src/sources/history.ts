/**
 * Every commit's added lines: `mandate scan --history [REV-RANGE]`.
 *
 * Streams `git log -p -U0` through the incremental parser: memory holds one file's added
 * lines, never the log, however long the history. Each file of each commit is yielded with
 * `commit` set. A merge commit is shown as a combined diff (`--cc`): only the files where the
 * merge result differs from every parent, and of those only the lines no parent had (a conflict
 * resolution, an "evil" merge) count as added, so what the merged commits added is not scanned
 * twice and what the merge itself added is not missed. Newest commits come first.
 * Backpressure: the log is read only as fast as the consumer pulls files.
 */
import { MandateError } from '../core/errors.js';
import type { ChangedFile, ChangeSet } from '../core/types.js';
import { DIFF_FORMAT_ARGS, gitOutput, resolveCommit, streamGit } from './git.js';
import { withGitReads } from './git-reads.js';
import { parseDiffStream, UnifiedDiffParser } from './unified-diff.js';

/** Starts each commit's header line; control characters never begin a diff line. */
export const COMMIT_MARKER = '\x01mandate-commit\x02';
const FORMAT = '%x01mandate-commit%x02%H%x00%an%x00%ae%x00%aI%x00%s';

export interface HistoryOptions {
  repoRoot: string;
  /** A revision range for git log (`main..feature`, `v1.0..`, `--all`); default: HEAD. */
  range?: string;
  maxFileSize: number;
  /** Called after every chunk of `git log -p` read (the caller throttles what it shows). */
  onProgress?: (progress: { commits: number; bytes: number }) => void;
}

export function historySource(options: HistoryOptions): ChangeSet {
  const range = options.range?.trim() || undefined;
  return {
    scope: 'history',
    description: range === undefined ? 'history of HEAD' : `history ${range}`,
    files: historyFiles(options, range),
  };
}

export function logArgs(range: string | undefined): string[] {
  const args = [
    '-c',
    'log.showSignature=false',
    '-c',
    'log.showRoot=true',
    'log',
    '-p',
    '--cc',
    ...DIFF_FORMAT_ARGS,
    '--encoding=UTF-8',
    `--format=${FORMAT}`,
  ];
  if (range === undefined) args.push('HEAD');
  else {
    const revs = range.split(/\s+/);
    const option = revs.find((rev) => rev.startsWith('-') && rev !== '--all');
    if (option !== undefined) {
      throw new MandateError(`the history range '${range}' contains an option (${option}).`, {
        hint: 'Pass revisions such as main..feature, v1.0.., or --all.',
      });
    }
    args.push(...revs);
  }
  args.push('--');
  return args;
}

async function* historyFiles(
  options: HistoryOptions,
  range: string | undefined,
): AsyncGenerator<ChangedFile> {
  const { repoRoot, maxFileSize, onProgress } = options;
  const args = logArgs(range);
  if (range === undefined) {
    await gitOutput(['rev-parse', '--git-dir'], repoRoot); // "not a git repository" first
    // No commits yet: an empty history, not an error.
    if ((await resolveCommit('HEAD', repoRoot)) === null) {
      onProgress?.({ commits: 0, bytes: 0 });
      return;
    }
  }
  const parser = new UnifiedDiffParser({ maxFileSize, commitMarker: COMMIT_MARKER });
  let bytes = 0;
  const onChunk = (n: number) => {
    bytes += n;
    onProgress?.({ commits: parser.commits, bytes });
  };
  // A Secret manifest read whole, and a test key's certificates, at the commit that changed it.
  yield* withGitReads(
    parseDiffStream(streamGit(args, repoRoot), parser, onChunk),
    repoRoot,
    (file) => file.commit?.sha ?? null,
  );
  onProgress?.({ commits: parser.commits, bytes });
}
