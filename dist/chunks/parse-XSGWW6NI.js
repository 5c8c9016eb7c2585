import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-RSEGB7FO.js";
import "./chunk-RJ5CPKJ4.js";
import "./chunk-7UB75MLJ.js";
import "./chunk-YX7DUOAW.js";
import "./chunk-NF75UMOP.js";
import "./chunk-CC54VZPH.js";
import "./chunk-KLIGPJZ6.js";
import "./chunk-K3OAB62Y.js";
import "./chunk-5O75LRYZ.js";
import "./chunk-WD4M4XFE.js";
import "./chunk-ZYK3TT52.js";
import "./chunk-5JBDRGSN.js";
import "./chunk-4POXK7ML.js";
import "./chunk-JOH4CSKI.js";
export {
  parseConfig
};
