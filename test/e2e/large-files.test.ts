/**
 * Issue 9.1: padding a file past `max_file_size` must not approve it. A 1.2 MB notebook with
 * an embedded plot and a key in a later cell, and a 1.1 MB HAR capture with a bearer token, are
 * scanned whole (in chunks) by the directory scan, `--staged` and `--diff`, in real git
 * repositories, through the built CLI.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import type { TestRepo } from '../support/git.js';
import { har, notebook } from '../support/large-files.js';
import { scratch } from '../support/scratch.js';
import { ensureBuilt, type JsonReport, mandate, parseJson } from './helpers.js';

beforeAll(() => ensureBuilt());

const scratchDirs = scratch();

function repo(): TestRepo {
  const r = scratchDirs.repo();
  r.commit('init', { 'README.md': '# analysis\n' });
  return r;
}

function scan(
  dir: string,
  args: string[],
  env: Record<string, string> = {},
): JsonReport & { status: number | null } {
  const result = mandate(dir, ['scan', ...args, '--format', 'json', '--mode', 'ci'], env);
  expect(result.stderr).not.toMatch(/at .+:\d+:\d+/);
  return { ...parseJson(result.stdout), status: result.status };
}

describe('files over max_file_size are scanned, not skipped', () => {
  const key = compose('{{openai:sk-proj-}}', 21);
  const token = compose('{{github:gho_}}', 22);
  const nb = notebook(key);
  const capture = har(token);

  it('builds realistic files larger than the default 1 MB limit', () => {
    expect(Buffer.byteLength(nb.text)).toBeGreaterThan(1_200_000);
    expect(Buffer.byteLength(capture.text)).toBeGreaterThan(1_100_000);
    expect(nb.text.indexOf(key)).toBeGreaterThan(1024 * 1024);
    expect(capture.text.indexOf(token)).toBeGreaterThan(1024 * 1024);
  });

  it('blocks in a directory scan, --staged and --diff', () => {
    const r = repo();
    const expected = [
      ['analysis/training.ipynb', nb.keyLine, 'secret/openai-api-key'],
      ['captures/github.har', capture.tokenLine, 'secret/github-oauth-token'],
    ];
    const found = (report: JsonReport) =>
      report.findings
        .map((f) => [f.path, f.line, f.ruleId])
        .filter(([, , id]) => id !== 'secret/generic-bearer-token');

    r.write('analysis/training.ipynb', nb.text);
    r.write('captures/github.har', capture.text);
    const tree = scan(r.dir, ['.']);
    expect(tree.status).toBe(1);
    expect(found(tree)).toEqual(expected);
    expect(tree.stats.files).toBe(3);
    // The scan workers read large files in pieces too, and count each once.
    const workers = scan(r.dir, ['.'], { MANDATE_WORKERS: '2' });
    expect(found(workers)).toEqual(expected);
    expect(workers.stats).toMatchObject({
      files: 3,
      bytes: tree.stats.bytes,
    });

    r.git('add', '-A');
    const staged = scan(r.dir, ['--staged']);
    expect(staged.status).toBe(1);
    expect(found(staged)).toEqual(expected);

    r.git('commit', '-q', '-m', 'add analysis');
    const diff = scan(r.dir, ['--diff', 'HEAD~1..HEAD']);
    expect(diff.status).toBe(1);
    expect(found(diff)).toEqual(expected);
    const all = JSON.stringify([tree, staged, diff]);
    expect(all).not.toContain(key);
    expect(all).not.toContain(token);
  });
});
