/**
 * Issue 9.3: an inline allow is the author's word. Through the bundled Action: an allow the
 * pull request adds is counted and listed in the check run, the job summary, the SARIF
 * (`suppressions`) and the evidence record; without a reason it does not suppress; and
 * `inline_allow: review` turns it into a requirement for the security team.
 */
import { readFileSync } from 'node:fs';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { shaOf, type Tree } from './fake-github.js';
import { type Json, pullRequestPayload, runAction, validateEvidence } from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const BASE = shaOf('allow-base');
const HEAD = shaOf('allow-head');
const AUTHOR = 'erin';

function token(seed: number): string {
  return compose('{{github:ghp_}}', seed);
}

const gh = useFakeGitHub('octo-org/octo-repo', (gh) => {
  gh.teams.set('octo-org/security', ['alice', AUTHOR]);
  for (const user of ['alice', AUTHOR]) gh.orgMembers.add(user);
});

function setUp(config: string | null, added: Tree) {
  const base: Tree = {
    'README.md': '# octo\n',
    ...(config === null ? {} : { '.mandate.yml': config }),
  };
  gh.commit(BASE, base);
  gh.commit(HEAD, { ...base, ...added });
  gh.pulls.set(7, { base: BASE, head: HEAD });
  const payload = pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD });
  payload.pull_request.user.login = AUTHOR;
  return payload;
}

function run(payload: unknown) {
  return runAction({
    apiUrl: gh.url,
    repository: `${gh.owner}/${gh.repo}`,
    event: 'pull_request',
    payload,
    inputs: { 'sarif-file': 'mandate.sarif' },
  });
}

function checkRunSummaries(): string[] {
  return gh.requests
    .filter((r) => /\/check-runs/.test(r.path) && r.body !== '')
    .map((r) => (JSON.parse(r.body) as Json).output?.summary ?? '');
}

describe('inline allows added by a pull request', () => {
  it('suppress with a reason, and are listed in the check run, summary, SARIF and evidence', async () => {
    const secret = token(31);
    const payload = setUp(null, {
      'test/fixture.py': `TOKEN = "${secret}"  # mandate:allow revoked fixture for the parser tests\n`,
    });
    const result = await run(payload);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const check = checkRunSummaries().join('\n');
    expect(check).toContain('**Inline allows (1)**');
    expect(check).toContain('test/fixture.py:1');
    expect(check).toContain('revoked fixture for the parser tests');
    expect(result.summary).toContain('### Inline allows');
    expect(result.summary).toContain('revoked fixture for the parser tests');
    expect(result.summary).toMatch(/suppressed \(inline: 1\)|Inline allows \(1\)/);
    expect(validateEvidence(result.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
    expect(result.evidence!.allowed).toEqual([
      expect.objectContaining({
        ruleId: 'secret/github-pat',
        path: 'test/fixture.py',
        line: 1,
        marker: 'mandate:allow',
        reason: 'revoked fixture for the parser tests',
      }),
    ]);
    // A notice on the line, where the reviewer reads the diff.
    const notices = gh.requests
      .filter((r) => /\/check-runs/.test(r.path) && r.body !== '')
      .flatMap((r) => (JSON.parse(r.body) as Json).output?.annotations ?? [])
      .filter((a: Json) => a.annotation_level === 'notice');
    expect(notices).toEqual([
      expect.objectContaining({
        path: 'test/fixture.py',
        start_line: 1,
        title: expect.stringContaining('Inline allow'),
        message: expect.stringContaining('Reason given: revoked fixture for the parser tests'),
      }),
    ]);
    const sarif = JSON.parse(readFileSync(result.outputs['sarif-file']!, 'utf8')) as Sarif.Log;
    const results = sarif.runs[0]!.results ?? [];
    expect(results).toHaveLength(1);
    expect(results[0]!.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'mandate:allow: revoked fixture for the parser tests',
      },
    ]);
    const everything = [
      result.stdout,
      result.summary,
      result.evidenceText,
      readFileSync(result.outputs['sarif-file']!, 'utf8'),
      ...gh.requests.map((r) => r.body),
    ].join('\n');
    expect(everything).not.toContain(secret);
  });

  it('without a reason (a bare gitleaks:allow too) the finding blocks and says how to add one', async () => {
    const payload = setUp(null, {
      'a.py': `A = "${token(32)}"  # mandate:allow\n`,
      'b.py': `B = "${token(33)}"  # gitleaks:allow\n`,
      'c.py': `C = "${token(34)}  # mandate:allow in the string"\n`,
    });
    const result = await run(payload);
    expect(result.code).toBe(1);
    expect(result.evidence!.allowed).toBeUndefined();
    const messages = gh.requests
      .filter((r) => /\/check-runs/.test(r.path) && r.body !== '')
      .flatMap((r) => (JSON.parse(r.body) as Json).output?.annotations ?? [])
      .map((a: Json) => `${a.path}: ${a.message}`)
      .join('\n');
    expect(messages).toMatch(/a\.py: .*`mandate:allow` on this line gives no reason/);
    expect(messages).toMatch(/b\.py: .*`gitleaks:allow` on this line gives no reason/);
    expect(messages).toMatch(/c\.py: .*not in a comment/);
  });

  it('with `inline_allow: review`, an allow needs the security team to approve', async () => {
    const config =
      'extends: [recommended]\ninline_allow: review\nreview_settings:\n  security_team: octo-org/security\n';
    const payload = setUp(config, {
      'docs/example.md': `Use \`${token(35)}\` <!-- mandate:allow revoked, shown in the docs -->\n`,
    });
    const pending = await run(payload);
    expect(pending.stderr).toBe('');
    expect(pending.code).toBe(1);
    const requirement = pending.evidence!.reviews?.requirements.find(
      (r: Json) => r.ruleId === 'review/inline-allow',
    );
    expect(requirement).toMatchObject({ status: 'pending', triggers: ['docs/example.md'] });
    expect(pending.summary).toContain('review/inline-allow');
    expect(pending.summary).toContain('@octo-org/security');
    expect(validateEvidence(pending.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);

    gh.reviews.set(7, [
      {
        user: 'alice',
        state: 'APPROVED',
        commit_id: HEAD,
        submitted_at: '2026-01-02T10:01:00Z',
      },
    ]);
    const approved = await run(payload);
    expect(approved.code).toBe(0);
    expect(approved.evidence!.allowed).toHaveLength(1);
  });
});
