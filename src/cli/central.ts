/**
 * Central configs (`extends: owner/repo:path@ref`) in the CLI. The file is read through
 * GitHub's contents API with the one GitHub client (src/github/client.ts, without retries) and
 * the CLI's one token lookup (src/github/access.ts: GITHUB_TOKEN or GH_TOKEN, else
 * `gh auth token`; API base from GITHUB_API_URL) — at the commit its ref names, and kept
 * with that commit in `.git/mandate/central/` (outside a repository: the user's cache folder),
 * so that commits keep working offline.
 *
 * When the file cannot be read: in CI the run fails closed (exit 2, with the reason); on a
 * developer's machine (hook, local) mandate warns and uses the cached copy, or — never read
 * before — the repository's own config alone, since a hook that blocks every commit while the
 * network is down gets disabled. The routes and the answers' shape are the Action's
 * (src/github/central.ts); this file is only the CLI's `CentralReader` — the merge, and what
 * is left out when a file was never read, are the one policy loader's (src/config/policy.ts).
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { type CentralReader, parseRemoteExtends } from '../config/central.js';
import { MandateError } from '../core/errors.js';
import { sha256Hex } from '../core/sha256.js';
import type { Context } from '../core/types.js';
import { apiBaseUrl, findToken } from '../github/access.js';
import { type ApiGet, centralCommit, readCentralText } from '../github/central.js';
import { isTimeout, networkFailure } from '../github/errors.js';
import { statusOf } from '../github/rest.js';
import { runGit } from '../sources/git.js';

/** How long one request to the API may take before the copy in the cache is used. */
const DEFAULT_TIMEOUT_MS = 5000;

/** A central config as read, and as cached. */
export interface CentralCopy {
  ref: string;
  /** The commit of the central repository the file was read at. */
  commit: string;
  text: string;
  /** ISO time it was read from the API. */
  fetchedAt: string;
}

