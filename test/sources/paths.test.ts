import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MandateError } from '../../src/core/errors.js';
import type { ChangedFile } from '../../src/core/types.js';
import { countLines, decodeText, isBinaryPath, looksBinary } from '../../src/sources/detect.js';
import {
  listPaths,
  loadFile,
  type PathsSourceOptions,
  pathsSource,
} from '../../src/sources/paths.js';
import { collect, isolateGit, makeRepo, makeTempDir } from '../support/git.js';

const posixOnly = process.platform === 'win32' ? it.skip : it;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tempTree(files: Record<string, string | Uint8Array>): string {
  isolateGit();
  const { dir, cleanup } = makeTempDir('mandate-paths-');
  cleanups.push(cleanup);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

async function scan(
  root: string,
  options: Partial<Omit<PathsSourceOptions, 'root'>> = {},
): Promise<ChangedFile[]> {
  return collect(
    pathsSource({ root, paths: ['.'], maxFileSize: 1 << 20, respectGitignore: true, ...options })
      .files,
  );
}
const pathsOf = (files: ChangedFile[]) => files.map((f) => f.path);

/** The same ignore rules, for the git and the walking listing. */
const IGNORED_TREE = {
  '.gitignore': '*.log\nbuild/\n!keep.log\n',
  'app.ts': 'a\n',
  'debug.log': 'ignored\n',
  'keep.log': 'kept by negation\n',
  'build/out.js': 'ignored dir\n',
  'sub/.gitignore': 'local.txt\n',
  'sub/local.txt': 'ignored by nested .gitignore\n',
  'sub/ok.txt': 'ok\n',
  'sub/deeper/local.txt': 'also ignored (pattern without slash matches at any depth)\n',
};

describe('pathsSource listing', () => {
  it('honours .gitignore files at every level when walking (no git repository)', async () => {
    const root = tempTree({
      ...IGNORED_TREE,
      'node_modules/dep/index.js': 'dependency\n',
      '.git/config': 'not a real repo, but never scanned\n',
    });
    expect(pathsOf(await scan(root))).toEqual([
      '.gitignore',
      'app.ts',
      'keep.log',
      'sub/.gitignore',
      'sub/ok.txt',
    ]);
  });

  it('uses git ls-files inside a repository: tracked + untracked, not ignored or deleted', async () => {
    const repo = makeRepo();
    cleanups.push(repo.cleanup);
    for (const [path, content] of Object.entries(IGNORED_TREE)) repo.write(path, content);
    repo.write('tracked-then-deleted.txt', 'x\n');
    repo.write('.git/info/exclude', 'secret-local.txt\n');
    repo.write('secret-local.txt', 'excluded by info/exclude\n');
    repo.git('add', '.');
    repo.commit('init');
    unlinkSync(join(repo.dir, 'tracked-then-deleted.txt'));
    repo.write('untracked.txt', 'new\n');
    // A committed file matching .gitignore is tracked, so it is listed.
    repo.write('forced.log', 'tracked although ignored\n');
    repo.git('add', '-f', 'forced.log');
    expect(pathsOf(await scan(repo.dir))).toEqual([
      '.gitignore',
      'app.ts',
      'forced.log',
      'keep.log',
      'sub/.gitignore',
      'sub/ok.txt',
      'untracked.txt',
    ]);
    // Scanning a sub-directory gives paths relative to the root still.
    expect(pathsOf(await scan(repo.dir, { paths: ['sub'] }))).toEqual([
      'sub/.gitignore',
      'sub/ok.txt',
    ]);
  });

  it('counts what the listing leaves out and why: ignored, excluded, node_modules', async () => {
    const root = tempTree({
      ...IGNORED_TREE,
      'node_modules/dep/index.js': 'dependency\n',
      'vendor/lib.js': 'excluded folder\n',
      'gen.pb.ts': 'excluded file\n',
    });
    const options = { root, paths: ['.'], maxFileSize: 1 << 20, exclude: ['vendor', '*.pb.ts'] };
    // Walking: debug.log, sub/local.txt, sub/deeper/local.txt and build/ by .gitignore.
    expect((await listPaths({ ...options, respectGitignore: true })).leftOut).toEqual({
      ignored: { files: 3, folders: 1 },
      excluded: { files: 1, folders: 1 },
      dependencies: { folders: 1 },
    });
    expect((await listPaths({ ...options, respectGitignore: false })).leftOut).toEqual({
      excluded: { files: 1, folders: 1 },
      dependencies: { folders: 1 },
    });
    // In a git work tree git's own rules say it: debug.log, sub/local.txt, and build/ and
    // sub/deeper/ (a folder holding only ignored files) each counted once.
    const repo = makeRepo();
    cleanups.push(repo.cleanup);
    for (const [path, content] of Object.entries(IGNORED_TREE)) repo.write(path, content);
    repo.write('build/deeper/more.js', 'ignored with its folder\n');
    const inRepo = { root: repo.dir, paths: ['.'], maxFileSize: 1 << 20 };
    expect((await listPaths({ ...inRepo, respectGitignore: true })).leftOut).toEqual({
      ignored: { files: 2, folders: 2 },
    });
    expect(
      (await listPaths({ ...inRepo, paths: ['sub'], respectGitignore: true })).leftOut,
    ).toEqual({ ignored: { files: 1, folders: 1 } });
    const clean = tempTree({ 'a.txt': 'a\n' });
    expect(
      (await listPaths({ root: clean, paths: ['.'], maxFileSize: 1 << 20, respectGitignore: true }))
        .leftOut,
    ).toBeUndefined();
  });

  it('reads every file when respectGitignore is false (except .git and node_modules)', async () => {
    const root = tempTree({ ...IGNORED_TREE, 'node_modules/x.js': 'x\n' });
    expect(pathsOf(await scan(root, { respectGitignore: false }))).toEqual([
      '.gitignore',
      'app.ts',
      'build/out.js',
      'debug.log',
      'keep.log',
      'sub/.gitignore',
      'sub/deeper/local.txt',
      'sub/local.txt',
      'sub/ok.txt',
    ]);
  });

  it('scans an explicitly named file even when it is ignored', async () => {
    const repo = makeRepo();
    cleanups.push(repo.cleanup);
    repo.write('.gitignore', '.env\n');
    repo.write('.env', 'TOKEN=value\n');
    repo.write('other.txt', 'x\n');
    const files = await scan(repo.dir, { paths: ['.env'] });
    expect(files).toEqual([
      {
        path: '.env',
        status: 'unchanged',
        hunks: [{ startLine: 1, text: 'TOKEN=value\n' }],
        size: 12,
        lines: 1,
        binary: false,
      },
    ]);
  });

  it('applies exclude globs to files and whole directories', async () => {
    const root = tempTree({
      'src/a.ts': 'a\n',
      'src/a.min.js': 'min\n',
      'vendor/lib/x.ts': 'x\n',
      'fixtures/deep/y.txt': 'y\n',
    });
    const files = await scan(root, { exclude: ['*.min.js', 'vendor', '**/deep/**'] });
    expect(pathsOf(files)).toEqual(['src/a.ts']);
  });

  it('fails with a MandateError for a path that does not exist', async () => {
    const root = tempTree({ 'a.txt': 'a\n' });
    await expect(scan(root, { paths: ['missing'] })).rejects.toThrow(MandateError);
  });

  it('lists a gitlink (submodule) as skipped', async () => {
    const repo = makeRepo();
    cleanups.push(repo.cleanup);
    const sha = repo.commit('one', { 'a.txt': 'a\n' });
    mkdirSync(join(repo.dir, 'vendor/lib'), { recursive: true });
    repo.git('update-index', '--add', '--cacheinfo', `160000,${sha},vendor/lib`);
    const files = await scan(repo.dir);
    expect(files.map((f) => [f.path, f.skipped])).toEqual([
      ['a.txt', undefined],
      ['vendor/lib', 'submodule'],
    ]);
  });
});

describe('pathsSource reading', () => {
  it('yields whole files as one hunk, in path order, with sizes and line counts', async () => {
    const root = tempTree({ 'b.txt': 'one\ntwo', 'a/z.txt': 'x\n', 'empty.txt': '' });
    expect(await scan(root, { respectGitignore: false })).toEqual([
      {
        path: 'a/z.txt',
        status: 'unchanged',
        hunks: [{ startLine: 1, text: 'x\n' }],
        size: 2,
        lines: 1,
        binary: false,
      },
      {
        path: 'b.txt',
        status: 'unchanged',
        hunks: [{ startLine: 1, text: 'one\ntwo' }],
        size: 7,
        lines: 2,
        binary: false,
      },
      { path: 'empty.txt', status: 'unchanged', hunks: [], size: 0, lines: 0, binary: false },
    ]);
  });

  it('skips binary files by content (never by name), and reads files over max_file_size', async () => {
    const root = tempTree({
      'blob.dat.txt': Buffer.from([0x00, 0x00, 0x01, 0x02, 0x00, 0x03, 0xff, 0x00, 0x00]),
      'photo.png': Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
      ]),
      'notes.png': 'plain text named like an image\n',
      'big.txt': 'b'.repeat(101),
      'ok.txt': 'fine\n',
    });
    const files = await scan(root, { maxFileSize: 100 });
    expect(files.map((f) => [f.path, f.skipped, f.binary, f.size, f.hunks.length])).toEqual([
      ['big.txt', undefined, false, 101, 1],
      ['blob.dat.txt', 'binary', true, 9, 0],
      ['notes.png', undefined, false, 31, 1],
      ['ok.txt', undefined, false, 5, 1],
      ['photo.png', 'binary', true, 14, 0],
    ]);
  });

  posixOnly('skips symlinks without following them', async () => {
    const root = tempTree({ 'real.txt': 'real\n', 'dir/inner.txt': 'inner\n' });
    symlinkSync('real.txt', join(root, 'link.txt'));
    symlinkSync('dir', join(root, 'dirlink'));
    const files = await scan(root, { respectGitignore: false });
    expect(files.map((f) => [f.path, f.skipped])).toEqual([
      ['dir/inner.txt', undefined],
      ['dirlink', 'symlink'],
      ['link.txt', 'symlink'],
      ['real.txt', undefined],
    ]);
  });

  posixOnly('skips a FIFO as unreadable without blocking on it', async () => {
    const root = tempTree({ 'after.txt': 'after\n' });
    execFileSync('mkfifo', [join(root, 'pipe')]);
    const files = await scan(root, { respectGitignore: false });
    expect(files.map((f) => [f.path, f.skipped])).toEqual([
      ['after.txt', undefined],
      ['pipe', 'unreadable'],
    ]);
    // Why, for the scan/incomplete finding that says it (never anything of the content).
    expect(files[1]!.unreadableBecause).toBe(
      'not a regular file: a FIFO, socket or device is never opened',
    );
  });

  it('reads files of every size whole, each with only its own bytes', async () => {
    // Reads go through one reused buffer: a large file grows it, a smaller one after it
    // must not see the tail of the previous one.
    const line = (i: number) => `line ${i} ${'x'.repeat(60)}\n`;
    const big = Array.from({ length: 12_000 }, (_, i) => line(i)).join(''); // ~850 KB
    const root = tempTree({ 'a-small.txt': 'one\n', 'b-big.txt': big, 'c-small.txt': 'two\n' });
    const files = await scan(root);
    expect(files.map((f) => [f.path, f.size, f.lines, f.hunks[0]?.text.length])).toEqual([
      ['a-small.txt', 4, 1, 4],
      ['b-big.txt', big.length, 12_000, big.length],
      ['c-small.txt', 4, 1, 4],
    ]);
    expect(files[1]!.hunks[0]!.text).toBe(big);
  });

  it('normalises CRLF, drops a UTF-8 BOM and decodes invalid bytes and UTF-16', async () => {
    const root = tempTree({
      'crlf.txt': 'a = 1\r\nb = 2\r\n',
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('key=1\n')]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0x6b, 0x3d, 0x76, 0x0a]),
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('wide=1\r\n', 'utf16le')]),
    });
    const texts = Object.fromEntries((await scan(root)).map((f) => [f.path, f.hunks[0]?.text]));
    expect(texts).toEqual({
      'bom.txt': 'key=1\n',
      'crlf.txt': 'a = 1\nb = 2\n',
      'latin1.txt': 'caf\uFFFD\nk=v\n',
      'utf16.txt': 'wide=1\n',
    });
  });
});

