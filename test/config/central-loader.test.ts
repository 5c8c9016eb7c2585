/**
 * The one policy loader's central step (src/config/policy.ts `withCentralConfigs`,
 * `loadRepositoryPolicy`): the CLI and the Action hand it their own `CentralReader`, and what is
 * merged, what is left out when a copy cannot be read, and which ignore/baseline entries a locked
 * rule drops are decided here once. Readers below are in-memory; the real ones are exercised by
 * test/cli/central.test.ts (the CLI's cache, offline) and test/action/e2e.test.ts (the contents
 * API), and both at once by test/action/parity.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import {
  type CentralReader,
  loadRepositoryPolicy,
  type PolicyReader,
  withCentralConfigs,
} from '../../src/config/policy.js';
import { MandateError } from '../../src/core/errors.js';

const REF = 'acme/policies:mandate.yml@main';
const CENTRAL = [
  'extends: [recommended]',
  'rules:',
  '  - id: secret/acme-key',
  '    title: Acme internal key',
  '    keywords: [acme_]',
  "    regex: 'acme_[a-z0-9]{32}'",
  '    locked: true',
  '',
].join('\n');
const hash = () => `v2-${'0'.repeat(64)}`;

/** A reader over a map; records what it was asked. */
function centralOf(files: Record<string, string | null>): CentralReader & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async read(ref) {
      asked.push(ref);
      const text = files[ref];
      return text === null || text === undefined ? null : { text, commit: null };
    },
  };
}

function files(map: Record<string, string>): PolicyReader {
  return {
    location: '',
    async read(path) {
      return path in map ? Buffer.from(map[path]!) : null;
    },
  };
}

const missing = (path: string) => new MandateError(`${path} missing`);

describe('the policy loader and central configs', () => {
  it('never asks the central reader when `extends` names no central config', async () => {
    const central = centralOf({});
    const config = parseConfig('extends: [recommended]\n', '.mandate.yml');
    const merged = await withCentralConfigs(central, { config, ignore: [], baseline: new Set() });
    expect(central.asked).toEqual([]);
    expect(merged.config).toBe(config);
    expect(merged.notes).toEqual([]);
  });

  it('merges the central config and drops ignore and baseline entries of its locked rule', async () => {
    const policy = await loadRepositoryPolicy(
      files({
        '.mandate.yml': `extends: [${REF}]\ndisable: [secret/acme-key]\n`,
        '.mandateignore': `secret/acme-key:app.env:${hash()} # test\nsecret/github-pat:b.txt:${hash()} # test\n`,
      }),
      centralOf({ [REF]: CENTRAL }),
      { missing },
    );
    expect(policy.path).toBe('.mandate.yml');
    expect(policy.central.locked).toEqual(new Set(['secret/acme-key']));
    expect(policy.central.config.disable).not.toContain('secret/acme-key');
    expect(policy.central.config.rules.map((r) => r.id)).toContain('secret/acme-key');
    expect(policy.central.ignore.map((e) => e.fingerprint.split(':')[0])).toEqual([
      'secret/github-pat',
    ]);
    expect(policy.central.notes.join('\n')).toContain(
      '1 .mandateignore entries name locked rules and were not applied.',
    );
    // The repository's own entries stay as read, for whoever reports them.
    expect(policy.ignore).toHaveLength(2);
  });

  it('leaves out a copy the reader cannot give, with its rules, and keeps the default packs', async () => {
    const config = parseConfig(
      `extends: [${REF}]\ndisable: [secret/acme-key, secret/github-pat]\n`,
      '.mandate.yml',
    );
    const central = centralOf({ [REF]: null });
    const merged = await withCentralConfigs(central, { config, ignore: [], baseline: new Set() });
    expect(central.asked).toEqual([REF]);
    expect(merged.sources).toEqual([]);
    expect(merged.config.extends).toEqual(['recommended']);
    // A rule only the missing config could define is not "disabled"; a built-in one still is.
    expect(merged.config.disable).toEqual(['secret/github-pat']);
  });

  it('keeps `disable` / `overrides` of the guardrail and policy rules when a copy cannot be given (no pack defines them)', async () => {
    const config = parseConfig(
      [
        `extends: [${REF}]`,
        'disable: [secret/acme-key, artifact/model-weights, review/infra]',
        'overrides:',
        '  policy/stale: { severity: low }',
        '  secret/acme-key: { severity: low }',
        '',
      ].join('\n'),
      '.mandate.yml',
    );
    const merged = await withCentralConfigs(centralOf({ [REF]: null }), {
      config,
      ignore: [],
      baseline: new Set(),
    });
    // Only the missing config's own rule goes: the repository's guardrail and policy settings
    // still apply (they are not "rules only it could define").
    expect(merged.config.disable).toEqual(['artifact/model-weights', 'review/infra']);
    expect(Object.keys(merged.config.overrides)).toEqual(['policy/stale']);
  });

  it("with every central config read, the packs are the central config's (as the Action had them)", async () => {
    const config = parseConfig(`extends: [${REF}]\n`, '.mandate.yml');
    const central = centralOf({ [REF]: 'extends: [ai-services]\n' });
    const merged = await withCentralConfigs(central, { config, ignore: [], baseline: new Set() });
    // Not `recommended` too: the defaults stand in only for a central config that was not read.
    expect(merged.config.extends).toEqual(['ai-services']);
  });

  it('a reader that throws fails the load (CI never runs on a partial policy)', async () => {
    const config = parseConfig(`extends: [recommended, ${REF}]\n`, '.mandate.yml');
    const failing: CentralReader = {
      async read() {
        throw new MandateError('cannot be read');
      },
    };
    await expect(
      withCentralConfigs(failing, { config, ignore: [], baseline: new Set() }),
    ).rejects.toThrow('cannot be read');
  });
});
