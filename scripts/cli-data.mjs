// Injected into the CLI bundle by scripts/build.mjs: the large built-in data the sources read
// through `define`d constants (scripts/packs.mjs `packData`) comes from JSON files in
// dist/data/, each read on first use, instead of string literals in the bundle's code. V8 then
// neither scans nor keeps about 600 KB of literal source at every start (the packs alone:
// about 4 ms less CPU a run, measured), and libphonenumber's metadata is read only when a phone
// number is checked. The Action's one-file bundle and the tests embed them as strings.
import { readFileSync } from 'node:fs';
import { MandateError } from '../src/core/errors.js';

// This module is bundled into dist/cli.js, dist/scan-worker.js or a chunk (dist/chunks/):
// data/ is beside the entry points.
const dir = new URL(
  /\/chunks\/[^/]*$/.test(import.meta.url) ? '../data/' : './data/',
  import.meta.url,
);

/** The length of each file as the build wrote it (scripts/build.mjs). */
const LENGTHS = JSON.parse(__MANDATE_DATA_LENGTHS__);

/**
 * A data file's text. A lost or cut-off file (an interrupted install, a copy of dist/ without
 * data/, files of two versions mixed) fails with a sentence naming it and what to do, rather
 * than an internal error or a JSON parse error naming nothing.
 */
const read = (name) => {
  const where = `dist/data/${name}`;
  const fix = "Reinstall mandate (npm install, or your hook manager's install) to restore it.";
  let text;
  try {
    text = readFileSync(new URL(name, dir), 'utf8');
  } catch (error) {
    const reason = error?.code === 'ENOENT' ? 'is missing' : `cannot be read (${error?.code})`;
    throw new MandateError(
      `the installed file ${where} ${reason}: mandate cannot run without it.`,
      {
        hint: fix,
      },
    );
  }
  if (text.length !== LENGTHS[name]) {
    throw new MandateError(
      `the installed file ${where} is damaged or from another version of mandate (${text.length} characters where the build wrote ${LENGTHS[name]}).`,
      { hint: fix },
    );
  }
  return text;
};

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
