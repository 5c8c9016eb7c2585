import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/policy/interval.ts
init_cli_data();
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

export {
  INTERVAL_FORMS,
  parseInterval,
  formatInterval
};
