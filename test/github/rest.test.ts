/**
 * The adapter's listings (src/github/rest.ts) over Octokit's paginator against the fake server:
 * every page is read through `Link: rel="next"`, and the answers Octokit's paginator would turn
 * into an empty list — a `null` page, an HTTP 409 — fail closed instead.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { type GitHubRest, listAll, pages } from '../../src/github/rest.js';
import { FakeGitHub } from '../action/fake-github.js';

let gh: FakeGitHub;
let client: GitHubRest;
beforeEach(async () => {
  gh = new FakeGitHub('o/r');
  await gh.start();
  client = createClient('t', {
    baseUrl: gh.url,
    scale: 0.001,
    onNote: () => {},
  }) as unknown as GitHubRest;
});
afterEach(() => gh.stop());

const ROUTE = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const params = { owner: 'o', repo: 'r', issue_number: 5 };

it('reads every page through the Link header', async () => {
  gh.comments.set(
    5,
    Array.from({ length: 230 }, (_, i) => ({
      user: 'u',
      body: `c${i}`,
      created_at: '2026-01-01T00:00:00Z',
    })),
  );
  const all = await listAll<{ body: string }>(client, ROUTE, params);
  expect(all.map((c) => c.body)).toEqual(Array.from({ length: 230 }, (_, i) => `c${i}`));
  expect(gh.requestsTo('GET', /\/issues\/5\/comments/)).toHaveLength(3);
  // The page cap stops a listing that would not end.
  expect(await listAll(client, ROUTE, params, 2)).toHaveLength(200);
});

it('a null page fails closed, naming the call', async () => {
  gh.answers.push({ method: 'GET', path: /\/issues\/5\/comments/, data: null });
  await expect(listAll(client, ROUTE, params)).rejects.toThrow(
    "GitHub's answer to GET /repos/o/r/issues/5/comments is not a list (it is empty (null))",
  );
});

it('an HTTP 409 fails closed instead of reading as an empty list', async () => {
  gh.answers.push({
    method: 'GET',
    path: /\/issues\/5\/comments/,
    status: 409,
    data: { message: 'Git Repository is empty.' },
  });
  await expect(listAll(client, ROUTE, params)).rejects.toThrow(
    /GitHub answered 409 \(conflict\) on GET \/repos\/o\/r\/issues\/5\/comments/,
  );
});

it('a listing that takes 409 as empty (an empty repository) still fails closed on a later page', async () => {
  gh.comments.set(
    5,
    Array.from({ length: 150 }, (_, i) => ({
      user: 'u',
      body: `c${i}`,
      created_at: '2026-01-01T00:00:00Z',
    })),
  );
  gh.answers.push({
    method: 'GET',
    path: /\/issues\/5\/comments\?.*page=2/,
    status: 409,
    data: { message: 'Conflict' },
  });
  const read = async () => {
    const all: unknown[] = [];
    const listing = pages(client, ROUTE, params, { maxPages: 30, conflictIsEmpty: true });
    for await (const items of listing) all.push(...items);
    return all;
  };
  // Half a listing is not an empty one: the 409 on page 2 is not read as "no more".
  await expect(read()).rejects.toThrow(
    /GitHub answered 409 \(conflict\) on GET \/repos\/o\/r\/issues\/5\/comments \(page 2\)/,
  );
  // On the first page it is the empty listing it stands for.
  gh.answers.push({ method: 'GET', path: /\/issues\/5\/comments/, status: 409, data: {} });
  await expect(read()).resolves.toEqual([]);
});
