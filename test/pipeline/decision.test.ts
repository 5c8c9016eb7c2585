import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/decision.js';
import type { Context, Finding } from '../../src/core/types.js';

const now = new Date('2026-01-01T00:00:00Z');
const hook: Context = { mode: 'hook', now };
const ci: Context = { mode: 'ci', now };

function finding(
  path: string,
  line: number,
  blocking: boolean,
  ruleId = 'secret/openai-api-key',
): Finding {
  return {
    ruleId,
    kind: 'secret',
    severity: blocking ? 'critical' : 'medium',
    path,
    line,
    endLine: line,
    column: 1,
    message: 'm',
    redacted: 'sk-pro…(56 chars)',
    fingerprint: `${ruleId}:${path}:${'0'.repeat(64)}`,
    blocking,
  };
}

/** A `scan/incomplete` finding as the engine makes it for a file it could not read. */
function incomplete(path: string): Finding {
  return {
    ruleId: 'scan/incomplete',
    kind: 'scan',
    severity: 'high',
    path,
    line: 1,
    endLine: 1,
    column: 1,
    message: `${path} could not be read`,
    redacted: '',
    fingerprint: `scan/incomplete:${path}`,
    blocking: true,
  };
}

describe('decide', () => {
  it.each<[string, Finding[], Context, 'pass' | 'block', string[]]>([
    ['nothing found', [], ci, 'pass', ['No findings.']],
    [
      'warnings only',
      [finding('a.py', 1, false, 'secret/generic-api-key')],
      ci,
      'pass',
      ['1 non-blocking finding reported as a warning: secret/generic-api-key in a.py:1.'],
    ],
    [
      'one blocking',
      [finding('src/app.py', 12, true)],
      ci,
      'block',
      ['1 blocking secret finding: secret/openai-api-key in src/app.py:12.'],
    ],
    [
      'blocking hides warnings and caps the names',
      [
        finding('a.py', 1, true),
        finding('b.py', 2, true),
        finding('c.py', 3, false),
        finding('d.py', 4, true),
        finding('e.py', 5, true),
        finding('f.py', 6, true),
      ],
      ci,
      'block',
      [
        '5 blocking secret findings: secret/openai-api-key in a.py:1, secret/openai-api-key in b.py:2, secret/openai-api-key in d.py:4 and 2 more.',
      ],
    ],
  ])('%s', (_name, findings, context, decision, reasons) => {
    const result = decide(findings, context);
    expect(result.decision).toBe(decision);
    expect(result.reasons).toEqual(reasons);
    if (decision === 'pass') expect(result.unblock).toEqual([]);
  });

  it('says how to unblock: rotate, remove, mark false positives', () => {
    const { unblock } = decide([finding('a.py', 1, true)], ci);
    expect(unblock.join('\n')).toMatch(/rotate/i);
    expect(unblock.join('\n')).toMatch(/history/);
    expect(unblock.join('\n')).toContain('mandate:allow <reason>');
    expect(unblock.join('\n')).toContain('.mandateignore');
    expect(unblock.join('\n')).not.toContain('--no-verify');
    for (const sentence of unblock) expect(sentence).toMatch(/^[A-Z`].*\.$/);
  });

  it('in the hook, mentions --no-verify and that CI still runs the check', () => {
    const { unblock } = decide([finding('a.py', 1, true)], hook);
    const last = unblock.at(-1)!;
    expect(last).toContain('git commit --no-verify');
    expect(last).toContain('CI');
  });

  it('blocks when files that had to be scanned could not be read, naming them (fails closed)', () => {
    const unreadable = ['pipe', 'secrets/a.env', 'secrets/b.env', 'secrets/c.env'].map(incomplete);
    const clean = decide(unreadable, ci);
    expect(clean.decision).toBe('block');
    expect(clean.reasons).toEqual([
      'The scan is incomplete: 4 files could not be scanned in full (pipe, secrets/a.env, secrets/b.env and 1 more), so nothing is approved.',
    ]);
    expect(clean.why).toEqual([
      { kind: 'incomplete', count: 4, files: ['pipe', 'secrets/a.env', 'secrets/b.env'] },
    ]);
    expect(clean.unblock.join('\n')).toContain('readable');
    // Warnings and blocking findings keep their sentences, before the incompleteness.
    const warned = decide([finding('a.py', 1, false), incomplete('pipe')], ci);
    expect(warned.decision).toBe('block');
    expect(warned.reasons[0]).toMatch(/^1 non-blocking finding reported as a warning/);
    expect(warned.reasons[1]).toMatch(
      /^The scan is incomplete: 1 file could not be scanned in full \(pipe\)/,
    );
    const blocked = decide([incomplete('pipe'), finding('a.py', 1, true)], ci);
    expect(blocked.reasons).toHaveLength(2);
    expect(blocked.reasons[0]).toMatch(/^1 blocking secret finding/);
    expect(blocked.unblock.at(-1)).toContain('allowlist.paths');
    // A file named by two scan/incomplete findings counts once.
    expect(decide([incomplete('pipe'), incomplete('pipe')], ci).why).toEqual([
      { kind: 'incomplete', count: 1, files: ['pipe'] },
    ]);
    // A non-blocking one (the hook's time budget) is a warning, not an incomplete scan.
    const hookWarned = decide([{ ...incomplete('slow.txt'), blocking: false }], hook);
    expect(hookWarned.decision).toBe('pass');
    expect(hookWarned.why?.[0]?.kind).toBe('warnings');
  });
});
