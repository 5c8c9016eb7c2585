/**
 * `mandate scan --history` judges artifacts by their content as the other scopes do: a renamed
 * weights file committed long ago is found by its first bytes (read from the blob at the commit
 * that added it), and an LFS pointer committed under an artifact's name is not a finding.
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
  for (let i = 0; i < 16; i++) out.writeFloatLE(Math.cos(i), 8 + header.length + i * 4);
  return out;
}

const POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${'cd'.repeat(32)}\nsize 4096\n`;

describe('artifacts in --history', () => {
  it('finds a renamed weights file by its content, at the commit that added it', () => {
    const repo = s.repo();
    repo.commit('init', { 'README.md': 'hello\n' });
    const added = repo.commit('add weights', {
      'weights/final.dat': safetensors(),
      'models/big.safetensors': POINTER,
    });
    repo.git('rm', '-q', 'weights/final.dat', 'models/big.safetensors');
    repo.git('commit', '-q', '-m', 'remove');

    const result = mandate(repo.dir, ['scan', '--history', '--format', 'json']);
    expect(result.stderr).toBe('');
    const findings = parseJson(result.stdout).findings;
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['artifact/model-weights', 'weights/final.dat'],
    ]);
    expect(findings[0]!.message).toContain('recognised by its content');
    expect(findings[0]!.commit).toContain(added.slice(0, 7));
    expect(result.status).toBe(1);
  });
});
