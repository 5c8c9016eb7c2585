/**
 * Issue 17 acceptance: lines that once kept `mandate scan --staged` busy for seconds to hours
 * (the generic rule's exponential allowlist regex) are judged at once, in a real git repository
 * through the built CLI. The test asserts the outcome; a hang would time it out.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/git.js';
import { ensureBuilt, type JsonReport, mandate, parseJson } from './helpers.js';

beforeAll(() => {
  ensureBuilt();
});

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

/** Lower-case letters that vary (so the value has entropy), `n` of them. */
function letters(n: number): string {
  const abc = 'qwertyuiopasdfghjklzxcvbnm';
  let out = '';
  for (let i = 0; i < n; i++) out += abc[(i * 7 + Math.floor(i / 26)) % 26];
  return out;
}

const LINES: [string, string][] = [];
for (const n of [32, 64, 180]) {
  LINES.push([`password line, ${n} letters then a digit`, `password = "${letters(n)}1"\n`]);
  LINES.push([`DB_TOKEN line, ${n} letters then a digit`, `DB_TOKEN: ${letters(n)}1\n`]);
}
LINES.push([
  'the AI-gateway line (125 s in the hook)',
  '  s3EncryptionKeyId: providerOptions.awsServerSideEncryptionKMSKeyId,\n',
]);

describe('mandate scan --staged on lines that used to backtrack', () => {
  it.each(LINES)(
    '%s is judged at once',
    (_name, line) => {
      repo = makeRepo();
      repo.commit('init', { 'README.md': '# app\n' });
      repo.write('config/app.yml', line);
      repo.git('add', 'config/app.yml');
      const result = mandate(repo.dir, ['scan', '--staged', '--format', 'json']);
      expect(result.stderr).not.toMatch(/internal error/);
      const report = parseJson<JsonReport>(result.stdout);
      expect(report.stats.files).toBe(1);
      // Nothing blocks: a long lower-case value is at most a generic warning; nothing is incomplete.
      expect(report.findings.filter((f) => f.blocking)).toEqual([]);
      expect(report.findings.some((f) => f.ruleId === 'scan/incomplete')).toBe(false);
      expect(result.status).toBe(0);
    },
    30_000,
  );
});
