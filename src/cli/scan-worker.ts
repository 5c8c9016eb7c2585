/**
 * A scan worker (bundled on its own as dist/scan-worker.js): reads and scans batches of listed
 * files for a large `mandate scan [PATH…]`, so a directory scan uses every core. See
 * worker-pool.ts for the protocol. The outcomes it posts back hold raw secrets; they cross the
 * thread boundary in memory only and are redacted on the main thread like any other scan's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type FileOutcome, fileOutcome, mergeOutcomes } from '../core/engine.js';
import { compileRules } from '../core/secret/compile.js';
import { loadYaml, withWholeFileSecretValues } from '../sources/kubernetes.js';
import { loadFileParts } from '../sources/paths.js';
import type { BatchReply, BatchRequest, WorkerInit } from './worker-pool.js';

const init = workerData as WorkerInit;
const rules = compileRules(init.specs, { allowlist: init.allowlist, overrides: init.overrides });
const port = parentPort!;
const yaml = init.manifests === true ? await loadYaml() : null;

port.on('message', (request: BatchRequest) => {
  let reply: BatchReply;
  try {
    const outcomes: (FileOutcome | null)[] = [];
    for (const item of request.items) {
      // A file over max_file_size comes in pieces: one outcome for the file.
      let outcome: FileOutcome | null = null;
      for (const file of loadFileParts(init.root, item, init.maxFileSize)) {
        const read = yaml === null ? file : withWholeFileSecretValues(yaml, file);
        outcome = mergeOutcomes(outcome, fileOutcome(read, rules));
      }
      outcomes.push(outcome);
    }
    reply = { id: request.id, outcomes };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
