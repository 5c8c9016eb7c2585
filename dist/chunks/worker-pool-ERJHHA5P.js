import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  tallyOutcome
} from "./chunk-LBHDUDUO.js";
import "./chunk-24Y3NKWX.js";
import {
  FILE_BUDGET_MS
} from "./chunk-CFY3E4P5.js";
import "./chunk-XGW6H4A6.js";
import "./chunk-PD7K2JLW.js";
import "./chunk-RLILOBTF.js";
import "./chunk-MUQBYM7O.js";
import "./chunk-ESONS4GG.js";
import "./chunk-H2DAWWVX.js";
import "./chunk-4IB5OU7H.js";
import "./chunk-JJZP777U.js";
import "./chunk-L47OS7X2.js";
import "./chunk-VMDRTWEM.js";
import "./chunk-RBCYPG4T.js";
import "./chunk-H26BPTWG.js";
import {
  MandateError
} from "./chunk-ZPHIZCRR.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-5ADPKSWX.js";

// src/cli/worker-pool.ts
import { lstatSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
var PROGRESS_SLOTS = 3, MIN_FILES = 200, MIN_BYTES = 4 * 1048576, MIN_FILES_FOR_BYTES = 8, MIN_CORES = 3, MAX_WORKERS = 4, WATCHDOG_GRACE_MS = 1e3, IN_FLIGHT = 2;
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
async function scanWithWorkers(items, init, count, tally, workerFile, progress, local) {
  if (items.length === 0) return;
  let size = Math.max(1, Math.min(32, Math.ceil(items.length / (count * 8)))), batches = [];
  for (let at = 0; at < items.length; at += size) batches.push(items.slice(at, at + size));
  let workers = [], budget = init.fileBudgetMs ?? FILE_BUDGET_MS, watchdog;
  try {
    await new Promise((resolve, reject) => {
      let done = new Array(batches.length), nextToSend = 0, nextToTally = 0, failed = !1, fail = (error) => {
        failed || (failed = !0, reject(error));
      }, drain = () => {
        for (; nextToTally < batches.length && done[nextToTally] !== void 0; ) {
          for (let outcome of done[nextToTally])
            outcome !== null && tallyOutcome(tally, outcome);
          done[nextToTally] = void 0, nextToTally++, progress?.(Math.min(nextToTally * size, items.length), tally.bytes);
        }
        nextToTally === batches.length && resolve();
      }, live = /* @__PURE__ */ new Map(), post = (worker, request) => {
        live.get(worker).inFlight.push(request), worker.postMessage(request);
      }, send = (worker) => {
        if (nextToSend >= batches.length) return;
        let request = { id: nextToSend, items: batches[nextToSend] };
        nextToSend++, post(worker, request);
      }, replace = (worker, stuck) => {
        let state = live.get(worker);
        live.delete(worker), worker.terminate();
        let fresh = start();
        for (let request of state.inFlight)
          post(
            fresh,
            request.id === stuck.id ? { ...request, stuck: { index: stuck.index, ms: stuck.ms } } : request
          );
      }, start = () => {
        let shared = new Float64Array(new SharedArrayBuffer(8 * PROGRESS_SLOTS)), worker = new Worker(workerFile, { workerData: { ...init, progress: shared } });
        return workers.push(worker), live.set(worker, { shared, inFlight: [] }), worker.on("message", (reply) => {
          if (failed || !live.has(worker)) return;
          if (reply.error !== void 0) {
            fail(workerFailed(reply.error));
            return;
          }
          let state = live.get(worker);
          state.inFlight = state.inFlight.filter((request) => request.id !== reply.id), done[reply.id] = reply.outcomes, send(worker), drain();
        }), worker.on("error", (error) => {
          live.has(worker) && fail(workerFailed(error.message));
        }), worker.on("messageerror", (error) => {
          live.has(worker) && fail(workerFailed(error.message));
        }), worker.on("exit", (code) => {
          live.has(worker) && nextToTally < batches.length && fail(workerFailed(`it exited with code ${code}`));
        }), worker;
      }, n = Math.min(count, batches.length);
      for (let w = 0; w < n; w++) {
        let worker = start();
        for (let i = 0; i < IN_FLIGHT; i++) send(worker);
      }
      if (local !== void 0) {
        let step = () => {
          if (failed || nextToSend >= batches.length) return;
          let id = nextToSend++;
          try {
            done[id] = local(batches[id]);
          } catch (error) {
            fail(error);
            return;
          }
          drain(), setImmediate(step);
        };
        setImmediate(step);
      }
      watchdog = setInterval(
        () => {
          let now = Date.now();
          for (let [worker, { shared }] of live) {
            let started = shared[2];
            started > 0 && now - started > budget + WATCHDOG_GRACE_MS && replace(worker, { id: shared[0], index: shared[1], ms: now - started });
          }
        },
        Math.min(500, budget)
      ), watchdog.unref();
    });
  } finally {
    clearInterval(watchdog), await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
export {
  PROGRESS_SLOTS,
  scanWithWorkers,
  workerCount
};
