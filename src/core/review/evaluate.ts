/**
 * Judges review requirements over the facts of a pull request. Pure (the facts interface does
 * any I/O); every result explains itself: triggers, each approval with whether it counted and
 * why, who requested changes, who could still approve, and config problems.
 *
 * Rules that apply to everyone: the author's own approval never counts; a bot counts only when
 * named in `require.users`; with `head_sha_only` (default) an approval counts only on the head
 * commit; with `changes_requested_blocks` (default) an eligible reviewer's "changes requested"
 * blocks until that same reviewer approves.
 */
import { evaluateCondition, isOneOf } from './predicates.js';
import type {
  ApprovalVerdict,
  PullFacts,
  RequirementResult,
  Review,
  ReviewOptions,
  ReviewRequirementSpec,
} from './types.js';

/** A requirement with where it came from (pack name, config file, CODEOWNERS). */
export interface ResolvedRequirement {
  spec: ReviewRequirementSpec;
  origin: string;
}

/** How many team members "who could still approve" names per team. */
const MAX_NAMED_MEMBERS = 10;

export const DEFAULT_OPTIONS: Required<ReviewOptions> = {
  head_sha_only: true,
  changes_requested_blocks: true,
};

export function isBot(review: Pick<Review, 'user' | 'userType'>): boolean {
  return review.userType === 'Bot' || /\[bot\]$/i.test(review.user);
}

const short = (sha: string) => sha.slice(0, 7);
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const bare = (name: string) => name.replace(/^@/, '');

