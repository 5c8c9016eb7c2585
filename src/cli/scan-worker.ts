/**
 * A scan worker (bundled on its own as dist/scan-worker.js): reads and scans listed files for a
 * large `mandate scan [PATH…]`, taking them from the same shared counter as the main thread, so
 * a directory scan uses every core. See worker-pool.ts for the protocol. The outcomes it posts
 * back hold raw secrets; they cross the thread boundary in memory only and are redacted on the
 * main thread like any other scan's.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { type FileOutcome, filePass } from '../core/engine.js';
import { compileGuardrails } from '../core/guardrails.js';
import { compileRules } from '../core/secret/compile.js';
import { diskLfs, loadPhoneCheck } from '../sources/guardrail-reads.js';
import { loadYaml } from '../sources/kubernetes.js';
import type { ListedReader } from '../sources/listed.js';
import {
  claimNext,
  listedOutcome,
  type StartRequest,
  type WorkerInit,
  type WorkerReply,
} from './worker-pool.js';

const init = workerData as WorkerInit & { progress?: Float64Array; replies: MessagePort };
/** Shared with the pool's watchdog: item index, unused, start time of the current piece. */
const progress = init.progress;
const replies = init.replies;
const secretRules = compileRules(init.specs, {
  allowlist: init.allowlist,
  overrides: init.overrides,
});
const guardrails = init.guardrails === undefined ? null : compileGuardrails(init.guardrails);
if (guardrails !== null) guardrails.lfs = diskLfs(init.root);
if (guardrails !== null && init.guardrails?.phones === true) {
  guardrails.isPhone = await loadPhoneCheck();
}
// The per-file families of the run, built from plain settings as the main thread built them.
const pass = filePass(secretRules, guardrails?.families);
const reader: ListedReader = {
  root: init.root,
  maxFileSize: init.maxFileSize,
  yaml: init.manifests === true ? await loadYaml() : null,
};

parentPort!.on('message', (request: StartRequest) => {
  try {
    scan(request);
  } catch (error) {
    const reply: WorkerReply = { error: error instanceof Error ? error.message : String(error) };
    replies.postMessage(reply);
  }
});

/** Scans what a replaced worker left (`redo`), then every file it can claim, posting as it goes. */
function scan(request: StartRequest): void {
  const { items, next, owner, id } = request;
  let indices: number[] = [];
  let outcomes: (FileOutcome | null)[] = [];
  let bytes = 0;
  const post = (last: boolean) => {
    const reply: WorkerReply = last ? { indices, outcomes, last } : { indices, outcomes };
    replies.postMessage(reply);
    indices = [];
    outcomes = [];
    bytes = 0;
  };
  const one = (index: number) => {
    let outcome: FileOutcome | null;
    if (request.stuck?.index === index) {
      outcome = stuckOutcome(items[index]!.path, request.stuck.ms);
    } else {
      if (progress !== undefined) progress[0] = index;
      // A file over max_file_size comes in pieces: the watchdog's clock restarts with each
      // piece (the budget is per piece, as in-process).
      outcome = listedOutcome(reader, items[index]!, pass, init.fileBudgetMs, () => {
        if (progress !== undefined) progress[2] = Date.now();
      });
      if (progress !== undefined) progress[2] = 0;
    }
    indices.push(index);
    outcomes.push(outcome);
    if (outcome?.kind === 'scanned') bytes += outcome.size;
    if (indices.length >= POST_EVERY || bytes >= POST_BYTES) post(false);
  };
  for (const index of request.redo ?? []) one(index);
  for (let index = claimNext(next, owner, id); index >= 0; index = claimNext(next, owner, id)) {
    one(index);
  }
  post(true);
}

/** Items posted together (fewer when they hold POST_BYTES): the main thread tallies in order. */
const POST_EVERY = 16;
const POST_BYTES = 256 * 1024;

/** A file that kept a worker inside one regex past the budget: the watchdog replaced it. */
function stuckOutcome(path: string, ms: number): FileOutcome {
  return {
    kind: 'scanned',
    size: 0,
    lines: 0,
    raw: [],
    allowlisted: 0,
    overBudget: [
      { path, ruleId: 'one of the secret rules (the worker was stopped inside it)', ms },
    ],
  };
}
