import { defineConfig } from 'vitest/config';
import { packDefines } from './scripts/packs.mjs';

export default defineConfig({
  // The built-in rule packs and their regex analysis, embedded as the bundles embed them
  // (scripts/packs.mjs).
  define: packDefines(),
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The default on two cores is one worker: the suite then runs file after file (about 500 s).
    // Most e2e files wait on the git and node processes they start, so three workers keep two
    // cores busy (about 265 s on the CI machine).
    maxWorkers: 3,
  },
});
