/**
 * Required reviews: "changes that match X need approval from Y". A requirement is data (from a
 * rule pack or `.mandate.yml`); the evaluator (evaluate.ts) judges it over `PullFacts`, a
 * documented interface about one pull request that the Action implements with the REST API
 * (action/src/reviews.ts) and the tests with an in-memory fake. Every result carries its own
 * explanation as data: what triggered it, whose approvals counted, whose did not and why, and
 * who could still approve.
 */

/** A content pattern: a regex tested against each added line of the files it applies to. */
export interface ContentPattern {
  /** JavaScript regex source. */
  pattern: string;
  /** Only `i` is allowed. */
  flags?: 'i';
  /**
   * Test the pattern against values parsed out of the document instead of against each added
   * line (src/core/review/structure.ts): `iam-actions` (every IAM action of a policy in JSON,
   * YAML, Terraform or CDK code), `npm-dependencies` (every dependency name of a package.json).
   * A value triggers when it is on an added line.
   */
  structure?: 'iam-actions' | 'npm-dependencies';
  /** minimatch globs (with `!` negation) of the files it applies to; all files when absent. */
  paths?: string[];
  /** What a match means, e.g. "an IAM statement allowing every action". */
  description?: string;
}

/**
 * A predicate over a pull request. Every key present must hold (an implicit `all`); `all` and
 * `any` nest. `author_in`/`author_not_in` take users (`alice`) and teams (`org/team`).
 */
export interface Condition {
  /** Some changed file matches (last matching glob wins; `!glob` excludes). */
  paths?: string[];
  /** Some added line matches one of the patterns. */
  content?: ContentPattern[];
  /** The pull request has at least one of these labels. */
  labels?: string[];
  /** The pull request targets one of these branches (minimatch globs). */
  base_branches?: string[];
  author_in?: string[];
  author_not_in?: string[];
  all?: Condition[];
  any?: Condition[];
}

export interface ReviewOptions {
  /** Approvals count only when given on the current head commit. Default true. */
  head_sha_only?: boolean;
  /** A "changes requested" review by an eligible reviewer blocks until that reviewer approves. Default true. */
  changes_requested_blocks?: boolean;
}

export interface Approvers {
  /** Teams as `org/team-slug`. */
  teams?: string[];
  /** User logins. Bots (`name[bot]`) count only when listed here by name. */
  users?: string[];
  /** Distinct approvals needed. Default 1. */
  count?: number;
}

/** A requirement as written in a pack or `.mandate.yml` (`reviews:`). */
export interface ReviewRequirementSpec {
  /** kebab-case; the rule id is `review/<name>`. */
  name: string;
  description?: string;
  when: Condition;
  require: Approvers;
  options?: ReviewOptions;
}

/** `review_settings.break_glass`. */
export interface BreakGlassSettings {
  /** The label the pull request must carry. */
  label: string;
  /** Teams (`org/team`) whose members may break glass. */
  teams: string[];
  /** Rule ids of non-review findings (e.g. a secret rule) that break-glass also waives. Default none. */
  also_waive?: string[];
  /** Team (`org/team`) the follow-up issue is assigned to; defaults to `security_team`. */
  follow_up_team?: string;
}

export interface ReviewSettings {
  /** The team `$security_team` in a built-in pack stands for, e.g. `acme/security`. */
  security_team?: string;
  /** Defaults for every requirement's options. */
  options?: ReviewOptions;
  /** Import CODEOWNERS: `any` — one approval from any owner of the last matching rule; `every` — one from every owner group. */
  codeowners?: 'off' | 'any' | 'every';
  break_glass?: BreakGlassSettings;
}

// ─────────────────────────────────── facts ───────────────────────────────────

export interface AddedLine {
  line: number;
  text: string;
}

export interface PullFile {
  path: string;
  oldPath?: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'unchanged';
  /** Added lines, in new-file line numbers. */
  added: AddedLine[];
  /**
   * The source did not read the file's lines (too large or binary): structured content
   * patterns read its whole head version instead, every line of it counting as added.
   */
  unread?: boolean;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface Review {
  user: string;
  /** GitHub's account type; `Bot` for apps. A login ending in `[bot]` is a bot too. */
  userType?: string;
  state: ReviewState;
  /** The commit the review was given on. */
  commitId: string;
  /** ISO 8601. */
  submittedAt: string;
}

/**
 * What the evaluator may ask about a pull request. `null` for a fact means "not known here"
 * (the pre-commit hook knows no author, labels or base branch): predicates on it are then
 * "unknown", never silently true or false. Membership questions are asynchronous: the Action
 * answers them through the API, cached per run.
 */
export interface PullFacts {
  author: string | null;
  headSha: string | null;
  baseBranch: string | null;
  labels: string[] | null;
  files: PullFile[];
  /**
   * The whole head version of a changed file, for structured content patterns on files of
   * which only some lines changed (null: not readable). Absent: the runtime cannot read it, and
   * such patterns see the added lines only.
   */
  readHead?(path: string): Promise<string | null>;
  /** null: approvals are not known in this runtime (the hook). */
  reviews: Review[] | null;
  /** Is `user` an active member of `org/team`? */
  isTeamMember(team: string, user: string): Promise<boolean>;
  /** Is `user` a member of the organisation that owns the repository? null: not an organisation. */
  isOrgMember(user: string): Promise<boolean | null>;
  teamExists(team: string): Promise<boolean>;
  userExists(user: string): Promise<boolean>;
  /** Members of a team (for "who could still approve"); null when not listable. */
  teamMembers(team: string): Promise<string[] | null>;
}

// ─────────────────────────────────── results ───────────────────────────────────

export type Trigger =
  | { kind: 'path'; path: string; glob: string }
  | {
      kind: 'content';
      path: string;
      line: number;
      // No copy of the line itself: an added line may hold a secret, and results are rendered.
      pattern: string;
      description?: string;
    }
  | { kind: 'label'; label: string }
  | { kind: 'base-branch'; branch: string }
  | { kind: 'author'; author: string; in: string };

/** Why an approval did not count. */
export type NotCountedReason =
  | 'author'
  | 'stale'
  | 'not-eligible'
  | 'left-org'
  | 'bot'
  | 'dismissed';

export interface ApprovalVerdict {
  user: string;
  commitId: string;
  submittedAt: string;
  counted: boolean;
  /** For a counted approval: how the reviewer qualifies (`team acme/security`, `user alice`). */
  via?: string;
  reason?: NotCountedReason;
  /** One sentence, e.g. "approved 1a2b3c4, before the latest push (9f8e7d6)". */
  explanation: string;
}

export type RequirementStatus =
  | 'not-triggered'
  | 'satisfied'
  | 'pending'
  | 'changes-requested'
  | 'config-error'
  | 'not-applicable'
  | 'waived';

export interface RequirementResult {
  name: string;
  ruleId: string;
  description: string;
  /** Where it came from: a pack name, `.mandate.yml` or `CODEOWNERS`. */
  origin: string;
  /** true, false, or unknown (facts missing in this runtime). */
  applies: boolean | 'unknown';
  status: RequirementStatus;
  triggers: Trigger[];
  required: { teams: string[]; users: string[]; count: number };
  approvals: ApprovalVerdict[];
  /** Eligible reviewers whose latest review requests changes. */
  changesRequestedBy: string[];
  /** Who could still approve: `@org/team` mentions and user logins (never the author). */
  couldApprove: string[];
  /** Config problems: a team or user that does not exist. */
  configErrors: string[];
}
