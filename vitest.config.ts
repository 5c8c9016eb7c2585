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
  },
});
