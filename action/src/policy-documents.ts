/**
 * What the scheduled run reads of the default branch through the API (no checkout): its head
 * commit, the policy documents the config's globs match (git trees and blobs), the date of
 * each one's last commit (`fallback: git`), and whether each named owner exists on GitHub.
 */
import { minimatch } from 'minimatch';
import { parseCalendarDate } from '../../src/core/policy/calendar.js';
import { policyFinding } from '../../src/core/policy/evaluate.js';
import type { PolicyConfig, PolicyDocument, PolicyEntry } from '../../src/core/policy/types.js';
import type { Finding, Severity } from '../../src/core/types.js';
import { type GitHubRest, malformedResponse, statusOf } from '../../src/github/rest.js';
import { Directory } from '../../src/github/teams.js';
import { readBlob } from '../../src/sources/github.js';
import type { Repo } from './event.js';

/** The default branch and its head commit. */
export async function defaultBranchHead(
  client: GitHubRest,
  repo: Repo,
): Promise<{ branch: string; sha: string }> {
  const info = await client.request('GET /repos/{owner}/{repo}', { ...repo });
  const branch = (info.data as { default_branch?: string }).default_branch || 'main';
  const commit = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', {
    ...repo,
    ref: branch,
  });
  return { branch, sha: (commit.data as { sha: string }).sha };
}

/** The date (as GitHub reports it, UTC) of the last commit on `sha` that touched `path`. */
async function lastCommitDateAt(client: GitHubRest, repo: Repo, sha: string, path: string) {
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/commits', {
      ...repo,
      sha,
      path,
      per_page: 1,
    });
    const [latest] = response.data as { commit?: { committer?: { date?: string } } }[];
    return parseCalendarDate(latest?.commit?.committer?.date ?? null);
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

/** Every file the policy globs match at `sha`, read through the git trees and blobs APIs. */
export async function readPolicyDocumentsAt(
  client: GitHubRest,
  repo: Repo,
  sha: string,
  config: PolicyConfig,
  note: (sentence: string) => void,
): Promise<PolicyDocument[]> {
  const tree = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    ...repo,
    tree_sha: sha,
    recursive: '1',
  });
  const data = tree.data as {
    truncated?: boolean;
    tree: { path: string; type: string; sha: string }[];
  };
  if (typeof data !== 'object' || data === null || !Array.isArray(data.tree)) {
    throw malformedResponse(
      `GET /repos/${repo.owner}/${repo.repo}/git/trees/${sha}`,
      'a git tree',
      data,
    );
  }
  if (data.truncated) {
    note(
      `GitHub truncated the file tree of ${sha.slice(0, 7)}; policy documents beyond the listing were not evaluated.`,
    );
  }
  const blobs = data.tree.filter(
    (entry) =>
      entry.type === 'blob' &&
      config.paths.some((glob) => minimatch(entry.path, glob.replace(/^\.\//, ''), { dot: true })),
  );
  return Promise.all(
    blobs.map(async (entry) => {
      const doc: PolicyDocument = {
        path: entry.path,
        text: (await readBlob(client, repo, entry.sha)).toString('utf8'),
      };
      if (config.fallback === 'git') {
        doc.lastCommitDate = await lastCommitDateAt(client, repo, sha, entry.path);
      }
      return doc;
    }),
  );
}

/**
 * `policy/unknown-owner` where the API can tell: a user owner that GitHub does not know
 * (`GET /users/{login}` answers 404). Team owners are checked with `GET /orgs/{org}/teams/{slug}`
 * only when the token can read the organisation's teams; otherwise the run says so.
 */
export async function checkOwners(
  client: GitHubRest,
  entries: PolicyEntry[],
  options: { blocks: boolean; failOn: Severity; note: (sentence: string) => void },
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const directory = new Directory(client);
  const unsure = new Set<string>();
  const cannotTell = (owner: string): null => {
    // Said once per owner, however often (and however spelled) it is named.
    if (!unsure.has(owner.toLowerCase())) {
      unsure.add(owner.toLowerCase());
      options.note(
        `Could not check that the policy owner ${owner} exists (the token may not read the organisation's teams).`,
      );
    }
    return null;
  };
  const exists = async (owner: string): Promise<boolean | null> => {
    const name = owner.slice(1);
    try {
      if (!name.includes('/')) return await directory.userExists(name);
      // A team the token cannot see also answers 404: only a user's 404 is conclusive.
      return (await directory.teamExists(name)) ? true : cannotTell(owner);
    } catch {
      return cannotTell(owner);
    }
  };
  for (const entry of entries) {
    if (entry.owner === null) continue;
    if ((await exists(entry.owner)) === false) {
      findings.push(
        policyFinding(
          'policy/unknown-owner',
          {
            path: entry.path,
            line: 1,
            message: `The owner ${entry.owner} is not a GitHub user or team, so nobody is told when the policy is due.`,
            key: entry.owner,
            detail: entry.owner,
          },
          { blocks: options.blocks, failOn: options.failOn },
        ),
      );
    }
  }
  return findings;
}
