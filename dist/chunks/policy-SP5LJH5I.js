import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  diskReader,
  findConfig,
  loadRepositoryPolicy,
  readBaseline,
  readIgnore,
  readRepositoryPolicy,
  withCentralConfigs
} from "./chunk-7ZH2COPU.js";
import {
  BASELINE_FILE,
  CONFIG_FILES,
  IGNORE_FILE
} from "./chunk-7UB75MLJ.js";
import "./chunk-NF75UMOP.js";
import "./chunk-CC54VZPH.js";
import "./chunk-WD4M4XFE.js";
import "./chunk-ZYK3TT52.js";
import "./chunk-5JBDRGSN.js";
import "./chunk-4POXK7ML.js";
import "./chunk-JOH4CSKI.js";
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
