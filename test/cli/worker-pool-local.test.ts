/**
 * With `local`, the main thread scans files beside the workers (src/cli/worker-pool.ts):
 * `--jobs 2` is one worker and this thread, not two workers beside an idle one. Every file
 * is still tallied once, in listing order, exactly as an in-process scan tallies it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  claimNext,
  scanWithWorkers,
  type WorkerInit,
  workerCount,
} from '../../src/cli/worker-pool.js';
import {
  type FileOutcome,
  fileOutcome,
  filePass,
  newTally,
  tallyFile,
} from '../../src/core/engine.js';
import { compileRules } from '../../src/core/secret/compile.js';
import type { Listed } from '../../src/sources/paths.js';
import { loadFileParts } from '../../src/sources/paths.js';
import { ensureBuilt, ROOT } from '../e2e/helpers.js';
import { GITHUB_TEST_SPEC, ghToken } from '../engine/helpers.js';

const FILES = 400;

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'mandate-pool-local-'));
  for (let f = 0; f < FILES; f++) {
    const name = `f${String(f).padStart(3, '0')}.ts`;
    writeFileSync(join(dir, name), f % 3 === 0 ? `const t${f} = "${ghToken()}";\n` : `x${f}\n`);
  }
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the main thread as one of the jobs', () => {
  test('--jobs N starts N - 1 workers', () => {
    const items = [{ path: 'a' }, { path: 'b' }, { path: 'c' }];
    expect(workerCount(dir, items, 1 << 20, {}, 1)).toBe(0);
    expect(workerCount(dir, items, 1 << 20, {}, 2)).toBe(1);
    expect(workerCount(dir, items, 1 << 20, {}, 3)).toBe(2);
    expect(workerCount(dir, items, 1 << 20, {}, 9)).toBe(3);
  });

  test('claimNext hands out every file once, skipping one another thread already owns', () => {
    const next = new Int32Array(new SharedArrayBuffer(4));
    const owner = new Int32Array(new SharedArrayBuffer(4 * 5));
    // A replacement worker took over index 2 (claimed by a worker that was terminated).
    owner[2] = 9;
    const got: [number, number][] = [];
    for (let turn = 0; ; turn++) {
      const id = 1 + (turn % 2);
      const index = claimNext(next, owner, id);
      if (index < 0) break;
      got.push([index, id]);
    }
    expect(got).toEqual([
      [0, 1],
      [1, 2],
      [3, 1],
      [4, 2],
    ]);
    expect([...owner]).toEqual([1, 2, 9, 1, 2]);
    expect(claimNext(next, owner, 1)).toBe(-1);
  });

  test('scans files here and in the worker, tallying every file once in listing order', async () => {
    const init: WorkerInit = {
      specs: [GITHUB_TEST_SPEC],
      allowlist: { paths: [], regexes: [], stopwords: [] },
      overrides: {},
      root: dir,
      maxFileSize: 1 << 20,
    };
    const rules = compileRules(init.specs, { allowlist: init.allowlist, overrides: {} });
    const items: Listed[] = [];
    for (let f = 0; f < FILES; f++) items.push({ path: `f${String(f).padStart(3, '0')}.ts` });
    let here = 0;
    // Files are taken from a shared counter: this thread is slowed down (10 ms a file) so
    // that the worker, which needs a moment to start, surely takes part.
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const local = (item: Listed): FileOutcome | null => {
      here++;
      Atomics.wait(pause, 0, 0, 10);
      let outcome: FileOutcome | null = null;
      for (const file of loadFileParts(dir, item, init.maxFileSize)) {
        outcome = fileOutcome(file, filePass(rules));
      }
      return outcome;
    };
    const pooled = newTally();
    await scanWithWorkers(
      items,
      init,
      1,
      pooled,
      join(ROOT, 'dist', 'scan-worker.js'),
      undefined,
      local,
    );
    const alone = newTally();
    for (const item of items) {
      for (const file of loadFileParts(dir, item, init.maxFileSize))
        tallyFile(alone, file, filePass(rules));
    }
    // Both threads did part of the work, and together exactly the in-process scan's.
    expect(here).toBeGreaterThan(0);
    expect(here).toBeLessThan(FILES);
    expect(pooled.raw.map((f) => [f.path, f.line])).toEqual(alone.raw.map((f) => [f.path, f.line]));
    expect(pooled.raw.length).toBe(Math.ceil(FILES / 3));
    expect(pooled.bytes).toBe(alone.bytes);
  }, 30_000);
});
