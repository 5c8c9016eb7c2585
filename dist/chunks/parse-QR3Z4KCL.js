import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-BY6UH2MG.js";
import "./chunk-CJ543XB7.js";
import "./chunk-FYOC535I.js";
import "./chunk-H26BPTWG.js";
import "./chunk-QGBNVW5A.js";
import "./chunk-PAF57XVX.js";
import "./chunk-TDMFWWXI.js";
import "./chunk-B6KZYF2D.js";
import "./chunk-RRWS5LQM.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-5ADPKSWX.js";
export {
  parseConfig
};
