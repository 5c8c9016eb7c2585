/**
 * The auditor's report: the period is exact at its boundaries whatever the offset a record's
 * time carries, coverage is computed against the merged pull requests the (fake) API lists,
 * the sample is reproducible, the org view lists unrequired repositories first, and verify
 * compares each record with the anchor in its check run.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextLine, statementDigest } from '../../src/evidence/chain.js';
import { renderReport } from '../../src/evidence/render.js';
import { type Change, parsePeriod, ReportBuilder, weekOf } from '../../src/evidence/report.js';
import type { Statement } from '../../src/evidence/statement.js';
import { anchorLine, verifyLedger } from '../../src/evidence/verify.js';
import {
  listDirectPushes,
  listMergedPulls,
  listOrgRepositories,
} from '../../src/github/changes.js';
import { createClient } from '../../src/github/client.js';
import type { GitHubRest } from '../../src/sources/github.js';
import { FakeGitHub } from '../action/fake-github.js';
import { sha, statementAt } from './fixtures.js';

function ledgerOf(statements: Statement[]): { path: string; text: string }[] {
  const files = new Map<string, string>();
  let head = null;
  for (const statement of statements) {
    const next = nextLine(head, { statement });
    head = next.head;
    const t = new Date(statement.predicate.time).toISOString();
    const path = `${statement.predicate.repository}/${t.slice(0, 4)}/${t.slice(0, 7)}.jsonl`;
    files.set(path, `${files.get(path) ?? ''}${next.line}\n`);
  }
  return [...files].map(([path, text]) => ({ path, text }));
}

function build(statements: Statement[], period: string, changes: Change[] | null = null) {
  const builder = new ReportBuilder(parsePeriod(period), { changes });
  for (const file of ledgerOf(statements)) builder.addFile('acme/app', file.path, file.text);
  return builder.build({ now: new Date('2027-01-05T00:00:00Z') });
}

describe('the period', () => {
  it('is exact at its boundaries, whatever offset a record carries', () => {
    const times = [
      '2025-12-31T23:59:59.999Z', // out: before
      '2025-12-31T23:30:00-01:00', // in: 00:30 UTC on 1 January
      '2026-01-01T00:00:00Z', // in: the first instant
      '2026-12-31T23:59:59.999Z', // in: the last instant
      '2027-01-01T00:30:00+01:00', // in: 23:30 UTC on 31 December
      '2027-01-01T00:00:00Z', // out: the day after
    ];
    const data = build(
      times.map((t, i) => statementAt(t, { headSha: String(i).repeat(40) })),
      '2026-01-01..2026-12-31',
    );
    expect(data.records).toBe(4);
    expect(data.period).toMatchObject({
      from: '2026-01-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    });
  });

  it('takes ISO times with an offset, the end excluded', () => {
    const period = parsePeriod('2026-01-01T00:00:00+01:00..2026-02-01T00:00:00+01:00');
    expect(period.from.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(period.to.toISOString()).toBe('2026-01-31T23:00:00.000Z');
    expect(() => parsePeriod('2026-02-01..2026-01-01')).toThrow(/in order/);
    expect(() => parsePeriod('2026-01-01')).toThrow(/FROM..TO/);
  });

  it('counts decisions per ISO week (Monday, UTC)', () => {
    expect(weekOf('2026-12-06T23:00:00Z')).toBe('2026-11-30');
    expect(weekOf('2026-12-07T00:00:00Z')).toBe('2026-12-07');
    const data = build(
      [
        statementAt('2026-12-06T10:00:00Z'),
        statementAt('2026-12-07T10:00:00Z', { decision: 'block' }),
        statementAt('2026-12-08T10:00:00Z'),
      ],
      '2026-12-01..2026-12-31',
    );
    expect(data.perWeek).toEqual([
      { week: '2026-11-30', pass: 1, block: 0 },
      { week: '2026-12-07', pass: 1, block: 1 },
    ]);
  });
});

describe('coverage against the API', () => {
  let gh: FakeGitHub;
  let client: GitHubRest;
  beforeEach(async () => {
    gh = new FakeGitHub('acme/app');
    await gh.start();
    // The client the CLI's evidence commands use (src/github/client.ts).
    client = createClient('t', {
      baseUrl: gh.url,
      scale: 0.001,
      onNote: () => {},
    }) as unknown as GitHubRest;
  });
  afterEach(() => gh.stop());

  it('lists merged pull requests over pages, and shows the ones without a record', async () => {
    // 150 closed pull requests: merged ones in and out of the period, and closed unmerged ones.
    gh.closedPulls.set(
      'acme/app',
      Array.from({ length: 150 }, (_, i) => {
        const n = i + 1;
        const merged =
          n % 10 === 0 ? null : `2026-${String(1 + (n % 12)).padStart(2, '0')}-15T12:00:00Z`;
        return {
          number: n,
          title: `change ${n}`,
          merged_at: n === 149 ? '2025-12-31T23:59:59Z' : merged,
          updated_at: merged ?? '2026-06-01T00:00:00Z',
          merge_commit_sha: null,
        };
      }),
    );
    const changes = await listMergedPulls(
      client,
      'acme/app',
      new Date('2026-01-01T00:00:00Z'),
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(gh.requestsTo('GET', /\/pulls$/).length).toBe(2);
    expect(changes).toHaveLength(150 - 15 - 1);
    // Records for every merged pull request but #1 and #2.
    const statements = changes
      .filter((c) => (c.number ?? 0) > 2)
      .map((c) => statementAt(c.mergedAt, { pullRequest: c.number }));
    const data = build(statements, '2026-01-01..2026-12-31', changes);
    expect(data.coverage.repositories).toEqual([
      expect.objectContaining({ repository: 'acme/app', changes: 134, covered: 132 }),
    ]);
    expect(data.coverage.repositories[0]!.missing.map((c) => c.number)).toEqual([1, 2]);
    const markdown = renderReport(data, 'markdown');
    expect(markdown).toContain('[acme/app#1](https://github.com/acme/app/pull/1)');
  });

  it('fails closed on a page that is not a list; an empty repository (409) has no pushes', async () => {
    const period = [new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')] as const;
    gh.answers.push({ method: 'GET', path: /\/repos\/acme\/app\/pulls/, data: null });
    await expect(listMergedPulls(client, 'acme/app', ...period)).rejects.toThrow(
      /GitHub's answer to GET \/repos\/acme\/app\/pulls is not a list \(it is empty \(null\)\)/,
    );
    gh.failures.push({
      method: 'GET',
      path: /\/repos\/acme\/app\/commits\?/,
      status: 409,
      message: 'Git Repository is empty.',
      // Every attempt: the client retries a 409.
      times: 4,
    });
    const pushes = await listDirectPushes(client, 'acme/app', ...period, new Set());
    expect(pushes).toEqual([]);
  });

  it('lists an organisation’s repositories, those without mandate required first', async () => {
    gh.orgRepos.set('acme', ['acme/web', 'acme/app']);
    expect(await listOrgRepositories(client, 'acme')).toEqual(['acme/app', 'acme/web']);
    const required = statementAt('2026-03-01T10:00:00Z', { pullRequest: 1 });
    required.predicate.protection = {
      readable: true,
      branch: 'main',
      requiredChecks: ['mandate'],
      rulesets: [],
      mandateRequired: true,
    };
    const notRequired = statementAt('2026-03-01T10:00:00Z', {
      repository: 'acme/web',
      pullRequest: 7,
    });
    notRequired.predicate.protection = {
      readable: true,
      branch: 'main',
      requiredChecks: null,
      rulesets: [],
      mandateRequired: false,
    };
    const change = (repository: string, number: number): Change => ({
      repository,
      kind: 'pull-request',
      number,
      mergedAt: '2026-03-01T11:00:00Z',
      mergeCommitSha: null,
      url: `https://github.com/${repository}/pull/${number}`,
      title: 't',
    });
    const builder = new ReportBuilder(parsePeriod('2026-01-01..2026-12-31'), {
      changes: [change('acme/app', 1), change('acme/web', 7)],
    });
    for (const [repo, s] of [
      ['acme/app', required],
      ['acme/web', notRequired],
    ] as const) {
      for (const file of ledgerOf([s])) builder.addFile(repo, file.path, file.text);
    }
    const data = builder.build({ org: 'acme' });
    expect(data.coverage.repositories.map((r) => [r.repository, r.mandateRequired])).toEqual([
      ['acme/web', false],
      ['acme/app', true],
    ]);
  });
});

describe('the sample', () => {
  it('is reproducible for a seed and differs for another', () => {
    const statements = Array.from({ length: 60 }, (_, i) =>
      statementAt(`2026-05-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`, {
        pullRequest: i + 1,
        headSha: String(i % 10).repeat(40),
      }),
    );
    const pick = (seed: number) => {
      const builder = new ReportBuilder(parsePeriod('2026-01-01..2026-12-31'), {
        sample: { size: 25, seed },
      });
      for (const file of ledgerOf(statements)) builder.addFile('acme/app', file.path, file.text);
      return builder.build().sample!.items.map((i) => i.records[0]!.line);
    };
    expect(pick(7)).toEqual(pick(7));
    expect(pick(7)).toHaveLength(25);
    expect(new Set(pick(7)).size).toBe(25);
    expect(pick(8)).not.toEqual(pick(7));
  });

  it('draws from the changes the API lists, the same whatever the ledger holds', () => {
    const changes: Change[] = Array.from({ length: 80 }, (_, i) => ({
      repository: 'acme/app',
      kind: 'pull-request',
      number: i + 1,
      mergedAt: '2026-05-10T10:00:00Z',
      mergeCommitSha: null,
      url: `https://github.com/acme/app/pull/${i + 1}`,
      title: `change ${i + 1}`,
    }));
    const draw = (seed: number, recorded: number) => {
      const statements = Array.from({ length: recorded }, (_, i) =>
        statementAt('2026-05-09T10:00:00Z', { pullRequest: i + 1, headSha: sha(`h${i}`) }),
      );
      const builder = new ReportBuilder(parsePeriod('2026-05-01..2026-05-31'), {
        changes,
        sample: { size: 25, seed },
      });
      for (const file of ledgerOf(statements)) builder.addFile('acme/app', file.path, file.text);
      return builder.build().sample!;
    };
    const a = draw(11, 80);
    expect(a).toMatchObject({ seed: 11, population: 'changes', size: 80 });
    expect(a.items).toHaveLength(25);
    expect(new Set(a.items.map((i) => i.change)).size).toBe(25);
    // The same changes are drawn over a ledger with half the records; those now lack one.
    const b = draw(11, 40);
    expect(b.items.map((i) => i.change)).toEqual(a.items.map((i) => i.change));
    for (const item of b.items) {
      expect(item.records.length).toBe(Number(item.change.split('#')[1]) <= 40 ? 1 : 0);
    }
    expect(draw(12, 80).items.map((i) => i.change)).not.toEqual(a.items.map((i) => i.change));
  });
});

describe('verify against check-run anchors', () => {
  it('accepts a record whose hash is in its check run and reports one that is not', async () => {
    const a = statementAt('2026-12-01T10:00:00Z');
    const b = statementAt('2026-12-02T10:00:00Z');
    const files = ledgerOf([a, b]);
    const runs = new Map([
      [a.predicate.headSha, [statementDigest(a)]],
      [
        b.predicate.headSha,
        [statementDigest({ ...b, predicate: { ...b.predicate, decision: 'block' } })],
      ],
    ]);
    const report = await verifyLedger(files, {
      anchors: async (_repo, sha) => runs.get(sha) ?? [],
    });
    expect(report.anchored).toBe(1);
    expect(report.breaks).toEqual([
      expect.objectContaining({ kind: 'edited', file: 'acme/app/2026/2026-12.jsonl', line: 2 }),
    ]);
    expect(anchorLine(statementDigest(a), { seq: 1, digest: 'f'.repeat(64) })).toMatch(
      /^mandate-evidence: statement sha256:[0-9a-f]{64} chain seq 1 head sha256:f{64}$/,
    );
  });
});

describe('streaming the ledger', () => {
  it('reads a file in chunks cut anywhere, with the same result and line numbers as whole', async () => {
    const statements = Array.from({ length: 40 }, (_, i) =>
      statementAt(`2026-04-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`, {
        pullRequest: i + 1,
        decision: i % 3 === 0 ? 'block' : 'pass',
      }),
    );
    const files = ledgerOf(statements);
    const whole = new ReportBuilder(parsePeriod('2026-04-01..2026-04-30'), {
      sample: { size: 7, seed: 3 },
    });
    const streamed = new ReportBuilder(parsePeriod('2026-04-01..2026-04-30'), {
      sample: { size: 7, seed: 3 },
    });
    for (const file of files) {
      whole.addFile('acme/app', file.path, file.text);
      // 97-character chunks: lines split across chunks, and no newline at the very end.
      const text = file.text.trimEnd();
      async function* chunks() {
        for (let at = 0; at < text.length; at += 97) yield text.slice(at, at + 97);
      }
      await streamed.addStream('acme/app', file.path, chunks());
    }
    const now = new Date('2027-01-05T00:00:00Z');
    expect(streamed.build({ now })).toEqual(whole.build({ now }));
    expect(streamed.build({ now }).records).toBe(40);
    expect(streamed.build({ now }).requirements[1]!.refs.map((r) => r.line)).toEqual([
      1, 4, 7, 10, 13,
    ]);
  });

  it('keeps a capped number of records per change, and counts them all', () => {
    const change: Change = {
      repository: 'acme/app',
      kind: 'pull-request',
      number: 5,
      mergedAt: '2026-04-02T00:00:00Z',
      mergeCommitSha: null,
      url: 'https://github.com/acme/app/pull/5',
      title: 'busy',
    };
    const statements = Array.from({ length: 12 }, (_, i) =>
      statementAt(`2026-04-01T${String(i).padStart(2, '0')}:00:00Z`, { pullRequest: 5 }),
    );
    const builder = new ReportBuilder(parsePeriod('2026-04-01..2026-04-30'), {
      changes: [change],
      sample: { size: 1, seed: 1 },
    });
    for (const file of ledgerOf(statements)) builder.addFile('acme/app', file.path, file.text);
    const data = builder.build();
    expect(data.coverage.repositories[0]).toMatchObject({ changes: 1, covered: 1 });
    expect(data.sample!.items).toEqual([{ change: 'acme/app#5', records: expect.any(Array) }]);
    expect(data.sample!.items[0]!.records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('coverage of direct pushes', () => {
  const push = (sha: string, parentSha: string, day: number): Change => ({
    repository: 'acme/app',
    kind: 'push',
    number: null,
    mergedAt: `2026-05-${String(day).padStart(2, '0')}T09:00:00Z`,
    mergeCommitSha: sha,
    parentSha,
    url: `https://github.com/acme/app/commit/${sha}`,
    title: `push ${day}`,
  });

  it('covers each commit of a judged push range base..head, and lists the others', () => {
    // main: p0 ← p1 ← p2 ← p3 ← p4 ← p5. One push run judged p1..p3 (p2 and p3 pushed
    // together), one judged p4 itself; p5 has no run.
    const ids = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'].map((label) => sha(label)) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const changes = ids.slice(1).map((id, i) => push(id, ids[i]!, i + 1));
    const range = statementAt('2026-05-03T09:05:00Z', { pullRequest: null, headSha: ids[3] });
    range.predicate.baseSha = ids[1]!;
    const single = statementAt('2026-05-04T09:05:00Z', { pullRequest: null, headSha: ids[4] });
    single.predicate.baseSha = ids[3]!;
    // p1 was pushed before any run; its record is the run of an earlier push elsewhere.
    const data = build([range, single], '2026-05-01..2026-05-31', changes);
    const repo = data.coverage.repositories[0]!;
    expect(repo.pushes).toEqual({ changes: 5, covered: 3 });
    expect(repo.pullRequests).toEqual({ changes: 0, covered: 0 });
    expect(repo.missing.map((c) => c.mergeCommitSha)).toEqual([ids[1], ids[5]]);
    const markdown = renderReport(data, 'markdown');
    expect(markdown).toContain(
      `[acme/app@${ids[5]!.slice(0, 7)}](https://github.com/acme/app/commit/${ids[5]})`,
    );
    expect(markdown).toMatch(/\| acme\/app \| 0 \(0\) \| 5 \(3\) \| 60 % \|/);
    expect(data.requirements[2]!.shows[0]).toBe(
      '0 of 0 merged pull requests and 3 of 5 direct pushes to the default branch have a record.',
    );
  });
});

describe('the policy register', () => {
  it('shows each document with its review dates from the latest record that carries them', () => {
    const older = statementAt('2026-02-01T06:00:00Z', { pullRequest: null });
    older.predicate.policies = {
      today: '2026-02-01',
      documents: [
        {
          path: 'policies/access.md',
          title: 'Access Control',
          owner: '@acme/security',
          lastReviewed: '2025-10-01',
          reviewInterval: '6 months',
          due: '2026-04-01',
          status: 'fresh',
        },
      ],
    };
    const latest = statementAt('2026-03-01T06:00:00Z', { pullRequest: null });
    latest.predicate.policies = {
      today: '2026-03-01',
      documents: [
        {
          path: 'policies/access.md',
          title: 'Access Control',
          owner: '@acme/security',
          lastReviewed: '2025-10-01',
          reviewInterval: '6 months',
          due: '2026-04-01',
          status: 'due-soon',
        },
        {
          path: 'policies/backup.md',
          title: 'Backup',
          owner: 'alice',
          lastReviewed: '2026-02-20',
          reviewInterval: '1 year',
          due: '2027-02-20',
          status: 'fresh',
        },
      ],
    };
    const plain = statementAt('2026-03-02T06:00:00Z');
    const data = build([older, latest, plain], '2026-01-01..2026-06-30');
    expect(data.policyRegister).toEqual({
      documents: [
        {
          repository: 'acme/app',
          path: 'policies/access.md',
          title: 'Access Control',
          owner: '@acme/security',
          lastReviewed: '2025-10-01',
          reviewInterval: '6 months',
          due: '2026-04-01',
          status: 'due-soon',
          // Due on 1 April, the period runs to 30 June: overdue by its end.
          overdueAtEnd: true,
          asOf: '2026-03-01',
          record: 'acme/app/2026/2026-03.jsonl:1',
        },
        expect.objectContaining({ path: 'policies/backup.md', overdueAtEnd: false }),
      ],
      missing: [],
    });
    const markdown = renderReport(data, 'markdown');
    expect(markdown).toContain(
      "| acme/app | Access Control (policies/access.md) | @acme/security | 2025-10-01 | 6 months | 2026-04-01 | due soon; overdue by the period's end | 2026-03-01 (acme/app/2026/2026-03.jsonl:1) |",
    );
    const html = renderReport(data, 'html');
    expect(html).toContain('<h2>Policy register</h2>');
    expect(html).toContain('2027-02-20');
    // A ledger whose records never carried the register says so.
    const none = build([plain], '2026-01-01..2026-06-30');
    expect(none.policyRegister).toEqual({ documents: [], missing: ['acme/app'] });
    expect(renderReport(none, 'markdown')).toContain(
      'acme/app: no record of the period carries the policy register',
    );
  });
});
