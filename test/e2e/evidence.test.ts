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
import { statementAt } from '../evidence/fixtures.js';
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
    repo.commit('init', { 'src/app.ts': 'export const a = 1;\n' });
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
          merge_commit_sha: null,
        })),
      );
      const cwd = s.tempDir('mandate-cwd-');
      const env = { GITHUB_TOKEN: 'fake-token-for-tests', GITHUB_API_URL: gh.url };
      const verify = await mandateAsync(cwd, ['evidence', 'verify', '--from', 'acme/app'], env);
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
      expect(verify.stdout).toContain('✓ acme/app: 2 records, chain intact');
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
        expect.objectContaining({ repository: 'acme/app', changes: 3, covered: 2 }),
      ]);
      expect(
        data.coverage.repositories[0].missing.map((c: { number: number }) => c.number),
      ).toEqual([3]);
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
});
