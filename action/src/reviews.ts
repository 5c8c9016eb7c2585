/**
 * Required reviews in the Action: the facts of a pull request read through the REST API
 * (reviews with the commit they were given on, team and organisation membership cached per run,
 * comments for break-glass), the CODEOWNERS import from the base commit, and the follow-up issue
 * a break-glass opens — idempotently, found again by a hidden marker — which later evidence lists
 * as open until someone closes it.
 */
import {
  inlineAllowRequirements,
  protectPolicyFiles,
  resolveReviewRequirements,
} from '../../src/config/reviews.js';
import type { Config } from '../../src/core/config.js';
import { MandateError } from '../../src/core/errors.js';
import { applyReviews } from '../../src/core/review/apply.js';
import {
  type BreakGlass,
  evaluateBreakGlass,
  type PullComment,
} from '../../src/core/review/break-glass.js';
import { CODEOWNERS_PATHS, codeownersRequirements } from '../../src/core/review/codeowners.js';

export { collectPullFiles } from '../../src/core/review/collect.js';

import { evaluateReviews, type ResolvedRequirement } from '../../src/core/review/evaluate.js';
import { explainRequirement, requiredApprovers } from '../../src/core/review/explain.js';
import type {
  PullFacts,
  PullFile,
  RequirementResult,
  Review,
  ReviewState,
} from '../../src/core/review/types.js';
import type { RulePack } from '../../src/core/rule-spec.js';
import type { Context, ScanResult } from '../../src/core/types.js';
import { type GitHubRest, listAll, statusOf } from '../../src/github/rest.js';
import { codeSpan, escapeText, inline } from '../../src/reporters/markdown-escape.js';
import { readFileAt } from '../../src/sources/github.js';
import type { PullRequestEvent, Repo } from './event.js';

export const FOLLOW_UP_LABEL = 'mandate-break-glass';
const MAX_ASSIGNEES = 10;

export function followUpMarker(pullRequest: number): string {
  return `<!-- mandate:break-glass pr=${pullRequest} -->`;
}

const status = statusOf;

function split(team: string): { org: string; team_slug: string } {
  const [org, slug] = team.replace(/^@/, '').split('/');
  return { org: org!, team_slug: slug! };
}

function forbidden(what: string, error: unknown): MandateError {
  return new MandateError(
    `The token cannot read ${what} (HTTP ${status(error)}), so the approvals this pull request needs cannot be judged; pass a \`token\` that can read the organisation's teams and members (a GitHub App token or a fine-grained token with organisation "Members: read").`,
  );
}

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
        if (status(error) === 404) return false;
        if (status(error) === 403 || status(error) === 401) throw forbidden(what, error);
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
    return this.once(key, async () => {
      try {
        const response = await this.client.request(
          'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
          { ...split(team), username: user },
        );
        return (response.data as { state?: string }).state === 'active';
      } catch (error) {
        if (status(error) === 404) return false;
        if (status(error) === 403 || status(error) === 401)
          throw forbidden(`the membership of @${team}`, error);
        throw error;
      }
    });
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
      split(team),
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
    return this.once(`members:${team}`.toLowerCase(), async () => {
      try {
        const members = await listAll<{ login: string }>(
          this.client,
          'GET /orgs/{org}/teams/{team_slug}/members',
          split(team),
        );
        return members.map((m) => m.login);
      } catch {
        return null;
      }
    });
  }
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
}

function markerPr(body: string | null | undefined): number | null {
  const match = /<!-- mandate:break-glass pr=(\d+) -->/.exec(body ?? '');
  return match === null ? null : Number(match[1]);
}

/** Opens the follow-up issue for a break-glass unless one exists (found by its hidden marker). */
async function ensureFollowUp(
  client: GitHubRest,
  repo: Repo,
  input: {
    pullRequest: number;
    breakGlass: BreakGlass;
    waived: string[];
    team: string | undefined;
    headSha: string;
    existing: ApiIssue[];
    note: (sentence: string) => void;
  },
): Promise<FollowUp> {
  const found = input.existing.find((issue) => markerPr(issue.body) === input.pullRequest);
  if (found !== undefined) {
    return {
      number: found.number,
      url: found.html_url,
      pullRequest: input.pullRequest,
      state: found.state,
      created: false,
    };
  }
  const bg = input.breakGlass.accepted!;
  const teamMention = input.team === undefined ? 'the security team' : `@${input.team}`;
  const body = [
    followUpMarker(input.pullRequest),
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
      const members = await listAll<{ login: string }>(
        client,
        'GET /orgs/{org}/teams/{team_slug}/members',
        split(input.team),
      );
      assignees = members.map((m) => m.login).slice(0, MAX_ASSIGNEES);
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
    if (status(error) !== 422 || assignees.length === 0) throw error;
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

/** Break-glass follow-up issues that are still open (for every run's evidence). */
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
    if (status(error) === 404 || status(error) === 410) return [];
    throw error;
  }
}

