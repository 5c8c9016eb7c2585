import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-TD6UBZ4A.js";
import "./chunk-YSXXMAGR.js";
import "./chunk-HDBPAX76.js";
import "./chunk-QQMKWQ6T.js";
import "./chunk-GTFPKMOW.js";
import "./chunk-4T47BLQ7.js";
import "./chunk-7UXL7O2J.js";
import "./chunk-IFUFN7MC.js";
import "./chunk-ZJRACKEJ.js";
import "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import "./chunk-EZXJEW2Z.js";
export {
  parseConfig
};
