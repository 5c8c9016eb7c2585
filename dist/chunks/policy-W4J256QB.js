import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  diskReader,
  findConfig,
  readBaseline,
  readIgnore,
  readRepositoryPolicy
} from "./chunk-67UXWWCV.js";
import {
  BASELINE_FILE,
  CONFIG_FILES,
  IGNORE_FILE
} from "./chunk-F5AI7KQG.js";
import "./chunk-4IB5OU7H.js";
import "./chunk-JJZP777U.js";
import "./chunk-L47OS7X2.js";
import "./chunk-VMDRTWEM.js";
import "./chunk-RBCYPG4T.js";
import "./chunk-H26BPTWG.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-5ADPKSWX.js";
export {
  BASELINE_FILE,
  CONFIG_FILES,
  IGNORE_FILE,
  diskReader,
  findConfig,
  readBaseline,
  readIgnore,
  readRepositoryPolicy
};
