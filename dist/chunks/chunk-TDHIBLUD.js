import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  formatCount
} from "./chunk-AJ7YNKHC.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/describe-value.ts
init_cli_data();
function sized(n, noun) {
  return `${n === 11 || n === 18 || String(n).startsWith("8") ? "an" : "a"} ${formatCount(n)}-${noun}`;
}
function describeValue(value) {
  if (value == null) return "empty";
  if (typeof value == "string") {
    if (value.trim() === "") return "an empty string";
    let n = [...value].length;
    return `${sized(n, "character string")}${/[\r\n]/.test(value) ? " over several lines" : ""}`;
  }
  return typeof value == "number" || typeof value == "bigint" ? "a number" : typeof value == "boolean" ? "true or false" : Array.isArray(value) ? `a list of ${formatCount(value.length)} ${value.length === 1 ? "item" : "items"}` : value instanceof Date ? "a date-time" : typeof value == "object" ? "a mapping" : `a value of type ${typeof value}`;
}
var WORD = /^[a-z][a-z_./-]{0,39}$/;
function describeKey(key, likelyTypo = !1) {
  return likelyTypo || WORD.test(key) ? `\`${key}\`` : `(${sized([...key].length, "character key")}, not shown)`;
}
function describeName(name) {
  let words = name.split(/[-/._]/);
  return /^[a-z][a-z0-9]*(?:[-/._][a-z0-9]+)*$/.test(name) && words.every((w) => w.length <= 20) ? `\`${name}\`` : `(${sized([...name].length, "character name")}, not shown)`;
}

export {
  describeValue,
  describeKey,
  describeName
};
