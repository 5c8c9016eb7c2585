/**
 * The REST source against the fake GitHub over real HTTP: pagination, the 3,000-file listing
 * cap and the 300-file compare cap (lowered here so the fallbacks run fast), missing patches,
 * deletions and binary files.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangedFile, ChangeSet } from '../../src/core/types.js';
import { createClient } from '../../src/github/client.js';
import {
  addedLines,
  compareSource,
  type GitHubRest,
  parsePatch,
  pullRequestSource,
  treeSource,
} from '../../src/sources/github.js';
import { FakeGitHub, makePatch, shaOf } from './fake-github.js';

describe('parsePatch', () => {
  it.each([
    ['@@ -0,0 +1,2 @@\n+a\n+b', [{ startLine: 1, text: 'a\nb' }]],
    ['@@ -3,2 +3,2 @@\n-x\n-y\n+X\n+Y', [{ startLine: 3, text: 'X\nY' }]],
    [
      '@@ -1,3 +1,4 @@\n a\n+b\n c\n+d\n\\ No newline at end of file',
      [
        { startLine: 2, text: 'b' },
        { startLine: 4, text: 'd' },
      ],
    ],
    [
      '@@ -10 +10 @@\n-old\n+new\r\n@@ -40,0 +41,1 @@\n+later',
      [
        { startLine: 10, text: 'new' },
        { startLine: 41, text: 'later' },
      ],
    ],
    ['@@ -1,2 +0,0 @@\n-gone\n-too', []],
  ])('%j', (patch, hunks) => {
    expect(parsePatch(patch).hunks).toEqual(hunks);
  });

  it('agrees with the fake server’s patches', () => {
    const patch = makePatch('a\nb\nc\n', 'a\nB\nc\nd\n');
    expect(parsePatch(patch).hunks).toEqual([{ startLine: 2, text: 'B\nc\nd' }]);
  });
});

describe('addedLines', () => {
  it.each([
    [null, 'a\nb\n', [{ startLine: 1, text: 'a\nb' }]],
    ['a\nb\n', 'a\nx\nb\n', [{ startLine: 2, text: 'x' }]],
    ['a\nb\n', 'b\na\n', []],
    ['a\n', 'a\na\n', [{ startLine: 2, text: 'a' }]],
    ['x', '', []],
  ])('%j → %j', (base, head, hunks) => {
    expect(addedLines(base, head).hunks).toEqual(hunks);
  });
});

let gh: FakeGitHub;
let client: GitHubRest;
const notes: string[] = [];
beforeEach(async () => {
  gh = new FakeGitHub('o/r');
  await gh.start();
  notes.length = 0;
  client = createClient('t', {
    baseUrl: gh.url,
    scale: 0.001,
    onNote: (n) => notes.push(n),
  }) as unknown as GitHubRest;
});
afterEach(() => gh.stop());

async function collect(changeSet: ChangeSet): Promise<ChangedFile[]> {
  const files: ChangedFile[] = [];
  for await (const file of changeSet.files) files.push(file);
  return files;
}

const BASE = shaOf('b');
const HEAD = shaOf('h');
const common = () => ({
  client,
  owner: 'o',
  repo: 'r',
  maxFileSize: 1024 * 1024,
  onNote: (n: string) => notes.push(n),
});

describe('pullRequestSource', () => {
  it('pages through the listing, and finds the files beyond the cap through git trees', async () => {
    gh.prFilesLimit = 250;
    const head: Record<string, string> = { 'keep.txt': 'same\n', 'gone.txt': 'bye\n' };
    for (let i = 0; i < 400; i++) head[`d/${String(i).padStart(3, '0')}.txt`] = `line ${i}\n`;
    delete head['gone.txt'];
    gh.commit(BASE, { 'keep.txt': 'same\n', 'gone.txt': 'bye\n', 'd/399.txt': 'old\nline 399\n' });
    gh.commit(HEAD, head);
    gh.pulls.set(3, { base: BASE, head: HEAD });
    const files = await collect(
      pullRequestSource({
        ...common(),
        limits: { prFiles: 250 },
        number: 3,
        baseSha: BASE,
        headSha: HEAD,
      }),
    );
    const paths = files.map((f) => f.path).sort();
    expect(paths).toHaveLength(401);
    expect(new Set(paths).size).toBe(401);
    expect(paths).toContain('gone.txt');
    expect(files.find((f) => f.path === 'gone.txt')).toMatchObject({
      status: 'deleted',
      skipped: 'deleted',
    });
    expect(files.find((f) => f.path === 'd/000.txt')).toMatchObject({
      status: 'added',
      hunks: [{ startLine: 1, text: 'line 0' }],
    });
    // Beyond the cap, a modified file: only the line the base lacks is added.
    expect(files.find((f) => f.path === 'd/399.txt')).toMatchObject({
      status: 'modified',
      hunks: [],
    });
    expect(gh.requestsTo('GET', /\/pulls\/3\/files$/)).toHaveLength(3);
    expect(notes.join(' ')).toMatch(/at most 250 files.*the other 151 files/);
  });

  it('reads a file without a patch at the head SHA, and skips binaries by content', async () => {
    gh.commit(BASE, { 'a.txt': 'one\ntwo\n' });
    gh.commit(HEAD, { 'a.txt': 'one\nnew\ntwo\n', 'img.dat2': 'GIF\u0000\u0001' });
    gh.missingPatch.add('a.txt');
    gh.missingPatch.add('img.dat2');
    gh.pulls.set(4, { base: BASE, head: HEAD });
    const files = await collect(
      pullRequestSource({ ...common(), number: 4, baseSha: BASE, headSha: HEAD }),
    );
    expect(files.find((f) => f.path === 'a.txt')).toMatchObject({
      hunks: [{ startLine: 2, text: 'new' }],
      lines: 1,
    });
    expect(files.find((f) => f.path === 'img.dat2')).toMatchObject({
      skipped: 'binary',
      binary: true,
    });
    expect(gh.requestsTo('GET', /\/contents\/a\.txt$/).map((r) => r.path)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`ref=${HEAD}`),
        expect.stringContaining(`ref=${BASE}`),
      ]),
    );
  });

  it('reads files larger than max file size (padding approves nothing)', async () => {
    gh.commit(BASE, {});
    gh.commit(HEAD, { 'big.txt': 'x'.repeat(5000) });
    gh.pulls.set(5, { base: BASE, head: HEAD });
    const files = await collect(
      pullRequestSource({
        ...common(),
        maxFileSize: 1000,
        number: 5,
        baseSha: BASE,
        headSha: HEAD,
      }),
    );
    expect(files).toEqual([
      expect.objectContaining({
        path: 'big.txt',
        hunks: [{ startLine: 1, text: 'x'.repeat(5000) }],
      }),
    ]);
  });
});

describe('compareSource and treeSource', () => {
  it('uses compare, then trees beyond the compare cap', async () => {
    gh.compareFilesLimit = 10;
    const head: Record<string, string> = {};
    for (let i = 0; i < 25; i++) head[`f${i}.txt`] = `x${i}\n`;
    gh.commit(BASE, {});
    gh.commit(HEAD, head);
    const files = await collect(
      compareSource({ ...common(), limits: { compareFiles: 10 }, baseSha: BASE, headSha: HEAD }),
    );
    expect(files.map((f) => f.path).sort()).toEqual(Object.keys(head).sort());
    expect(notes.join(' ')).toMatch(/the other 15 files/);
  });

  it('reads every file of a commit', async () => {
    gh.commit(HEAD, { 'a.txt': 'a\n', 'b/c.txt': 'c\n' });
    const files = await collect(treeSource({ ...common(), sha: HEAD }));
    expect(files.map((f) => [f.path, f.hunks])).toEqual([
      ['a.txt', [{ startLine: 1, text: 'a' }]],
      ['b/c.txt', [{ startLine: 1, text: 'c' }]],
    ]);
  });
});
