import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  addInterval,
  calendarDateOf,
  daysBetween,
  formatDate,
  parseCalendarDate,
} from '../../src/core/policy/calendar.js';
import { formatInterval, parseInterval } from '../../src/core/policy/interval.js';
import type { CalendarDate, Interval } from '../../src/core/policy/types.js';

const d = (text: string): CalendarDate => parseCalendarDate(text)!;

describe('parseCalendarDate', () => {
  it.each([
    ['2024-04-04', '2024-04-04'],
    ['2024-02-29', '2024-02-29'],
    ['  2024-04-04 ', '2024-04-04'],
    // A date-time keeps the date as written, whatever its offset.
    ['2024-04-04T23:30:00-10:00', '2024-04-04'],
    ['2024-04-04 08:00', '2024-04-04'],
  ])('%j → %s', (input, expected) => {
    expect(formatDate(d(input))).toBe(expected);
  });

  it.each([
    ['2023-02-29'],
    ['2024-13-01'],
    ['2024-04-31'],
    ['2024-4-4'],
    ['04/04/2024'],
    ['yesterday'],
    [''],
    [20240404],
    [null],
  ])('rejects %j', (input) => {
    expect(parseCalendarDate(input)).toBeNull();
  });

  it('reads a YAML 1.1 timestamp (a Date at UTC midnight) by its UTC fields', () => {
    const data = parse('last_reviewed: 2024-04-04', { version: '1.1' }) as {
      last_reviewed: unknown;
    };
    expect(data.last_reviewed).toBeInstanceOf(Date);
    expect(formatDate(parseCalendarDate(data.last_reviewed)!)).toBe('2024-04-04');
    expect(parseCalendarDate(new Date(Number.NaN))).toBeNull();
  });

  it('takes "today" as the UTC date of the clock', () => {
    expect(formatDate(calendarDateOf(new Date('2025-01-31T23:59:59Z')))).toBe('2025-01-31');
    expect(formatDate(calendarDateOf(new Date('2025-02-01T00:00:00+14:00')))).toBe('2025-01-31');
  });
});

describe('addInterval (calendar arithmetic)', () => {
  const i = (text: string): Interval => parseInterval(text)!;
  it.each([
    ['2024-01-31', '1 month', '2024-02-29'],
    ['2023-01-31', '1 month', '2023-02-28'],
    ['2024-03-31', '1 month', '2024-04-30'],
    ['2024-02-29', '1 year', '2025-02-28'],
    ['2024-02-29', '4 years', '2028-02-29'],
    ['2024-04-04', '12 months', '2025-04-04'],
    ['2024-11-15', '3 months', '2025-02-15'],
    ['2024-04-04', '90d', '2024-07-03'],
    ['2024-12-31', '1d', '2025-01-01'],
    ['2024-02-28', '1d', '2024-02-29'],
    ['2024-04-04', '2w', '2024-04-18'],
    ['2024-03-30', '1 day', '2024-03-31'],
    ['2024-10-26', '1 day', '2024-10-27'],
  ])('%s + %s = %s', (from, interval, expected) => {
    expect(formatDate(addInterval(d(from), i(interval)))).toBe(expected);
  });

  it('subtracts for the warning window', () => {
    expect(formatDate(addInterval(d('2025-03-31'), i('1 month'), -1))).toBe('2025-02-28');
    expect(formatDate(addInterval(d('2025-03-01'), i('30 days'), -1))).toBe('2025-01-30');
  });

  it('counts days between calendar dates across DST changes and leap days', () => {
    expect(daysBetween(d('2024-03-30'), d('2024-04-01'))).toBe(2);
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(daysBetween(d('2025-01-02'), d('2025-01-01'))).toBe(-1);
  });
});

describe('parseInterval', () => {
  it.each([
    ['90d', 90, 'day'],
    ['1 day', 1, 'day'],
    ['45 days', 45, 'day'],
    ['2w', 2, 'week'],
    ['12 weeks', 12, 'week'],
    ['6mo', 6, 'month'],
    ['6 months', 6, 'month'],
    ['1 month', 1, 'month'],
    ['1y', 1, 'year'],
    ['1 year', 1, 'year'],
    ['2 Years', 2, 'year'],
    ['quarterly', 3, 'month'],
    ['annually', 1, 'year'],
    ['yearly', 1, 'year'],
    ['monthly', 1, 'month'],
  ])('%j → %d %s', (text, amount, unit) => {
    expect(parseInterval(text)).toEqual({ amount, unit });
  });

  it.each([['12m'], ['0d'], ['90'], [90], ['a year'], ['1.5 years'], ['-1 year'], [''], [null]])(
    'rejects %j',
    (text) => {
      expect(parseInterval(text)).toBeNull();
    },
  );

  it('formats intervals for messages', () => {
    expect(formatInterval({ amount: 1, unit: 'year' })).toBe('1 year');
    expect(formatInterval({ amount: 90, unit: 'day' })).toBe('90 days');
  });
});
