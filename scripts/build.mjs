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
// dist/ is committed, so installs from the repository (a git URL, the pre-commit framework)
// need no build and no dev dependencies; a test fails when it is stale.
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions, root } from './packs.mjs';

// `--outdir DIR`: build elsewhere (the check-dist test compares that build with dist/).
const flag = process.argv.indexOf('--outdir');
const outdir = flag === -1 ? join(root, 'dist') : resolve(process.argv[flag + 1]);
rmSync(outdir, { recursive: true, force: true });
await build({
  ...bundleOptions(),
  entryPoints: {
    cli: join(root, 'src/cli/index.ts'),
    'scan-worker': join(root, 'src/cli/scan-worker.ts'),
  },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
// The format marker (see above), in each folder of the bundle.
const marker = `${JSON.stringify({ type: 'module' })}\n`;
for (const dir of [outdir, join(outdir, 'chunks')])
  writeFileSync(join(dir, 'package.json'), marker);
