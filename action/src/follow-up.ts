/**
 * The follow-up issue a break-glass opens: one per pull request, found again by a hidden marker
 * (so a re-run never opens a second), assigned to the security team's members when GitHub
 * allows it; and the list of those issues that every run's evidence carries until they close.
 */
import type { BreakGlass } from '../../src/core/review/break-glass.js';
import { type GitHubRest, listAll, statusOf } from '../../src/github/rest.js';
import { isTeamMember, teamMembers } from '../../src/github/teams.js';
import { codeSpan, escapeText } from '../../src/reporters/markdown-escape.js';
import type { Repo } from './event.js';

export const FOLLOW_UP_LABEL = 'mandate-break-glass';
const MAX_ASSIGNEES = 10;

/**
 * The hidden marker of the follow-up of the break-glass given in comment `comment` on pull
 * request `pullRequest`: a later break-glass (a new head, a new comment) gets its own issue.
 */
export function followUpMarker(pullRequest: number, comment?: number): string {
  return `<!-- mandate:break-glass pr=${pullRequest}${comment === undefined ? '' : ` comment=${comment}`} -->`;
}

export interface FollowUp {
  number: number;
  url: string;
  pullRequest: number | null;
  state: 'open' | 'closed';
  created: boolean;
}

interface ApiIssue {
  number: number;
  html_url: string;
  state: 'open' | 'closed';
  body?: string | null;
  pull_request?: unknown;
  user?: { login?: string; type?: string } | null;
  closed_at?: string | null;
}

const MARKER = /<!-- mandate:break-glass pr=(\d+)(?: comment=(\d+))? -->/;

export function markerPr(body: string | null | undefined): number | null {
  const match = MARKER.exec(body ?? '');
  return match === null ? null : Number(match[1]);
}

/** The break-glass comment a follow-up issue is for (null: an issue from before the binding). */
function markerComment(body: string | null | undefined): number | null {
  const match = MARKER.exec(body ?? '');
  return match?.[2] === undefined ? null : Number(match[2]);
}

/**
 * Whether an issue can be the follow-up mandate opened for a pull request by `author`: one that
 * author did not open. The label and the marker are text anyone who opens issues can write — the
 * author could open "the follow-up" of their own break-glass ahead of it, close it, and no review
 * after the fact would ever be asked for. (The Action's token is a bot, or the user whose token
 * a team passes as `token`.)
 */
function notOpenedBy(issue: ApiIssue, author: string | null): boolean {
  const login = issue.user?.login;
  if (issue.user?.type === 'Bot') return true;
  if (login === undefined) return false;
  return author !== null && login.toLowerCase() !== author.toLowerCase();
}

/** Opens the follow-up issue for a break-glass unless one exists (found by its hidden marker). */
export async function ensureFollowUp(
  client: GitHubRest,
  repo: Repo,
  input: {
    pullRequest: number;
    /** The pull request's author, whose own issue never stands in for the follow-up. */
    author: string | null;
    breakGlass: BreakGlass;
    waived: string[];
    team: string | undefined;
    headSha: string;
    existing: ApiIssue[];
    note: (sentence: string) => void;
  },
): Promise<FollowUp> {
  const bg = input.breakGlass.accepted!;
  const found = input.existing.find(
    (issue) =>
      markerPr(issue.body) === input.pullRequest &&
      notOpenedBy(issue, input.author) &&
      bg.commentId !== undefined &&
      markerComment(issue.body) === bg.commentId,
  );
  if (found !== undefined) {
    return {
      number: found.number,
      url: found.html_url,
      pullRequest: input.pullRequest,
      state: found.state,
      created: false,
    };
  }
  const teamMention = input.team === undefined ? 'the security team' : `@${input.team}`;
  const body = [
    followUpMarker(input.pullRequest, bg.commentId),
    `#${input.pullRequest} was merged-unblocked by **break-glass**: the required reviews were waived.`,
    '',
    `- By: @${bg.by}`,
    `- When: ${bg.at}`,
    `- Why: ${escapeText(bg.reason)}`,
    `- Waived: ${input.waived.length > 0 ? input.waived.map((id) => codeSpan(id)).join(', ') : 'nothing was unmet at the time'}`,
    `- Head commit: ${input.headSha}`,
    ...(bg.commentUrl === undefined ? [] : [`- Comment: ${bg.commentUrl}`]),
    '',
    `${teamMention}: review the change after the fact, then close this issue. mandate lists it as open in every evidence record until it is closed.`,
  ].join('\n');
  let assignees: string[] = [];
  if (input.team !== undefined) {
    try {
      const members = await teamMembers(client, input.team);
      assignees = members.slice(0, MAX_ASSIGNEES);
    } catch {
      input.note(
        `The members of @${input.team} could not be listed, so the break-glass follow-up issue is not assigned; it mentions the team instead.`,
      );
    }
  }
  const create = (withAssignees: string[]) =>
    client.request('POST /repos/{owner}/{repo}/issues', {
      ...repo,
      title: `Break-glass follow-up review for #${input.pullRequest}`,
      body,
      labels: [FOLLOW_UP_LABEL],
      ...(withAssignees.length === 0 ? {} : { assignees: withAssignees }),
    });
  let response: Awaited<ReturnType<typeof create>>;
  try {
    response = await create(assignees);
  } catch (error) {
    if (statusOf(error) !== 422 || assignees.length === 0) throw error;
    input.note(
      'The follow-up issue could not be assigned to the security team; it mentions the team instead.',
    );
    response = await create([]);
  }
  const issue = response.data as ApiIssue;
  return {
    number: issue.number,
    url: issue.html_url,
    pullRequest: input.pullRequest,
    state: 'open',
    created: true,
  };
}

