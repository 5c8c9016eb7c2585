/** Break-glass: who may authorise it, and what it waives. */
import { describe, expect, it } from 'vitest';
import { applyReviews } from '../../src/core/review/apply.js';
import {
  evaluateBreakGlass,
  type PullComment,
  parseBreakGlassComment,
} from '../../src/core/review/break-glass.js';
import { evaluateRequirement } from '../../src/core/review/evaluate.js';
import type { BreakGlassSettings } from '../../src/core/review/types.js';
import type { Finding, ScanResult } from '../../src/core/types.js';
import { emptyStats } from '../reporters/fixtures.js';
import { fakeFacts, file, HEAD, OLD } from './fake-facts.js';

const settings: BreakGlassSettings = { label: 'break-glass', teams: ['acme/sre'] };
const teams = { 'acme/security': ['alice'], 'acme/sre': ['dave', 'erin'] };

/** The directive for the head commit (its short SHA), as the check text tells people to write. */
const SHORT = HEAD.slice(0, 7);
const bg = (reason: string) => `/mandate break-glass ${SHORT}: ${reason}`;

function comment(user: string, body: string, at = '2026-01-01T03:00:00Z'): PullComment {
  return { id: 1, user, body, createdAt: at };
}

const cases: {
  name: string;
  comments: PullComment[];
  labels?: string[];
  status: 'active' | 'refused' | 'none';
  refusal?: string;
}[] = [
  { name: 'no comment', comments: [], status: 'none' },
  { name: 'an ordinary comment', comments: [comment('dave', 'LGTM')], status: 'none' },
  {
    name: 'a member of an allowed team with the label',
    comments: [comment('dave', bg('prod down'))],
    status: 'active',
  },
  {
    name: 'the command on a later line',
    comments: [comment('dave', `Paging.\n${bg('prod down')}`)],
    status: 'active',
  },
  {
    name: 'the author alone cannot authorise (even in the team)',
    comments: [comment('erin', bg('prod down'))],
    status: 'refused',
    refusal: 'the author alone cannot authorise',
  },
  {
    name: 'without the label',
    labels: [],
    comments: [comment('dave', bg('prod down'))],
    status: 'refused',
    refusal: 'does not carry the `break-glass` label',
  },
  {
    name: 'not a member of an allowed team',
    comments: [comment('alice', bg('prod down'))],
    status: 'refused',
    refusal: '@alice is not a member of @acme/sre',
  },
  {
    name: 'without a reason',
    comments: [comment('dave', `/mandate break-glass ${SHORT}:`)],
    status: 'refused',
    refusal: 'gives no reason',
  },
  {
    name: 'a refused attempt, then a valid one',
    comments: [
      comment('erin', bg('x'), '2026-01-01T01:00:00Z'),
      comment('dave', bg('y'), '2026-01-01T02:00:00Z'),
    ],
    status: 'active',
  },
  {
    name: 'the full head SHA',
    comments: [comment('dave', `/mandate break-glass ${HEAD}: prod down`)],
    status: 'active',
  },
  {
    name: 'a comment that names no commit (a later push could ride on it)',
    comments: [comment('dave', '/mandate break-glass: prod down')],
    status: 'refused',
    refusal: `it names no commit, so a later push could ride on it (write \`/mandate break-glass ${SHORT}: <reason>\``,
  },
  {
    name: 'a waiver given for an earlier head (a push after it voids it)',
    comments: [comment('dave', `/mandate break-glass ${OLD.slice(0, 7)}: prod down`)],
    status: 'refused',
    refusal: `it was given for ${OLD.slice(0, 7)}, and the head is now ${SHORT}: a push after a break-glass voids it`,
  },
  ...[
    ['an indented code block', `Like this:\n\n    ${bg('prod down')}\n`],
    ['a fenced code block', `\`\`\`text\n${bg('prod down')}\n\`\`\``],
    ['a tilde fence', `~~~\n${bg('prod down')}\n~~~`],
    ['a quote', `> ${bg('prod down')}`],
    ['a list item', `- ${bg('prod down')}`],
    ['an HTML comment', `<!--\n${bg('prod down')}\n-->`],
    ['a heading', `# ${bg('prod down')}`],
    ['inline code', `\`${bg('prod down')}\``],
    ['an escaped slash', `\\${bg('prod down')}`],
  ].map(([where, body]) => ({
    name: `the directive inside ${where} does not count`,
    comments: [comment('dave', body!)],
    status: 'none' as const,
  })),
];

