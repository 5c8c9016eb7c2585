import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  codeSpan,
  escapeText,
  formatMarkdown,
  inline,
  notShownNote
} from "./chunk-7ERF577R.js";
import "./chunk-I7MAQC3G.js";
import "./chunk-7FNYESFB.js";
import "./chunk-NIA74CI7.js";
import "./chunk-KMMUXMIF.js";
import "./chunk-7QCEJGVH.js";
import "./chunk-CWPAJBVV.js";
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
