/** Reading policy documents from a working tree, and `fallback: git` on a real repository. */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPolicyConfig } from '../../src/core/policy/evaluate.js';
import {
  findPolicyFiles,
  lastCommitDate,
  readPolicyDocuments,
  staticPrefix,
} from '../../src/sources/policies.js';
import { makeRepo, type TestRepo } from '../support/git.js';

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

describe('staticPrefix', () => {
  it.each([
    ['policies/**/*.md', 'policies'],
    ['docs/security/**/*.md', 'docs/security'],
    ['SECURITY.md', 'SECURITY.md'],
    ['./policies/a.md', 'policies/a.md'],
    ['**/*.md', ''],
    ['pol*/x.md', ''],
  ])('%s → %j', (glob, prefix) => {
    expect(staticPrefix(glob)).toBe(prefix);
  });
});

describe('readPolicyDocuments', () => {
  it('finds the default globs, skipping .git and node_modules and other files', async () => {
    repo = makeRepo();
    for (const path of [
      'policies/access.md',
      'policies/nested/backup.md',
      'policies/notes.txt',
      'SECURITY.md',
      'docs/security/incident.md',
      'docs/other.md',
      'node_modules/x/policies/a.md',
      'README.md',
    ]) {
      repo.write(path, '# x\n');
    }
    expect(await findPolicyFiles(repo.dir, defaultPolicyConfig().paths)).toEqual([
      'SECURITY.md',
      'docs/security/incident.md',
      'policies/access.md',
      'policies/nested/backup.md',
    ]);
    expect(await findPolicyFiles(repo.dir, ['**/*.md'])).not.toContain(
      'node_modules/x/policies/a.md',
    );
    expect(await findPolicyFiles(repo.dir, ['missing/**/*.md'])).toEqual([]);
  });

  it('reads the last commit date with fallback: git, as the commit wrote it', async () => {
    repo = makeRepo();
    repo.write('policies/a.md', '---\nowner: alice\n---\n');
    repo.git('add', '.');
    repo.git(
      '-c',
      'user.name=A',
      '-c',
      'user.email=a@example.test',
      'commit',
      '-q',
      '-m',
      'policy',
    );
    // Late evening west of UTC is already the next day in UTC: the date stays the 4th.
    const env = { ...process.env };
    process.env.GIT_COMMITTER_DATE = '2024-04-04T23:30:00-09:00';
    try {
      repo.git('commit', '-q', '--amend', '--no-edit');
    } finally {
      process.env = env;
    }
    expect(await lastCommitDate(repo.dir, 'policies/a.md')).toEqual({
      year: 2024,
      month: 4,
      day: 4,
    });
    expect(await lastCommitDate(repo.dir, 'policies/none.md')).toBeNull();
    const config = { ...defaultPolicyConfig(), fallback: 'git' as const };
    const docs = await readPolicyDocuments({ root: repo.dir, config, repoRoot: repo.dir });
    expect(docs).toEqual([
      {
        path: 'policies/a.md',
        text: '---\nowner: alice\n---\n',
        lastCommitDate: { year: 2024, month: 4, day: 4 },
      },
    ]);
    const none = await readPolicyDocuments({
      root: repo.dir,
      config: defaultPolicyConfig(),
      repoRoot: repo.dir,
    });
    expect(none[0]!.lastCommitDate).toBeUndefined();
  });
});
