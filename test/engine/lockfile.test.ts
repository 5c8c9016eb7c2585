/**
 * Issue 9.5: a file named like a lockfile switched off 23 blocking rules, in any directory.
 * Now a lockfile is decided by name and content: the name alone (no generator marker at the
 * start) relaxes nothing, and in a real lockfile the relaxed keyword rules still scan every
 * line that is not shaped like a lockfile entry. Provider-format and private-key rules always run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileRules } from '../../src/core/secret/compile.js';
import { isLockfileEntry } from '../../src/core/secret/formats.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import type { ChangedFile } from '../../src/core/types.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { mandate, parseJson } from '../e2e/helpers.js';
import { compose, composeDetailed, examplesFor } from '../support/compose.js';
import { makeRepo, type TestRepo } from '../support/git.js';

const specs = builtinPacks().flatMap((pack) => pack.rules ?? []);
const rules = compileRules(specs, {
  allowlist: { paths: [], regexes: [], stopwords: [] },
  overrides: {},
});
const ROOT = join(import.meta.dirname, '..', '..');
/** A real npm lockfile (this repository's). */
const REAL_LOCK = readFileSync(join(ROOT, 'package-lock.json'), 'utf8');

function fileOf(path: string, text: string, startLine = 1): ChangedFile {
  return {
    path,
    status: 'added',
    hunks: [{ startLine, text }],
    size: text.length,
    lines: text.split('\n').length,
    binary: false,
  };
}

/** Blocking rules that lockfiles relax (the keyword-anchored ones), with one positive example. */
const relaxed = rules.rules
  .filter((rule) => rule.blocking && !rule.lockfile)
  .map((rule) => {
    const spec = specs[rule.index]!;
    const example = examplesFor(spec, 5).find((e) => e.kind === 'positive')!;
    return { id: rule.id, example };
  });

describe('lockfiles by content', () => {
  it('relaxes the keyword rules that caused noise in lockfiles (and only those)', () => {
    expect(relaxed.length).toBeGreaterThanOrEqual(20);
    for (const { id } of relaxed)
      expect(id).not.toMatch(/private-key|github|openai|aws-access-key/);
  });

  it.each(relaxed.map((r) => [r.id, r.example] as const))(
    'a file only named like a lockfile is scanned with every rule: %s',
    (id, example) => {
      for (const name of ['package-lock.json', 'config/yarn.lock', 'deploy/go.sum', 'Cargo.lock']) {
        const ids = scanFile(fileOf(name, `${example.text}\n`), rules).map((f) => f.ruleId);
        expect(ids).toContain(id);
      }
    },
  );

  it('finds a keyword-rule secret added on a line of its own inside a real lockfile', () => {
    const lines = REAL_LOCK.split('\n');
    let hits = 0;
    let shaped = 0;
    for (const { id, example } of relaxed) {
      const line = example.text.split('\n')[example.line - 1]!;
      if (example.text.includes('\n') || isLockfileEntry(line)) {
        shaped++;
        continue;
      }
      const planted = [...lines.slice(0, 40), `      ${line}`, ...lines.slice(40)].join('\n');
      const found = scanFile(fileOf('package-lock.json', planted), rules);
      expect(found.map((f) => [f.ruleId, f.line])).toContainEqual([id, 41]);
      hits++;
    }
    expect(hits).toBeGreaterThan(shaped);
  });

  it('keeps provider-format and private-key rules on in a real lockfile', () => {
    const lines = REAL_LOCK.split('\n');
    const token = compose('{{github:ghp_}}', 9);
    const pem = compose('{{pem-escaped:PRIVATE KEY}}', 9);
    const planted = [
      ...lines.slice(0, 30),
      `      "resolved": "https://x-access-token:${token}@codeload.github.com/o/r/tar.gz/main",`,
      `      "key": "${pem}",`,
      ...lines.slice(30),
    ].join('\n');
    const found = scanFile(fileOf('package-lock.json', planted), rules).map((f) => [
      f.ruleId,
      f.line,
    ]);
    expect(found).toContainEqual(['secret/github-pat', 31]);
    expect(found).toContainEqual(['secret/private-key', 32]);
  });

  it('reports nothing in a real lockfile (hashes, URLs and versions stay quiet)', () => {
    expect(scanFile(fileOf('package-lock.json', REAL_LOCK), rules)).toEqual([]);
  });

  it.each([
    [
      '"integrity": "sha512-2jo3ZCYmOVi4Nyy7VK1YbgRwyTvSLRdEDsI7ulu7WDY7Cd9BpFe0FnSkNHxcvnCVuR7mOaX5ODEOQdgwahBkw==",',
      true,
    ],
    [
      '"resolved": "https://registry.npmjs.org/@biomejs/cli-linux-x64/-/cli-linux-x64-2.6.8.tgz",',
      true,
    ],
    ['checksum = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809"', true],
    ['github.com/pkg/errors v0.9.1 h1:FEBLx1zS214owpjy7qsBeixbURkuhQAwrK5UwLGTwt4=', true],
    [
      '  checksum: 10c0/0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
      true,
    ],
    [`"cohere_api_key": "${compose('{{alnum:40}}', 3)}",`, false],
  ])('isLockfileEntry(%s) = %s', (line, expected) => {
    expect(isLockfileEntry(line)).toBe(expected);
  });
});

describe('the CLI on a renamed secrets file (real git repository)', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('blocks --diff and a directory scan of a config named package-lock.json', () => {
    const repo: TestRepo = makeRepo();
    cleanups.push(repo.cleanup);
    repo.commit('init', { 'README.md': '# app\n' });
    const example = composeDetailed('COHERE_API_KEY={{alnum:40}}', 4);
    repo.commit('add', { 'services/api/package-lock.json': `${example.text}\n` });
    for (const args of [['--diff', 'HEAD~1..HEAD'], ['.']]) {
      const result = mandate(repo.dir, ['scan', ...args, '--format', 'json', '--mode', 'ci']);
      expect(result.status).toBe(1);
      const report = parseJson(result.stdout);
      expect(report.findings.map((f) => [f.ruleId, f.path, f.line])).toEqual([
        ['secret/cohere-api-key', 'services/api/package-lock.json', 1],
      ]);
      expect(result.stdout).not.toContain(example.generated[0]);
    }
  });
});
