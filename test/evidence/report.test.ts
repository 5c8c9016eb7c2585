/**
 * The auditor's report: the period is exact at its boundaries whatever the offset a record's
 * time carries, coverage is computed against the merged pull requests the (fake) API lists,
 * the sample is reproducible, the org view lists unrequired repositories first, and verify
 * compares each record with the anchor in its check run.
 */
import { Octokit } from '@octokit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMergedPulls, listOrgRepositories } from '../../src/cli/evidence.js';
import { nextLine, statementDigest } from '../../src/evidence/chain.js';
import { renderReport } from '../../src/evidence/render.js';
import { type Change, parsePeriod, ReportBuilder, weekOf } from '../../src/evidence/report.js';
import type { Statement } from '../../src/evidence/statement.js';
import { anchorLine, verifyLedger } from '../../src/evidence/verify.js';
import type { GitHubRest } from '../../src/sources/github.js';
import { FakeGitHub } from '../action/fake-github.js';
import { statementAt } from './fixtures.js';

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
    client = new Octokit({ auth: 't', baseUrl: gh.url }) as unknown as GitHubRest;
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
