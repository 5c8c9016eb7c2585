/**
 * Central configs (`extends: owner/repo:path@ref`) in the CLI. The file is read through
 * GitHub's contents API — token from GITHUB_TOKEN or GH_TOKEN, else `gh auth token` when the
 * GitHub CLI is installed; API base from GITHUB_API_URL — at the commit its ref names, and kept
 * with that commit in `.git/mandate/central/` (outside a repository: the user's cache folder),
 * so that commits keep working offline.
 *
 * When the file cannot be read: in CI the run fails closed (exit 2, with the reason); on a
 * developer's machine (hook, local) mandate warns and uses the cached copy, or — never read
 * before — the repository's own config alone, since a hook that blocks every commit while the
 * network is down gets disabled. The routes and the answers' shape are the Action's
 * (src/github/central.ts, over this file's fetch transport), and so is the merge
 * (src/config/central.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { applyCentral, parseRemoteExtends } from '../config/central.js';
import { defaultConfig, isRemoteExtends } from '../config/load.js';
import type { Config } from '../core/config.js';
import { MandateError } from '../core/errors.js';
import type { IgnoreEntry } from '../core/postprocess/index.js';
import { sha256Hex } from '../core/sha256.js';
import type { Context } from '../core/types.js';
import { type ApiGet, centralCommit, readCentralText } from '../github/central.js';
import { builtinPacks } from '../rules/packs.js';
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
  config: Config;
  ignore: IgnoreEntry[];
  baseline: Set<string>;
  repoRoot: string | null;
  mode: Context['mode'];
  /** Warnings and notes for the user (stderr). */
  warn: (sentence: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** Why a central config could not be read (no secret in it: the token is never part of it). */
class Unreadable extends Error {}

/** A token for the API: GITHUB_TOKEN, GH_TOKEN, else `gh auth token`; null when there is none. */
export function findToken(env: NodeJS.ProcessEnv): string | null {
  const fromEnv = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (fromEnv) return fromEnv.trim();
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

/** GET on the API; the reason for a failure names the status or the network error. */
async function getJson(
  api: string,
  path: string,
  token: string | null,
  timeoutMs: number,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${api}${path}`, {
      headers: {
        accept: 'application/vnd.github+json',
        'user-agent': 'mandate-cli',
        'x-github-api-version': '2022-11-28',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const inner = (
      error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }
    ).cause;
    const cause = inner?.code ?? inner?.errors?.[0]?.code;
    const name = (error as Error).name;
    throw new Unreadable(
      name === 'TimeoutError'
        ? `no answer from ${api} within ${timeoutMs / 1000} s`
        : `${api} cannot be reached (${cause ?? inner?.message ?? (error as Error).message})`,
    );
  }
  if (!response.ok) {
    const hint =
      response.status === 401 || response.status === 403 || response.status === 404
        ? token === null
          ? '; no token was found (set GITHUB_TOKEN, or run `gh auth login`)'
          : '; check the repository, path and ref, and that the token can read that repository'
        : '';
    throw new Unreadable(`GitHub answered HTTP ${response.status}${hint}`);
  }
  try {
    return await response.json();
  } catch {
    throw new Unreadable('GitHub’s answer was not JSON');
  }
}

/** Reads a central config at the commit its ref names now (src/github/central.ts reads it). */
export async function fetchCentralCopy(
  ref: string,
  options: { api: string; token: string | null; timeoutMs: number; now?: Date },
): Promise<CentralCopy> {
  const get: ApiGet = (path) => getJson(options.api, path, options.token, options.timeoutMs);
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
 * The config with its central configs merged under it (ignore and baseline entries for locked
 * rules dropped); unchanged when `extends` names none.
 */
export async function withCentral(
  options: CentralOptions,
): Promise<{ config: Config; ignore: IgnoreEntry[]; baseline: Set<string> }> {
  const { config, ignore, baseline } = options;
  const refs = config.extends.filter(isRemoteExtends);
  if (refs.length === 0) return { config, ignore, baseline };
  const env = options.env ?? process.env;
  let api = env.GITHUB_API_URL || 'https://api.github.com';
  while (api.endsWith('/')) api = api.slice(0, -1);
  const timeout = Number(env.MANDATE_CENTRAL_TIMEOUT_MS);
  const timeoutMs = Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
  const dir = await cacheDir(options.repoRoot, env);
  let token: string | null | undefined;

  const texts = new Map<string, string>();
  for (const ref of refs) {
    const cached = readCache(dir, ref);
    // A ref pinned to a full commit id never changes: the cached copy is that file.
    const pinned = /@[0-9a-f]{40}$/i.test(ref);
    if (pinned && cached !== null && options.mode !== 'ci') {
      texts.set(ref, cached.text);
      continue;
    }
    try {
      token ??= findToken(env);
      const copy = await fetchCentralCopy(ref, { api, token, timeoutMs });
      texts.set(ref, copy.text);
      try {
        writeCache(dir, copy);
      } catch (error) {
        options.warn(
          `could not cache the central config ${ref} in ${dir} (${(error as Error).message}); offline commits will use the local config only.`,
        );
      }
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
        texts.set(ref, cached.text);
        options.warn(
          `the central config ${ref} cannot be read (${error.message}); using the copy cached from commit ${cached.commit.slice(0, 12)} (read ${cached.fetchedAt}).`,
        );
      } else {
        options.warn(
          `the central config ${ref} cannot be read (${error.message}) and no copy is cached; this run uses the repository's own config without it. CI still applies it.`,
        );
      }
    }
  }
  // Entries that could not be read at all are left out: the rest is merged as the Action does.
  // With no built-in pack left either, the default packs apply rather than no rules at all.
  let kept = config.extends.filter((name) => !isRemoteExtends(name) || texts.has(name));
  const missing = kept.length < config.extends.length;
  if (kept.every(isRemoteExtends)) kept = [...defaultConfig().extends, ...kept];
  const readable = { ...config, extends: kept };
  if (missing) {
    // `disable` and `overrides` may name rules of the missing config: those are left out too.
    const known = new Set([
      ...builtinPacks().flatMap((pack) => pack.rules.map((rule) => rule.id)),
      ...config.rules.map((rule) => rule.id),
    ]);
    const named = (id: string) => known.has(id) || id.startsWith('review/');
    readable.disable = config.disable.filter(named);
    readable.overrides = Object.fromEntries(
      Object.entries(config.overrides).filter(([id]) => named(id)),
    );
  }
  const central = await applyCentral(async (ref) => texts.get(ref)!, readable, ignore, baseline);
  for (const note of central.notes) options.warn(note);
  return { config: central.config, ignore: central.ignore, baseline: central.baseline };
}
