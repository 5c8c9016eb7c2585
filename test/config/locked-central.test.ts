/**
 * Issue 9.10: a rule a central config locks takes nothing from the repository's config that
 * widens what passes. Each attempt below is merged with mergeCentral (the one merge rule the
 * Action and the CLI use), then resolved, compiled and run by the real engine over a file with
 * a key for each locked rule and one for a rule that is not locked.
 */
import { describe, expect, it } from 'vitest';
import { mergeCentral, stripLocked } from '../../src/config/central.js';
import { resolveSecretRules } from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import { artifactJudge } from '../../src/core/artifact/family.js';
import { NO_LFS } from '../../src/core/artifact/lfs.js';
import type { Config } from '../../src/core/config.js';
import { scanChangeSet } from '../../src/core/engine.js';
import { guardrailSettings } from '../../src/core/guardrails.js';
import { compileRules } from '../../src/core/secret/compile.js';
import type { Context } from '../../src/core/types.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { changeSetOf, fileOf } from '../engine/helpers.js';
import { compose } from '../support/compose.js';

const ORG = [
  'extends: [recommended]',
  'rules:',
  '  - id: secret/acme-key',
  '    title: Acme internal key',
  '    keywords: [acme_]',
  "    regex: 'acme_[a-z0-9]{32}'",
  '    locked: true',
  'overrides:',
  '  secret/github-pat: { locked: true }',
  '',
].join('\n');

function central(text = ORG): { config: Config; locked: Set<string> } {
  const stripped = stripLocked(text, 'org.yml');
  return { config: parseConfig(stripped.text, 'org.yml'), locked: new Set(stripped.locked) };
}

function merge(localText: string) {
  const org = central();
  return mergeCentral(
    parseConfig(localText, '.mandate.yml'),
    org.config,
    org.locked,
    'o/p:org.yml',
  );
}

const keys = {
  acme: `acme_${compose('{{lower:32}}', 21)}`,
  github: compose('{{github:ghp_}}', 22),
  anthropic: compose('{{anthropic:api03}}', 23),
};

const context: Context = { mode: 'ci', now: new Date('2026-06-01T00:00:00Z') };

/** Runs the merged config over deploy/app.env with the three keys; ruleId → blocking. */
async function scan(config: Config): Promise<Record<string, boolean>> {
  const specs = resolveSecretRules(config, builtinPacks());
  const rules = compileRules(specs, { allowlist: config.allowlist, overrides: config.overrides });
  const text = `ACME_KEY=${keys.acme}\nGITHUB_TOKEN=${keys.github}\nANTHROPIC_API_KEY=${keys.anthropic}`;
  const result = await scanChangeSet(
    changeSetOf([fileOf('deploy/app.env', text)], 'diff', 'test'),
    { rules, failOn: config.failOn, ignore: [], baseline: new Set() },
    context,
  );
  return Object.fromEntries(result.findings.map((f) => [f.ruleId, f.blocking]));
}

const LOCKED_BLOCK = { 'secret/acme-key': true, 'secret/github-pat': true };

