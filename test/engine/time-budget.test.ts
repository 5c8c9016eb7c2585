/**
 * The backstop behind the ReDoS checks: a file whose rules run past the per-file time budget
 * stops being scanned and becomes a `scan/incomplete` finding naming the file and the rule —
 * blocking in CI and locally, a warning in the hook — instead of holding the scan.
 */
import { describe, expect, test } from 'vitest';
import { scanChangeSet } from '../../src/core/engine.js';
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import { compileRules } from '../../src/core/secret/compile.js';
import type { ChangedFile, Context } from '../../src/core/types.js';
import { changeSetOf, fileOf, GITHUB_TEST_SPEC, ghToken } from './helpers.js';

/** A rule no config would pass (the load-time checker rejects it): slow on runs of `a`. */
const SLOW: SecretRuleSpec = {
  id: 'secret/slow-custom',
  title: 'Slow custom rule',
  provider: 'custom',
  description: 'backtracks exponentially',
  severity: 'high',
  keywords: ['aaaa'],
  regex: '(?:a|aa)+b',
  remediation: 'rewrite it',
};

/** The same backtracking, in a rule tried only at the starts of its keyword (`aaaa`). */
const SLOW_LED: SecretRuleSpec = {
  ...SLOW,
  id: 'secret/slow-led',
  title: 'Slow keyword-led rule',
  regex: '(?:aaaa)(?:a|aa)+b',
};

const rules = compileRules([GITHUB_TEST_SPEC, SLOW], {
  allowlist: { paths: [], regexes: [], stopwords: [] },
  overrides: {},
});

async function scan(mode: Context['mode'], files: ChangedFile[], fileBudgetMs: number) {
  return scanChangeSet(
    changeSetOf(files),
    { rules, failOn: 'high', ignore: [], baseline: new Set(), fileBudgetMs },
    { mode, now: new Date('2026-01-01T00:00:00Z') },
  );
}

// About 2^26 steps for the slow rule: a second or so, far past a 50 ms budget.
const SLOW_LINE = `${'a'.repeat(30)}!\n`;

describe('the per-file time budget', () => {
  test('a file past the budget is a blocking scan/incomplete finding naming file and rule', async () => {
    const token = ghToken();
    const result = await scan(
      'ci',
      [fileOf('slow.txt', SLOW_LINE.repeat(3)), fileOf('ok.ts', `const t = "${token}";\n`)],
      50,
    );
    const incomplete = result.findings.filter((f) => f.ruleId === 'scan/incomplete');
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]).toMatchObject({ kind: 'scan', path: 'slow.txt', blocking: true });
    expect(incomplete[0]!.message).toContain('secret/slow-custom');
    expect(incomplete[0]!.message).toContain('slow.txt');
    // The other file was still scanned.
    expect(result.findings.some((f) => f.ruleId === 'secret/github-test')).toBe(true);
    expect(result.decision).toBe('block');
  });

  test('a rule tried at keyword starts that runs past the budget is the one named', async () => {
    const led = compileRules([GITHUB_TEST_SPEC, SLOW_LED], {
      allowlist: { paths: [], regexes: [], stopwords: [] },
      overrides: {},
    });
    expect(led.rules[1]!.startKeywords).not.toBeNull();
    const result = await scanChangeSet(
      changeSetOf([
        fileOf('slow.txt', `${'a'.repeat(36)}!\n${'a'.repeat(36)}!\nconst t = "${ghToken()}";\n`),
      ]),
      { rules: led, failOn: 'high', ignore: [], baseline: new Set(), fileBudgetMs: 50 },
      { mode: 'ci', now: new Date('2026-01-01T00:00:00Z') },
    );
    const incomplete = result.findings.filter((f) => f.ruleId === 'scan/incomplete');
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]!.message).toContain('secret/slow-led');
  });

  test('in the hook it warns (CI runs the same check) and never hangs', async () => {
    const result = await scan('hook', [fileOf('slow.txt', SLOW_LINE.repeat(3))], 50);
    expect(result.findings.map((f) => [f.ruleId, f.blocking])).toEqual([
      ['scan/incomplete', false],
    ]);
    expect(result.decision).toBe('pass');
  });

  test('within the budget nothing changes', async () => {
    const result = await scan('ci', [fileOf('fine.txt', 'aaaa b\n')], 5_000);
    expect(result.findings).toEqual([]);
    expect(result.decision).toBe('pass');
  });
});
