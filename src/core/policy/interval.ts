import type { Interval, IntervalUnit } from './types.js';

const UNITS: Record<string, IntervalUnit> = {
  d: 'day',
  day: 'day',
  days: 'day',
  w: 'week',
  wk: 'week',
  wks: 'week',
  week: 'week',
  weeks: 'week',
  mo: 'month',
  mos: 'month',
  mon: 'month',
  month: 'month',
  months: 'month',
  y: 'year',
  yr: 'year',
  yrs: 'year',
  year: 'year',
  years: 'year',
};

const WORDS: Record<string, Interval> = {
  daily: { amount: 1, unit: 'day' },
  weekly: { amount: 1, unit: 'week' },
  monthly: { amount: 1, unit: 'month' },
  quarterly: { amount: 3, unit: 'month' },
  'semi-annually': { amount: 6, unit: 'month' },
  semiannually: { amount: 6, unit: 'month' },
  annually: { amount: 1, unit: 'year' },
  annual: { amount: 1, unit: 'year' },
  yearly: { amount: 1, unit: 'year' },
};

const FORM = /^([0-9]{1,4})\s*([a-z]+)$/;

/** What an interval may look like, for messages. */
export const INTERVAL_FORMS = '`90d`, `12 weeks`, `6 months`, `1 year` or `quarterly`';

/**
 * `90d`, `90 days`, `2w`, `6 months`, `6mo`, `1 year`, `1y`, `annually`, `quarterly` → an
 * interval; null for anything else (a bare number, `m` — minutes or months? —, zero).
 */
export function parseInterval(value: unknown): Interval | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  const word = WORDS[text];
  if (word !== undefined) return { ...word };
  const match = FORM.exec(text);
  if (match === null) return null;
  const amount = Number(match[1]);
  const unit = UNITS[match[2]!];
  if (unit === undefined || amount < 1) return null;
  return { amount, unit };
}

/** `1 year`, `6 months`, `90 days`. */
export function formatInterval(interval: Interval): string {
  return `${interval.amount} ${interval.unit}${interval.amount === 1 ? '' : 's'}`;
}
