import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-KPPWPXTA.js";
import "./chunk-M376KBDT.js";
import "./chunk-BMUI64GQ.js";
import "./chunk-7KTDLZL5.js";
import "./chunk-B6KZYF2D.js";
import "./chunk-PXFPC4ZX.js";
import "./chunk-JAJTR2HI.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-D66GKOUB.js";
import "./chunk-QGBNVW5A.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-5ADPKSWX.js";
export {
  parseConfig
};
