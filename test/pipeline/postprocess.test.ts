import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/core/fingerprint.js';
import { applyBaseline } from '../../src/core/postprocess/baseline.js';
import { dedupe, isGenericRule } from '../../src/core/postprocess/dedupe.js';
import { applyIgnoreFile } from '../../src/core/postprocess/ignore-file.js';
import { finalizeFindings } from '../../src/core/postprocess/index.js';
import { applyInlineAllow } from '../../src/core/postprocess/inline-allow.js';
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

/** A finding of `secret` on `lineText`, at the secret's first occurrence. */
function onLine(lineText: string, secret: string, overrides: Partial<RawFinding> = {}) {
  return raw({ lineText, secret, column: lineText.indexOf(secret) + 1, ...overrides });
}

describe('inline allow', () => {
  const key = fakeKey(40);
  // [line (KEY stands for the secret), suppressed?, the reason kept, or what the finding says]
  it.each([
    ['x = "KEY"  # mandate:allow test fixture', true, 'test fixture'],
    ['x = "KEY"  /* mandate:allow: revoked key */', true, 'revoked key'],
    ['x = "KEY"  // mandate:allow reason="docs example"', true, 'docs example'],
    ['x = "KEY"  <!-- mandate:allow rendered in the docs -->', true, 'rendered in the docs'],
    ['x = "KEY"  # gitleaks:allow revoked in 2025', true, 'revoked in 2025'],
    ['x = "KEY"  -- mandate:allow seed data', true, 'seed data'],
    ["x = f'KEY'  # mandate:allow test", true, 'test'],
    ["it's = 'KEY'  # mandate:allow test", true, 'test'],
    // No reason: the finding stays and says how to add one.
    ['x = "KEY"  // mandate:allow', false, /gives no reason/],
    ['x = "KEY"  # gitleaks:allow', false, /`gitleaks:allow` on this line gives no reason/],
    ['x = "KEY"  # mandate:allow: -', false, /gives no reason/],
    // Not in a comment: inside the string literal, or after an apostrophe-free quote.
    ['x = "KEY  # mandate:allow test fixture"', false, /not in a comment/],
    ["x = 'KEY // mandate:allow test fixture'", false, /not in a comment/],
    ['x = `KEY # mandate:allow test fixture`', false, /not in a comment/],
    ["x = f'KEY # mandate:allow test'", false, /not in a comment/],
    ['url: https://h/KEY//mandate:allow test', false, /not in a comment/],
    // The value inside the allow comment itself is not covered.
    ['# KEY mandate:allow docs example', false, /applies to one value/],
    ['x = "KEY"  # mandate:allowed', false, null],
    ['x = "KEY"  # mandate allow', false, null],
    ['x = "KEY"', false, null],
  ])('%s', (template, suppressed, expected) => {
    const lineText = template.replace('KEY', key);
    const { kept, allowed } = applyInlineAllow([onLine(lineText, key), raw({ lineText: 'y = 1' })]);
    expect(allowed).toHaveLength(suppressed ? 1 : 0);
    expect(kept).toHaveLength(suppressed ? 1 : 2);
    if (suppressed) expect(allowed[0]!.allow.reason).toBe(expected);
    else if (expected === null) expect(kept[0]!.allowRefused).toBeUndefined();
    else expect(kept[0]!.allowRefused).toMatch(expected as RegExp);
  });

  it('a line with several values: the allow covers the last one before its comment only', () => {
    const [a, b, c] = [fakeKey(41), fakeKey(42), fakeKey(43)];
    const lineText = `{"a":"${a}","b":"${b}","c":"${c}"} // mandate:allow: the c fixture`;
    const { kept, allowed } = applyInlineAllow([
      onLine(lineText, a),
      onLine(lineText, b),
      onLine(lineText, c),
      // Another rule on the same value is the same value.
      onLine(lineText, c, { ruleId: 'secret/generic-api-key', provider: 'generic' }),
    ]);
    expect(allowed.map((f) => f.secret)).toEqual([c, c]);
    expect(kept.map((f) => f.secret)).toEqual([a, b]);
    expect(kept[0]!.allowRefused).toMatch(/applies to one value, the last one before the comment/);
  });

  it('a one-line JSON file: a marker inside a string allows nothing', () => {
    const [a, b] = [fakeKey(44), fakeKey(45)];
    const lineText = `{"a":"${a}","note":"mandate:allow test","b":"${b}"}`;
    const { kept, allowed } = applyInlineAllow([onLine(lineText, a), onLine(lineText, b)]);
    expect(allowed).toEqual([]);
    expect(kept.map((f) => f.allowRefused)).toEqual([
      expect.stringMatching(/not in a comment/),
      expect.stringMatching(/not in a comment/),
    ]);
  });

  it('a PEM block is not allowed from its BEGIN line', () => {
    const lineText = '-----BEGIN RSA PRIVATE KEY----- # mandate:allow test key';
    const pem = raw({
      lineText,
      column: 1,
      line: 3,
      endLine: 9,
      secret: '-----BEGIN RSA PRIVATE KEY-----\nAAAA',
    });
    const { kept, allowed } = applyInlineAllow([pem]);
    expect(allowed).toEqual([]);
    expect(kept[0]!.allowRefused).toMatch(/spans several lines.*\.mandateignore/);
  });

  it('a value pasted into the reason is redacted there', () => {
    const other = fakeKey(46);
    const lineText = `x = "${key}"  # mandate:allow see ${other}`;
    const { allowed, kept } = applyInlineAllow([onLine(lineText, key), onLine(lineText, other)]);
    expect(allowed).toHaveLength(1);
    expect(allowed[0]!.allow.reason).not.toContain(other);
    expect(allowed[0]!.allow.reason).toMatch(/^see .*…\(\d+ chars\)$/);
    expect(kept.map((f) => f.secret)).toEqual([other]);
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
      column: 6,
      lineText: `k = "${secrets[1]}" # mandate:allow test data`,
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
    expect(result.allowed.map((f) => [f.line, f.allow.reason, f.redacted])).toEqual([
      [5, 'test data', 'sk-pro…(56 chars)'],
    ]);
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
