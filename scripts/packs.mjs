// The built-in rule packs (rules/*.yml) as data, for the bundles to embed: the CLI
// (scripts/build.mjs) and the Action (scripts/build-action.mjs) read no YAML at start-up.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function readPacks() {
  const dir = join(root, 'rules');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')));
}

/**
 * The esbuild options every bundle shares: one ESM file for Node 20+ with the rule packs and
 * the version embedded (`packs: false` for bundles that receive their rules at run time).
 */
export function bundleOptions({ packs = true } = {}) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    minifySyntax: true,
    define: {
      __MANDATE_PACKS__: packs ? JSON.stringify(readPacks()) : 'undefined',
      __MANDATE_VERSION__: JSON.stringify(pkg.version),
    },
    // Bundled CommonJS dependencies may call require(); give them one.
    banner: {
      js: "import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);",
    },
  };
}
