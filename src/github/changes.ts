/**
 * The changes of a period on GitHub, the population `mandate evidence report` checks for
 * records: an organisation's repositories (archived ones left out), the pull requests merged in
 * the period, and the commits pushed straight to the default branch — every listing through
 * Octokit's paginator (rest.ts), which fails closed on a page that is not a list.
 */
import type { Change } from '../evidence/report.js';
import { type GitHubRest, pages } from './rest.js';

/**
 * Every page of a listing (rest.ts `pages`: Octokit's paginator, each page checked to be a
 * list) until the last or an item `stop` accepts. A 409 is an empty listing where
 * `conflictIsEmpty` says so (the commits of an empty repository).
 */
async function listUntil<T>(
  client: GitHubRest,
  route: string,
  params: Record<string, unknown>,
  options: { stop?: (item: T) => boolean; conflictIsEmpty?: boolean } = {},
): Promise<T[]> {
  const out: T[] = [];
  const listing = pages<T>(client, route, params, {
    maxPages: Number.POSITIVE_INFINITY,
    conflictIsEmpty: options.conflictIsEmpty ?? false,
  });
  const stop = options.stop ?? (() => false);
  for await (const items of listing) {
    out.push(...items);
    if (items.some(stop)) break;
  }
  return out;
}

export async function listOrgRepositories(client: GitHubRest, org: string): Promise<string[]> {
  const repos = await listUntil<{ full_name: string; archived?: boolean }>(
    client,
    'GET /orgs/{org}/repos',
    { org, type: 'all' },
  );
  return repos
    .filter((r) => !r.archived)
    .map((r) => r.full_name)
    .sort();
}

/** Pull requests merged in [from, to): closed ones, newest update first, paged until older. */
export async function listMergedPulls(
  client: GitHubRest,
  repository: string,
  from: Date,
  to: Date,
): Promise<Change[]> {
  const [owner, repo] = repository.split('/');
  type Pull = {
    number: number;
    merged_at: string | null;
    updated_at: string;
    merge_commit_sha: string | null;
    html_url: string;
    title: string;
  };
  const pulls = await listUntil<Pull>(
    client,
    'GET /repos/{owner}/{repo}/pulls',
    { owner, repo, state: 'closed', sort: 'updated', direction: 'desc' },
    { stop: (pull) => Date.parse(pull.updated_at) < from.getTime() },
  );
  return pulls
    .filter((pull) => {
      if (pull.merged_at === null) return false;
      const merged = Date.parse(pull.merged_at);
      return merged >= from.getTime() && merged < to.getTime();
    })
    .map((pull) => ({
      repository,
      kind: 'pull-request' as const,
      number: pull.number,
      mergedAt: pull.merged_at!,
      mergeCommitSha: pull.merge_commit_sha,
      url: pull.html_url,
      title: pull.title,
    }))
    .sort((a, b) => a.number - b.number);
}

/**
 * Commits pushed straight to the default branch in [from, to): the branch's first-parent line
 * from its head (`GET /commits?sha=&since=`, paginated) without the merge commits of the listed pull
 * requests (`merges`), which are covered as those pull requests. A pull request merged by
 * rebase leaves its commits but the last on the line: they count as pushes.
 */
export async function listDirectPushes(
  client: GitHubRest,
  repository: string,
  from: Date,
  to: Date,
  merges: ReadonlySet<string>,
): Promise<Change[]> {
  const [owner, repo] = repository.split('/');
  const about = await client.request('GET /repos/{owner}/{repo}', { owner, repo });
  const branch = (about.data as { default_branch?: string }).default_branch ?? 'main';
  type Commit = {
    sha: string;
    html_url: string;
    commit: { message: string; committer: { date: string } | null };
    parents: { sha: string }[];
  };
  // 409: an empty repository has no commits to list.
  const listed = await listUntil<Commit>(
    client,
    'GET /repos/{owner}/{repo}/commits',
    {
      owner,
      repo,
      sha: branch,
      // No `until`: the list then starts at the branch's head, so the first-parent line is
      // the branch's own, never a side branch merged after the period.
      since: from.toISOString(),
    },
    { conflictIsEmpty: true },
  );
  const bySha = new Map(listed.map((c) => [c.sha, c]));
  let at = listed[0];
  const out: Change[] = [];
  const seen = new Set<string>();
  while (at !== undefined && !seen.has(at.sha)) {
    seen.add(at.sha);
    const date = at.commit.committer?.date ?? '';
    const time = Date.parse(date);
    if (time >= from.getTime() && time < to.getTime() && !merges.has(at.sha)) {
      out.push({
        repository,
        kind: 'push',
        number: null,
        mergedAt: date,
        mergeCommitSha: at.sha,
        parentSha: at.parents[0]?.sha ?? null,
        url: at.html_url,
        title: at.commit.message.split('\n')[0]!.slice(0, 120),
      });
    }
    const parent = at.parents[0]?.sha;
    at = parent === undefined ? undefined : bySha.get(parent);
  }
  return out.reverse();
}
