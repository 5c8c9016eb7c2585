import { afterEach, describe, expect, it } from 'vitest';
import { MandateError } from '../../src/core/errors.js';
import type { ChangedFile } from '../../src/core/types.js';
import { historySource, logArgs } from '../../src/sources/history.js';
import { collect, makeRepo, type TestRepo } from '../support/git.js';

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

async function history(
  r: TestRepo,
  range?: string,
  onProgress?: (p: { commits: number; bytes: number }) => void,
): Promise<ChangedFile[]> {
  return collect(
    historySource({
      repoRoot: r.dir,
      maxFileSize: 1 << 20,
      ...(range === undefined ? {} : { range }),
      ...(onProgress ? { onProgress } : {}),
    }).files,
  );
}

/** 50 commits: commit i appends line i to log.txt and adds note-i.txt with two lines. */
function fiftyCommits(): { repo: TestRepo; shas: string[] } {
  const r = makeRepo();
  let log = '';
  const commits = Array.from({ length: 50 }, (_, k) => {
    const i = k + 1;
    log += `entry ${i}\n`;
    return {
      message: `commit number ${i}`,
      files: { 'log.txt': log, [`notes/note-${i}.txt`]: `n${i}\nsecond\n` },
    };
  });
  return { repo: r, shas: r.importCommits(commits) };
}

describe('historySource', () => {
  it('yields every file of every commit with its commit and line numbers', async () => {
    const made = fiftyCommits();
    repo = made.repo;
    const progress: { commits: number; bytes: number }[] = [];
    const files = await history(repo, undefined, (p) => progress.push(p));
    expect(files).toHaveLength(100);
    // Newest first; within a commit, files in path order.
    for (let i = 50; i >= 1; i--) {
      const [log, note] = files.slice((50 - i) * 2, (50 - i) * 2 + 2);
      const sha = made.shas[i - 1]!;
      expect(log).toMatchObject({
        path: 'log.txt',
        status: i === 1 ? 'added' : 'modified',
        hunks: [{ startLine: i, text: `entry ${i}` }],
        commit: {
          sha,
          author: 'Ada Tester',
          email: 'ada@example.test',
          summary: `commit number ${i}`,
        },
      });
      expect(note).toMatchObject({
        path: `notes/note-${i}.txt`,
        status: 'added',
        hunks: [{ startLine: 1, text: `n${i}\nsecond` }],
        commit: { sha },
      });
      expect(log?.commit?.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-Z]/);
    }
    expect(progress.at(-1)?.commits).toBe(50);
    expect(progress.at(-1)?.bytes).toBeGreaterThan(1000);
  });

  it('honours a revision range and --all', async () => {
    repo = makeRepo();
    repo.commit('one', { 'a.txt': 'a\n' });
    repo.commit('two', { 'b.txt': 'b\n' });
    repo.commit('three', { 'c.txt': 'c\n' });
    repo.git('checkout', '-q', '-b', 'side', 'HEAD~2');
    repo.commit('side', { 'side.txt': 's\n' });
    repo.git('checkout', '-q', 'main');
    const paths = async (range?: string) => (await history(repo!, range)).map((f) => f.path);
    expect(await paths()).toEqual(['c.txt', 'b.txt', 'a.txt']);
    expect(await paths('HEAD~1..HEAD')).toEqual(['c.txt']);
    expect(await paths('main..side')).toEqual(['side.txt']);
    expect((await paths('--all')).sort()).toEqual(['a.txt', 'b.txt', 'c.txt', 'side.txt']);
  });

  it('counts merge commits but yields no diff for them', async () => {
    repo = makeRepo();
    repo.commit('base', { 'a.txt': 'a\n' });
    repo.git('checkout', '-q', '-b', 'topic');
    repo.commit('topic', { 't.txt': 't\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('main', { 'm.txt': 'm\n' });
    repo.git('merge', '-q', '--no-edit', 'topic');
    let commits = 0;
    const files = await history(repo, undefined, (p) => {
      commits = p.commits;
    });
    expect(files.map((f) => f.path).sort()).toEqual(['a.txt', 'm.txt', 't.txt']);
    expect(commits).toBe(4);
  });

  it('yields deletions as skipped and renames with oldPath', async () => {
    repo = makeRepo();
    repo.commit('one', { 'x.txt': '1\n2\n3\n4\n5\n6\n', 'y.txt': 'y\n' });
    repo.git('mv', 'x.txt', 'z.txt');
    repo.git('rm', '-q', 'y.txt');
    repo.commit('two', { 'z.txt': '1\n2\n3\n4\n5\n6\n7\n' });
    const files = await history(repo, 'HEAD~1..HEAD');
    expect(files.map((f) => [f.path, f.oldPath, f.status, f.skipped, f.hunks])).toEqual([
      ['y.txt', undefined, 'deleted', 'deleted', []],
      ['z.txt', 'x.txt', 'renamed', undefined, [{ startLine: 7, text: '7' }]],
    ]);
  });

  it('yields nothing in a repository without commits', async () => {
    repo = makeRepo();
    expect(await history(repo)).toEqual([]);
  });

  it('turns a bad range into a MandateError naming git and the revision', async () => {
    repo = makeRepo();
    repo.commit('one', { 'a.txt': 'a\n' });
    const error = await history(repo, 'nope..HEAD').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MandateError);
    expect((error as MandateError).message).toMatch(/^git .*log.* failed: .*nope/);
    expect((error as MandateError).hint).toMatch(/revision/);
  });

  it('refuses options disguised as a range', () => {
    expect(() => logArgs('--output=/tmp/x')).toThrow(MandateError);
    expect(() => logArgs('main -p')).toThrow(MandateError);
    expect(logArgs('--all').slice(-2)).toEqual(['--all', '--']);
  });

  it('stops git when the consumer stops early', async () => {
    const made = fiftyCommits();
    repo = made.repo;
    const files = historySource({ repoRoot: repo.dir, maxFileSize: 1 << 20 }).files;
    let seen = 0;
    for await (const _ of files) {
      if (++seen === 3) break;
    }
    expect(seen).toBe(3);
  });
});