export interface ReviewsEvidence {
  requirements: {
    ruleId: string;
    origin: string;
    status: RequirementResult['status'];
    required: RequirementResult['required'];
    triggers: string[];
    approvals: {
      user: string;
      commitId: string;
      submittedAt: string;
      counted: boolean;
      reason?: string;
    }[];
    changesRequestedBy: string[];
    configErrors: string[];
  }[];
  breakGlass: {
    by: string;
    at: string;
    reason: string;
    label: string;
    /** The head commit the break-glass waives: a later push voids it. */
    headSha: string;
    commentUrl: string | null;
    waived: string[];
    followUp: { number: number; url: string } | null;
  } | null;
  refusedBreakGlass: { by: string; at: string; reason: string; refusal: string }[];
  /** Break-glass follow-up issues of this repository that are still open. */
  openFollowUps: { number: number; url: string; pullRequest: number | null }[];
}

export interface ReviewJudgement {
  result: ScanResult;
  results: RequirementResult[];
  breakGlass: BreakGlass | null;
  evidence: ReviewsEvidence;
  /** Markdown for the job summary and the check run. */
  markdown: string[];
}

function triggerText(result: RequirementResult): string[] {
  return result.triggers.map((t) => {
    if (t.kind === 'path') return t.path;
    if (t.kind === 'content') return `${t.path}:${t.line}`;
    if (t.kind === 'label') return `label:${t.label}`;
    if (t.kind === 'base-branch') return `base:${t.branch}`;
    return `author:${t.author}`;
  });
}

const ICON: Record<RequirementResult['status'], string> = {
  satisfied: '✅',
  pending: '⏳',
  'changes-requested': '⛔',
  'config-error': '⚠️',
  waived: '🔓',
  'not-applicable': 'ℹ️',
  'not-triggered': '➖',
};

export function reviewsMarkdown(
  results: RequirementResult[],
  breakGlass: BreakGlass | null,
  headSha: string,
): string[] {
  const lines: string[] = [];
  if (breakGlass?.status === 'active' && breakGlass.accepted !== null) {
    const bg = breakGlass.accepted;
    lines.push(
      '> [!WARNING]',
      `> **BREAK-GLASS**: @${escapeText(bg.by)} waived the review requirements at ${escapeText(bg.at)} for the head commit ${headSha.slice(0, 7)}: "${escapeText(bg.reason)}". A push voids it. This is recorded in the evidence, and a follow-up review issue must be closed by the security team.`,
      '',
    );
  }
  for (const attempt of breakGlass?.attempts.filter((a) => !a.accepted) ?? []) {
    lines.push(
      `- Break-glass by @${escapeText(attempt.by)} was refused: ${inline(attempt.refusal ?? '')}.`,
    );
  }
  const shown = results.filter((r) => r.status !== 'not-triggered');
  if (shown.length === 0 && lines.length === 0) return [];
  lines.push('### Required reviews', '');
  if (shown.length === 0) lines.push('No review requirement applies to this change.', '');
  for (const result of shown) {
    const [first, ...rest] = explainRequirement(result);
    lines.push(`- ${ICON[result.status]} ${inline(first ?? '')}`);
    for (const line of rest) lines.push(`  - ${inline(line)}`);
  }
  const untouched = results.filter((r) => r.status === 'not-triggered').map((r) => r.ruleId);
  if (untouched.length > 0) lines.push('', `Not triggered: ${escapeText(untouched.join(', '))}.`);
  lines.push('');
  return lines;
}

/**
 * Judges the review requirements of `config` on a pull request and folds them into `scan`.
 * Returns null when the config has no review requirements and no break-glass settings.
 */
