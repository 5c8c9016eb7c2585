/**
 * Issue 9.8: `--history` must see what a merge commit itself adds — a secret typed into a
 * conflict resolution, or an "evil" merge that adds lines or files no parent had — without
 * re-reporting what the merged commits added (they are scanned on their own).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/core/types.js';
import { historySource } from '../../src/sources/history.js';
import { UnifiedDiffParser } from '../../src/sources/unified-diff.js';
import { compose } from '../support/compose.js';
import { collect, makeRepo, type TestRepo } from '../support/git.js';

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

async function history(r: TestRepo, range?: string): Promise<ChangedFile[]> {
  return collect(
    historySource({
      repoRoot: r.dir,
      maxFileSize: 1 << 20,
      ...(range === undefined ? {} : { range }),
    }).files,
  );
}

const lines = (f: ChangedFile) => f.hunks.flatMap((h) => h.text.split('\n'));

/** main and side both change line 2 of app.cfg, so merging side conflicts. */
function conflicting(): TestRepo {
  const r = makeRepo();
  r.commit('base', { 'app.cfg': 'name = app\nport = 80\nlevel = info\n' });
  r.git('checkout', '-q', '-b', 'side');
  r.commit('side', { 'app.cfg': 'name = app\nport = 8080\nlevel = info\n' });
  r.git('checkout', '-q', 'main');
  r.commit('main', { 'app.cfg': 'name = app\nport = 443\nlevel = info\n' });
  try {
    r.git('merge', '-q', 'side');
  } catch {
    // expected: CONFLICT in app.cfg
  }
  return r;
}

describe('--history scans what merge commits add (9.8)', () => {
  it('finds a key added in a conflict resolution, on its line, attributed to the merge', async () => {
    repo = conflicting();
    const key = compose('{{github:ghp_}}', 3);
    const merge = repo.commit('merge side', {
      'app.cfg': `name = app\nport = 443\ntoken = ${key}\nlevel = info\n`,
    });
    const files = await history(repo);
    const fromMerge = files.filter((f) => f.commit?.sha === merge);
    expect(fromMerge.map((f) => [f.path, f.status, f.skipped ?? null, f.hunks])).toEqual([
      ['app.cfg', 'modified', null, [{ startLine: 3, text: `token = ${key}` }]],
    ]);
    // The side's and main's own lines are reported once each, with their own commits.
    const all = files.flatMap((f) => lines(f).map((l) => `${f.commit?.summary}: ${l}`));
    expect(all.filter((l) => l.includes('port ='))).toEqual([
      'main: port = 443',
      'side: port = 8080',
      'base: port = 80',
    ]);
  });

  it('finds a file an evil merge adds that neither parent has', async () => {
    repo = makeRepo();
    repo.commit('base', { 'a.txt': 'a\n' });
    repo.git('checkout', '-q', '-b', 'side');
    repo.commit('side', { 's.txt': 's\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('main', { 'm.txt': 'm\n' });
    repo.git('merge', '-q', '--no-commit', '--no-ff', 'side');
    const key = compose('{{github:ghp_}}', 4);
    const merge = repo.commit('merge side', {
      'deploy/.env': `A=1\nTOKEN=${key}\n`,
      'a.txt': 'a\nadded in the merge\n',
    });
    const fromMerge = (await history(repo)).filter((f) => f.commit?.sha === merge);
    expect(fromMerge.map((f) => [f.path, f.status, f.hunks])).toEqual([
      ['a.txt', 'modified', [{ startLine: 2, text: 'added in the merge' }]],
      ['deploy/.env', 'added', [{ startLine: 1, text: `A=1\nTOKEN=${key}` }]],
    ]);
  });

  it('reads an octopus merge (three parents) and a merge inside a range', async () => {
    repo = makeRepo();
    const base = repo.commit('base', { 'a.txt': 'a\n' });
    for (const name of ['x', 'y']) {
      repo.git('checkout', '-q', '-b', name, base);
      repo.commit(name, { [`${name}.txt`]: `${name}\n` });
    }
    repo.git('checkout', '-q', 'main');
    repo.commit('main', { 'm.txt': 'm\n' });
    repo.git('merge', '-q', '--no-commit', 'x', 'y');
    const merge = repo.commit('octopus', { 'a.txt': 'a\nevil\n' });
    expect(repo.git('rev-list', '--parents', '-1', merge).split(' ')).toHaveLength(4);
    const files = (await history(repo, `${base}..HEAD`)).filter((f) => f.commit?.sha === merge);
    expect(files.map((f) => [f.path, f.hunks])).toEqual([
      ['a.txt', [{ startLine: 2, text: 'evil' }]],
    ]);
  });

  it('a clean merge adds nothing of its own', async () => {
    repo = makeRepo();
    repo.commit('base', { 'a.txt': 'a\n' });
    repo.git('checkout', '-q', '-b', 'side');
    repo.commit('side', { 's.txt': 'secretish\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('main', { 'm.txt': 'm\n' });
    repo.git('merge', '-q', '--no-edit', 'side');
    const merge = repo.git('rev-parse', 'HEAD');
    expect((await history(repo)).filter((f) => f.commit?.sha === merge)).toEqual([]);
  });
});

describe('UnifiedDiffParser: combined diffs', () => {
  it('counts each parent exactly, so a lost line that looks like a header is not one', () => {
    const parser = new UnifiedDiffParser({ maxFileSize: 1 << 20 });
    parser.write(
      [
        'diff --cc "sp ace\\tname.txt"',
        'index 1111111,2222222..3333333',
        '--- "a/sp ace\\tname.txt"',
        '+++ "b/sp ace\\tname.txt"',
        '@@@ -1,3 -1,1 +1,3 @@@',
        // lost from both parents, looks like a header
        '--- a/other.txt',
        // lost from parent 1 only, looks like a hunk header
        '- @@ -1 +1 @@',
        '++new one',
        ' +kept from parent 1',
        '++new two',
        '\\ No newline at end of file',
        '@@@ -9,0 -8,0 +10 @@@',
        '++tail',
        'diff --git a/b.txt b/b.txt',
        '--- a/b.txt',
        '+++ b/b.txt',
        '@@ -1 +1 @@',
        '-old',
        '+new',
        '',
      ].join('\n'),
    );
    parser.end();
    expect(parser.take().map((f) => [f.path, f.hunks])).toEqual([
      [
        'sp ace\tname.txt',
        [
          { startLine: 1, text: 'new one' },
          { startLine: 3, text: 'new two' },
          { startLine: 10, text: 'tail' },
        ],
      ],
      ['b.txt', [{ startLine: 1, text: 'new' }]],
    ]);
  });
});
