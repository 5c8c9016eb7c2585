import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-PYE4J2GS.js";
import "./chunk-EKYWAZXA.js";
import "./chunk-YA6QUE7J.js";
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
  parseConfig
};
