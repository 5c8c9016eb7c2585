import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  PROGRESS_SLOTS,
  claimNext,
  listedOutcome,
  scanWithWorkers,
  stuckItem,
  workerCount
} from "./chunk-G5YNLSXB.js";
import "./chunk-KZN6BFQA.js";
import "./chunk-OC63HPD2.js";
import "./chunk-YVGPEYG3.js";
import "./chunk-CZ5I6W6C.js";
import "./chunk-BPAVJEYM.js";
import "./chunk-34NARM2F.js";
import "./chunk-6KLVVNOK.js";
import "./chunk-SGSUYQD6.js";
import "./chunk-NHAY6OAR.js";
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
