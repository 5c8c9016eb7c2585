/**
 * The evidence commands as a user runs them (dist/cli.js): `mandate check --evidence-ledger`
 * appends to a local ledger, `mandate evidence verify` passes it and then names the file and line
 * of an edit (exit 1), `mandate evidence report` writes the HTML page, and a bad period is one
 * sentence (exit 2), never a trace.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Octokit } from '@octokit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/sha256.js';
import { statementDigest } from '../../src/evidence/chain.js';
import { appendViaApi } from '../../src/evidence/github-store.js';
import { anchorLine } from '../../src/evidence/verify.js';
import type { GitHubRest } from '../../src/sources/github.js';
import { FakeGitHub } from '../action/fake-github.js';
import { sha, statementAt } from '../evidence/fixtures.js';
import { scratch } from '../support/scratch.js';
import { CLI, cleanEnv, ensureBuilt, mandate, STACK_LINE } from './helpers.js';

/** `mandate` without blocking this process: the fake GitHub server answers from it. */
function mandateAsync(
  cwd: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env: cleanEnv(env), encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve({
          status: error === null ? 0 : ((error as { code?: number }).code ?? null),
          stdout,
          stderr,
        }),
    );
  });
}

const s = scratch();
beforeAll(() => ensureBuilt());

describe('mandate evidence', () => {
  it('check --evidence-ledger appends; verify passes, then names an edited line', () => {
    const repo = s.repo();
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/app.git');
    const today = new Date().toISOString().slice(0, 10);
    repo.commit('init', {
      'src/app.ts': 'export const a = 1;\n',
      'policies/access.md': `---\ntitle: Access Control\nowner: alice\nlast_reviewed: ${today}\nreview_interval: 1 year\n---\n# Access Control\n\nWho gets access, and how it is reviewed.\n`,
    });
    const ledger = s.tempDir('mandate-ledger-');
    for (let i = 0; i < 3; i++) {
      const run = mandate(repo.dir, ['check', '--evidence-ledger', ledger, '.']);
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(
        /evidence record \d appended to .*acme\/app\/\d{4}\/\d{4}-\d{2}\.jsonl/,
      );
    }
    const ok = mandate(repo.dir, ['evidence', 'verify', ledger]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/✓ acme\/app: 3 records, chain intact/);
    const month = new Date().toISOString().slice(0, 7);
    const file = join(ledger, 'acme', 'app', month.slice(0, 4), `${month}.jsonl`);
    const lines = readFileSync(file, 'utf8').split('\n');
    // `mandate check` evaluated the policy documents: the record carries the register, and the
    // report shows it with the review dates.
    expect(JSON.parse(lines[2]!).statement.predicate.policies).toEqual({
      today,
      documents: [
        expect.objectContaining({
          path: 'policies/access.md',
          owner: '@alice',
          lastReviewed: today,
          reviewInterval: '1 year',
          due: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`,
          status: 'fresh',
        }),
      ],
    });
    const report = mandate(repo.dir, [
      'evidence',
      'report',
      '--from',
      ledger,
      '--period',
      `${today}..${today}`,
      '--format',
      'markdown',
    ]);
    expect(report.status).toBe(0);
    expect(report.stdout).toContain(
      `| acme/app | Access Control (policies/access.md) | @alice | ${today} | 1 year |`,
    );
    lines[0] = lines[0]!.replace('"decision":"pass"', '"decision":"block"');
    writeFileSync(file, lines.join('\n'));
    const broken = mandate(repo.dir, ['evidence', 'verify', ledger]);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(
      `✗ acme/app: acme/app/${month.slice(0, 4)}/${month}.jsonl:1: edited:`,
    );
  });

  it('check --evidence-ledger records the config it applied: as committed at HEAD, or the working tree’s', () => {
    const repo = s.repo();
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/app.git');
    const committed = 'fail_on: high\n';
    repo.commit('init', { 'src/app.ts': 'export const a = 1;\n', '.mandate.yml': committed });
    const ledger = s.tempDir('mandate-ledger-');
    const lastConfig = () => {
      const month = new Date().toISOString().slice(0, 7);
      const file = join(ledger, 'acme', 'app', month.slice(0, 4), `${month}.jsonl`);
      const last = readFileSync(file, 'utf8').trim().split('\n').at(-1)!;
      return JSON.parse(last).statement.predicate.config;
    };
    expect(mandate(repo.dir, ['check', '--evidence-ledger', ledger, '.']).status).toBe(0);
    const head = repo.git('rev-parse', 'HEAD').trim();
    expect(lastConfig()).toMatchObject({
      path: '.mandate.yml',
      sha256: sha256Hex(committed),
      commit: head,
      source: 'base-commit',
    });
    // An uncommitted edit applies, and the record says so: not "as committed".
    const edited = 'fail_on: medium\n';
    writeFileSync(join(repo.dir, '.mandate.yml'), edited);
    expect(mandate(repo.dir, ['check', '--evidence-ledger', ledger, '.']).status).toBe(0);
    expect(lastConfig()).toMatchObject({
      path: '.mandate.yml',
      sha256: sha256Hex(edited),
      commit: head,
      source: 'working-tree',
    });
    expect(mandate(repo.dir, ['evidence', 'verify', ledger]).status).toBe(0);
  });

  it('report writes a self-contained HTML page; a bad period is one sentence', () => {
    const repo = s.repo();
    repo.git('remote', 'add', 'origin', 'https://github.com/acme/app.git');
    repo.commit('init', { 'a.txt': 'hi\n' });
    const ledger = s.tempDir('mandate-ledger-');
    expect(mandate(repo.dir, ['check', '--evidence-ledger', ledger, '.']).status).toBe(0);
    const out = join(s.tempDir('mandate-report-'), 'report.html');
    const year = new Date().getUTCFullYear();
    const run = mandate(repo.dir, [
      'evidence',
      'report',
      '--from',
      ledger,
      '--period',
      `${year}-01-01..${year}-12-31`,
      '--format',
      'html',
      '--output',
      out,
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 records');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
    const bad = mandate(repo.dir, [
      'evidence',
      'report',
      '--from',
      ledger,
      '--period',
      '2026-13-01..2026-01-01',
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^mandate: --period: /);
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });

  it('with a token: verify reads the ledger branch through the API and checks the anchors; report computes coverage', async () => {
    const gh = new FakeGitHub('acme/app');
    await gh.start();
    try {
      const client = new Octokit({ auth: 't', baseUrl: gh.url }) as unknown as GitHubRest;
      for (const [n, time] of [
        [1, '2026-03-01T10:00:00Z'],
        [2, '2026-03-02T10:00:00Z'],
      ] as const) {
        const statement = statementAt(time, { pullRequest: n });
        const appended = await appendViaApi(
          client,
          { owner: 'acme', repo: 'app' },
          'acme/app',
          time,
          { statement },
        );
        await client.request('POST /repos/{owner}/{repo}/check-runs', {
          owner: 'acme',
          repo: 'app',
          name: 'mandate',
          head_sha: statement.predicate.headSha,
          output: {
            title: 'passed',
            summary: `ok\n\n${anchorLine(statementDigest(statement), appended.head)}`,
          },
        });
      }
      gh.closedPulls.set(
        'acme/app',
        [1, 2, 3].map((n) => ({
          number: n,
          title: `change ${n}`,
          merged_at: `2026-03-0${n}T11:00:00Z`,
          updated_at: `2026-03-0${n}T11:00:00Z`,
          merge_commit_sha: sha(`merge ${n}`),
        })),
      );
      // The default branch: the three merges, and two commits pushed straight to it (one
      // judged by a push run, one not), on one first-parent line; a side branch's commit.
      const line = [
        ['2026-02-27T09:00:00Z', sha('before')],
        ['2026-03-01T11:00:00Z', sha('merge 1')],
        ['2026-03-02T11:00:00Z', sha('merge 2')],
        ['2026-03-03T11:00:00Z', sha('merge 3')],
        ['2026-03-04T09:00:00Z', sha('push a')],
        ['2026-03-05T09:00:00Z', sha('push b')],
      ] as const;
      gh.branchCommits.set('acme/app', [
        ...line.map(([date, commit], i) => ({
          sha: commit,
          parents: i === 0 ? [] : i === 1 ? [line[0][1], sha('side')] : [line[i - 1]![1]],
          date,
          message: `commit ${i}\n\nbody`,
        })),
        { sha: sha('side'), parents: [line[0][1]], date: '2026-03-01T08:00:00Z', message: 'side' },
        // After the period: a merge (the head) of a branch whose commit dates from March.
        {
          sha: sha('head'),
          parents: [sha('push b'), sha('late side')],
          date: '2026-04-02T09:00:00Z',
          message: 'Merge pull request #4',
        },
        {
          sha: sha('late side'),
          parents: [sha('push b')],
          date: '2026-03-20T09:00:00Z',
          message: 'late side',
        },
      ]);
      const push = statementAt('2026-03-04T09:05:00Z', {
        pullRequest: null,
        headSha: sha('push a'),
      });
      push.predicate.baseSha = sha('merge 3');
      await appendViaApi(
        client,
        { owner: 'acme', repo: 'app' },
        'acme/app',
        '2026-03-04T09:05:00Z',
        {
          statement: push,
        },
      );
      const cwd = s.tempDir('mandate-cwd-');
      const env = { GITHUB_TOKEN: 'fake-token-for-tests', GITHUB_API_URL: gh.url };
      const verify = await mandateAsync(cwd, ['evidence', 'verify', '--from', 'acme/app'], env);
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
      expect(verify.stdout).toContain('✓ acme/app: 3 records, chain intact');
      expect(verify.stdout).toContain("2 record(s) matched their check run's anchor.");
      const report = await mandateAsync(
        cwd,
        [
          'evidence',
          'report',
          '--from',
          'acme/app',
          '--period',
          '2026-03-01..2026-03-31',
          '--format',
          'json',
        ],
        env,
      );
      expect(report.status).toBe(0);
      const data = JSON.parse(report.stdout);
      expect(data.coverage.repositories).toEqual([
        expect.objectContaining({
          repository: 'acme/app',
          changes: 5,
          covered: 3,
          pullRequests: { changes: 3, covered: 2 },
          pushes: { changes: 2, covered: 1 },
        }),
      ]);
      expect(
        data.coverage.repositories[0].missing.map(
          (c: { kind: string; number: number | null; mergeCommitSha: string }) =>
            c.kind === 'push' ? c.mergeCommitSha : c.number,
        ),
      ).toEqual([3, sha('push b')]);
    } finally {
      await gh.stop();
    }
  }, 60_000);

  it("verify reads anchors only from the Action's app: a mandate check run another app created does not vouch for a forged record", async () => {
    const gh = new FakeGitHub('acme/app');
    await gh.start();
    try {
      const client = new Octokit({ auth: 't', baseUrl: gh.url }) as unknown as GitHubRest;
      const repo = { owner: 'acme', repo: 'app' };
      const anchorRun = async (
        statement: ReturnType<typeof statementAt>,
        head: { seq: number; digest: string },
      ) =>
        client.request('POST /repos/{owner}/{repo}/check-runs', {
          ...repo,
          name: 'mandate',
          head_sha: statement.predicate.headSha,
          output: {
            title: 'passed',
            summary: `ok\n\n${anchorLine(statementDigest(statement), head)}`,
          },
        });
      const real = statementAt('2026-03-01T10:00:00Z', { pullRequest: 1 });
      await anchorRun(
        real,
        (await appendViaApi(client, repo, 'acme/app', '2026-03-01T10:00:00Z', { statement: real }))
          .head,
      );
      // Someone who can write the ledger branch appends a record of their own, and vouches for
      // it with a check run named `mandate` that their own GitHub App creates.
      const forged = statementAt('2026-03-02T10:00:00Z', { pullRequest: 2 });
      const appended = await appendViaApi(client, repo, 'acme/app', '2026-03-02T10:00:00Z', {
        statement: forged,
      });
      gh.checkRunApp = 'helper-bot';
      await anchorRun(forged, appended.head);

      const cwd = s.tempDir('mandate-cwd-');
      const env = { GITHUB_TOKEN: 'fake-token-for-tests', GITHUB_API_URL: gh.url };
      const strict = await mandateAsync(
        cwd,
        ['evidence', 'verify', '--from', 'acme/app', '--strict'],
        env,
      );
      expect(strict.status).toBe(1);
      expect(strict.stdout).toContain(
        "1 record(s) matched their check run's anchor.\nAnchors were read from the mandate check runs of github-actions",
      );
      expect(strict.stdout).toContain('1 record(s) have no mandate check run with an anchor');
      expect(strict.stdout).toContain(
        'Anchors in mandate check runs of another app (helper-bot) were not read',
      );
      // A team whose Action runs with that app's token names it.
      const named = await mandateAsync(
        cwd,
        [
          'evidence',
          'verify',
          '--from',
          'acme/app',
          '--strict',
          '--check-app',
          'github-actions',
          'helper-bot',
        ],
        env,
      );
      expect(named.stdout).toContain("2 record(s) matched their check run's anchor");
      expect(named.status).toBe(0);
    } finally {
      await gh.stop();
    }
  }, 60_000);

  it('--org: per-repository coverage from an evidence repository, the gaps first; --sample is reproducible', async () => {
    const gh = new FakeGitHub('acme/compliance-evidence');
    await gh.start();
    try {
      const client = new Octokit({ auth: 't', baseUrl: gh.url }) as unknown as GitHubRest;
      const store = { owner: 'acme', repo: 'compliance-evidence' };
      // acme/app: the check required; acme/web: judged, but the check was not required;
      // acme/docs: changes merged, mandate never ran; acme/empty: nothing in the period.
      gh.orgRepos.set('acme', ['acme/app', 'acme/web', 'acme/docs', 'acme/empty']);
      for (const [repository, required] of [
        ['acme/app', true],
        ['acme/web', false],
      ] as const) {
        for (const n of [1, 2]) {
          const time = `2026-04-0${n}T10:00:00Z`;
          const statement = statementAt(time, { repository, pullRequest: n });
          statement.predicate.protection = {
            readable: true,
            branch: 'main',
            requiredChecks: required ? ['mandate'] : null,
            rulesets: [],
            mandateRequired: required,
          };
          await appendViaApi(client, store, repository, time, { statement });
        }
      }
      // A record of January, outside the period: its month file is not even fetched.
      await appendViaApi(client, store, 'acme/app', '2026-01-15T10:00:00Z', {
        statement: statementAt('2026-01-15T10:00:00Z', { pullRequest: 99 }),
      });
      for (const repository of ['acme/app', 'acme/web', 'acme/docs', 'acme/empty']) {
        const count = repository === 'acme/empty' ? 0 : 3;
        gh.closedPulls.set(
          repository,
          Array.from({ length: count }, (_, i) => ({
            number: i + 1,
            title: `change ${i + 1}`,
            merged_at: `2026-04-0${i + 1}T11:00:00Z`,
            updated_at: `2026-04-0${i + 1}T11:00:00Z`,
            merge_commit_sha: sha(`${repository} merge ${i + 1}`),
          })),
        );
        gh.branchCommits.set(
          repository,
          Array.from({ length: count }, (_, i) => ({
            sha: sha(`${repository} merge ${i + 1}`),
            parents: i === 0 ? [] : [sha(`${repository} merge ${i}`)],
            date: `2026-04-0${i + 1}T11:00:00Z`,
            message: `Merge pull request #${i + 1}`,
          })),
        );
      }
      const cwd = s.tempDir('mandate-cwd-');
      const env = { GITHUB_TOKEN: 'fake-token-for-tests', GITHUB_API_URL: gh.url };
      const args = [
        'evidence',
        'report',
        '--org',
        'acme',
        '--from',
        'acme/compliance-evidence',
        '--period',
        '2026-04-01..2026-04-30',
        '--format',
        'json',
        '--sample',
        '4',
        '--seed',
        '9',
      ];
      const before = gh.requests.length;
      const report = await mandateAsync(cwd, args, env);
      expect(report.stderr).toBe('');
      expect(report.status).toBe(0);
      // The tree once, then the two month files of April only.
      const blobs = gh.requests
        .slice(before)
        .filter((r) => r.method === 'GET' && /\/git\/blobs\//.test(r.path));
      expect(blobs).toHaveLength(2);
      const data = JSON.parse(report.stdout);
      expect(data.org).toBe('acme');
      expect(
        data.coverage.repositories.map(
          (r: {
            repository: string;
            changes: number;
            covered: number;
            records: number;
            mandateRequired: boolean | null;
          }) => [r.repository, r.changes, r.covered, r.records, r.mandateRequired],
        ),
      ).toEqual([
        ['acme/web', 3, 2, 2, false],
        ['acme/docs', 3, 0, 0, null],
        ['acme/app', 3, 2, 2, true],
        ['acme/empty', 0, 0, 0, null],
      ]);
      expect(data.sample).toMatchObject({ seed: 9, population: 'changes', size: 9 });
      expect(data.sample.items).toHaveLength(4);
      const again = await mandateAsync(cwd, args, env);
      expect(JSON.parse(again.stdout).sample).toEqual(data.sample);
      const markdown = await mandateAsync(
        cwd,
        args.map((a) => (a === 'json' ? 'markdown' : a)),
        env,
      );
      expect(markdown.stdout).toMatch(
        /\| acme\/web \| 3 \(2\) \| 0 \(0\) \| 66\.7 % \| \*\*no\*\* \|/,
      );
      expect(markdown.stdout).toMatch(
        /\| acme\/docs \| 3 \(0\) \| 0 \(0\) \| 0 % \| \*\*never ran\*\* \|/,
      );
    } finally {
      await gh.stop();
    }
  }, 60_000);

  it('verify reads every page of check runs, lists the records without one, and --strict fails on them', async () => {
    const gh = new FakeGitHub('acme/app');
    await gh.start();
    try {
      const client = new Octokit({ auth: 't', baseUrl: gh.url }) as unknown as GitHubRest;
      const repo = { owner: 'acme', repo: 'app' };
      const times = ['2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z', '2026-03-03T10:00:00Z'];
      const statements = times.map((time, i) => statementAt(time, { pullRequest: i + 1 }));
      for (const [i, statement] of statements.entries()) {
        const appended = await appendViaApi(client, repo, 'acme/app', times[i]!, { statement });
        if (i === 2) continue; // the third record's run left no check run
        await client.request('POST /repos/{owner}/{repo}/check-runs', {
          ...repo,
          name: 'mandate',
          head_sha: statement.predicate.headSha,
          output: {
            title: 'passed',
            summary: `ok\n\n${anchorLine(statementDigest(statement), appended.head)}`,
          },
        });
      }
      // The first commit's anchored check run is followed by 100 newer ones (re-runs without an
      // anchor): listed newest first, it is on the second page.
      for (let i = 0; i < 100; i++) {
        await client.request('POST /repos/{owner}/{repo}/check-runs', {
          ...repo,
          name: 'mandate',
          head_sha: statements[0]!.predicate.headSha,
          output: { title: 'passed', summary: 'a re-run' },
        });
      }
      const cwd = s.tempDir('mandate-cwd-');
      const env = { GITHUB_TOKEN: 'fake-token-for-tests', GITHUB_API_URL: gh.url };
      const verify = await mandateAsync(cwd, ['evidence', 'verify', '--from', 'acme/app'], env);
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
      expect(verify.stdout).toContain("2 record(s) matched their check run's anchor.");
      expect(verify.stdout).toContain(
        '1 record(s) have no mandate check run with an anchor to compare with',
      );
      expect(verify.stdout).toContain(
        `  acme/app/2026/2026-03.jsonl:3: ${statements[2]!.predicate.headSha.slice(0, 12)}`,
      );
      const strict = await mandateAsync(
        cwd,
        ['evidence', 'verify', '--from', 'acme/app', '--strict'],
        env,
      );
      expect(strict.status).toBe(1);
      const offline = await mandateAsync(
        cwd,
        ['evidence', 'verify', '--from', 'acme/app', '--strict', '--no-anchors'],
        env,
      );
      expect(offline.status).toBe(1);
      expect(offline.stderr).toMatch(/--strict needs the check-run anchors compared/);
    } finally {
      await gh.stop();
    }
  }, 60_000);

  it('a period with an offset is exact at both ends across month files (UTC-filed)', async () => {
    const ledger = s.tempDir('mandate-ledger-');
    const { appendLocal } = await import('../../src/evidence/local-store.js');
    // Berlin's 2026 (UTC+1 in winter): from 2025-12-31T23:00Z, to 2026-12-31T23:00Z excluded.
    const times = [
      '2025-12-31T22:59:59.999Z', // out: one instant before (December 2025 file)
      '2025-12-31T23:00:00Z', // in: the first instant (December 2025 file)
      '2026-01-01T00:30:00+01:00', // in: 23:30 UTC on 31 December 2025
      '2026-06-15T12:00:00+02:00', // in
      '2026-12-31T22:59:59.999Z', // in: the last instant
      '2027-01-01T00:00:00+01:00', // out: the end, excluded (December 2026 file)
      '2027-01-01T00:30:00Z', // out (January 2027 file)
    ];
    for (const [i, time] of times.entries()) {
      await appendLocal(ledger, 'acme/app', time, {
        statement: statementAt(time, { pullRequest: i + 1 }),
      });
    }
    const run = (period: string) => {
      const out = mandate(s.tempDir('mandate-cwd-'), [
        'evidence',
        'report',
        '--from',
        ledger,
        '--period',
        period,
        '--format',
        'json',
      ]);
      expect(out.status).toBe(0);
      return JSON.parse(out.stdout) as { records: number; period: { from: string; to: string } };
    };
    const berlin = run('2026-01-01T00:00:00+01:00..2027-01-01T00:00:00+01:00');
    expect(berlin.period).toEqual({
      from: '2025-12-31T23:00:00.000Z',
      to: '2026-12-31T23:00:00.000Z',
      label: '2026-01-01T00:00:00+01:00..2027-01-01T00:00:00+01:00',
    });
    expect(berlin.records).toBe(4);
    // Whole UTC days: 2026-01-01 00:00Z to 2027-01-01 00:00Z excluded.
    expect(run('2026-01-01..2026-12-31').records).toBe(3);
  });
});
