// Types of scripts/packs.mjs for the TypeScript files that import it (vitest.config.ts).
import type { RulePack } from '../src/core/rule-spec.js';
import type { RuleInfo } from '../src/core/types.js';

export const root: string;
/** The packs in `<base>/rules` (default: the repository's), parts merged. */
export function readPacks(base?: string): RulePack[];
/** The rules of a family other than `secret`, from rules/families/<family>.yml. */
export function readFamilyRules(family: string, base?: string): RuleInfo[];
export function bundleOptions(): Record<string, unknown>;
/**
 * The built-in data the sources read through `define`d constants, by constant name: the packs,
 * their rules' regex analysis, the policy family's rules and libphonenumber-js's metadata, each
 * as JSON text; `examples: false` leaves out the built-in rules' examples (the bundles).
 */
export function packData(base?: string, options?: { examples?: boolean }): Record<string, string>;
/** packData as `define`s embedding each text as a string literal (the Action, the tests). */
export function packDefines(
  base?: string,
  options?: { examples?: boolean },
): Record<string, string>;
