import type { RulePack } from '../core/rule-spec.js';

/**
 * The built-in rule packs (rules/*.yml) as one JSON string, from scripts/packs.mjs at build
 * time: read from dist/data/packs.json on first use in the CLI bundle (scripts/cli-data.mjs),
 * embedded by esbuild `define` in the Action's bundle (and by vitest.config.ts for the tests).
 * Nothing reads YAML at start-up, and JSON text costs far less to load than the same data as an
 * object literal (about 10 ms less on every start, measured), or as a string literal in the code
 * (about 4 ms less).
 */
declare const __MANDATE_PACKS__: string;

/** The built-in rule packs (rules/*.yml); `recommended` is the default. */
export function builtinPacks(): RulePack[] {
  // A fresh copy per call: a pack is data a config may extend, never shared mutable state.
  return JSON.parse(__MANDATE_PACKS__) as RulePack[];
}
