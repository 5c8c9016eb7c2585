import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  PROGRESS_SLOTS,
  claimNext,
  listedOutcome,
  scanWithWorkers,
  stuckItem,
  workerCount
} from "./chunk-5FIY4UFG.js";
import "./chunk-3KGG746Q.js";
import "./chunk-QWZTXSIA.js";
import "./chunk-3CZHTYZR.js";
import "./chunk-BUTWDHJA.js";
import "./chunk-SL5JSRLH.js";
import "./chunk-RLY2RNDV.js";
import "./chunk-PVFC7MJR.js";
import "./chunk-YR7M2Z75.js";
import "./chunk-NF75UMOP.js";
import "./chunk-CC54VZPH.js";
import "./chunk-ZYK3TT52.js";
import "./chunk-5JBDRGSN.js";
import "./chunk-4POXK7ML.js";
import "./chunk-JOH4CSKI.js";
export {
  PROGRESS_SLOTS,
  claimNext,
  listedOutcome,
  scanWithWorkers,
  stuckItem,
  workerCount
};
