import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  codeSpan,
  escapeText,
  formatMarkdown,
  inline,
  notShownNote
} from "./chunk-LDDLAKSI.js";
import "./chunk-H72Q6YYP.js";
import "./chunk-X7LKV4WE.js";
import "./chunk-VO4OVMPP.js";
import "./chunk-BPAVJEYM.js";
import "./chunk-XBJZEF77.js";
import "./chunk-NHAY6OAR.js";
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
