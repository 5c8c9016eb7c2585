import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  PROGRESS_SLOTS,
  claimNext,
  listedOutcome,
  scanWithWorkers,
  stuckItem,
  workerCount
} from "./chunk-HPD73VH4.js";
import "./chunk-JTL2DKUB.js";
import "./chunk-M27J3X2D.js";
import "./chunk-QMDTFYL7.js";
import "./chunk-6X2C45TR.js";
import "./chunk-PU2IHETN.js";
import "./chunk-Y3KEO3M3.js";
import "./chunk-LFV3CFAO.js";
import "./chunk-IAVD3VFF.js";
import "./chunk-XMPCLGNV.js";
import "./chunk-I6XHEORL.js";
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
