/**
 * The plan of a run: from the event, which change the engine reads (a pull request's files, a
 * push's range, every file of a ref, or nothing), which commit the policy comes from (the base:
 * a change never judges itself by its own policy), and the context the rules see.
 */
import type { ChangeSet, Context } from '../../src/core/types.js';
import {
  compareSource,
  type GitHubRest,
  malformedResponse,
  pullRequestSource,
  treeSource,
} from '../../src/sources/github.js';
import type { ActionEvent, RunEnvironment } from './event.js';

/** Where the scan starts from, what it reads, and where the policy comes from. */
export interface Plan {
  changeSet: ChangeSet | null;
  policyCommit: string;
  headSha: string;
  baseSha: string | null;
  ref: string | null;
  pullRequest: number | null;
  idleReason?: string;
  context: Omit<Context, 'now' | 'mode'>;
}

async function resolveCommit(
  client: GitHubRest,
  owner: string,
  repo: string,
  ref: string,
): Promise<string> {
  const response = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', {
    owner,
    repo,
    ref,
  });
  const sha = (response.data as { sha?: unknown } | null)?.sha;
  if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) {
    throw malformedResponse(
      `GET /repos/${owner}/${repo}/commits/${ref}`,
      'a commit',
      response.data,
    );
  }
  return sha;
}

export async function plan(
  event: ActionEvent,
  runEnv: RunEnvironment,
  client: GitHubRest,
  sourceOptions: { client: GitHubRest; owner: string; repo: string; onNote: (s: string) => void },
  env: NodeJS.ProcessEnv,
): Promise<(maxFileSize: number) => Plan> {
  const { owner, repo } = runEnv.repo;
  switch (event.kind) {
    case 'pull-request':
      return (maxFileSize) => ({
        changeSet: pullRequestSource({
          ...sourceOptions,
          maxFileSize,
          number: event.number,
          baseSha: event.baseSha,
          headSha: event.headSha,
        }),
        policyCommit: event.baseSha,
        headSha: event.headSha,
        baseSha: event.baseSha,
        ref: event.headRef,
        pullRequest: event.number,
        context: {
          author: event.author,
          headSha: event.headSha,
          baseSha: event.baseSha,
          labels: event.labels,
        },
      });
    case 'range': {
      let baseSha = event.baseSha;
      if (baseSha === null) {
        // A new branch or tag: judge what it adds to the default branch.
        const branch = event.defaultBranch ?? 'main';
        baseSha = await resolveCommit(client, owner, repo, branch);
        sourceOptions.onNote(
          `${event.ref} is new, so it was compared with the default branch ${branch}.`,
        );
      }
      const base = baseSha;
      return (maxFileSize) => ({
        changeSet:
          base === event.headSha
            ? treeSource({ ...sourceOptions, maxFileSize, sha: event.headSha })
            : compareSource({
                ...sourceOptions,
                maxFileSize,
                baseSha: base,
                headSha: event.headSha,
                scope: 'push',
                description: `${event.name === 'merge_group' ? 'merge group' : 'push'} ${base.slice(0, 7)}...${event.headSha.slice(0, 7)}`,
              }),
        policyCommit: base,
        headSha: event.headSha,
        baseSha: base,
        ref: event.ref,
        pullRequest: null,
        context: { headSha: event.headSha, baseSha: base },
      });
    }
    case 'ref':
      return (maxFileSize) => ({
        changeSet: treeSource({
          ...sourceOptions,
          maxFileSize,
          sha: event.sha,
          description: `every file of ${event.ref || event.sha.slice(0, 7)}`,
        }),
        policyCommit: event.sha,
        headSha: event.sha,
        baseSha: null,
        ref: event.ref,
        pullRequest: null,
        context: { headSha: event.sha },
      });
    case 'idle':
      return () => ({
        changeSet: null,
        policyCommit: '',
        headSha: env.GITHUB_SHA ?? '0'.repeat(40),
        baseSha: null,
        ref: env.GITHUB_REF ?? null,
        pullRequest: null,
        idleReason: event.reason,
        context: {},
      });
  }
}
