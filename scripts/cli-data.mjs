// Injected into the CLI bundle by scripts/build.mjs: the large built-in data the sources read
// through `define`d constants (scripts/packs.mjs `packData`) comes from JSON files in
// dist/data/, each read on first use, instead of string literals in the bundle's code. V8 then
// neither scans nor keeps about 600 KB of literal source at every start (the packs alone:
// about 4 ms less CPU a run, measured), and libphonenumber's metadata is read only when a phone
// number is checked. The Action's one-file bundle and the tests embed them as strings.
import { readFileSync } from 'node:fs';

// This module is bundled into dist/cli.js, dist/scan-worker.js or a chunk (dist/chunks/):
// data/ is beside the entry points.
const dir = new URL(
  /\/chunks\/[^/]*$/.test(import.meta.url) ? '../data/' : './data/',
  import.meta.url,
);
const read = (name) => readFileSync(new URL(name, dir), 'utf8');

let packs;
let ruleAnalysis;
let phoneMetadata;

/** What `__MANDATE_PACKS__` and the others stand for in the CLI bundle. */
export const mandateData = {
  get packs() {
    packs ??= read('packs.json');
    return packs;
  },
  get ruleAnalysis() {
    ruleAnalysis ??= read('rule-analysis.json');
    return ruleAnalysis;
  },
  get phoneMetadata() {
    phoneMetadata ??= read('phone-metadata.json');
    return phoneMetadata;
  },
};
