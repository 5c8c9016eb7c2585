/**
 * The scheduled policy run, end to end: the bundled Action against the local API server reads
 * every policy document of the default branch through the trees and blobs APIs and keeps
 * exactly one open tracking issue — created on the first run, updated in place on the next,
 * closed once every policy is fresh, never duplicated.
 */
import { describe, expect, it } from 'vitest';
import { REGISTER_LABEL, REGISTER_MARKER } from '../../action/src/schedule.js';
import { shaOf } from './fake-github.js';
import {
  type ActionRun,
  examplePayload,
  pullRequestPayload,
  runAction,
  validateEvidence,
} from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const gh = useFakeGitHub('octo-org/octo-repo', (gh) => {
  gh.users.add('alice');
  gh.teams.set('octo-org/security', ['bob']);
});

/** A calendar date `days` from today (UTC), as the Action's clock sees it. */
function daysFromToday(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

function policy(owner: string, lastReviewed: string, title: string): string {
  return `---\ntitle: ${title}\nowner: "${owner}"\nlast_reviewed: ${lastReviewed}\nreview_interval: 90d\n---\n# ${title}\n\nHow we work.\n`;
}

function push(label: string, tree: Record<string, string>): string {
  const sha = gh.commit(shaOf(label), { 'README.md': '# octo-repo\n', ...tree });
  gh.branches.set('main', sha);
  return sha;
}

const schedule = (inputs: Record<string, string> = {}) =>
  runAction({
    apiUrl: gh.url,
    repository: 'octo-org/octo-repo',
    event: 'schedule',
    payload: { schedule: '0 6 * * 1' },
    inputs,
  });

const openIssues = () =>
  gh.issues.filter((i) => i.state === 'open' && i.body.includes(REGISTER_MARKER));

describe('scheduled policy register', () => {
  it('creates one issue, updates it in place, and closes it when all policies are fresh', async () => {
    push('v1', {
      'policies/access.md': policy('@octo-org/security', daysFromToday(-100), 'Access Control'),
      'policies/backup.md': policy('alice', daysFromToday(-80), 'Backup'),
      'SECURITY.md': policy('alice', daysFromToday(-1), 'Security'),
      'docs/other.md': '# not a policy\n',
    });

    const first = await schedule({ 'evidence-ledger': 'branch' });
    expect(first.stderr).toBe('');
    // A stale policy fails the scheduled run (blocks in CI by default).
    expect(first.code).toBe(1);
    expect(first.outputs.decision).toBe('block');
    expect(openIssues()).toHaveLength(1);
    const [issue] = openIssues();
    expect(issue!.labels).toEqual([REGISTER_LABEL]);
    expect(issue!.title).toBe('Policy reviews due: 1 stale, 1 due soon');
    expect(issue!.body).toContain('policies/access.md');
    expect(issue!.body).toContain('@octo-org/security');
    expect(issue!.body).toMatch(/🔴 stale .*10 d overdue/);
    expect(issue!.body).toMatch(/🟡 due soon .*in 10 d/);
    expect(issue!.body).not.toContain('SECURITY.md');
    expect(gh.labels.has(REGISTER_LABEL)).toBe(true);
    // Read through the API at the default branch: trees and blobs, no contents of docs/.
    expect(gh.requestsTo('GET', /^\/repos\/octo-org\/octo-repo$/)).toHaveLength(1);
    expect(gh.requestsTo('GET', /\/git\/trees\/[0-9a-f]{40}$/)).toHaveLength(1);
    expect(gh.requestsTo('GET', /\/git\/blobs\//)).toHaveLength(3);
    expect(first.summary).toContain('policy/stale');
    expect(first.summary).toMatch(/policy register issue #\d+ was created/);
    expect(first.evidence).toMatchObject({ event: 'schedule', decision: 'block' });
    expect(first.evidence!.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'policy/stale', path: 'policies/access.md', line: 4 }),
      ]),
    );
    // The record carries the register it evaluated, and the scheduled run appends it to the
    // ledger: the auditor's report shows each document's review dates from it.
    expect(validateEvidence(first.evidence)).toBe(true);
    expect(first.evidence!.policies).toEqual({
      today: daysFromToday(0),
      documents: expect.arrayContaining([
        {
          path: 'policies/access.md',
          title: 'Access Control',
          owner: '@octo-org/security',
          lastReviewed: daysFromToday(-100),
          reviewInterval: '90 days',
          due: daysFromToday(-10),
          status: 'stale',
        },
        expect.objectContaining({ path: 'policies/backup.md', status: 'due-soon' }),
      ]),
    });
    const ledger = Object.entries(gh.gitFiles('octo-org/octo-repo', 'mandate-evidence'));
    expect(ledger).toHaveLength(1);
    expect(JSON.parse(ledger[0]![1].trim()).statement.predicate.policies).toEqual(
      first.evidence!.policies,
    );

    // Second run: the backup policy went stale too; the same issue is updated.
    push('v2', {
      'policies/access.md': policy('@octo-org/security', daysFromToday(-100), 'Access Control'),
      'policies/backup.md': policy('alice', daysFromToday(-95), 'Backup'),
      'SECURITY.md': policy('alice', daysFromToday(-1), 'Security'),
    });
    const second = await schedule();
    expect(second.code).toBe(1);
    expect(openIssues()).toHaveLength(1);
    expect(openIssues()[0]!.number).toBe(issue!.number);
    expect(openIssues()[0]!.title).toBe('Policy reviews due: 2 stale');
    expect(gh.requestsTo('POST', /\/issues$/)).toHaveLength(1);
    expect(gh.requestsTo('PATCH', /\/issues\/\d+$/)).toHaveLength(1);
    expect(second.summary).toMatch(new RegExp(`issue #${issue!.number} was updated`));

    // Third run: everything reviewed; the issue is closed, and nothing is created.
    push('v3', {
      'policies/access.md': policy('@octo-org/security', daysFromToday(0), 'Access Control'),
      'policies/backup.md': policy('alice', daysFromToday(-3), 'Backup'),
      'SECURITY.md': policy('alice', daysFromToday(-1), 'Security'),
    });
    const third = await schedule();
    expect(third.code).toBe(0);
    expect(third.outputs.decision).toBe('pass');
    expect(openIssues()).toHaveLength(0);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]).toMatchObject({
      state: 'closed',
      title: 'Policy reviews: all policies are fresh',
    });

    // And a fresh run after that neither reopens nor creates.
    const fourth = await schedule();
    expect(fourth.code).toBe(0);
    expect(gh.issues).toHaveLength(1);
  });

  it('closes a duplicate instead of adding one, and reports unknown owners and leftovers', async () => {
    push('dup', {
      'policies/a.md': policy('ghost-user', daysFromToday(-200), 'A'),
      'policies/b.md': '# [Company Name] Policy\n\nNo front matter, TBD.\n',
    });
    for (const n of [1, 2]) {
      gh.issues.push({
        number: 500 + n,
        title: 'old',
        body: `${REGISTER_MARKER}\nold`,
        state: 'open',
        labels: [REGISTER_LABEL],
        assignees: [],
      });
    }
    const run = await schedule();
    expect(run.code).toBe(1);
    expect(openIssues().map((i) => i.number)).toEqual([501]);
    expect(gh.issues.find((i) => i.number === 502)!.state).toBe('closed');
    expect(gh.requestsTo('POST', /\/issues$/)).toHaveLength(0);
    // a.md is stale and its owner unknown: a problem makes it invalid (policyStatus), as in
    // `mandate policies`; its due date still shows it overdue.
    expect(openIssues()[0]!.title).toBe('Policy reviews due: 2 invalid');
    const rules = run.evidence!.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(rules).toEqual(
      expect.arrayContaining([
        'policy/stale',
        'policy/unknown-owner',
        'policy/invalid-front-matter',
        'policy/template-leftover',
      ]),
    );
  });

  it('asks once about each owner, however often and however spelled it is named', async () => {
    push('owners', {
      'policies/a.md': policy('@alice', daysFromToday(-10), 'A'),
      'policies/b.md': policy('@Alice', daysFromToday(-10), 'B'),
      'policies/c.md': policy('@octo-org/security', daysFromToday(-10), 'C'),
      'policies/d.md': policy('@octo-org/Security', daysFromToday(-10), 'D'),
      'policies/e.md': policy('@ghost-user', daysFromToday(-10), 'E'),
      'policies/f.md': policy('@Ghost-User', daysFromToday(-10), 'F'),
    });
    const run = await schedule();
    const asked = (pattern: RegExp) =>
      gh.requests.filter((r) => r.method === 'GET' && pattern.test(r.path.toLowerCase()));
    expect(asked(/^\/users\/alice$/)).toHaveLength(1);
    expect(asked(/^\/users\/ghost-user$/)).toHaveLength(1);
    expect(asked(/^\/orgs\/octo-org\/teams\/security$/)).toHaveLength(1);
    const unknown = run.evidence!.findings.filter(
      (f: { ruleId: string }) => f.ruleId === 'policy/unknown-owner',
    );
    expect(unknown.map((f: { path: string }) => f.path)).toEqual([
      'policies/e.md',
      'policies/f.md',
    ]);
  });

  it('workflow_dispatch scans the commit for secrets and keeps the register too', async () => {
    const head = push('wd', {
      'policies/a.md': policy('alice', daysFromToday(-1), 'A'),
    });
    const run = await runAction({
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      event: 'workflow_dispatch',
      payload: examplePayload('workflow_dispatch'),
      sha: head,
    });
    expect(run.code).toBe(0);
    expect(run.evidence!.scan.files).toBe(2);
    expect(gh.issues).toHaveLength(0);
    expect(gh.requestsTo('GET', /\/git\/trees\//).length).toBeGreaterThan(0);
  });

  it('uses the last commit date with fallback: git, and the config of the default branch', async () => {
    push('fb', {
      '.mandate.yml': 'policies:\n  paths: ["handbook/*.md"]\n  fallback: git\n',
      'handbook/hr.md': '---\nowner: alice\nreview_interval: 1 year\n---\n# HR\n',
      'policies/ignored.md': '# not in the configured paths\n',
    });
    gh.lastCommitDates.set('handbook/hr.md', `${daysFromToday(-400)}T10:00:00Z`);
    const run = await schedule();
    expect(run.code).toBe(1);
    expect(openIssues()[0]!.body).toMatch(/handbook\/hr\.md.*\(git\)/);
    expect(openIssues()[0]!.body).not.toContain('ignored.md');
  });
});

