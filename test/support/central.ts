/**
 * The central config of the CLI and Action central-config tests (test/cli/central.test.ts,
 * test/action/parity.test.ts): a custom rule only it has, locked so a repository cannot drop it,
 * and a repository config that names it and tries to disable that rule.
 */
export const ACME_REF = 'acme/policies:mandate.yml@main';

export const ACME_CENTRAL = [
  'extends: [recommended]',
  'rules:',
  '  - id: secret/acme-key',
  '    title: Acme internal key',
  '    severity: critical',
  '    keywords: [acme_]',
  "    regex: 'acme_[a-z0-9]{32}'",
  '    locked: true',
  '',
].join('\n');

export const ACME_LOCAL = `extends: [${ACME_REF}]\ndisable: [secret/acme-key]\n`;
