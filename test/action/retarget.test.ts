/**
 * Issue 9.11: retargeting a pull request's base (`pull_request` `edited` with `changes.base`)
 * must not leave the verdict on the old base standing. The bundled Action judges the pull
 * request again against the new base (its diff and its policy) and writes a fresh check run.
 * Payloads are @octokit/webhooks-examples' pull_request example turned into an `edited` event
 * with `changes` as GitHub sends it (the examples package has no `edited` example).
 */
import type { PullRequestEditedEvent } from '@octokit/webhooks-types';
import { describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { shaOf } from './fake-github.js';
import { type Json, pullRequestPayload, runAction } from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const MAIN = shaOf('retarget-main');
const RELEASE = shaOf('retarget-release');
const HEAD = shaOf('retarget-head');
const README = '# octo-repo\n';

const gh = useFakeGitHub();

function payload(base: string, baseRef: string, action = 'opened'): Record<string, Json> {
  gh.pulls.set(5, { base, head: HEAD });
  const body = pullRequestPayload(gh, { number: 5, base, head: HEAD });
  body.action = action;
  body.pull_request.base.ref = baseRef;
  return body;
}

function edited(
  changes: PullRequestEditedEvent['changes'],
  base: string,
  baseRef: string,
): Record<string, Json> {
  const body = payload(base, baseRef, 'edited');
  body.changes = changes;
  return body;
}

function run(body: unknown) {
  return runAction({
    apiUrl: gh.url,
    repository: `${gh.owner}/${gh.repo}`,
    event: 'pull_request',
    payload: body,
  });
}

function checkRunWrites() {
  return gh.requests
    .filter((r) => /\/check-runs(\/\d+)?$/.test(r.path.split('?')[0]!) && r.method !== 'GET')
    .map((r) => ({ method: r.method, body: JSON.parse(r.body) as Json }));
}

describe('a pull request retargeted to another base', () => {
  // The head branch was cut from `release`, which already holds a key that never reached `main`.
  function setUp(): string {
    const secret = compose('{{github:ghp_}}', 91);
    gh.commit(MAIN, { 'README.md': README });
    gh.commit(RELEASE, { 'README.md': README, 'deploy/release.env': `TOKEN=${secret}\n` });
    gh.commit(HEAD, {
      'README.md': `${README}A fix.\n`,
      'deploy/release.env': `TOKEN=${secret}\n`,
    });
    return secret;
  }

  it('is judged again against the new base, on a fresh check run that blocks', async () => {
    const secret = setUp();
    const first = await run(payload(RELEASE, 'release'));
    expect(first.code).toBe(0);
    expect(checkRunWrites()).toEqual([
      { method: 'POST', body: expect.objectContaining({ conclusion: 'success' }) },
    ]);

    // Retarget: release → main. The key is now part of what the pull request brings to main.
    const second = await run(
      edited({ base: { ref: { from: 'release' }, sha: { from: RELEASE } } }, MAIN, 'main'),
    );
    expect(second.code).toBe(1);
    expect(second.outputs.decision).toBe('block');
    const writes = checkRunWrites();
    expect(writes).toHaveLength(2);
    // A new check run (not a PATCH of the old one): no annotation of the old diff lingers.
    expect(writes[1]).toEqual({
      method: 'POST',
      body: expect.objectContaining({ head_sha: HEAD, conclusion: 'failure' }),
    });
    expect(writes[1]!.body.output.annotations).toEqual([
      expect.objectContaining({ path: 'deploy/release.env', start_line: 1 }),
    ]);
    expect(second.evidence!.baseSha).toBe(MAIN);
    const said = `The pull request was retargeted from release (${RELEASE.slice(0, 7)}) to main (${MAIN.slice(0, 7)}): it was judged again`;
    expect(second.summary).toContain(said);
    expect(second.evidence!.notes.join('\n')).toContain(said);
    // The policy came from the new base.
    expect(
      gh.requestsTo('GET', /\/contents\/\.mandate\.yml$/).map((r) => r.path.split('ref=')[1]),
    ).toContain(MAIN);
    expect(`${second.stdout}${second.summary}${second.evidenceText}`).not.toContain(secret);
  });

  it('a title-only edit is judged again too, updating the same check run', async () => {
    setUp();
    const first = await run(payload(MAIN, 'main'));
    expect(first.code).toBe(1);
    const second = await run(edited({ title: { from: 'WIP' } }, MAIN, 'main'));
    // Same verdict, same check run: an edit cannot turn the job green without a judgement.
    expect(second.code).toBe(1);
    const writes = checkRunWrites();
    expect(writes.map((w) => w.method)).toEqual(['POST', 'PATCH']);
    expect(writes[1]!.body.conclusion).toBe('failure');
    expect(second.summary).not.toContain('retargeted');
  });
});
