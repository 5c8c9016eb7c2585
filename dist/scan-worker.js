import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  claimNext,
  listedOutcome
} from "./chunks/chunk-DIVAOAZS.js";
import {
  diskLfs,
  loadPhoneCheck
} from "./chunks/chunk-BC5P52LX.js";
import "./chunks/chunk-VEHV6IGR.js";
import {
  filePass
} from "./chunks/chunk-PLLOEVNY.js";
import "./chunks/chunk-R3RFDM5X.js";
import {
  compileRules
} from "./chunks/chunk-T4CPA5V7.js";
import "./chunks/chunk-GD5B2BOF.js";
import "./chunks/chunk-PTA76T3M.js";
import {
  loadYaml
} from "./chunks/chunk-3DCK7FVE.js";
import "./chunks/chunk-W4LIVNFC.js";
import "./chunks/chunk-XMPCLGNV.js";
import {
  compileGuardrails
} from "./chunks/chunk-J6Z4MMRT.js";
import "./chunks/chunk-XTGRDR3C.js";
import "./chunks/chunk-RS4XBG4F.js";
import "./chunks/chunk-H26BPTWG.js";
import "./chunks/chunk-RQ2NEVMH.js";
import "./chunks/chunk-ZPHIZCRR.js";
import "./chunks/chunk-5ADPKSWX.js";

// src/cli/scan-worker.ts
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
