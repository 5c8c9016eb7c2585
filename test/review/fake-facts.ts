/**
 * An in-memory PullFacts (policy-bot's pulltest idea): teams, organisation members and users
 * are plain data; every lookup is counted so tests can see caching and laziness.
 */
import type { PullFacts, PullFile, Review } from '../../src/core/review/types.js';

export const HEAD = 'a'.repeat(40);
export const OLD = 'b'.repeat(40);

export interface FakeFactsInput {
  author?: string | null;
  headSha?: string | null;
  baseBranch?: string | null;
  labels?: string[] | null;
  files?: PullFile[];
  reviews?: Review[] | null;
  /** `org/team` → members. */
  teams?: Record<string, string[]>;
  /** null: the repository belongs to a user, not an organisation. */
  orgMembers?: string[] | null;
  /** Logins that exist besides members. */
  users?: string[];
}

export function file(
  path: string,
  added: string[] = [],
  status: PullFile['status'] = 'modified',
): PullFile {
  return { path, status, added: added.map((text, i) => ({ line: i + 1, text })) };
}

export function approve(user: string, commitId = HEAD, at = '2026-01-01T10:00:00Z'): Review {
  return { user, state: 'APPROVED', commitId, submittedAt: at };
}

export function reviewOf(
  user: string,
  state: Review['state'],
  at: string,
  commitId = HEAD,
): Review {
  return { user, state, commitId, submittedAt: at };
}

export function fakeFacts(input: FakeFactsInput = {}): PullFacts & { calls: string[] } {
  const teams = input.teams ?? { 'acme/security': ['alice', 'carol'] };
  const orgMembers =
    input.orgMembers === undefined
      ? new Set(['alice', 'carol', 'bob', 'dave', 'erin', ...Object.values(teams).flat()])
      : input.orgMembers === null
        ? null
        : new Set(input.orgMembers);
  const calls: string[] = [];
  return {
    calls,
    author: input.author === undefined ? 'erin' : input.author,
    headSha: input.headSha === undefined ? HEAD : input.headSha,
    baseBranch: input.baseBranch === undefined ? 'main' : input.baseBranch,
    labels: input.labels === undefined ? [] : input.labels,
    files: input.files ?? [],
    reviews: input.reviews === undefined ? [] : input.reviews,
    async isTeamMember(team, user) {
      calls.push(`team-member ${team} ${user}`);
      return teams[team]?.includes(user) ?? false;
    },
    async isOrgMember(user) {
      calls.push(`org-member ${user}`);
      return orgMembers === null ? null : orgMembers.has(user);
    },
    async teamExists(team) {
      calls.push(`team ${team}`);
      return team in teams;
    },
    async userExists(user) {
      calls.push(`user ${user}`);
      return (
        (input.users ?? []).includes(user) ||
        (orgMembers?.has(user) ?? false) ||
        Object.values(teams).some((m) => m.includes(user))
      );
    },
    async teamMembers(team) {
      return teams[team] ?? null;
    },
  };
}
