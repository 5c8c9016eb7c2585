// Bundles the CLI into one file (fast start for the pre-commit hook) with the built-in rule
// packs embedded as data, so the bundle reads no YAML at start-up.
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions, root } from './packs.mjs';

await build({
  ...bundleOptions(),
  entryPoints: [join(root, 'src/cli/index.ts')],
  outfile: join(root, 'dist/cli.js'),
});

// The scan worker (worker threads for large directory scans) is its own small bundle: the CLI
// does not carry it, and a worker does not load the CLI. It needs no rule packs: the CLI
// passes the resolved rules.
await build({
  ...bundleOptions({ packs: false }),
  entryPoints: [join(root, 'src/cli/scan-worker.ts')],
  outfile: join(root, 'dist/scan-worker.js'),
});
