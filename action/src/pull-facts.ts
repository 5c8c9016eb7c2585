/**
 * The facts of a pull request that required reviews are judged on, read through the REST API:
 * its reviews (every page, with the commit each was given on), team and organisation
 * membership and who exists (src/github/teams.ts), and the head version of changed files —
 * each looked up once per run.
 * A token that may not read membership fails the run closed.
 */
import type { PullFacts, PullFile, Review, ReviewState } from '../../src/core/review/types.js';
import { type GitHubRest, listAll, statusOf } from '../../src/github/rest.js';
import { Directory, isTeamMember, membersForbidden, teamMembers } from '../../src/github/teams.js';
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
  /** Who exists: users, teams, the organisation and its members, each asked once. */
  private readonly directory: Directory;

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
    this.directory = new Directory(client);
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

  /** A directory lookup whose 401/403 fails the run closed (approvals cannot be judged). */
  private closed(what: string, lookup: Promise<boolean>): Promise<boolean> {
    return lookup.catch((error: unknown) => {
      if (statusOf(error) === 403 || statusOf(error) === 401) throw membersForbidden(what, error);
      throw error;
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
    const org = this.repo.owner;
    return this.closed(`the organisation ${org}`, this.directory.orgExists(org));
  }

  async isOrgMember(user: string): Promise<boolean | null> {
    if (!(await this.isOrganisation())) return null;
    const org = this.repo.owner;
    return this.closed(`the members of ${org}`, this.directory.isOrgMember(org, user));
  }

  teamExists(team: string): Promise<boolean> {
    return this.closed(`the team @${team}`, this.directory.teamExists(team));
  }

  userExists(user: string): Promise<boolean> {
    return this.closed(`the user @${user}`, this.directory.userExists(user));
  }

  teamMembers(team: string): Promise<string[] | null> {
    return this.once(`members:${team}`.toLowerCase(), () =>
      teamMembers(this.client, team).catch(() => null),
    );
  }
}
