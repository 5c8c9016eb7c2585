// Types of scripts/gen-automaton-wasm.mjs for the tests that import it.
export const watPath: string;
export const output: string;
export function generate(): Promise<string>;
