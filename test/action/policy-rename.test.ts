/**
 * Issue 9.15: renaming a policy document must not let its pull request choose who approves the
 * new review date. The owner is read from the base version at the file's old path
 * (`previous_filename`), not from the head's front matter at the new path.
 */
import { describe, expect, it } from 'vitest';
import { shaOf } from './fake-github.js';
import { type ActionRun, type Json, pullRequestPayload, runAction } from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const BASE = shaOf('rename-base');
const HEAD = shaOf('rename-head');
const OLD = 'policies/access.md';
const NEW = 'policies/access-control.md';

function policy(owner: string, lastReviewed: string): string {
  return `---\ntitle: Access Control\nowner: "${owner}"\nlast_reviewed: "${lastReviewed}"\nreview_interval: 365d\n---\n# Access Control\n\nHow we grant access.\n`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const gh = useFakeGitHub('octo-org/octo-repo', (gh) => {
  gh.teams.set('octo-org/security', ['bob']);
  for (const user of ['bob', 'eve', 'erin']) gh.orgMembers.add(user);
});

async function renamePullRequest(headOwner: string, approver: string): Promise<ActionRun> {
  gh.commit(BASE, { 'README.md': '# r\n', [OLD]: policy('@octo-org/security', '2024-01-10') });
  gh.commit(HEAD, { 'README.md': '# r\n', [NEW]: policy(headOwner, today()) });
  gh.renames.set(NEW, OLD);
  gh.pulls.set(4, { base: BASE, head: HEAD });
  gh.reviews.set(4, [
    { user: approver, state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-01-01T00:00:00Z' },
  ]);
  const payload = pullRequestPayload(gh, { number: 4, base: BASE, head: HEAD });
  payload.pull_request.user.login = 'erin';
  return runAction({
    apiUrl: gh.url,
    repository: `${gh.owner}/${gh.repo}`,
    event: 'pull_request',
    payload,
  });
}

const integrity = (run: ActionRun): Json[] =>
  (run.evidence!.findings as Json[]).filter((f) => f.ruleId === 'policy/review-integrity');

describe('a renamed policy document', () => {
  it('needs the owner named at its old path, whatever owner the new path names', async () => {
    // The rename also hands the document to @eve, who then approves its new review date.
    const run = await renamePullRequest('@eve', 'eve');
    // The listing really reports a rename (so the attack is the one GitHub would see).
    const listed = gh.requestsTo('GET', /\/pulls\/4\/files$/);
    expect(listed).toHaveLength(1);
    expect(run.code).toBe(1);
    expect(integrity(run)).toEqual([
      expect.objectContaining({ path: NEW, line: 4, blocking: true }),
    ]);
    const annotation = (gh.checkRuns[0] as Json).output.annotations.find(
      (a: Json) => a.path === NEW,
    );
    expect(annotation.message).toContain(
      `${NEW} (renamed from ${OLD}): this pull request sets \`last_reviewed\``,
    );
    expect(annotation.message).toContain('its owner @octo-org/security has not approved');
    // The base version was read at the old path.
    expect(
      gh
        .requestsTo('GET', new RegExp(`/contents/${OLD}$`))
        .some((r) => r.path.includes(`ref=${BASE}`)),
    ).toBe(true);
  });

  it('passes when the base owner approves the head', async () => {
    const run = await renamePullRequest('@octo-org/security', 'bob');
    expect(integrity(run)).toEqual([]);
    expect(run.code).toBe(0);
  });
});
