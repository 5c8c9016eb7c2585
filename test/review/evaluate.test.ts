/** Every `require` rule and option, as a table over the in-memory facts fake. */
import { describe, expect, it } from 'vitest';
import { applyReviews } from '../../src/core/review/apply.js';
import { evaluateRequirement } from '../../src/core/review/evaluate.js';
import { explainRequirement } from '../../src/core/review/explain.js';
import type {
  Approvers,
  RequirementStatus,
  ReviewOptions,
  ReviewRequirementSpec,
} from '../../src/core/review/types.js';
import type { ScanResult } from '../../src/core/types.js';
import { emptyStats } from '../reporters/fixtures.js';
import {
  approve,
  type FakeFactsInput,
  fakeFacts,
  file,
  HEAD,
  OLD,
  reviewOf,
} from './fake-facts.js';

const files = [file('infra/main.tf', ['x'])];
const security: Approvers = { teams: ['acme/security'] };

function spec(require: Approvers = security, options?: ReviewOptions): ReviewRequirementSpec {
  return {
    name: 'infra',
    when: { paths: ['infra/**'] },
    require,
    ...(options === undefined ? {} : { options }),
  };
}

const cases: {
  name: string;
  spec?: ReviewRequirementSpec;
  facts: FakeFactsInput;
  defaults?: ReviewOptions;
  status: RequirementStatus;
  /** user → counted, or the reason it did not count. */
  approvals?: Record<string, true | string>;
  explains?: string;
}[] = [
  {
    name: 'no approval: pending',
    facts: {},
    status: 'pending',
    explains: 'Could still approve: @acme/security (@alice, @carol)',
  },
  {
    name: 'a team member on the head SHA',
    facts: { reviews: [approve('alice')] },
    status: 'satisfied',
    approvals: { alice: true },
    explains: 'team @acme/security',
  },
  {
    name: 'a non-member does not count',
    facts: { reviews: [approve('bob')] },
    status: 'pending',
    approvals: { bob: 'not-eligible' },
    explains: '@bob is not @acme/security',
  },
  {
    name: "the author's own approval never counts (even as a member)",
    facts: { author: 'alice', reviews: [approve('alice')] },
    status: 'pending',
    approvals: { alice: 'author' },
  },
  {
    name: 'the author is never listed as a possible approver',
    facts: { author: 'alice' },
    status: 'pending',
    explains: 'Could still approve: @acme/security (@carol)',
  },
  {
    name: 'a stale approval (before the latest push) does not count',
    facts: { reviews: [approve('alice', OLD)] },
    status: 'pending',
    approvals: { alice: 'stale' },
    explains: 'before the latest push',
  },
  {
    name: 'head_sha_only: false accepts a stale approval',
    spec: spec(security, { head_sha_only: false }),
    facts: { reviews: [approve('alice', OLD)] },
    status: 'satisfied',
    approvals: { alice: true },
  },
  {
    name: 'head_sha_only from review_settings defaults',
    facts: { reviews: [approve('alice', OLD)] },
    defaults: { head_sha_only: false },
    status: 'satisfied',
  },
  {
    name: 'a per-requirement option beats the default',
    spec: spec(security, { head_sha_only: true }),
    facts: { reviews: [approve('alice', OLD)] },
    defaults: { head_sha_only: false },
    status: 'pending',
  },
  {
    name: 'count: 2 needs two distinct approvers',
    spec: spec({ ...security, count: 2 }),
    facts: { reviews: [approve('alice')] },
    status: 'pending',
    explains: '1 of 2',
  },
  {
    name: 'count: 2 satisfied',
    spec: spec({ ...security, count: 2 }),
    facts: { reviews: [approve('alice'), approve('carol')] },
    status: 'satisfied',
  },
  {
    name: 'the same reviewer twice counts once',
    spec: spec({ ...security, count: 2 }),
    facts: {
      reviews: [
        approve('alice', HEAD, '2026-01-01T10:00:00Z'),
        approve('alice', HEAD, '2026-01-01T11:00:00Z'),
      ],
    },
    status: 'pending',
  },
  {
    name: 'users: a listed user counts',
    spec: spec({ users: ['dave'] }),
    facts: { reviews: [approve('dave')] },
    status: 'satisfied',
    approvals: { dave: true },
  },
  {
    name: 'teams or users: either counts',
    spec: spec({ teams: ['acme/security'], users: ['dave'] }),
    facts: { reviews: [approve('dave')] },
    status: 'satisfied',
  },
  {
    name: 'a listed user who left the organisation does not count',
    spec: spec({ users: ['frank'] }),
    facts: { users: ['frank'], reviews: [approve('frank')] },
    status: 'pending',
    approvals: { frank: 'left-org' },
    explains: 'no longer a member of the organisation',
  },
  {
    name: 'a user-owned repository has no organisation to leave',
    spec: spec({ users: ['frank'] }),
    facts: { orgMembers: null, users: ['frank'], reviews: [approve('frank')] },
    status: 'satisfied',
  },
  {
    name: 'a bot does not count through a team',
    facts: {
      teams: { 'acme/security': ['alice', 'deploy[bot]'] },
      reviews: [approve('deploy[bot]')],
    },
    status: 'pending',
    approvals: { 'deploy[bot]': 'bot' },
  },
  {
    name: 'a bot counts when listed by name',
    spec: spec({ users: ['deploy[bot]'] }),
    facts: { users: ['deploy[bot]'], reviews: [approve('deploy[bot]')] },
    status: 'satisfied',
  },
  {
    name: 'a Bot account type is a bot',
    facts: { reviews: [{ ...approve('alice'), userType: 'Bot' }] },
    status: 'pending',
    approvals: { alice: 'bot' },
  },
  {
    name: 'changes requested by an eligible reviewer blocks',
    facts: {
      reviews: [approve('alice'), reviewOf('carol', 'CHANGES_REQUESTED', '2026-01-01T11:00:00Z')],
    },
    status: 'changes-requested',
    explains: '@carol requested changes',
  },
  {
    name: 'changes requested is cleared when the same reviewer approves',
    facts: {
      reviews: [
        reviewOf('carol', 'CHANGES_REQUESTED', '2026-01-01T09:00:00Z'),
        approve('carol', HEAD, '2026-01-01T10:00:00Z'),
      ],
    },
    status: 'satisfied',
  },
  {
    name: 'another approver does not clear changes requested',
    facts: {
      reviews: [
        reviewOf('carol', 'CHANGES_REQUESTED', '2026-01-01T09:00:00Z'),
        approve('alice', HEAD, '2026-01-01T10:00:00Z'),
      ],
    },
    status: 'changes-requested',
  },
  {
    name: 'a comment after changes requested does not clear it',
    facts: {
      reviews: [
        reviewOf('carol', 'CHANGES_REQUESTED', '2026-01-01T09:00:00Z'),
        reviewOf('carol', 'COMMENTED', '2026-01-01T10:00:00Z'),
        approve('alice'),
      ],
    },
    status: 'changes-requested',
  },
  {
    name: 'changes requested by a non-eligible user does not block',
    facts: {
      reviews: [approve('alice'), reviewOf('bob', 'CHANGES_REQUESTED', '2026-01-01T11:00:00Z')],
    },
    status: 'satisfied',
  },
  {
    name: 'changes_requested_blocks: false',
    spec: spec(security, { changes_requested_blocks: false }),
    facts: {
      reviews: [approve('alice'), reviewOf('carol', 'CHANGES_REQUESTED', '2026-01-01T11:00:00Z')],
    },
    status: 'satisfied',
  },
  {
    name: 'a dismissed approval does not count',
    facts: {
      reviews: [
        approve('alice', HEAD, '2026-01-01T09:00:00Z'),
        reviewOf('alice', 'DISMISSED', '2026-01-01T10:00:00Z'),
      ],
    },
    status: 'pending',
    approvals: { alice: 'dismissed' },
  },
  {
    name: 'a missing team is a config error, not a pass',
    spec: spec({ teams: ['acme/securty'] }),
    facts: { reviews: [approve('alice')] },
    status: 'config-error',
    explains: 'the required team @acme/securty does not exist',
  },
  {
    name: 'a missing user is a config error',
    spec: spec({ users: ['nobody'] }),
    facts: {},
    status: 'config-error',
  },
  {
    name: 'a requirement that does not apply',
    facts: { files: [file('src/a.ts')] },
    status: 'not-triggered',
  },
  {
    name: 'the hook: no approvals known',
    facts: { reviews: null, author: null },
    status: 'not-applicable',
    explains: 'will need an approval from @acme/security',
  },
];

