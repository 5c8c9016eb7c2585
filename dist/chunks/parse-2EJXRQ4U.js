import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-EEVSCY7B.js";
import "./chunk-S2URRGGF.js";
import "./chunk-EKYWAZXA.js";
import "./chunk-DAOHZKJN.js";
import "./chunk-RLILOBTF.js";
import "./chunk-PAF57XVX.js";
import "./chunk-F5AI7KQG.js";
import "./chunk-4IB5OU7H.js";
import "./chunk-JJZP777U.js";
import "./chunk-L47OS7X2.js";
import "./chunk-VMDRTWEM.js";
import "./chunk-RBCYPG4T.js";
import "./chunk-H26BPTWG.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-5ADPKSWX.js";
export {
  parseConfig
};
