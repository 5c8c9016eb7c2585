/**
 * Issue 10, smaller items: `mandate baseline --format json` prints and writes nothing; the
 * baseline covers tracked files unless `--untracked`; a finding in a notebook says how to clear
 * its outputs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { makeRepo, type TestRepo } from '../support/git.js';
import { ensureBuilt, mandate } from './helpers.js';

let repo: TestRepo | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(() => repo?.cleanup());

const token = (seed: number) => compose('{{github:ghp_}}', seed);

describe('mandate baseline', () => {
  it('--format json prints the baseline and leaves the file as it was', () => {
    repo = makeRepo();
    repo.commit('init', { 'deploy.sh': `export GITHUB_TOKEN=${token(1)}\n` });
    const before = '{\n  "version": 1,\n  "fingerprints": []\n}\n';
    repo.write('.mandate-baseline.json', before);
    const result = mandate(repo.dir, ['baseline', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).fingerprints).toHaveLength(1);
    expect(result.stderr).toContain('no file was written');
    expect(readFileSync(join(repo.dir, '.mandate-baseline.json'), 'utf8')).toBe(before);

    // SARIF or Markdown is not a baseline: a usage error, nothing written.
    const sarif = mandate(repo.dir, ['baseline', '--format', 'sarif']);
    expect(sarif.status).toBe(2);
    expect(sarif.stderr).toContain('--format sarif is not one of its formats');
    expect(readFileSync(join(repo.dir, '.mandate-baseline.json'), 'utf8')).toBe(before);
  });

  it('covers tracked files only, unless --untracked', () => {
    repo = makeRepo();
    repo.commit('init', { 'deploy.sh': `export GITHUB_TOKEN=${token(1)}\n` });
    repo.write('scratch.env', `GITHUB_TOKEN=${token(2)}\n`); // untracked, not ignored
    const fingerprints = () =>
      JSON.parse(readFileSync(join(repo!.dir, '.mandate-baseline.json'), 'utf8'))
        .fingerprints as string[];

    expect(mandate(repo.dir, ['baseline']).status).toBe(0);
    expect(fingerprints().map((f) => f.split(':')[1])).toEqual(['deploy.sh']);
    // The untracked secret is not accepted: a scan still blocks on it.
    expect(mandate(repo.dir, ['scan', '.']).status).toBe(1);

    expect(mandate(repo.dir, ['baseline', '--untracked']).status).toBe(0);
    expect(
      fingerprints()
        .map((f) => f.split(':')[1])
        .sort(),
    ).toEqual(['deploy.sh', 'scratch.env']);
    expect(mandate(repo.dir, ['scan', '.']).status).toBe(0);
  });

  it('outside a repository covers every file', () => {
    repo = makeRepo();
    const folder = join(repo.dir, 'loose');
    repo.write('loose/a.env', `GITHUB_TOKEN=${token(3)}\n`);
    const result = mandate(folder, ['baseline'], { GIT_CEILING_DIRECTORIES: repo.dir });
    expect(result.status).toBe(0);
    expect(existsSync(join(folder, '.mandate-baseline.json'))).toBe(true);
    expect(result.stdout).toMatch(/Wrote 1 fingerprint to/);
  });
});

describe('fix hints', () => {
  it('a secret in a notebook says how to clear its outputs', () => {
    repo = makeRepo();
    const notebook = JSON.stringify({
      cells: [
        {
          cell_type: 'code',
          source: ['print(client.token)\n'],
          outputs: [{ output_type: 'stream', name: 'stdout', text: [`${token(4)}\n`] }],
        },
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    });
    repo.commit('nb', { 'analysis.ipynb': notebook });
    for (const format of ['text', 'markdown']) {
      const result = mandate(repo.dir, ['scan', '.', '--format', format]);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('jupyter nbconvert --clear-output --inplace');
      expect(result.stdout).toContain('nbstripout');
    }
    // Not said for findings elsewhere.
    repo.commit('sh', { 'deploy.sh': `export GITHUB_TOKEN=${token(5)}\n` });
    expect(mandate(repo.dir, ['scan', 'deploy.sh']).stdout).not.toContain('nbstripout');
  });
});
