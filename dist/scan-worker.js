import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  diskLfs,
  loadFileParts,
  loadPhoneCheck
} from "./chunks/chunk-CZZWAVWG.js";
import {
  loadYaml,
  withSiblingCertificates,
  withWholeFileSecretValues
} from "./chunks/chunk-PP5AY2OA.js";
import "./chunks/chunk-XMPCLGNV.js";
import {
  fileOutcome,
  mergeOutcomes
} from "./chunks/chunk-LBHDUDUO.js";
import "./chunks/chunk-24Y3NKWX.js";
import "./chunks/chunk-CFY3E4P5.js";
import {
  compileRules
} from "./chunks/chunk-XGW6H4A6.js";
import "./chunks/chunk-PD7K2JLW.js";
import {
  compileGuardrails,
  withGuardrails
} from "./chunks/chunk-RLILOBTF.js";
import "./chunks/chunk-MUQBYM7O.js";
import "./chunks/chunk-ESONS4GG.js";
import "./chunks/chunk-QMDTFYL7.js";
import "./chunks/chunk-H2DAWWVX.js";
import "./chunks/chunk-4IB5OU7H.js";
import "./chunks/chunk-JJZP777U.js";
import "./chunks/chunk-L47OS7X2.js";
import "./chunks/chunk-VMDRTWEM.js";
import "./chunks/chunk-RBCYPG4T.js";
import "./chunks/chunk-H26BPTWG.js";
import "./chunks/chunk-ZPHIZCRR.js";
import "./chunks/chunk-RS4XBG4F.js";
import "./chunks/chunk-5ADPKSWX.js";

// src/cli/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var init = workerData, progress = init.progress, secretRules = compileRules(init.specs, {
  allowlist: init.allowlist,
  overrides: init.overrides
}), guardrails = init.guardrails === void 0 ? null : compileGuardrails(init.guardrails);
guardrails !== null && (guardrails.lfs = diskLfs(init.root));
guardrails !== null && init.guardrails?.phones === !0 && (guardrails.isPhone = await loadPhoneCheck());
var rules = guardrails === null ? secretRules : withGuardrails(secretRules, guardrails), port = parentPort, yaml = init.manifests === !0 ? await loadYaml() : null;
port.on("message", (request) => {
  let reply;
  try {
    let outcomes = [];
    for (let [index, item] of request.items.entries()) {
      if (request.stuck?.index === index) {
        outcomes.push(stuckOutcome(item.path, request.stuck.ms));
        continue;
      }
      progress !== void 0 && (progress[0] = request.id, progress[1] = index);
      let outcome = null;
      for (let file of loadFileParts(init.root, item, init.maxFileSize)) {
        progress !== void 0 && (progress[2] = Date.now());
        let read = yaml === null ? file : withWholeFileSecretValues(yaml, file), paired = withSiblingCertificates(init.root, read);
        outcome = mergeOutcomes(outcome, fileOutcome(paired, rules, init.fileBudgetMs));
      }
      outcomes.push(outcome);
    }
    progress !== void 0 && (progress[2] = 0), reply = { id: request.id, outcomes };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
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
