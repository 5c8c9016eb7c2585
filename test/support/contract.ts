/**
 * The `--format json` contract from design.md, written out once for the tests (deliberately
 * not imported from the reporter: the tests check the implementation against it).
 */
export const FINDING_KEYS: readonly string[] = [
  'ruleId',
  'kind',
  'severity',
  'path',
  'line',
  'endLine',
  'column',
  'message',
  'redacted',
  'fingerprint',
  'blocking',
];
