/**
 * Every way a run can go wrong becomes one sentence: what is wrong and how to fix the workflow.
 * No stack trace, and never a pass.
 */
import { MandateError } from '../core/errors.js';
import { apiBaseUrl } from './access.js';
import { requestTimeout } from './limits.js';

export const PERMISSIONS_HINT =
  'give the job `permissions: { contents: read, pull-requests: read, checks: write }` (checks: write only for the check run)';

interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, unknown> };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

function endpoint(error: RequestErrorLike, apiUrl: string): string {
  const method = error.request?.method ?? 'GET';
  let url = error.request?.url ?? '';
  if (url.startsWith(apiUrl)) url = url.slice(apiUrl.length);
  return `${method} ${url.split('?')[0]}`;
}

/**
 * What failed on the way to the API — the connection error's code (ECONNREFUSED, ENOTFOUND, …)
 * or fetch's message — or null when the request got an answer (or the error is another kind).
 */
export function networkFailure(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      /^(ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|UND_ERR)/.test(code)
    )
      return code;
    // An AggregateError (both addresses of localhost refused) carries the codes in `errors`.
    const first = (current as { errors?: { code?: unknown }[] }).errors?.[0]?.code;
    if (typeof first === 'string' && /^(ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT)/.test(first))
      return first;
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && /fetch failed|ECONNREFUSED|getaddrinfo/.test(message)) {
      const inner = (current as { cause?: unknown }).cause;
      return (inner !== undefined && networkFailure(inner)) || message;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** A request abandoned at its deadline (client.ts): a TimeoutError somewhere in the causes. */
export function isTimeout(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if ((current as { name?: unknown }).name === 'TimeoutError') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

export function describeFailure(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const apiUrl = apiBaseUrl(env);
  if (error instanceof MandateError) {
    return error.hint === undefined ? error.message : `${error.message} ${error.hint}`;
  }
  if (isTimeout(error)) {
    const where = isRequestError(error) ? endpoint(error, apiUrl) : 'a GitHub API request';
    const wait = seconds(requestTimeout(env));
    return `GitHub's API did not answer ${where} within ${wait}, also after retries, so the change was not judged and the check fails; re-run the job, and check https://www.githubstatus.com (or your GitHub Enterprise Server at ${apiUrl}) if it persists.`;
  }
  if (networkFailure(error) !== null) {
    return `mandate could not reach the GitHub API at ${apiUrl} (the connection failed, also after retries); check that the runner can reach it (proxy, GHES URL in GITHUB_API_URL) and re-run the job.`;
  }
  if (isRequestError(error)) {
    const where = endpoint(error, apiUrl);
    const detail = error.message.split('\n')[0]?.slice(0, 200) ?? '';
    if (error.status === 401) {
      return `GitHub rejected the token (HTTP 401 on ${where}); leave the \`token\` input at its default \`\${{ github.token }}\` or pass a valid token.`;
    }
    if (error.status === 403 && /rate limit/i.test(detail)) {
      return `GitHub's rate limit was still exceeded after retries (HTTP 403 on ${where}); re-run the job later or use a token with a higher limit.`;
    }
    if (error.status === 403) {
      return `The token may not read what mandate needs (HTTP 403 on ${where}: ${detail}); ${PERMISSIONS_HINT}.`;
    }
    if (error.status === 404) {
      return `GitHub answered 404 on ${where}: the repository, pull request or commit is not visible to this token; for a private repository ${PERMISSIONS_HINT}.`;
    }
    if (error.status === 429) {
      return `GitHub's rate limit was still exceeded after retries (HTTP 429 on ${where}); re-run the job later.`;
    }
    if (error.status >= 500) {
      return `GitHub's API kept failing (HTTP ${error.status} on ${where}) after retries with backoff; re-run the job, and check https://www.githubstatus.com if it persists.`;
    }
    return `GitHub refused a request (HTTP ${error.status} on ${where}: ${detail}); check the workflow's permissions and inputs.`;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `mandate failed unexpectedly: ${message}. This is a bug in mandate; please report it with the workflow run link.`;
}
