/**
 * `mandate scan .` on this repository passes with zero findings: test fixtures compose their
 * fake secrets at run time, so a secret-shaped literal committed anywhere fails CI here.
 */
import { beforeAll, expect, it } from 'vitest';
import { ensureBuilt, mandate, parseJson, ROOT } from './helpers.js';

beforeAll(() => ensureBuilt(), 120_000);

it('mandate scan . on this repository exits 0 with zero findings', () => {
  const out = mandate(ROOT, ['scan', '.', '--format', 'json']);
  const report = parseJson(out.stdout);
  const findings = report.findings.map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.redacted}`);
  expect(findings).toEqual([]);
  expect(out.status).toBe(0);
  expect(report.decision).toBe('pass');
  // It really scanned the repository (sources, tests, rule packs), not an empty set.
  expect(report.stats.files).toBeGreaterThan(50);
});
