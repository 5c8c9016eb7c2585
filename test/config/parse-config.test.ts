import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { ConfigError } from '../../src/core/errors.js';
import { defaultPolicyConfig } from '../../src/core/policy/evaluate.js';

const FILE = '.mandate.yml';

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

const rule = (extra: string) =>
  `rules:\n  - id: secret/acme-key\n    title: Acme key\n    keywords: [acme_]\n${extra}`;

describe('parseConfig errors', () => {
  it.each<[string, string, string]>([
    [
      'unknown top-level key',
      'fail_on: high\nalowlist:\n  paths: []\n',
      '.mandate.yml:2:1: unknown key `alowlist`; allowed keys: $schema, extends, fail_on, max_file_size, disable, rules, overrides, allowlist, reviews, review_settings, policies, fingerprint_salt, inline_allow, artifacts, personal_data, ai_services',
    ],
    [
      'bad enum',
      'fail_on: hgh\n',
      '.mandate.yml:1:10: `fail_on` must be one of critical, high, medium, low, info',
    ],
    [
      'inline allows reviewed by nobody',
      'inline_allow: review\n',
      '.mandate.yml:1:15: `inline_allow: review` asks the security team to approve inline allows, but `review_settings.security_team` is not set',
    ],
    [
      'bad inline_allow',
      'inline_allow: never\n',
      '.mandate.yml:1:15: `inline_allow` must be one of allow, review',
    ],
    ['wrong type', 'extends: recommended\n', '.mandate.yml:1:10: `extends` must be a list'],
    ['empty value', 'fail_on: high\nextends:\n', '.mandate.yml:2:1: `extends` must be a list'],
    [
      'bad size',
      'max_file_size: 2 parsecs\n',
      '.mandate.yml:1:16: `max_file_size` must be a number of bytes or a size such as "2MB" or "512KB"',
    ],
    ['zero size', 'max_file_size: 0\n', '.mandate.yml:1:16: `max_file_size` must be at least 1'],
    [
      'zero size string',
      'max_file_size: 0KB\n',
      '.mandate.yml:1:16: `max_file_size` must be at least 1 byte',
    ],
    [
      'missing rule key',
      rule(''),
      '.mandate.yml:2:5: `rules[0]` is missing the required key `regex`',
    ],
    [
      'unknown rule key',
      rule('    regex: acme_x\n    regexp: acme_y\n'),
      '.mandate.yml:6:5: unknown key `regexp` in `rules[0]`; allowed keys: id, title, provider, description, severity, blocking, keywords, regex, flags, entropy, validator, allowlist, remediation, tags, examples, locked',
    ],
    [
      'locked outside a central config (rule)',
      rule('    regex: acme_x\n    locked: true\n'),
      '.mandate.yml:6:13: `rules[0].locked` only has an effect in a central config that repositories extend (`extends: owner/repo:path@ref`); remove it from this file',
    ],
    [
      'locked outside a central config (override)',
      'overrides:\n  secret/github-pat:\n    severity: critical\n    locked: true\n',
      '.mandate.yml:4:13: `overrides.secret/github-pat.locked` only has an effect in a central config that repositories extend (`extends: owner/repo:path@ref`); remove it from this file',
    ],
    [
      'invalid rule regex',
      rule('    regex: "acme_(["\n'),
      '.mandate.yml:5:12: `rules[0].regex` is not a valid regular expression: Unterminated character class',
    ],
    [
      'rule regex matching the empty string',
      rule('    regex: "(acme_)?"\n'),
      '.mandate.yml:5:12: `rules[0].regex` matches the empty string, so it would match everywhere',
    ],
    [
      'invalid rule allowlist regex',
      rule('    regex: acme_x\n    allowlist:\n      regexes: ["+"]\n'),
      '.mandate.yml:7:17: `rules[0].allowlist.regexes[0]` is not a valid regular expression: Nothing to repeat',
    ],
    [
      'bad rule id',
      'rules:\n  - id: acme\n    title: Acme\n    keywords: [acme]\n    regex: acme_x\n',
      '.mandate.yml:2:9: `rules[0].id` must be `secret/` followed by a kebab-case name, such as `secret/acme-api-key`',
    ],
    [
      'empty keyword list',
      'rules:\n  - id: secret/acme\n    title: Acme\n    keywords: []\n    regex: acme_x\n',
      '.mandate.yml:4:15: `rules[0].keywords` must list at least 1 item',
    ],
    [
      'blank title',
      'rules:\n  - id: secret/acme\n    title: " "\n    keywords: [acme]\n    regex: acme_x\n',
      '.mandate.yml:3:12: `rules[0].title` must not be empty',
    ],
    [
      'invalid allowlist regex',
      'allowlist:\n  regexes:\n    - ok\n    - "a(b"\n',
      '.mandate.yml:4:7: `allowlist.regexes[1]` is not a valid regular expression: Unterminated group',
    ],
    [
      'duplicate custom rule id',
      `${rule('    regex: acme_x\n')}  - id: secret/acme-key\n    title: Again\n    keywords: [acme_]\n    regex: acme_y\n`,
      '.mandate.yml:6:9: rule id `secret/acme-key` is used twice (rules[0] and rules[1])',
    ],
    [
      'override key that is not a rule id',
      'overrides:\n  Secret/x:\n    severity: high\n',
      '.mandate.yml:2:3: key (an 8-character key, not shown) in `overrides` must be a rule id: `secret/`, `policy/`, `artifact/` or `personal-data/` followed by a kebab-case name, such as `policy/stale`',
    ],
    [
      'unknown override key',
      'overrides:\n  secret/x:\n    block: true\n',
      '.mandate.yml:3:5: unknown key `block` in `overrides.secret/x`; allowed keys: severity, blocking, locked',
    ],
    [
      'duplicate disable id',
      'disable: [secret/a, secret/a]\n',
      '.mandate.yml:1:21: `disable` lists the same value twice (items 0 and 1)',
    ],
    [
      'not a mapping',
      '- a\n- b\n',
      '.mandate.yml:1:1: the configuration must be a mapping of keys such as extends, fail_on, max_file_size',
    ],
    [
      'duplicate YAML key',
      'fail_on: high\nfail_on: low\n',
      '.mandate.yml:2:1: invalid YAML: Map keys must be unique',
    ],
    [
      'YAML syntax error',
      'fail_on: high\nextends: [recommended\n',
      '.mandate.yml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      'tab indentation',
      'allowlist:\n\tpaths: []\n',
      '.mandate.yml:2:1: invalid YAML: Tabs are not allowed as indentation',
    ],
  ])('%s', (_name, text, message) => {
    const error = errorOf(text);
    expect(error.message).toBe(message);
    const [, line, column] = /^\.mandate\.yml:(\d+):(\d+):/.exec(message)!;
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(Number(line));
    expect(error.column).toBe(Number(column));
  });

  it('suggests the key a typo meant', () => {
    expect(errorOf('alowlist: {}\n').hint).toBe('Did you mean `allowlist`?');
  });

  it('lists the other problems in the hint', () => {
    const error = errorOf('fail_on: hgh\nextends: x\n');
    expect(error.message).toMatch(/^\.mandate\.yml:1:10: `fail_on`/);
    expect(error.hint).toContain('.mandate.yml:2:10: `extends` must be a list');
  });
});

