/**
 * Reads the built-in rule packs (rules/*.yml) from the package directory. Used when running
 * from source; the bundle has the packs embedded at build time and never calls this.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ConfigError } from '../core/errors.js';
import type { RulePack } from '../core/rule-spec.js';

/** The nearest directory at or above `start` that holds a package.json. */
export function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new ConfigError(
        start,
        'cannot find the mandate package directory (no package.json above it).',
      );
    }
    dir = parent;
  }
}

/** Checks the shape of one parsed pack enough that later code can rely on it. */
export function toRulePack(data: unknown, file: string): RulePack {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(file, 'a rule pack must be a mapping with name, description and rules.');
  }
  const pack = data as Record<string, unknown>;
  if (typeof pack.name !== 'string' || pack.name === '') {
    throw new ConfigError(file, 'the rule pack has no "name".');
  }
  // A review pack (rules/reviews.yml) holds `reviews` and may have no secret `rules`.
  const reviews = Array.isArray(pack.reviews) ? (pack.reviews as RulePack['reviews']) : undefined;
  if (!Array.isArray(pack.rules) && reviews === undefined) {
    throw new ConfigError(file, `the rule pack "${pack.name}" has no "rules" list.`);
  }
  return {
    name: pack.name,
    description: typeof pack.description === 'string' ? pack.description : '',
    rules: (pack.rules ?? []) as RulePack['rules'],
    ...(reviews === undefined ? {} : { reviews }),
  };
}

/** Parses every `*.yml` file in `dir`, sorted by file name. */
export function loadPacksFrom(dir: string): RulePack[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      let data: unknown;
      try {
        data = parse(readFileSync(file, 'utf8'));
      } catch (cause) {
        throw new ConfigError(file, 'the rule pack is not valid YAML.', { cause });
      }
      return toRulePack(data, file);
    });
}

/** The packs in `<package root>/rules`, found from this module's location. */
export function loadPacksFromPackage(): RulePack[] {
  const root = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  return loadPacksFrom(join(root, 'rules'));
}
