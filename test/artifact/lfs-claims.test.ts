/**
 * A key store holds private keys wherever it is stored: the author's `.gitattributes` line
 * that says Git LFS tracks `*.jks` does not let a raw key store through a directory scan (where
 * a working tree's content cannot be told from what Git LFS checked out), and a key store
 * really in Git LFS (a pointer at its name) still blocks. Models keep their LFS allowance.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactJudge } from '../../src/core/artifact/family.js';
import { parseGitattributes } from '../../src/core/artifact/lfs.js';
import { ensureBuilt, mandate, parseJson } from '../e2e/helpers.js';
import { safetensors } from '../support/archives.js';
import { scratch } from '../support/scratch.js';

const JKS = new Uint8Array([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0, 0, 0, 1]);
const POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${'cd'.repeat(32)}\nsize 2048\n`;
const lfs = parseGitattributes(
  '*.jks filter=lfs diff=lfs merge=lfs -text\n*.safetensors filter=lfs -text\n',
);

describe('Git LFS and key stores', () => {
  const judge = artifactJudge();

  it('a key store at a tracked path in a working tree blocks; a model there does not', () => {
    const store = judge.judge(
      { path: 'release.jks', size: JKS.length, bytes: JKS, whole: true, worktree: true },
      lfs,
    );
    expect(store.map((f) => [f.ruleId, f.blocking])).toEqual([['artifact/key-store', true]]);
    const model = safetensors();
    expect(
      judge.judge(
        { path: 'w.safetensors', size: model.length, bytes: model, whole: true, worktree: true },
        lfs,
      ),
    ).toEqual([]);
  });

  it('a key store Git LFS really holds (its pointer) still blocks; a model pointer passes', () => {
    const bytes = new TextEncoder().encode(POINTER);
    const [store] = judge.judge({ path: 'keys/release.jks', size: 2048, bytes, whole: true }, lfs);
    expect(store).toMatchObject({ ruleId: 'artifact/key-store', blocking: true });
    expect(store?.message).toContain('Git LFS stores it');
    expect(judge.judge({ path: 'w.safetensors', size: 2048, bytes, whole: true }, lfs)).toEqual([]);
  });
});

describe('a directory scan in CI', () => {
  const s = scratch();
  beforeAll(ensureBuilt);

  it('blocks a raw key store whose path the change says Git LFS tracks', () => {
    const repo = s.repo();
    repo.commit('init', { 'README.md': 'hello\n' });
    repo.write('.gitattributes', '*.jks filter=lfs diff=lfs merge=lfs -text\n');
    repo.write('release.jks', JKS);
    repo.git('add', '.');
    repo.git('commit', '-qm', 'add');
    const result = mandate(repo.dir, ['scan', '.', '--format', 'json'], { CI: 'true' });
    expect(result.status).toBe(1);
    expect(parseJson(result.stdout).findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['artifact/key-store', 'release.jks'],
    ]);
  });
});
