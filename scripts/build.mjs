// Bundles the CLI into one file (fast start for the pre-commit hook) with the built-in rule
// packs embedded as data, so the bundle reads no YAML at start-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { readPacks, root } from './packs.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

export { readPacks };

const packs = readPacks();
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    __MANDATE_PACKS__: JSON.stringify(packs),
    __MANDATE_VERSION__: JSON.stringify(pkg.version),
  },
  // Bundled CommonJS dependencies may call require(); give them one.
  banner: {
    js: "import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);",
  },
};

await build({
  ...common,
  entryPoints: [join(root, 'src/cli/index.ts')],
  outfile: join(root, 'dist/cli.js'),
  minifySyntax: true,
});

// The scan worker (worker threads for large directory scans) is its own small bundle: the CLI
// does not carry it, and a worker does not load the CLI. It needs no rule packs: the CLI
// passes the resolved rules.
await build({
  ...common,
  define: { __MANDATE_PACKS__: 'undefined', __MANDATE_VERSION__: JSON.stringify(pkg.version) },
  entryPoints: [join(root, 'src/cli/scan-worker.ts')],
  outfile: join(root, 'dist/scan-worker.js'),
  minifySyntax: true,
});
