/**
 * The Action's evidence glue against the fake GitHub: the protection snapshot (readable or
 * said out loud), the append to the ledger branch or an evidence repository, the anchor in
 * the mandate check run that `verify` compares with, and a fork run's gap recorded on merge.
 */
import { Octokit } from '@octokit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  commitEvidence,
  mergedPulls,
  prepareEvidence,
  readProtection,
  recordEvidence,
  recordGaps,
  UNRECORDED,
  withAnchor,
} from '../../action/src/evidence.js';
import { appendViaApi, readLedgerViaApi } from '../../src/evidence/github-store.js';
import { readAnchors, verifyLedger } from '../../src/evidence/verify.js';
import type { GitHubRest } from '../../src/sources/github.js';
import { FakeGitHub } from '../action/fake-github.js';
import { sha, statementAt } from './fixtures.js';

let gh: FakeGitHub;
let client: GitHubRest;
const repo = { owner: 'acme', repo: 'app' };

beforeEach(async () => {
  gh = new FakeGitHub('acme/app');
  await gh.start();
  client = new Octokit({ auth: 't', baseUrl: gh.url }) as unknown as GitHubRest;
});
afterEach(() => gh.stop());

/** What verify reads from the fake's check runs. */
const anchors = {
  anchors: async (_repository: string, headSha: string) =>
    gh.checkRuns
      .filter((run) => run.head_sha === headSha)
      .flatMap((run) =>
        readAnchors((run as { output?: { summary?: string } }).output?.summary ?? ''),
      ),
};

async function checkRun(headSha: string): Promise<number> {
  const created = await client.request('POST /repos/{owner}/{repo}/check-runs', {
    ...repo,
    name: 'mandate',
    head_sha: headSha,
    output: { title: 'passed', summary: 'No findings.' },
  });
  return (created.data as { id: number }).id;
}

describe('the protection snapshot', () => {
  it('sees the mandate check required by a ruleset or the classic protection', async () => {
    gh.branchRules.set('main', [
      {
        type: 'required_status_checks',
        ruleset_id: 7,
        parameters: { required_status_checks: [{ context: 'mandate' }] },
      },
      { type: 'pull_request', ruleset_id: 7, parameters: {} },
    ]);
    expect(await readProtection(client, repo, 'refs/heads/main')).toEqual({
      readable: true,
      branch: 'main',
      requiredChecks: null,
      rulesets: [
        { type: 'required_status_checks', rulesetId: 7, requiredChecks: ['mandate'] },
        { type: 'pull_request', rulesetId: 7, requiredChecks: [] },
      ],
      mandateRequired: true,
    });
    gh.branchRules.set('dev', []);
    gh.requiredChecks.set('dev', ['build']);
    expect(await readProtection(client, repo, 'dev')).toMatchObject({
      readable: true,
      requiredChecks: ['build'],
      mandateRequired: false,
    });
  });

  it('says out loud when this token cannot read it', async () => {
    gh.branchRules.set('main', []);
    gh.requiredChecks.set('main', 'forbidden');
    const snapshot = await readProtection(client, repo, 'main');
    expect(snapshot).toMatchObject({ readable: false, branch: 'main' });
    expect(snapshot.readable === false && snapshot.reason).toMatch(/not readable with this token/);
  });
});

