/**
 * A built-in pack may be split: scripts/packs.mjs appends the rules of every
 * rules/<pack>.d/*.yml part, in file-name order, to rules/<pack>.yml, and the bundles, vitest
 * and docs/rules.md all read that one merged list. Checked on the real packs and on a
 * scratch `rules/` folder.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readPacks } from '../../scripts/packs.mjs';
import { builtinPacks } from '../../src/rules/packs.js';
import { scratch } from '../support/scratch.js';

const tmp = scratch();

function idsOf(path: string): string[] {
  const data = parse(readFileSync(path, 'utf8')) as { rules?: { id: string }[] };
  return (data.rules ?? []).map((rule) => rule.id);
}

describe('pack parts', () => {
  test('the recommended pack is rules/recommended.yml followed by its parts, in order', () => {
    const parts = readdirSync('rules/recommended.d')
      .filter((name) => name.endsWith('.yml'))
      .sort();
    expect(parts.length).toBeGreaterThan(0);
    const expected = [
      ...idsOf('rules/recommended.yml'),
      ...parts.flatMap((name) => idsOf(join('rules/recommended.d', name))),
    ];
    const recommended = builtinPacks().find((pack) => pack.name === 'recommended');
    expect(recommended?.rules.map((rule) => rule.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(250);
  });

  test('merges the parts of a scratch pack and leaves a pack without parts alone', () => {
    const base = tmp.tempDir('mandate-packs-');
    const rule = (id: string) => `  - id: ${id}\n    title: T\n`;
    mkdirSync(join(base, 'rules', 'one.d'), { recursive: true });
    writeFileSync(join(base, 'rules', 'one.yml'), `name: one\nrules:\n${rule('secret/a')}`);
    writeFileSync(join(base, 'rules', 'one.d', '20-c.yml'), `rules:\n${rule('secret/c')}`);
    writeFileSync(join(base, 'rules', 'one.d', '10-b.yml'), `rules:\n${rule('secret/b')}`);
    writeFileSync(join(base, 'rules', 'one.d', 'notes.txt'), 'not a part');
    writeFileSync(join(base, 'rules', 'two.yml'), `name: two\nrules:\n${rule('secret/d')}`);
    const packs = readPacks(base);
    expect(packs.map((pack) => [pack.name, pack.rules.map((r) => r.id)])).toEqual([
      ['one', ['secret/a', 'secret/b', 'secret/c']],
      ['two', ['secret/d']],
    ]);
  });

  test('a part without a rules list fails naming the file', () => {
    const base = tmp.tempDir('mandate-packs-');
    mkdirSync(join(base, 'rules', 'one.d'), { recursive: true });
    writeFileSync(join(base, 'rules', 'one.yml'), 'name: one\nrules: []\n');
    writeFileSync(join(base, 'rules', 'one.d', 'bad.yml'), 'name: oops\n');
    expect(() => readPacks(base)).toThrow(/rules[/\\]one\.d[/\\]bad\.yml: .*"rules" list/);
  });
});
