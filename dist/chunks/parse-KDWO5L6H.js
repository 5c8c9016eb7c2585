import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-3GY2TMVX.js";
import "./chunk-S2URRGGF.js";
import "./chunk-EKYWAZXA.js";
import "./chunk-MPRS7UQE.js";
import "./chunk-RQ6OQ4AT.js";
import "./chunk-2JE3CYLG.js";
import "./chunk-JV2Z5TBL.js";
import "./chunk-VMDRTWEM.js";
import "./chunk-JJZP777U.js";
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
