/**
 * The evidence record of one run (schema/evidence.schema.json, version 1): what was judged,
 * under which policy (the config's hash and the commit it came from), by which rules, what was
 * found (redacted) and what was decided. It holds no raw secret: findings carry only their
 * redacted form and a fingerprint (keyed with the repository's salt, as in the baseline).
 * The one builder of the record, for the Action and the CLI (`mandate check --evidence-ledger`);
 * src/evidence/statement.ts wraps it in an in-toto Statement for the ledger.
 */

import { formatDate } from '../core/policy/calendar.js';
import { formatInterval } from '../core/policy/interval.js';
import type { PolicyEntry, PolicyStatus } from '../core/policy/types.js';
import type { RequirementResult } from '../core/review/types.js';
import { sha256Hex } from '../core/sha256.js';
import type { Finding, ScanResult } from '../core/types.js';

export const EVIDENCE_VERSION = 1;

/** Required reviews as recorded (built by action/src/reviews.ts). */
export interface ReviewsEvidence {
  requirements: {
    ruleId: string;
    origin: string;
    /** What the requirement guards, e.g. the AI service or the artifacts a change introduces. */
    description?: string;
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

export interface EvidenceRecord {
  $schema: string;
  version: 1;
  tool: { name: 'mandate'; version: string };
  repository: string;
  event: string;
  pullRequest: number | null;
  ref: string | null;
  baseSha: string | null;
  headSha: string;
  actor: string;
  time: string;
  runUrl: string | null;
  config: {
    /** The config file, null when the built-in defaults applied. */
    path: string | null;
    sha256: string | null;
    /** The commit the config was read from (the base of a pull request; the CLI: HEAD). */
    commit: string;
    /**
     * `base-commit`: the config as committed at `commit`; `working-tree`: the CLI applied a
     * config file whose bytes are not those at `commit` (uncommitted edits, not committed).
     */
    source: 'base-commit' | 'working-tree' | 'defaults';
    /** The change being judged modifies a policy file; its version was not applied. */
    changedByChange: boolean;
    changedFiles: string[];
    /** Central configs merged in through `extends: owner/repo:path@ref`. */
    central: { ref: string; sha256: string; locked: string[] }[];
  };
  rules: string[];
  scan: {
    scope: string;
    description: string;
    files: number;
    lines: number;
    skipped: Record<string, number>;
  };
  findings: Pick<
    Finding,
    'ruleId' | 'severity' | 'path' | 'line' | 'redacted' | 'fingerprint' | 'blocking'
  >[];
  /** Findings an inline allow in the change suppressed, with the author's reason. */
  allowed?: (Pick<Finding, 'ruleId' | 'severity' | 'path' | 'line' | 'redacted' | 'fingerprint'> & {
    marker: string;
    reason: string;
  })[];
  decision: 'pass' | 'block';
  reasons: string[];
  unblock: string[];
  annotations: 'checks' | 'commands' | 'none';
  notes: string[];
  /** Required reviews: each requirement's verdict and approvals, break-glass, open follow-ups. */
  reviews?: ReviewsEvidence;
  /**
   * A push to the default branch: the pull requests this commit merged, each linked to the
   * ledger's last record of it (null: none there).
   */
  merged?: MergedPull[];
  /** Which rules judged: the tool's version and a digest of the rule ids that ran. */
  rulesVersion?: string;
  /** The branch protection and rulesets in force, as the API reports them, or why not. */
  protection?: ProtectionSnapshot;
  /**
   * The policy register as this run evaluated it (runs that read the policy documents: the
   * Action's schedule and dispatch runs, `mandate check`): each document's owner, review dates
   * and status on the day of the run.
   */
  policies?: PolicyRegisterEvidence;
}

/** The policy register in a record: dates are calendar dates (YYYY-MM-DD, UTC). */
export interface PolicyRegisterEvidence {
  /** The day the register was evaluated (the statuses are as of that day). */
  today: string;
  documents: PolicyDocumentEvidence[];
}

/** One policy document of a record's register. */
export interface PolicyDocumentEvidence {
  path: string;
  title: string;
  owner: string | null;
  lastReviewed: string | null;
  reviewInterval: string | null;
  /** The next review due date (last review + interval). */
  due: string | null;
  status: PolicyStatus;
}

/** The register's entries as a record keeps them. */
export function policyRegisterEvidence(
  entries: readonly PolicyEntry[],
  today: Date,
): PolicyRegisterEvidence {
  return {
    today: today.toISOString().slice(0, 10),
    documents: entries.map((entry) => ({
      path: entry.path,
      title: entry.title,
      owner: entry.owner,
      lastReviewed: entry.lastReviewed === null ? null : formatDate(entry.lastReviewed),
      reviewInterval: entry.reviewInterval === null ? null : formatInterval(entry.reviewInterval),
      due: entry.due === null ? null : formatDate(entry.due),
      status: entry.status,
    })),
  };
}

/**
 * The protection of the judged branch: whether the `mandate` check was *required* (an auditor
 * asks) — or, said out loud, that this token could not read it.
 */
export type ProtectionSnapshot =
  | {
      readable: true;
      branch: string;
      /** The classic branch protection's required status checks; null when none is set. */
      requiredChecks: string[] | null;
      /** Ruleset rules that apply to the branch (type and the ruleset's id). */
      rulesets: { type: string; rulesetId: number | null; requiredChecks: string[] }[];
      /** The `mandate` check is required by the protection or a ruleset. */
      mandateRequired: boolean;
    }
  | { readable: false; branch: string | null; reason: string };

export const EVIDENCE_SCHEMA_ID =
  'https://raw.githubusercontent.com/mandate-dev/mandate/main/schema/evidence.schema.json';

/** What the runtime knows of the run itself, copied into the record as it is. */
type RunFacts = Pick<
  EvidenceRecord,
  | 'repository'
  | 'event'
  | 'pullRequest'
  | 'ref'
  | 'baseSha'
  | 'headSha'
  | 'actor'
  | 'runUrl'
  | 'config'
  | 'annotations'
>;

/** A pull request a pushed commit merged, and the ledger's last record of it. */
export interface MergedPull {
  pullRequest: number;
  headSha: string;
  record: { seq: number; statementSha256: string; headSha: string } | null;
}

export function buildEvidence(
  input: RunFacts & {
    version: string;
    now: Date;
    result: ScanResult | null;
    notes: string[];
    reviews?: ReviewsEvidence;
    protection?: ProtectionSnapshot;
    /** The policy register, when the run evaluated the policy documents. */
    policies?: readonly PolicyEntry[];
  },
): EvidenceRecord {
  const { result } = input;
  return {
    $schema: EVIDENCE_SCHEMA_ID,
    version: EVIDENCE_VERSION,
    tool: { name: 'mandate', version: input.version },
    repository: input.repository,
    event: input.event,
    pullRequest: input.pullRequest,
    ref: input.ref,
    baseSha: input.baseSha,
    headSha: input.headSha,
    actor: input.actor,
    time: input.now.toISOString(),
    runUrl: input.runUrl,
    config: input.config,
    rules: result === null ? [] : result.rules.map((rule) => rule.id),
    scan: {
      scope: result?.scope ?? 'none',
      description: result?.description ?? 'nothing scanned',
      files: result?.stats.files ?? 0,
      lines: result?.stats.lines ?? 0,
      skipped: Object.fromEntries(
        Object.entries(result?.stats.skipped ?? {}).filter(
          (entry): entry is [string, number] => entry[1] !== undefined,
        ),
      ),
    },
    findings: (result?.findings ?? []).map((finding) => ({
      ...recorded(finding),
      blocking: finding.blocking,
    })),
    ...((result?.allowed ?? []).length === 0
      ? {}
      : {
          allowed: (result?.allowed ?? []).map((finding) => ({
            ...recorded(finding),
            marker: finding.allow.marker,
            reason: finding.allow.reason,
          })),
        }),
    decision: result?.decision ?? 'pass',
    reasons: result?.reasons ?? [],
    unblock: result?.unblock ?? [],
    annotations: input.annotations,
    notes: input.notes,
    ...(input.reviews === undefined ? {} : { reviews: input.reviews }),
    rulesVersion: rulesVersion(input.version, result?.rules.map((rule) => rule.id) ?? []),
    ...(input.protection === undefined ? {} : { protection: input.protection }),
    ...(input.policies === undefined
      ? {}
      : { policies: policyRegisterEvidence(input.policies, input.now) }),
  };
}

/** `<tool version>+rules.<12 hex of the sorted rule ids>`: equal only when the same rules ran. */
export function rulesVersion(version: string, ruleIds: string[]): string {
  return `${version}+rules.${sha256Hex([...ruleIds].sort().join('\n')).slice(0, 12)}`;
}

/** What the evidence keeps of a finding: where, which rule, and only the redacted value. */
function recorded(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    path: finding.path,
    line: finding.line,
    redacted: finding.redacted,
    fingerprint: finding.fingerprint,
  };
}
