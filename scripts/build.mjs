// Bundles the CLI (dist/cli.js) and the scan worker (dist/scan-worker.js) with the built-in rule
// packs embedded as data, so nothing reads YAML at start-up. One build with code splitting: the
// code both use lives in shared chunks (dist/chunks/), and what a plain scan does not need — the
// YAML parser and config validator (only when a .mandate.yml exists), `init`, the policy
// register, the review preview, the SARIF and Markdown reporters — is in chunks loaded on
// demand, so the pre-commit hook and a directory scan start faster.
//
// dist/package.json and dist/chunks/package.json (`"type": "module"`) tell Node each file's
// format from its own folder: without them it walks up to the root package.json for every one
// of the ~30 files a scan loads (scan --staged: ~6-10 ms less CPU per run, measured).
//
// The large built-in data — the rule packs, their regex analysis, libphonenumber's metadata —
// is written to dist/data/ as JSON and read from there on first use (scripts/cli-data.mjs
// says why); the Action's one-file bundle embeds it.
//
// dist/ is committed, so installs from the repository (a git URL, the pre-commit framework)
// need no build and no dev dependencies; a test fails when it is stale.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions, packData, root } from './packs.mjs';

/** The `define`d constants read from dist/data/: their file, and what they stand for (scripts/cli-data.mjs). */
const DATA_FILES = {
  __MANDATE_PACKS__: ['packs.json', 'mandateData.packs'],
  __MANDATE_RULE_ANALYSIS__: ['rule-analysis.json', 'mandateData.ruleAnalysis'],
  __MANDATE_PHONE_METADATA__: ['phone-metadata.json', 'mandateData.phoneMetadata'],
};

// `--outdir DIR`: build elsewhere (the check-dist test compares that build with dist/).
const flag = process.argv.indexOf('--outdir');
const outdir = flag === -1 ? join(root, 'dist') : resolve(process.argv[flag + 1]);
rmSync(outdir, { recursive: true, force: true });
const options = bundleOptions();
const data = packData(root, { examples: false });
const fromFiles = Object.fromEntries(
  Object.entries(DATA_FILES).map(([name, [, expression]]) => [name, expression]),
);
await build({
  ...options,
  define: {
    ...options.define,
    ...fromFiles,
    // Each file's length, checked when it is read (scripts/cli-data.mjs), as JSON text (esbuild
    // takes no object literal here).
    __MANDATE_DATA_LENGTHS__: JSON.stringify(
      JSON.stringify(
        Object.fromEntries(
          Object.entries(DATA_FILES).map(([name, [file]]) => [file, data[name].length]),
        ),
      ),
    ),
  },
  inject: [join(root, 'scripts/cli-data.mjs')],
  entryPoints: {
    cli: join(root, 'src/cli/index.ts'),
    'scan-worker': join(root, 'src/cli/scan-worker.ts'),
  },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
mkdirSync(join(outdir, 'data'));
for (const [name, [file]] of Object.entries(DATA_FILES)) {
  writeFileSync(join(outdir, 'data', file), data[name]);
}
// The format marker (see above), in each folder of the bundle.
const marker = `${JSON.stringify({ type: 'module' })}\n`;
for (const dir of [outdir, join(outdir, 'chunks')])
  writeFileSync(join(dir, 'package.json'), marker);
