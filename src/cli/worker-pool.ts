/**
 * Parallel directory scans. The main thread lists the files (sorted by path) and hands them
 * out in small batches to worker threads (dist/scan-worker.js), which read and scan them and
 * post back one FileOutcome per file. Outcomes are added to the tally strictly in listing
 * order, whatever order the batches finish in, so findings, stats and the decision are exactly
 * those of an in-process scan.
 *
 * Only large scans on machines with 3+ cores use workers (starting one costs a few tens of
 * milliseconds; see MIN_CORES): the pre-commit path and small trees stay in-process. `--jobs 1`
 * (or MANDATE_WORKERS=0) forces in-process scanning, `--jobs N` (or MANDATE_WORKERS=N) N worker
 * threads whatever the size.
 *
 * Fails closed: a worker that throws, exits early or cannot start rejects the scan with a
 * MandateError (exit 2); nothing is reported as passing.
 */

import { lstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Allowlist, RuleOverride } from '../core/config.js';
import { type FileOutcome, type ScanTally, tallyOutcome } from '../core/engine.js';
import { MandateError } from '../core/errors.js';
import type { GuardrailSettings } from '../core/guardrails.js';
import type { SecretRuleSpec } from '../core/rule-spec.js';
import { FILE_BUDGET_MS } from '../core/secret/scan-file.js';
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
 * SharedArrayBuffer): the batch id, the index in it and the start time (Date.now()) of the
 * file it is scanning; start time 0 when idle. The pool's watchdog reads it.
 */
export const PROGRESS_SLOTS = 3;

export interface BatchRequest {
  id: number;
  items: Listed[];
  /** Index of an item not to scan (it hung a worker): reported as over budget instead. */
  stuck?: { index: number; ms: number };
}

/** One outcome per requested item, null for a file gone since it was listed. */
export type BatchReply =
  | { id: number; outcomes: (FileOutcome | null)[]; error?: undefined }
  | { id: number; error: string; outcomes?: undefined };

/** Listings of at least this many files use workers. */
const MIN_FILES = 200;
/** Smaller listings use workers when their readable files hold at least this many bytes. */
const MIN_BYTES = 4 * 1_048_576;
/** Fewer files than this never use workers (the pre-commit case). */
const MIN_FILES_FOR_BYTES = 8;
/**
 * Fewer cores than this scan in-process. Measured on a 2-vCPU machine (Node 20, 50 MB tree,
 * node_modules, /usr/lib/python3): two workers took 0.52 / 0.47 / 0.32 s against 0.47 / 0.40 /
 * 0.25 s in-process — each worker starts its own isolate, compiles the rules and warms up its
 * JIT, and two threads on two vCPUs scan each byte about 1.5× slower than one (shared caches
 * and memory bandwidth), so they never catch up.
 */
const MIN_CORES = 3;
/** At most this many workers: each holds its own heap and compiled rules. */
const MAX_WORKERS = 4;
/** How long past the per-file budget a worker may stay in one file before it is replaced. */
const WATCHDOG_GRACE_MS = 1_000;
/** Batches in flight per worker, so none waits for its next batch. */
const IN_FLIGHT = 2;

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
 * Scans `items` (relative to `init.root`) with `count` workers loaded from `workerFile`, adding
 * every file's outcome to `tally` in the order of `items`.
 */
