/**
 * Calendar dates without time zones. A date is turned into a day number (days since
 * 1970-01-01) with Date.UTC, which never consults the machine's time zone; "today" is the UTC
 * calendar date of the injected clock.
 */
import type { CalendarDate, Interval } from './types.js';

const DAY_MS = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(date: CalendarDate): boolean {
  return (
    Number.isInteger(date.year) &&
    Number.isInteger(date.month) &&
    Number.isInteger(date.day) &&
    date.year >= 1 &&
    date.year <= 9999 &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month)
  );
}

/** Days since 1970-01-01. */
export function dayNumber(date: CalendarDate): number {
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.round(utc.getTime() / DAY_MS);
}

export function fromDayNumber(days: number): CalendarDate {
  const utc = new Date(days * DAY_MS);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** The UTC calendar date of an instant: "today" for an injected clock. */
export function calendarDateOf(instant: Date): CalendarDate {
  return {
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
  };
}

/** `2024-04-04`. */
export function formatDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/;

/**
 * Reads a `last_reviewed` value as a calendar date. A string must start with an ISO date
 * (`2024-04-04`, or a date-time whose date part is taken as written); a Date — what YAML 1.1
 * parsers make of an unquoted `2024-04-04`, at UTC midnight — is read by its UTC fields, so it
 * never shifts to the day before west of UTC. Returns null for anything else.
 */
export function parseCalendarDate(value: unknown): CalendarDate | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : calendarDateOf(value);
  }
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value.trim());
  if (match === null) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date) ? date : null;
}

/**
 * `date` plus an interval by calendar arithmetic: days and weeks count days; months and years
 * keep the day of the month, clamped to the target month's last day (Jan 31 + 1 month = Feb 28
 * or 29; Feb 29 + 1 year = Feb 28).
 */
export function addInterval(
  date: CalendarDate,
  interval: Interval,
  sign: 1 | -1 = 1,
): CalendarDate {
  const n = interval.amount * sign;
  switch (interval.unit) {
    case 'day':
      return fromDayNumber(dayNumber(date) + n);
    case 'week':
      return fromDayNumber(dayNumber(date) + 7 * n);
    case 'month':
    case 'year': {
      const months = interval.unit === 'year' ? 12 * n : n;
      const index = date.year * 12 + (date.month - 1) + months;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
    }
  }
}

/** b − a in days. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}