describe('locked central rules cannot be widened by the repository (9.10)', () => {
  it('without local changes all three keys block', async () => {
    expect(await scan(merge('extends: [recommended]\n').config)).toEqual({
      ...LOCKED_BLOCK,
      'secret/anthropic-api-key': true,
    });
  });

  it.each([
    [
      'a severity override of a locked custom rule',
      'overrides:\n  secret/acme-key: { severity: low }',
    ],
    [
      'a severity override of a locked built-in rule',
      'overrides:\n  secret/github-pat: { severity: info }',
    ],
    [
      'blocking: false on a locked rule',
      'overrides:\n  secret/github-pat: { blocking: false }\n  secret/acme-key: { blocking: false }',
    ],
    ['disabling locked rules', 'disable: [secret/acme-key, secret/github-pat]'],
  ])('%s is not applied, and a note says so', async (_name, localText) => {
    const merged = merge(localText);
    expect(await scan(merged.config)).toMatchObject(LOCKED_BLOCK);
    expect(merged.notes.join('\n')).toMatch(
      /is locked by the central config o\/p:org\.yml; the local .* was not applied/,
    );
  });

  it('a local rule reusing a locked id does not replace it', async () => {
    const merged = merge(
      "rules:\n  - id: secret/acme-key\n    title: mine\n    keywords: [zzz_]\n    regex: 'zzz_[a-z]{40}'\n",
    );
    expect(await scan(merged.config)).toMatchObject(LOCKED_BLOCK);
    expect(merged.notes.join('\n')).toMatch(/rule with the same id was not applied/);
  });

  it.each([
    ['paths: ["**"]', 'allowlist:\n  paths: ["**"]'],
    ['a regex that matches everything', "allowlist:\n  regexes: ['.']"],
    ['stopwords', 'allowlist:\n  stopwords: [acme_, ghp_, sk-ant]'],
  ])(
    'the repository allowlist (%s) skips only rules that are not locked',
    async (_n, localText) => {
      const merged = merge(localText);
      // The anthropic key's rule is not locked: the repository's allowlist still applies to it.
      expect(await scan(merged.config)).toEqual(LOCKED_BLOCK);
      expect(merged.notes.join('\n')).toMatch(
        /repository's `allowlist` \(\d+ entr(y|ies)\) does not apply/,
      );
    },
  );

  it('a max_file_size below the central one is raised to it', () => {
    const merged = merge('max_file_size: 1');
    expect(merged.config.maxFileSize).toBe(1024 * 1024);
    expect(merged.notes.join('\n')).toMatch(/local `max_file_size` \(1 bytes\) is below/);
    expect(merge('max_file_size: 5MB').config.maxFileSize).toBe(5 * 1024 * 1024);
  });

  it('what makes a locked rule stricter is applied', async () => {
    const merged = merge(
      'overrides:\n  secret/acme-key: { severity: critical }\nfail_on: medium\n',
    );
    expect(merged.notes).toEqual([]);
    expect(merged.config.overrides['secret/acme-key']).toEqual({ severity: 'critical' });
    expect(merged.config.failOn).toBe('medium');
  });

  it('a second central config keeps the repository allowlist away from every locked rule', async () => {
    const org = central();
    const other = central(
      "extends: [recommended]\nallowlist:\n  paths: ['docs/**']\noverrides:\n  secret/anthropic-api-key: { locked: true }\n",
    );
    const local = parseConfig("allowlist:\n  paths: ['**']\n", '.mandate.yml');
    const first = mergeCentral(local, org.config, org.locked, 'o/p:org.yml');
    const second = mergeCentral(first.config, other.config, other.locked, 'o/q:other.yml');
    expect(second.config.lockedRules).toEqual([
      'secret/acme-key',
      'secret/anthropic-api-key',
      'secret/github-pat',
    ]);
    expect(second.config.allowlist.paths).toEqual(['docs/**']);
    expect(second.config.repoAllowlist?.paths).toEqual(['**']);
    expect(await scan(second.config)).toEqual({
      ...LOCKED_BLOCK,
      'secret/anthropic-api-key': true,
    });
  });

  it('a locked artifact or personal-data rule takes no artifacts / personal_data settings from the repository', () => {
    const org = central(
      `${ORG}  artifact/unsafe-pickle: { locked: true }\n  personal-data/dataset: { locked: true }\n`,
    );
    const local = [
      'artifacts:',
      '  approved_paths: ["**"]',
      '  pickle_allow: [posix.system]',
      'personal_data:',
      '  approved_paths: ["**"]',
      '',
    ].join('\n');
    const merged = mergeCentral(
      parseConfig(local, '.mandate.yml'),
      org.config,
      org.locked,
      'o/p:org.yml',
    );
    expect(merged.config.artifacts).toBeUndefined();
    expect(merged.config.personalData).toBeUndefined();
    expect(merged.notes.join('\n')).toContain('The local `artifacts` settings were not applied');
    expect(merged.notes.join('\n')).toContain(
      'The local `personal_data` settings were not applied',
    );
    // The pickle that calls os.system is judged with the defaults: unsafe, blocking.
    const pickle = new TextEncoder().encode(['c', 'posix\nsystem\n', "(S'true'\n", 'tR.'].join(''));
    const settings = guardrailSettings(merged.config);
    const [finding] = artifactJudge(settings.artifacts).judge(
      { path: 'models/m.pkl', size: pickle.length, bytes: pickle, whole: true },
      NO_LFS,
    );
    expect(finding).toMatchObject({ ruleId: 'artifact/unsafe-pickle', blocking: true });
    // Without a lock, the repository's settings apply where the center is silent.
    const open = mergeCentral(
      parseConfig(local, '.mandate.yml'),
      central().config,
      central().locked,
      'o/p:org.yml',
    );
    expect(open.config.artifacts?.approvedPaths).toEqual(['**']);
  });
});
