import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  codeSpan,
  escapeText,
  formatMarkdown,
  inline
} from "./chunk-AXDH6BMT.js";
import "./chunk-I7MAQC3G.js";
import "./chunk-FXN7NQP4.js";
import "./chunk-H4QNBIZK.js";
import "./chunk-H26BPTWG.js";
import "./chunk-PXFPC4ZX.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-5ADPKSWX.js";
export {
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  codeSpan,
  escapeText,
  formatMarkdown,
  inline
};