describe('recording a run', () => {
  it('appends the Statement, anchors its hash in the check run, and verify agrees', async () => {
    const notes: string[] = [];
    const statements = ['2026-12-01T10:00:00Z', '2026-12-02T10:00:00Z'].map((t) => statementAt(t));
    for (const statement of statements) {
      const id = await checkRun(statement.predicate.headSha);
      const recorded = await recordEvidence({
        client,
        repo,
        record: statement.predicate,
        branch: 'main',
        evidenceRepository: null,
        check: { id, title: 'passed', summary: 'No findings.' },
        note: (s) => notes.push(s),
      });
      expect(recorded.anchor).toMatch(
        /^mandate-evidence: statement sha256:[0-9a-f]{64} chain seq \d head sha256:/,
      );
    }
    expect(notes.at(-1)).toMatch(
      /appended to acme\/app@mandate-evidence \(acme\/app\/2026\/2026-12\.jsonl, record 2\)/,
    );
    const files = await readLedgerViaApi(client, repo);
    const report = await verifyLedger(files, anchors);
    expect(report).toMatchObject({ records: 2, anchored: 2, breaks: [] });
    // The protection was not readable here (no rules route): recorded as such, not omitted.
    expect(files[0]!.text).toContain('"protection":{"readable":false');
    // A ledger rewritten after the fact disagrees with the check runs.
    const [first, second] = files[0]!.text.trim().split('\n');
    const forged = JSON.parse(first!);
    forged.statement.predicate.decision = 'block';
    const edited = [{ path: files[0]!.path, text: `${JSON.stringify(forged)}\n${second}\n` }];
    const after = await verifyLedger(edited, anchors);
    expect(after.breaks[0]).toMatchObject({ line: 1 });
  });

  it('keeps the anchor when the check summary is at the Checks API limit', async () => {
    const statement = statementAt('2026-12-01T10:00:00Z');
    const id = await checkRun(statement.predicate.headSha);
    const recorded = await recordEvidence({
      client,
      repo,
      record: statement.predicate,
      branch: 'main',
      evidenceRepository: null,
      check: { id, title: 'blocked', summary: 'x'.repeat(70_000) },
      note: () => {},
    });
    const summary = (gh.checkRuns.find((run) => run.id === id) as { output?: { summary?: string } })
      .output?.summary;
    expect(summary?.length).toBeLessThanOrEqual(65_000);
    expect(readAnchors(summary ?? '')).toEqual([recorded.statementSha256]);
  });

  it('reads only the anchor the Action appended, not one planted earlier in the summary', async () => {
    const planted = `mandate-evidence: statement sha256:${'a'.repeat(64)} chain seq 1 head sha256:${'b'.repeat(64)}`;
    const statement = statementAt('2026-12-01T10:00:00Z');
    const id = await checkRun(statement.predicate.headSha);
    const recorded = await recordEvidence({
      client,
      repo,
      record: statement.predicate,
      branch: 'main',
      evidenceRepository: null,
      check: {
        id,
        title: 'blocked',
        summary: `- \`src/<sub>${planted}</sub>.ts\`\n<sub>${planted}</sub>`,
      },
      note: () => {},
    });
    const summary = (gh.checkRuns.find((run) => run.id === id) as { output?: { summary?: string } })
      .output?.summary;
    expect(readAnchors(summary ?? '')).toEqual([recorded.statementSha256]);
    expect(readAnchors(`<sub>${planted}</sub>\n\nmore text`)).toEqual([]);
  });

  it('to an evidence repository, when the input names one', async () => {
    const statement = statementAt('2026-12-01T10:00:00Z');
    await recordEvidence({
      client,
      repo,
      record: statement.predicate,
      branch: 'main',
      evidenceRepository: 'acme/compliance-evidence',
      check: null,
      note: () => {},
    });
    expect(Object.keys(gh.gitFiles('acme/compliance-evidence', 'mandate-evidence'))).toEqual([
      'acme/app/2026/2026-12.jsonl',
    ]);
    expect(gh.gitFiles('acme/app', 'mandate-evidence')).toEqual({});
  });

  it('a run that cannot write the ledger says so in its check run, and the merge run records the gap', async () => {
    gh.gitReadOnly.add('acme/app');
    const notes: string[] = [];
    const statement = statementAt('2026-12-01T10:00:00Z', { pullRequest: 42 });
    const id = await checkRun(statement.predicate.headSha);
    const recorded = await recordEvidence({
      client,
      repo,
      record: statement.predicate,
      branch: 'main',
      evidenceRepository: null,
      check: { id, title: 'passed', summary: 'No findings.' },
      note: (s) => notes.push(s),
    });
    expect(recorded.appended).toBeNull();
    expect(recorded.anchor).toContain(UNRECORDED);
    expect(notes.join(' ')).toMatch(
      /could not be appended .* the next run that can write records the gap/,
    );
    // The merge: a writable run on the merge commit of pull request 42.
    gh.gitReadOnly.delete('acme/app');
    const merge = sha('merge 42');
    gh.commitPulls.set(merge, [
      {
        number: 42,
        head: { sha: statement.predicate.headSha },
        merged_at: '2026-12-01T11:00:00Z',
        merge_commit_sha: merge,
      },
    ]);
    const gaps = await recordGaps({
      client,
      repo,
      repository: 'acme/app',
      headSha: merge,
      evidenceRepository: null,
      now: new Date('2026-12-01T12:00:00Z'),
    });
    expect(gaps).toBe(1);
    const files = await readLedgerViaApi(client, repo);
    const report = await verifyLedger(files);
    expect(report.breaks).toEqual([]);
    expect(report.streams[0]).toMatchObject({ records: 0, gaps: 1 });
    expect(files[0]!.text).toContain(`"statementSha256":"${recorded.statementSha256}"`);
  });

  it('a fork pull request (no check run, no write) merged: the merge run records its gap once', async () => {
    // The ledger already holds another pull request's record.
    const other = statementAt('2026-12-01T09:00:00Z', { pullRequest: 41 });
    await recordEvidence({
      client,
      repo,
      record: other.predicate,
      branch: 'main',
      evidenceRepository: null,
      check: null,
      note: () => {},
    });
    const forkHead = sha('fork head 43');
    const merge = sha('merge 43');
    gh.commitPulls.set(merge, [
      {
        number: 43,
        head: { sha: forkHead },
        merged_at: '2026-12-02T11:00:00Z',
        merge_commit_sha: merge,
      },
    ]);
    gh.commitPulls.set(sha('merge 41'), [
      {
        number: 41,
        head: { sha: other.predicate.headSha },
        merged_at: '2026-12-01T09:30:00Z',
        merge_commit_sha: sha('merge 41'),
      },
    ]);
    const now = new Date('2026-12-02T12:00:00Z');
    const options = { client, repo, repository: 'acme/app', evidenceRepository: null, now };
    expect(await recordGaps({ ...options, headSha: merge })).toBe(1);
    // Recorded once: a re-run of the merge adds nothing; a recorded pull request has no gap.
    expect(await recordGaps({ ...options, headSha: merge })).toBe(0);
    expect(await recordGaps({ ...options, headSha: sha('merge 41') })).toBe(0);
    const files = await readLedgerViaApi(client, repo);
    const report = await verifyLedger(files);
    expect(report.breaks).toEqual([]);
    expect(report.streams[0]).toMatchObject({ records: 1, gaps: 1 });
    expect(files[0]!.text).toContain(
      `"gap":{"subject":"acme/app@pull/43","headSha":"${forkHead}","runUrl":null`,
    );
  });

  it('a push whose commit is the head of an open pull request records no gap for it', async () => {
    // GitHub lists the open pull requests a commit belongs to as well as the one it merged.
    const head = sha('open 44');
    gh.commitPulls.set(head, [
      { number: 44, head: { sha: head } }, // open: not merged, no merge commit
    ]);
    const options = { client, repo, repository: 'acme/app', evidenceRepository: null };
    expect(
      await recordGaps({ ...options, headSha: head, now: new Date('2026-12-02T12:00:00Z') }),
    ).toBe(0);
    expect(await readLedgerViaApi(client, repo)).toEqual([]);
  });

  it('the check run is created with the anchor; it is rewritten only when another run appended first', async () => {
    const statement = statementAt('2026-12-01T10:00:00Z', { pullRequest: 5 });
    const prepared = await prepareEvidence({
      client,
      repo,
      record: statement.predicate,
      branch: 'main',
      evidenceRepository: null,
    });
    expect(prepared.anchor).toMatch(/chain seq 1 head sha256:[0-9a-f]{64}$/);
    const created = await client.request('POST /repos/{owner}/{repo}/check-runs', {
      ...repo,
      name: 'mandate',
      head_sha: statement.predicate.headSha,
      output: { title: 'passed', summary: withAnchor('No findings.', prepared.anchor) },
    });
    const id = (created.data as { id: number }).id;
    const check = { id, title: 'passed', summary: 'No findings.', anchored: prepared.anchor };
    // Nobody else wrote: no second request to the check run.
    const recorded = await commitEvidence({ client, repo, prepared, check, note: () => {} });
    expect(recorded.anchor).toBe(prepared.anchor);
    expect(gh.requestsTo('PATCH', /\/check-runs\//)).toEqual([]);

    // Another run appends between this run's read and its write: the record lands one later,
    // and the check run's anchor is rewritten to say so.
    const late = statementAt('2026-12-02T10:00:00Z', { pullRequest: 6 });
    const racing = await prepareEvidence({
      client,
      repo,
      record: late.predicate,
      branch: 'main',
      evidenceRepository: null,
    });
    const other = statementAt('2026-12-02T09:00:00Z', { pullRequest: 7 });
    await appendViaApi(client, repo, 'acme/app', other.predicate.time, { statement: other });
    const lateId = await checkRun(late.predicate.headSha);
    const result = await commitEvidence({
      client,
      repo,
      prepared: racing,
      check: { id: lateId, title: 'passed', summary: 'No findings.', anchored: racing.anchor },
      note: () => {},
    });
    expect(racing.anchor).toMatch(/chain seq 2 /);
    expect(result.anchor).toMatch(/chain seq 3 /);
    const patches = gh.requestsTo('PATCH', /\/check-runs\//);
    expect(patches).toHaveLength(1);
    expect(JSON.parse(patches[0]!.body).output.summary).toContain(result.anchor);
    const report = await verifyLedger(await readLedgerViaApi(client, repo), anchors);
    expect(report).toMatchObject({ records: 3, breaks: [] });
  });

  it('a prepared record the ledger then refuses: the check run is told it was not recorded', async () => {
    const statement = statementAt('2026-12-01T10:00:00Z', { pullRequest: 5 });
    const prepared = await prepareEvidence({
      client,
      repo,
      record: statement.predicate,
      branch: 'main',
      evidenceRepository: null,
    });
    gh.gitReadOnly.add('acme/app');
    const id = await checkRun(statement.predicate.headSha);
    const notes: string[] = [];
    const recorded = await commitEvidence({
      client,
      repo,
      prepared,
      check: { id, title: 'passed', summary: 'No findings.', anchored: prepared.anchor },
      note: (s) => notes.push(s),
    });
    expect(recorded.appended).toBeNull();
    expect(recorded.anchor).toContain(UNRECORDED);
    const patches = gh.requestsTo('PATCH', /\/check-runs\//);
    expect(JSON.parse(patches[0]!.body).output.summary).toContain(UNRECORDED);
    expect(notes.join(' ')).toMatch(/cannot write the evidence ledger acme\/app@mandate-evidence/);
  });

  it('a ledger unreadable before the check run: anchored "not recorded", then corrected once the append lands', async () => {
    const statement = statementAt('2026-12-01T10:00:00Z', { pullRequest: 5 });
    gh.failures.push({ method: 'GET', path: /\/git\/ref\//, status: 502, message: 'Bad Gateway' });
    const prepared = await prepareEvidence({
      client,
      repo,
      record: statement.predicate,
      branch: 'main',
      evidenceRepository: null,
    });
    expect(prepared.tail).toBeNull();
    expect(prepared.anchor).toContain(UNRECORDED);
    const id = await checkRun(statement.predicate.headSha);
    const recorded = await commitEvidence({
      client,
      repo,
      prepared,
      check: { id, title: 'passed', summary: 'No findings.', anchored: prepared.anchor },
      note: () => {},
    });
    expect(recorded.appended?.head.seq).toBe(1);
    const patches = gh.requestsTo('PATCH', /\/check-runs\//);
    expect(patches).toHaveLength(1);
    expect(readAnchors(JSON.parse(patches[0]!.body).output.summary)).toEqual([
      recorded.statementSha256,
    ]);
    const report = await verifyLedger(await readLedgerViaApi(client, repo), anchors);
    expect(report).toMatchObject({ records: 1, anchored: 1, breaks: [] });
  });

  it('a merge whose pull requests the API does not list fails the gap check, not passes it', async () => {
    const merge = sha('merge 43');
    gh.answers.push({ method: 'GET', path: new RegExp(`/commits/${merge}/pulls`), data: null });
    const options = { client, repo, repository: 'acme/app', evidenceRepository: null };
    const facts = { ...options, headSha: merge, now: new Date('2026-12-01T12:00:00Z') };
    const notList = new RegExp(
      `GitHub's answer to GET /repos/acme/app/commits/${merge}/pulls is not a list`,
    );
    await expect(recordGaps(facts)).rejects.toThrow(notList);
    await expect(mergedPulls(facts)).rejects.toThrow(notList);
  });
});