export interface CentralOptions {
  repoRoot: string | null;
  mode: Context['mode'];
  /** Warnings and notes for the user (stderr). */
  warn: (sentence: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** Why a central config could not be read (no secret in it: the token is never part of it). */
class Unreadable extends Error {}

/** Where copies are cached: `.git/mandate/central` in a repository, else the user's cache. */
async function cacheDir(repoRoot: string | null, env: NodeJS.ProcessEnv): Promise<string> {
  if (repoRoot !== null) {
    // The usual layout needs no git process; worktrees and submodules ask git.
    const plain = join(repoRoot, '.git');
    if (statSync(plain, { throwIfNoEntry: false })?.isDirectory()) {
      return join(plain, 'mandate', 'central');
    }
    const result = await runGit(['rev-parse', '--git-common-dir'], repoRoot);
    const dir = result.stdout.toString('utf8').trim();
    if (result.code === 0 && dir !== '') {
      return join(isAbsolute(dir) ? dir : join(repoRoot, dir), 'mandate', 'central');
    }
  }
  const base =
    env.XDG_CACHE_HOME ||
    (process.platform === 'win32'
      ? env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local')
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Caches')
        : join(homedir(), '.cache'));
  return join(base, 'mandate', 'central');
}

function cacheFile(dir: string, ref: string): string {
  return join(dir, `${sha256Hex(ref).slice(0, 24)}.json`);
}

function readCache(dir: string, ref: string): CentralCopy | null {
  try {
    const copy = JSON.parse(readFileSync(cacheFile(dir, ref), 'utf8')) as Partial<CentralCopy>;
    if (
      copy.ref !== ref ||
      typeof copy.text !== 'string' ||
      typeof copy.commit !== 'string' ||
      typeof copy.fetchedAt !== 'string'
    ) {
      return null;
    }
    return copy as CentralCopy;
  } catch {
    return null;
  }
}

function writeCache(dir: string, copy: CentralCopy): void {
  mkdirSync(dir, { recursive: true });
  const file = cacheFile(dir, copy.ref);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(copy, null, 2)}\n`);
  renameSync(temp, file);
}

/**
 * The one GitHub client (src/github/client.ts), loaded only here — a config without a central
 * entry never loads Octokit — with no retries: a hook does not wait on GitHub, it falls back to
 * its cached copy.
 */
async function clientGet(api: string, token: string | null, timeoutMs: number): Promise<ApiGet> {
  const { createClient } = await import('../github/client.js');
  const client = createClient(token, {
    baseUrl: api,
    scale: 1,
    timeoutMs,
    retries: 0,
    rateLimitRetries: 0,
    onNote: () => {},
  });
  return async (path) => {
    try {
      return (await client.request(`GET ${path}`)).data;
    } catch (error) {
      throw unreadable(error, api, token, timeoutMs);
    }
  };
}

/** The reason a read failed: no answer in time, no connection, or the status GitHub answered. */
function unreadable(
  error: unknown,
  api: string,
  token: string | null,
  timeoutMs: number,
): Unreadable {
  if (isTimeout(error)) return new Unreadable(`no answer from ${api} within ${timeoutMs / 1000} s`);
  const network = networkFailure(error);
  const status = statusOf(error);
  if (network !== null || status === undefined) {
    return new Unreadable(
      `${api} cannot be reached (${network ?? (error instanceof Error ? error.message : String(error))})`,
    );
  }
  const hint =
    status === 401 || status === 403 || status === 404
      ? token === null
        ? '; no token was found (set GITHUB_TOKEN, or run `gh auth login`)'
        : '; check the repository, path and ref, and that the token can read that repository'
      : '';
  return new Unreadable(`GitHub answered HTTP ${status}${hint}`);
}

/** Reads a central config at the commit its ref names now (src/github/central.ts reads it). */
export async function fetchCentralCopy(
  ref: string,
  options: { api: string; token: string | null; timeoutMs: number; now?: Date },
): Promise<CentralCopy> {
  const get = await clientGet(options.api, options.token, options.timeoutMs);
  const commit = await centralCommit(get, ref);
  if (commit === null) throw new Unreadable('GitHub’s answer named no commit');
  const read = await readCentralText(get, ref, commit);
  if (!('text' in read)) {
    const remote = parseRemoteExtends(ref)!;
    throw new Unreadable(`${remote.path} is not a file in ${remote.owner}/${remote.repo}`);
  }
  return { ref, commit, text: read.text, fetchedAt: (options.now ?? new Date()).toISOString() };
}

/**
 * The CLI's central reader for the policy loader (src/config/policy.ts): the file at the commit
 * its ref names now, cached with that commit; a ref pinned to a full commit id is read from the
 * cache when it is there (outside CI). When the file cannot be read: in CI it throws (the run
 * fails closed); elsewhere it warns and answers the cached copy, or — never read before — null,
 * and the loader merges the rest without it.
 */
export function cachingCentralReader(options: CentralOptions): CentralReader {
  const env = options.env ?? process.env;
  const api = apiBaseUrl(env);
  const timeout = Number(env.MANDATE_CENTRAL_TIMEOUT_MS);
  const timeoutMs = Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
  let dir: Promise<string> | undefined;
  let token: string | null | undefined;
  return {
    async read(ref) {
      dir ??= cacheDir(options.repoRoot, env);
      const folder = await dir;
      const cached = readCache(folder, ref);
      // A ref pinned to a full commit id never changes: the cached copy is that file.
      const pinned = /@[0-9a-f]{40}$/i.test(ref);
      if (pinned && cached !== null && options.mode !== 'ci') return cached;
      try {
        token ??= findToken(env);
        const copy = await fetchCentralCopy(ref, { api, token, timeoutMs });
        try {
          writeCache(folder, copy);
        } catch (error) {
          options.warn(
            `could not cache the central config ${ref} in ${folder} (${(error as Error).message}); offline commits will use the local config only.`,
          );
        }
        return copy;
      } catch (error) {
        if (!(error instanceof Unreadable)) throw error;
        if (options.mode === 'ci') {
          throw new MandateError(
            `The central config ${ref} named in \`extends\` cannot be read: ${error.message}. In CI the policy must be complete, so nothing was scanned.`,
            {
              hint: 'Give the job a token that can read that repository (GITHUB_TOKEN or GH_TOKEN, contents: read), or fix the entry in `extends`.',
            },
          );
        }
        if (cached !== null) {
          options.warn(
            `the central config ${ref} cannot be read (${error.message}); using the copy cached from commit ${cached.commit.slice(0, 12)} (read ${cached.fetchedAt}).`,
          );
          return cached;
        }
        options.warn(
          `the central config ${ref} cannot be read (${error.message}) and no copy is cached; this run uses the repository's own config without it. CI still applies it.`,
        );
        return null;
      }
    },
  };
}
