/**
 * A `.gitattributes` in a sub-folder counts for Git LFS as the root's does, through the built
 * CLI: in a directory scan (the working tree, where Git LFS checks files out) a path it tracks
 * is allowed; staged as the file itself rather than a pointer, it is reported as such.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { scratch } from '../support/scratch.js';
import { ensureBuilt, mandate, parseJson } from './helpers.js';

const s = scratch();
beforeAll(ensureBuilt);

/** A real safetensors file: u64 LE header length, JSON header, 16 float32 weights. */
function safetensors(): Uint8Array {
  const header = JSON.stringify({ w: { dtype: 'F32', shape: [16], data_offsets: [0, 64] } });
  const out = Buffer.alloc(8 + header.length + 64);
  out.writeUInt32LE(header.length, 0);
  out.write(header, 8, 'latin1');
  return out;
}

describe('nested .gitattributes (Git LFS)', () => {
  it('a sub-folder .gitattributes tracks its own paths; a deeper one unsets them', () => {
    const repo = s.repo();
    repo.commit('init', {
      'README.md': 'hello\n',
      'models/.gitattributes': '*.safetensors filter=lfs diff=lfs merge=lfs -text\n',
      'models/raw/.gitattributes': '*.safetensors -filter\n',
    });
    repo.write('models/a/tracked.safetensors', safetensors());
    repo.write('models/raw/untracked.safetensors', safetensors());
    repo.write('other/untracked.safetensors', safetensors());

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