describe('break-glass', () => {
  it.each(cases)('$name', async (c) => {
    const facts = fakeFacts({ teams, labels: c.labels ?? ['break-glass'] });
    const result = await evaluateBreakGlass(c.comments, facts, settings);
    expect(result.status).toBe(c.status);
    if (c.refusal !== undefined) expect(result.attempts[0]!.refusal).toContain(c.refusal);
  });

  it('parses the command, in a paragraph only', () => {
    expect(parseBreakGlassComment('/mandate break-glass abc1234: INC-1 db down')).toEqual({
      commit: 'abc1234',
      reason: 'INC-1 db down',
    });
    expect(parseBreakGlassComment('/mandate  break-glass :x')).toEqual({
      commit: null,
      reason: 'x',
    });
    expect(parseBreakGlassComment('please /mandate break-glass: x')).toBeNull();
    expect(parseBreakGlassComment('```\n/mandate break-glass abc1234: x\n```\n')).toBeNull();
    expect(parseBreakGlassComment('Quoting:\n\n    /mandate break-glass abc1234: x')).toBeNull();
  });

  const secret: Finding = {
    ruleId: 'secret/github-pat',
    kind: 'secret',
    severity: 'critical',
    path: 'a.env',
    line: 1,
    endLine: 1,
    column: 1,
    message: 'GitHub token',
    redacted: 'ghp_…',
    fingerprint: 'secret/github-pat:a.env:00',
    blocking: true,
  };
  const scan: ScanResult = {
    decision: 'block',
    reasons: ['1 blocking secret finding: secret/github-pat in a.env:1.'],
    unblock: ['Rotate.'],
    findings: [secret],
    stats: emptyStats(),
    rules: [],
    unusedIgnores: [],
    scope: 'pull-request',
    description: 'pull request #1',
  };

  async function waive(alsoWaive?: string[]) {
    const facts = fakeFacts({ teams, labels: ['break-glass'], files: [file('infra/a.tf', ['x'])] });
    const requirement = await evaluateRequirement(
      {
        spec: {
          name: 'infra',
          when: { paths: ['infra/**'] },
          require: { teams: ['acme/security'] },
        },
        origin: 'x',
      },
      facts,
    );
    const breakGlass = await evaluateBreakGlass(
      [comment('dave', bg('prod down'))],
      facts,
      settings,
    );
    return applyReviews(
      scan,
      { results: [requirement], breakGlass, ...(alsoWaive === undefined ? {} : { alsoWaive }) },
      { headSha: HEAD, configFile: '.mandate.yml', context: { mode: 'ci', now: new Date() } },
    );
  }

  it('waives review requirements but never a secret finding by default', async () => {
    const applied = await waive();
    expect(applied.decision).toBe('block');
    expect(applied.reviewOutcome.waived).toEqual(['review/infra']);
    expect(applied.findings.find((f) => f.ruleId === 'review/infra')!.blocking).toBe(false);
    expect(applied.reasons[0]).toContain('BREAK-GLASS: @dave broke glass');
  });

  it('waives a secret finding only when also_waive lists it', async () => {
    const applied = await waive(['secret/github-pat']);
    expect(applied.decision).toBe('pass');
    expect(applied.reviewOutcome.waived).toEqual(['review/infra', 'secret/github-pat']);
    expect(applied.reasons[0]).toContain('waiving review/infra, secret/github-pat');
  });
});
