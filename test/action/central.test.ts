import { describe, expect, it } from 'vitest';
import { mergeCentral, stripLocked } from '../../src/config/central.js';
import { parseConfig } from '../../src/config/parse.js';

const central = (text: string) => {
  const stripped = stripLocked(text, 'org.yml');
  return { config: parseConfig(stripped.text, 'org.yml'), locked: new Set(stripped.locked) };
};

describe('stripLocked', () => {
  it('collects locked custom and built-in rules and removes the marker', () => {
    const text = [
      'rules:',
      '  - id: secret/acme-key',
      '    title: Acme key',
      '    keywords: [acme_]',
      "    regex: 'acme_[a-z0-9]{32}'",
      '    locked: true',
      'overrides:',
      '  secret/github-pat: { locked: true, severity: critical }',
      '  secret/npm-token: { locked: false }',
      '',
    ].join('\n');
    const { text: out, locked } = stripLocked(text, 'org.yml');
    expect(locked).toEqual(['secret/acme-key', 'secret/github-pat']);
    expect(out).not.toContain('locked');
    expect(() => parseConfig(out, 'org.yml')).not.toThrow();
  });

  it('rejects a non-boolean marker', () => {
    expect(() =>
      stripLocked('overrides:\n  secret/github-pat: { locked: yes-please }\n', 'org.yml'),
    ).toThrow(/overrides.secret\/github-pat.locked must be true or false/);
  });
});

describe('mergeCentral', () => {
  const org = central(
    'extends: [recommended]\nfail_on: medium\noverrides:\n  secret/github-pat: { locked: true, severity: critical }\n  secret/npm-token: { severity: high }\n',
  );

  it.each([
    ['disable: [secret/github-pat]', { disable: [] }, /local `disable` was not applied/],
    ['disable: [secret/npm-token]', { disable: ['secret/npm-token'] }, null],
    [
      'overrides:\n  secret/github-pat: { severity: low }',
      { overrides: expect.objectContaining({ 'secret/github-pat': { severity: 'critical' } }) },
      /local override was not applied/,
    ],
    [
      'overrides:\n  secret/npm-token: { severity: low }',
      { overrides: expect.objectContaining({ 'secret/npm-token': { severity: 'low' } }) },
      null,
    ],
    ['fail_on: critical', { failOn: 'medium' }, null],
    ['fail_on: low', { failOn: 'low' }, null],
  ])('%s', (localText, expected, note) => {
    const merged = mergeCentral(
      parseConfig(localText, '.mandate.yml'),
      org.config,
      org.locked,
      'o/p:org.yml',
    );
    expect(merged.config).toMatchObject(expected);
    if (note === null) expect(merged.notes).toEqual([]);
    else expect(merged.notes.join(' ')).toMatch(note);
  });
});

describe('mergeCentral: the central `policies:`', () => {
  const org = central(
    'policies:\n  paths: ["handbook/**/*.md"]\n  review_interval: 6 months\n  warn_before: 60 days\n  template_phrases: ["acme template"]\n  block: { ci: true, hook: true }\n',
  );
  const merge = (localText: string) =>
    mergeCentral(parseConfig(localText, '.mandate.yml'), org.config, org.locked, 'o/p:org.yml')
      .config.policies;

  it('applies to a repository that sets no `policies:` of its own', () => {
    expect(merge('extends: [recommended]\n')).toEqual({
      paths: ['handbook/**/*.md'],
      reviewInterval: { amount: 6, unit: 'month' },
      warnBefore: { amount: 60, unit: 'day' },
      block: { ci: true, hook: true },
      templatePhrases: ['acme template'],
      fallback: 'none',
    });
  });

  it('cannot be weakened by the repository; stricter local values stand', () => {
    const policies = merge(
      'policies:\n  paths: ["policies/**/*.md"]\n  review_interval: 2 years\n  warn_before: 7 days\n  block: { ci: false, hook: false }\n  template_phrases: ["our template"]\n  fallback: git\n',
    );
    expect(policies).toEqual({
      paths: ['handbook/**/*.md', 'policies/**/*.md'],
      reviewInterval: { amount: 6, unit: 'month' },
      warnBefore: { amount: 60, unit: 'day' },
      block: { ci: true, hook: true },
      templatePhrases: ['acme template', 'our template'],
      fallback: 'git',
    });
    expect(merge('policies:\n  review_interval: 90d\n').reviewInterval).toEqual({
      amount: 90,
      unit: 'day',
    });
  });
});

describe('mergeCentral: fingerprint_salt', () => {
  it("keeps the repository's own salt, and says a central one is not applied", () => {
    const org = central('fingerprint_salt: organisation-wide-salt-0001\n');
    const local = parseConfig('fingerprint_salt: this-repository-salt-0002\n', '.mandate.yml');
    const merged = mergeCentral(local, org.config, org.locked, 'o/p:org.yml');
    expect(merged.config.fingerprintSalt).toBe('this-repository-salt-0002');
    expect(merged.notes).toEqual([
      expect.stringMatching(
        /`fingerprint_salt` in the central config o\/p:org\.yml was not applied/,
      ),
    ]);
    const unsalted = mergeCentral(
      parseConfig('{}\n', '.mandate.yml'),
      org.config,
      org.locked,
      'o/p:org.yml',
    );
    expect(unsalted.config.fingerprintSalt).toBeUndefined();
  });
});
