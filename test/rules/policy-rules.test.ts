/**
 * The policy family's rules are data (rules/families/policy.yml), loaded by scripts/packs.mjs
 * and embedded like the secret packs; not a pack (`extends` cannot name it), and `disable` /
 * `overrides` of a config reach them through the families' chain.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readFamilyRules } from '../../scripts/packs.mjs';
import { mergeCentral, stripLocked } from '../../src/config/central.js';
import { parseConfig } from '../../src/config/parse.js';
import { addFamily } from '../../src/core/family.js';
import { defaultPolicyConfig } from '../../src/core/policy/defaults.js';
import { policyFamily } from '../../src/core/policy/family.js';
import { POLICY_RULES } from '../../src/core/policy/rules.js';
import type { Evaluation } from '../../src/core/types.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { emptyStats } from '../reporters/fixtures.js';
import { scratch } from '../support/scratch.js';

const tmp = scratch();

function scratchRules(yaml: string): string {
  const base = tmp.tempDir('mandate-family-rules-');
  mkdirSync(join(base, 'rules', 'families'), { recursive: true });
  writeFileSync(join(base, 'rules', 'families', 'policy.yml'), yaml);
  return base;
}

const empty: Evaluation = {
  findings: [],
  stats: emptyStats(),
  rules: [],
  unusedIgnores: [],
  scope: 'paths',
  description: 'x',
};

describe('policy rules as data', () => {
  test('the engine runs with the rules of rules/families/policy.yml, each id once', () => {
    const data = readFamilyRules('policy');
    expect(Object.values(POLICY_RULES)).toEqual(data);
    expect(data.map((rule) => rule.id)).toContain('policy/stale');
    expect(data.every((rule) => rule.kind === 'policy' && rule.provider === 'policy')).toBe(true);
    // Not a pack: `extends` cannot name it, and no pack lists policy rules.
    expect(builtinPacks().some((pack) => pack.rules.some((r) => r.id.startsWith('policy/')))).toBe(
      false,
    );
  });

  test.each([
    [
      'a rule without the family prefix',
      'family: policy\nrules:\n  - id: stale\n',
      /id must start with policy\//,
    ],
    [
      'a bad severity',
      'family: policy\nrules:\n  - { id: policy/x, title: t, description: d, remediation: r, severity: huge, blocking: true }\n',
      /severity must be one of/,
    ],
    [
      'an id listed twice',
      'family: policy\nrules:\n  - { id: policy/x, title: t, description: d, remediation: r, severity: low, blocking: true }\n  - { id: policy/x, title: t, description: d, remediation: r, severity: low, blocking: true }\n',
      /policy\/x is listed twice/,
    ],
    ['another family', 'family: review\nrules: []\n', /"family" must be policy/],
  ])('refuses %s, naming the file', (_name, yaml, message) => {
    const base = scratchRules(yaml);
    expect(() => readFamilyRules('policy', base)).toThrow(/rules\/families\/policy\.yml/);
    expect(() => readFamilyRules('policy', base)).toThrow(message);
  });

  test('`overrides` change a policy rule from the data, `disable` drops it', async () => {
    const documents = [
      {
        path: 'policies/access.md',
        text: '---\nowner: "@acme/security"\nlast_reviewed: "2020-01-01"\nreview_interval: 1 year\n---\n# Access\n\nHow we work.\n',
      },
    ];
    const context = { mode: 'ci' as const, now: new Date('2026-01-01T00:00:00Z') };
    const output = await policyFamily.evaluate(
      { documents, config: defaultPolicyConfig(), failOn: 'high' },
      context,
    );
    const stale = output.findings.find((f) => f.ruleId === 'policy/stale');
    expect(stale).toMatchObject({
      severity: POLICY_RULES['policy/stale'].severity,
      blocking: true,
    });
    const lowered = addFamily(empty, output, {
      context,
      overrides: { 'policy/stale': { severity: 'low' } },
      failOn: 'high',
    });
    expect(lowered.findings.find((f) => f.ruleId === 'policy/stale')).toMatchObject({
      severity: 'low',
      blocking: false,
    });
    expect(lowered.decision).toBe('pass');
    const disabled = addFamily(empty, output, { context, disable: ['policy/stale'] });
    expect(disabled.findings.some((f) => f.ruleId === 'policy/stale')).toBe(false);
  });

  test('a central config locks a policy rule: a local `disable` or weaker override is not applied', () => {
    const org = stripLocked(
      'extends: [recommended]\noverrides:\n  policy/stale: { locked: true }\n',
      'org.yml',
    );
    const merge = (local: string) =>
      mergeCentral(
        parseConfig(local, '.mandate.yml'),
        parseConfig(org.text, 'org.yml'),
        new Set(org.locked),
        'o/p:org.yml',
      );
    const disabled = merge('disable: [policy/stale]\n');
    expect(disabled.config.disable).not.toContain('policy/stale');
    expect(disabled.notes.join(' ')).toMatch(
      /`policy\/stale` is locked .* `disable` was not applied/,
    );
    const weaker = merge('overrides:\n  policy/stale: { blocking: false }\n');
    expect(weaker.config.overrides['policy/stale']?.blocking).not.toBe(false);
    expect(weaker.notes.join(' ')).toMatch(/the local override was not applied/);
  });
});
