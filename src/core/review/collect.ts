import type { ChangedFile } from '../types.js';
import type { PullFile } from './types.js';

/** What the review predicates read of one changed file; `lines`: false leaves `added` empty. */
export function pullFile(file: ChangedFile, lines: boolean): PullFile {
  const added = lines
    ? file.hunks.flatMap((hunk) =>
        hunk.text.split('\n').map((text, i) => ({ line: hunk.startLine + i, text })),
      )
    : [];
  return {
    path: file.path,
    ...(file.oldPath === undefined ? {} : { oldPath: file.oldPath }),
    status: file.status,
    added,
    ...(file.skipped !== undefined && file.skipped !== 'deleted' ? { unread: true } : {}),
  };
}
