/**
 * Issues 9.19 and 9.20: an API that never answers, or answers nonsense, fails the run closed
 * with one sentence naming the call — never a pass, never a 15-minute hold of the job.
 * MANDATE_API_TIMEOUT_MS sets a short deadline per attempt so these tests take seconds.
 */
import { describe, expect, it } from 'vitest';
import { shaOf } from './fake-github.js';
import { type ActionRun, pullRequestPayload, runAction } from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const BASE = shaOf('faults-base');
const HEAD = shaOf('faults-head');
const README = '# octo-repo\n';

const gh = useFakeGitHub('octo-org/octo-repo', (gh) => {
  gh.commit(BASE, { 'README.md': README });
  gh.commit(HEAD, { 'README.md': README, 'src/app.ts': 'export const answer = 42;\n' });
  gh.pulls.set(7, { base: BASE, head: HEAD });
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

describe('malformed answers fail closed (9.20)', () => {
  const files = /\/pulls\/7\/files/;
  const config = /\/contents\/\.mandate\.yml\?/;
  const cases: { name: string; answer: (typeof gh.answers)[number]; says: string }[] = [
    {
      name: 'a null file list',
      answer: { method: 'GET', path: files, data: null },
      says: "GitHub's answer to GET /repos/octo-org/octo-repo/pulls/7/files (page 1) is not a list of changed files (it is empty (null))",
    },
    {
      name: 'an object instead of the file list',
      answer: { method: 'GET', path: files, data: { files: [] } },
      says: 'pulls/7/files (page 1) is not a list of changed files (it is an object without the expected fields)',
    },
    {
      name: 'file entries without a name',
      answer: { method: 'GET', path: files, data: [{ status: 'added' }] },
      says: 'pulls/7/files (page 1) is not a list of changed files (it is a list)',
    },
    {
      name: 'an empty body where the file list should be',
      answer: { method: 'GET', path: files, data: '' },
      says: 'pulls/7/files (page 1) is not a list of changed files (it is empty)',
    },
    {
      name: 'a config answer with neither content nor a blob',
      answer: { method: 'GET', path: config, data: { type: 'file', path: '.mandate.yml' } },
      says: "GitHub's answer to GET /repos/octo-org/octo-repo/contents/.mandate.yml?ref=",
    },
    {
      name: 'a config answer whose base64 is garbled',
      answer: {
        method: 'GET',
        path: config,
        data: { type: 'file', encoding: 'base64', content: '%%% not base64 %%%' },
      },
      says: 'is not valid base64 contents',
    },
    {
      name: 'a config the API keeps failing to serve (HTTP 500)',
      answer: { method: 'GET', path: config, status: 500, data: { message: 'boom' } },
      says: "GitHub's API kept failing (HTTP 500 on GET /repos/octo-org/octo-repo/contents/.mandate.yml)",
    },
    {
      name: 'a config the token may not read (HTTP 403)',
      answer: { method: 'GET', path: config, status: 403, data: { message: 'Forbidden' } },
      says: 'HTTP 403 on GET /repos/octo-org/octo-repo/contents/.mandate.yml',
    },
  ];
  it.each(cases)('$name', async ({ answer, says }) => {
    gh.answers.push(answer);
    const error = failedClosed(await run());
    expect(error).toContain(says);
    expect(error).not.toMatch(/built-in defaults|This is a bug/);
  });

  it('a config that exists but does not parse is an error naming the file, not the defaults', async () => {
    gh.commit(BASE, { 'README.md': README, '.mandate.yml': 'fail_on: [high\n' });
    const error = failedClosed(await run());
    expect(error).toMatch(/::error::\.mandate\.yml(:\d+(:\d+)?)?: /);
  });

  it('a config path that is a directory is an error, not the defaults', async () => {
    gh.answers.push({ method: 'GET', path: config, data: [{ type: 'file', name: 'x' }] });
    const error = failedClosed(await run());
    expect(error).toContain(
      `.mandate.yml on the policy commit ${BASE.slice(0, 7)} is a directory, not a file`,
    );
  });

  it('a null list of reviews fails closed with the call named', async () => {
    gh.commit(BASE, {
      'README.md': README,
      '.mandate.yml':
        'extends: [recommended]\nreviews:\n  - name: src\n    when: { paths: ["src/**"] }\n    require: { users: [alice] }\n',
    });
    gh.users.add('alice');
    gh.answers.push({ method: 'GET', path: /\/pulls\/7\/reviews/, data: null });
    const error = failedClosed(await run());
    expect(error).toContain(
      "GitHub's answer to GET /repos/octo-org/octo-repo/pulls/7/reviews is not a list (it is empty (null))",
    );
  });

  it('a push whose comparison has no file list fails closed', async () => {
    gh.answers.push({
      method: 'GET',
      path: /\/compare\//,
      data: { status: 'ahead', merge_base_commit: { sha: BASE }, files: null },
    });
    const result = await runAction({
      apiUrl: gh.url,
      repository: `${gh.owner}/${gh.repo}`,
      event: 'push',
      payload: {
        ref: 'refs/heads/main',
        before: BASE,
        after: HEAD,
        repository: { full_name: 'octo-org/octo-repo', default_branch: 'main' },
      },
      env: { MANDATE_API_TIMEOUT_MS: '300' },
    });
    const error = failedClosed(result);
    expect(error).toContain('/compare/');
    expect(error).toContain('is not a list of changed files');
  });
});
