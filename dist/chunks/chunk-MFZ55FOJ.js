import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  readListed
} from "./chunk-BXKVBCKD.js";
import {
  fileOutcome,
  mergeOutcomes,
  tallyOutcome
} from "./chunk-TZWBCKFI.js";
import {
  FILE_BUDGET_MS
} from "./chunk-CZ5I6W6C.js";
import {
  MandateError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/cli/worker-pool.ts
init_cli_data();
import { lstatSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
init_errors();
var PROGRESS_SLOTS = 3, MIN_FILES = 200, MIN_BYTES = 4 * 1048576, MIN_FILES_FOR_BYTES = 8, MIN_CORES = 3, MAX_WORKERS = 4, WATCHDOG_GRACE_MS = 1e3;
function workerCount(root, items, maxFileSize, env = process.env, jobs) {
  if (jobs !== void 0) return jobs <= 1 ? 0 : Math.min(jobs - 1, items.length);
  let forced = env.MANDATE_WORKERS;
  if (forced !== void 0 && forced !== "" && forced !== "auto") {
    if (!/^\d+$/.test(forced) || Number(forced) > 64)
      throw new MandateError(
        `MANDATE_WORKERS must be a whole number from 0 to 64, not "${forced}".`,
        {
          hint: "Unset it to let mandate choose; 0 scans in-process."
        }
      );
    return Number(forced);
  }
  let cores = availableParallelism();
  if (cores < MIN_CORES || items.length < MIN_FILES_FOR_BYTES) return 0;
  let workers = Math.min(cores - 1, MAX_WORKERS);
  if (items.length >= MIN_FILES) return workers;
  let bytes = 0;
  for (let item of items) {
    try {
      let size = lstatSync(join(root, item.path)).size;
      size <= maxFileSize && (bytes += size);
    } catch {
    }
    if (bytes >= MIN_BYTES) return workers;
  }
  return 0;
}
function workerFailed(detail) {
  return new MandateError(`a scan worker failed (${detail}); the scan did not complete.`, {
    hint: "Nothing was approved. Re-run with MANDATE_WORKERS=0 to scan in one thread, and report the error."
  });
}
function listedOutcome(reader, item, pass, fileBudgetMs, onPart) {
  let outcome = null;
  for (let file of readListed(reader, item))
    onPart?.(), outcome = mergeOutcomes(outcome, fileOutcome(file, pass, fileBudgetMs));
  return outcome;
}
function stuckItem(shared, now, limitMs) {
  let index = shared[0], started = shared[2];
  return started > 0 && now - started > limitMs ? { index, ms: now - started } : null;
}
var YIELD_EVERY = 32;
function claimNext(next, owner, id) {
  for (; ; ) {
    let index = Atomics.add(next, 0, 1);
    if (index >= owner.length) return -1;
    if (Atomics.compareExchange(owner, index, 0, id) === 0) return index;
  }
}
async function scanWithWorkers(items, init, count, tally, workerFile, progress, local) {
  let n = items.length;
  if (n === 0) return;
  let workerThreads = createRequire(import.meta.url)(
    "node:worker_threads"
  ), next = new Int32Array(new SharedArrayBuffer(4)), owner = new Int32Array(new SharedArrayBuffer(4 * n)), outcomes = new Array(n).fill(null), finished = new Uint8Array(n), nextToTally = 0, workers = [], ports = [], budget = init.fileBudgetMs ?? FILE_BUDGET_MS, watchdog, MAIN = 1, lastId = MAIN;
  try {
    await new Promise((resolve, reject) => {
      let failed = !1, settled = !1, fail = (error) => {
        failed || settled || (failed = !0, reject(error));
      }, live = /* @__PURE__ */ new Map(), drain = () => {
        let from = nextToTally;
        for (; nextToTally < n && finished[nextToTally] === 1; ) {
          let outcome = outcomes[nextToTally];
          outcome != null && tallyOutcome(tally, outcome), outcomes[nextToTally] = null, nextToTally++;
        }
        if (nextToTally > from && progress?.(nextToTally, tally.bytes), !(failed || settled || nextToTally < n)) {
          for (let state of live.values()) if (!state.last) return;
          settled = !0, resolve();
        }
      }, accept = (worker, reply) => {
        if (failed || settled) return;
        if (reply.error !== void 0) {
          fail(workerFailed(reply.error));
          return;
        }
        for (let k = 0; k < reply.indices.length; k++) {
          let index = reply.indices[k];
          outcomes[index] = reply.outcomes[k], finished[index] = 1;
        }
        let state = live.get(worker);
        reply.last === !0 && state !== void 0 && (state.last = !0);
      }, takeWaiting = (worker, port) => {
        for (let m = workerThreads.receiveMessageOnPort(port); m !== void 0; m = workerThreads.receiveMessageOnPort(port))
          accept(worker, m.message);
      }, receive = () => {
        for (let [worker, state] of live) takeWaiting(worker, state.port);
      }, start = (request) => {
        let shared = new Float64Array(new SharedArrayBuffer(8 * PROGRESS_SLOTS)), { port1, port2 } = new workerThreads.MessageChannel(), worker = new workerThreads.Worker(workerFile, {
          workerData: { ...init, progress: shared, replies: port2 },
          transferList: [port2]
        });
        workers.push(worker), ports.push(port1), live.set(worker, { id: request.id, port: port1, shared, last: !1 });
        let message = { items, next, owner, ...request };
        return worker.postMessage(message), port1.on("message", (reply) => {
          live.has(worker) && (accept(worker, reply), drain());
        }), worker.on("error", (error) => {
          live.has(worker) && fail(workerFailed(error.message));
        }), worker.on("messageerror", (error) => {
          live.has(worker) && fail(workerFailed(error.message));
        }), worker.on("exit", (code) => {
          live.has(worker) && !settled && fail(workerFailed(`it exited with code ${code}`));
        }), worker;
      }, replace = async (worker, stuck) => {
        let state = live.get(worker);
        if (live.delete(worker), await worker.terminate(), takeWaiting(worker, state.port), state.port.close(), failed || settled) return;
        let id = ++lastId, redo = [], reached = Math.min(Atomics.load(next, 0), n);
        for (let index = 0; index < reached; index++) {
          if (finished[index] === 1) continue;
          let claimedBy = Atomics.load(owner, index);
          if (claimedBy === state.id) Atomics.store(owner, index, id);
          else if (claimedBy !== 0 || Atomics.compareExchange(owner, index, 0, id) !== 0) continue;
          redo.push(index);
        }
        (redo.length > 0 || Atomics.load(next, 0) < n) && start({ id, redo, ...redo.includes(stuck.index) ? { stuck } : {} }), drain();
      }, threads = Math.min(count, n);
      for (let w = 0; w < threads; w++) start({ id: ++lastId });
      if (local !== void 0) {
        let step = () => {
          if (!(failed || settled)) {
            try {
              for (let k = 0; k < YIELD_EVERY; k++) {
                let index = claimNext(next, owner, MAIN);
                if (index < 0) {
                  sweep(), receive(), drain();
                  return;
                }
                outcomes[index] = local(items[index]), finished[index] = 1;
              }
            } catch (error) {
              fail(error);
              return;
            }
            receive(), drain(), setImmediate(step);
          }
        }, sweep = () => {
          for (let index = 0; index < n; index++)
            finished[index] === 1 || Atomics.load(owner, index) !== 0 || Atomics.compareExchange(owner, index, 0, MAIN) === 0 && (outcomes[index] = local(items[index]), finished[index] = 1);
        };
        setImmediate(step);
      }
      watchdog = setInterval(
        () => {
          let now = Date.now();
          for (let [worker, { shared }] of live) {
            let stuck = stuckItem(shared, now, budget + WATCHDOG_GRACE_MS);
            stuck !== null && (shared[2] = 0, replace(worker, stuck).catch(fail));
          }
        },
        Math.min(500, budget)
      ), watchdog.unref();
    });
  } finally {
    clearInterval(watchdog), await Promise.all(workers.map((worker) => worker.terminate()));
    for (let port of ports) port.close();
  }
}

export {
  PROGRESS_SLOTS,
  workerCount,
  listedOutcome,
  stuckItem,
  claimNext,
  scanWithWorkers
};
