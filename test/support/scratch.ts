/**
 * Temporary git repositories and folders for a test file, removed after each test. Call once at
 * the top of the file: it registers the `afterEach` that cleans up.
 */
import { afterEach } from 'vitest';
import { makeRepo, makeTempDir, type TestRepo } from './git.js';

export interface Scratch {
  /** A fresh repository (main branch, a test identity), removed after the test. */
  repo(): TestRepo;
  /** A fresh folder, removed after the test. */
  tempDir(prefix?: string): string;
  /** Runs `cleanup` after the test, with the others. */
  track(cleanup: () => void): void;
}

export function scratch(): Scratch {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
  return {
    repo() {
      const r = makeRepo();
      cleanups.push(r.cleanup);
      return r;
    },
    tempDir(prefix = 'mandate-e2e-') {
      const { dir, cleanup } = makeTempDir(prefix);
      cleanups.push(cleanup);
      return dir;
    },
    track(cleanup) {
      cleanups.push(cleanup);
    },
  };
}
