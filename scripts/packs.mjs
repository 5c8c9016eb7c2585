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
