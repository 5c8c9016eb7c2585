/**
 * Issue 9.3, the CLI side: an inline allow staged with a change is counted and listed in every
 * format (text, JSON, SARIF suppressions, Markdown); without a reason, inside a string, or for
 * another value on its line it does not suppress. Real git repository, the built CLI.
 */
import type * as Sarif from 'sarif';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { makeRepo, type TestRepo } from '../support/git.js';
import { ensureBuilt, mandate, parseJson } from './helpers.js';

beforeAll(() => ensureBuilt(), 120_000);

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const token = (seed: number) => compose('{{github:ghp_}}', seed);

function staged(files: Record<string, string>): TestRepo {
  const r = makeRepo();
  repos.push(r);
  r.commit('init', { 'README.md': '# x\n' });
  for (const [path, content] of Object.entries(files)) r.write(path, content);
  r.git('add', '-A');
  return r;
}

describe('inline allows in a staged change', () => {
  it('are listed with their reason in text, JSON, SARIF and Markdown', () => {
    const secret = token(51);
    const r = staged({
      'tests/fixture.ts': `const t = "${secret}"; // mandate:allow: revoked test token\n`,
    });
    const text = mandate(r.dir, ['scan', '--staged']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('1 finding suppressed by an inline allow');
    expect(text.stdout).toMatch(
      /tests\/fixture\.ts:1:\d+ {2}secret\/github-pat {2}ghp_.+ {2}mandate:allow: revoked test token/,
    );
    expect(text.stdout).toContain('suppressed (inline: 1)');

    const json = parseJson(mandate(r.dir, ['scan', '--staged', '--format', 'json']).stdout);
    expect(json.findings).toEqual([]);
    expect(json.allowed).toEqual([
      expect.objectContaining({
        ruleId: 'secret/github-pat',
        path: 'tests/fixture.ts',
        line: 1,
        allow: { marker: 'mandate:allow', reason: 'revoked test token' },
      }),
    ]);

    const sarif = JSON.parse(
      mandate(r.dir, ['scan', '--staged', '--format', 'sarif']).stdout,
    ) as Sarif.Log;
    expect(sarif.runs[0]!.results?.map((x) => x.suppressions)).toEqual([
      [
        {
          kind: 'inSource',
          status: 'accepted',
          justification: 'mandate:allow: revoked test token',
        },
      ],
    ]);

    const md = mandate(r.dir, ['scan', '--staged', '--format', 'markdown']).stdout;
    expect(md).toContain('### Inline allows (1)');
    expect(md).toContain('revoked test token');

    for (const out of [text.stdout, JSON.stringify(json), JSON.stringify(sarif), md]) {
      expect(out).not.toContain(secret);
    }
  });

  it('do not suppress without a reason, inside a string, or for another value on the line', () => {
    const r = staged({
      'a.py': `A = "${token(52)}"  # mandate:allow\n`,
      'b.py': `B = "${token(53)}"  # gitleaks:allow\n`,
      'c.py': `C = "${token(54)} # mandate:allow inside the string"\n`,
      'd.json': `{"a":"${token(55)}","b":"${token(56)}"} // mandate:allow: the b fixture\n`,
    });
    const out = mandate(r.dir, ['scan', '--staged', '--format', 'json']);
    expect(out.status).toBe(1);
    const json = parseJson(out.stdout);
    const byPath = (path: string) => json.findings.filter((f) => f.path === path);
    expect(byPath('a.py')[0]?.message).toMatch(/gives no reason.*mandate:allow <reason>/);
    expect(byPath('b.py')[0]?.message).toMatch(/`gitleaks:allow` on this line gives no reason/);
    expect(byPath('c.py')[0]?.message).toMatch(/not in a comment/);
    // One allow on a line with two keys covers the last key before the comment only.
    expect(byPath('d.json')).toHaveLength(1);
    expect(byPath('d.json')[0]?.message).toMatch(/applies to one value/);
    expect(json.allowed?.map((f) => f.path)).toEqual(['d.json']);
    // The terminal (the hook) says it under the finding, too.
    const text = mandate(r.dir, ['scan', '--staged']).stdout;
    expect(text).toMatch(
      /a\.py\n.*\n {4}↳ inline allow not applied: the `mandate:allow` on this line gives no reason/,
    );
    const md = mandate(r.dir, ['scan', '--staged', '--format', 'markdown']).stdout;
    expect(md).toContain('Inline allow not applied: the');
  });
});
