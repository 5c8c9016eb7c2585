/**
 * policy/review-integrity on pull requests: a change of a policy's `last_reviewed` needs an
 * approval from the policy's owner (the user, or an active member of the team) on the head
 * commit, never from the author. Approvals come from `GET /pulls/{n}/reviews`; team
 * membership from `GET /orgs/{org}/teams/{slug}/memberships/{login}`.
 */
import { minimatch } from 'minimatch';
import type { Config } from '../../src/core/config.js';
import { decide } from '../../src/core/decision.js';
import { MandateError } from '../../src/core/errors.js';
import { calendarDateOf } from '../../src/core/policy/calendar.js';
import { evaluatePolicies, policyFinding } from '../../src/core/policy/evaluate.js';
import { changesReviewDate, reviewedDate } from '../../src/core/policy/review-integrity.js';
import { POLICY_RULES } from '../../src/core/policy/rules.js';
import type { PolicyDocument } from '../../src/core/policy/types.js';
import { sortFindings } from '../../src/core/postprocess/sort.js';
import type { Finding, ScanResult, Severity } from '../../src/core/types.js';
import { type GitHubRest, readFileAt } from '../../src/sources/github.js';

interface Repo {
  owner: string;
  repo: string;
}

/** Logins whose latest review approves the head commit (the author's own never counts). */
async function approvers(
  client: GitHubRest,
  repo: Repo,
  pr: { number: number; headSha: string; author: string },
) {
  const latest = new Map<string, { state: string; commit_id: string }>();
  for (let page = 1; page <= 30; page++) {
    const response = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...repo,
      pull_number: pr.number,
      per_page: 100,
      page,
    });
    const batch = response.data as {
      user: { login: string } | null;
      state: string;
      commit_id: string;
    }[];
    for (const review of batch) {
      if (review.user === null || review.state === 'COMMENTED') continue;
      latest.set(review.user.login.toLowerCase(), review);
    }
    if (batch.length < 100) break;
  }
  return [...latest.entries()]
    .filter(
      ([login, r]) =>
        r.state === 'APPROVED' && r.commit_id === pr.headSha && login !== pr.author.toLowerCase(),
    )
    .map(([login]) => login);
}

async function isMember(client: GitHubRest, org: string, slug: string, login: string) {
  try {
    const response = await client.request(
      'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
      {
        org,
        team_slug: slug,
        username: login,
      },
    );
    return (response.data as { state?: string }).state === 'active';
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 404) return false;
    if (status === 401 || status === 403) {
      // Not "no approval": say that the owner's approval cannot be judged, and how to fix it.
      throw new MandateError(
        `The token cannot read the membership of @${org}/${slug} (HTTP ${status}), so the owner's approval of a policy review cannot be judged; pass a \`token\` that can read the organisation's teams and members (a GitHub App token or a fine-grained token with organisation "Members: read").`,
      );
    }
    throw error;
  }
}

/** The paths that `policies.paths` names. */
function policyPathsOf(paths: string[], config: Config): string[] {
  return paths.filter((path) =>
    config.policies.paths.some((glob) => minimatch(path, glob.replace(/^\.\//, ''), { dot: true })),
  );
}

export interface PolicyHead {
  path: string;
  text: string;
}

/**
 * The policy documents among a pull request's changed `paths`, as its head leaves them (one
 * read each, shared by the review-integrity and document checks); deleted ones are absent.
 */
export async function readChangedPolicies(options: {
  client: GitHubRest;
  repo: Repo;
  headSha: string;
  paths: string[];
  config: Config;
}): Promise<PolicyHead[]> {
  const heads: PolicyHead[] = [];
  for (const path of policyPathsOf(options.paths, options.config)) {
    const bytes = await readFileAt(options.client, options.repo, path, options.headSha);
    if (bytes !== null) heads.push({ path, text: bytes.toString('utf8') });
  }
  return heads;
}

/** The review-integrity findings of a pull request (blocking per `policies.block.ci`). */
export async function checkPolicyReviews(options: {
  client: GitHubRest;
  repo: Repo;
  pr: { number: number; baseSha: string; headSha: string; author: string };
  heads: PolicyHead[];
  config: Config;
}): Promise<Finding[]> {
  const { client, repo, pr, config } = options;
  const findings: Finding[] = [];
  let approved: string[] | null = null;
  for (const { path, text: head } of options.heads) {
    const base = (await readFileAt(client, repo, path, pr.baseSha))?.toString('utf8') ?? null;
    if (!changesReviewDate(base, head)) continue;
    // The owner named on the base commit decides; a new policy's own owner otherwise.
    const after = reviewedDate(head);
    const owner = (base === null ? null : reviewedDate(base).owner) ?? after.owner;
    approved ??= await approvers(client, repo, pr);
    let ok = false;
    if (owner !== null) {
      const [login, slug] = owner.slice(1).toLowerCase().split('/');
      for (const user of approved) {
        if (slug === undefined ? user === login : await isMember(client, login!, slug, user)) {
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
          message: `${path}: this pull request sets \`last_reviewed\` to ${after.value}, but ${owner === null ? 'the policy names no owner' : `its owner ${owner} has not approved the head commit ${pr.headSha.slice(0, 7)}`}${approved.length === 0 ? '' : ` (approved by ${approved.map((a) => `@${a}`).join(', ')})`}.`,
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

/** Adds policy findings (review integrity, changed documents) to the pull request's result. */
export function withPolicyReviews(result: ScanResult, findings: Finding[], now: Date): ScanResult {
  if (findings.length === 0) return result;
  const all = sortFindings([...result.findings, ...findings]);
  const known = new Set(result.rules.map((r) => r.id));
  const added = Object.values(POLICY_RULES).filter(
    (rule) => !known.has(rule.id) && findings.some((f) => f.ruleId === rule.id),
  );
  return {
    ...result,
    ...decide(all, { mode: 'ci', now }),
    findings: all,
    rules: [...result.rules, ...added],
  };
}