describe('parseConfig values', () => {
  it('applies defaults to an empty file', () => {
    const config = parseConfig('', FILE);
    expect(config).toEqual({
      extends: ['recommended'],
      failOn: 'high',
      maxFileSize: 1048576,
      disable: [],
      rules: [],
      overrides: {},
      allowlist: { paths: [], regexes: [], stopwords: [] },
      policies: defaultPolicyConfig(),
      source: { file: FILE, sha256: createHash('sha256').update('').digest('hex') },
    });
  });

  it.each([
    ['1048576', 1048576],
    ['"2MB"', 2 * 1024 * 1024],
    ['512KB', 512 * 1024],
    ['512 KiB', 512 * 1024],
    ['1.5M', 1.5 * 1024 * 1024],
    ['100B', 100],
    ['1G', 1024 ** 3],
  ])('max_file_size %s', (value, bytes) => {
    expect(parseConfig(`max_file_size: ${value}\n`, FILE).maxFileSize).toBe(bytes);
  });

  it('maps every key and fills custom rule defaults', () => {
    const text = [
      '# yaml-language-server: $schema=./node_modules/mandate/schema/mandate.schema.json',
      '$schema: ./node_modules/mandate/schema/mandate.schema.json',
      'extends: [recommended]',
      'fail_on: medium',
      'disable: [secret/generic-api-key]',
      'rules:',
      '  - id: secret/acme-key',
      '    title: Acme key',
      '    keywords: [acme_]',
      '    regex: "acme_(?<secret>[a-z0-9]{32})"',
      '    flags: i',
      '    blocking: false',
      'overrides:',
      '  secret/openai-api-key: { severity: critical, blocking: true }',
      'allowlist:',
      '  paths: ["test/fixtures/**"]',
      '  regexes: ["^EXAMPLE"]',
      '  stopwords: [dummy]',
      '',
    ].join('\n');
    const config = parseConfig(text, FILE);
    expect(config).toMatchObject({
      extends: ['recommended'],
      failOn: 'medium',
      disable: ['secret/generic-api-key'],
      overrides: { 'secret/openai-api-key': { severity: 'critical', blocking: true } },
      allowlist: { paths: ['test/fixtures/**'], regexes: ['^EXAMPLE'], stopwords: ['dummy'] },
    });
    expect(config.rules).toEqual([
      {
        id: 'secret/acme-key',
        title: 'Acme key',
        provider: 'custom',
        description: 'Acme key',
        severity: 'high',
        keywords: ['acme_'],
        regex: 'acme_(?<secret>[a-z0-9]{32})',
        flags: 'i',
        blocking: false,
        remediation: expect.stringMatching(/^Rotate/),
      },
    ]);
    expect(config.source.sha256).toBe(createHash('sha256').update(text).digest('hex'));
  });
});
