// Types of scripts/packs.mjs for the TypeScript files that import it (vitest.config.ts).
import type { RulePack } from '../src/core/rule-spec.js';

export const root: string;
/** The packs in `<base>/rules` (default: the repository's), parts merged. */
export function readPacks(base?: string): RulePack[];
export function bundleOptions(): Record<string, unknown>;
/** The `define`s embedding the packs and their rules' regex analysis (JSON strings). */
export function packDefines(base?: string): Record<string, string>;
