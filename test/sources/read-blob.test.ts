/**
 * readBlobAt: how `--diff` in CI reads the policy files at BASE (issue 9.9). Missing is null;
 * anything that is not a regular file is an error, never "missing" (which would mean defaults).
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MandateError } from '../../src/core/errors.js';
import { readBlobAt } from '../../src/sources/git.js';
import { makeRepo, type TestRepo } from '../support/git.js';

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

describe('readBlobAt', () => {
  it('reads raw bytes at a commit, not the work tree, and null when the path is absent', async () => {
    repo = makeRepo();
    repo.write('.gitattributes', '*.yml filter=nope diff=nope\n');
    const base = repo.commit('base', { '.mandate.yml': 'fail_on: high\n', 'ci/a*.yml': 'star\n' });
    repo.commit('head', { '.mandate.yml': 'fail_on: critical\n', 'ci/abc.yml': 'abc\n' });
    expect((await readBlobAt(base, '.mandate.yml', repo.dir))?.toString()).toBe('fail_on: high\n');
    expect(await readBlobAt(base, 'ci/abc.yml', repo.dir)).toBeNull();
    // A name with a glob character is a name: it does not match ci/abc.yml at HEAD.
    expect((await readBlobAt('HEAD', 'ci/a*.yml', repo.dir))?.toString()).toBe('star\n');
    expect(await readBlobAt(base, '.mandateignore', repo.dir)).toBeNull();
  });

  it('a directory or a symlink is an error, and so is an unknown commit', async () => {
    repo = makeRepo();
    repo.write('real.yml', 'fail_on: low\n');
    symlinkSync('real.yml', join(repo.dir, 'link.yml'));
    repo.git('add', '.');
    const sha = repo.commit('base', { 'ci/x.yml': 'x\n' });
    await expect(readBlobAt(sha, 'ci', repo.dir)).rejects.toThrow(
      /ci at [0-9a-f]{12} is not a regular file/,
    );
    await expect(readBlobAt(sha, 'link.yml', repo.dir)).rejects.toThrow(MandateError);
    await expect(readBlobAt('f'.repeat(40), 'real.yml', repo.dir)).rejects.toThrow(MandateError);
  });
});
