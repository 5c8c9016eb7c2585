import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-Q2AI7V64.js";
import "./chunk-S2URRGGF.js";
import "./chunk-EKYWAZXA.js";
import "./chunk-4USAOG7X.js";
import "./chunk-DIGKQTRD.js";
import "./chunk-KQYLZY56.js";
import "./chunk-VMDRTWEM.js";
import "./chunk-RBCYPG4T.js";
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
