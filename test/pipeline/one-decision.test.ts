/**
 * One decision, from data: `conclude` is the only place a verdict is taken, its reasons are
 * data (`why`) that the sentences are made from, and a result concluded again over more
 * findings keeps what the families explained (an unmet review, a break-glass).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conclude, describeReason } from '../../src/core/decision.js';
import type { Context, Evaluation, Finding } from '../../src/core/types.js';
import { toJsonReport } from '../../src/reporters/json.js';
import { ROOT, tsSources } from '../support/sources.js';

const now = new Date('2026-01-01T00:00:00Z');
const ci: Context = { mode: 'ci', now };

function finding(path: string, line: number, blocking: boolean, ruleId: string): Finding {
  return {
    ruleId,
    kind: ruleId.startsWith('review/')
      ? 'review'
      : ruleId.startsWith('policy/')
        ? 'policy'
        : 'secret',
    severity: 'high',
    path,
    line,
    endLine: line,
    column: 1,
    message: 'm',
    redacted: '',
    fingerprint: `${ruleId}:${path}:${line}`,
    blocking,
  };
}

function evaluation(findings: Finding[], extra: Partial<Evaluation> = {}): Evaluation {
  return {
    findings,
    stats: {
      files: 1,
      bytes: 1,
      lines: 1,
      durationMs: 0,
      skipped: {},
      suppressed: { inline: 0, ignoreFile: 0, baseline: 0, allowlist: 0 },
    },
    rules: [],
    unusedIgnores: [],
    scope: 'pull-request',
    description: 'pull request #1',
    ...extra,
  };
}

const review = {
  kind: 'review-required' as const,
  ruleId: 'review/security',
  status: 'pending' as const,
  blocking: true,
  sentence:
    'review/security needs an approval from @acme/security on the latest commit (0 of 1 so far).',
  unblock: 'Ask @acme/security to approve the latest commit (review/security).',
};

describe('one decision', () => {
  it('gives every reason as data, and its sentence is made from that data', () => {
    const result = conclude(
      evaluation([
        finding('a.env', 1, true, 'secret/github-pat'),
        finding('b.env', 2, true, 'secret/github-pat'),
        finding('c.env', 3, true, 'secret/github-pat'),
        finding('d.env', 4, true, 'secret/github-pat'),
        { ...finding('pipe', 1, true, 'scan/incomplete'), kind: 'scan' },
      ]),
      ci,
    );
    expect(result.decision).toBe('block');
    expect(result.why).toEqual([
      {
        kind: 'blocking-findings',
        findingKind: 'secret',
        count: 4,
        findings: [
          { ruleId: 'secret/github-pat', path: 'a.env', line: 1 },
          { ruleId: 'secret/github-pat', path: 'b.env', line: 2 },
          { ruleId: 'secret/github-pat', path: 'c.env', line: 3 },
        ],
      },
      { kind: 'incomplete', count: 1, files: ['pipe'] },
    ]);
    expect(result.reasons).toEqual((result.why ?? []).map(describeReason));
    expect(result.reasons[0]).toBe(
      '4 blocking secret findings: secret/github-pat in a.env:1, secret/github-pat in b.env:2, secret/github-pat in c.env:3 and 1 more.',
    );
  });

  it('keeps an unmet review and a break-glass when concluded again over more findings', () => {
    const reviewed = conclude(
      evaluation([finding('infra/a.tf', 1, true, 'review/security')], {
        explanations: [review],
      }),
      ci,
    );
    expect(reviewed.reasons).toEqual([review.sentence]);
    // A policy family merged afterwards: the review still speaks for itself.
    const merged = conclude(
      {
        ...reviewed,
        findings: [...reviewed.findings, finding('POLICY.md', 1, true, 'policy/stale')],
      },
      ci,
    );
    expect(merged.decision).toBe('block');
    expect(merged.why?.map((reason) => reason.kind)).toEqual([
      'blocking-findings',
      'review-required',
    ]);
    expect(merged.reasons[1]).toBe(review.sentence);
    expect(merged.unblock).toContain(review.unblock);

    const waived = conclude(
      evaluation([finding('infra/a.tf', 1, false, 'review/security')], {
        explanations: [
          { ...review, status: 'waived', blocking: false },
          {
            kind: 'break-glass',
            by: 'ada',
            at: '2026-01-01T00:00:00Z',
            reason: 'outage',
            waived: ['review/security'],
          },
        ],
      }),
      ci,
    );
    expect(waived.decision).toBe('pass');
    expect(waived.why?.map((reason) => reason.kind)).toEqual(['break-glass']);
    expect(waived.reasons[0]).toMatch(
      /^⚠️ BREAK-GLASS: @ada broke glass .*waiving review\/security/,
    );
    expect(waived.unblock).toEqual([]);
  });

  it('puts the structured reasons last in the JSON report, after the version 1 keys', () => {
    const report = toJsonReport(conclude(evaluation([]), ci));
    expect(Object.keys(report)).toEqual(['version', 'decision', 'findings', 'stats', 'reasons']);
    expect(report.reasons).toEqual([{ kind: 'no-findings' }]);
  });
});

describe('one place decides', () => {
  const files = tsSources('src', 'action/src').map((file) => join(ROOT, file));

  it('calls decide( in exactly one place outside the tests', () => {
    const calls = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /\bdecide\(/.test(line) && !/function decide\(/.test(line)
            ? [`${relative(ROOT, file)}:${i + 1}`]
            : [],
        ),
    );
    expect(calls).toEqual([expect.stringMatching(/^src\/core\/decision\.ts:\d+$/)]);
  });

  it('compares no reason sentence', () => {
    const offending = files.filter((file) =>
      /reasons(\[\d+\]|\.\w+\(\(?\w+\)? => \w+\.startsWith)|'No findings\.'\s*[=!]==|===\s*'No findings\.'/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offending.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
