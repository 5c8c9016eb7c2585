import { defineConfig } from 'vitest/config';
import { readPacks } from './scripts/packs.mjs';

export default defineConfig({
  // The built-in rule packs, embedded as the bundles embed them (scripts/packs.mjs).
  define: { __MANDATE_PACKS__: JSON.stringify(JSON.stringify(readPacks())) },
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
