import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-WCUS6XAK.js";
import "./chunk-CJ543XB7.js";
import "./chunk-ZUGPDKAZ.js";
import "./chunk-BMUI64GQ.js";
import "./chunk-QGBNVW5A.js";
import "./chunk-SGJ5S4P3.js";
import "./chunk-B6KZYF2D.js";
import "./chunk-PXFPC4ZX.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-H26BPTWG.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-5ADPKSWX.js";
export {
  parseConfig
};
