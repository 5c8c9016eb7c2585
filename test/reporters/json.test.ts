import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/reporters/json.js';
import { FINDING_KEYS } from '../support/contract.js';
import { blockResult, passResult } from './fixtures.js';

describe('formatJson', () => {
  it('has exactly the contract keys, in order', () => {
    const out = JSON.parse(formatJson(blockResult())) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['version', 'decision', 'findings', 'stats']);
    expect(out.version).toBe(1);
    expect(out.decision).toBe('block');
    expect(Object.keys(out.stats as object)).toEqual(['files', 'bytes', 'durationMs', 'skipped']);
    expect(out.stats).toEqual({
      files: 14,
      bytes: 52_345,
      durationMs: 84,
      skipped: { binary: 1, 'too-large': 1 },
    });
    const findings = out.findings as Record<string, unknown>[];
    expect(findings).toHaveLength(4);
    for (const f of findings) {
      const keys = Object.keys(f);
      if (f.commit === undefined) expect(keys).toEqual(FINDING_KEYS);
      else expect(keys).toEqual([...FINDING_KEYS, 'commit', 'author', 'date']);
    }
  });

  it('adds commit, author and date only to history findings', () => {
    const findings = (JSON.parse(formatJson(blockResult())) as { findings: object[] }).findings;
    const withCommit = findings.filter((f) => 'commit' in f);
    expect(withCommit).toHaveLength(1);
    expect(withCommit[0]).toMatchObject({
      commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      author: 'Alice Example',
      date: '2024-05-01T10:00:00Z',
    });
    expect(findings.filter((f) => 'author' in f || 'date' in f)).toHaveLength(1);
  });

  it('leaves out what is not in the contract (title, provider, scope, rules)', () => {
    const text = formatJson(blockResult());
    expect(text).not.toMatch(/"title"|"provider"|"scope"|"rules"|"reasons"|"lines"/);
  });

  it('counts skipped files by reason in stats.skipped, leaving out reasons with no file', () => {
    const result = passResult();
    result.stats.skipped = { symlink: 2, binary: 3, unreadable: 0, 'too-large': 1 };
    const out = JSON.parse(formatJson(result)) as { stats: { skipped: object } };
    expect(out.stats.skipped).toEqual({ binary: 3, symlink: 2, 'too-large': 1 });
    expect(Object.keys(out.stats.skipped)).toEqual(['binary', 'symlink', 'too-large']);
  });

  it('uses 2-space indentation and ends with a newline', () => {
    const text = formatJson(passResult());
    expect(text).toBe(
      '{\n  "version": 1,\n  "decision": "pass",\n  "findings": [],\n' +
        '  "stats": {\n    "files": 3,\n    "bytes": 2048,\n    "durationMs": 7,\n    "skipped": {}\n  }\n}\n',
    );
  });
});
