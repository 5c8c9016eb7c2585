import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-TZIS5K7T.js";
import "./chunk-CJ543XB7.js";
import "./chunk-H26BPTWG.js";
import "./chunk-IXSSU3DO.js";
import "./chunk-L47OS7X2.js";
import "./chunk-PAF57XVX.js";
import "./chunk-ITV5NTWT.js";
import "./chunk-B6KZYF2D.js";
import "./chunk-RRWS5LQM.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-5ADPKSWX.js";
export {
  parseConfig
};
