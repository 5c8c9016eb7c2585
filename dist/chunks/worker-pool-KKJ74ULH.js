import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  PROGRESS_SLOTS,
  claimNext,
  listedOutcome,
  scanWithWorkers,
  stuckItem,
  workerCount
} from "./chunk-MFZ55FOJ.js";
import "./chunk-BXKVBCKD.js";
import "./chunk-TZWBCKFI.js";
import "./chunk-P5NK7NYD.js";
import "./chunk-CZ5I6W6C.js";
import "./chunk-BBSOJMBS.js";
import "./chunk-DMBOE7IU.js";
import "./chunk-6KLVVNOK.js";
import "./chunk-SGSUYQD6.js";
import "./chunk-GTFPKMOW.js";
import "./chunk-4T47BLQ7.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import "./chunk-EZXJEW2Z.js";
export {
  PROGRESS_SLOTS,
  claimNext,
  listedOutcome,
  scanWithWorkers,
  stuckItem,
  workerCount
};
