/**
 * The ledger on GitHub through the git data API, against the fake server: appends land on the
 * `mandate-evidence` branch (or an evidence repository), concurrent appends race on the ref
 * and all land, and a token that cannot write is told so.
 */

import { Octokit } from '@octokit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendViaApi, readLedgerViaApi } from '../../src/evidence/github-store.js';
import { verifyLedger } from '../../src/evidence/verify.js';
import type { GitHubRest } from '../../src/sources/github.js';
import { FakeGitHub } from '../action/fake-github.js';
import { statementAt } from './fixtures.js';

let gh: FakeGitHub;
let client: GitHubRest;

beforeEach(async () => {
  gh = new FakeGitHub('acme/app');
  await gh.start();
  // Plain octokit: the Action's client also throttles writes to one a second (GitHub's advice
  // against secondary rate limits), which would only slow these tests down.
  client = new Octokit({ auth: 't', baseUrl: gh.url }) as unknown as GitHubRest;
});
afterEach(() => gh.stop());

const target = { owner: 'acme', repo: 'app' };

describe('the ledger branch through the git data API', () => {
  it('creates the branch, then appends month files under <owner>/<repo>/<YYYY>/', async () => {
    for (const time of ['2026-11-30T23:59:59Z', '2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z']) {
      await appendViaApi(client, target, 'acme/app', time, { statement: statementAt(time) });
    }
    const files = gh.gitFiles('acme/app', 'mandate-evidence');
    expect(Object.keys(files).sort()).toEqual([
      'acme/app/2026/2026-11.jsonl',
      'acme/app/2026/2026-12.jsonl',
    ]);
    expect(files['acme/app/2026/2026-12.jsonl']!.trim().split('\n')).toHaveLength(2);
    // Never a checkout or the contents API: only git data routes.
    expect(gh.requests.every((r) => /\/git\//.test(r.path))).toBe(true);
    expect(gh.requestsTo('POST', /\/git\/refs$/)).toHaveLength(1);
    const report = await verifyLedger(await readLedgerViaApi(client, target));
    expect(report).toMatchObject({ records: 3, breaks: [] });
  });

  it('two concurrent appends both land, after the loser re-reads the moved ref', async () => {
    await appendViaApi(client, target, 'acme/app', '2026-12-01T10:00:00Z', {
      statement: statementAt('2026-12-01T10:00:00Z'),
    });
    const times = ['2026-12-02T10:00:00Z', '2026-12-03T10:00:00Z'];
    const results = await Promise.all(
      times.map((time) =>
        appendViaApi(
          client,
          target,
          'acme/app',
          time,
          { statement: statementAt(time) },
          { backoffMs: 5 },
        ),
      ),
    );
    expect(gh.refConflicts).toBeGreaterThanOrEqual(1);
    const attempts = results.map((r) => r.attempts).sort();
    expect(attempts[0]).toBe(1);
    expect(attempts[1]).toBeGreaterThanOrEqual(2);
    const report = await verifyLedger(await readLedgerViaApi(client, target));
    expect(report).toMatchObject({ records: 3, breaks: [] });
    const heads = results.map((r) => r.head.seq).sort();
    expect(heads).toEqual([2, 3]);
  });

  it('many concurrent appends all land in one unbroken chain', async () => {
    const times = Array.from({ length: 6 }, (_, i) => `2026-12-1${i}T10:00:00Z`);
    await Promise.all(
      times.map((time) =>
        appendViaApi(
          client,
          target,
          'acme/app',
          time,
          { statement: statementAt(time) },
          { backoffMs: 5, maxAttempts: 20 },
        ),
      ),
    );
    const report = await verifyLedger(await readLedgerViaApi(client, target));
    expect(report).toMatchObject({ records: 6, breaks: [] });
  });

  it('a refused ref update (not a fast forward) makes it re-read the ref and try again', async () => {
    await appendViaApi(client, target, 'acme/app', '2026-12-01T10:00:00Z', {
      statement: statementAt('2026-12-01T10:00:00Z'),
    });
    gh.failures.push({
      method: 'PATCH',
      path: /\/git\/refs\/heads(\/|%2F)mandate-evidence$/,
      status: 422,
      message: 'Update is not a fast forward',
    });
    const reads = gh.requestsTo('GET', /\/git\/ref\//).length;
    const appended = await appendViaApi(
      client,
      target,
      'acme/app',
      '2026-12-06T10:00:00Z',
      {
        statement: statementAt('2026-12-06T10:00:00Z'),
      },
      { backoffMs: 1 },
    );
    expect(appended.attempts).toBe(2);
    expect(gh.requestsTo('GET', /\/git\/ref\//).length - reads).toBe(2);
    const report = await verifyLedger(await readLedgerViaApi(client, target));
    expect(report).toMatchObject({ records: 2, breaks: [] });
  });

  it('gives up after the last attempt and says so, never silently', async () => {
    gh.failures.push({ method: 'POST', path: /\/git\/refs$/, status: 422, message: 'x', times: 3 });
    await expect(
      appendViaApi(
        client,
        target,
        'acme/app',
        '2026-12-01T10:00:00Z',
        {
          statement: statementAt('2026-12-01T10:00:00Z'),
        },
        { maxAttempts: 3, backoffMs: 1 },
      ),
    ).rejects.toThrow(/could not be appended to acme\/app@mandate-evidence after 3 attempts/);
  });

  it('writes to an evidence repository, keeping each repository its own stream', async () => {
    const evidence = { owner: 'acme', repo: 'compliance-evidence' };
    await appendViaApi(client, evidence, 'acme/app', '2026-12-01T10:00:00Z', {
      statement: statementAt('2026-12-01T10:00:00Z'),
    });
    await appendViaApi(client, evidence, 'acme/api', '2026-12-01T11:00:00Z', {
      statement: statementAt('2026-12-01T11:00:00Z', { repository: 'acme/api' }),
    });
    expect(Object.keys(gh.gitFiles('acme/compliance-evidence', 'mandate-evidence')).sort()).toEqual(
      ['acme/api/2026/2026-12.jsonl', 'acme/app/2026/2026-12.jsonl'],
    );
    const report = await verifyLedger(await readLedgerViaApi(client, evidence));
    expect(report.streams.map((s) => [s.repository, s.head?.seq])).toEqual([
      ['acme/api', 1],
      ['acme/app', 1],
    ]);
  });

  it('a token that cannot write is told what to grant, naming the ledger', async () => {
    gh.gitReadOnly.add('acme/app');
    await expect(
      appendViaApi(client, target, 'acme/app', '2026-12-01T10:00:00Z', {
        statement: statementAt('2026-12-01T10:00:00Z'),
      }),
    ).rejects.toThrow(/cannot write the evidence ledger acme\/app@mandate-evidence/);
  });

  it('writes one tree (the month file inline), one commit and one ref update — nothing more', async () => {
    await appendViaApi(client, target, 'acme/app', '2026-12-01T10:00:00Z', {
      statement: statementAt('2026-12-01T10:00:00Z'),
    });
    gh.requests.length = 0;
    await appendViaApi(client, target, 'acme/app', '2026-12-02T10:00:00Z', {
      statement: statementAt('2026-12-02T10:00:00Z'),
    });
    expect(
      gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`),
    ).toEqual([
      'POST /repos/acme/app/git/trees',
      'POST /repos/acme/app/git/commits',
      'PATCH /repos/acme/app/git/refs/heads%2Fmandate-evidence',
    ]);
    expect(gh.requestsTo('POST', /\/git\/blobs$/)).toEqual([]);
  });

  it('retries a refused ref update only: a failed tree or commit write is not retried', async () => {
    gh.failures.push({
      method: 'POST',
      path: /\/git\/trees$/,
      status: 422,
      message: 'Invalid tree',
    });
    await expect(
      appendViaApi(
        client,
        target,
        'acme/app',
        '2026-12-01T10:00:00Z',
        { statement: statementAt('2026-12-01T10:00:00Z') },
        { backoffMs: 1 },
      ),
    ).rejects.toThrow(/could not be appended to acme\/app@mandate-evidence after 1 attempt\./);
    expect(gh.requestsTo('POST', /\/git\/trees$/)).toHaveLength(1);
  });
});

describe('a ledger answer that is not what the git data API returns fails closed', () => {
  async function seeded(): Promise<void> {
    await appendViaApi(client, target, 'acme/app', '2026-12-01T10:00:00Z', {
      statement: statementAt('2026-12-01T10:00:00Z'),
    });
  }
  const next = () =>
    appendViaApi(client, target, 'acme/app', '2026-12-02T10:00:00Z', {
      statement: statementAt('2026-12-02T10:00:00Z'),
    });

  it('a tree that is not a list, naming where', async () => {
    await seeded();
    gh.answers.push({
      method: 'GET',
      path: /\/git\/trees\/[0-9a-f]{40}$/,
      data: { sha: 'x', tree: null },
    });
    await expect(next()).rejects.toThrow(
      /ledger acme\/app@mandate-evidence answered a tree that is not a list of entries for its root tree/,
    );
    const files = gh.gitFiles('acme/app', 'mandate-evidence');
    expect(files['acme/app/2026/2026-12.jsonl']!.trim().split('\n')).toHaveLength(1);
  });

  it('a stream tree that is not a list names its path', async () => {
    await seeded();
    // The root and acme: answered; the stream's folder (acme/app, listed recursively): broken.
    const trees = [...gh.gitStore('acme/app').trees.entries()];
    const stream = trees.find(([, entries]) => entries.some((e) => e.path === '2026'))![0];
    gh.answers.push({
      method: 'GET',
      path: new RegExp(`/git/trees/${stream}\\?recursive=1$`),
      data: { sha: stream, tree: 'x' },
    });
    await expect(next()).rejects.toThrow(/for acme\/app, so mandate cannot tell/);
  });

  it('reads the stream’s tail in five requests: ref, root, owner, stream (recursive), month file', async () => {
    await seeded();
    gh.requests.length = 0;
    await next();
    const reads = gh.requests
      .filter((r) => r.method === 'GET')
      .map((r) => decodeURIComponent(r.path).replace(/[0-9a-f]{40}/g, '<sha>'));
    expect(reads).toEqual([
      '/repos/acme/app/git/ref/heads/mandate-evidence',
      '/repos/acme/app/git/trees/<sha>',
      '/repos/acme/app/git/trees/<sha>',
      '/repos/acme/app/git/trees/<sha>?recursive=1',
      '/repos/acme/app/git/blobs/<sha>',
    ]);
  });

  it('a blob that is not base64, naming the month file', async () => {
    await seeded();
    gh.answers.push({
      method: 'GET',
      path: /\/git\/blobs\//,
      data: { encoding: 'base64', content: '%%% not base64 %%%' },
    });
    await expect(next()).rejects.toThrow(
      /answered a blob whose content is not base64 for acme\/app\/2026\/2026-12\.jsonl/,
    );
  });

  it('a month file whose last line does not parse is not read as an empty stream', async () => {
    await seeded();
    gh.answers.push({
      method: 'GET',
      path: /\/git\/blobs\//,
      data: {
        encoding: 'base64',
        content: Buffer.from('{"seq":1,"prev":nul\n').toString('base64'),
      },
    });
    await expect(next()).rejects.toThrow(
      /a month file whose last line is not a ledger entry for acme\/app\/2026\/2026-12\.jsonl/,
    );
  });

  it('verify and the report (readLedgerViaApi) fail closed too', async () => {
    await seeded();
    gh.answers.push({
      method: 'GET',
      path: /\/git\/trees\/[0-9a-f]{40}\?recursive=1$/,
      data: { tree: {} },
      times: 1,
    });
    await expect(readLedgerViaApi(client, target)).rejects.toThrow(/not a list of entries/);
    gh.answers.push({ method: 'GET', path: /\/git\/blobs\//, data: { encoding: 'base64' } });
    await expect(readLedgerViaApi(client, target)).rejects.toThrow(
      /a blob without content for acme\/app\/2026\/2026-12\.jsonl/,
    );
  });
});
