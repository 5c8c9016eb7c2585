/**
 * Break-glass: in an emergency a member of an allowed team unblocks a pull request whose review
 * requirements are not met, with the configured label on the pull request plus a comment
 * `/mandate break-glass <head sha>: <reason>`. The comment is read as Markdown: only a line of
 * a paragraph counts, never one in a code block, a quote, a list or HTML. It waives the commit
 * it names, which must be the head: a push after the waiver voids it. The author alone cannot
 * authorise it (their own comment is refused, whatever team they are in), nor through someone
 * else's comment they edited (an edited comment is refused: the API does not say who edited). It waives review
 * requirements only — never secret findings unless `also_waive` lists their rule ids — and the
 * bypass is recorded, not hidden.
 */
import { lexer, type Token } from 'marked';
import { isOneOf } from './predicates.js';
import type { BreakGlassSettings, PullFacts } from './types.js';

export interface PullComment {
  id: number;
  user: string;
  body: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601: when it was last edited (GitHub's `updated_at`); absent or equal when never. */
  updatedAt?: string;
  url?: string;
}

/** An edit later than this after the comment was written makes it an edited comment. */
const EDIT_GRACE_MS = 2_000;

function wasEdited(comment: PullComment): boolean {
  if (comment.updatedAt === undefined) return false;
  const created = Date.parse(comment.createdAt);
  const updated = Date.parse(comment.updatedAt);
  return Number.isNaN(created) || Number.isNaN(updated) || updated - created > EDIT_GRACE_MS;
}

export interface BreakGlassAttempt {
  by: string;
  at: string;
  reason: string;
  /** The commit the comment names (as written), null when it names none. */
  commit: string | null;
  commentUrl?: string;
  /** The id of the comment that gave it (a follow-up issue is bound to it). */
  commentId?: number;
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

/** `/mandate break-glass [<sha>]: <reason>`, one line of a paragraph. */
const DIRECTIVE = /^\/mandate[ \t]+break-glass(?:[ \t]+([0-9a-f]{7,40}))?[ \t]*:[ \t]*(.*)$/i;

export interface BreakGlassDirective {
  /** The commit (a SHA or a prefix of at least 7) the waiver is given for; null if none named. */
  commit: string | null;
  reason: string;
}

/**
 * The first `/mandate break-glass` directive of a comment, read as Markdown (GFM, as GitHub
 * renders it): a line of a top-level paragraph. Text in code (fenced or indented), quotes,
 * lists, headings and HTML is quoted or shown, not said, and does not count.
 */
export function parseBreakGlassComment(body: string): BreakGlassDirective | null {
  let tokens: Token[];
  try {
    tokens = lexer(body, { gfm: true });
  } catch {
    return null;
  }
  for (const token of tokens) {
    if (token.type !== 'paragraph') continue;
    for (const line of token.raw.split('\n')) {
      const match = DIRECTIVE.exec(line.trim());
      if (match !== null) {
        return { commit: match[1]?.toLowerCase() ?? null, reason: match[2]!.trim() };
      }
    }
  }
  return null;
}

export async function evaluateBreakGlass(
  comments: PullComment[],
  facts: Pick<PullFacts, 'author' | 'labels' | 'isTeamMember' | 'headSha'> & Partial<PullFacts>,
  settings: BreakGlassSettings,
): Promise<BreakGlass> {
  const labelPresent = (facts.labels ?? []).some(
    (label) => label.toLowerCase() === settings.label.toLowerCase(),
  );
  const attempts: BreakGlassAttempt[] = [];
  const ordered = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const comment of ordered) {
    const directive = parseBreakGlassComment(comment.body);
    if (directive === null) continue;
    const { reason, commit } = directive;
    const head = facts.headSha;
    const short = head?.slice(0, 7) ?? '<head sha>';
    const attempt: BreakGlassAttempt = {
      by: comment.user,
      at: comment.createdAt,
      reason,
      commit,
      ...(comment.url === undefined ? {} : { commentUrl: comment.url }),
      commentId: comment.id,
      accepted: false,
    };
    if (reason === '') {
      attempt.refusal = `it gives no reason (write \`/mandate break-glass ${short}: <reason>\`)`;
    } else if (commit === null) {
      attempt.refusal = `it names no commit, so a later push could ride on it (write \`/mandate break-glass ${short}: <reason>\` to waive the head ${short})`;
    } else if (head === null || !head.toLowerCase().startsWith(commit)) {
      attempt.refusal = `it was given for ${commit.slice(0, 7)}, and the head is now ${short}: a push after a break-glass voids it (comment \`/mandate break-glass ${short}: <reason>\` to waive the new head)`;
    } else if (wasEdited(comment)) {
      // Anyone with write access to the repository — the pull request's author too — can edit
      // anyone's comment, and the API does not say who edited it.
      attempt.refusal = `the comment was edited after it was written (${comment.updatedAt}), and anyone with write access can edit a comment, so it cannot tell who authorised the break-glass; write it as a new comment`;
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
