/**
 * `mandate check` and `mandate policies` through the built CLI in real repositories: a stale
 * policy blocks in CI mode and warns in the hook; the register prints as text, JSON and
 * Markdown, the same in every time zone.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, mandate } from '../e2e/helpers.js';
import { makeRepo, type TestRepo } from '../support/git.js';

beforeAll(() => {
  ensureBuilt();
});

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

function daysFromToday(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

const policy = (owner: string, date: string, title: string) =>
  `---\ntitle: ${title}\nowner: "${owner}"\nlast_reviewed: "${date}"\nreview_interval: 1 year\n---\n# ${title}\n\nHow we work.\n`;

function withPolicies(): TestRepo {
  const r = makeRepo();
  r.commit('policies', {
    'README.md': '# app\n',
    'policies/access.md': policy('@octo-org/security', daysFromToday(-400), 'Access Control'),
    'policies/backup.md': policy('alice', daysFromToday(-350), 'Backup'),
    'SECURITY.md': policy('alice', daysFromToday(0), 'Security'),
  });
  return r;
}

describe('mandate check with policy documents', () => {
  it('exits 1 on a stale policy in CI mode', () => {
    repo = withPolicies();
    for (const result of [
      mandate(repo.dir, ['check'], { CI: 'true' }),
      mandate(repo.dir, ['check', '--mode', 'ci']),
    ]) {
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('policies/access.md');
      expect(result.stdout).toContain('policy/stale');
      expect(result.stdout).toMatch(
        /blocked: 1 blocking policy finding: policy\/stale in policies\/access\.md:4/,
      );
      expect(result.stdout).toMatch(/review it, then set `last_reviewed`/);
      // The scanned line says how many policy documents were evaluated.
      expect(result.stdout).toMatch(/Scanned [^\n]*, 3 policy documents[, ]/);
    }
  });

  it('exits 0 with a warning in hook mode', () => {
    repo = withPolicies();
    for (const result of [
      mandate(repo.dir, ['check', '--mode', 'hook']),
      mandate(repo.dir, ['check', '--staged']),
    ]) {
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/⚠ high\s+Policy past its review date/);
      expect(result.stdout).toMatch(/passed: 2 non-blocking findings reported as warnings/);
      expect(result.stdout).toContain('policy/due-soon');
      expect(result.stdout).toMatch(/Scanned [^\n]*, 3 policy documents[, ]/);
    }
  });

  it('reports policy findings in the JSON contract; `scan` stays secrets only', () => {
    repo = withPolicies();
    const json = JSON.parse(
      mandate(repo.dir, ['check', '--mode', 'ci', '--format', 'json']).stdout,
    );
    expect(json.decision).toBe('block');
    expect(json.findings).toEqual([
      expect.objectContaining({
        ruleId: 'policy/stale',
        kind: 'policy',
        severity: 'high',
        path: 'policies/access.md',
        line: 4,
        redacted: '',
        blocking: true,
        fingerprint: expect.stringMatching(/^policy\/stale:policies\/access\.md:[0-9a-f]{64}$/),
      }),
      expect.objectContaining({
        ruleId: 'policy/due-soon',
        kind: 'policy',
        severity: 'low',
        path: 'policies/backup.md',
        line: 4,
        blocking: false,
      }),
    ]);
    expect(mandate(repo.dir, ['scan'], { CI: 'true' }).status).toBe(0);
  });

  it('honours .mandateignore and policies.block from the config', () => {
    repo = withPolicies();
    const json = JSON.parse(
      mandate(repo.dir, ['check', '--mode', 'ci', '--format', 'json']).stdout,
    );
    const stale = json.findings.find((f: { ruleId: string }) => f.ruleId === 'policy/stale');
    writeFileSync(
      join(repo.dir, '.mandateignore'),
      `${stale.fingerprint}  # review booked for Monday\n`,
    );
    const ignored = mandate(repo.dir, ['check', '--mode', 'ci']);
    expect(ignored.status).toBe(0);
    expect(ignored.stdout).not.toContain('matched nothing');
    writeFileSync(join(repo.dir, '.mandateignore'), '');
    writeFileSync(join(repo.dir, '.mandate.yml'), 'policies:\n  block:\n    hook: true\n');
    expect(mandate(repo.dir, ['check', '--mode', 'hook']).status).toBe(1);
    writeFileSync(join(repo.dir, '.mandate.yml'), 'policies:\n  review_interval: 12m\n');
    const bad = mandate(repo.dir, ['check']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(
      /\.mandate\.yml:2:\d+: `policies\.review_interval` "12m" is not an interval/,
    );
  });

  it('blocks a template leftover in CI, with its line', () => {
    repo = makeRepo();
    repo.commit('p', {
      'policies/desk.md': `---\nowner: alice\nlast_reviewed: ${daysFromToday(-5)}\n---\n# Desk policy\n\n[Company Name] staff keep a clean desk (delete as appropriate).\n`,
    });
    const result = mandate(repo.dir, ['check', '--mode', 'ci', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(
      JSON.parse(result.stdout).findings.map((f: { line: number; column: number }) => [
        f.line,
        f.column,
      ]),
    ).toEqual([
      [7, 1],
      [7, 41],
    ]);
  });

  it('passes a real Clear Desk policy (ISO 27001 A 7.7): its topic is not a template leftover', () => {
    repo = makeRepo();
    repo.commit('p', {
      'policies/clear-desk.md': `---\nowner: alice\nlast_reviewed: ${daysFromToday(-5)}\n---\n# Clear Desk and Clear Screen Policy\n\nStaff keep a clean desk: papers go into the locked filing cabinet at the end of the day.\nA clean desk check runs monthly.\n`,
    });
    const check = mandate(repo.dir, ['check', '--mode', 'ci', '--format', 'json']);
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).findings).toEqual([]);
    const register = JSON.parse(mandate(repo.dir, ['policies', '--format', 'json']).stdout);
    expect(register.policies.map((p: { status: string }) => p.status)).toEqual(['fresh']);
  });
});

describe('mandate policies and mandate check agree', () => {
  it('a document that check blocks is not listed as fresh, and each problem line names its path once', () => {
    repo = makeRepo();
    repo.commit('p', {
      'policies/desk.md': `---\nowner: alice\nlast_reviewed: ${daysFromToday(-5)}\n---\n# Desk policy\n\n[Company Name] staff lock their screens.\n`,
      'policies/access.md': `---\nowner: alice\nlast_reviewed: ${daysFromToday(-5)}\n---\n# Access policy\n\nAccess is reviewed quarterly.\n`,
    });
    const check = JSON.parse(
      mandate(repo.dir, ['check', '--mode', 'ci', '--format', 'json']).stdout,
    );
    const blocked = new Set(
      check.findings
        .filter((f: { blocking: boolean }) => f.blocking)
        .map((f: { path: string }) => f.path),
    );
    expect([...blocked]).toEqual(['policies/desk.md']);
    const register = JSON.parse(mandate(repo.dir, ['policies', '--format', 'json']).stdout);
    for (const policy of register.policies as { path: string; status: string }[]) {
      expect([policy.path, policy.status === 'fresh']).toEqual([
        policy.path,
        !blocked.has(policy.path),
      ]);
    }
    expect(register.summary).toMatchObject({ fresh: 1, invalid: 1 });

    for (const args of [
      ['policies'],
      ['policies', '--format', 'markdown'],
      ['check', '--mode', 'ci'],
    ]) {
      const out = mandate(repo.dir, args).stdout;
      const lines = out.split('\n').filter((line) => line.includes('Company Name'));
      expect(lines.length, args.join(' ')).toBeGreaterThan(0);
      for (const line of lines) {
        expect(
          line.split('policies/desk.md').length - 1,
          `${args.join(' ')}: ${line}`,
        ).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('mandate policies', () => {
  it('prints the register as text, JSON and Markdown', () => {
    repo = withPolicies();
    const text = mandate(repo.dir, ['policies']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^status\s+due\s+last reviewed\s+owner\s+title\s+file$/m);
    expect(text.stdout).toMatch(
      new RegExp(
        `^stale\\s+${daysFromToday(-35)}\\s+${daysFromToday(-400)}\\s+@octo-org/security\\s+Access Control\\s+policies/access\\.md$`,
        'm',
      ),
    );
    expect(text.stdout).toMatch(/^due soon\s+/m);
    expect(text.stdout).toMatch(/^fresh\s+/m);
    expect(text.stdout).toContain('3 policies: 1 fresh, 1 due soon, 1 stale, 0 invalid');

    const json = JSON.parse(mandate(repo.dir, ['policies', '--format', 'json']).stdout);
    expect(json.version).toBe(1);
    expect(json.today).toBe(daysFromToday(0));
    expect(json.summary).toEqual({ total: 3, fresh: 1, dueSoon: 1, stale: 1, invalid: 0 });
    expect(json.policies.map((p: { path: string; status: string }) => [p.path, p.status])).toEqual([
      ['SECURITY.md', 'fresh'],
      ['policies/access.md', 'stale'],
      ['policies/backup.md', 'due-soon'],
    ]);
    expect(json.policies[1]).toMatchObject({
      title: 'Access Control',
      owner: '@octo-org/security',
      lastReviewed: daysFromToday(-400),
      lastReviewedFrom: 'front-matter',
      reviewInterval: '1 year',
      daysLeft: -35,
    });

    const md = mandate(repo.dir, ['policies', '--format', 'markdown']).stdout;
    expect(md).toContain('| Status | Policy | Owner | Last reviewed | Due |');
    expect(md).toMatch(
      /\| 🔴 stale \| Access Control<br>`policies\/access\.md` \| @octo-org\/security \|/,
    );
  });

  it('is the same east and west of UTC (child processes with TZ set)', () => {
    repo = makeRepo();
    repo.commit('p', {
      'policies/a.md': `---\nowner: alice\nlast_reviewed: ${daysFromToday(-365)}\nreview_interval: 1 year\n---\n`,
      'policies/b.md': `---\nowner: alice\nlast_reviewed: "${daysFromToday(-366)}"\nreview_interval: 1 year\n---\n`,
      'policies/c.md': `---\nowner: alice\nlast_reviewed: ${daysFromToday(-364)}\nreview_interval: 12 months\n---\n`,
    });
    const run = (tz: string) => {
      const result = mandate(repo!.dir, ['policies', '--format', 'json'], { TZ: tz });
      expect(result.status).toBe(0);
      const json = JSON.parse(result.stdout);
      return json.policies.map((p: { status: string; due: string }) => [p.status, p.due]);
    };
    const utc = run('UTC');
    // Leap years make "a year" 365 or 366 days: compare the statuses across zones only.
    expect(run('Pacific/Kiritimati')).toEqual(utc);
    expect(run('America/Anchorage')).toEqual(utc);
  });
});
