/**
 * Issues 9.19 and 9.20: an API that never answers, or answers nonsense, fails the run closed
 * with one sentence naming the call — never a pass, never a 15-minute hold of the job.
 * MANDATE_API_TIMEOUT_MS sets a short deadline per attempt so these tests take seconds.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, shaOf } from './fake-github.js';
import { type ActionRun, pullRequestPayload, runAction } from './run-action.js';

const BASE = shaOf('faults-base');
const HEAD = shaOf('faults-head');
const README = '# octo-repo\n';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = new FakeGitHub('octo-org/octo-repo');
  await gh.start();
  gh.commit(BASE, { 'README.md': README });
  gh.commit(HEAD, { 'README.md': README, 'src/app.ts': 'export const answer = 42;\n' });
  gh.pulls.set(7, { base: BASE, head: HEAD });
});
afterEach(async () => {
  await gh.stop();
});

function run(env: Record<string, string> = {}, inputs: Record<string, string> = {}) {
  return runAction({
    apiUrl: gh.url,
    repository: `${gh.owner}/${gh.repo}`,
    event: 'pull_request',
    payload: pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD }),
    env: { MANDATE_API_TIMEOUT_MS: '300', ...env },
    inputs,
  });
}

function failedClosed(result: ActionRun): string {
  expect(result.code).toBe(1);
  expect(result.outputs.decision).not.toBe('pass');
  expect(
    gh.checkRuns.filter((c) => (c as { conclusion?: string }).conclusion === 'success'),
  ).toEqual([]);
  expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  const errors = result.stdout.match(/^::error::.*$/gm) ?? [];
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('request timeouts (9.19)', () => {
  it('an API that never answers fails the run in seconds, naming the call, after retries', async () => {
    gh.hangs.push({ method: 'GET', path: /\/pulls\/7\/files/ });
    const started = Date.now();
    const result = await run();
    const elapsed = Date.now() - started;
    const error = failedClosed(result);
    expect(error).toContain(
      "GitHub's API did not answer GET /repos/octo-org/octo-repo/pulls/7/files within 0.3 s, also after retries, so the change was not judged",
    );
    // One attempt and three retries, each with its own deadline.
    expect(gh.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(4);
    expect(elapsed).toBeLessThan(15_000);
  });

  it('a response whose body stalls after the headers times out too', async () => {
    gh.hangs.push({ method: 'GET', path: /\/contents\/\.mandate\.yml/, afterHeaders: true });
    const error = failedClosed(await run());
    expect(error).toContain(
      "GitHub's API did not answer GET /repos/octo-org/octo-repo/contents/.mandate.yml within 0.3 s",
    );
  });

  it('one stuck attempt is retried and the run completes', async () => {
    gh.hangs.push({ method: 'GET', path: /\/pulls\/7\/files/, times: 1 });
    const result = await run();
    expect(result.code).toBe(0);
    expect(result.outputs.decision).toBe('pass');
    expect(gh.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(2);
  });
});
