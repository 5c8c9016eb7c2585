/**
 * Issue 9.7: a `.gitattributes` in the scanned change must not hide its own files from the
 * scan. Without `--text`, `*.py binary` (or `-diff`, or a `diff=` driver configured as binary
 * or with a textconv that prints nothing) makes git print "Binary files differ" and the secret
 * in the file is never seen. Each scope that asks git for a patch (--diff, --history, --staged)
 * is tried with each attribute.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/core/types.js';
import { diffSource } from '../../src/sources/diff.js';
import { historySource } from '../../src/sources/history.js';
import { stagedSource } from '../../src/sources/staged.js';
import { compose } from '../support/compose.js';
import { collect, makeRepo, type TestRepo } from '../support/git.js';

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

const MAX = 1 << 20;

const ATTRIBUTES = [
  '*.py binary',
  '*.py -diff',
  '*.py diff=hide',
  '* -text -diff linguist-generated',
] as const;

/**
 * A repository whose own config would help the attack too: the `hide` driver is binary, has a
 * textconv that prints nothing and an external command (none of which may run).
 */
function attackedRepo(attributes: string): { r: TestRepo; base: string; key: string } {
  const r = makeRepo();
  r.git('config', 'diff.hide.binary', 'true');
  r.git('config', 'diff.hide.textconv', 'true');
  r.git('config', 'diff.hide.command', 'true');
  r.git('config', 'diff.external', 'true');
  const base = r.commit('init', { 'README.md': '# app\n' });
  const key = compose('{{github:ghp_}}', 9);
  r.write('.gitattributes', `${attributes}\n`);
  r.write('deploy.py', `import os\nTOKEN = "${key}"\n`);
  r.git('add', '.');
  return { r, base, key };
}

function keyFile(files: ChangedFile[], key: string): ChangedFile | undefined {
  const file = files.find((f) => f.path === 'deploy.py');
  expect(file, 'deploy.py is listed').toBeDefined();
  expect(file?.skipped).toBeUndefined();
  expect(file?.binary).toBe(false);
  expect(file?.hunks.map((h) => h.text).join('\n')).toContain(key);
  expect(file?.hunks[0]?.startLine).toBe(1);
  return file;
}

describe('.gitattributes in the change cannot mark its own files binary (9.7)', () => {
  it.each(ATTRIBUTES)('--staged still reads deploy.py under `%s`', async (attributes) => {
    const made = attackedRepo(attributes);
    repo = made.r;
    keyFile(await collect(stagedSource({ repoRoot: repo.dir, maxFileSize: MAX }).files), made.key);
  });

  it.each(ATTRIBUTES)('--diff still reads deploy.py under `%s`', async (attributes) => {
    const made = attackedRepo(attributes);
    repo = made.r;
    repo.commit('add deploy script');
    const files = await collect(
      diffSource({ repoRoot: repo.dir, range: `${made.base}..HEAD`, maxFileSize: MAX }).files,
    );
    keyFile(files, made.key);
  });

  it.each(ATTRIBUTES)('--history still reads deploy.py under `%s`', async (attributes) => {
    const made = attackedRepo(attributes);
    repo = made.r;
    const sha = repo.commit('add deploy script');
    const file = keyFile(
      await collect(historySource({ repoRoot: repo.dir, maxFileSize: MAX }).files),
      made.key,
    );
    expect(file?.commit?.sha).toBe(sha);
  });

  it('a file that is binary by content is still skipped as binary', async () => {
    repo = makeRepo();
    const base = repo.commit('init', { 'README.md': '# app\n' });
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x0a, 0x00, 0x01, 0x02, 0x0a,
    ]);
    repo.commit('logo', { 'logo.png': png, 'notes.txt': 'plain text\n' });
    const files = await collect(
      diffSource({ repoRoot: repo.dir, range: `${base}..HEAD`, maxFileSize: MAX }).files,
    );
    expect(files.map((f) => [f.path, f.skipped ?? null, f.binary])).toEqual([
      ['logo.png', 'binary', true],
      ['notes.txt', null, false],
    ]);
  });
});
