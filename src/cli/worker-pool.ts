/**
 * Parallel directory scans. The main thread lists the files (sorted by path); worker threads
 * (dist/scan-worker.js) and the main thread itself then take them one at a time from a shared
 * counter (work stealing, see scanWithWorkers), read and scan them the one way a listed file is
 * read (sources/listed.ts), and the workers post back one FileOutcome per file in small
 * groups. Outcomes are added to the tally strictly in listing order, whatever thread scanned
 * them, so findings, stats and the decision are exactly those of an in-process scan.
 *
 * Only large scans on machines with 3+ cores use workers (starting one costs about 0.2 s of
 * CPU; see MIN_CORES): the pre-commit path and small trees stay in-process. `--jobs 1` (or
 * MANDATE_WORKERS=0) forces in-process scanning, `--jobs N` N - 1 workers beside this thread,
 * MANDATE_WORKERS=N N workers, whatever the size.
 *
 * Fails closed: a worker that throws, exits early or cannot start rejects the scan with a
 * MandateError (exit 2); nothing is reported as passing.
 *
 * Long because the claiming, the in-order tally, the watchdog that replaces a stuck worker and
 * the fail-closed handling of a broken one are one protocol, best read together.
 */

import { lstatSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { Allowlist, RuleOverride } from '../core/config.js';
import {
  type FileOutcome,
  type FilePass,
  fileOutcome,
  mergeOutcomes,
  type ScanTally,
  tallyOutcome,
} from '../core/engine.js';
import { MandateError } from '../core/errors.js';
import type { GuardrailSettings } from '../core/guardrails.js';
import type { SecretRuleSpec } from '../core/rule-spec.js';
import { FILE_BUDGET_MS } from '../core/secret/scan-file.js';
import { type ListedReader, readListed } from '../sources/listed.js';
import type { Listed } from '../sources/paths.js';

/** What every worker is started with (structured-cloned). */
export interface WorkerInit {
  specs: SecretRuleSpec[];
  allowlist: Allowlist;
  overrides: Record<string, RuleOverride>;
  /** Absolute root the listed paths are relative to. */
  root: string;
  maxFileSize: number;
  /** Per-file time budget (ms) the worker applies between rules; see ScanCounters.budget. */
  fileBudgetMs?: number;
  /** Some listed file may be a Kubernetes manifest: load `yaml` to read Secrets whole. */
  manifests?: boolean;
  /** The AI guardrail families' settings; `phones`: a data file is listed, load libphonenumber. */
  guardrails?: GuardrailSettings & { phones: boolean };
}

/**
 * What a worker shares with the pool without messages (a Float64Array over a
 * SharedArrayBuffer): the index of the item it is scanning, unused, and the start time
 * (Date.now()) of the piece of it being scanned; start time 0 when idle. The pool's watchdog
 * reads it.
 */
export const PROGRESS_SLOTS = 3;

/** Listings of at least this many files use workers. */
const MIN_FILES = 200;
/** Smaller listings use workers when their readable files hold at least this many bytes. */
const MIN_BYTES = 4 * 1_048_576;
/** Fewer files than this never use workers (the pre-commit case). */
const MIN_FILES_FOR_BYTES = 8;
/**
 * Fewer cores than this scan in-process. Measured on a 2-vCPU machine (Node 20, 50 MB tree,
 * node_modules, /usr/lib/python3): two workers took 0.52 / 0.47 / 0.32 s against 0.47 / 0.40 /
 * 0.25 s in-process. With the main thread and one worker taking files from one counter
 * (real-code corpus, per-thread CPU from /proc, medians of 5), the main thread's share fell
 * from 1.05 s alone to 0.84 s, but the worker added 0.6 s of CPU (its isolate, the bundle,
 * the rules compiled again, its own JIT warm-up) and the whole process 2.2 s against 1.55 s:
 * more than two cores absorb, so on two one thread is as fast.
 */
const MIN_CORES = 3;
/** At most this many workers: each holds its own heap and compiled rules. */
const MAX_WORKERS = 4;
/** How long past the per-file budget a worker may stay in one file before it is replaced. */
const WATCHDOG_GRACE_MS = 1_000;

/**
 * How many workers to use for scanning `items` (0: scan in-process). `--jobs N` (`jobs`) and
 * then MANDATE_WORKERS (an integer: worker threads) override the automatic choice. One job is
 * the main thread, which scans batches beside the workers: `--jobs N` starts N - 1 workers, and
 * the automatic choice one fewer than the cores.
 */
export function workerCount(
  root: string,
  items: readonly Listed[],
  maxFileSize: number,
  env: NodeJS.ProcessEnv = process.env,
  jobs?: number,
): number {
  if (jobs !== undefined) return jobs <= 1 ? 0 : Math.min(jobs - 1, items.length);
  const forced = env.MANDATE_WORKERS;
  if (forced !== undefined && forced !== '' && forced !== 'auto') {
    if (!/^\d+$/.test(forced) || Number(forced) > 64) {
      throw new MandateError(
        `MANDATE_WORKERS must be a whole number from 0 to 64, not "${forced}".`,
        {
          hint: 'Unset it to let mandate choose; 0 scans in-process.',
        },
      );
    }
    return Number(forced);
  }
  const cores = availableParallelism();
  if (cores < MIN_CORES || items.length < MIN_FILES_FOR_BYTES) return 0;
  const workers = Math.min(cores - 1, MAX_WORKERS);
  if (items.length >= MIN_FILES) return workers;
  let bytes = 0;
  for (const item of items) {
    try {
      const size = lstatSync(join(root, item.path)).size;
      if (size <= maxFileSize) bytes += size;
    } catch {
      // unreadable or gone: the scan reports it
    }
    if (bytes >= MIN_BYTES) return workers;
  }
  return 0;
}

function workerFailed(detail: string): MandateError {
  return new MandateError(`a scan worker failed (${detail}); the scan did not complete.`, {
    hint: 'Nothing was approved. Re-run with MANDATE_WORKERS=0 to scan in one thread, and report the error.',
  });
}

/**
 * One listed file read and scanned: its outcome (null: gone since it was listed), the pieces
 * of a file over max_file_size merged into one. What this thread and every worker run per
 * file; `onPart` is called before each piece (the worker restarts the watchdog's clock).
 */
export function listedOutcome(
  reader: ListedReader,
  item: Listed,
  pass: FilePass,
  fileBudgetMs?: number,
  onPart?: () => void,
): FileOutcome | null {
  let outcome: FileOutcome | null = null;
  for (const file of readListed(reader, item)) {
    onPart?.();
    outcome = mergeOutcomes(outcome, fileOutcome(file, pass, fileBudgetMs));
  }
  return outcome;
}

/**
 * The item a worker has been inside for more than `limitMs` (its shared progress, see
 * PROGRESS_SLOTS), or null. The index is read before the start time: the worker writes a new
 * index before the new start, so a start that old belongs to the index read just before it
 * (read after it, the index could be the next file's, had the worker just left the slow one —
 * and that file would be reported stuck, unscanned, while the slow one was scanned again).
 */
export function stuckItem(
  shared: Float64Array,
  now: number,
  limitMs: number,
): { index: number; ms: number } | null {
  const index = shared[0]!;
  const started = shared[2]!;
  return started > 0 && now - started > limitMs ? { index, ms: now - started } : null;
}

/** Items this thread scans between two yields to its event loop (replies, the watchdog). */
const YIELD_EVERY = 32;

/**
 * What a worker is told once it is running: the listing, and the shared claims through which
 * every thread takes its next file (see scanWithWorkers).
 */
export interface StartRequest {
  items: readonly Listed[];
  /** Int32Array over a SharedArrayBuffer: [0] the next index to try. */
  next: Int32Array;
  /** Int32Array over a SharedArrayBuffer: per item, the id of the thread that claimed it (0: none). */
  owner: Int32Array;
  /** This worker's id in `owner`. */
  id: number;
  /** Items claimed by a replaced worker, for this one to scan first (their owner is already `id`). */
  redo?: number[];
  /** An item of `redo` not to scan (it hung the replaced worker): reported as over budget instead. */
  stuck?: { index: number; ms: number };
}

/** Outcomes of the items at `indices`, in that order; `last` once the worker found no item left. */
export type WorkerReply =
  | { indices: number[]; outcomes: (FileOutcome | null)[]; last?: boolean; error?: undefined }
  | { error: string };

/**
 * The next item for thread `id`, claimed for it (-1: none left). Claiming is one
 * compare-and-swap on the item's owner, so no item is scanned twice and none is lost, even
 * when a worker is terminated between two steps here (scanWithWorkers sweeps what is left).
 */
export function claimNext(next: Int32Array, owner: Int32Array, id: number): number {
  for (;;) {
    const index = Atomics.add(next, 0, 1);
    if (index >= owner.length) return -1;
    if (Atomics.compareExchange(owner, index, 0, id) === 0) return index;
  }
}

/**
 * Scans `items` (relative to `init.root`) with `count` workers loaded from `workerFile`, adding
 * every file's outcome to `tally` in the order of `items`.
 *
 * Work stealing: every thread — each worker, and this one when `local` is given — takes the
 * next file through a shared counter (claimNext), so no thread waits for another to hand it
 * work and all finish within about one file of each other. Workers post outcomes in small
 * groups; this thread tallies them in listing order between its own files. A worker that
 * starts late (loading its bundle, compiling the rules) simply joins in late.
 */
export async function scanWithWorkers(
  items: readonly Listed[],
  init: WorkerInit,
  count: number,
  tally: ScanTally,
  workerFile: string | URL,
  /** Called as files are tallied: listed files done, bytes scanned. */
  progress?: (files: number, bytes: number) => void,
  /**
   * Scans one item on this (the main) thread, its outcome as a worker would post it: when
   * given, this thread takes files from the same queue as the workers instead of waiting idle
   * (with `--jobs 2` on two cores: one worker and this thread).
   */
  local?: (item: Listed) => FileOutcome | null,
): Promise<void> {
  const n = items.length;
  if (n === 0) return;
  // Required here, not imported: every directory scan loads this module to count its workers,
  // and most (fewer than MIN_CORES cores, or a small tree) never start one.
  const workerThreads = createRequire(import.meta.url)(
    'node:worker_threads',
  ) as typeof import('node:worker_threads');
  const next = new Int32Array(new SharedArrayBuffer(4));
  const owner = new Int32Array(new SharedArrayBuffer(4 * n));
  /** Outcomes not yet tallied; `finished[i]` 1 once item i's outcome is in. */
  const outcomes: (FileOutcome | null)[] = new Array(n).fill(null);
  const finished = new Uint8Array(n);
  let nextToTally = 0;
  const workers: Worker[] = [];
  const ports: MessagePort[] = [];
  const budget = init.fileBudgetMs ?? FILE_BUDGET_MS;
  let watchdog: NodeJS.Timeout | undefined;
  /** Ids in `owner`: this thread 1, workers from 2 (a replacement takes a new id). */
  const MAIN = 1;
  let lastId = MAIN;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      let settled = false;
      const fail = (error: unknown) => {
        if (failed || settled) return;
        failed = true;
        reject(error);
      };
      /** Per live worker: its id, its reply port, its shared progress, whether it said `last`. */
      const live = new Map<
        Worker,
        { id: number; port: MessagePort; shared: Float64Array; last: boolean }
      >();
      /** Tallies the finished outcomes that come next in listing order; resolves when all are in. */
      const drain = () => {
        const from = nextToTally;
        while (nextToTally < n && finished[nextToTally] === 1) {
          const outcome = outcomes[nextToTally];
          if (outcome !== null && outcome !== undefined) tallyOutcome(tally, outcome);
          outcomes[nextToTally] = null;
          nextToTally++;
        }
        if (nextToTally > from) progress?.(nextToTally, tally.bytes);
        if (failed || settled || nextToTally < n) return;
        // Every worker must have finished cleanly too: a broken one fails the scan.
        for (const state of live.values()) if (!state.last) return;
        settled = true;
        resolve();
      };
      const accept = (worker: Worker, reply: WorkerReply) => {
        if (failed || settled) return;
        if (reply.error !== undefined) {
          fail(workerFailed(reply.error));
          return;
        }
        for (let k = 0; k < reply.indices.length; k++) {
          const index = reply.indices[k]!;
          outcomes[index] = reply.outcomes[k]!;
          finished[index] = 1;
        }
        const state = live.get(worker);
        if (reply.last === true && state !== undefined) state.last = true;
      };
      /** Takes the replies waiting on `port`, without yielding. */
      const takeWaiting = (worker: Worker, port: MessagePort) => {
        for (
          let m = workerThreads.receiveMessageOnPort(port);
          m !== undefined;
          m = workerThreads.receiveMessageOnPort(port)
        ) {
          accept(worker, m.message as WorkerReply);
        }
      };
      /** Takes the replies waiting on every live worker's port. */
      const receive = () => {
        for (const [worker, state] of live) takeWaiting(worker, state.port);
      };
      const start = (request: Omit<StartRequest, 'items' | 'next' | 'owner'>): Worker => {
        const shared = new Float64Array(new SharedArrayBuffer(8 * PROGRESS_SLOTS));
        const { port1, port2 } = new workerThreads.MessageChannel();
        const worker = new workerThreads.Worker(workerFile, {
          workerData: { ...init, progress: shared, replies: port2 },
          transferList: [port2],
        });
        workers.push(worker);
        ports.push(port1);
        live.set(worker, { id: request.id, port: port1, shared, last: false });
        const message: StartRequest = { items, next, owner, ...request };
        worker.postMessage(message);
        port1.on('message', (reply: WorkerReply) => {
          if (!live.has(worker)) return;
          accept(worker, reply);
          drain();
        });
        // A worker the watchdog replaced (no longer live) may error or exit: that is expected.
        worker.on('error', (error) => {
          if (live.has(worker)) fail(workerFailed(error.message));
        });
        worker.on('messageerror', (error) => {
          if (live.has(worker)) fail(workerFailed(error.message));
        });
        worker.on('exit', (code) => {
          if (live.has(worker) && !settled) fail(workerFailed(`it exited with code ${code}`));
        });
        return worker;
      };
      /**
       * A worker stuck in one file past the budget (inside one regex: the in-worker check
       * cannot run) is terminated; a fresh worker scans what it had claimed and not posted,
       * the stuck file reported as over budget.
       */
      const replace = async (worker: Worker, stuck: { index: number; ms: number }) => {
        const state = live.get(worker)!;
        live.delete(worker);
        await worker.terminate();
        // What it posted before it stopped is still on its port.
        takeWaiting(worker, state.port);
        state.port.close();
        if (failed || settled) return;
        const id = ++lastId;
        const redo: number[] = [];
        const reached = Math.min(Atomics.load(next, 0), n);
        for (let index = 0; index < reached; index++) {
          if (finished[index] === 1) continue;
          const claimedBy = Atomics.load(owner, index);
          if (claimedBy === state.id) Atomics.store(owner, index, id);
          // Passed by claimNext and never claimed: the terminated worker stopped in between.
          else if (claimedBy !== 0 || Atomics.compareExchange(owner, index, 0, id) !== 0) continue;
          redo.push(index);
        }
        // A fresh worker takes over what it left, and its share of what nobody has claimed yet.
        if (redo.length > 0 || Atomics.load(next, 0) < n) {
          start({ id, redo, ...(redo.includes(stuck.index) ? { stuck } : {}) });
        }
        drain();
      };
      const threads = Math.min(count, n);
      for (let w = 0; w < threads; w++) start({ id: ++lastId });
      if (local !== undefined) {
        /** This thread's share: files claimed one at a time, yielding now and then. */
        const step = () => {
          if (failed || settled) return;
          try {
            for (let k = 0; k < YIELD_EVERY; k++) {
              const index = claimNext(next, owner, MAIN);
              if (index < 0) {
                // Nothing left to claim; take over what a terminated worker claimed but never
                // started (claimNext moved past it), then wait for the workers' replies.
                sweep();
                receive();
                drain();
                return;
              }
              outcomes[index] = local(items[index]!);
              finished[index] = 1;
            }
          } catch (error) {
            fail(error);
            return;
          }
          receive();
          drain();
          setImmediate(step);
        };
        const sweep = () => {
          for (let index = 0; index < n; index++) {
            if (finished[index] === 1 || Atomics.load(owner, index) !== 0) continue;
            if (Atomics.compareExchange(owner, index, 0, MAIN) !== 0) continue;
            outcomes[index] = local(items[index]!);
            finished[index] = 1;
          }
        };
        setImmediate(step);
      }
      watchdog = setInterval(
        () => {
          const now = Date.now();
          for (const [worker, { shared }] of live) {
            const stuck = stuckItem(shared, now, budget + WATCHDOG_GRACE_MS);
            if (stuck !== null) {
              shared[2] = 0;
              replace(worker, stuck).catch(fail);
            }
          }
        },
        Math.min(500, budget),
      );
      watchdog.unref();
    });
  } finally {
    clearInterval(watchdog);
    await Promise.all(workers.map((worker) => worker.terminate()));
    for (const port of ports) port.close();
  }
}
