import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintKey, fingerprintOf } from '../../src/core/fingerprint.js';
import { finalizeFindings } from '../../src/core/postprocess/index.js';
import { migrationNotice, translateLegacyEntries } from '../../src/core/postprocess/legacy.js';
import type { RawFinding } from '../../src/core/types.js';
import { fakeKey } from './fake.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const SALT = 'unit-test-salt-0123456789';

function raw(path: string, secret: string, ruleId = 'secret/openai-api-key'): RawFinding {
  return {
    ruleId,
    kind: 'secret',
    severity: 'critical',
    title: 'OpenAI API key',
    provider: 'OpenAI',
    path,
    line: 3,
    endLine: 3,
    column: 1,
    secret,
    lineText: secret,
    blocking: true,
  };
}

const finalize = (
  findings: RawFinding[],
  ignore: string[],
  baseline: string[] = [],
  covered?: string[],
) =>
  finalizeFindings(findings, {
    failOn: 'high',
    ignore: ignore.map((fingerprint, i) => ({ fingerprint, reason: 'r', line: i + 1 })),
    baseline: new Set(baseline),
    fingerprintSalt: SALT,
    ...(covered === undefined
      ? {}
      : {
          covered: {
            covers: (path: string) => covered.includes(path),
            coversSomeEndingWith: () => false,
          },
        }),
  });

describe('old-form entries (issues 9.18, 10.5)', () => {
  const secret = fakeKey(1);
  const keyed = fingerprintOf('secret/openai-api-key', 'src/app.py', secret, fingerprintKey(SALT));

  it.each([
    ['the same path', `secret/openai-api-key:src/app.py:${sha256(secret)}`, true],
    [
      'a path relative to the scanned folder',
      `secret/openai-api-key:app.py:${sha256(secret)}`,
      true,
    ],
    [
      'a path that only ends with the same letters',
      `secret/openai-api-key:pp.py:${sha256(secret)}`,
      false,
    ],
    ['another rule', `secret/other:src/app.py:${sha256(secret)}`, false],
    ['another secret', `secret/openai-api-key:src/app.py:${sha256(fakeKey(2))}`, false],
  ])('an unsalted entry with %s matches: %s', (_name, entry, matches) => {
    const ignored = finalize([raw('src/app.py', secret)], [entry]);
    const baselined = finalize([raw('src/app.py', secret)], [], [entry]);
    for (const result of [ignored, baselined]) {
      expect(result.findings).toHaveLength(matches ? 0 : 1);
      expect(result.migrations).toEqual(
        matches ? [expect.objectContaining({ from: entry, to: keyed })] : [],
      );
    }
  });

  it('translates without touching keyed entries, and the notice counts without repeating hashes', () => {
    const old = `secret/openai-api-key:app.py:${sha256(secret)}`;
    const out = translateLegacyEntries(
      [{ ...raw('src/app.py', secret), fingerprint: keyed }],
      [{ fingerprint: old, reason: 'fixture', line: 4 }],
      new Set([keyed]),
    );
    expect(out.ignore).toEqual([{ fingerprint: keyed, reason: 'fixture', line: 4 }]);
    expect(out.baseline).toEqual(new Set([keyed]));
    expect(out.migrations).toEqual([{ source: 'ignore', from: old, to: keyed, line: 4 }]);
    const notice = migrationNotice(out.migrations)!;
    expect(notice).toMatch(/^1 \.mandateignore entry uses/);
    expect(notice).toContain('mandate baseline --migrate');
    expect(notice).not.toContain(sha256(secret));
    expect(migrationNotice([])).toBeNull();
  });

  it('shows an unused old entry without its hash', () => {
    const old = `secret/openai-api-key:gone.py:${sha256(secret)}`;
    const result = finalize([], [old]);
    expect(result.unusedIgnores).toEqual([
      expect.objectContaining({
        fingerprint:
          'secret/openai-api-key:gone.py:<old unsalted hash: run mandate baseline --migrate>',
      }),
    ]);
  });
});

describe('unused entries only for covered files (issue 10.6)', () => {
  const gone = fingerprintOf('secret/x', 'src/old.py', fakeKey(3), fingerprintKey(SALT));
  it.each([
    ['no coverage given (every unmatched entry)', undefined, 1],
    ['the file was read whole', ['src/old.py'], 1],
    ['the file was not read whole', ['src/other.py'], 0],
    ['nothing was read whole', [], 0],
  ])('%s', (_name, covered, unused) => {
    expect(finalize([], [gone], [], covered).unusedIgnores).toHaveLength(unused);
  });
});
