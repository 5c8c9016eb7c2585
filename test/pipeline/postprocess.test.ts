import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/core/fingerprint.js';
import { applyBaseline } from '../../src/core/postprocess/baseline.js';
import { dedupe, isGenericRule } from '../../src/core/postprocess/dedupe.js';
import { applyIgnoreFile } from '../../src/core/postprocess/ignore-file.js';
import { finalizeFindings } from '../../src/core/postprocess/index.js';
import {
  applyInlineAllow,
  hasInlineAllow,
  inlineAllowReason,
} from '../../src/core/postprocess/inline-allow.js';
import { toFinding } from '../../src/core/postprocess/redact.js';
import { sortFindings } from '../../src/core/postprocess/sort.js';
import type { Finding, RawFinding } from '../../src/core/types.js';
import { fakeChars, fakeKey } from './fake.js';

function raw(overrides: Partial<RawFinding> = {}): RawFinding {
  const secret = overrides.secret ?? fakeKey();
  return {
    ruleId: 'secret/openai-api-key',
    kind: 'secret',
    severity: 'critical',
    title: 'OpenAI API key',
    provider: 'OpenAI',
    path: 'src/app.py',
    line: 12,
    endLine: 12,
    column: 11,
    secret,
    lineText: `API_KEY = "${secret}"`,
    blocking: true,
    ...overrides,
  };
}

const withFp = (r: RawFinding) => ({
  ...r,
  fingerprint: fingerprintOf(r.ruleId, r.path, r.secret),
});

describe('inline allow', () => {
  it.each([
    ['x = "v"  # mandate:allow test fixture', true, 'test fixture'],
    ['x = "v"  // mandate:allow', true, null],
    ['x = "v"  /* mandate:allow: revoked key */', true, 'revoked key'],
    ['x = "v"  # gitleaks:allow', true, null],
    ['x = "v"  # mandate:allowed', false, null],
    ['x = "v"  # mandate allow', false, null],
    ['x = "v"', false, null],
  ])('%s', (lineText, allowed, reason) => {
    expect(hasInlineAllow(lineText)).toBe(allowed);
    expect(inlineAllowReason(lineText)).toBe(reason);
    const { kept, dropped } = applyInlineAllow([raw({ lineText }), raw({ lineText: 'y = 1' })]);
    expect(dropped).toBe(allowed ? 1 : 0);
    expect(kept).toHaveLength(allowed ? 1 : 2);
  });
});

describe('ignore file step', () => {
  const a = withFp(raw({ secret: fakeKey(1) }));
  const b = withFp(raw({ secret: fakeKey(2), line: 20 }));
  it.each([
    ['no entries', [], 2, []],
    ['one matching entry', [a.fingerprint], 1, []],
    ['an entry that matches nothing is unused', [fingerprintOf('secret/x', 'y', 'z')], 2, [1]],
    ['both match', [a.fingerprint, b.fingerprint], 0, []],
  ])('%s', (_name, fingerprints, keptCount, unusedLines) => {
    const entries = fingerprints.map((fingerprint, i) => ({
      fingerprint,
      reason: 'r',
      line: i + 1,
    }));
    const result = applyIgnoreFile([a, b], entries);
    expect(result.kept).toHaveLength(keptCount);
    expect(result.dropped).toBe(2 - keptCount);
    expect(result.unused.map((u) => u.line)).toEqual(unusedLines);
  });
});

describe('baseline step', () => {
  it('drops findings whose fingerprint is in the baseline', () => {
    const a = withFp(raw({ secret: fakeKey(1) }));
    const b = withFp(raw({ secret: fakeKey(2) }));
    expect(applyBaseline([a, b], new Set([b.fingerprint]))).toEqual({ kept: [a], dropped: 1 });
    expect(applyBaseline([a, b], new Set())).toEqual({ kept: [a, b], dropped: 0 });
  });
});

