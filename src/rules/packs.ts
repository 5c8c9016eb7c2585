import type { RulePack } from '../core/rule-spec.js';

/**
 * The built-in rule packs (rules/*.yml) as one JSON string, embedded at build time by esbuild
 * `define` (and by vitest.config.ts for the tests) from scripts/packs.mjs: nothing reads YAML
 * at start-up, and a JSON string costs far less to load than the same data as an object
 * literal (about 10 ms less on every start, measured).
 */
declare const __MANDATE_PACKS__: string;

/** The built-in rule packs (rules/*.yml); `recommended` is the default. */
export function builtinPacks(): RulePack[] {
  // A fresh copy per call: a pack is data a config may extend, never shared mutable state.
  return JSON.parse(__MANDATE_PACKS__) as RulePack[];
}
