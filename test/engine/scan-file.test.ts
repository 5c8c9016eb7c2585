import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import { isPathAllowed } from '../../src/core/secret/compile.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import type { ChangedFile } from '../../src/core/types.js';
import {
  awsKeyId,
  compileTestRules,
  fileOf,
  genericValue,
  ghToken,
  pemKey,
  stripeTestKey,
  TEST_RULES,
} from './helpers.js';

const rules = compileTestRules();
const where = (text: string, needle: string) => {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
};

describe('positions', () => {
  test('line, column and lineText of each finding; findings in text order', () => {
    const token = ghToken();
    const key = stripeTestKey();
    const text = [
      'const a = 1;',
      '',
      `  const gh = "${token}"; // two on a line: ${key}`,
      'const b = 2;',
      `stripe: ${key}`,
    ].join('\n');
    const findings = scanFile(fileOf('src/a.ts', text), rules);
    expect(findings.map((f) => [f.ruleId, f.line, f.endLine, f.column])).toEqual([
      ['secret/test-github', 3, 3, where(text, token).column],
      ['secret/test-stripe', 3, 3, text.split('\n')[2]!.indexOf(key) + 1],
      ['secret/test-stripe', 5, 5, 9],
    ]);
    expect(findings[0]!.lineText).toBe(text.split('\n')[2]);
    expect(findings[0]!.secret).toBe(token);
    expect(findings[0]).toMatchObject({
      kind: 'secret',
      severity: 'critical',
      title: 'GitHub token',
      provider: 'GitHub',
      path: 'src/a.ts',
      blocking: true,
    });
  });

  test('hunk startLine offsets lines; several hunks each count from their own start', () => {
    const t1 = ghToken();
    const t2 = ghToken();
    const file: ChangedFile = {
      path: 'x.py',
      status: 'modified',
      hunks: [
        { startLine: 40, text: `a = 1\nb = "${t1}"` },
        { startLine: 100, text: `c = "${t2}"` },
      ],
      size: 60,
      lines: 3,
      binary: false,
      commit: { sha: 'abc123', author: 'A', email: 'a@example.org', date: '2026-01-01T00:00:00Z' },
    };
    const findings = scanFile(file, rules);
    expect(findings.map((f) => [f.line, f.column, f.secret === t1 || f.secret === t2])).toEqual([
      [41, 6, true],
      [100, 6, true],
    ]);
    expect(findings[0]!.commit?.sha).toBe('abc123');
  });

  test('multi-line private key reports line..endLine', () => {
    const key = pemKey('RSA PRIVATE KEY', 6);
    const text = `# config\nkey: |\n  ${key.split('\n').join('\n  ')}\nnext: 1\n`;
    const [finding, ...rest] = scanFile(fileOf('deploy/key.yml', text), rules);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'secret/test-private-key',
      line: 3,
      endLine: 10,
      column: 3,
    });
  });

  test('CRLF text: lines, columns and a lineText without the carriage return', () => {
    const token = ghToken();
    const key = pemKey('EC PRIVATE KEY', 3, '\r\n');
    const text = ['line one', `x = '${token}'`, key, 'end'].join('\r\n');
    const findings = scanFile(fileOf('a.txt', text), rules);
    expect(findings.map((f) => [f.ruleId, f.line, f.endLine, f.column])).toEqual([
      ['secret/test-github', 2, 2, 6],
      ['secret/test-private-key', 3, 7, 1],
    ]);
    expect(findings[0]!.lineText).toBe(`x = '${token}'`);
  });

  test('a long file: positions stay right far into the text', () => {
    const token = ghToken();
    const lines = Array.from({ length: 5000 }, (_, i) => `const v${i} = ${i};`);
    lines[4321] = `  token = "${token}"`;
    const [finding] = scanFile(fileOf('big.js', lines.join('\n')), rules);
    expect(finding).toMatchObject({ line: 4322, endLine: 4322, column: 12 });
  });
});

describe('filters', () => {
  test.each<[string, string, string[]]>([
    ['valid checksum', `t = "${ghToken()}"`, ['secret/test-github']],
    ['wrong checksum', `t = "${ghToken(false)}"`, []],
    ['generic, high entropy', `password = "${genericValue()}"`, ['secret/generic-test']],
    ['generic, low entropy', 'password = "abababababababababab"', []],
    ['generic, `test` is a placeholder', `password = "test${genericValue()}"`, []],
    ['provider test-mode key is real', `stripe = "${stripeTestKey()}"`, ['secret/test-stripe']],
    ['AWS documentation example', `id = ${['AK', 'IA'].join('')}IOSFODNN7${'EXAM'}PLE`, []],
    ['AWS key', `id = ${awsKeyId()}`, ['secret/test-aws']],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder is the input
    ['variable reference', 'password = "${DB_PASSWORD_FROM_THE_ENV}"', []],
    [
      'URI with password',
      `url = "postgres://app:${genericValue()}@db.internal/app"`,
      ['secret/test-uri'],
    ],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder is the input
    ['URI with variable password', 'url = "postgres://app:${PGPASS}@db.internal/app"', []],
    ['no keyword, no candidate', `value = "${genericValue()}"`, []],
  ])('%s', (_name, text, expected) => {
    expect(scanFile(fileOf('src/app.py', text), rules).map((f) => f.ruleId)).toEqual(expected);
  });

  test('skipped and empty files produce nothing', () => {
    const file = fileOf('a.bin', `t = "${ghToken()}"`);
    expect(scanFile({ ...file, skipped: 'binary', hunks: [] }, rules)).toEqual([]);
    expect(scanFile({ ...file, skipped: 'too-large' }, rules)).toEqual([]);
    expect(scanFile({ ...file, hunks: [] }, rules)).toEqual([]);
  });
});

