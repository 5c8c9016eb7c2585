/**
 * What mandate needs of an Octokit client, and the one way it reads a list: `request` for single
 * calls, `paginate.iterator` (Octokit's, following GitHub's `Link: rel="next"` headers) for
 * listings, with a page cap per listing. Octokit's paginator reads a `null` page, and an HTTP
 * 409, as an empty list — for a security check that would be a pass on nothing read — so every
 * page goes through a request method that checks it first: an answer that is not what the
 * endpoint returns fails closed (`malformedResponse`).
 */
import { MandateError } from '../core/errors.js';

/** One API answer. */
export interface RestResponse {
  data: unknown;
  headers: Record<string, unknown>;
  status: number;
}

/** `octokit.request`: a route and its parameters, or endpoint options (with `endpoint`). */
export interface RequestMethod {
  (
    route: string | Record<string, unknown>,
    params?: Record<string, unknown>,
  ): Promise<RestResponse>;
  endpoint: (options: Record<string, unknown>) => unknown;
}

/** What mandate needs of an Octokit client (`octokit.request`, `octokit.paginate.iterator`). */
export interface GitHubRest {
  request: RequestMethod;
  paginate: {
    iterator(route: RequestMethod, params: Record<string, unknown>): AsyncIterable<RestResponse>;
  };
}

/** The most a listing asks for per page. */
export const PER_PAGE = 100;

/** The HTTP status of a request error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const value =
    typeof error === 'object' && error !== null
      ? (error as { status?: unknown }).status
      : undefined;
  return typeof value === 'number' ? value : undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What an answer was, for an error message: its shape, never its content. */
function shapeOf(data: unknown): string {
  if (data === null || data === undefined) return 'empty (null)';
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'string') return data === '' ? 'empty' : 'text, not JSON';
  if (typeof data === 'object') return 'an object without the expected fields';
  return `a ${typeof data}`;
}

/**
 * An answer of the API that is not what the endpoint returns (a `null` file list, a contents
 * answer with no content): the run cannot know what it did not read, so it fails closed.
 */
export function malformedResponse(call: string, expected: string, data: unknown): MandateError {
  return new MandateError(
    `GitHub's answer to ${call} is not ${expected} (it is ${shapeOf(data)}), so mandate cannot tell what it would have read there and the check fails rather than pass on a partial reading; re-run the job, and check the API (GITHUB_API_URL, a proxy) if it persists.`,
  );
}

/** A route with its `{name}` parameters filled in, for messages. */
export function describeCall(route: string, params: Record<string, unknown>): string {
  const [method, path = route] = route.split(' ');
  const filled = path.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
  return `${method} ${filled}`;
}

/**
 * The pages of a listing, each checked to be a list (`check` may demand more of each page),
 * at most `maxPages` of them (GitHub's own caps: 3,000 files of a pull request are 30 pages).
 */
export async function* pages<T>(
  client: GitHubRest,
  route: string,
  params: Record<string, unknown>,
  options: {
    maxPages: number;
    check?: (data: unknown, call: string) => T[];
    /** Name the page in messages from the first (a long listing); else from the second. */
    numbered?: boolean;
    /**
     * A 409 on the first page is an empty listing (the commits of an empty repository answer
     * 409), not the failure it is elsewhere; on a later page it still fails.
     */
    conflictIsEmpty?: boolean;
  },
): AsyncGenerator<T[]> {
  const [method, url] = route.split(' ');
  const check =
    options.check ??
    ((data: unknown, call: string) => {
      if (!Array.isArray(data)) throw malformedResponse(call, 'a list', data);
      return data as T[];
    });
  let page = 0;
  let items: T[] = [];
  const checked: RequestMethod = Object.assign(
    async (request: string | Record<string, unknown>) => {
      page++;
      const call = `${describeCall(route, params)}${page > 1 || options.numbered ? ` (page ${page})` : ''}`;
      let response: RestResponse;
      try {
        response = await client.request(request);
      } catch (error) {
        // Only the first page: a 409 after it is half a listing, not an empty one.
        if (statusOf(error) === 409 && options.conflictIsEmpty && page === 1) {
          items = [];
          return { data: [], headers: {}, status: 200 };
        }
        if (statusOf(error) === 409) {
          throw new MandateError(
            `GitHub answered 409 (conflict) on ${call}, so mandate cannot tell what the listing holds and the check fails rather than pass on nothing read; re-run the job.`,
          );
        }
        throw error;
      }
      items = check(response.data, call);
      return response;
    },
    { endpoint: client.request.endpoint },
  );
  for await (const _ of client.paginate.iterator(checked, {
    method,
    url,
    ...params,
    per_page: PER_PAGE,
  })) {
    yield items;
    if (page >= options.maxPages) break;
  }
}

/** Every item of a listing (at most `maxPages` pages). */
export async function listAll<T>(
  client: GitHubRest,
  route: string,
  params: Record<string, unknown>,
  maxPages = 30,
): Promise<T[]> {
  const all: T[] = [];
  for await (const items of pages<T>(client, route, params, { maxPages })) all.push(...items);
  return all;
}
