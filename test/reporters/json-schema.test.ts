/**
 * The `--format json` contract as a JSON Schema (schema/report.schema.json, linked from the
 * README): every report the reporter makes from a concluded result — each kind of reason among
 * them — validates, and the schema refuses what the contract does not have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { conclude } from '../../src/core/decision.js';
import type { Evaluation, Explanation, Finding } from '../../src/core/types.js';
import { toJsonReport } from '../../src/reporters/json.js';
import { blockResult, passResult } from './fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

const CI = { mode: 'ci' as const, now: new Date('2026-12-07T00:00:00Z') };

function evaluation(findings: Finding[], explanations: Explanation[] = []): Evaluation {
  const { decision: _d, reasons: _r, unblock: _u, why: _w, ...rest } = blockResult();
  return { ...rest, findings, explanations };
}

const secrets = blockResult().findings;
const warning = { ...secrets[3]!, blocking: false };
const incomplete: Finding = {
  ruleId: 'scan/incomplete',
  kind: 'scan',
  severity: 'high',
  path: 'data/locked.bin',
  line: 1,
  endLine: 1,
  column: 1,
  message: 'data/locked.bin could not be read (no permission to read it).',
  redacted: '',
  fingerprint: 'scan/incomplete:data/locked.bin',
  blocking: true,
};
const review: Explanation = {
  kind: 'review-required',
  ruleId: 'review/security-team',
  status: 'pending',
  blocking: true,
  sentence: 'review/security-team: needs an approval from @acme/security.',
  unblock: 'Ask a member of @acme/security to approve the head commit.',
};
const breakGlass: Explanation = {
  kind: 'break-glass',
  by: 'ada',
  at: '2026-12-06T10:00:00Z',
  reason: 'Incident 42: the fix must ship now.',
  waived: ['review/security-team'],
};

const CASES: [string, Evaluation][] = [
  ['no findings', evaluation([])],
  ['warnings only', evaluation([warning])],
  ['blocking secrets, a history finding among them', evaluation(secrets)],
  ['an incomplete scan', evaluation([incomplete])],
  ['a review requirement and a break-glass', evaluation([], [breakGlass, review])],
];

describe('schema/report.schema.json', () => {
  it.each(CASES)('validates the report of %s', (_label, input) => {
    const report = toJsonReport(conclude(input, CI));
    expect(report.reasons?.length).toBeGreaterThan(0);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names every kind of reason the decision gives', () => {
    const kinds = new Set(
      CASES.flatMap(([, input]) =>
        (toJsonReport(conclude(input, CI)).reasons ?? []).map((r) => r.kind),
      ),
    );
    const inSchema = schema.$defs.reason.oneOf.map(
      (branch: { properties: { kind: { const: string } } }) => branch.properties.kind.const,
    );
    expect([...kinds].sort()).toEqual([...inSchema].sort());
  });

  it('validates a report with inline-allowed findings, and one made by hand without reasons', () => {
    const allowed = {
      ...secrets[2]!,
      allow: { marker: 'mandate:allow' as const, reason: 'test fixture' },
    };
    const concluded = conclude({ ...evaluation([]), allowed: [allowed] }, CI);
    expect(validate(toJsonReport(concluded)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(toJsonReport(passResult()))).toBe(true);
  });

  it('refuses a key the contract does not have, and a reason of an unknown kind', () => {
    const report = toJsonReport(conclude(evaluation(secrets), CI));
    expect(validate({ ...report, extra: true })).toBe(false);
    expect(validate({ ...report, findings: [{ ...report.findings[0], secret: 'x' }] })).toBe(false);
    expect(validate({ ...report, reasons: [{ kind: 'made-up' }] })).toBe(false);
  });
});
