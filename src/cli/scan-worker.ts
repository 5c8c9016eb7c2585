/**
 * A scan worker (bundled on its own as dist/scan-worker.js): reads and scans batches of listed
 * files for a large `mandate scan [PATH…]`, so a directory scan uses every core. See
 * worker-pool.ts for the protocol. The outcomes it posts back hold raw secrets; they cross the
 * thread boundary in memory only and are redacted on the main thread like any other scan's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type FileOutcome, fileOutcome, filePass, mergeOutcomes } from '../core/engine.js';
import { compileGuardrails } from '../core/guardrails.js';
import { compileRules } from '../core/secret/compile.js';
import { withSiblingCertificates } from '../sources/certificates.js';
import { diskLfs, loadPhoneCheck } from '../sources/guardrail-reads.js';
import { loadYaml, withWholeFileSecretValues } from '../sources/kubernetes.js';
import { loadFileParts } from '../sources/paths.js';
import type { BatchReply, BatchRequest, WorkerInit } from './worker-pool.js';

const init = workerData as WorkerInit & { progress?: Float64Array };
/** Shared with the pool's watchdog: batch id, index, start time of the current file. */
const progress = init.progress;
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
const port = parentPort!;
const yaml = init.manifests === true ? await loadYaml() : null;

port.on('message', (request: BatchRequest) => {
  let reply: BatchReply;
  try {
    const outcomes: (FileOutcome | null)[] = [];
    for (const [index, item] of request.items.entries()) {
      if (request.stuck?.index === index) {
        outcomes.push(stuckOutcome(item.path, request.stuck.ms));
        continue;
      }
      if (progress !== undefined) {
        progress[0] = request.id;
        progress[1] = index;
      }
      // A file over max_file_size comes in pieces: one outcome for the file, and the watchdog's
      // clock restarts with each piece (the budget is per piece, as in-process).
      let outcome: FileOutcome | null = null;
      for (const file of loadFileParts(init.root, item, init.maxFileSize)) {
        if (progress !== undefined) progress[2] = Date.now();
        const read = yaml === null ? file : withWholeFileSecretValues(yaml, file);
        const paired = withSiblingCertificates(init.root, read);
        outcome = mergeOutcomes(outcome, fileOutcome(paired, pass, init.fileBudgetMs));
      }
      outcomes.push(outcome);
    }
    if (progress !== undefined) progress[2] = 0;
    reply = { id: request.id, outcomes };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

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
