import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  codeSpan,
  escapeText,
  formatMarkdown,
  inline,
  notShownNote
} from "./chunk-A2IQFQ6R.js";
import "./chunk-375IAIA6.js";
import "./chunk-LJ4BZ2PB.js";
import "./chunk-POPM6B2F.js";
import "./chunk-SL5JSRLH.js";
import "./chunk-7UB75MLJ.js";
import "./chunk-NF75UMOP.js";
import "./chunk-CC54VZPH.js";
import "./chunk-WD4M4XFE.js";
import "./chunk-ZYK3TT52.js";
import "./chunk-5JBDRGSN.js";
import "./chunk-4POXK7ML.js";
import "./chunk-JOH4CSKI.js";
export {
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  codeSpan,
  escapeText,
  formatMarkdown,
  inline,
  notShownNote
};
