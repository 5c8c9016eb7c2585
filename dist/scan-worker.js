import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  fileOutcome,
  loadFile
} from "./chunks/chunk-OYSMYKQF.js";
import {
  compileRules
} from "./chunks/chunk-3TYOS7P3.js";
import "./chunks/chunk-ECR5472Y.js";
import "./chunks/chunk-W6YP766P.js";
import "./chunks/chunk-FIXNMEUT.js";
import "./chunks/chunk-5XCC25ZH.js";
import "./chunks/chunk-H4QNBIZK.js";
import "./chunks/chunk-PXFPC4ZX.js";
import "./chunks/chunk-JAJTR2HI.js";
import "./chunks/chunk-RS4XBG4F.js";
import "./chunks/chunk-QGBNVW5A.js";
import "./chunks/chunk-ZPHIZCRR.js";
import "./chunks/chunk-5ADPKSWX.js";

// src/cli/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var init = workerData, rules = compileRules(init.specs, { allowlist: init.allowlist, overrides: init.overrides }), port = parentPort;
port.on("message", (request) => {
  let reply;
  try {
    let outcomes = [];
    for (let item of request.items) {
      let file = loadFile(init.root, item, init.maxFileSize);
      outcomes.push(file === null ? null : fileOutcome(file, rules));
    }
    reply = { id: request.id, outcomes };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
