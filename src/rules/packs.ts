import type { RulePack } from '../core/rule-spec.js';
import { loadPacksFromPackage } from './load-packs.js';

/** Injected by scripts/build.mjs (esbuild `define`) so the bundle reads no YAML. */
declare const __MANDATE_PACKS__: RulePack[] | undefined;

let cached: RulePack[] | undefined;

/** The built-in rule packs (rules/*.yml); `recommended` is the default. */
export function builtinPacks(): RulePack[] {
  if (cached === undefined) {
    cached = typeof __MANDATE_PACKS__ !== 'undefined' ? __MANDATE_PACKS__ : loadPacksFromPackage();
  }
  // Callers get copies: a pack is data a config may extend, never shared mutable state.
  return structuredClone(cached);
}
