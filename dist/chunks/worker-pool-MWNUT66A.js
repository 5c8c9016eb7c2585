import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  PROGRESS_SLOTS,
  claimNext,
  listedOutcome,
  scanWithWorkers,
  stuckItem,
  workerCount
} from "./chunk-RCL7CZ7O.js";
import "./chunk-LSFNE2R2.js";
import "./chunk-WXWJNR4J.js";
import "./chunk-QMDTFYL7.js";
import "./chunk-SIIGAGUR.js";
import "./chunk-GD5B2BOF.js";
import "./chunk-KMMUXMIF.js";
import "./chunk-4O4GLNVN.js";
import "./chunk-W4LIVNFC.js";
import "./chunk-XMPCLGNV.js";
import "./chunk-CWPAJBVV.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-H26BPTWG.js";
import "./chunk-L47OS7X2.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-5ADPKSWX.js";
export {
  PROGRESS_SLOTS,
  claimNext,
  listedOutcome,
  scanWithWorkers,
  stuckItem,
  workerCount
};
