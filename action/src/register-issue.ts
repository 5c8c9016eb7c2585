/**
 * The policy register's one tracking issue: found by a hidden marker in its body and the
 * `mandate-policies` label, it lists the documents that are due soon, stale or invalid, with
 * their owners. Created on the first run that finds one, updated in place afterwards, closed
 * when every policy is fresh; a duplicate (made by hand, or by a race) is closed.
 */
import type { PolicyEntry } from '../../src/core/policy/types.js';
import { type GitHubRest, listAll, statusOf } from '../../src/github/rest.js';
import { registerSummary, registerTable } from '../../src/reporters/policy-register.js';
import type { Repo } from './event.js';

export const REGISTER_MARKER = '<!-- mandate:policy-register -->';
export const REGISTER_LABEL = 'mandate-policies';
const LABEL_COLOR = 'd93f0b';

export interface IssueOutcome {
  action: 'created' | 'updated' | 'closed' | 'none';
  number: number | null;
  url: string | null;
}

/** The tracking issue's title and body. */
export function issueContent(
  entries: PolicyEntry[],
  context: { today: string; branch: string; commit: string; runUrl: string | null },
): { title: string; body: string } {
  const open = entries.filter((e) => e.status !== 'fresh');
  const count = (s: PolicyEntry['status']) => open.filter((e) => e.status === s).length;
  const parts = [
    count('stale') > 0 ? `${count('stale')} stale` : '',
    count('invalid') > 0 ? `${count('invalid')} invalid` : '',
    count('due-soon') > 0 ? `${count('due-soon')} due soon` : '',
  ].filter((p) => p !== '');
  const title =
    open.length === 0
      ? 'Policy reviews: all policies are fresh'
      : `Policy reviews due: ${parts.join(', ')}`;
  const owners = [...new Set(open.flatMap((e) => (e.owner === null ? [] : [e.owner])))].sort();
  const body = [
    REGISTER_MARKER,
    '',
    `mandate checks the policy documents of \`${context.branch}\` on a schedule and keeps this one issue up to date. As of ${context.today} (UTC, commit \`${context.commit.slice(0, 7)}\`): ${registerSummary(entries)}.`,
    '',
    ...(open.length === 0
      ? ['Every policy is fresh. This issue is closed.']
      : [
          ...registerTable(open),
          '',
          `**Owners:** ${owners.length === 0 ? 'none named' : owners.join(', ')} — review each document, then set \`last_reviewed\` in its front matter in a pull request the owner approves. Stale and invalid documents fail \`mandate check\` in CI.`,
        ]),
    '',
    context.runUrl === null ? '' : `_Updated by [this run](${context.runUrl})._`,
  ];
  return { title, body: `${body.join('\n').trimEnd()}\n` };
}

interface IssueData {
  number: number;
  html_url?: string;
  body?: string | null;
  pull_request?: unknown;
}

/** Creates, updates or closes the one tracking issue. */
export async function syncRegisterIssue(
  client: GitHubRest,
  repo: Repo,
  entries: PolicyEntry[],
  context: { today: string; branch: string; commit: string; runUrl: string | null },
): Promise<IssueOutcome> {
  const listed = await listAll<IssueData>(
    client,
    'GET /repos/{owner}/{repo}/issues',
    { ...repo, state: 'open', labels: REGISTER_LABEL },
    10,
  );
  const ours = listed
    .filter((i) => i.pull_request === undefined && (i.body ?? '').includes(REGISTER_MARKER))
    .sort((a, b) => a.number - b.number);
  const [current, ...duplicates] = ours;
  for (const duplicate of duplicates) {
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: duplicate.number,
      state: 'closed',
      state_reason: 'not_planned',
      body: `${REGISTER_MARKER.replace('register', 'register-duplicate')}\n\nA duplicate of #${current!.number}, which mandate keeps up to date.\n`,
    });
  }
  const { title, body } = issueContent(entries, context);
  const due = entries.some((e) => e.status !== 'fresh');
  if (!due) {
    if (current === undefined) return { action: 'none', number: null, url: null };
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: current.number,
      title,
      body,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: current.number, url: current.html_url ?? null };
  }
  if (current !== undefined) {
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: current.number,
      title,
      body,
    });
    return { action: 'updated', number: current.number, url: current.html_url ?? null };
  }
  try {
    await client.request('POST /repos/{owner}/{repo}/labels', {
      ...repo,
      name: REGISTER_LABEL,
      color: LABEL_COLOR,
      description: 'The policy register: policy documents due for review (kept by mandate)',
    });
  } catch (error) {
    if (statusOf(error) !== 422) throw error; // 422: the label exists already
  }
  const created = await client.request('POST /repos/{owner}/{repo}/issues', {
    ...repo,
    title,
    body,
    labels: [REGISTER_LABEL],
  });
  const issue = created.data as IssueData;
  return { action: 'created', number: issue.number, url: issue.html_url ?? null };
}
