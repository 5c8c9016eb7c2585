/**
 * The facts of a pull request that required reviews are judged on, read through the REST API:
 * its reviews (every page, with the commit each was given on), team and organisation
 * membership, users, and the head version of changed files — each looked up once per run.
 * A token that may not read membership fails the run closed.
 */
import type { PullFacts, PullFile, Review, ReviewState } from '../../src/core/review/types.js';
import { type GitHubRest, listAll, statusOf } from '../../src/github/rest.js';
import { isTeamMember, membersForbidden, splitTeam, teamMembers } from '../../src/github/teams.js';
import { readFileAt } from '../../src/sources/github.js';
import type { PullRequestEvent, Repo } from './event.js';

/** PullFacts through the REST API; every lookup is cached for the run. */
export class GitHubPullFacts implements PullFacts {
  author: string;
  headSha: string;
  baseBranch: string;
  labels: string[];
  reviews: Review[] | null = null;
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(
    private readonly client: GitHubRest,
    private readonly repo: Repo,
    event: PullRequestEvent,
    public files: PullFile[],
  ) {
    this.author = event.author;
    this.headSha = event.headSha;
    this.baseBranch = event.baseRef;
    this.labels = event.labels;
  }

  /** The head version of a changed file (structured content patterns read whole files). */
  readHead(path: string): Promise<string | null> {
    return this.once(`head:${path}`, async () => {
      const bytes = await readFileAt(this.client, this.repo, path, this.headSha);
      return bytes === null ? null : bytes.toString('utf8');
    });
  }

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let hit = this.cache.get(key) as Promise<T> | undefined;
    if (hit === undefined) {
      hit = load();
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** Whether `route` answers 2xx (true) or 404 (false); 403 fails closed. */
  private exists(key: string, route: string, params: Record<string, unknown>, what: string) {
    return this.once(key, async () => {
      try {
        await this.client.request(route, params);
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        if (statusOf(error) === 403 || statusOf(error) === 401) throw membersForbidden(what, error);
        throw error;
      }
    });
  }

  /** Reads the pull request's reviews (once: later calls keep what was read). */
  async loadReviews(pullRequest: number): Promise<void> {
    if (this.reviews !== null) return;
    type ApiReview = {
      user: { login: string; type?: string } | null;
      state: string;
      commit_id: string | null;
      submitted_at?: string | null;
    };
    const raw = await listAll<ApiReview>(
      this.client,
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      { ...this.repo, pull_number: pullRequest },
    );
    this.reviews = raw
      .filter((r) => r.user !== null && r.commit_id !== null)
      .map((r) => ({
        user: r.user!.login,
        ...(r.user!.type === undefined ? {} : { userType: r.user!.type }),
        state: r.state as ReviewState,
        commitId: r.commit_id!,
        submittedAt: r.submitted_at ?? '',
      }));
  }

  isTeamMember(team: string, user: string): Promise<boolean> {
    const key = `member:${team}:${user}`.toLowerCase();
    return this.once(key, () => isTeamMember(this.client, team, user));
  }

  private isOrganisation(): Promise<boolean> {
    return this.exists(
      `org:${this.repo.owner}`.toLowerCase(),
      'GET /orgs/{org}',
      { org: this.repo.owner },
      `the organisation ${this.repo.owner}`,
    );
  }

  async isOrgMember(user: string): Promise<boolean | null> {
    if (!(await this.isOrganisation())) return null;
    return this.exists(
      `orgmember:${user}`.toLowerCase(),
      'GET /orgs/{org}/members/{username}',
      { org: this.repo.owner, username: user },
      `the members of ${this.repo.owner}`,
    );
  }

  teamExists(team: string): Promise<boolean> {
    return this.exists(
      `team:${team}`.toLowerCase(),
      'GET /orgs/{org}/teams/{team_slug}',
      splitTeam(team),
      `the team @${team}`,
    );
  }

  userExists(user: string): Promise<boolean> {
    return this.exists(
      `user:${user}`.toLowerCase(),
      'GET /users/{username}',
      { username: user },
      `the user @${user}`,
    );
  }

  teamMembers(team: string): Promise<string[] | null> {
    return this.once(`members:${team}`.toLowerCase(), () =>
      teamMembers(this.client, team).catch(() => null),
    );
  }
}
