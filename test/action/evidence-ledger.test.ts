/**
 * The bundled Action with `evidence-ledger: branch`, run as the runner runs it: the record lands
 * on the `mandate-evidence` branch through the git data API, its hash is in the mandate check
 * run, and `verify` agrees — with the ledger and with the check run.
 */
import { describe, expect, it } from 'vitest';
import { checkStream, groupStreams, statementDigest } from '../../src/evidence/chain.js';
import type { EvidenceRecord } from '../../src/evidence/record.js';
import { toStatement } from '../../src/evidence/statement.js';
import { readAnchors } from '../../src/evidence/verify.js';
import { shaOf } from './fake-github.js';
import { examplePayload, pullRequestPayload, runAction, validateEvidence } from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const gh = useFakeGitHub();

const BASE = shaOf('base');
const HEAD = shaOf('head');

describe('the Action appends to the evidence ledger', () => {
  it('a pull request run: record on the ledger branch, anchored in its check run', async () => {
    gh.commit(BASE, { 'README.md': '# r\n' });
    gh.commit(HEAD, { 'README.md': '# r\n', 'src/app.ts': 'export const a = 1;\n' });
    gh.pulls.set(7, { base: BASE, head: HEAD });
    gh.branchRules.set('main', [
      {
        type: 'required_status_checks',
        ruleset_id: 3,
        parameters: { required_status_checks: [{ context: 'mandate' }] },
      },
    ]);
    const payload = pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD });
    payload.pull_request.base.ref = 'main';
    const result = await runAction({
      event: 'pull_request',
      payload,
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      inputs: { 'evidence-ledger': 'branch' },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = gh.gitFiles('octo-org/octo-repo', 'mandate-evidence');
    const paths = Object.keys(files);
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/^octo-org\/octo-repo\/\d{4}\/\d{4}-\d{2}\.jsonl$/);
    const [stream] = groupStreams(paths.map((path) => ({ path, text: files[path]! }))).values();
    const check = checkStream('octo-org/octo-repo', stream!);
    expect(check.brk).toBeNull();
    const entry = check.entries[0]!.entry;
    if (!('statement' in entry)) throw new Error('expected a statement');
    expect(entry.statement.subject).toEqual([
      { name: 'octo-org/octo-repo@pull/7', digest: { gitCommit: HEAD } },
    ]);
    expect(entry.statement.predicate.protection).toMatchObject({
      readable: true,
      branch: 'main',
      mandateRequired: true,
    });
    // The evidence file is the same record, protection included, and valid.
    expect(result.evidence).toMatchObject({ protection: { mandateRequired: true } });
    expect(validateEvidence(result.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
    // The check run's output names the Statement's hash.
    const run = gh.checkRuns.find((r) => r.head_sha === HEAD) as {
      output?: { summary?: string };
    };
    expect(readAnchors(run.output?.summary ?? '')).toEqual([statementDigest(entry.statement)]);
    expect(result.stdout).toContain('mandate-evidence: statement sha256:');
  }, 60_000);

  async function pullRequestRun(inputs: Record<string, string> = {}) {
    gh.commit(BASE, { 'README.md': '# r\n' });
    gh.commit(HEAD, { 'README.md': '# r\n', 'src/app.ts': 'export const a = 1;\n' });
    gh.pulls.set(7, { base: BASE, head: HEAD });
    const payload = pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD });
    payload.pull_request.base.ref = 'main';
    return runAction({
      event: 'pull_request',
      payload,
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      inputs: { 'evidence-ledger': 'branch', ...inputs },
    });
  }

  function ledgerStatement() {
    const files = gh.gitFiles('octo-org/octo-repo', 'mandate-evidence');
    const [text] = Object.values(files);
    const entries = text!
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    return entries.filter((entry) => 'statement' in entry).at(-1).statement;
  }

  /** The merge commit of pull request `number` (head HEAD), as the API associates them. */
  function mergeOf(number: number): string {
    const merge = shaOf(`merge ${number}`);
    gh.commit(merge, { 'README.md': '# r\n', 'src/app.ts': 'export const a = 1;\n' });
    gh.commitPulls.set(merge, [
      { number, head: { sha: HEAD }, merged_at: '2026-12-06T10:00:00Z', merge_commit_sha: merge },
    ]);
    return merge;
  }

  /** A push of `merge` to the default branch (the webhook example, adjusted), ledger on. */
  function pushToMain(merge: string) {
    const payload = examplePayload('push');
    Object.assign(payload, {
      before: BASE,
      after: merge,
      ref: 'refs/heads/main',
      created: false,
      deleted: false,
    });
    payload.repository.default_branch = 'main';
    return runAction({
      event: 'push',
      payload,
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      sha: merge,
      inputs: { 'evidence-ledger': 'branch' },
    });
  }

  it('costs four writes: the check run is created with its anchor, then one tree, commit and ref', async () => {
    const result = await pullRequestRun();
    expect(result.code).toBe(0);
    const writes = gh.requests
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${decodeURIComponent(r.path.split('?')[0]!)}`);
    expect(writes).toEqual([
      'POST /repos/octo-org/octo-repo/check-runs',
      'POST /repos/octo-org/octo-repo/git/trees',
      'POST /repos/octo-org/octo-repo/git/commits',
      'POST /repos/octo-org/octo-repo/git/refs',
    ]);
    const statement = ledgerStatement();
    const created = JSON.parse(gh.requestsTo('POST', /\/check-runs$/)[0]!.body);
    expect(readAnchors(created.output.summary)).toEqual([statementDigest(statement)]);
    expect(created.output.summary).toMatch(/chain seq 1 head sha256:[0-9a-f]{64}<\/sub>$/);
    // The evidence file is the record the ledger holds, byte for byte once hashed (the notes
    // the run adds after the append are not in either).
    expect(statementDigest(toStatement(result.evidence as EvidenceRecord))).toBe(
      statementDigest(statement),
    );
  }, 60_000);

  it('a token that writes the ledger but not checks: the record says the findings went as commands', async () => {
    gh.checksWritable = false;
    const result = await pullRequestRun();
    expect(result.code).toBe(0);
    const statement = ledgerStatement();
    expect(statement.predicate.annotations).toBe('commands');
    // The record says why, as the job summary does.
    expect(statement.predicate.notes.join(' ')).toMatch(/the token cannot create check runs/);
    expect(result.evidence).toMatchObject({ annotations: 'commands' });
    expect(statementDigest(toStatement(result.evidence as EvidenceRecord))).toBe(
      statementDigest(statement),
    );
    expect(gh.requestsTo('PATCH', /\/check-runs\//)).toEqual([]);
  }, 60_000);

  it('a push to the default branch records the merge commit that landed, linked to its pull request’s record', async () => {
    expect((await pullRequestRun()).code).toBe(0);
    const prStatement = ledgerStatement();
    const MERGE = mergeOf(7);
    const result = await pushToMain(MERGE);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const push = ledgerStatement();
    expect(push.subject).toEqual([
      { name: 'octo-org/octo-repo@refs/heads/main', digest: { gitCommit: MERGE } },
    ]);
    expect(push.predicate.merged).toEqual([
      {
        pullRequest: 7,
        headSha: HEAD,
        record: { seq: 1, statementSha256: statementDigest(prStatement), headSha: HEAD },
      },
    ]);
    expect(validateEvidence(result.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
    // The pull request has its record: no gap is added for it.
    const files = gh.gitFiles('octo-org/octo-repo', 'mandate-evidence');
    const lines = Object.values(files)[0]!.trim().split('\n');
    expect(lines).toHaveLength(2);
  }, 60_000);

  it('a push to another branch links nothing', async () => {
    gh.commit(BASE, { 'README.md': '# r\n' });
    gh.commit(HEAD, { 'README.md': '# r\nmore\n' });
    gh.commitPulls.set(HEAD, [
      { number: 9, head: { sha: HEAD }, merged_at: '2026-12-06T10:00:00Z', merge_commit_sha: HEAD },
    ]);
    const payload = examplePayload('push');
    Object.assign(payload, { before: BASE, after: HEAD, ref: 'refs/heads/feature' });
    payload.repository.default_branch = 'main';
    const result = await runAction({
      event: 'push',
      payload,
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      sha: HEAD,
      inputs: { 'evidence-ledger': 'branch' },
    });
    expect(result.code).toBe(0);
    expect(ledgerStatement().predicate.merged).toBeUndefined();
  }, 60_000);

  it('a push that merged a pull request with no record reads the merge and the ledger once, and records the gap', async () => {
    gh.commit(BASE, { 'README.md': '# r\n' });
    const MERGE = mergeOf(8);
    const result = await pushToMain(MERGE);
    expect(result.code).toBe(0);
    // The linking (mergedPulls) and the gap check (recordGaps) share one reading of each.
    expect(gh.requestsTo('GET', new RegExp(`/commits/${MERGE}/pulls$`))).toHaveLength(1);
    const refReads = gh.requestsTo('GET', /\/git\/ref\/heads\/mandate-evidence$/);
    // Last month and this one for the merged pull requests, the tail before the append, the
    // append's own read of the branch, and the gap's append.
    expect(refReads).toHaveLength(4);
    const files = gh.gitFiles('octo-org/octo-repo', 'mandate-evidence');
    const entries = Object.values(files)[0]!
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(entries.map((entry) => ('gap' in entry ? entry.gap.subject : 'record'))).toEqual([
      'record',
      'octo-org/octo-repo@pull/8',
    ]);
  }, 60_000);
});