describe('allowlists and overrides', () => {
  const token = ghToken();
  const text = `gh = "${token}"\nstripe = "${stripeTestKey()}"`;

  test('global allowlist: regexes and stopwords on the value; paths via isPathAllowed', () => {
    const byRegex = compileTestRules({ allowlist: { regexes: ['^sk_test_'] } });
    expect(scanFile(fileOf('a.ts', text), byRegex).map((f) => f.ruleId)).toEqual([
      'secret/test-github',
    ]);
    const byStopword = compileTestRules({
      allowlist: { stopwords: [token.slice(10, 20).toUpperCase()] },
    });
    expect(scanFile(fileOf('a.ts', text), byStopword).map((f) => f.ruleId)).toEqual([
      'secret/test-stripe',
    ]);
    const byPath = compileTestRules({ allowlist: { paths: ['fixtures/**', '*.snap'] } });
    expect(isPathAllowed('fixtures/a/b.ts', byPath)).toBe(true);
    expect(isPathAllowed('src/__snapshots__/x.snap', byPath)).toBe(true);
    expect(isPathAllowed('src/a.ts', byPath)).toBe(false);
    expect(isPathAllowed('fixtures/a.ts', rules)).toBe(false);
  });

  test('rule allowlist: paths, regexes and stopwords apply to that rule only', () => {
    const specs: SecretRuleSpec[] = TEST_RULES.map((spec) =>
      spec.id === 'secret/test-stripe'
        ? { ...spec, allowlist: { paths: ['docs/**'], regexes: ['Z{3}$'], stopwords: ['nope'] } }
        : spec,
    );
    const compiled = compileTestRules({ specs });
    expect(scanFile(fileOf('docs/guide.md', text), compiled).map((f) => f.ruleId)).toEqual([
      'secret/test-github',
    ]);
    expect(scanFile(fileOf('src/a.ts', text), compiled).map((f) => f.ruleId)).toEqual([
      'secret/test-github',
      'secret/test-stripe',
    ]);
    const suffixed = `stripe = "${stripeTestKey()}ZZZ"`;
    expect(scanFile(fileOf('src/a.ts', suffixed), compiled)).toEqual([]);
  });

  test('overrides change severity and blocking, in findings and in infos', () => {
    const compiled = compileTestRules({
      overrides: { 'secret/test-github': { severity: 'low', blocking: false } },
    });
    const [finding] = scanFile(fileOf('a.ts', text), compiled);
    expect(finding).toMatchObject({
      ruleId: 'secret/test-github',
      severity: 'low',
      blocking: false,
    });
    const info = compiled.infos.find((i) => i.id === 'secret/test-github');
    expect(info).toMatchObject({ severity: 'low', blocking: false, kind: 'secret' });
    expect(compiled.infos.find((i) => i.id === 'secret/generic-test')?.blocking).toBe(false);
  });
});

describe('compileRules rejects invalid rules with ConfigError naming the rule', () => {
  const base = TEST_RULES[0]!;
  test.each<[string, Record<string, unknown>, RegExp]>([
    [
      'bad regex',
      { regex: '(?<secret>[a-z' },
      /regex is not a valid JavaScript regular expression/,
    ],
    ['empty regex', { regex: '' }, /regex must be a non-empty/],
    ['no keywords', { keywords: [] }, /keywords must list at least one/],
    ['upper-case keyword', { keywords: ['GHP_'] }, /must be lower-case/],
    ['empty keyword', { keywords: [''] }, /non-empty string/],
    ['unknown validator', { validator: 'luhn' }, /unknown validator "luhn"/],
    ['entropy above 8', { entropy: 9 }, /entropy must be a number/],
    ['negative entropy', { entropy: -1 }, /entropy must be a number/],
    ['flags other than i', { flags: 'g' }, /flags may only be 'i'/],
    ['bad severity', { severity: 'urgent' }, /severity must be one of/],
    ['bad id', { id: 'github token' }, /rule id must look like/],
    ['bad allowlist regex', { allowlist: { regexes: ['('] } }, /allowlist regex 1 is not a valid/],
  ])('%s', (_name, change, message) => {
    const spec = { ...base, ...change } as unknown as SecretRuleSpec;
    let error: unknown;
    try {
      compileTestRules({ specs: [spec] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).file).toBe(`rule ${spec.id}`);
    expect((error as ConfigError).message).toMatch(message);
  });

  test('duplicate ids and a bad global allowlist regex', () => {
    expect(() => compileTestRules({ specs: [base, base] })).toThrow(/defined twice/);
    expect(() => compileTestRules({ allowlist: { regexes: ['[z-a]'] } })).toThrow(ConfigError);
    expect(() => compileTestRules({ allowlist: { regexes: ['[z-a]'] } })).toThrow(/^allowlist:/);
  });
});
