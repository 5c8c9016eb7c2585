import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  codeSpan,
  escapeText,
  formatMarkdown,
  inline,
  notShownNote
} from "./chunk-MPNNQUVK.js";
import "./chunk-I7MAQC3G.js";
import "./chunk-NJ54YJSK.js";
import "./chunk-3S6QXJEX.js";
import "./chunk-7MIQFGBB.js";
import "./chunk-Z7JKNVEF.js";
import "./chunk-QLLZ5VWK.js";
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
