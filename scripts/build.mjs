// Bundles the CLI (dist/cli.js) and the scan worker (dist/scan-worker.js) with the built-in rule
// packs embedded as data, so nothing reads YAML at start-up. One build with code splitting: the
// code both use lives in shared chunks (dist/chunks/), and what a plain scan does not need — the
// YAML parser and config validator (only when a .mandate.yml exists), `init`, the policy
// register, the review preview, the SARIF and Markdown reporters — is in chunks loaded on
// demand, so the pre-commit hook and a directory scan start faster.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions, root } from './packs.mjs';

const outdir = join(root, 'dist');
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
