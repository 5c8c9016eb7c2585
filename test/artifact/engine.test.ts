/**
 * The guardrail families in the engine's one pass (core/guardrails.ts): findings for skipped
 * binary files with their first bytes, personal data in data files only, rules listed,
 * disable honoured, the raw values never in the result. Pure: an in-memory change set.
 */
import { describe, expect, it } from 'vitest';
import { scanChangeSet } from '../../src/core/engine.js';
import {
  compileGuardrails,
  DEFAULT_ARTIFACT_CONFIG,
  DEFAULT_PERSONAL_DATA_CONFIG,
} from '../../src/core/guardrails.js';
import { compileRules } from '../../src/core/secret/compile.js';
import type { ChangedFile } from '../../src/core/types.js';
import { changeSetOf } from '../engine/helpers.js';
import { customers } from '../pii/generate.js';

function engine(disabled: string[] = []) {
  const secrets = compileRules([], {
    allowlist: { paths: [], regexes: [], stopwords: [] },
    overrides: {},
  });
  const guardrails = compileGuardrails({
    artifacts: DEFAULT_ARTIFACT_CONFIG,
    personalData: DEFAULT_PERSONAL_DATA_CONFIG,
    disabled,
    gitattributes: 'lfs/** filter=lfs\n',
  });
  return { rules: secrets, families: guardrails.families };
}

async function scan(files: ChangedFile[], disabled: string[] = []) {
  return scanChangeSet(
    changeSetOf(files, 'staged', 'test'),
    { ...engine(disabled), failOn: 'high', ignore: [], baseline: new Set() },
    { mode: 'hook', now: new Date(0) },
  );
}

const gguf = new Uint8Array([0x47, 0x47, 0x55, 0x46, 3, 0, 0, 0, 0, 0]);
const binary = (path: string, head: Uint8Array): ChangedFile => ({
  path,
  status: 'added',
  hunks: [],
  size: 2_000_000_000,
  lines: 0,
  binary: true,
  skipped: 'binary',
  head,
  headWhole: false,
});
const text = (path: string, body: string): ChangedFile => ({
  path,
  status: 'added',
  hunks: [{ startLine: 1, text: body }],
  size: body.length,
  lines: body.split('\n').length,
  binary: false,
});

describe('guardrails in the engine', () => {
  it('judges a skipped binary file by its bytes, and an LFS-tracked one on disk not at all', async () => {
    // On disk (a directory scan, `unchanged`) Git LFS has replaced the pointer by the file.
    const onDisk = { ...binary('lfs/llama.gguf', gguf), status: 'unchanged' as const };
    const result = await scan([binary('out/llama.q4', gguf), onDisk]);
    expect(result.findings.map((f) => [f.ruleId, f.path, f.blocking])).toEqual([
      ['artifact/model-weights', 'out/llama.q4', true],
    ]);
    expect(result.findings[0]?.message).toContain('1.9 GiB');
    expect(result.decision).toBe('block');
    expect(result.stats.skipped).toEqual({ binary: 2 });
    expect(result.rules.map((r) => r.id)).toContain('personal-data/dataset');
  });

  it('judges an LFS-tracked path committed as raw bytes (not a pointer) like any other', async () => {
    const result = await scan([binary('lfs/llama.gguf', gguf)]);
    expect(result.findings.map((f) => [f.ruleId, f.path, f.blocking])).toEqual([
      ['artifact/model-weights', 'lfs/llama.gguf', true],
    ]);
    expect(result.findings[0]?.message).toContain('not an LFS pointer');
  });

  it('reads data files only, and keeps values out of the result', async () => {
    const csv = customers(30);
    const result = await scan([text('crm/export.csv', csv), text('src/users.ts', csv)]);
    expect(result.findings.map((f) => [f.ruleId, f.path, f.kind])).toEqual([
      ['personal-data/dataset', 'crm/export.csv', 'personal-data'],
    ]);
    // Phone numbers need libphonenumber (the entry point loads it): not counted here.
    expect(result.findings[0]?.redacted).toBe('30 e-mail addresses, 30 payment card numbers');
    const out = JSON.stringify(result);
    for (const value of csv.split('\n')[1]!.split(',').slice(2)) expect(out).not.toContain(value);
  });

  it('honours disable', async () => {
    const result = await scan(
      [binary('out/llama.q4', gguf), text('crm/export.csv', customers(30))],
      ['artifact/model-weights', 'personal-data/dataset'],
    );
    expect(result.findings).toEqual([]);
    expect(result.rules.map((r) => r.id)).not.toContain('artifact/model-weights');
  });

  it('judges a text file as a protocol-0 pickle when its import comes after a long harmless value', async () => {
    // A string of 600 characters, POP, then a call of posix.system: a loader runs it whatever the
    // file's name. Composed here; nothing runs it.
    const call = ['c', 'posix\nsystem\n', "(S'true'\n", 'tR.'].join('');
    const body = `S'${'a'.repeat(600)}'\n0${call}`;
    const result = await scan([text('notes.txt', body)]);
    expect(result.findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['artifact/unsafe-pickle', 'notes.txt'],
    ]);
    // Ordinary text that opens like one (an INT, a long first line) is still no pickle.
    const prose = await scan([text('README.md', `I${'n this line '.repeat(60)}\nmore\n`)]);
    expect(prose.findings).toEqual([]);
  });
});