/** Closed follow-ups whose closer each run checks, the most recently closed first. */
const CLOSED_CHECKED = 30;

/**
 * The follow-ups still waiting for their review after the fact: the open ones, and the closed
 * ones that no member of `team` closed. Anyone with triage access can close an issue — the pull
 * request's author included — and a follow-up closed that way was not reviewed, so it stays
 * listed (with a note) until a member closes it. GitHub names the closer only on the issue
 * itself: one request per closed follow-up and one membership check per closer, for the
 * CLOSED_CHECKED most recently closed (a repository's closed follow-ups only grow; one closed by
 * a non-member is listed in every evidence record until that many newer ones are closed).
 * Without a team there is no one to check against: closed is done.
 */
export async function pendingFollowUps(
  client: GitHubRest,
  repo: Repo,
  issues: ApiIssue[],
  team: string | undefined,
  note: (sentence: string) => void,
): Promise<ApiIssue[]> {
  const pending = issues.filter((issue) => issue.state === 'open');
  if (team === undefined) return pending;
  const closed = issues
    .filter((issue) => issue.state === 'closed')
    .sort((a, b) => (b.closed_at ?? '').localeCompare(a.closed_at ?? '') || b.number - a.number)
    .slice(0, CLOSED_CHECKED);
  const members = new Map<string, boolean>();
  for (const issue of closed) {
    const response = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: issue.number,
    });
    const closer = (response.data as { closed_by?: { login?: string } | null }).closed_by?.login;
    if (closer !== undefined) {
      const key = closer.toLowerCase();
      if (!members.has(key)) members.set(key, await isTeamMember(client, team, closer));
      if (members.get(key) === true) continue;
    }
    pending.push(issue);
    // Only what was checked: an unnamed closer's membership was never asked.
    const why =
      closer === undefined
        ? `was closed, but GitHub does not say by whom, so not known to be by a member of @${escapeText(team)}`
        : `was closed by @${escapeText(closer)}, who is not in @${escapeText(team)}`;
    note(
      `Break-glass follow-up #${issue.number} ${why}: it stays listed as open in the evidence until a member of the team closes it (reopen it for them).`,
    );
  }
  return pending.sort((a, b) => a.number - b.number);
}

/** Break-glass follow-up issues, open and closed (found by their marker; the evidence lists the open ones). */
export async function listFollowUps(client: GitHubRest, repo: Repo): Promise<ApiIssue[]> {
  try {
    return (
      await listAll<ApiIssue>(client, 'GET /repos/{owner}/{repo}/issues', {
        ...repo,
        state: 'all',
        labels: FOLLOW_UP_LABEL,
      })
    ).filter((issue) => issue.pull_request === undefined && markerPr(issue.body) !== null);
  } catch (error) {
    if (statusOf(error) === 404 || statusOf(error) === 410) return [];
    throw error;
  }
}
