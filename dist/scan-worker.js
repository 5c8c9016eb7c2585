import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  claimNext,
  listedOutcome
} from "./chunks/chunk-MFZ55FOJ.js";
import {
  diskLfs,
  loadPhoneCheck
} from "./chunks/chunk-V3VBIPCX.js";
import "./chunks/chunk-BXKVBCKD.js";
import {
  filePass
} from "./chunks/chunk-TZWBCKFI.js";
import {
  compileRules
} from "./chunks/chunk-P5NK7NYD.js";
import "./chunks/chunk-CZ5I6W6C.js";
import "./chunks/chunk-BBSOJMBS.js";
import {
  loadYaml
} from "./chunks/chunk-DMBOE7IU.js";
import "./chunks/chunk-6KLVVNOK.js";
import "./chunks/chunk-SGSUYQD6.js";
import {
  compileGuardrails
} from "./chunks/chunk-QQMKWQ6T.js";
import "./chunks/chunk-GTFPKMOW.js";
import "./chunks/chunk-4T47BLQ7.js";
import "./chunks/chunk-AJ7YNKHC.js";
import "./chunks/chunk-QOVFVF66.js";
import {
  init_cli_data
} from "./chunks/chunk-EZXJEW2Z.js";

// src/cli/scan-worker.ts
init_cli_data();
import { parentPort, workerData } from "node:worker_threads";
var init = workerData, progress = init.progress, replies = init.replies, secretRules = compileRules(init.specs, {
  allowlist: init.allowlist,
  overrides: init.overrides
}), guardrails = init.guardrails === void 0 ? null : compileGuardrails(init.guardrails);
guardrails !== null && (guardrails.lfs = diskLfs(init.root));
guardrails !== null && init.guardrails?.phones === !0 && (guardrails.isPhone = await loadPhoneCheck());
var pass = filePass(secretRules, guardrails?.families), reader = {
  root: init.root,
  maxFileSize: init.maxFileSize,
  yaml: init.manifests === !0 ? await loadYaml() : null
};
parentPort.on("message", (request) => {
  try {
    scan(request);
  } catch (error) {
    let reply = { error: error instanceof Error ? error.message : String(error) };
    replies.postMessage(reply);
  }
});
function scan(request) {
  let { items, next, owner, id } = request, indices = [], outcomes = [], bytes = 0, post = (last) => {
    let reply = last ? { indices, outcomes, last } : { indices, outcomes };
    replies.postMessage(reply), indices = [], outcomes = [], bytes = 0;
  }, one = (index) => {
    let outcome;
    request.stuck?.index === index ? outcome = stuckOutcome(items[index].path, request.stuck.ms) : (progress !== void 0 && (progress[0] = index), outcome = listedOutcome(reader, items[index], pass, init.fileBudgetMs, () => {
      progress !== void 0 && (progress[2] = Date.now());
    }), progress !== void 0 && (progress[2] = 0)), indices.push(index), outcomes.push(outcome), outcome?.kind === "scanned" && (bytes += outcome.size), (indices.length >= POST_EVERY || bytes >= POST_BYTES) && post(!1);
  };
  for (let index of request.redo ?? []) one(index);
  for (let index = claimNext(next, owner, id); index >= 0; index = claimNext(next, owner, id))
    one(index);
  post(!0);
}
var POST_EVERY = 16, POST_BYTES = 256 * 1024;
function stuckOutcome(path, ms) {
  return {
    kind: "scanned",
    size: 0,
    lines: 0,
    raw: [],
    allowlisted: 0,
    overBudget: [
      { path, ruleId: "one of the secret rules (the worker was stopped inside it)", ms }
    ]
  };
}
