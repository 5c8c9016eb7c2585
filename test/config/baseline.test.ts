import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatBaseline, parseBaseline } from '../../src/config/baseline.js';
import { ConfigError } from '../../src/core/errors.js';
import type { Finding } from '../../src/core/types.js';

const hash = (s: string) => createHash('sha256').update(s).digest('hex');
const fp = (rule: string, path: string, seed: string) => `secret/${rule}:${path}:${hash(seed)}`;
const finding = (fingerprint: string, line = 1) => ({ fingerprint, line }) as Finding;

const fingerprints = [fp('b', 'src/x.ts', '1'), fp('a', 'src/y.ts', '2'), fp('a', 'src/x.ts', '3')];

describe('baseline', () => {
  it('formats hash-only, sorted, unique JSON with a trailing newline', () => {
    const text = formatBaseline([...fingerprints, fingerprints[0]!].map((f, i) => finding(f, i)));
    expect(text).toBe(
      `{\n  "version": 1,\n  "fingerprints": [\n${[...fingerprints]
        .sort()
        .map((f) => `    "${f}"`)
        .join(',\n')}\n  ]\n}\n`,
    );
    expect(text).not.toMatch(/line|time|date/i);
  });

  it('round-trips and is byte-identical whatever the input order', () => {
    const a = formatBaseline(fingerprints.map((f) => finding(f)));
    const b = formatBaseline([...fingerprints].reverse().map((f) => finding(f, 99)));
    expect(b).toBe(a);
    expect(parseBaseline(a, 'baseline.json')).toEqual(new Set(fingerprints));
    expect(formatBaseline([...parseBaseline(a, 'baseline.json')].map((f) => finding(f)))).toBe(a);
  });

  it('formats an empty baseline', () => {
    expect(formatBaseline([])).toBe('{\n  "version": 1,\n  "fingerprints": []\n}\n');
    expect(parseBaseline(formatBaseline([]), 'b.json').size).toBe(0);
  });

  it.each<[string, string, string]>([
    [
      'trailing comma',
      '{\n  "version": 1,\n  "fingerprints": [],\n}\n',
      'b.json:4:1: the baseline is not valid JSON',
    ],
    [
      'truncated',
      '{\n  "version": 1,\n  "fingerprints": [\n',
      'b.json:4:1: the baseline is not valid JSON',
    ],
    ['bare word', '{\n  "version": one\n}', 'b.json:2:14: the baseline is not valid JSON'],
    [
      'wrong version',
      '{\n  "version": 2,\n  "fingerprints": []\n}\n',
      'b.json:2: unsupported baseline version 2; expected 1',
    ],
    [
      'not an object',
      '[]',
      'b.json:1: the baseline must be a JSON object with `version` and `fingerprints`',
    ],
    [
      'fingerprints not a list',
      '{"version": 1,\n"fingerprints": {}}',
      'b.json:2: `fingerprints` must be a list of fingerprint strings',
    ],
    [
      'malformed entry',
      `{"version": 1, "fingerprints": [\n"${fingerprints[0]}",\n"secret/a:x.ts:12"\n]}`,
      'b.json:3: fingerprints[1] is not a fingerprint; expected `<ruleId>:<path>:v2-<64 hex characters>`',
    ],
    [
      'unknown key',
      '{"version": 1,\n "created": "2026-01-01", "fingerprints": []}',
      'b.json:2: unknown key `created` in the baseline; allowed keys: version, fingerprints',
    ],
  ])('%s', (_name, text, message) => {
    const attempt = () => parseBaseline(text, 'b.json');
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });
});
