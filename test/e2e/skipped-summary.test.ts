/**
 * Issue 17 item 6: when ignore rules leave files out of a directory scan, the text summary
 * says how many and why, and what to do to scan them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratch } from '../support/scratch.js';
import { ensureBuilt, mandate } from './helpers.js';

beforeAll(() => ensureBuilt(), 120_000);
const { repo, tempDir } = scratch();

describe('the summary says what the listing left out', () => {
  it('in a repository: files and folders ignored by .gitignore, with --no-gitignore to scan them', () => {
    const r = repo();
    r.write('.gitignore', '*.log\nbuild/\n');
    r.write('app.ts', 'export const a = 1;\n');
    r.write('debug.log', 'log\n');
    r.write('trace.log', 'log\n');
    r.write('build/out.js', 'built\n');
    r.commit('init', {});
    const text = mandate(r.dir, ['scan', '.']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(
      '2 files and 1 folder skipped: ignored by .gitignore — use --no-gitignore to scan them.',
    );
    const all = mandate(r.dir, ['scan', '.', '--no-gitignore']);
    expect(all.stdout).not.toContain('skipped: ignored by .gitignore');
    // Machine formats carry no sentence.
    const json = mandate(r.dir, ['scan', '.', '--format', 'json']);
    expect(json.stdout).not.toContain('ignored by .gitignore');
  });

  it('outside a repository: node_modules folders are counted, and nothing is said when nothing is left out', () => {
    const dir = tempDir();
    for (const [path, content] of Object.entries({
      'index.js': 'module.exports = 1;\n',
      'node_modules/left-pad/index.js': 'module.exports = 2;\n',
    })) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const out = mandate(dir, ['scan', '.']);
    expect(out.stdout).toContain(
      '1 node_modules folder skipped: dependencies are not walked — name one to scan it (mandate scan node_modules/PACKAGE).',
    );
    // The advice works: a named package is walked.
    expect(mandate(dir, ['scan', 'node_modules/left-pad']).stdout).toContain('Scanned 1 file,');
    const clean = tempDir();
    writeFileSync(join(clean, 'a.txt'), 'a\n');
    expect(mandate(clean, ['scan', '.']).stdout).not.toContain('skipped');
  });
});
