import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  codeSpan,
  escapeText,
  formatMarkdown,
  inline,
  notShownNote
} from "./chunk-VPFZAQPW.js";
import "./chunk-I7MAQC3G.js";
import "./chunk-E62JBVKO.js";
import "./chunk-Q3V6OZBD.js";
import "./chunk-Y3KEO3M3.js";
import "./chunk-YA6QUE7J.js";
import "./chunk-I6XHEORL.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-ZGFRZYOO.js";
import "./chunk-H26BPTWG.js";
import "./chunk-L47OS7X2.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-5ADPKSWX.js";
export {
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  codeSpan,
  escapeText,
  formatMarkdown,
  inline,
  notShownNote
};
