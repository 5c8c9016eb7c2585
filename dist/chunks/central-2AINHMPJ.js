import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  applyCentral,
  builtinSeverity,
  mergeCentral,
  mergeCentralConfigs,
  mergePolicies,
  parseRemoteExtends,
  stripLocked
} from "./chunk-AB53ASW4.js";
import "./chunk-5ZZZMIRA.js";
import "./chunk-PYE4J2GS.js";
import "./chunk-EKYWAZXA.js";
import {
  isRemoteExtends
} from "./chunk-YA6QUE7J.js";
import "./chunk-XKQWIKFC.js";
import "./chunk-I6XHEORL.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-PAF57XVX.js";
import "./chunk-4LVLEVTR.js";
import "./chunk-C46NEBOZ.js";
import "./chunk-ZGFRZYOO.js";
import "./chunk-H26BPTWG.js";
import "./chunk-L47OS7X2.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-5ADPKSWX.js";
export {
  applyCentral,
  builtinSeverity,
  isRemoteExtends,
  mergeCentral,
  mergeCentralConfigs,
  mergePolicies,
  parseRemoteExtends,
  stripLocked
};
