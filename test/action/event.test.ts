import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvent, readEventFromEnv } from '../../action/src/event.js';
import { signingPlan, visibilityOf } from '../../action/src/signing.js';
import { MandateError } from '../../src/core/errors.js';
import { examplePayload } from './run-action.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

describe('parseEvent on @octokit/webhooks-examples payloads', () => {
  it.each(['pull_request', 'pull_request_target', 'pull_request_review'])(
    '%s: number, SHAs, author, fork flag',
    (name) => {
      const payload = examplePayload('pull_request', 'opened');
      const event = parseEvent(name, payload);
      expect(event).toMatchObject({
        kind: 'pull-request',
        name,
        action: 'opened',
        number: payload.pull_request.number,
        baseSha: payload.pull_request.base.sha,
        headSha: payload.pull_request.head.sha,
        author: payload.pull_request.user.login,
        fork: false,
      });
      payload.pull_request.head.repo.full_name = 'someone/fork';
      expect(parseEvent(name, payload)).toMatchObject({ fork: true });
      payload.pull_request.head.repo = null;
      expect(parseEvent(name, payload)).toMatchObject({ fork: true });
    },
  );

  it('pull_request edited: a retargeted base is recorded with the base it had (changes.base)', () => {
    const payload = examplePayload('pull_request', 'opened');
    payload.action = 'edited';
    expect(parseEvent('pull_request', payload)).toMatchObject({ baseChange: null });
    payload.changes = { title: { from: 'WIP' } };
    expect(parseEvent('pull_request', payload)).toMatchObject({ baseChange: null });
    payload.changes = { base: { ref: { from: 'release' }, sha: { from: SHA_A } } };
    expect(parseEvent('pull_request', payload)).toMatchObject({
      action: 'edited',
      baseChange: { fromRef: 'release', fromSha: SHA_A },
    });
    payload.changes = { base: { ref: { from: 'release' }, sha: { from: 'not-a-sha' } } };
    expect(parseEvent('pull_request', payload)).toMatchObject({
      baseChange: { fromRef: 'release', fromSha: null },
    });
  });

  it('merge_group: base and head of the group', () => {
    const payload = examplePayload('merge_group');
    expect(parseEvent('merge_group', payload)).toMatchObject({
      kind: 'range',
      baseSha: payload.merge_group.base_sha,
      headSha: payload.merge_group.head_sha,
    });
  });

  it('push: a range; a new branch has no base; a deleted branch is idle', () => {
    const payload = examplePayload('push');
    Object.assign(payload, { before: SHA_A, after: SHA_B, created: false, deleted: false });
    expect(parseEvent('push', payload)).toMatchObject({
      kind: 'range',
      baseSha: SHA_A,
      headSha: SHA_B,
    });
    Object.assign(payload, { before: '0'.repeat(40) });
    expect(parseEvent('push', payload)).toMatchObject({
      kind: 'range',
      baseSha: null,
      defaultBranch: payload.repository.default_branch,
    });
    Object.assign(payload, { deleted: true, after: '0'.repeat(40) });
    expect(parseEvent('push', payload)).toMatchObject({ kind: 'idle' });
  });

  it('workflow_dispatch scans the commit GITHUB_SHA names; schedule scans no change', () => {
    const payload = examplePayload('workflow_dispatch');
    expect(parseEvent('workflow_dispatch', payload, { sha: SHA_A })).toMatchObject({
      kind: 'ref',
      sha: SHA_A,
    });
    expect(() => parseEvent('workflow_dispatch', payload)).toThrow(/GITHUB_SHA/);
    expect(parseEvent('schedule', { schedule: '0 0 * * *' })).toMatchObject({
      kind: 'idle',
      reason: expect.stringContaining('policy documents'),
    });
  });

  it.each([
    ['pull_request', null, /not a JSON object/],
    ['pull_request', {}, /pull_request is missing/],
    [
      'pull_request',
      { pull_request: { number: 1, base: { sha: 'x' }, head: { sha: SHA_B } } },
      /base\.sha is not a commit SHA/,
    ],
    [
      'pull_request',
      { pull_request: { number: 0, base: { sha: SHA_A }, head: { sha: SHA_B } } },
      /number/,
    ],
    ['merge_group', { merge_group: { base_sha: SHA_A } }, /head_sha/],
    ['push', { after: SHA_B }, /ref is missing/],
    ['issues', { action: 'opened' }, /does not handle the issues event/],
  ])('%s with a bad payload → one sentence', (name, payload, message) => {
    let thrown: unknown;
    try {
      parseEvent(name, payload);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MandateError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message.split('\n')).toHaveLength(1);
  });
});

describe('readEventFromEnv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-event-'));
  const file = join(dir, 'event.json');

  it('reads the payload file, repository, actor and run URL', () => {
    writeFileSync(file, JSON.stringify(examplePayload('pull_request', 'opened')));
    const env = readEventFromEnv({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: file,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_RUN_ID: '99',
      GITHUB_ACTOR: 'dev',
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_API_URL: 'http://127.0.0.1:1/',
    });
    expect(env).toMatchObject({
      repo: { owner: 'acme', repo: 'app' },
      actor: 'dev',
      runUrl: 'https://ghe.example.com/acme/app/actions/runs/99',
      apiUrl: 'http://127.0.0.1:1',
    });
  });

  it.each([
    [{}, /GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set/],
    [{ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json' }, /cannot be read/],
  ])('fails with one sentence: %o', (env, message) => {
    expect(() => readEventFromEnv(env)).toThrow(message);
  });

  it('rejects a payload that is not JSON', () => {
    writeFileSync(file, '{ nope');
    expect(() =>
      readEventFromEnv({
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: file,
        GITHUB_REPOSITORY: 'a/b',
      }),
    ).toThrow(/not valid JSON/);
  });
});

describe('the repository visibility, read once with the event', () => {
  it.each([
    [{ visibility: 'public', private: false }, 'public'],
    [{ private: false }, 'public'],
    [{ visibility: 'internal', private: true }, 'private'],
    [{ private: true }, 'private'],
    [{}, null],
  ] as const)('%o is %s', (repository, visibility) => {
    expect(visibilityOf({ repository })).toBe(visibility);
  });

  it('is part of the run environment, and signing decides on it without reading the payload again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandate-event-'));
    const file = join(dir, 'event.json');
    const payload = examplePayload('pull_request', 'opened');
    payload.repository.private = false;
    writeFileSync(file, JSON.stringify(payload));
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file };
    const run = readEventFromEnv({ ...env, GITHUB_REPOSITORY: 'acme/app' });
    expect(run.visibility).toBe('public');
    // No GITHUB_EVENT_PATH here: what the plan knows of the repository is what the event said.
    const oidc = {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
    };
    expect(signingPlan('auto', run.visibility, oidc)).toMatchObject({ sign: true });
    expect(signingPlan('auto', 'private', oidc)).toMatchObject({
      sign: false,
      why: expect.stringContaining('the repository is private'),
    });
  });
});
