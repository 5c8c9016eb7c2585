/**
 * The Octokit client: @actions/github's (proxy-aware, GITHUB_API_URL) with the retry plugin
 * (5xx, with backoff) and the throttling plugin (primary and secondary rate limits, honouring
 * `retry-after`). Waits are GitHub's own; MANDATE_RETRY_SCALE (a number, default 1) multiplies
 * them — tests set it to 0.01 so a `retry-after: 1` waits 10 ms. It changes only timing.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** Retries of one request after a rate limit, before the run fails. */
const RATE_LIMIT_RETRIES = 3;

export type Client = ReturnType<typeof getOctokit>;

export function retryScale(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.MANDATE_RETRY_SCALE ?? '1');
  return Number.isFinite(value) && value >= 0 ? value : 1;
}

export function createClient(
  token: string,
  options: { baseUrl: string; scale: number; onNote: (sentence: string) => void },
): Client {
  const base = Math.round(1000 * options.scale);
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      options.onNote(
        `GitHub's ${kind} rate limit was hit on ${request.method ?? 'GET'} ${request.url ?? ''}; retrying after ${retryAfter} s.`,
      );
      return retryCount < RATE_LIMIT_RETRIES;
    };
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl,
      // Rate limits (429, and 403 "secondary rate limit") belong to the throttling plugin, which
      // honours retry-after; the retry plugin handles 5xx with backoff.
      retry: {
        retryAfterBaseValue: base,
        retries: 3,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
      // Octokit logs request failures itself; the run reports one sentence instead.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    },
    retry,
    throttling,
  );
}
