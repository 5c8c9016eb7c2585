import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  PROGRESS_SLOTS,
  claimNext,
  listedOutcome,
  scanWithWorkers,
  stuckItem,
  workerCount
} from "./chunk-VGLAAZWP.js";
import "./chunk-WT5EDXDJ.js";
import "./chunk-6C24ZDXO.js";
import "./chunk-QMDTFYL7.js";
import "./chunk-TPZBD6RP.js";
import "./chunk-GD5B2BOF.js";
import "./chunk-7MIQFGBB.js";
import "./chunk-4O4GLNVN.js";
import "./chunk-W4LIVNFC.js";
import "./chunk-XMPCLGNV.js";
import "./chunk-QLLZ5VWK.js";
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
