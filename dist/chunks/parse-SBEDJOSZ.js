import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-Z4KRBTKM.js";
import "./chunk-S2URRGGF.js";
import "./chunk-EKYWAZXA.js";
import "./chunk-GOCQ3DXN.js";
import "./chunk-4LIHPD2M.js";
import "./chunk-XRUMKKEC.js";
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
