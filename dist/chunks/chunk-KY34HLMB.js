import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/policy/calendar.ts
init_cli_data();
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function isValidDate(date) {
  return Number.isInteger(date.year) && Number.isInteger(date.month) && Number.isInteger(date.day) && date.year >= 1 && date.year <= 9999 && date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}
function dayNumber(date) {
  let utc = /* @__PURE__ */ new Date(0);
  return utc.setUTCFullYear(date.year, date.month - 1, date.day), Math.round(utc.getTime() / 864e5);
}
function fromDayNumber(days) {
  let utc = new Date(days * 864e5);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}
function calendarDateOf(instant) {
  return {
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate()
  };
}
function formatDate(date) {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/;
function parseCalendarDate(value) {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : calendarDateOf(value);
  if (typeof value != "string") return null;
  let match = ISO_DATE.exec(value.trim());
  if (match === null) return null;
  let date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date) ? date : null;
}
function addInterval(date, interval, sign = 1) {
  let n = interval.amount * sign;
  switch (interval.unit) {
    case "day":
      return fromDayNumber(dayNumber(date) + n);
    case "week":
      return fromDayNumber(dayNumber(date) + 7 * n);
    case "month":
    case "year": {
      let months = interval.unit === "year" ? 12 * n : n, index = date.year * 12 + (date.month - 1) + months, year = Math.floor(index / 12), month = index % 12 + 1;
      return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
    }
  }
}
function daysBetween(a, b) {
  return dayNumber(b) - dayNumber(a);
}

export {
  calendarDateOf,
  formatDate,
  parseCalendarDate,
  addInterval,
  daysBetween
};
