import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  diskReader,
  findConfig,
  loadRepositoryPolicy,
  readBaseline,
  readIgnore,
  readRepositoryPolicy,
  withCentralConfigs
} from "./chunk-RMFD6TJR.js";
import {
  BASELINE_FILE,
  CONFIG_FILES,
  IGNORE_FILE
} from "./chunk-7QCEJGVH.js";
import "./chunk-CWPAJBVV.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-ZGFRZYOO.js";
import "./chunk-H26BPTWG.js";
import "./chunk-L47OS7X2.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-5ADPKSWX.js";
export {
  BASELINE_FILE,
  CONFIG_FILES,
  IGNORE_FILE,
  diskReader,
  findConfig,
  loadRepositoryPolicy,
  readBaseline,
  readIgnore,
  readRepositoryPolicy,
  withCentralConfigs
};
