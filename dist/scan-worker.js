import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  claimNext,
  listedOutcome
} from "./chunks/chunk-5FIY4UFG.js";
import {
  diskLfs,
  loadPhoneCheck
} from "./chunks/chunk-XSJMGUJH.js";
import "./chunks/chunk-3KGG746Q.js";
import {
  filePass
} from "./chunks/chunk-QWZTXSIA.js";
import {
  compileRules
} from "./chunks/chunk-3CZHTYZR.js";
import "./chunks/chunk-BUTWDHJA.js";
import "./chunks/chunk-SL5JSRLH.js";
import {
  loadYaml
} from "./chunks/chunk-RLY2RNDV.js";
import "./chunks/chunk-PVFC7MJR.js";
import "./chunks/chunk-YR7M2Z75.js";
import {
  compileGuardrails
} from "./chunks/chunk-YX7DUOAW.js";
import "./chunks/chunk-NF75UMOP.js";
import "./chunks/chunk-CC54VZPH.js";
import "./chunks/chunk-ZYK3TT52.js";
import "./chunks/chunk-5JBDRGSN.js";
import "./chunks/chunk-4POXK7ML.js";
import {
  init_cli_data
} from "./chunks/chunk-JOH4CSKI.js";

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
