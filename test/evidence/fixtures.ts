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
