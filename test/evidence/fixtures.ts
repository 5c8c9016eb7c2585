/** Statements for ledger tests: real records from the one builder, at chosen times. */
import { createHash } from 'node:crypto';
import { buildEvidence } from '../../src/evidence/record.js';
import { type Statement, toStatement } from '../../src/evidence/statement.js';

export function sha(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

export function statementAt(
  time: string,
  options: {
    repository?: string;
    pullRequest?: number | null;
    decision?: 'pass' | 'block';
    headSha?: string;
    actor?: string;
  } = {},
): Statement {
  const record = buildEvidence({
    version: '0.1.0',
    repository: options.repository ?? 'acme/app',
    event: options.pullRequest === null ? 'push' : 'pull_request',
    pullRequest: options.pullRequest === undefined ? 1 : options.pullRequest,
    ref: options.pullRequest === null ? 'refs/heads/main' : 'feature',
    baseSha: sha(`base ${time}`),
    headSha: options.headSha ?? sha(`head ${time}`),
    actor: options.actor ?? 'octocat',
    now: new Date(time),
    runUrl: 'https://github.com/acme/app/actions/runs/1',
    config: {
      path: '.mandate.yml',
      sha256: 'a'.repeat(64),
      commit: sha(`base ${time}`),
      source: 'base-commit',
      changedByChange: false,
      changedFiles: [],
      central: [],
    },
    result: null,
    annotations: 'checks',
    notes: [],
  });
  const statement = toStatement(record);
  if (options.decision === 'block') statement.predicate.decision = 'block';
  return statement;
}

/** A year of varied records (blocks with secrets, reviews, a break-glass) for report renders. */
export function demoStatements(): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < 120; i++) {
    const day = new Date(Date.UTC(2026, 0, 3) + i * 3 * 86_400_000).toISOString();
    const block = i % 7 === 3;
    const statement = statementAt(day, {
      pullRequest: 100 + i,
      decision: block ? 'block' : 'pass',
    });
    const record = statement.predicate;
    if (block) {
      record.findings = [
        {
          ruleId: ['secret/aws-access-key', 'secret/github-pat', 'secret/stripe-secret-key'][
            i % 3
          ]!,
          severity: 'critical',
          path: 'config/app.env',
          line: 3,
          redacted: 'AKIA…(20)',
          fingerprint: sha(`fp ${i}`),
          blocking: true,
        },
      ];
    }
    record.reviews = {
      requirements: [
        {
          ruleId: 'review/security-team',
          origin: '.mandate.yml',
          status: i % 5 === 0 ? 'satisfied' : 'not-triggered',
          required: { teams: ['acme/security'], users: [], count: 1 },
          triggers: i % 5 === 0 ? ['.github/workflows/ci.yml'] : [],
          approvals:
            i % 5 === 0
              ? [
                  {
                    user: i % 2 ? 'alice' : 'bob',
                    commitId: record.headSha,
                    submittedAt: day,
                    counted: true,
                  },
                ]
              : [],
          changesRequestedBy: [],
          configErrors: [],
        },
      ],
      breakGlass:
        i === 40
          ? {
              by: 'carol',
              at: day,
              reason: 'Production outage: hotfix for the payment webhook',
              label: 'break-glass',
              headSha: record.headSha,
              commentUrl: null,
              waived: ['review/security-team'],
              followUp: { number: 912, url: 'https://github.com/acme/app/issues/912' },
            }
          : null,
      refusedBreakGlass: [],
      openFollowUps: [],
    };
    record.protection = {
      readable: true,
      branch: 'main',
      requiredChecks: ['mandate'],
      rulesets: [],
      mandateRequired: i > 10,
    };
    if (i === 100) {
      // The policy register, as a scheduled run records it.
      record.policies = {
        today: day.slice(0, 10),
        documents: [
          {
            path: 'policies/access-control.md',
            title: 'Access Control Policy',
            owner: '@acme/security',
            lastReviewed: '2026-03-02',
            reviewInterval: '6 months',
            due: '2026-09-02',
            status: 'stale',
          },
          {
            path: 'policies/ai-use.md',
            title: 'Use of AI Services',
            owner: '@carol',
            lastReviewed: '2026-07-15',
            reviewInterval: '1 year',
            due: '2027-07-15',
            status: 'fresh',
          },
          {
            path: 'SECURITY.md',
            title: 'Security Policy',
            owner: '@acme/security',
            lastReviewed: '2026-01-20',
            reviewInterval: '1 year',
            due: '2027-01-20',
            status: 'fresh',
          },
        ],
      };
    }
    out.push(statement);
  }
  return out;
}
