import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  codeSpan,
  escapeText,
  formatMarkdown,
  inline,
  notShownNote
} from "./chunk-ANWWFXNH.js";
import "./chunk-I7MAQC3G.js";
import "./chunk-7T77YHRB.js";
import "./chunk-EJIAZ42R.js";
import "./chunk-H2DAWWVX.js";
import "./chunk-VMDRTWEM.js";
import "./chunk-H26BPTWG.js";
import "./chunk-RS4XBG4F.js";
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
