import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-O2OJHVLJ.js";
import "./chunk-CJ543XB7.js";
import "./chunk-LEXYRHYQ.js";
import "./chunk-B6KZYF2D.js";
import "./chunk-DM322WR5.js";
import "./chunk-JV2Z5TBL.js";
import "./chunk-RRWS5LQM.js";
import "./chunk-JJZP777U.js";
import "./chunk-H26BPTWG.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-XQN63VMU.js";
import "./chunk-L47OS7X2.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-PAF57XVX.js";
import "./chunk-5ADPKSWX.js";
export {
  parseConfig
};