describe('dedupe step', () => {
  const secret = fakeKey(3);
  const specific = raw({ secret, column: 11 });
  const generic = raw({
    ruleId: 'secret/generic-api-key',
    provider: 'generic',
    title: 'Generic API key',
    blocking: false,
    severity: 'medium',
    secret,
    column: 11,
  });
  it.each<[string, RawFinding[], string[]]>([
    [
      'generic yields to specific on the same secret',
      [generic, specific],
      ['secret/openai-api-key'],
    ],
    [
      'generic yields when its match contains the specific secret',
      [{ ...generic, secret: `API_KEY=${secret}`, column: 1 }, specific],
      ['secret/openai-api-key'],
    ],
    [
      'generic yields when the spans overlap on the line',
      [{ ...generic, secret: `${secret.slice(5)}xyz`, column: 16 }, specific],
      ['secret/openai-api-key'],
    ],
    [
      'generic on another line stays',
      [{ ...generic, line: 13, endLine: 13 }, specific],
      ['secret/generic-api-key', 'secret/openai-api-key'],
    ],
    [
      'generic in another file stays',
      [{ ...generic, path: 'other.py' }, specific],
      ['secret/generic-api-key', 'secret/openai-api-key'],
    ],
    [
      'generic with a different secret on the same line stays',
      [{ ...generic, secret: fakeChars(40, 9), column: 80 }, specific],
      ['secret/generic-api-key', 'secret/openai-api-key'],
    ],
    [
      'the same rule at the same place counts once',
      [specific, { ...specific }],
      ['secret/openai-api-key'],
    ],
    [
      'the same secret on different lines is kept twice',
      [specific, { ...specific, line: 30, endLine: 30 }],
      ['secret/openai-api-key', 'secret/openai-api-key'],
    ],
    [
      'two specific rules on one secret are both kept',
      [specific, { ...specific, ruleId: 'secret/other' }],
      ['secret/openai-api-key', 'secret/other'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(dedupe(input.map(withFp)).map((f) => f.ruleId)).toEqual(expected);
  });

  it.each([
    ['secret/generic-api-key', 'x', true],
    ['secret/generic', 'x', true],
    ['secret/genericity', 'x', false],
    ['secret/openai-api-key', 'OpenAI', false],
    ['secret/high-entropy', 'generic', true],
  ])('isGenericRule(%s, %s) = %s', (ruleId, provider, expected) => {
    expect(isGenericRule({ ruleId, provider })).toBe(expected);
  });
});

describe('redact step (toFinding)', () => {
  it.each([
    ['critical', 'high', true, true],
    ['high', 'high', true, true],
    ['medium', 'high', true, false],
    ['critical', 'critical', true, true],
    ['info', 'info', true, true],
    ['critical', 'info', false, false],
  ] as const)(
    'severity %s, fail_on %s, rule blocking %s → blocking %s',
    (severity, failOn, ruleBlocks, expected) => {
      expect(toFinding(withFp(raw({ severity, blocking: ruleBlocks })), failOn).blocking).toBe(
        expected,
      );
    },
  );

  it('carries no secret, a redacted form, the fingerprint and the commit', () => {
    const secret = fakeKey(5);
    const r = withFp(
      raw({
        secret,
        commit: {
          sha: 'a'.repeat(40),
          author: 'Ada',
          email: 'ada@example.com',
          date: '2026-01-02T03:04:05Z',
        },
      }),
    );
    const finding = toFinding(r, 'high');
    expect(finding).toEqual({
      ruleId: 'secret/openai-api-key',
      kind: 'secret',
      severity: 'critical',
      path: 'src/app.py',
      line: 12,
      endLine: 12,
      column: 11,
      message: 'OpenAI API key: rotate this credential at OpenAI, then remove it from the change.',
      redacted: 'sk-pro…(56 chars)',
      fingerprint: r.fingerprint,
      blocking: true,
      title: 'OpenAI API key',
      provider: 'OpenAI',
      commit: 'a'.repeat(40),
      author: 'Ada',
      date: '2026-01-02T03:04:05Z',
    });
    expect(JSON.stringify(finding)).not.toContain(secret);
  });

  it('masks a secret that a rule title happens to contain', () => {
    const secret = fakeChars(20);
    const finding = toFinding(withFp(raw({ secret, title: `Key ${secret}` })), 'high');
    expect(finding.message).not.toContain(secret);
  });
});

describe('sort step', () => {
  it('orders by path, line, column, rule id', () => {
    const f = (path: string, line: number, column: number, ruleId: string) =>
      ({ path, line, column, ruleId, fingerprint: `${ruleId}:${path}:x` }) as Finding;
    const input = [
      f('b.ts', 1, 1, 'secret/a'),
      f('a.ts', 2, 1, 'secret/a'),
      f('a.ts', 1, 5, 'secret/a'),
      f('a.ts', 1, 1, 'secret/b'),
      f('a.ts', 1, 1, 'secret/a'),
      f('B.ts', 1, 1, 'secret/a'),
    ];
    expect(sortFindings(input).map((x) => `${x.path}:${x.line}:${x.column}:${x.ruleId}`)).toEqual([
      'B.ts:1:1:secret/a',
      'a.ts:1:1:secret/a',
      'a.ts:1:1:secret/b',
      'a.ts:1:5:secret/a',
      'a.ts:2:1:secret/a',
      'b.ts:1:1:secret/a',
    ]);
  });
});

describe('finalizeFindings', () => {
  const secrets = [fakeKey(11), fakeKey(12), fakeKey(13), fakeKey(14), fakeKey(15)];
  const inputs: RawFinding[] = [
    raw({ secret: secrets[0]!, path: 'z.py', line: 3, endLine: 3 }),
    raw({
      secret: secrets[1]!,
      line: 5,
      endLine: 5,
      lineText: 'k = "…" # mandate:allow test data',
    }),
    raw({ secret: secrets[2]!, line: 7, endLine: 7 }),
    raw({ secret: secrets[3]!, line: 9, endLine: 9 }),
    raw({ secret: secrets[4]!, line: 1, endLine: 1, severity: 'low' }),
    // A generic match on the ignored secret must not come back as a warning.
    raw({
      secret: secrets[2]!,
      line: 7,
      endLine: 7,
      ruleId: 'secret/generic-api-key',
      provider: 'generic',
      blocking: false,
    }),
  ];
  const ignored = fingerprintOf('secret/openai-api-key', 'src/app.py', secrets[2]!);
  const baselined = fingerprintOf('secret/openai-api-key', 'src/app.py', secrets[3]!);
  const stale = fingerprintOf('secret/openai-api-key', 'gone.py', secrets[0]!);
  const result = finalizeFindings(inputs, {
    failOn: 'high',
    ignore: [
      { fingerprint: ignored, reason: 'test fixture', line: 1 },
      { fingerprint: stale, reason: 'file removed', line: 2 },
    ],
    baseline: new Set([baselined]),
  });

  it('runs every step in order', () => {
    expect(result.suppressed).toEqual({ inline: 1, ignoreFile: 1, baseline: 1 });
    expect(result.unusedIgnores).toEqual([{ fingerprint: stale, reason: 'file removed', line: 2 }]);
    expect(result.findings.map((f) => [f.path, f.line, f.blocking])).toEqual([
      ['src/app.py', 1, false],
      ['z.py', 3, true],
    ]);
  });

  it('lets no raw secret survive into the findings', () => {
    const json = JSON.stringify(result);
    for (const secret of secrets) {
      expect(json).not.toContain(secret);
      expect(json).not.toContain(secret.slice(6, 26));
    }
  });
});
