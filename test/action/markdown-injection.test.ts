/**
 * Issue 9.17: file names, rule messages, reasons and team names are untrusted text. Through the
 * bundled Action, a pull request whose file names carry Markdown, HTML, a table pipe, a newline
 * or a backtick cannot add a link, an image, a heading or a table cell to the job summary, the
 * check run or the review explanation.
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { shaOf } from './fake-github.js';
import { type Json, pullRequestPayload, runAction } from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const BASE = shaOf('md-base');
const HEAD = shaOf('md-head');
const EVIL = 'a](http://evil)<img src=x>|*.md';
const NEWLINE = 'b\n# pwned `x` |.env';

const gh = useFakeGitHub('octo-org/octo-repo', (gh) => {
  gh.teams.set('octo-org/security', ['alice']);
  gh.orgMembers.add('alice');
});

/** Splits a GFM table row as cmark-gfm does: `\\x` is one unit, every other `|` ends a cell. */
function cells(row: string): number {
  let count = 0;
  for (let i = 1; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') count++;
  }
  return count;
}

/** Markdown that renders active content (outside code spans), or a smuggled heading. */
function assertInert(markdown: string): void {
  // Outside code blocks and spans: no raw HTML tag, no link or image target, no autolink.
  const prose = markdown
    .replace(/^(`{3,})[a-z]*\n[\s\S]*?^\1$/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, '');
  expect(prose).not.toMatch(/(?<!\\)<img|(?<!\\)\]\(http|(?<!\\)http:\/\//);
  expect(markdown).not.toMatch(/^#+ pwned/m);
  for (const row of markdown.split('\n').filter((line) => line.startsWith('| '))) {
    const header = markdown
      .split('\n')
      .find((line) => line.startsWith('| ') && cells(line) === cells(row));
    expect(header, `row with a smuggled cell: ${row}`).toBeDefined();
  }
}

describe('untrusted names in the Action Markdown', () => {
  it('file names with Markdown, HTML, pipes, newlines and backticks stay text', async () => {
    const config =
      'extends: [recommended]\nreview_settings:\n  security_team: octo-org/security\nreviews:\n  - name: docs\n    when: { paths: ["**"] }\n    require: { teams: [octo-org/security] }\n';
    gh.commit(BASE, { 'README.md': '# octo\n', '.mandate.yml': config });
    gh.commit(HEAD, {
      'README.md': '# octo\n',
      '.mandate.yml': config,
      [EVIL]: `TOKEN=${compose('{{github:ghp_}}', 71)}\n`,
      [NEWLINE]: `TOKEN=${compose('{{github:ghp_}}', 72)}\n`,
    });
    gh.pulls.set(7, { base: BASE, head: HEAD });
    const payload = pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD });
    const result = await runAction({
      apiUrl: gh.url,
      repository: `${gh.owner}/${gh.repo}`,
      event: 'pull_request',
      payload,
    });
    expect(result.code).toBe(1);
    expect(result.summary).toContain('### Findings');
    expect(result.summary).toContain('### Required reviews');
    assertInert(result.summary);
    const checkSummaries = gh.requests
      .filter((r) => /\/check-runs/.test(r.path) && r.body !== '')
      .map((r) => (JSON.parse(r.body) as Json).output?.summary as string | undefined)
      .filter((s): s is string => s !== undefined);
    expect(checkSummaries.length).toBeGreaterThan(0);
    for (const summary of checkSummaries) assertInert(summary);
  });
});
