/**
 * Teams and organisation membership through the REST API: `org/slug` names, the members of a
 * team (every page), and the sentence for a token that may not read them.
 */
import { MandateError } from '../core/errors.js';
import { type GitHubRest, listAll, statusOf } from './rest.js';

/** `@org/slug` or `org/slug` as the API's parameters. */
export function splitTeam(team: string): { org: string; team_slug: string } {
  const [org, slug] = team.replace(/^@/, '').split('/');
  return { org: org!, team_slug: slug! };
}

/** A 401/403 on a membership lookup: required approvals cannot be judged, so the run fails. */
export function membersForbidden(what: string, error: unknown): MandateError {
  return new MandateError(
    `The token cannot read ${what} (HTTP ${statusOf(error)}), so the approvals this pull request needs cannot be judged; pass a \`token\` that can read the organisation's teams and members (a GitHub App token or a fine-grained token with organisation "Members: read").`,
  );
}

/** The logins of a team's members (throws when they cannot be listed). */
export async function teamMembers(client: GitHubRest, team: string): Promise<string[]> {
  const members = await listAll<{ login: string }>(
    client,
    'GET /orgs/{org}/teams/{team_slug}/members',
    splitTeam(team),
  );
  return members.map((m) => m.login);
}

/** Whether `user` is an active member of `team` (false on 404; 401/403 fail closed). */
export async function isTeamMember(client: GitHubRest, team: string, user: string) {
  try {
    const response = await client.request(
      'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
      { ...splitTeam(team), username: user },
    );
    return (response.data as { state?: string }).state === 'active';
  } catch (error) {
    const status = statusOf(error);
    if (status === 404) return false;
    if (status === 403 || status === 401)
      throw membersForbidden(`the membership of @${team}`, error);
    throw error;
  }
}