describe('review requirements', () => {
  it.each(cases)('$name', async (c) => {
    const facts = fakeFacts({ files, ...c.facts });
    const result = await evaluateRequirement(
      { spec: c.spec ?? spec(), origin: '.mandate.yml' },
      facts,
      c.defaults ?? {},
    );
    expect(result.status).toBe(c.status);
    if (c.approvals !== undefined) {
      expect(
        Object.fromEntries(result.approvals.map((a) => [a.user, a.counted ? true : a.reason])),
      ).toEqual(c.approvals);
    }
    if (c.explains !== undefined)
      expect(explainRequirement(result).join(' ')).toContain(c.explains);
  });

  it('asks about membership lazily and only what it needs', async () => {
    const facts = fakeFacts({ files: [file('src/a.ts')] });
    await evaluateRequirement({ spec: spec(), origin: 'x' }, facts);
    expect(facts.calls.filter((c) => c.startsWith('team-member'))).toEqual([]);
  });
});

const emptyScan: ScanResult = {
  decision: 'pass',
  reasons: ['No findings.'],
  unblock: [],
  findings: [],
  stats: emptyStats(),
  rules: [],
  unusedIgnores: [],
  scope: 'pull-request',
  description: 'pull request #1',
};

describe('applyReviews', () => {
  it('adds a blocking review finding and says who must approve', async () => {
    const result = await evaluateRequirement(
      { spec: spec(), origin: '.mandate.yml' },
      fakeFacts({ files }),
    );
    const applied = applyReviews(
      emptyScan,
      { results: [result], breakGlass: null },
      {
        headSha: HEAD,
        configFile: '.mandate.yml',
        context: { mode: 'ci', now: new Date() },
      },
    );
    expect(applied.decision).toBe('block');
    expect(applied.findings).toEqual([
      expect.objectContaining({
        ruleId: 'review/infra',
        kind: 'review',
        redacted: '',
        fingerprint: `review/infra:${HEAD}`,
        blocking: true,
        path: 'infra/main.tf',
      }),
    ]);
    expect(applied.reasons).toEqual([
      'review/infra needs an approval from @acme/security on the latest commit (0 of 1 so far).',
    ]);
    expect(applied.unblock[0]).toContain(
      'Ask @acme/security (@alice, @carol) to approve the latest commit aaaaaaa',
    );
    expect(applied.rules.map((r) => r.id)).toEqual(['review/infra']);
  });

  it('a satisfied requirement adds no finding', async () => {
    const result = await evaluateRequirement(
      { spec: spec(), origin: 'x' },
      fakeFacts({ files, reviews: [approve('alice')] }),
    );
    const applied = applyReviews(
      emptyScan,
      { results: [result], breakGlass: null },
      {
        headSha: HEAD,
        configFile: '.mandate.yml',
        context: { mode: 'ci', now: new Date() },
      },
    );
    expect(applied.decision).toBe('pass');
    expect(applied.findings).toEqual([]);
  });
});
