import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  diskReader,
  findConfig,
  loadRepositoryPolicy,
  readBaseline,
  readIgnore,
  readRepositoryPolicy,
  withCentralConfigs
} from "./chunk-NVTNJQD5.js";
import {
  BASELINE_FILE,
  CONFIG_FILES,
  IGNORE_FILE
} from "./chunk-HDBPAX76.js";
import "./chunk-GTFPKMOW.js";
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
