import { afterEach, describe, expect, it } from 'vitest';
import { MandateError } from '../../src/core/errors.js';
import type { ChangedFile } from '../../src/core/types.js';
import { diffSource, parseRange } from '../../src/sources/diff.js';
import { collect, makeRepo, type TestRepo } from '../support/git.js';

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

async function diff(r: TestRepo, range: string, maxFileSize = 1 << 20): Promise<ChangedFile[]> {
  return collect(diffSource({ repoRoot: r.dir, range, maxFileSize }).files);
}

const summary = (files: ChangedFile[]) =>
  files.map((f) => [f.path, f.status, f.skipped ?? null, f.hunks]);

/** main and feature diverge after `base`: each adds its own file and a line to shared.txt. */
function divergedRepo(): TestRepo {
  const r = makeRepo();
  r.commit('base', { 'shared.txt': 'a\nb\nc\n' });
  r.git('checkout', '-q', '-b', 'feature');
  r.commit('feature work', {
    'feature.txt': 'feature line\n',
    'shared.txt': 'a\nb\nc\nfrom feature\n',
  });
  r.git('checkout', '-q', 'main');
  r.commit('main work', { 'main.txt': 'main line\n', 'shared.txt': 'from main\na\nb\nc\n' });
  return r;
}

describe('parseRange', () => {
  it.each([
    ['main..feature', { base: 'main', head: 'feature', mergeBase: false }],
    ['main...feature', { base: 'main', head: 'feature', mergeBase: true }],
    ['origin/main...HEAD', { base: 'origin/main', head: 'HEAD', mergeBase: true }],
    ['v1.0..', { base: 'v1.0', head: 'HEAD', mergeBase: false }],
    ['..feature', { base: 'HEAD', head: 'feature', mergeBase: false }],
    ['abc123', { base: 'abc123', head: 'HEAD', mergeBase: false }],
  ])('%s', (range, expected) => {
    expect(parseRange(range)).toEqual(expected);
  });

  it('rejects an empty range', () => {
    expect(() => parseRange('  ')).toThrow(MandateError);
  });
});

describe('diffSource', () => {
  it('A..B is the tree diff, A...B starts at the merge base', async () => {
    repo = divergedRepo();
    expect(summary(await diff(repo, 'main..feature'))).toEqual([
      ['feature.txt', 'added', null, [{ startLine: 1, text: 'feature line' }]],
      ['main.txt', 'deleted', 'deleted', []],
      ['shared.txt', 'modified', null, [{ startLine: 4, text: 'from feature' }]],
    ]);
    expect(summary(await diff(repo, 'main...feature'))).toEqual([
      ['feature.txt', 'added', null, [{ startLine: 1, text: 'feature line' }]],
      ['shared.txt', 'modified', null, [{ startLine: 4, text: 'from feature' }]],
    ]);
  });

  it('a single revision means rev..HEAD (committed changes only)', async () => {
    repo = makeRepo();
    const first = repo.commit('one', { 'a.txt': 'a\n' });
    repo.commit('two', { 'a.txt': 'a\nb\n' });
    repo.write('a.txt', 'a\nb\nuncommitted\n');
    expect(summary(await diff(repo, first))).toEqual([
      ['a.txt', 'modified', null, [{ startLine: 2, text: 'b' }]],
    ]);
    expect(summary(await diff(repo, `${first}..`))).toEqual(summary(await diff(repo, first)));
  });

  it('attaches no commit: lines of a range are not attributed to one author', async () => {
    repo = makeRepo();
    const first = repo.commit('one', { 'a.txt': 'a\n' });
    repo.commit('two', { 'b.txt': 'b\n' });
    const [file] = await diff(repo, `${first}..HEAD`);
    expect(file?.commit).toBeUndefined();
  });

  it('scans added text over max_file_size (padding approves nothing)', async () => {
    repo = makeRepo();
    const first = repo.commit('one', { 'a.txt': 'a\n' });
    repo.commit('two', { 'big.txt': `${'y'.repeat(99)}\n`, 'small.txt': 's\n' });
    expect(summary(await diff(repo, `${first}..HEAD`, 50))).toEqual([
      ['big.txt', 'added', null, [{ startLine: 1, text: 'y'.repeat(99) }]],
      ['small.txt', 'added', null, [{ startLine: 1, text: 's' }]],
    ]);
  });

  it.each([
    ['nope..HEAD', 'nope'],
    ['HEAD..nope', 'nope'],
    ['nope...HEAD', 'nope'],
    ['--output=x..HEAD', '--output=x'],
  ])('names the unknown revision in %s', async (range, rev) => {
    repo = makeRepo();
    repo.commit('one', { 'a.txt': 'a\n' });
    const error = await diff(repo, range).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MandateError);
    expect((error as MandateError).message).toBe(
      `unknown revision '${rev}' in the diff range ${range}.`,
    );
    expect((error as MandateError).hint).toMatch(/fetch/);
  });

  it('explains a three-dot range without a merge base', async () => {
    repo = makeRepo();
    repo.commit('one', { 'a.txt': 'a\n' });
    repo.git('checkout', '-q', '--orphan', 'other');
    repo.git('rm', '-rfq', '.');
    repo.commit('unrelated', { 'b.txt': 'b\n' });
    const error = await diff(repo, 'main...other').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MandateError);
    expect((error as MandateError).message).toMatch(/no common ancestor/);
    // The two-dot form still works on unrelated histories.
    expect((await diff(repo, 'main..other')).map((f) => f.path)).toEqual(['a.txt', 'b.txt']);
  });
});
