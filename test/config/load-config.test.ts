import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, resolveSecretRules } from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import { ConfigError, MandateError } from '../../src/core/errors.js';
import type { RulePack, SecretRuleSpec } from '../../src/core/rule-spec.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mandate-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('returns the defaults when there is no config file', async () => {
    const config = await loadConfig({ cwd: dir });
    expect(config.source).toEqual({ file: null, sha256: null });
    expect(config.extends).toEqual(['recommended']);
    expect(config.failOn).toBe('high');
  });

  it.each(['.mandate.yml', '.mandate.yaml'])('finds %s and hashes its bytes', async (name) => {
    const bytes = Buffer.from('\uFEFFfail_on: low\r\n', 'utf8');
    await writeFile(join(dir, name), bytes);
    const config = await loadConfig({ cwd: dir });
    expect(config.failOn).toBe('low');
    expect(config.source).toEqual({
      file: name,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('refuses both .mandate.yml and .mandate.yaml', async () => {
    await writeFile(join(dir, '.mandate.yml'), 'fail_on: low\n');
    await writeFile(join(dir, '.mandate.yaml'), 'fail_on: high\n');
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(
      /both \.mandate\.yml and \.mandate\.yaml exist/,
    );
  });

  it('loads an explicit file relative to cwd', async () => {
    await writeFile(join(dir, 'policy.yml'), 'fail_on: critical\n');
    const config = await loadConfig({ cwd: dir, file: 'policy.yml' });
    expect(config.failOn).toBe('critical');
    expect(config.source.file).toBe('policy.yml');
  });

  it('fails when an explicit file does not exist', async () => {
    const attempt = loadConfig({ cwd: dir, file: 'missing.yml' });
    await expect(attempt).rejects.toBeInstanceOf(MandateError);
    await expect(attempt).rejects.toThrow('config file missing.yml not found');
  });

  it('reports errors against the file name', async () => {
    await writeFile(join(dir, '.mandate.yml'), '\nfail_on: nope\n');
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(
      '.mandate.yml:2:10: `fail_on` must be one of critical, high, medium, low, info',
    );
  });
});

function spec(id: string): SecretRuleSpec {
  return {
    id,
    title: id,
    provider: 'p',
    description: 'd',
    severity: 'high',
    keywords: ['k'],
    regex: 'k[0-9]{8}',
    remediation: 'r',
  };
}
const packs: RulePack[] = [
  { name: 'recommended', description: '', rules: [spec('secret/a'), spec('secret/b')] },
  { name: 'strict', description: '', rules: [spec('secret/b'), spec('secret/c')] },
];
const ids = (rules: SecretRuleSpec[]) => rules.map((rule) => rule.id);
const custom = (id: string) =>
  `rules:\n  - id: ${id}\n    title: Mine\n    keywords: [mine]\n    regex: mine_[0-9]+\n`;

describe('resolveSecretRules', () => {
  it.each<[string, string, string[]]>([
    ['defaults', '', ['secret/a', 'secret/b']],
    [
      'two packs, shared rule once',
      'extends: [recommended, strict]\n',
      ['secret/a', 'secret/b', 'secret/c'],
    ],
    ['custom rules are added', custom('secret/mine'), ['secret/a', 'secret/b', 'secret/mine']],
    ['disable removes', 'disable: [secret/a]\n', ['secret/b']],
    [
      'disable a custom rule',
      `${custom('secret/mine')}disable: [secret/mine]\n`,
      ['secret/a', 'secret/b'],
    ],
    ['no packs', 'extends: []\n', []],
  ])('%s', (_name, text, expected) => {
    expect(ids(resolveSecretRules(parseConfig(text, '.mandate.yml'), packs))).toEqual(expected);
  });

  it.each<[string, string, string]>([
    [
      'unknown pack',
      'fail_on: high\nextends: [recommended, strikt]\n',
      '.mandate.yml:2:24: unknown rule pack `strikt` in `extends`; available packs: recommended, strict',
    ],
    [
      'a central config (owner/repo:path@ref) left unresolved',
      'extends: [recommended, acme/security-policy:mandate/org.yml@v3]\n',
      ".mandate.yml:1:24: `acme/security-policy:mandate/org.yml@v3` in `extends` names a central config in another repository, which was not resolved; a central config cannot itself extend another one (list both in the repository's `extends`)",
    ],
    [
      'unknown id in disable',
      'disable:\n  - secret/a\n  - secret/typo\n',
      '.mandate.yml:3:5: `disable` names `secret/typo`, but no rule has that id',
    ],
    [
      'disable a rule of a pack not extended',
      'disable: [secret/c]\n',
      '.mandate.yml:1:11: `disable` names `secret/c`, which is in the pack `strict` that this configuration does not extend',
    ],
    [
      'unknown id in overrides',
      'overrides:\n  secret/zzz: { severity: low }\n',
      '.mandate.yml:2:3: `overrides` names `secret/zzz`, but no rule has that id',
    ],
    [
      'custom rule reusing a built-in id',
      custom('secret/b'),
      '.mandate.yml:2:9: custom rule id `secret/b` is already used by the built-in pack `recommended`; give your rule a new id (and add `secret/b` to `disable` to replace it, or use `overrides` to change its severity)',
    ],
  ])('%s', (_name, text, message) => {
    const config = parseConfig(text, '.mandate.yml');
    expect(() => resolveSecretRules(config, packs)).toThrow(ConfigError);
    expect(() => resolveSecretRules(config, packs)).toThrow(message);
  });
});