describe('policy/review-integrity on pull requests', () => {
  const BASE = shaOf('pr-base');
  const HEAD = shaOf('pr-head');
  const before = policy('@octo-org/security', '2024-01-10', 'Access Control');
  const after = policy('@octo-org/security', daysFromToday(-1), 'Access Control');

  async function pullRequest(
    reviews: {
      user: string;
      commit: string;
      state?: 'APPROVED' | 'CHANGES_REQUESTED';
      at?: string;
    }[],
  ) {
    gh.commit(BASE, { 'README.md': '# r\n', 'policies/access.md': before });
    gh.commit(HEAD, { 'README.md': '# r\n', 'policies/access.md': after });
    gh.pulls.set(9, { base: BASE, head: HEAD });
    gh.reviews.set(
      9,
      reviews.map((r) => ({
        user: r.user,
        state: r.state ?? ('APPROVED' as const),
        commit_id: r.commit,
        submitted_at: r.at ?? '2025-01-01T00:00:00Z',
      })),
    );
    return runAction({
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      event: 'pull_request',
      payload: pullRequestPayload(gh, { number: 9, base: BASE, head: HEAD }),
    });
  }

  const integrity = (run: ActionRun) =>
    (run.evidence!.findings as { ruleId: string }[]).filter(
      (f) => f.ruleId === 'policy/review-integrity',
    );

  it('blocks a new last_reviewed without the owner’s approval on the head commit', async () => {
    gh.users.add('carol');
    const run = await pullRequest([
      { user: 'carol', commit: HEAD },
      { user: 'bob', commit: BASE },
    ]);
    expect(run.code).toBe(1);
    expect(integrity(run)).toEqual([
      expect.objectContaining({ path: 'policies/access.md', line: 4, blocking: true }),
    ]);
    const annotations = gh
      .requestsTo('POST', /\/check-runs$/)
      .map((r) => r.body)
      .join('\n');
    expect(annotations).toContain('its owner @octo-org/security has not approved');
  });

  it('passes once a member of the owning team approves the head commit', async () => {
    const run = await pullRequest([{ user: 'bob', commit: HEAD }]);
    expect(integrity(run)).toEqual([]);
  });

  it('reads approvals as required reviews do: a later change request withdraws one', async () => {
    const run = await pullRequest([
      { user: 'bob', commit: HEAD, at: '2025-01-01T00:00:00Z' },
      { user: 'bob', commit: HEAD, state: 'CHANGES_REQUESTED', at: '2025-01-02T00:00:00Z' },
    ]);
    expect(integrity(run)).toEqual([expect.objectContaining({ blocking: true })]);
  });

  it('fails closed with one sentence when the token cannot read the owning team', async () => {
    gh.failures.push({
      method: 'GET',
      path: /\/memberships\//,
      status: 403,
      message: 'Resource not accessible by integration',
      times: 10,
    });
    const run = await pullRequest([{ user: 'bob', commit: HEAD }]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::The token cannot read the membership of @octo-org\/security \(HTTP 403\)/,
    );
  });
});

