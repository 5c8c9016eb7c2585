/**
 * The Octokit client: @octokit/core with the REST and pagination plugins (the class
 * @actions/github builds, without importing @actions/github: that package reads
 * GITHUB_EVENT_PATH on import and prints to stdout when the file is missing, which would corrupt
 * the CLI's `--format json`), proxy-aware as @actions/github's (@actions/http-client's
 * dispatcher for GITHUB_API_URL's host), with the retry plugin
 * (5xx and timeouts, with backoff) and the throttling plugin (primary and secondary rate limits,
 * honouring `retry-after`; content-creating requests paced by GitHub's own limits, pacing.ts). Waits are GitHub's own; MANDATE_RETRY_SCALE (a number, default 1)
 * multiplies them — tests set it to 0.01 so a `retry-after: 1` waits 10 ms. It changes only
 * timing. Every HTTP attempt (each retry too) has a deadline, MANDATE_API_TIMEOUT_MS (default
 * 60,000 ms, headers and body together): an API that never answers fails the run with a
 * sentence naming the call instead of holding the job until the runner gives up.
 */
import { HttpClient } from '@actions/http-client';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { type ThrottlingOptions, throttling } from '@octokit/plugin-throttling';
import { fetch as undiciFetch } from 'undici';
import { DEFAULT_TIMEOUT_MS } from './limits.js';
import { ContentPacer } from './pacing.js';

export { requestTimeout } from './limits.js';

/** The plugin's `write` limiter (a Bottleneck group); ContentPacer has the part it calls. */
type WriteLimiter = NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>;

/** Retries of one request after a rate limit, before the run fails. */
const RATE_LIMIT_RETRIES = 3;

/** Octokit with the plugins @actions/github adds, and retry and throttling. */
const GitHub = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);

export type Client = InstanceType<typeof GitHub>;

type Fetch = (url: string, init?: { signal?: AbortSignal | null }) => Promise<Response>;

/** Statuses whose response has no body (a Response with one cannot be constructed). */
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * `fetch` with a deadline per call — every attempt, retries included, gets its own timer — that
 * covers the body too: the body is read within the deadline, because Octokit turns a body that
 * fails to arrive into an empty string, which would read as "no files" or "no config".
 */
export function withTimeout(fetch: Fetch, timeoutMs: number): Fetch {
  return async (url, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    const response = await fetch(url, { ...init, signal });
    const body = NO_BODY.has(response.status) ? null : await response.arrayBuffer();
    const copy = new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperty(copy, 'url', { value: response.url });
    return copy;
  };
}

export function retryScale(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.MANDATE_RETRY_SCALE ?? '1');
  return Number.isFinite(value) && value >= 0 ? value : 1;
}

/** `actions_orchestration_id/ID` when the runner sets ACTIONS_ORCHESTRATION_ID. */
function orchestrationAgent(env: NodeJS.ProcessEnv): { userAgent?: string } {
  const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? { userAgent: `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` } : {};
}

/**
 * A client for `baseUrl`, authenticated with `token` (null: anonymous, what a public central
 * config needs). The Action keeps the defaults; the CLI's hook passes `retries: 0` and
 * `rateLimitRetries: 0`, since waiting on GitHub would hold the commit, and it falls back to
 * its cached copy instead.
 */
export function createClient(
  token: string | null,
  options: {
    baseUrl: string;
    scale: number;
    /** Per attempt; default DEFAULT_TIMEOUT_MS. */
    timeoutMs?: number;
    /** Retries of a 5xx or failed request (default 3). */
    retries?: number;
    /** Retries after a rate limit (default RATE_LIMIT_RETRIES). */
    rateLimitRetries?: number;
    onNote: (sentence: string) => void;
  },
): Client {
  // Through the proxy HTTPS_PROXY / NO_PROXY name for the API's host, as @actions/github does.
  const dispatcher = new HttpClient().getAgentDispatcher(options.baseUrl);
  const fetch: Fetch = (url, init) =>
    undiciFetch(url, {
      ...(init as object),
      ...(dispatcher === undefined ? {} : { dispatcher }),
    }) as unknown as Promise<Response>;
  const base = Math.round(1000 * options.scale);
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const again = retryCount < (options.rateLimitRetries ?? RATE_LIMIT_RETRIES);
      // Not retried: the request fails with the 403 or 429, which the caller says.
      if (again) {
        options.onNote(
          `GitHub's ${kind} rate limit was hit on ${request.method ?? 'GET'} ${request.url ?? ''}; retrying after ${retryAfter} s.`,
        );
      }
      return again;
    };
  const settings = {
    baseUrl: options.baseUrl,
    // The proxy-aware fetch, with a deadline on every attempt.
    request: { fetch: withTimeout(fetch, options.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
    // Rate limits (429, and 403 "secondary rate limit") belong to the throttling plugin, which
    // honours retry-after; the retry plugin handles 5xx with backoff.
    retry: {
      retryAfterBaseValue: base,
      retries: options.retries ?? 3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      // Writes paced by GitHub's published limits (80 a minute, 500 an hour), not the
      // plugin's flat second between any two (pacing.ts).
      write: new ContentPacer().asLimiterGroup() as unknown as WriteLimiter,
      retryAfterBaseValue: base,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
    // The runner's orchestration id in the user agent, as @actions/github adds it.
    ...orchestrationAgent(process.env),
    // Octokit logs request failures itself; the run reports one sentence instead.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  };
  // No token: anonymous, what a public central config needs.
  return new GitHub(token === null ? settings : { ...settings, auth: token });
}
