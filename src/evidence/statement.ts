/**
 * The ledger's unit: an in-toto Statement v1 whose subject is the judged commit and whose
 * predicate is the evidence record (schema/evidence-statement.schema.json). Pure.
 */
import type { EvidenceRecord } from './record.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const PREDICATE_TYPE = 'https://mandate.dev/evidence/v1';

export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: { name: string; digest: { gitCommit: string } }[];
  predicateType: typeof PREDICATE_TYPE;
  predicate: EvidenceRecord;
}

/** The record as a Statement about its head commit (`owner/repo@ref`, or `@sha` without a ref). */
export function toStatement(record: EvidenceRecord): Statement {
  const name = `${record.repository}@${record.pullRequest === null ? (record.ref ?? record.headSha) : `pull/${record.pullRequest}`}`;
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name, digest: { gitCommit: record.headSha } }],
    predicateType: PREDICATE_TYPE,
    predicate: {
      ...record,
      protection: record.protection ?? {
        readable: false,
        branch: null,
        reason: 'The branch protection was not read for this run.',
      },
    },
  };
}
