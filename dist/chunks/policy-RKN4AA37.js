import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  diskReader,
  findConfig,
  loadRepositoryPolicy,
  readBaseline,
  readIgnore,
  readRepositoryPolicy,
  withCentralConfigs
} from "./chunk-BIRX2TKZ.js";
import {
  BASELINE_FILE,
  CONFIG_FILES,
  IGNORE_FILE
} from "./chunk-XBJZEF77.js";
import "./chunk-NHAY6OAR.js";
import "./chunk-4T47BLQ7.js";
import "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import "./chunk-EZXJEW2Z.js";
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
