/**
 * `overrides` apply to the guardrail families' rule ids as to every other rule: a severity
 * below `fail_on` or `blocking: false` makes an artifact or a personal-data finding inform
 * only; an override never makes a finding block that its family did not. Through the built CLI, on a directory.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { customers } from '../pii/generate.js';
import { scratch } from '../support/scratch.js';
import { ensureBuilt, mandate, parseJson } from './helpers.js';

const s = scratch();
beforeAll(ensureBuilt);

/** A NumPy array file: magic, version, header, 8 bytes of data. */
const npy = (): Buffer => {
  const header = "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }";
  return Buffer.concat([
    Buffer.from([0x93]),
    Buffer.from('NUMPY', 'latin1'),
    Buffer.from([1, 0, header.length, 0]),
    Buffer.from(header, 'latin1'),
    Buffer.alloc(8),
  ]);
};

function scan(config: string) {
  const dir = s.tempDir();
  writeFileSync(join(dir, '.mandate.yml'), config);
  writeFileSync(join(dir, 'dump.npy'), npy());
  writeFileSync(join(dir, 'customers.csv'), customers(60));
  const result = mandate(dir, ['scan', '.', '--format', 'json']);
  return { status: result.status, stderr: result.stderr, report: parseJson(result.stdout) };
}

describe('overrides on guardrail rule ids', () => {
  it('without overrides both files block', () => {
    const { status, report } = scan('extends: [recommended]\n');
    expect(status).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.blocking])).toEqual([
      ['personal-data/dataset', 'critical', true],
      ['artifact/data-dump', 'high', true],
    ]);
  });

  it('a severity below fail_on makes them inform, reported at that severity', () => {
    const { status, stderr, report } = scan(
      [
        'extends: [recommended]',
        'overrides:',
        '  artifact/data-dump: { severity: low }',
        '  personal-data/dataset: { severity: medium }',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.blocking])).toEqual([
      ['personal-data/dataset', 'medium', false],
      ['artifact/data-dump', 'low', false],
    ]);
    expect(status).toBe(0);
  });

  it('blocking: false informs; a small artifact the family reports without blocking stays so', () => {
    const { status, report } = scan(
      [
        'extends: [recommended]',
        'artifacts: { block_from_bytes: 1KB }',
        'overrides:',
        '  artifact/data-dump: { severity: critical, blocking: true }',
        '  personal-data/dataset: { blocking: false }',
        '',
      ].join('\n'),
    );
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.blocking])).toEqual([
      ['personal-data/dataset', 'critical', false],
      ['artifact/data-dump', 'critical', false],
    ]);
    expect(status).toBe(0);
  });
});
