/**
 * Teams and organisation membership through the REST API: `org/slug` names, the members of a
 * team (every page), the sentence for a token that may not read them, and the one lookup of
 * who exists (`Directory`).
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

/**
 * Who exists on GitHub — users, teams, the organisation and its members — each asked once per
 * run however it is spelled (logins and slugs are case-insensitive). An answer is true (2xx)
 * or false (404); anything else rejects, and the caller says what an unanswered lookup means:
 * required reviews fail closed (pull-facts.ts), a policy owner check says it could not tell
 * (action/src/policy-documents.ts).
 */
export class Directory {
  private readonly answers = new Map<string, Promise<boolean>>();

  constructor(private readonly client: GitHubRest) {}

  userExists(login: string): Promise<boolean> {
    return this.ask(`user:${login}`, 'GET /users/{username}', { username: login });
  }

  /** `org/slug` (or `@org/slug`). */
  teamExists(team: string): Promise<boolean> {
    const params = splitTeam(team);
    return this.ask(
      `team:${params.org}/${params.team_slug}`,
      'GET /orgs/{org}/teams/{team_slug}',
      params,
    );
  }

  orgExists(org: string): Promise<boolean> {
    return this.ask(`org:${org}`, 'GET /orgs/{org}', { org });
  }

  isOrgMember(org: string, login: string): Promise<boolean> {
    return this.ask(`member:${org}:${login}`, 'GET /orgs/{org}/members/{username}', {
      org,
      username: login,
    });
  }

  private ask(key: string, route: string, params: Record<string, unknown>): Promise<boolean> {
    const id = key.toLowerCase();
    let answer = this.answers.get(id);
    if (answer === undefined) {
      answer = this.client.request(route, params).then(
        () => true,
        (error: unknown) => {
          if (statusOf(error) === 404) return false;
          throw error;
        },
      );
      this.answers.set(id, answer);
    }
    return answer;
  }
}
