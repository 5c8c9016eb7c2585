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
import { UnifiedDiffParser } from '../../src/sources/unified-diff.js';
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

  it('judges binary from the first added bytes, before any line of the file is kept', () => {
    const parser = new UnifiedDiffParser({ maxFileSize: 1 << 20 });
    const header = (name: string, count: number) =>
      `diff --git a/${name} b/${name}\nnew file mode 100644\n--- /dev/null\n+++ b/${name}\n@@ -0,0 +1,${count} @@\n`;
    // 2,000 lines of NUL-heavy bytes (no text), then a text file whose NUL comes after 8,000 bytes.
    const blob = Array.from({ length: 2000 }, () => `+\0\x01\x02\0\x03\0\0\x04`).join('\n');
    const late = [...Array.from({ length: 1000 }, (_, i) => `+line ${i} of text`), '+tail\0'];
    parser.write(
      `${header('blob.bin', 2000)}${blob}\n${header('notes.txt', 1001)}${late.join('\n')}\n`,
    );
    parser.end();
    const [bin, txt] = parser.take();
    expect(bin).toMatchObject({
      path: 'blob.bin',
      skipped: 'binary',
      binary: true,
      hunks: [],
      lines: 0,
    });
    expect(txt).toMatchObject({ path: 'notes.txt', binary: false, lines: 1001 });
    expect(txt?.skipped).toBeUndefined();
  });
});
