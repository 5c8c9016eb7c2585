// Types of scripts/packs.mjs for the TypeScript files that import it (vitest.config.ts).
import type { RulePack } from '../src/core/rule-spec.js';

export const root: string;
export function readPacks(): RulePack[];
export function bundleOptions(): Record<string, unknown>;
