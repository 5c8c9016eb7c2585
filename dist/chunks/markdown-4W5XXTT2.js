import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  codeSpan,
  escapeText,
  formatMarkdown,
  inline,
  notShownNote
} from "./chunk-NEC3T7JR.js";
import "./chunk-H72Q6YYP.js";
import "./chunk-7ONHELKI.js";
import "./chunk-WMM62GVN.js";
import "./chunk-BBSOJMBS.js";
import "./chunk-HDBPAX76.js";
import "./chunk-GTFPKMOW.js";
import "./chunk-4T47BLQ7.js";
import "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import "./chunk-EZXJEW2Z.js";
export {
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  codeSpan,
  escapeText,
  formatMarkdown,
  inline,
  notShownNote
};