describe('detect helpers', () => {
  it.each([
    ['a.png', true],
    ['dir/A.JPG', true],
    ['x.tar.gz', true],
    ['key.pem', false],
    ['config.json', false],
    ['Makefile', false],
  ])('isBinaryPath(%s) = %s', (path, binary) => {
    expect(isBinaryPath(path)).toBe(binary);
  });

  it('judges the first 8000 bytes, where one NUL does not make text binary', () => {
    const late = Buffer.alloc(9000, 0x61);
    for (let i = 8100; i < 9000; i++) late[i] = i % 7 === 0 ? 0 : 0xff;
    expect(looksBinary(late)).toBe(false);
    late[7999] = 0;
    expect(looksBinary(late)).toBe(false);
    for (let i = 0; i < 8000; i++) late[i] = i % 3 === 0 ? 0 : (i * 37) & 0xff;
    expect(looksBinary(late)).toBe(true);
  });

  it.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
    ['\n\n', 2],
  ])('countLines(%j) = %i', (text, lines) => {
    expect(countLines(text)).toBe(lines);
  });

  it('keeps a carriage return that is not at a line end', () => {
    expect(decodeText(Buffer.from('a\rb\r\nc\r'))).toBe('a\rb\nc');
  });
});

describe('loadFile without a stat per file', () => {
  posixOnly('stats only what does not read as a regular file within the cap', () => {
    const root = tempTree({
      'empty.txt': '',
      'cap.txt': 'x'.repeat(64),
      'over.txt': 'y'.repeat(65),
    });
    mkdirSync(join(root, 'checkout'));
    execFileSync('mkfifo', [join(root, 'pipe')]);
    // As a git listing could name them: nothing marks them beforehand.
    const load = (path: string) => loadFile(root, { path }, 64);
    expect(load('empty.txt')).toMatchObject({ size: 0, lines: 0, hunks: [] });
    expect(load('empty.txt')?.skipped).toBeUndefined();
    expect(load('cap.txt')).toMatchObject({ size: 64, lines: 1 });
    expect(load('over.txt')).toMatchObject({ skipped: 'too-large', size: 65 });
    expect(load('checkout')).toMatchObject({ skipped: 'submodule' });
    expect(load('pipe')).toMatchObject({
      skipped: 'unreadable',
      unreadableBecause: 'not a regular file: a FIFO, socket or device is never opened',
    });
    expect(load('gone.txt')).toBeNull();
  });

  // Root reads a file whatever its mode: only another user is refused.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'says a file without read permission is so',
    () => {
      const root = tempTree({ 'locked.txt': 'x\n' });
      chmodSync(join(root, 'locked.txt'), 0o000);
      expect(loadFile(root, { path: 'locked.txt' }, 64)).toMatchObject({
        skipped: 'unreadable',
        unreadableBecause: 'no permission to read it',
      });
    },
  );
});
