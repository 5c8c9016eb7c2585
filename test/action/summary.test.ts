/**
 * The job summary is the one Markdown report (src/reporters/markdown.ts) with the Action's parts
 * around it: the same table, the same row cap, and a sentence where the cap is reached.
 */
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../action/src/evidence.js';
import { jobSummary } from '../../action/src/summary.js';
import type { Finding, ScanResult } from '../../src/core/types.js';
import { formatMarkdown, MAX_TABLE_ROWS } from '../../src/reporters/markdown.js';
import { blockResult } from '../reporters/fixtures.js';

function manyFindings(n: number): ScanResult {
  const result = blockResult();
  const base = result.findings[2]!;
  result.findings = Array.from(
    { length: n },
    (_, i): Finding => ({
      ...base,
      path: `src/file-${i}.ts`,
      line: i + 1,
      endLine: i + 1,
      fingerprint: `${base.ruleId}:src/file-${i}.ts:${String(i).padStart(64, '0')}`,
    }),
  );
  return result;
}

function summaryOf(result: ScanResult | null, idleReason?: string): string {
  const evidence = buildEvidence({
    version: '1.2.3',
    repository: 'octo-org/app',
    event: 'pull_request',
    pullRequest: 7,
    ref: 'refs/pull/7/merge',
    baseSha: 'a'.repeat(40),
    headSha: 'b'.repeat(40),
    actor: 'alice',
    now: new Date('2026-01-02T03:04:05Z'),
    runUrl: null,
    config: {
      path: null,
      sha256: null,
      commit: 'a'.repeat(40),
      source: 'defaults',
      changedByChange: false,
      changedFiles: [],
      central: [],
    },
    result,
    annotations: 'checks',
    notes: [],
  });
  return jobSummary({
    result,
    notes: ['One note.'],
    evidence,
    ...(idleReason === undefined ? {} : { idleReason }),
  });
}

/** Rows of the findings table (five cells, severity first). */
function findingRows(md: string): string[] {
  return md.split('\n').filter((l) => /^\| \S+ (critical|high|medium|low|info) \|/.test(l));
}

describe('job summary', () => {
  it('has the same findings table as --format markdown, under the Action verdict', () => {
    const result = blockResult();
    const summary = summaryOf(result);
    const cli = formatMarkdown(result);
    expect(summary.split('\n')[0]).toBe('## ❌ mandate: blocked — 3 blocking findings');
    expect(findingRows(summary)).toEqual(findingRows(cli));
    expect(findingRows(summary)).toHaveLength(result.findings.length);
    expect(summary).toContain('### How to fix');
    expect(summary).toContain('### Notes');
    expect(summary).toContain('### Evidence');
  });

  it(`caps the table at ${MAX_TABLE_ROWS} rows and says how many more, and where they are`, () => {
    const summary = summaryOf(manyFindings(412));
    expect(findingRows(summary)).toHaveLength(MAX_TABLE_ROWS);
    expect(summary).toContain(
      '_… and 212 more findings not listed here; the evidence file and the SARIF report have all of them._',
    );
    // The embedded evidence record is capped the same way, and says so.
    const embedded = summary.split('```json\n')[1]!.split('\n```')[0]!;
    expect((JSON.parse(embedded) as { findings: unknown[] }).findings).toHaveLength(MAX_TABLE_ROWS);
    expect(summary.match(/_… and 212 more findings not listed here;/g)).toHaveLength(2);
  });

  it('says nothing about a cap when every finding fits', () => {
    const summary = summaryOf(manyFindings(MAX_TABLE_ROWS));
    expect(findingRows(summary)).toHaveLength(MAX_TABLE_ROWS);
    expect(summary).not.toContain('not listed here');
  });

  it('with nothing to judge, says why and still shows the evidence', () => {
    const summary = summaryOf(null, 'The pull request is a draft.');
    expect(summary.split('\n')[0]).toBe('## ✅ mandate: nothing to judge');
    expect(summary).toContain('The pull request is a draft.');
    expect(summary).toContain('### Evidence');
    expect(summary).not.toContain('### Findings');
  });
});
