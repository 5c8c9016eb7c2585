/**
 * Issue 9.17, the CLI side: `--format markdown` renders every untrusted string through the one
 * escaping module (src/reporters/markdown-escape.ts), so a file name cannot add a link, an
 * image, HTML, a heading or a table cell.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { escapeText } from '../../src/reporters/markdown-escape.js';
import { compose } from '../support/compose.js';
import { makeRepo, type TestRepo } from '../support/git.js';
import { ensureBuilt, mandate } from './helpers.js';

beforeAll(() => ensureBuilt(), 120_000);

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

describe('markdown output with hostile file names', () => {
  it('escapes links, images, HTML, pipes, newlines and backticks in paths', () => {
    repo = makeRepo();
    repo.commit('init', { 'README.md': '# x\n' });
    repo.write('a](http://evil)<img src=x>|*.md', `T=${compose('{{github:ghp_}}', 81)}\n`);
    repo.write('b\n# pwned `x` |.env', `T=${compose('{{github:ghp_}}', 82)}\n`);
    repo.git('add', '-A');
    const out = mandate(repo.dir, ['scan', '--staged', '--format', 'markdown']);
    expect(out.status).toBe(1);
    const md = out.stdout;
    const prose = md.replace(/^(`{3,})[a-z]*\n[\s\S]*?^\1$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
    expect(prose).not.toMatch(/(?<!\\)<img|(?<!\\)\]\(http|(?<!\\)http:\/\//);
    expect(md).not.toMatch(/^#+ pwned/m);
    const rows = md.split('\n').filter((line) => line.startsWith('| '));
    const cellsOf = (row: string) => row.replace(/\\./g, '').split('|').length;
    expect(new Set(rows.map(cellsOf)).size).toBe(1);
  });

  it('escapeText leaves no autolink', () => {
    expect(escapeText('see http://evil.example and www.evil.example')).toBe(
      'see http\\://evil.example and www\\.evil.example',
    );
  });
});
