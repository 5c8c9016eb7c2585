/**
 * The shipped CLI turns on V8's linear-engine fallback for regexes that backtrack excessively
 * (src/cli/regex-backstop.ts): the once-exponential allowlist regex answers a 60-character
 * attack at once in a process that loaded dist/cli.js, and does not without it.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt } from './helpers.js';

beforeAll(() => {
  ensureBuilt();
});

const ATTACK = `
  const re = new RegExp('^[A-Za-z][a-z]*(?:[A-Z_.-]?[A-Z]?[a-z]+)+$');
  const started = performance.now();
  const matched = re.test('a'.repeat(60) + '1');
  console.log(JSON.stringify({ matched, ms: performance.now() - started }));
`;

describe('the V8 regex backstop', () => {
  it('is on in the CLI: an exponential regex answers at once', () => {
    const script = `process.argv = [process.argv[0], 'mandate', '--version'];\nawait import(${JSON.stringify(pathToFileURL(CLI).href)});\n${ATTACK}`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(result.signal).toBeNull();
    const last = result.stdout.trim().split('\n').pop()!;
    expect(JSON.parse(last)).toMatchObject({ matched: false });
    expect(JSON.parse(last).ms).toBeLessThan(2_000);
  }, 30_000);

  it('is what makes the difference (without it the same test runs past the timeout)', () => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', ATTACK], {
      encoding: 'utf8',
      timeout: 3_000,
    });
    expect(result.signal).toBe('SIGTERM');
  }, 30_000);
});
