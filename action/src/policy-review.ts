/**
 * policy/review-integrity on pull requests: a change of a policy's `last_reviewed` needs an
 * approval from the policy's owner (the user, or an active member of the team) on the head
 * commit, never from the author or a bot. Reviews and team memberships come from the run's
 * GitHubPullFacts (reviews.ts), read once and shared with required reviews.
 */
import { minimatch } from 'minimatch';
import type { Config } from '../../src/core/config.js';
import { calendarDateOf } from '../../src/core/policy/calendar.js';
import { evaluatePolicies, policyFinding } from '../../src/core/policy/evaluate.js';
import { changesReviewDate, reviewedDate } from '../../src/core/policy/review-integrity.js';
import type { PolicyDocument } from '../../src/core/policy/types.js';
import { isBot, latestByReviewer } from '../../src/core/review/evaluate.js';
import type { Finding, Severity } from '../../src/core/types.js';
import { type GitHubRest, readFileAt } from '../../src/sources/github.js';
import type { GitHubPullFacts } from './reviews.js';

interface Repo {
  owner: string;
  repo: string;
}

/**
 * Logins whose decisive review approves the head commit — the same reading as required reviews
 * (src/core/review): the latest review of each reviewer that approves, requests changes or was
 * dismissed; never the author's own, never a bot's.
 */
async function approvers(
  facts: GitHubPullFacts,
  pr: { number: number; headSha: string; author: string },
): Promise<string[]> {
  await facts.loadReviews(pr.number);
  return [...latestByReviewer(facts.reviews ?? []).values()]
    .filter(
      (review) =>
        review.state === 'APPROVED' &&
        review.commitId === pr.headSha &&
        review.user.toLowerCase() !== pr.author.toLowerCase() &&
        !isBot(review),
    )
    .map((review) => review.user.toLowerCase());
}

/** The paths that `policies.paths` names. */
function policyPathsOf(paths: string[], config: Config): string[] {
  return paths.filter((path) =>
    config.policies.paths.some((glob) => minimatch(path, glob.replace(/^\.\//, ''), { dot: true })),
  );
}

export interface PolicyHead {
  path: string;
  /** The path the document had on the base commit: the old path of a renamed file. */
  basePath: string;
  text: string;
}

/**
 * The policy documents among a pull request's changed files, as its head leaves them (one
 * read each, shared by the review-integrity and document checks); deleted ones are absent. A
 * renamed document keeps its old path, where the base commit holds it.
 */
export async function readChangedPolicies(options: {
  client: GitHubRest;
  repo: Repo;
  headSha: string;
  files: readonly { path: string; oldPath?: string }[];
  config: Config;
}): Promise<PolicyHead[]> {
  const heads: PolicyHead[] = [];
  const basePaths = new Map(options.files.map((file) => [file.path, file.oldPath ?? file.path]));
  for (const path of policyPathsOf([...basePaths.keys()], options.config)) {
    const bytes = await readFileAt(options.client, options.repo, path, options.headSha);
    if (bytes !== null) {
      heads.push({ path, basePath: basePaths.get(path) ?? path, text: bytes.toString('utf8') });
    }
  }
  return heads;
}

/** The review-integrity findings of a pull request (blocking per `policies.block.ci`). */
export async function checkPolicyReviews(options: {
  client: GitHubRest;
  repo: Repo;
  /** The pull request's reviews and team memberships (shared with required reviews). */
  facts: GitHubPullFacts;
  pr: { number: number; baseSha: string; headSha: string; author: string };
  heads: PolicyHead[];
  config: Config;
}): Promise<Finding[]> {
  const { client, repo, pr, config } = options;
  const findings: Finding[] = [];
  let approved: string[] | null = null;
  for (const { path, basePath, text: head } of options.heads) {
    // The base version of a renamed document is at its old path: its owner decides, not one
    // the pull request writes into the file at the new path.
    const base = (await readFileAt(client, repo, basePath, pr.baseSha))?.toString('utf8') ?? null;
    if (!changesReviewDate(base, head)) continue;
    // The owner named on the base commit decides; a new policy's own owner otherwise.
    const after = reviewedDate(head);
    const owner = (base === null ? null : reviewedDate(base).owner) ?? after.owner;
    approved ??= await approvers(options.facts, pr);
    let ok = false;
    if (owner !== null) {
      const name = owner.slice(1).toLowerCase();
      for (const user of approved) {
        if (name.includes('/') ? await options.facts.isTeamMember(name, user) : user === name) {
          ok = true;
          break;
        }
      }
    }
    if (ok) continue;
    findings.push(
      policyFinding(
        'policy/review-integrity',
        {
          path,
          line: after.line,
          message: `${path}${basePath === path ? '' : ` (renamed from ${basePath})`}: this pull request sets \`last_reviewed\` to ${after.value}, but ${owner === null ? 'the policy names no owner' : `its owner ${owner} has not approved the head commit ${pr.headSha.slice(0, 7)}`}${approved.length === 0 ? '' : ` (approved by ${approved.map((a) => `@${a}`).join(', ')})`}.`,
          key: `${after.value}\n${pr.headSha}`,
          detail: owner === null ? 'no owner' : `needs ${owner}`,
        },
        { blocks: config.policies.block.ci, failOn: config.failOn },
      ),
    );
  }
  return findings;
}

/**
 * The policy documents a pull request adds or changes, evaluated as the head would leave them
 * (front matter, due date, template leftovers) under the base config's `policies:`. A pull
 * request that adds a policy copied from a template, or edits a stale one without reviewing
 * it, is told so on its lines; documents it does not touch are the scheduled run's job.
 * With `fallback: git`, the pull request's own commit will be the last to touch the file.
 */
export function checkChangedPolicies(options: {
  heads: PolicyHead[];
  config: Config;
  failOn: Severity;
  now: Date;
}): { findings: Finding[]; documents: number } {
  const { config } = options;
  const docs: PolicyDocument[] = options.heads.map(({ path, text }) => ({
    path,
    text,
    ...(config.policies.fallback === 'git' ? { lastCommitDate: calendarDateOf(options.now) } : {}),
  }));
  const report = evaluatePolicies(docs, {
    config: config.policies,
    context: { mode: 'ci', now: options.now },
    failOn: options.failOn,
  });
  return { findings: report.findings, documents: docs.length };
}
