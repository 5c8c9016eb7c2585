import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-QFOYFY7R.js";
import "./chunk-S2URRGGF.js";
import "./chunk-EKYWAZXA.js";
import "./chunk-5OYB7KNV.js";
import "./chunk-XAXL7VCW.js";
import "./chunk-2TBY2QV3.js";
import "./chunk-JJZP777U.js";
import "./chunk-JV2Z5TBL.js";
import "./chunk-VMDRTWEM.js";
import "./chunk-H26BPTWG.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-J6YP5EAL.js";
import "./chunk-L47OS7X2.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-PAF57XVX.js";
import "./chunk-5ADPKSWX.js";
export {
  parseConfig
};
