/**
 * Rendered text has no stray punctuation: sentences joined into one line keep one full stop,
 * and no `..`, `:.`, ` .`, `.;`, `,.` appears where messages, reasons and hints meet. The runs
 * cover secrets and policy findings together (several verdict reasons), an unused ignore entry,
 * the policy register and `mandate baseline`, in text and Markdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { makeRepo, type TestRepo } from '../support/git.js';
import { ensureBuilt, mandate } from './helpers.js';

/** `..` (not an ellipsis `...`), `:.`, ` .` before a space or the end, `.;`, `,.`, `;.`. */
const STRAY = /(?<!\.)\.\.(?!\.)|:\.|\s\.(?=\s|$)|\.;|,\.|;\./m;

let repo: TestRepo;

beforeAll(() => {
  ensureBuilt();
  repo = makeRepo();
  repo.commit('init', {
    'app.env': compose('TOKEN={{github:ghp_}}\nKEY={{lit:AKIA}}{{base32:16}}\n', 4),
    'policies/desk.md':
      '---\nowner: alice\nlast_reviewed: 2020-01-01\n---\n# Desk\n\n[Company Name] staff lock screens. TBD.\n',
    'policies/x.md': "---\nowner: 'not an owner'\n---\n# X\n",
    '.mandateignore': `secret/github-pat:gone.sh:${'0'.repeat(64)}  # rotated\n`,
  });
}, 120_000);
afterAll(() => repo?.cleanup());

describe('no stray punctuation in rendered text', () => {
  it.each([
    [['check', '--mode', 'ci']],
    [['check', '--mode', 'ci', '--format', 'markdown']],
    [['check', '--mode', 'hook']],
    [['scan', '.']],
    [['policies']],
    [['policies', '--format', 'markdown']],
    [['baseline', '--format', 'json']],
  ])('mandate %j', (args) => {
    const result = mandate(repo.dir, args);
    const text = `${result.stdout}\n${result.stderr}`;
    const stray = text.split('\n').filter((line) => STRAY.test(line));
    expect(stray).toEqual([]);
    if (args[0] === 'check' && args.includes('ci') && !args.includes('--format')) {
      // Several reasons on the verdict line, joined with `;`, one full stop at the end.
      expect(result.stdout).toMatch(/blocked: .+; .+\.$/m);
    }
  });
});
