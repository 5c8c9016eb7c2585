import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  formatCount
} from "./chunk-H26BPTWG.js";

// src/core/policy/interval.ts
var UNITS = {
  d: "day",
  day: "day",
  days: "day",
  w: "week",
  wk: "week",
  wks: "week",
  week: "week",
  weeks: "week",
  mo: "month",
  mos: "month",
  mon: "month",
  month: "month",
  months: "month",
  y: "year",
  yr: "year",
  yrs: "year",
  year: "year",
  years: "year"
}, WORDS = {
  daily: { amount: 1, unit: "day" },
  weekly: { amount: 1, unit: "week" },
  monthly: { amount: 1, unit: "month" },
  quarterly: { amount: 3, unit: "month" },
  "semi-annually": { amount: 6, unit: "month" },
  semiannually: { amount: 6, unit: "month" },
  annually: { amount: 1, unit: "year" },
  annual: { amount: 1, unit: "year" },
  yearly: { amount: 1, unit: "year" }
}, FORM = /^([0-9]{1,4})\s*([a-z]+)$/, INTERVAL_FORMS = "`90d`, `12 weeks`, `6 months`, `1 year` or `quarterly`";
function parseInterval(value) {
  if (typeof value != "string") return null;
  let text = value.trim().toLowerCase(), word = WORDS[text];
  if (word !== void 0) return { ...word };
  let match = FORM.exec(text);
  if (match === null) return null;
  let amount = Number(match[1]), unit = UNITS[match[2]];
  return unit === void 0 || amount < 1 ? null : { amount, unit };
}
function formatInterval(interval) {
  return `${interval.amount} ${interval.unit}${interval.amount === 1 ? "" : "s"}`;
}

// src/core/describe-value.ts
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

export {
  INTERVAL_FORMS,
  parseInterval,
  formatInterval,
  describeValue,
  describeKey
};
