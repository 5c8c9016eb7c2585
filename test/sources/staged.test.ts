import { chmodSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MandateError } from '../../src/core/errors.js';
import type { ChangedFile } from '../../src/core/types.js';
import { stagedSource } from '../../src/sources/staged.js';
import { collect, makeRepo, makeTempDir, type TestRepo } from '../support/git.js';

const MB = 1024 * 1024;
const posixOnly = process.platform === 'win32' ? it.skip : it;

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

async function staged(r: TestRepo, maxFileSize = MB): Promise<ChangedFile[]> {
  return collect(stagedSource({ repoRoot: r.dir, maxFileSize }).files);
}

function byPath(files: ChangedFile[], path: string): ChangedFile {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in ${files.map((f) => f.path).join(', ')}`);
  return file;
}

describe('stagedSource', () => {
  it('scans only the staged lines of a partially staged file', async () => {
    repo = makeRepo();
    repo.commit('base', { 'app.txt': 'one\ntwo\nthree\n' });
    repo.write('app.txt', 'one\nstaged-a\ntwo\nthree\nstaged-b\n');
    repo.git('add', 'app.txt');
    repo.write('app.txt', 'one\nstaged-a\ntwo\nthree\nstaged-b\nunstaged-c\n');

    const files = await staged(repo);
    expect(files).toEqual([
      {
        path: 'app.txt',
        status: 'modified',
        hunks: [
          { startLine: 2, text: 'staged-a' },
          { startLine: 5, text: 'staged-b' },
        ],
        size: 18,
        lines: 2,
        binary: false,
      },
    ]);
  });

  it('keeps contiguous added lines in one hunk with the right start line', async () => {
    repo = makeRepo();
    repo.commit('base', { 'a.txt': '1\n2\n3\n4\n' });
    repo.write('a.txt', '1\nx\ny\n2\n3\nz\n4\n');
    repo.write('src/new.ts', 'export const a = 1;\nexport const b = 2;\n');
    repo.git('add', '.');
    const files = await staged(repo);
    expect(files.map((f) => [f.path, f.status, f.hunks])).toEqual([
      [
        'a.txt',
        'modified',
        [
          { startLine: 2, text: 'x\ny' },
          { startLine: 6, text: 'z' },
        ],
      ],
      ['src/new.ts', 'added', [{ startLine: 1, text: 'export const a = 1;\nexport const b = 2;' }]],
    ]);
  });

  it('reports a rename with only its added line', async () => {
    repo = makeRepo();
    const body = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    repo.commit('base', { 'old/name.txt': body });
    mkdirSync(join(repo.dir, 'new'));
    repo.git('mv', 'old/name.txt', 'new/name.txt');
    repo.write('new/name.txt', body + 'added after rename\n');
    repo.git('add', 'new/name.txt');
    const [file, ...rest] = await staged(repo);
    expect(rest).toEqual([]);
    expect(file).toMatchObject({
      path: 'new/name.txt',
      oldPath: 'old/name.txt',
      status: 'renamed',
      hunks: [{ startLine: 11, text: 'added after rename' }],
      lines: 1,
    });
  });

  it('yields deletions, binaries and gitlinks as skipped, and reads files over max_file_size', async () => {
    repo = makeRepo();
    const sub = repo.commit('base', { 'gone.txt': 'bye\n', 'keep.txt': 'k\n' });
    repo.git('rm', '-q', 'gone.txt');
    repo.write('logo.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0]));
    repo.write('big.txt', 'x'.repeat(200) + '\n');
    repo.git('add', 'logo.bin', 'big.txt');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${sub},vendor/lib`);

    const files = await staged(repo, 100);
    expect(files.map((f) => [f.path, f.status, f.skipped, f.binary, f.hunks.length])).toEqual([
      ['big.txt', 'added', undefined, false, 1],
      ['gone.txt', 'deleted', 'deleted', false, 0],
      ['logo.bin', 'added', 'binary', true, 0],
      ['vendor/lib', 'added', 'submodule', false, 0],
    ]);
    expect(byPath(files, 'big.txt').size).toBe(201);
  });

  posixOnly('skips symlinks, and a file turned into a symlink is one modified entry', async () => {
    repo = makeRepo();
    repo.commit('base', { 'target.txt': 't\n', 'was-file.txt': 'content\n' });
    symlinkSync('target.txt', join(repo.dir, 'link.txt'));
    unlinkSync(join(repo.dir, 'was-file.txt'));
    symlinkSync('target.txt', join(repo.dir, 'was-file.txt'));
    repo.git('add', '-A');
    const files = await staged(repo);
    expect(files.map((f) => [f.path, f.status, f.skipped])).toEqual([
      ['link.txt', 'added', 'symlink'],
      ['was-file.txt', 'modified', 'symlink'],
    ]);
  });

  posixOnly('reports a mode-only change as modified with nothing to scan', async () => {
    repo = makeRepo();
    repo.commit('base', { 'run.sh': 'echo hi\n' });
    chmodSync(join(repo.dir, 'run.sh'), 0o755);
    repo.git('add', 'run.sh');
    expect(await staged(repo)).toEqual([
      { path: 'run.sh', status: 'modified', hunks: [], size: 0, lines: 0, binary: false },
    ]);
  });

  const names = [
    'with space.txt',
    'docs/ré sumé.txt',
    'quote"name.txt',
    'back\\slash.txt',
    '日本語/ファイル.txt',
    'a b/c d/e f.txt',
    ...(process.platform === 'win32' ? [] : ['tab\tname.txt']),
  ];
  it.each(names)('keeps the exact file name %j', async (name) => {
    repo = makeRepo();
    repo.commit('base', { 'README.md': 'readme\n' });
    repo.write(name, 'content line\n');
    repo.git('add', '--', name);
    const files = await staged(repo);
    expect(files.map((f) => [f.path, f.hunks])).toEqual([
      [name, [{ startLine: 1, text: 'content line' }]],
    ]);
  });

  it('keeps exact names through a rename of an oddly named file', async () => {
    repo = makeRepo();
    repo.commit('base', { 'docs/ré sumé.txt': 'a\nb\nc\nd\ne\nf\n' });
    repo.git('mv', 'docs/ré sumé.txt', 'docs/new "name".txt');
    repo.write('docs/new "name".txt', 'a\nb\nc\nd\ne\nf\ng\n');
    repo.git('add', '-A');
    const [file] = await staged(repo);
    expect(file).toMatchObject({
      path: 'docs/new "name".txt',
      oldPath: 'docs/ré sumé.txt',
      status: 'renamed',
      hunks: [{ startLine: 7, text: 'g' }],
    });
  });

  it('strips CR from CRLF lines and decodes non-UTF-8 bytes without failing', async () => {
    repo = makeRepo();
    repo.write('win.txt', 'first\r\nsecond value\r\n');
    repo.write(
      'latin1.txt',
      Buffer.concat([
        Buffer.from('caf'),
        Buffer.from([0xe9]),
        Buffer.from(' token=plain\nna'),
        Buffer.from([0xef, 0x76]),
        Buffer.from('e\n'),
      ]),
    );
    repo.git('add', '.');
    const files = await staged(repo);
    expect(byPath(files, 'win.txt').hunks).toEqual([{ startLine: 1, text: 'first\nsecond value' }]);
    expect(byPath(files, 'latin1.txt').hunks).toEqual([
      { startLine: 1, text: 'caf\uFFFD token=plain\nna\uFFFDve' },
    ]);
  });

  it('works in an empty repository (the first commit being staged)', async () => {
    repo = makeRepo();
    repo.write('first.txt', 'hello\nworld\n');
    repo.git('add', 'first.txt');
    const files = await staged(repo);
    expect(files).toEqual([
      {
        path: 'first.txt',
        status: 'added',
        hunks: [{ startLine: 1, text: 'hello\nworld' }],
        size: 12,
        lines: 2,
        binary: false,
      },
    ]);
  });

  it('works with a detached HEAD', async () => {
    repo = makeRepo();
    repo.commit('one', { 'a.txt': 'a\n' });
    repo.commit('two', { 'a.txt': 'a\nb\n' });
    repo.git('checkout', '-q', '--detach', 'HEAD~1');
    repo.write('a.txt', 'a\nfrom detached\n');
    repo.git('add', 'a.txt');
    const files = await staged(repo);
    expect(files.map((f) => f.hunks)).toEqual([[{ startLine: 2, text: 'from detached' }]]);
  });

  it('yields nothing when nothing is staged', async () => {
    repo = makeRepo();
    repo.commit('one', { 'a.txt': 'a\n' });
    repo.write('a.txt', 'unstaged\n');
    expect(await staged(repo)).toEqual([]);
  });

  it('fails outside a repository with the git command and what to do', async () => {
    const tmp = makeTempDir();
    try {
      const error = await staged({ dir: tmp.dir } as TestRepo).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MandateError);
      const err = error as MandateError;
      expect(err.message).toMatch(/^git .*failed: fatal: not a git repository/);
      expect(err.hint).toMatch(/not a git repository: run mandate scan without --staged/);
    } finally {
      tmp.cleanup();
    }
  });
});
