/**
 * One chain for every family in the Action (core/family.ts): the scheduled register's policy
 * findings go through the same suppression as a pull request's — `.mandateignore` and the
 * baseline after a central config's locks — instead of a hand-written filter of their own.
 */
import { describe, expect, it } from 'vitest';
import { shaOf } from './fake-github.js';
import { runAction } from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const gh = useFakeGitHub('octo-org/octo-repo', (gh) => {
  gh.users.add('alice');
});

function daysAgo(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days))
    .toISOString()
    .slice(0, 10);
}

const STALE = `---\ntitle: Access\nowner: "alice"\nlast_reviewed: ${daysAgo(100)}\nreview_interval: 90d\n---\n# Access\n\nHow we work.\n`;

function push(label: string, tree: Record<string, string>): void {
  const sha = gh.commit(shaOf(label), { 'README.md': '# octo-repo\n', ...tree });
  gh.branches.set('main', sha);
}

const schedule = () =>
  runAction({
    apiUrl: gh.url,
    repository: 'octo-org/octo-repo',
    event: 'schedule',
    payload: { schedule: '0 6 * * 1' },
  });

/** The fingerprint of the stale finding, from a first run's evidence. */
async function staleFingerprint(): Promise<string> {
  push('first', { 'policies/access.md': STALE });
  const first = await schedule();
  expect(first.code).toBe(1);
  const stale = (first.evidence!.findings as { ruleId: string; fingerprint: string }[]).find(
    (f) => f.ruleId === 'policy/stale',
  );
  return stale!.fingerprint;
}

describe('the scheduled register joins the one chain', () => {
  it('suppresses a stale policy that .mandateignore names', async () => {
    const fingerprint = await staleFingerprint();
    push('ignored', {
      'policies/access.md': STALE,
      '.mandateignore': `${fingerprint}  # reviewed in the board meeting, document follows\n`,
    });
    const ignored = await schedule();
    expect(ignored.stderr).toBe('');
    expect(ignored.code).toBe(0);
    expect(ignored.outputs.decision).toBe('pass');
  });

  it('does not apply an ignore entry for a policy rule a central config locks', async () => {
    const fingerprint = await staleFingerprint();
    gh.otherRepos.set(
      'octo-org/security-policy',
      new Map([
        [
          'main',
          { 'org.yml': 'extends: [recommended]\noverrides:\n  policy/stale: { locked: true }\n' },
        ],
      ]),
    );
    push('locked', {
      'policies/access.md': STALE,
      '.mandate.yml': 'extends: [recommended, "octo-org/security-policy:org.yml"]\n',
      '.mandateignore': `${fingerprint}  # reviewed in the board meeting, document follows\n`,
    });
    const locked = await schedule();
    expect(locked.code).toBe(1);
    expect(locked.outputs.decision).toBe('block');
    expect(locked.summary).toMatch(/entries name locked rules and were not applied/);
  });
});