export async function judgePullReviews(input: {
  client: GitHubRest;
  repo: Repo;
  event: PullRequestEvent;
  /** The pull request's facts, shared with the policy review-integrity check. */
  facts: GitHubPullFacts;
  config: Config;
  packs: RulePack[];
  policyCommit: string;
  /** The policy files this run read (config, ignore file, baseline): `mandate-config` covers them. */
  policyFiles: readonly string[];
  files: PullFile[];
  scan: ScanResult;
  context: Context;
  note: (sentence: string) => void;
}): Promise<ReviewJudgement | null> {
  const { client, repo, event, config } = input;
  const settings = config.reviewSettings ?? {};
  let requirements: ResolvedRequirement[] = protectPolicyFiles(
    resolveReviewRequirements(config, input.packs),
    input.policyFiles,
  );
  const mode = settings.codeowners ?? 'off';
  if (mode !== 'off') {
    let found = false;
    for (const path of CODEOWNERS_PATHS) {
      const text =
        (await readFileAt(client, repo, path, input.policyCommit))?.toString('utf8') ?? null;
      if (text === null) continue;
      const imported = codeownersRequirements(text, input.files, mode, path);
      imported.errors.forEach(input.note);
      requirements = [...requirements, ...imported.requirements];
      found = true;
      break;
    }
    if (!found) {
      input.note(
        `\`review_settings.codeowners\` is \`${mode}\`, but the base commit has no CODEOWNERS file (${CODEOWNERS_PATHS.join(', ')}).`,
      );
    }
  }
  requirements = [...requirements, ...inlineAllowRequirements(config, input.scan.allowed ?? [])];
  if (requirements.length === 0 && settings.break_glass === undefined) return null;
  const existing = await listFollowUps(client, repo);
  const openFollowUps = existing
    .filter((issue) => issue.state === 'open')
    .map((issue) => ({
      number: issue.number,
      url: issue.html_url,
      pullRequest: markerPr(issue.body),
    }));

  const facts = input.facts;
  await facts.loadReviews(event.number);
  const results = await evaluateReviews(requirements, facts, settings.options ?? {});

  let breakGlass: BreakGlass | null = null;
  if (settings.break_glass !== undefined) {
    type ApiComment = {
      id: number;
      user: { login: string } | null;
      body?: string;
      created_at: string;
      html_url?: string;
    };
    const comments = (
      await listAll<ApiComment>(
        client,
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        {
          ...repo,
          issue_number: event.number,
        },
      )
    )
      .filter((c) => c.user !== null)
      .map(
        (c): PullComment => ({
          id: c.id,
          user: c.user!.login,
          body: c.body ?? '',
          createdAt: c.created_at,
          ...(c.html_url === undefined ? {} : { url: c.html_url }),
        }),
      );
    breakGlass = await evaluateBreakGlass(comments, facts, settings.break_glass);
  }

  const applied = applyReviews(
    input.scan,
    {
      results,
      breakGlass,
      ...(settings.break_glass?.also_waive === undefined
        ? {}
        : { alsoWaive: settings.break_glass.also_waive }),
    },
    {
      headSha: event.headSha,
      configFile: config.source.file ?? '.mandate.yml',
      context: input.context,
    },
  );
  const { reviewOutcome, ...result } = applied;

  let followUp: FollowUp | null = null;
  if (breakGlass?.status === 'active') {
    const team = settings.break_glass?.follow_up_team ?? settings.security_team;
    followUp = await ensureFollowUp(client, repo, {
      pullRequest: event.number,
      breakGlass,
      waived: reviewOutcome.waived,
      team: team?.replace(/^@/, ''),
      headSha: event.headSha,
      existing,
      note: input.note,
    });
    if (followUp.created) {
      openFollowUps.push({ number: followUp.number, url: followUp.url, pullRequest: event.number });
    }
    input.note(
      `Break-glass follow-up issue: #${followUp.number} (${followUp.state}${followUp.created ? ', opened by this run' : ''}) ${followUp.url}`,
    );
  }
  if (openFollowUps.length > 0) {
    input.note(
      `Open break-glass follow-up reviews in this repository: ${openFollowUps.map((f) => `#${f.number}${f.pullRequest === null ? '' : ` (for #${f.pullRequest})`}`).join(', ')}.`,
    );
  }

  const accepted = breakGlass?.status === 'active' ? breakGlass.accepted : null;
  const evidence: ReviewsEvidence = {
    requirements: results.map((r) => ({
      ruleId: r.ruleId,
      origin: r.origin,
      status: r.status,
      required: r.required,
      triggers: triggerText(r),
      approvals: r.approvals.map((a) => ({
        user: a.user,
        commitId: a.commitId,
        submittedAt: a.submittedAt,
        counted: a.counted,
        ...(a.reason === undefined ? {} : { reason: a.reason }),
      })),
      changesRequestedBy: r.changesRequestedBy,
      configErrors: r.configErrors,
    })),
    breakGlass:
      accepted === null || accepted === undefined
        ? null
        : {
            by: accepted.by,
            at: accepted.at,
            reason: accepted.reason,
            label: breakGlass!.label,
            headSha: event.headSha,
            commentUrl: accepted.commentUrl ?? null,
            waived: reviewOutcome.waived,
            followUp: followUp === null ? null : { number: followUp.number, url: followUp.url },
          },
    refusedBreakGlass: (breakGlass?.attempts ?? [])
      .filter((a) => !a.accepted)
      .map((a) => ({ by: a.by, at: a.at, reason: a.reason, refusal: a.refusal ?? '' })),
    openFollowUps,
  };
  return {
    result,
    results,
    breakGlass,
    evidence,
    markdown: reviewsMarkdown(results, breakGlass, event.headSha),
  };
}

/** For a non-pull-request event: say that reviews were not judged (never a silent pass). */
export function reviewsNotJudgedNote(config: Config, packs: RulePack[]): string | null {
  const requirements = resolveReviewRequirements(config, packs);
  if (requirements.length === 0) return null;
  return `Required reviews (${requirements.map((r) => `review/${r.spec.name}: ${requiredApprovers({ required: { teams: r.spec.require.teams ?? [], users: r.spec.require.users ?? [], count: r.spec.require.count ?? 1 } } as RequirementResult)}`).join('; ')}) are judged on pull requests; this event has no approvals to check.`;
}
