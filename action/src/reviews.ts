/**
 * Required reviews in the Action: resolves the requirements of a pull request (packs,
 * `.mandate.yml`, the CODEOWNERS import from the base commit, policy-file protection), judges
 * them over the pull request's facts (pull-facts.ts), handles a break-glass (its follow-up
 * issue: follow-up.ts), and renders the result for the check run, summary and evidence.
 * Long because the judgement and its Markdown belong together (slightly above 300 lines).
 */

import { CONFIG_FILES } from '../../src/config/load.js';
import {
  inlineAllowRequirements,
  protectPolicyFiles,
  resolveReviewRequirements,
} from '../../src/config/reviews.js';
import {
  artifactReview,
  artifactReviewers,
  REVIEWABLE_ARTIFACT_RULES,
} from '../../src/core/artifact/review.js';
import type { Config } from '../../src/core/config.js';
import type { FamilyOutput } from '../../src/core/family.js';
import { reviewOutput } from '../../src/core/review/apply.js';
import {
  type BreakGlass,
  evaluateBreakGlass,
  type PullComment,
} from '../../src/core/review/break-glass.js';
import { CODEOWNERS_PATHS, codeownersRequirements } from '../../src/core/review/codeowners.js';

import { evaluateReviews, type ResolvedRequirement } from '../../src/core/review/evaluate.js';
import { explainRequirement, requiredApprovers } from '../../src/core/review/explain.js';
import type { PullFile, RequirementResult } from '../../src/core/review/types.js';
import type { RulePack } from '../../src/core/rule-spec.js';
import type { Evaluation } from '../../src/core/types.js';
import type { ReviewsEvidence } from '../../src/evidence/record.js';
import { type GitHubRest, listAll } from '../../src/github/rest.js';
import { escapeText, inline } from '../../src/reporters/markdown-escape.js';
import { readFileAt } from '../../src/sources/github.js';
import type { PullRequestEvent, Repo } from './event.js';
import {
  ensureFollowUp,
  type FollowUp,
  listFollowUps,
  markerPr,
  pendingFollowUps,
} from './follow-up.js';
import type { GitHubPullFacts } from './pull-facts.js';

export { FOLLOW_UP_LABEL, followUpMarker } from './follow-up.js';
export { GitHubPullFacts } from './pull-facts.js';

export interface ReviewJudgement {
  /** The review family's output, joined to the run by judge.ts. */
  output: FamilyOutput;
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
 * Judges the review requirements of `config` on a pull request: the review family's output
 * (a break-glass also waives `also_waive` findings of `scan`, the families joined before).
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
  scan: Evaluation;
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
  // Artifacts the change adds (models, safe pickles, dumps) wait for their reviewers instead of
  // blocking as findings (core/artifact/review.ts): the review family settles them (`waive`).
  const artifacts = artifactReview(
    input.scan.findings,
    artifactReviewers(config),
    config.source.file ?? 'built-in defaults',
  );
  requirements = [
    ...requirements,
    ...inlineAllowRequirements(config, input.scan.allowed ?? []),
    ...artifacts.requirements,
  ];
  if (requirements.length === 0 && settings.break_glass === undefined) return null;
  const existing = await listFollowUps(client, repo);
  const followUpTeam = (settings.break_glass?.follow_up_team ?? settings.security_team)?.replace(
    /^@/,
    '',
  );
  const openFollowUps = (
    await pendingFollowUps(client, repo, existing, followUpTeam, input.note)
  ).map((issue) => ({
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
      updated_at?: string;
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
          ...(c.updated_at === undefined ? {} : { updatedAt: c.updated_at }),
          ...(c.html_url === undefined ? {} : { url: c.html_url }),
        }),
      );
    breakGlass = await evaluateBreakGlass(comments, facts, settings.break_glass);
  }

  const { output, waived } = reviewOutput(
    {
      results,
      breakGlass,
      headSha: event.headSha,
      configFile: config.source.file ?? CONFIG_FILES[0],
      ...(artifacts.requirements.length === 0
        ? {}
        : { settle: { ruleIds: REVIEWABLE_ARTIFACT_RULES } }),
      ...(settings.break_glass?.also_waive === undefined
        ? {}
        : { alsoWaive: settings.break_glass.also_waive }),
    },
    input.scan,
  );

  let followUp: FollowUp | null = null;
  if (breakGlass?.status === 'active') {
    followUp = await ensureFollowUp(client, repo, {
      pullRequest: event.number,
      author: facts.author,
      breakGlass,
      waived,
      team: followUpTeam,
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
      description: r.description,
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
            waived,
            followUp: followUp === null ? null : { number: followUp.number, url: followUp.url },
          },
    refusedBreakGlass: (breakGlass?.attempts ?? [])
      .filter((a) => !a.accepted)
      .map((a) => ({ by: a.by, at: a.at, reason: a.reason, refusal: a.refusal ?? '' })),
    openFollowUps,
  };
  return {
    output,
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
