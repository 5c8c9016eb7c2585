/**
 * Nothing depends on the machine's time zone. In-process: TZ is switched east and west of UTC
 * (and the switch is checked to have taken effect) around the same evaluation. Child processes:
 * the boundary suites run again under TZ=Pacific/Kiritimati (UTC+14) and America/Anchorage
 * (UTC−9/−8), where this file checks that the child really runs in that zone.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatDate, parseCalendarDate } from '../../src/core/policy/calendar.js';
import { defaultPolicyConfig, evaluatePolicy } from '../../src/core/policy/evaluate.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHILD = process.env.MANDATE_TZ_CHILD;
const original = process.env.TZ;

afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

/** Offset (minutes west of UTC, as getTimezoneOffset says) of a zone on 2025-01-15. */
const OFFSETS: Record<string, number> = { 'Pacific/Kiritimati': -840, 'America/Anchorage': 540 };

function evaluateAt(now: string, lastReviewed: string) {
  return evaluatePolicy(
    {
      path: 'policies/p.md',
      text: `---\nowner: alice\nlast_reviewed: ${lastReviewed}\nreview_interval: 1 year\n---\n`,
    },
    { config: defaultPolicyConfig(), context: { mode: 'ci', now: new Date(now) } },
  ).entry;
}

describe.skipIf(CHILD !== undefined)('in-process, with TZ switched', () => {
  it.each(Object.keys(OFFSETS))('%s gives the same statuses as UTC', (zone) => {
    const cases: [string, string][] = [
      ['2025-06-15T00:30:00Z', '2024-06-15'],
      ['2025-06-15T23:30:00Z', '2024-06-15'],
      ['2025-06-15T23:30:00Z', '"2024-06-14"'],
      ['2025-06-16T00:00:00Z', '2024-06-15'],
    ];
    process.env.TZ = 'UTC';
    expect(new Date(Date.UTC(2025, 0, 15)).getTimezoneOffset()).toBe(0);
    const utc = cases.map(([now, date]) => evaluateAt(now, date));
    process.env.TZ = zone;
    // The switch took effect: local time is now far from UTC.
    expect(new Date(Date.UTC(2025, 0, 15)).getTimezoneOffset()).toBe(OFFSETS[zone]);
    const local = cases.map(([now, date]) => evaluateAt(now, date));
    expect(local).toEqual(utc);
    expect(utc.map((e) => e.status)).toEqual(['due-soon', 'due-soon', 'stale', 'stale']);
  });

  it('reads a YAML 1.1 Date (UTC midnight) as the same day west of UTC', () => {
    process.env.TZ = 'America/Anchorage';
    const value = (parse('d: 2024-04-04', { version: '1.1' }) as { d: Date }).d;
    // What a local-time reading would get wrong:
    expect(value.getDate()).toBe(3);
    expect(formatDate(parseCalendarDate(value)!)).toBe('2024-04-04');
  });

  it.each(Object.keys(OFFSETS))(
    'the boundary suites pass in a child process with TZ=%s',
    (zone) => {
      const output = execFileSync(
        process.execPath,
        [
          join(ROOT, 'node_modules/vitest/vitest.mjs'),
          'run',
          'test/policy/evaluate.test.ts',
          'test/policy/calendar.test.ts',
          'test/policy/time-zone.test.ts',
          'test/policy/sources.test.ts',
        ],
        {
          cwd: ROOT,
          env: { ...process.env, TZ: zone, MANDATE_TZ_CHILD: zone, NO_COLOR: '1', CI: '' },
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      expect(output).toMatch(/Tests\s+\d+ passed/);
      expect(output).not.toMatch(/failed/);
    },
    120_000,
  );
});

describe.skipIf(CHILD === undefined)('in a child process', () => {
  it('really runs in the time zone it was given', () => {
    expect(process.env.TZ).toBe(CHILD);
    expect(new Date(Date.UTC(2025, 0, 15)).getTimezoneOffset()).toBe(OFFSETS[CHILD!]);
  });
});
