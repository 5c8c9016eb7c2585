/**
 * Break-glass: in an emergency a member of an allowed team unblocks a pull request whose review
 * requirements are not met, with the configured label on the pull request plus a comment
 * `/mandate break-glass: <reason>`. The author alone cannot authorise it (their own comment is
 * refused, whatever team they are in). It waives review requirements only — never secret
 * findings unless `also_waive` lists their rule ids — and the bypass is recorded, not hidden.
 */
import { isOneOf } from './predicates.js';
import type { BreakGlassSettings, PullFacts } from './types.js';

export interface PullComment {
  id: number;
  user: string;
  body: string;
  /** ISO 8601. */
  createdAt: string;
  url?: string;
}

export interface BreakGlassAttempt {
  by: string;
  at: string;
  reason: string;
  commentUrl?: string;
  accepted: boolean;
  /** Why a refused attempt did not count. */
  refusal?: string;
}

export interface BreakGlass {
  /** `active`: waives; `refused`: attempts exist, none valid; `none`: no attempt. */
  status: 'active' | 'refused' | 'none';
  /** The accepted attempt (the earliest valid one). */
  accepted: BreakGlassAttempt | null;
  attempts: BreakGlassAttempt[];
  label: string;
  labelPresent: boolean;
}

const COMMAND = /^[ \t]*\/mandate[ \t]+break-glass[ \t]*:[ \t]*(.*)$/im;

/** The reason of a `/mandate break-glass: <reason>` comment, or null if it is not one. */
export function parseBreakGlassComment(body: string): string | null {
  const match = COMMAND.exec(body);
  return match === null ? null : match[1]!.trim();
}

export async function evaluateBreakGlass(
  comments: PullComment[],
  facts: Pick<PullFacts, 'author' | 'labels' | 'isTeamMember'> & Partial<PullFacts>,
  settings: BreakGlassSettings,
): Promise<BreakGlass> {
  const labelPresent = (facts.labels ?? []).some(
    (label) => label.toLowerCase() === settings.label.toLowerCase(),
  );
  const attempts: BreakGlassAttempt[] = [];
  const ordered = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const comment of ordered) {
    const reason = parseBreakGlassComment(comment.body);
    if (reason === null) continue;
    const attempt: BreakGlassAttempt = {
      by: comment.user,
      at: comment.createdAt,
      reason,
      ...(comment.url === undefined ? {} : { commentUrl: comment.url }),
      accepted: false,
    };
    if (reason === '') {
      attempt.refusal = 'it gives no reason (write `/mandate break-glass: <reason>`)';
    } else if (facts.author !== null && comment.user.toLowerCase() === facts.author.toLowerCase()) {
      attempt.refusal =
        'it was written by the pull request author, and the author alone cannot authorise a break-glass';
    } else if (!labelPresent) {
      attempt.refusal = `the pull request does not carry the \`${settings.label}\` label`;
    } else if ((await isOneOf(facts as PullFacts, comment.user, settings.teams)) === null) {
      attempt.refusal = `@${comment.user} is not a member of ${settings.teams.map((t) => `@${t.replace(/^@/, '')}`).join(' or ')}`;
    } else {
      attempt.accepted = true;
    }
    attempts.push(attempt);
  }
  const accepted = attempts.find((a) => a.accepted) ?? null;
  return {
    status: accepted !== null ? 'active' : attempts.length > 0 ? 'refused' : 'none',
    accepted,
    attempts,
    label: settings.label,
    labelPresent,
  };
}
