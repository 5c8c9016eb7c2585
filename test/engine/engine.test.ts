import { describe, expect, test } from 'vitest';
import { scanChangeSet } from '../../src/core/engine.js';
import { fingerprintOf } from '../../src/core/fingerprint.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import type { ChangedFile, Context } from '../../src/core/types.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { positiveSamples } from '../support/compose.js';
import {
  changeSetOf,
  compileTestRules,
  EMPTY_ALLOWLIST,
  fileOf,
  genericValue,
  ghToken,
  stripeTestKey,
} from './helpers.js';

const context: Context = { mode: 'local', now: new Date('2026-01-01T00:00:00Z') };

function clock(...times: number[]): () => number {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)]!;
}

describe('scanChangeSet', () => {
  test('scans, counts, post-processes and decides', async () => {
    const token = ghToken();
    const warning = genericValue();
    const commit = (sha: string) => ({
      sha,
      author: 'A',
      email: 'a@example.org',
      date: '2026-01-01',
    });
    const files: ChangedFile[] = [
      { ...fileOf('src/a.ts', `const gh = "${token}";\n`), commit: commit('c1') },
      { ...fileOf('src/b.py', `password = "${warning}"\nx = 1`), commit: commit('c2') },
      {
        ...fileOf('src/c.py', `ok = "${stripeTestKey()}"  # mandate:allow test fixture`),
        commit: commit('c1'),
      },
      fileOf('src/d.ts', `const k = "${stripeTestKey()}AllowMe";`),
      { ...fileOf('vendor/lib.js', `const gh = "${ghToken()}";`) },
      { ...fileOf('img.png', ''), hunks: [], skipped: 'binary', binary: true },
      { ...fileOf('huge.sql', ''), hunks: [], skipped: 'too-large' },
      { ...fileOf('more.bin', ''), hunks: [], skipped: 'binary', binary: true },
    ];
    const rules = compileTestRules({ allowlist: { paths: ['vendor/**'], stopwords: ['allowme'] } });
    const result = await scanChangeSet(
      changeSetOf(files),
      { rules, failOn: 'high', ignore: [], baseline: new Set(), now: clock(1000, 1250) },
      context,
    );
    expect(result.decision).toBe('block');
    expect(result.scope).toBe('paths');
    expect(result.description).toBe('test files');
    expect(result.rules).toBe(rules.infos);
    expect(result.findings.map((f) => [f.ruleId, f.path, f.line, f.blocking])).toEqual([
      ['secret/test-github', 'src/a.ts', 1, true],
      ['secret/generic-test', 'src/b.py', 1, false],
    ]);
    expect(result.findings[0]!.fingerprint).toBe(
      fingerprintOf('secret/test-github', 'src/a.ts', token),
    );
    const sizes = files.slice(0, 4).reduce((sum, f) => sum + f.size, 0);
    const lines = files.slice(0, 4).reduce((sum, f) => sum + f.lines, 0);
    expect(result.stats).toEqual({
      files: 4,
      bytes: sizes,
      lines,
      durationMs: 250,
      skipped: { binary: 2, 'too-large': 1 },
      commits: 2,
      // One allowlisted file (vendor/**) and one value with a global stopword.
      suppressed: { inline: 1, ignoreFile: 0, baseline: 0, allowlist: 2 },
    });
    // No raw secret anywhere in the result.
    const json = JSON.stringify(result);
    expect(json).not.toContain(token);
    expect(json).not.toContain(warning);
  });

  test('ignore file and baseline suppress by fingerprint; no findings passes', async () => {
    const token = ghToken();
    const other = ghToken();
    const files = [fileOf('a.ts', `t = "${token}"`), fileOf('b.ts', `t = "${other}"`)];
    const rules = compileTestRules();
    const result = await scanChangeSet(
      changeSetOf(files),
      {
        rules,
        failOn: 'high',
        ignore: [
          {
            fingerprint: fingerprintOf('secret/test-github', 'a.ts', token),
            reason: 'rotated',
            line: 1,
          },
        ],
        baseline: new Set([fingerprintOf('secret/test-github', 'b.ts', other)]),
        now: clock(0, 0),
      },
      context,
    );
    expect(result.decision).toBe('pass');
    expect(result.findings).toEqual([]);
    expect(result.stats.suppressed).toEqual({
      inline: 0,
      ignoreFile: 1,
      baseline: 1,
      allowlist: 0,
    });
    expect(result.stats.commits).toBeUndefined();
  });

  test('an empty change set passes with zero counts (default clock)', async () => {
    const before = performance.now();
    const result = await scanChangeSet(
      changeSetOf([]),
      { rules: compileTestRules(), failOn: 'high', ignore: [], baseline: new Set() },
      context,
    );
    const elapsed = performance.now() - before;
    expect(result.decision).toBe('pass');
    expect(result.stats.files).toBe(0);
    // The default clock is monotonic and the duration whole milliseconds of this call, not of
    // the process or the epoch.
    expect(Number.isInteger(result.stats.durationMs)).toBe(true);
    expect(result.stats.durationMs).toBeLessThanOrEqual(Math.ceil(elapsed));
  });
});

describe('built-in packs smoke test', () => {
  const specs = builtinPacks().flatMap((pack) => pack.rules);
  const rules = compileRules(specs, { allowlist: EMPTY_ALLOWLIST, overrides: {} });

  test('every built-in rule compiles and exposes its info (plus the derived test-fixture rule)', () => {
    // secret/private-key-test-fixture is derived from the private-key rules (key-pairing.ts).
    expect(rules.infos.length).toBe(specs.length + 1);
    expect(new Set(rules.infos.map((i) => i.id)).size).toBe(specs.length + 1);
    expect(rules.infos.map((i) => i.id)).toContain('secret/private-key-test-fixture');
  });

  test('each composed positive example is found by its rule', () => {
    const missed: string[] = [];
    for (const sample of positiveSamples(3)) {
      const found = scanFile(fileOf('src/config.ts', sample.text), rules).map((f) => f.ruleId);
      if (!found.includes(sample.ruleId)) missed.push(sample.ruleId);
    }
    expect(missed).toEqual([]);
  });

  test('plain code produces nothing', () => {
    const code = [
      "import { readFile } from 'node:fs/promises';",
      'export async function load(path: string, token: string) {',
      "  const password = process.env.DB_PASSWORD ?? '';",
      "  const url = 'https://example.org/api?key=' + token;",
      "  return JSON.parse(await readFile(path, 'utf8'));",
      '}',
    ].join('\n');
    expect(scanFile(fileOf('src/load.ts', code), rules)).toEqual([]);
  });
});
