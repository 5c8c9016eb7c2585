/**
 * Issue 17 acceptance: lines that once kept `mandate scan --staged` busy for seconds to hours
 * (the generic rule's exponential allowlist regex) are judged at once, in a real git repository
 * through the built CLI, "well under a second each": the CLI's own scan time (stats.durationMs,
 * without Node's start) stays under a second, and the rules alone, run in this process without
 * the CLI's V8 backtracking fallback, take a small fraction of that. The old allowlist regex
 * took 14 s on 28 letters, so neither bound is near the noise of a loaded machine.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileRules } from '../../src/core/secret/compile.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import type { ChangedFile } from '../../src/core/types.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { makeRepo, type TestRepo } from '../support/git.js';
import { ensureBuilt, type JsonReport, mandate, parseJson } from './helpers.js';

beforeAll(() => {
  ensureBuilt();
});

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

/** Lower-case letters that vary (so the value has entropy), `n` of them. */
function letters(n: number): string {
  const abc = 'qwertyuiopasdfghjklzxcvbnm';
  let out = '';
  for (let i = 0; i < n; i++) out += abc[(i * 7 + Math.floor(i / 26)) % 26];
  return out;
}

const LINES: [string, string][] = [];
for (const n of [32, 64, 180]) {
  LINES.push([`password line, ${n} letters then a digit`, `password = "${letters(n)}1"\n`]);
  LINES.push([`DB_TOKEN line, ${n} letters then a digit`, `DB_TOKEN: ${letters(n)}1\n`]);
}
LINES.push([
  'the AI-gateway line (125 s in the hook)',
  '  s3EncryptionKeyId: providerOptions.awsServerSideEncryptionKMSKeyId,\n',
]);

describe('mandate scan --staged on lines that used to backtrack', () => {
  it.each(LINES)(
    '%s is judged at once',
    (_name, line) => {
      repo = makeRepo();
      repo.commit('init', { 'README.md': '# app\n' });
      repo.write('config/app.yml', line);
      repo.git('add', 'config/app.yml');
      const result = mandate(repo.dir, ['scan', '--staged', '--format', 'json']);
      expect(result.stderr).not.toMatch(/internal error/);
      const report = parseJson<JsonReport>(result.stdout);
      expect(report.stats.files).toBe(1);
      // Nothing blocks: a long lower-case value is at most a generic warning; nothing is incomplete.
      expect(report.findings.filter((f) => f.blocking)).toEqual([]);
      expect(report.findings.some((f) => f.ruleId === 'scan/incomplete')).toBe(false);
      expect(result.status).toBe(0);
      expect(report.stats.durationMs).toBeLessThan(1_000);
    },
    30_000,
  );
});

describe('the built-in rules on those lines, in process (no V8 fallback engine)', () => {
  const compiled = compileRules(
    builtinPacks().flatMap((pack) => pack.rules),
    { allowlist: { paths: [], regexes: [], stopwords: [] }, overrides: {} },
  );
  it.each(LINES)('%s takes milliseconds', (_name, line) => {
    const file: ChangedFile = {
      path: 'config/app.yml',
      status: 'added',
      hunks: [{ startLine: 1, text: line }],
      size: line.length,
      lines: 1,
      binary: false,
    };
    scanFile(file, compiled); // warm up: compile the regexes once
    const start = performance.now();
    const findings = scanFile(file, compiled);
    const ms = performance.now() - start;
    expect(findings.filter((f) => f.blocking)).toEqual([]);
    expect(ms).toBeLessThan(500);
  });
});