describe('policy documents a pull request changes', () => {
  const BASE = shaOf('pc-base');
  const HEAD = shaOf('pc-head');
  const stale = policy('alice', '2020-01-10', 'Backup');

  it('judges the documents it adds or edits, as the head leaves them, and only those', async () => {
    gh.users.add('alice');
    gh.commit(BASE, {
      'README.md': '# r\n',
      'policies/backup.md': stale,
      'policies/untouched.md': policy('alice', '2019-01-10', 'Untouched'),
    });
    gh.commit(HEAD, {
      'README.md': '# r\n',
      // Edited without a review: still stale.
      'policies/backup.md': `${stale}\nOne more paragraph.\n`,
      'policies/untouched.md': policy('alice', '2019-01-10', 'Untouched'),
      // Added, copied from a template nobody adapted.
      'policies/access.md': `${policy('alice', daysFromToday(-1), 'Access')}\n[Company Name] keeps a clean desk (delete as appropriate).\n`,
    });
    gh.pulls.set(11, { base: BASE, head: HEAD });
    const run = await runAction({
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      event: 'pull_request',
      payload: pullRequestPayload(gh, { number: 11, base: BASE, head: HEAD }),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const findings = (run.evidence!.findings as { ruleId: string; path: string; line: number }[])
      .filter((f) => f.ruleId.startsWith('policy/'))
      .map((f) => `${f.ruleId} ${f.path}:${f.line}`);
    expect(findings).toEqual(
      expect.arrayContaining([
        'policy/stale policies/backup.md:4',
        'policy/template-leftover policies/access.md:11',
        'policy/review-integrity policies/access.md:4',
      ]),
    );
    expect(findings.filter((f) => f.startsWith('policy/template-leftover'))).toHaveLength(2);
    expect(findings.join('\n')).not.toContain('untouched.md');
    const annotations = gh
      .requestsTo('POST', /\/check-runs$/)
      .map((r) => r.body)
      .join('\n');
    expect(annotations).toContain('policies/access.md');
    expect(run.summary).toContain('policy/template-leftover');
  });

  it('passes a pull request that reviews a policy properly', async () => {
    gh.commit(BASE, { 'README.md': '# r\n', 'policies/backup.md': stale });
    gh.commit(HEAD, {
      'README.md': '# r\n',
      'policies/backup.md': policy('alice', daysFromToday(-1), 'Backup'),
    });
    gh.pulls.set(12, { base: BASE, head: HEAD });
    gh.reviews.set(12, [
      { user: 'alice', state: 'APPROVED', commit_id: HEAD, submitted_at: '2025-01-01T00:00:00Z' },
    ]);
    const run = await runAction({
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      event: 'pull_request',
      payload: pullRequestPayload(gh, { number: 12, base: BASE, head: HEAD }),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.evidence!.findings).toEqual([]);
  });
});
