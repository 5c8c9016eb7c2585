/**
 * Helpers for the end-to-end suites: they run the BUILT CLI (`node dist/cli.js`) in real
 * directories and git repositories, as a user would.
 *
 * `ensureBuilt()` builds dist/cli.js when it is missing or older than the sources or rule packs
 * it embeds (the packs are bundled as data). Parallel test workers share one build through a
 * lock directory in this clone's node_modules/.cache (two clones never share it).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { JsonReport } from '../../src/reporters/json.js';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The bundle under test; MANDATE_E2E_CLI points the suites at another build. */
export const CLI = process.env.MANDATE_E2E_CLI ?? join(ROOT, 'dist', 'cli.js');
export const BIN = join(ROOT, 'bin', 'mandate.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function isFresh(): boolean {
  if (!existsSync(CLI)) return false;
  const built = statSync(CLI).mtimeMs;
  return built >= newestMtime(join(ROOT, 'src')) && built >= newestMtime(join(ROOT, 'rules'));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/cli.js if it is missing or stale (once across parallel workers). */
export function ensureBuilt(): void {
  // In CI the committed dist/ is what is tested (test/check-dist.test.ts says when it is stale).
  if (process.env.MANDATE_E2E_CLI !== undefined || process.env.CI || isFresh()) return;
  // Not inside dist/: the build removes dist/ first, and a lock there with it.
  const lock = join(ROOT, 'node_modules', '.cache', 'mandate-e2e-build-lock');
  mkdirSync(dirname(lock), { recursive: true });
  let owner = false;
  try {
    mkdirSync(lock);
    owner = true;
  } catch {
    // Another worker is building: wait for it (at most a minute), then use its result.
    const deadline = Date.now() + 60_000;
    while (existsSync(lock) && Date.now() < deadline) sleep(200);
    if (existsSync(CLI)) return;
  }
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    // A stale bundle is still the CLI a user would run; a missing one is not.
    if (!existsSync(CLI)) throw error;
    console.warn(`e2e: rebuilding dist/cli.js failed; testing the existing bundle.\n${error}`);
  } finally {
    if (owner) rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

let ghConfig: string | undefined;
/** An empty GitHub CLI config folder, made once per test file. */
function noGhConfig(): string {
  ghConfig ??= mkdtempSync(join(tmpdir(), 'mandate-no-gh-'));
  return ghConfig;
}

/** An environment without CI markers or git hook variables, so runs behave the same anywhere. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith('GIT_') || name === 'CI' || name.startsWith('GITHUB_')) delete env[name];
  }
  delete env.MANDATE_DEBUG;
  delete env.MANDATE_SKIP;
  // No token from the machine: neither GH_TOKEN nor a logged-in GitHub CLI (`gh auth token`).
  delete env.GH_TOKEN;
  delete env.GH_ENTERPRISE_TOKEN;
  env.GH_CONFIG_DIR = noGhConfig();
  env.NO_COLOR = '1';
  env.GIT_CONFIG_GLOBAL = '/dev/null';
  env.GIT_CONFIG_NOSYSTEM = '1';
  env.GIT_AUTHOR_NAME = 'Ada Tester';
  env.GIT_AUTHOR_EMAIL = 'ada@example.test';
  env.GIT_COMMITTER_NAME = 'Ada Tester';
  env.GIT_COMMITTER_EMAIL = 'ada@example.test';
  return { ...env, ...extra };
}

/** Runs `node dist/cli.js ARGS` in `cwd`. */
export function mandate(
  cwd: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: cleanEnv(extraEnv),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `mandate()` run asynchronously, so a fake server in the test's own process can answer it. */
export function mandateAsync(
  cwd: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: cleanEnv(extraEnv) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A stack trace line (`    at fn (file:1:2)`): errors must be sentences, never traces. */
export const STACK_LINE = /^\s{2,}at .+[:(]/m;

/** Parses `--format json` output. */
export function parseJson<T = JsonReport>(text: string): T {
  return JSON.parse(text) as T;
}

/** The `--format json` contract, as the reporter defines it. */
export type { JsonFinding, JsonReport } from '../../src/reporters/json.js';
