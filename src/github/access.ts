/**
 * Where the GitHub API is and the token for it, as the CLI finds them (the Action takes its
 * token from its `token` input): the one lookup for every CLI command that reads the API —
 * central configs in `extends`, and the evidence ledger, its check-run anchors and coverage.
 * Imports no Octokit: the hook reaches this file only when its config names a central config.
 */
import { spawnSync } from 'node:child_process';

export const DEFAULT_API_URL = 'https://api.github.com';

/** GITHUB_API_URL (a GitHub Enterprise Server's), else github.com's; no trailing slash. */
export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  let api = env.GITHUB_API_URL || DEFAULT_API_URL;
  while (api.endsWith('/')) api = api.slice(0, -1);
  return api;
}

/**
 * A token for the API: GITHUB_TOKEN, else GH_TOKEN (an empty one counts as unset), else what
 * `gh auth token` prints when the GitHub CLI is installed and logged in; null when there is
 * none. The token is never printed or cached.
 */
export function findToken(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = (env.GITHUB_TOKEN || '').trim() || (env.GH_TOKEN || '').trim();
  if (fromEnv !== '') return fromEnv;
  try {
    const gh = spawnSync('gh', ['auth', 'token'], {
      encoding: 'utf8',
      timeout: 3000,
      stdio: ['ignore', 'pipe', 'ignore'],
      env,
    });
    const token = gh.status === 0 ? gh.stdout.trim() : '';
    return token === '' ? null : token;
  } catch {
    return null;
  }
}
