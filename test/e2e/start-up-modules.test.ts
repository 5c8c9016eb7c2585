/**
 * What the built CLI loads at start: the code a plain scan and the pre-commit hook run statically
 * imports, and what only some runs need sits in chunks loaded on demand (scripts/build.mjs). Read
 * from the bundle itself: the static imports of dist/cli.js and of the chunks a hook run imports,
 * and the package.json in each of its folders (scripts/build.mjs says why).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt } from './helpers.js';

beforeAll(ensureBuilt);

const STATIC_IMPORT = /^(?:import|export)\s[^;]*?["'](\.{1,2}\/[^"']+)["'];?$/gm;
const DYNAMIC_IMPORT = /import\(["'](\.{1,2}\/[^"']+)["']\)/g;

/** Every file `entry` loads before it runs (its static imports, transitively). */
function staticClosure(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    for (const [, spec] of text.matchAll(STATIC_IMPORT)) queue.push(join(dirname(file), spec!));
  }
  return files;
}

/** The chunk `from` imports on demand whose name starts with `name-`. */
function dynamicChunk(from: string, name: string): string {
  const text = readFileSync(from, 'utf8');
  const specs = [...text.matchAll(DYNAMIC_IMPORT)].map(([, spec]) => spec!);
  const spec = specs.find((s) => s.split('/').pop()!.startsWith(`${name}-`));
  if (spec === undefined) throw new Error(`${from} imports no ${name} chunk on demand`);
  return join(dirname(from), spec);
}

/** The bundled yaml package (esbuild names each bundled module's path in a comment). */
const YAML_PARSER = /^\/\/ .*node_modules\/yaml\//m;

function loadsYaml(files: Map<string, string>): string[] {
  return [...files].filter(([, text]) => YAML_PARSER.test(text)).map(([file]) => file);
}

/** The files of the bundle that hold the bundled npm package `name`. */
function holding(files: Map<string, string>, name: string): string[] {
  const marker = new RegExp(`^// .*node_modules/${name}/`, 'm');
  return [...files].filter(([, text]) => marker.test(text)).map(([file]) => file);
}

describe('modules loaded at start', () => {
  it('a scan without a config loads no YAML parser', () => {
    expect(loadsYaml(staticClosure(CLI))).toEqual([]);
  });

  it('ships the built-in rules as JSON beside the bundle, without their examples (only the tests read them)', () => {
    const packs = readFileSync(join(dirname(CLI), 'data', 'packs.json'), 'utf8');
    expect(packs).toContain('"id":"secret/aws-access-key-id"');
    expect(packs).toContain('"remediation":');
    expect(packs).not.toContain('"examples":');
    // Read from there on first use (scripts/cli-data.mjs), not carried as a literal in the code.
    const code = [...staticClosure(CLI).values()].join('\n');
    expect(code).not.toContain('secret/aws-access-key-id');
    expect(code).not.toContain('"examples":');
  });

  it('marks every folder of the bundle as ES modules, so Node reads no package.json above it', () => {
    for (const dir of [dirname(CLI), join(dirname(CLI), 'chunks')]) {
      expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toEqual({
        type: 'module',
      });
    }
  });

  it('the hook preview of required reviews loads the YAML parser only to evaluate some', () => {
    const preview = dynamicChunk(CLI, 'review-preview');
    expect(loadsYaml(staticClosure(preview))).toEqual([]);
    // The evaluation (structured content patterns parse YAML) is its own chunk, loaded on demand.
    expect(loadsYaml(staticClosure(dynamicChunk(preview, 'evaluate'))).length).toBeGreaterThan(0);
  });

  it('a scan and the hook load the .gitignore matcher only when a walk meets a .gitignore', () => {
    expect(holding(staticClosure(CLI), 'ignore')).toEqual([]);
  });

  it('libphonenumber comes with the first data file, its metadata as JSON parsed on first use', () => {
    expect(holding(staticClosure(CLI), 'libphonenumber-js')).toEqual([]);
    const chunks = join(dirname(CLI), 'chunks');
    const [phone, ...more] = readdirSync(chunks).filter((name) => name.startsWith('phone-check-'));
    expect(more).toEqual([]);
    // Its code only: the metadata is JSON beside the bundle (scripts/cli-data.mjs), not the
    // package's object literal (`country_calling_codes: {`).
    const text = readFileSync(join(chunks, phone!), 'utf8');
    expect(text).not.toMatch(/\bcountry_calling_codes: \{/);
    expect(text).not.toContain('"country_calling_codes"');
    const metadata = readFileSync(join(dirname(CLI), 'data', 'phone-metadata.json'), 'utf8');
    expect(JSON.parse(metadata)).toHaveProperty('countries.US');
  });
});
