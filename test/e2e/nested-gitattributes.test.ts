/**
 * A `.gitattributes` in a sub-folder counts for Git LFS as the root's does, through the built
 * CLI: in a directory scan (the working tree, where Git LFS checks files out) a path it tracks
 * is allowed; staged as the file itself rather than a pointer, it is reported as such.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { safetensors } from '../support/archives.js';
import { scratch } from '../support/scratch.js';
import { ensureBuilt, mandate, parseJson } from './helpers.js';

const s = scratch();
beforeAll(ensureBuilt);

/** A real safetensors file: u64 LE header length, JSON header, 16 float32 weights. */

describe('nested .gitattributes (Git LFS)', () => {
  it('a sub-folder .gitattributes tracks its own paths; a deeper one unsets them', () => {
    const repo = s.repo();
    repo.commit('init', {
      'README.md': 'hello\n',
      'models/.gitattributes': '*.safetensors filter=lfs diff=lfs merge=lfs -text\n',
      'models/raw/.gitattributes': '*.safetensors -filter\n',
    });
    repo.write('models/a/tracked.safetensors', safetensors(16));
    repo.write('models/raw/untracked.safetensors', safetensors(16));
    repo.write('other/untracked.safetensors', safetensors(16));

    const dir = mandate(repo.dir, ['scan', '.', '--format', 'json']);
    expect(dir.stderr).toBe('');
    expect(parseJson(dir.stdout).findings.map((f) => f.path)).toEqual([
      'models/raw/untracked.safetensors',
      'other/untracked.safetensors',
    ]);

    repo.git('add', '.');
    const staged = mandate(repo.dir, ['scan', '--staged', '--format', 'json']);
    const findings = parseJson(staged.stdout).findings;
    expect(findings.map((f) => f.path)).toEqual([
      'models/a/tracked.safetensors',
      'models/raw/untracked.safetensors',
      'other/untracked.safetensors',
    ]);
    expect(findings[0]!.message).toContain('not an LFS pointer');
    expect(findings[1]!.message).not.toContain('LFS pointer');
  });
});
