/**
 * `artifacts.approved_paths` and `personal_data.approved_paths` share one semantics, as in
 * .gitignore (core/path-glob.ts): a pattern without `/` matches at any depth, one with `/` is
 * anchored at the repository root, a folder matches everything under it.
 */
import { describe, expect, it } from 'vitest';
import {
  compileGuardrails,
  DEFAULT_ARTIFACT_CONFIG,
  DEFAULT_PERSONAL_DATA_CONFIG,
} from '../../src/core/guardrails.js';
import { pathGlob } from '../../src/core/path-glob.js';
import type { ChangedFile } from '../../src/core/types.js';
import { guardrailFindings } from '../support/guardrail-findings.js';

const file = (path: string, text: string, head?: Uint8Array): ChangedFile => ({
  path,
  status: 'added',
  hunks: [{ startLine: 1, text }],
  size: head?.length ?? text.length,
  lines: text.split('\n').length,
  binary: head !== undefined,
  ...(head === undefined ? {} : { head, headWhole: true }),
});

/** A NumPy array file's first bytes (magic, version, header). */
const NPY = Buffer.concat([
  Buffer.from([0x93]),
  Buffer.from(
    "NUMPY\x01\x00v\x00{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }",
    'latin1',
  ),
]);

/** A CSV of 30 generated customers (a dataset for the personal-data family). */
const customers = (): string =>
  [
    'name,email',
    ...Array.from({ length: 30 }, (_, i) => `Customer ${i},customer${i}@${'acme-shop'}.io`),
  ].join('\n');

function findings(approved: string[], path: string, data: boolean): string[] {
  const guardrails = compileGuardrails({
    artifacts: { ...DEFAULT_ARTIFACT_CONFIG, approvedPaths: approved },
    personalData: { ...DEFAULT_PERSONAL_DATA_CONFIG, approvedPaths: approved },
    disabled: [],
  });
  const changed = data ? file(path, customers()) : file(path, '', new Uint8Array(NPY));
  return guardrailFindings(changed, guardrails).map((finding) => finding.ruleId);
}

const CASES: [pattern: string, path: string, approved: boolean][] = [
  ['*.npy', 'data/deep/x.npy', true],
  ['*.npy', 'x.npy', true],
  ['fixtures', 'src/fixtures/x.npy', true],
  ['fixtures/', 'a/fixtures/b/x.npy', true],
  ['fixtures/**', 'fixtures/x.npy', true],
  ['fixtures/**', 'src/fixtures/x.npy', false],
  ['/x.npy', 'x.npy', true],
  ['/x.npy', 'a/x.npy', false],
  ['models/fixtures', 'models/fixtures/a/x.npy', true],
  ['models/fixtures', 'src/models/fixtures/x.npy', false],
  ['**/fixtures/**', 'a/b/fixtures/x.npy', true],
];

describe('approved_paths: one gitignore-like semantics for both guardrail families', () => {
  it.each(CASES)('%s approves %s: %s', (pattern, path, approved) => {
    expect(pathGlob(pattern).match(path)).toBe(approved);
    expect(findings([pattern], path, false)).toEqual(approved ? [] : ['artifact/data-dump']);
    const csv = path.replace(/\.npy$/, '.csv');
    const glob = pattern.replace(/\.npy$/, '.csv');
    expect(findings([glob], csv, true)).toEqual(approved ? [] : ['personal-data/dataset']);
  });
});
