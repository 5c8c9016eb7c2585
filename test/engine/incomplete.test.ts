/**
 * An incomplete scan is a finding of its own kind: each file the scan had to read and could not
 * is a `scan/incomplete` finding (kind `scan`), made in one place (the end of the secret
 * family), blocking where an unreadable file blocks (`blockUnreadable`: directory scans in CI,
 * the Action), with why it could not be read and what to do — and the decision's `incomplete`
 * reason is derived from those findings, not threaded beside them.
 */
import { describe, expect, test } from 'vitest';
import { conclude } from '../../src/core/decision.js';
import {
  type EngineOptions,
  evaluateTally,
  fileOutcome,
  filePass,
  newTally,
  scanChangeSet,
  tallyOutcome,
} from '../../src/core/engine.js';
import type { Context, Finding } from '../../src/core/types.js';
import { toJsonReport } from '../../src/reporters/json.js';
import { changeSetOf, compileTestRules, fileOf, ghToken, unreadable } from './helpers.js';

const ci: Context = { mode: 'ci', now: new Date('2026-01-01T00:00:00Z') };
const rules = compileTestRules();

function options(extra: Partial<EngineOptions> = {}): EngineOptions {
  return { rules, failOn: 'high', ignore: [], baseline: new Set(), ...extra };
}

const incomplete = (findings: Finding[]) =>
  findings.filter((finding) => finding.ruleId === 'scan/incomplete');

describe('an unreadable file', () => {
  test('is a blocking scan/incomplete finding saying why and what to do, where it blocks', async () => {
    const secret = ghToken();
    const result = await scanChangeSet(
      changeSetOf([
        unreadable('secrets/locked.env', 'no permission to read it'),
        fileOf('app.ts', `const t = "${secret}";\n`),
        unreadable('pipe'),
      ]),
      options({ blockUnreadable: true }),
      ci,
    );
    const found = incomplete(result.findings);
    // In scan order, after the findings of the files that were read.
    expect(found).toEqual([
      expect.objectContaining({
        kind: 'scan',
        severity: 'high',
        path: 'secrets/locked.env',
        line: 1,
        blocking: true,
        redacted: '',
        title: 'The scan of this file is incomplete',
      }),
      expect.objectContaining({ kind: 'scan', path: 'pipe', blocking: true }),
    ]);
    const locked = found[0]!;
    expect(locked.message).toContain(
      'secrets/locked.env could not be read (no permission to read it)',
    );
    expect(locked.message).toContain('allowlist.paths');
    expect(found[1]!.message).toMatch(/^pipe could not be read, so it was not scanned/);
    // No secret text in it; the other file was still scanned.
    expect(JSON.stringify(found)).not.toContain(secret);
    expect(result.findings.some((f) => f.kind === 'secret')).toBe(true);
    // The decision: the secret finding, then the incomplete scan derived from the findings.
    expect(result.decision).toBe('block');
    expect(result.why?.map((reason) => reason.kind)).toEqual(['blocking-findings', 'incomplete']);
    expect(result.why?.[1]).toEqual({
      kind: 'incomplete',
      count: 2,
      files: ['secrets/locked.env', 'pipe'],
    });
    expect(result.unblock.at(-1)).toContain('allowlist.paths');
    // No side channel beside the findings.
    expect(Object.keys(result)).not.toContain('unreadable');
    // The JSON contract carries it as a finding and a reason.
    const json = toJsonReport(result);
    expect(json.findings.filter((f) => f.kind === 'scan').map((f) => f.path)).toEqual([
      'secrets/locked.env',
      'pipe',
    ]);
    expect(json.reasons?.at(-1)).toMatchObject({ kind: 'incomplete', count: 2 });
  });

  test('is only counted where it does not block (a local scan, the hook)', async () => {
    for (const mode of ['local', 'hook'] as const) {
      const result = await scanChangeSet(changeSetOf([unreadable('pipe')]), options(), {
        ...ci,
        mode,
      });
      expect(result.findings).toEqual([]);
      expect(result.stats.skipped).toEqual({ unreadable: 1 });
      expect(result.decision).toBe('pass');
      expect(result.why).toEqual([{ kind: 'no-findings' }]);
    }
  });

  test('cannot be ignored or baselined: only leaving the file out of the scan passes', async () => {
    const first = await scanChangeSet(
      changeSetOf([unreadable('pipe')]),
      options({ blockUnreadable: true }),
      ci,
    );
    const fingerprint = incomplete(first.findings)[0]!.fingerprint;
    const suppressed = await scanChangeSet(
      changeSetOf([unreadable('pipe')]),
      options({
        blockUnreadable: true,
        ignore: [{ fingerprint, reason: 'try', line: 1 }],
        baseline: new Set([fingerprint]),
      }),
      ci,
    );
    expect(incomplete(suppressed.findings)).toHaveLength(1);
    expect(suppressed.decision).toBe('block');
    const left = await scanChangeSet(
      changeSetOf([unreadable('pipe')]),
      options({
        blockUnreadable: true,
        rules: compileTestRules({ allowlist: { paths: ['pipe'] } }),
      }),
      ci,
    );
    expect(left.findings).toEqual([]);
    expect(left.decision).toBe('pass');
  });

  test('a worker outcome gives the same finding as a file tallied in this thread', async () => {
    const file = unreadable('locked', 'a folder that could not be listed');
    const inThread = await scanChangeSet(
      changeSetOf([file]),
      options({ blockUnreadable: true }),
      ci,
    );
    const tally = newTally();
    // What crosses a worker boundary is plain data.
    tallyOutcome(tally, structuredClone(fileOutcome(file, filePass(rules))));
    const evaluation = evaluateTally(
      tally,
      { scope: 'paths', description: 'test files' },
      options({ blockUnreadable: true }),
      ci,
      0,
    );
    expect(evaluation.findings).toEqual(inThread.findings);
    expect(evaluation.findings[0]!.message).toContain('(a folder that could not be listed)');
  });
});

describe('a file past its time budget and an unreadable file', () => {
  test('make one incomplete reason, each file named once', () => {
    const tally = newTally();
    tallyOutcome(tally, fileOutcome(unreadable('pipe'), filePass(rules)));
    tally.counters.overBudget = [{ path: 'slow.txt', ruleId: 'secret/slow', ms: 50 }];
    const result = conclude(
      evaluateTally(
        tally,
        { scope: 'paths', description: 'test files' },
        options({ blockUnreadable: true }),
        ci,
        0,
      ),
      ci,
    );
    expect(incomplete(result.findings).map((f) => f.path)).toEqual(['pipe', 'slow.txt']);
    expect(result.why).toEqual([{ kind: 'incomplete', count: 2, files: ['pipe', 'slow.txt'] }]);
    expect(result.reasons).toEqual([
      'The scan is incomplete: 2 files could not be scanned in full (pipe, slow.txt), so nothing is approved.',
    ]);
  });
});