export async function scanWithWorkers(
  items: readonly Listed[],
  init: WorkerInit,
  count: number,
  tally: ScanTally,
  workerFile: string | URL,
  /** Called after each batch is tallied: listed files done, bytes scanned. */
  progress?: (files: number, bytes: number) => void,
  /**
   * Scans a batch on this (the main) thread, one outcome per item as a worker would: when
   * given, this thread takes batches from the same queue between the workers' replies instead
   * of waiting idle (with `--jobs 2` on two cores: one worker, not two beside an idle thread).
   */
  local?: (items: readonly Listed[]) => (FileOutcome | null)[],
): Promise<void> {
  if (items.length === 0) return;
  const size = Math.max(1, Math.min(32, Math.ceil(items.length / (count * 8))));
  const batches: Listed[][] = [];
  for (let at = 0; at < items.length; at += size) batches.push(items.slice(at, at + size));
  const workers: Worker[] = [];
  const budget = init.fileBudgetMs ?? FILE_BUDGET_MS;
  let watchdog: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const done: ((FileOutcome | null)[] | undefined)[] = new Array(batches.length);
      let nextToSend = 0;
      let nextToTally = 0;
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      /** Tallies the finished batches that come next in listing order. */
      const drain = () => {
        while (nextToTally < batches.length && done[nextToTally] !== undefined) {
          for (const outcome of done[nextToTally]!) {
            if (outcome !== null) tallyOutcome(tally, outcome);
          }
          done[nextToTally] = undefined;
          nextToTally++;
          progress?.(Math.min(nextToTally * size, items.length), tally.bytes);
        }
        if (nextToTally === batches.length) resolve();
      };
      /** Per live worker: its shared progress and the batches sent to it, not yet answered. */
      const live = new Map<Worker, { shared: Float64Array; inFlight: BatchRequest[] }>();
      const post = (worker: Worker, request: BatchRequest) => {
        live.get(worker)!.inFlight.push(request);
        worker.postMessage(request);
      };
      const send = (worker: Worker) => {
        if (nextToSend >= batches.length) return;
        const request: BatchRequest = { id: nextToSend, items: batches[nextToSend]! };
        nextToSend++;
        post(worker, request);
      };
      /**
       * A worker stuck in one file past the budget (inside one regex: the in-worker check
       * cannot run) is terminated; a fresh worker takes over its batches, the stuck file
       * reported as over budget.
       */
      const replace = (worker: Worker, stuck: { id: number; index: number; ms: number }) => {
        const state = live.get(worker)!;
        live.delete(worker);
        void worker.terminate();
        const fresh = start();
        for (const request of state.inFlight) {
          post(
            fresh,
            request.id === stuck.id
              ? { ...request, stuck: { index: stuck.index, ms: stuck.ms } }
              : request,
          );
        }
      };
      const start = (): Worker => {
        const shared = new Float64Array(new SharedArrayBuffer(8 * PROGRESS_SLOTS));
        const worker = new Worker(workerFile, { workerData: { ...init, progress: shared } });
        workers.push(worker);
        live.set(worker, { shared, inFlight: [] });
        worker.on('message', (reply: BatchReply) => {
          if (failed || !live.has(worker)) return;
          if (reply.error !== undefined) {
            fail(workerFailed(reply.error));
            return;
          }
          const state = live.get(worker)!;
          state.inFlight = state.inFlight.filter((request) => request.id !== reply.id);
          done[reply.id] = reply.outcomes;
          send(worker);
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
          if (live.has(worker) && nextToTally < batches.length) {
            fail(workerFailed(`it exited with code ${code}`));
          }
        });
        return worker;
      };
      const n = Math.min(count, batches.length);
      for (let w = 0; w < n; w++) {
        const worker = start();
        for (let i = 0; i < IN_FLIGHT; i++) send(worker);
      }
      if (local !== undefined) {
        // One batch at a time, yielding between batches so the workers' replies are tallied
        // and answered with their next batch.
        const step = () => {
          if (failed || nextToSend >= batches.length) return;
          const id = nextToSend++;
          try {
            done[id] = local(batches[id]!);
          } catch (error) {
            fail(error);
            return;
          }
          drain();
          setImmediate(step);
        };
        setImmediate(step);
      }
      watchdog = setInterval(
        () => {
          const now = Date.now();
          for (const [worker, { shared }] of live) {
            const started = shared[2]!;
            if (started > 0 && now - started > budget + WATCHDOG_GRACE_MS) {
              replace(worker, { id: shared[0]!, index: shared[1]!, ms: now - started });
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
  }
}
