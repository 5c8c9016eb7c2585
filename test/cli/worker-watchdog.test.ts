/**
 * In workers, a file that keeps a worker inside one regex past the per-file budget (where the
 * in-worker check between rules cannot run, and V8's linear fallback cannot help: the pattern
 * has a lookbehind) is reported as over budget, the worker is terminated and replaced, and
 * every other file is still scanned — never a hang.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scanWithWorkers, stuckItem, type WorkerInit } from '../../src/cli/worker-pool.js';
import { finishScan, newTally } from '../../src/core/engine.js';
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { ensureBuilt, ROOT } from '../e2e/helpers.js';
import { GITHUB_TEST_SPEC, ghToken } from '../engine/helpers.js';

const HANGS: SecretRuleSpec = {
  id: 'secret/hangs',
  title: 'Hangs',
  provider: 'custom',
  description: 'exponential, with a lookbehind (no linear fallback)',
  severity: 'high',
  keywords: ['xaaa'],
  regex: '(?<=x)(?:a|a)*b',
  remediation: '-',
};

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'mandate-watchdog-'));
  writeFileSync(join(dir, 'a.ts'), `const t = "${ghToken()}";\n`);
  writeFileSync(join(dir, 'b.txt'), `x${'a'.repeat(60)}!\n`);
  writeFileSync(join(dir, 'c.ts'), `const u = "${ghToken()}";\n`);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the worker watchdog', () => {
  test('replaces a worker stuck in one file and reports the file as incomplete', async () => {
    const init: WorkerInit = {
      specs: [GITHUB_TEST_SPEC, HANGS],
      allowlist: { paths: [], regexes: [], stopwords: [] },
      overrides: {},
      root: dir,
      maxFileSize: 1 << 20,
      fileBudgetMs: 300,
    };
    const tally = newTally(300);
    const items = ['a.ts', 'b.txt', 'c.ts'].map((path) => ({ path }));
    await scanWithWorkers(items, init, 1, tally, join(ROOT, 'dist', 'scan-worker.js'));
    expect(tally.counters.overBudget?.map((o) => o.path)).toEqual(['b.txt']);
    const rules = compileRules(init.specs, { allowlist: init.allowlist, overrides: {} });
    const result = finishScan(
      tally,
      { scope: 'paths', description: 'test' },
      { rules, failOn: 'high', ignore: [], baseline: new Set() },
      { mode: 'ci', now: new Date('2026-01-01T00:00:00Z') },
      0,
    );
    expect(result.findings.map((f) => [f.ruleId, f.path])).toEqual(
      expect.arrayContaining([
        ['secret/github-test', 'a.ts'],
        ['secret/github-test', 'c.ts'],
        ['scan/incomplete', 'b.txt'],
      ]),
    );
    expect(result.decision).toBe('block');
  }, 30_000);

  test('names the file the worker is stuck in, even when it moves on while being looked at', () => {
    const now = 100_000;
    const idle = new Float64Array([4, 0, 0]);
    expect(stuckItem(idle, now, 6_000)).toBeNull();
    expect(stuckItem(new Float64Array([4, 0, now - 1_000]), now, 6_000)).toBeNull();
    expect(stuckItem(new Float64Array([4, 0, now - 7_000]), now, 6_000)).toEqual({
      index: 4,
      ms: 7_000,
    });
    // The worker leaves item 4 (slow, but done) for item 5 between the watchdog's two reads:
    // as soon as the start time has been read, the shared slots show item 5 just started.
    const slots = new Float64Array([4, 0, now - 7_000]);
    const moving = new Proxy(slots, {
      get(target, key) {
        const value = Reflect.get(target, key);
        if (key === '2') {
          target[0] = 5;
          target[2] = now;
        }
        return value;
      },
    });
    // Item 4 is the one that took 7 s; item 5 must not be reported stuck without being scanned.
    expect(stuckItem(moving, now, 6_000)).toEqual({ index: 4, ms: 7_000 });
  });
});
