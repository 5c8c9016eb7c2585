/**
 * How long one GitHub API attempt may take (headers and body) before it is abandoned. Kept apart
 * from client.ts, which loads Octokit (about a megabyte of bundle) that the hook never needs.
 * MANDATE_API_TIMEOUT_MS overrides it; tests set a short one.
 */
export const DEFAULT_TIMEOUT_MS = 60_000;

export function requestTimeout(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.MANDATE_API_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}
