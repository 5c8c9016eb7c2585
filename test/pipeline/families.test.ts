/**
 * Rule families share one chain (core/family.ts): `disable` and `overrides` of the config
 * work for policy rules as they do for secret rules, and the ignore file and baseline apply to
 * every family's findings — in the built CLI and in the chain itself.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  addFamily,
  applyOverride,
  type Family,
  isFamilyRuleId,
  run,
  withInput,
} from '../../src/core/family.js';
import { defaultPolicyConfig } from '../../src/core/policy/defaults.js';
import { policyFamily } from '../../src/core/policy/family.js';
import type { Evaluation, Finding } from '../../src/core/types.js';
import { ensureBuilt, mandate, parseJson } from '../e2e/helpers.js';
import { makeRepo, type TestRepo } from '../support/git.js';

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

const now = new Date('2026-01-01T00:00:00Z');

function stale(): Finding {
  return {
    ruleId: 'policy/stale',
    kind: 'policy',
    severity: 'high',
    path: 'policies/access.md',
    line: 4,
    endLine: 4,
    column: 1,
    message: 'stale',
    redacted: '',
    fingerprint: 'policy/stale:policies/access.md:abc',
    blocking: true,
  };
}

function empty(): Evaluation {
  return {
    findings: [],
    stats: {
      files: 0,
      bytes: 0,
      lines: 0,
      durationMs: 0,
      skipped: {},
      suppressed: { inline: 0, ignoreFile: 0, baseline: 0, allowlist: 0 },
    },
    rules: [],
    unusedIgnores: [{ fingerprint: 'policy/stale:policies/access.md:abc', line: 1, reason: 'r' }],
    scope: 'paths',
    description: 'x',
  };
}

describe('the families chain', () => {
  const context = { mode: 'ci' as const, now };

  it('applies overrides: a lower severity below fail_on informs, blocking false informs', () => {
    expect(applyOverride(stale(), { severity: 'low' }, 'high')).toMatchObject({
      severity: 'low',
      blocking: false,
    });
    expect(applyOverride(stale(), { severity: 'critical' }, 'high').blocking).toBe(true);
    expect(applyOverride(stale(), { blocking: false }, 'high').blocking).toBe(false);
    // An override never makes a finding block that its family did not.
    expect(
      applyOverride({ ...stale(), blocking: false }, { blocking: true }, 'high').blocking,
    ).toBe(false);
  });

  it('disables, overrides, ignores and baselines every family alike, then concludes', () => {
    const output = { findings: [stale()], rules: [] };
    expect(addFamily(empty(), output, { context }).decision).toBe('block');
    const disabled = addFamily(empty(), output, { context, disable: ['policy/stale'] });
    expect([disabled.decision, disabled.findings.length]).toEqual(['pass', 0]);
    const lowered = addFamily(empty(), output, {
      context,
      overrides: { 'policy/stale': { severity: 'medium' } },
      failOn: 'high',
    });
    expect(lowered.decision).toBe('pass');
    expect(lowered.why).toEqual([
      {
        kind: 'warnings',
        count: 1,
        findings: [{ ruleId: 'policy/stale', path: 'policies/access.md', line: 4 }],
      },
    ]);
    const ignored = addFamily(empty(), output, {
      context,
      ignore: [{ fingerprint: 'policy/stale:policies/access.md:abc', line: 1, reason: 'r' }],
    });
    expect(ignored.decision).toBe('pass');
    expect(ignored.stats.suppressed.ignoreFile).toBe(1);
    expect(ignored.unusedIgnores).toEqual([]);
    const baselined = addFamily(empty(), output, {
      context,
      baseline: new Set(['policy/stale:policies/access.md:abc']),
    });
    expect([baselined.decision, baselined.stats.suppressed.baseline]).toEqual(['pass', 1]);
  });

  it('runs a new family (head bytes of files) beside the policy family, and decides once', async () => {
    // An artifact-like family: content signatures in the first bytes of a file.
    const artifacts: Family<{ path: string; head: Uint8Array }[]> = {
      kind: 'artifact',
      needs: ['head-bytes'],
      evaluate: (files) => ({
        findings: files
          .filter((file) => file.head[0] === 0x80 && file.head[1] === 0x04)
          .map((file) => ({
            ...stale(),
            ruleId: 'artifact/pickle',
            kind: 'artifact' as const,
            path: file.path,
            line: 1,
            endLine: 1,
            fingerprint: `artifact/pickle:${file.path}`,
          })),
        rules: [],
      }),
    };
    const documents = [
      {
        path: 'policies/access.md',
        text: '---\nowner: "@acme/security"\nlast_reviewed: "2020-01-01"\nreview_interval: 1 year\n---\n# Access\n\nHow we work.\n',
      },
    ];
    const result = await run(
      empty(),
      [
        withInput(artifacts, [
          { path: 'model.pkl', head: Uint8Array.from([0x80, 0x04, 0x95]) },
          { path: 'notes.txt', head: Uint8Array.from([0x68, 0x69]) },
        ]),
        withInput(policyFamily, { documents, config: defaultPolicyConfig(), failOn: 'high' }),
      ],
      { context, disable: ['policy/due-soon'] },
    );
    expect(result.findings.map((f) => [f.ruleId, f.path, f.blocking])).toEqual([
      ['artifact/pickle', 'model.pkl', true],
      ['policy/stale', 'policies/access.md', true],
    ]);
    expect(result.stats.policies).toBe(1);
    expect(result.why).toEqual([
      expect.objectContaining({ kind: 'blocking-findings', findingKind: 'artifact', count: 1 }),
      expect.objectContaining({ kind: 'blocking-findings', findingKind: 'policy', count: 1 }),
    ]);
  });

  it('knows which ids belong to other families', () => {
    expect(isFamilyRuleId('policy/stale')).toBe(true);
    expect(isFamilyRuleId('review/security')).toBe(true);
    expect(isFamilyRuleId('review/security', 'overrides')).toBe(false);
    expect(isFamilyRuleId('policy/stale', 'overrides')).toBe(true);
    expect(isFamilyRuleId('policy/no-such-rule')).toBe(false);
    expect(isFamilyRuleId('secret/openai-api-key')).toBe(false);
  });
});

describe('overrides and disable for policy rules in `mandate check`', () => {
  beforeAll(() => {
    ensureBuilt();
  });

  const doc = `---\ntitle: Access\nowner: "@octo-org/security"\nlast_reviewed: "2020-01-01"\nreview_interval: 1 year\n---\n# Access\n\nHow we work.\n`;

  it.each([
    ['an override below fail_on', 'overrides:\n  policy/stale:\n    severity: medium\n'],
    ['an override that stops blocking', 'overrides:\n  policy/stale:\n    blocking: false\n'],
    ['disable', 'disable:\n  - policy/stale\n'],
  ])('%s lets a stale policy through in CI', (_name, yaml) => {
    repo = makeRepo();
    repo.commit('policies', { 'policies/access.md': doc });
    const before = mandate(repo.dir, ['check', '--mode', 'ci', '--format', 'json']);
    expect(before.status).toBe(1);
    repo.commit('config', { '.mandate.yml': `extends: [recommended]\n${yaml}` });
    const after = mandate(repo.dir, ['check', '--mode', 'ci', '--format', 'json']);
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
    const report = parseJson(after.stdout);
    expect(report.decision).toBe('pass');
    const stale = report.findings.filter((f) => f.ruleId === 'policy/stale');
    expect(stale.every((f) => !f.blocking)).toBe(true);
    expect(stale.length).toBe(yaml.startsWith('disable') ? 0 : 1);
  });

  it('still refuses an override naming no rule of any family', () => {
    repo = makeRepo();
    repo.commit('config', {
      '.mandate.yml':
        'extends: [recommended]\noverrides:\n  policy/no-such-rule:\n    severity: low\n',
    });
    const out = mandate(repo.dir, ['check', '--mode', 'ci']);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/policy\/no-such-rule/);
  });
});