/** Each reviewer's decisive review: the latest that approves, requests changes or was dismissed. */
export function latestByReviewer(reviews: Review[]): Map<string, Review> {
  const latest = new Map<string, Review>();
  const ordered = [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  for (const review of ordered) {
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(review.user.toLowerCase(), review);
  }
  return latest;
}

async function configErrors(
  required: { teams: string[]; users: string[] },
  facts: PullFacts,
): Promise<string[]> {
  const errors: string[] = [];
  for (const team of required.teams) {
    if (!(await facts.teamExists(team))) {
      errors.push(
        `the required team @${team} does not exist (or the token cannot see it), so nobody could approve through it`,
      );
    }
  }
  for (const user of required.users) {
    if (!(await facts.userExists(user))) {
      errors.push(`the required user @${user} does not exist`);
    }
  }
  return errors;
}

/** Whether `user` is eligible for `required`, and how ('team acme/security', 'user alice'). */
async function eligibility(
  user: string,
  required: { teams: string[]; users: string[] },
  facts: PullFacts,
): Promise<string | null> {
  const listed = required.users.find((u) => same(u, user));
  if (listed !== undefined) return `user ${listed}`;
  const team = await isOneOf(facts, user, required.teams);
  return team === null ? null : `team @${team}`;
}

async function judgeApproval(
  review: Review,
  ctx: {
    facts: PullFacts;
    required: { teams: string[]; users: string[] };
    options: Required<ReviewOptions>;
  },
): Promise<ApprovalVerdict> {
  const { facts, required, options } = ctx;
  const base = { user: review.user, commitId: review.commitId, submittedAt: review.submittedAt };
  const no = (
    reason: ApprovalVerdict['reason'] & string,
    explanation: string,
  ): ApprovalVerdict => ({
    ...base,
    counted: false,
    reason,
    explanation,
  });
  if (review.state === 'DISMISSED') {
    return no('dismissed', `@${review.user}'s approval was dismissed`);
  }
  if (facts.author !== null && same(review.user, facts.author)) {
    return no('author', `@${review.user} is the author, and an author's own approval never counts`);
  }
  const listedByName = required.users.some((u) => same(u, review.user));
  if (isBot(review) && !listedByName) {
    return no('bot', `@${review.user} is a bot, and bots count only when named in require.users`);
  }
  const via = await eligibility(review.user, required, facts);
  const orgMember = await facts.isOrgMember(review.user);
  if (orgMember === false && !isBot(review)) {
    return no('left-org', `@${review.user} is no longer a member of the organisation`);
  }
  if (via === null) {
    const who = [...required.teams.map((t) => `@${t}`), ...required.users.map((u) => `@${u}`)];
    return no(
      'not-eligible',
      `@${review.user} is not ${who.length === 1 ? who[0] : `one of ${who.join(', ')}`}`,
    );
  }
  if (options.head_sha_only && facts.headSha !== null && review.commitId !== facts.headSha) {
    return no(
      'stale',
      `@${review.user} approved ${short(review.commitId)}, before the latest push (${short(facts.headSha)})`,
    );
  }
  return {
    ...base,
    counted: true,
    via,
    explanation: `@${review.user} approved ${short(review.commitId)} (${via})`,
  };
}

/** Evaluates one requirement. */
export async function evaluateRequirement(
  requirement: ResolvedRequirement,
  facts: PullFacts,
  defaults: ReviewOptions = {},
): Promise<RequirementResult> {
  const { spec, origin } = requirement;
  const options: Required<ReviewOptions> = { ...DEFAULT_OPTIONS, ...defaults, ...spec.options };
  const required = {
    teams: (spec.require.teams ?? []).map(bare),
    users: (spec.require.users ?? []).map(bare),
    count: spec.require.count ?? 1,
  };
  const predicate = await evaluateCondition(spec.when, facts);
  const result: RequirementResult = {
    name: spec.name,
    ruleId: `review/${spec.name}`,
    description: spec.description ?? `Changes matching ${spec.name} need approval.`,
    origin,
    applies: predicate.value,
    status: 'not-triggered',
    triggers: predicate.triggers,
    required,
    approvals: [],
    changesRequestedBy: [],
    couldApprove: [],
    configErrors: [],
  };
  if (facts.reviews === null) {
    result.status = predicate.value === false ? 'not-triggered' : 'not-applicable';
    result.couldApprove = [
      ...required.teams.map((t) => `@${t}`),
      ...required.users.map((u) => `@${u}`),
    ];
    return result;
  }
  result.configErrors = await configErrors(required, facts);
  if (result.configErrors.length > 0) {
    result.status = 'config-error';
    return result;
  }
  if (predicate.value !== true) return result;

  const latest = latestByReviewer(facts.reviews);
  for (const review of latest.values()) {
    if (review.state === 'CHANGES_REQUESTED') {
      if (!options.changes_requested_blocks) continue;
      if (facts.author !== null && same(review.user, facts.author)) continue;
      if ((await eligibility(review.user, required, facts)) !== null) {
        result.changesRequestedBy.push(review.user);
      }
      continue;
    }
    if (review.state === 'APPROVED' || review.state === 'DISMISSED') {
      // A dismissed review that never approved says nothing about approval.
      result.approvals.push(await judgeApproval(review, { facts, required, options }));
    }
  }
  const counted = result.approvals.filter((a) => a.counted).length;
  result.status =
    result.changesRequestedBy.length > 0
      ? 'changes-requested'
      : counted >= required.count
        ? 'satisfied'
        : 'pending';
  if (result.status !== 'satisfied') {
    result.couldApprove = await couldApprove(required, facts, result.approvals);
  }
  return result;
}

async function couldApprove(
  required: { teams: string[]; users: string[] },
  facts: PullFacts,
  approvals: ApprovalVerdict[],
): Promise<string[]> {
  const excluded = new Set(
    [facts.author ?? '', ...approvals.filter((a) => a.counted).map((a) => a.user)].map((u) =>
      u.toLowerCase(),
    ),
  );
  const out: string[] = [];
  for (const team of required.teams) {
    const members = await facts.teamMembers(team);
    const eligible = (members ?? []).filter((m) => !excluded.has(m.toLowerCase()));
    const named = eligible.slice(0, MAX_NAMED_MEMBERS).map((m) => `@${m}`);
    const more = eligible.length - named.length;
    out.push(
      members === null || eligible.length === 0
        ? `@${team}`
        : `@${team} (${named.join(', ')}${more > 0 ? ` and ${more} more` : ''})`,
    );
  }
  for (const user of required.users) {
    if (!excluded.has(user.toLowerCase())) out.push(`@${user}`);
  }
  return out;
}

/** Evaluates every requirement, in order. */
export async function evaluateReviews(
  requirements: ResolvedRequirement[],
  facts: PullFacts,
  defaults: ReviewOptions = {},
): Promise<RequirementResult[]> {
  const results: RequirementResult[] = [];
  for (const requirement of requirements) {
    results.push(await evaluateRequirement(requirement, facts, defaults));
  }
  return results;
}
