/**
 * An incomplete scan in every format, from the engine's own result: the `scan/incomplete`
 * finding (why the file could not be read, what to do) and the decision's `incomplete` reason.
 * No format offers to ignore it: no ignore file or baseline suppresses an incomplete scan.
 */
import { describe, expect, it } from 'vitest';
import { scanChangeSet } from '../../src/core/engine.js';
import type { Context, ScanResult } from '../../src/core/types.js';
import { toJsonReport } from '../../src/reporters/json.js';
import { formatMarkdown } from '../../src/reporters/markdown.js';
import { toSarifLog } from '../../src/reporters/sarif.js';
import { formatText } from '../../src/reporters/text.js';
import { changeSetOf, compileTestRules, unreadable } from '../engine/helpers.js';

const ci: Context = { mode: 'ci', now: new Date('2026-01-01T00:00:00Z') };
const WHY = 'docs/locked.md could not be read (no permission to read it)';
const REASON =
  'The scan is incomplete: 1 file could not be scanned in full (docs/locked.md), so nothing is approved.';

async function incompleteResult(): Promise<ScanResult> {
  return scanChangeSet(
    changeSetOf([unreadable('docs/locked.md', 'no permission to read it')], 'paths', 'docs'),
    {
      rules: compileTestRules(),
      failOn: 'high',
      ignore: [],
      baseline: new Set(),
      blockUnreadable: true,
    },
    ci,
  );
}

describe('an incomplete scan in every format', () => {
  it('text: the finding with why and what to do, the reason, and no ignore hint', async () => {
    const text = formatText(await incompleteResult(), { color: false });
    expect(text).toContain('scan/incomplete');
    expect(text).toContain(WHY);
    expect(text).toContain(REASON);
    expect(text).toContain('allowlist.paths');
    expect(text).not.toContain('Not a secret?');
    expect(text).not.toContain('.mandateignore:');
  });

  it('markdown (the --format markdown page and the job summary): the same', async () => {
    const markdown = formatMarkdown(await incompleteResult());
    expect(markdown).toContain('`scan/incomplete`');
    expect(markdown).toContain(WHY);
    expect(markdown).toContain(REASON);
    expect(markdown).not.toContain('Not a secret?');
  });

  it('JSON: a finding of kind scan and an incomplete reason', async () => {
    const json = toJsonReport(await incompleteResult());
    expect(json.decision).toBe('block');
    expect(json.findings).toEqual([
      expect.objectContaining({
        ruleId: 'scan/incomplete',
        kind: 'scan',
        path: 'docs/locked.md',
        blocking: true,
        redacted: '',
        message: expect.stringContaining(WHY),
      }),
    ]);
    expect(json.reasons).toEqual([{ kind: 'incomplete', count: 1, files: ['docs/locked.md'] }]);
    expect(json.stats.skipped).toEqual({ unreadable: 1 });
  });

  it('SARIF: an error result, a rule that says how to complete the scan, an unsuccessful run', async () => {
    const log = toSarifLog(await incompleteResult(), { toolVersion: '0.0.0' });
    const run = log.runs[0]!;
    expect(run.invocations?.[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: REASON } }],
    });
    expect(run.results).toEqual([
      expect.objectContaining({
        ruleId: 'scan/incomplete',
        level: 'error',
        message: expect.objectContaining({ text: expect.stringContaining(WHY) }),
      }),
    ]);
    const descriptor = run.tool.driver.rules?.find((rule) => rule.id === 'scan/incomplete');
    expect(descriptor?.help?.text).toContain('allowlist.paths');
    expect(descriptor?.help?.text).not.toContain('revoke it at its provider');
  });
});
