/**
 * `mandate scan --history` judges artifacts by their content as the other scopes do: a renamed
 * weights file committed long ago is found by its first bytes (read from the blob at the commit
 * that added it), and an LFS pointer committed under an artifact's name is not a finding.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { safetensors } from '../support/archives.js';
import { scratch } from '../support/scratch.js';
import { ensureBuilt, mandate, parseJson } from './helpers.js';

const s = scratch();
beforeAll(ensureBuilt);

/** A real safetensors file: u64 LE header length, JSON header, 16 float32 weights. */

/**
 * A protocol-2 pickle that calls posix.system, its import after `pad` bytes of a string (so a
 * reader that stopped at the signature would miss it). Composed at run time, never committed.
 */
function evilPickle(pad: number): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32LE(pad, 0);
  const arg = Buffer.from('true', 'latin1');
  const argSize = Buffer.alloc(4);
  argSize.writeUInt32LE(arg.length, 0);
  return Buffer.concat([
    Buffer.from([0x80, 0x02, 0x58]),
    size,
    Buffer.alloc(pad, 0x61),
    Buffer.from('0', 'latin1'), // POP
    Buffer.from(['c', 'posix\n', 'system\n'].join(''), 'latin1'),
    Buffer.from([0x58]),
    argSize,
    arg,
    Buffer.from([0x85]),
    Buffer.from('R.', 'latin1'),
  ]);
}

/** A binary that is no artifact (a PNG-like header), larger than the batch reads whole. */
function image(size: number): Buffer {
  const out = Buffer.alloc(size, 0x11);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  return out;
}

const POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${'cd'.repeat(32)}\nsize 4096\n`;

describe('artifacts in --history', () => {
  it('finds a renamed weights file by its content, at the commit that added it', () => {
    const repo = s.repo();
    repo.commit('init', { 'README.md': 'hello\n' });
    const added = repo.commit('add weights', {
      'weights/final.dat': safetensors(16, Math.cos),
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

  it('reads a large pickle past its signature, small and large ones alike, and names the import', () => {
    const repo = s.repo();
    repo.commit('init', { 'README.md': 'hello\n' });
    repo.commit('caches', {
      'cache/small.bin': evilPickle(1000),
      'cache/large.bin': evilPickle(600 * 1024),
      'img/photo.png': image(600 * 1024),
    });
    const result = mandate(repo.dir, ['scan', '--history', '--format', 'json']);
    expect(result.stderr).toBe('');
    const findings = parseJson(result.stdout).findings;
    expect(findings.map((f) => [f.ruleId, f.path, f.redacted])).toEqual([
      ['artifact/unsafe-pickle', 'cache/large.bin', 'posix.system'],
      ['artifact/unsafe-pickle', 'cache/small.bin', 'posix.system'],
    ]);
  });
});
