import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseIgnoreFile } from '../../src/config/ignore-file.js';
import { ConfigError } from '../../src/core/errors.js';

const h = createHash('sha256').update('x').digest('hex');
const FILE = '.mandateignore';

describe('parseIgnoreFile', () => {
  it('reads entries, skipping blank lines and comments', () => {
    const text = [
      '# fingerprints of accepted findings',
      '',
      `secret/openai-api-key:src/app.py:${h}  # test fixture, key revoked`,
      `  secret/a:dir with spaces/a:b#c.txt:${h} #reason: with # inside  `,
      `secret/a:${h}:${h}  # path is itself a hash\r`,
      '   # indented comment',
    ].join('\n');
    expect(parseIgnoreFile(text, FILE)).toEqual([
      {
        fingerprint: `secret/openai-api-key:src/app.py:${h}`,
        reason: 'test fixture, key revoked',
        line: 3,
      },
      {
        fingerprint: `secret/a:dir with spaces/a:b#c.txt:${h}`,
        reason: 'reason: with # inside',
        line: 4,
      },
      { fingerprint: `secret/a:${h}:${h}`, reason: 'path is itself a hash', line: 5 },
    ]);
  });

  it('returns nothing for an empty file', () => {
    expect(parseIgnoreFile('', FILE)).toEqual([]);
  });

  it.each<[string, string, string]>([
    [
      'no reason',
      `secret/a:x.ts:${h}`,
      '.mandateignore:2:1: ignore entry has no reason; add a reason after #',
    ],
    [
      'empty reason',
      `secret/a:x.ts:${h}  #   `,
      '.mandateignore:2:1: ignore entry has no reason; add a reason after #',
    ],
    [
      'short hash',
      `secret/a:x.ts:${h.slice(2)}  # r`,
      '.mandateignore:2:1: malformed fingerprint: expected `<ruleId>:<path>:v2-<64 hex characters>`',
    ],
    [
      'uppercase hash',
      `  secret/a:x.ts:${h.toUpperCase()}  # r`,
      '.mandateignore:2:3: malformed fingerprint: the hash must be lowercase hex',
    ],
    [
      'no path',
      `secret/a:${h}  # r`,
      '.mandateignore:2:1: malformed fingerprint: expected `<ruleId>:<path>:v2-<64 hex characters>`',
    ],
    [
      'a line number instead of a hash',
      'secret/a:x.ts:12  # r',
      '.mandateignore:2:1: malformed fingerprint: expected `<ruleId>:<path>:v2-<64 hex characters>`',
    ],
  ])('%s', (_name, line, message) => {
    const attempt = () => parseIgnoreFile(`# header\n${line}\n`, FILE);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });
});
