/**
 * The progress line of a long scan: on stderr, rewritten in place, only when stderr is a
 * terminal (not in CI, not with --quiet or a machine format), and only once the scan has run
 * for PROGRESS_DELAY_MS — a scan that ends sooner prints nothing. `done` erases the line before
 * the report is written.
 */
import { formatCount } from '../core/count.js';

/** How far a long scan is: commits of a history, or files of a listing; bytes read. */
export type ScanProgress = (
  | { commits: number; bytes: number }
  | { files: number; of: number; bytes: number }
) & {
  /** Possible findings so far (before inline allows, the ignore file and the baseline). */
  findings?: number;
};

export interface Progress {
  /** Undefined when no line is shown at all (sources then skip the bookkeeping). */
  update: ((p: ScanProgress) => void) | undefined;
  done: () => void;
}

/** Scans shorter than this show no progress line. */
export const PROGRESS_DELAY_MS = 2_000;
/** Minimum time between two progress lines. */
const PROGRESS_INTERVAL_MS = 100;

/** The progress line of a scan for a terminal (see the module comment), or none. */
export function progressReporter(quiet: boolean | undefined, now: () => number): Progress {
  if (quiet || !process.stderr.isTTY || process.env.CI)
    return { update: undefined, done: () => {} };
  // MANDATE_PROGRESS_DELAY_MS (a number of ms) moves the delay: the tests show the line at once.
  const delay = Number(process.env.MANDATE_PROGRESS_DELAY_MS);
  return progressLine(
    (text) => process.stderr.write(text),
    now,
    Number.isFinite(delay) && delay >= 0 ? delay : PROGRESS_DELAY_MS,
  );
}

/**
 * Progress written with `write`: nothing before `delayMs` from now, then a line for the first
 * update, at most every PROGRESS_INTERVAL_MS after it, and for the last file of a listing.
 */
export function progressLine(
  write: (text: string) => void,
  now: () => number,
  delayMs: number = PROGRESS_DELAY_MS,
): Progress {
  const started = now();
  let shown = false;
  let last = Number.NEGATIVE_INFINITY;
  return {
    update: (p) => {
      const at = now();
      if (at - started < delayMs) return;
      const finished = 'files' in p && p.files === p.of;
      if (at - last < PROGRESS_INTERVAL_MS && !finished) return;
      last = at;
      shown = true;
      write(`\r${describeProgress(p)}\x1b[K`);
    },
    done: () => {
      if (shown) write('\r\x1b[K');
    },
  };
}

/** `mandate: 1,204 of 11,916 files, 12.5 MB read, 3 possible findings…` */
export function describeProgress(p: ScanProgress): string {
  const what =
    'commits' in p
      ? `${formatCount(p.commits)} commits`
      : `${formatCount(p.files)} of ${formatCount(p.of)} files`;
  const mb = (p.bytes / 1_048_576).toFixed(1);
  const found =
    p.findings === undefined
      ? ''
      : `, ${formatCount(p.findings)} possible finding${p.findings === 1 ? '' : 's'}`;
  return `mandate: ${what}, ${mb} MB read${found}…`;
}
