/**
 * `mandate init`: put mandate into the hook manager a repository already uses (lefthook, the
 * pre-commit framework, husky) instead of fighting it; set up husky for a Node project that has
 * none; otherwise install the plain git hook. Also writes a starter `.mandate.yml`.
 *
 * Every change is described in `actions`, and a second run changes nothing.
 *
 * The edits to a manager's config are pure functions in hook-config-edits.ts, the hook's command
 * is in hook-command.ts, the starter config in starter-config.ts; here is the file work.
 *
 * Long because each of the four managers' set-up (find its file, read it, write it, keep a
 * backup of a hook that is not mandate's, say what the user must still run) has its own steps
 * and messages, and they share the detection and the reading helpers.
 */

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CONFIG_FILES } from '../config/load.js';
import { MandateError } from '../core/errors.js';
import {
  HOOK_COMMAND,
  HOOK_MARKER,
  type HookManager,
  INSTALL_COMMAND,
  LEFTHOOK_FILES,
  OLD_HOOK_COMMAND,
  PRE_COMMIT_FILES,
  runsMandate,
} from './hook-command.js';
import {
  addHuskyPrepare,
  addToLefthook,
  addToPreCommitConfig,
  asRecord,
  parseJson,
} from './hook-config-edits.js';
import { starterConfig } from './starter-config.js';

const run = promisify(execFile);

export interface InitOptions {
  repoRoot: string;
  cwd: string;
  /** Replace a pre-commit hook that is not mandate's (the old one is kept as a backup). */
  force?: boolean;
  hookManager?: 'auto' | HookManager;
}

export interface InitResult {
  actions: string[];
  manager: HookManager;
  /** What the user must still do before the hook runs (empty: it runs on the next commit). */
  pending: string[];
}

export async function initProject(options: InitOptions): Promise<InitResult> {
  const repoRoot = resolve(options.repoRoot);
  const ctx: Ctx = {
    repoRoot,
    cwd: resolve(options.cwd),
    force: options.force === true,
    actions: [],
    pending: [],
  };
  const requested = options.hookManager ?? 'auto';
  const detected = await detectHookManager(repoRoot);
  const manager = requested === 'auto' ? detected.manager : requested;

  switch (manager) {
    case 'lefthook':
      await setUpLefthook(ctx, requested === 'lefthook' ? detected.lefthookFile : detected.file);
      break;
    case 'pre-commit':
      await setUpPreCommit(
        ctx,
        requested === 'pre-commit' ? detected.preCommitFile : detected.file,
      );
      break;
    case 'husky':
      await setUpHusky(ctx);
      break;
    case 'git':
      await setUpGitHook(ctx);
      break;
  }
  await writeStarterConfig(ctx);
  return { actions: ctx.actions, manager, pending: ctx.pending };
}

interface Ctx {
  repoRoot: string;
  cwd: string;
  force: boolean;
  actions: string[];
  pending: string[];
}

export interface Detection {
  manager: HookManager;
  /** The config file of the detected manager (lefthook, pre-commit), if any. */
  file?: string;
  lefthookFile?: string;
  preCommitFile?: string;
}

/** Which hook manager the repository uses: lefthook, pre-commit, husky, else plain git. */
export async function detectHookManager(repoRoot: string): Promise<Detection> {
  const lefthookFile = LEFTHOOK_FILES.find((name) => existsSync(join(repoRoot, name)));
  const preCommitFile = PRE_COMMIT_FILES.find((name) => existsSync(join(repoRoot, name)));
  const found = {
    ...(lefthookFile === undefined ? {} : { lefthookFile }),
    ...(preCommitFile === undefined ? {} : { preCommitFile }),
  };
  if (lefthookFile !== undefined) return { manager: 'lefthook', file: lefthookFile, ...found };
  if (preCommitFile !== undefined) return { manager: 'pre-commit', file: preCommitFile, ...found };
  if (existsSync(join(repoRoot, '.husky'))) return { manager: 'husky', ...found };
  const pkg = await readPackageJson(repoRoot);
  if (pkg !== null) {
    // A Node project: husky if it has it, and husky (set up now) if it has no manager at all.
    return { manager: 'husky', ...found };
  }
  return { manager: 'git', ...found };
}

// ---------------------------------------------------------------------------------------------
// lefthook

async function setUpLefthook(ctx: Ctx, file: string | undefined): Promise<void> {
  await editHookConfig(ctx, file, 'lefthook.yml', addToLefthook, {
    unchanged: 'already runs mandate (unchanged)',
    created: 'with a pre-commit command that runs mandate (run `npx lefthook install` once)',
    added: (shown) => `added mandate to ${shown} (pre-commit → commands → mandate)`,
  });
}

// ---------------------------------------------------------------------------------------------
// pre-commit framework

async function setUpPreCommit(ctx: Ctx, file: string | undefined): Promise<void> {
  await editHookConfig(ctx, file, '.pre-commit-config.yaml', addToPreCommitConfig, {
    unchanged: 'already has a mandate hook (unchanged)',
    created: 'with a local mandate hook (run `pre-commit install` once)',
    added: (shown) => `added a local mandate hook to ${shown}`,
  });
}

/**
 * Adds mandate to a hook manager's config file (`file`, or `fallback` created), or upgrades the
 * old `npx` command in it, and says which it did.
 */
async function editHookConfig(
  ctx: Ctx,
  file: string | undefined,
  fallback: string,
  edit: (text: string, shown: string) => { changed: boolean; upgraded?: boolean; text: string },
  say: { unchanged: string; created: string; added: (shown: string) => string },
): Promise<void> {
  const path = join(ctx.repoRoot, file ?? fallback);
  const shown = show(ctx, path);
  const text = file === undefined ? '' : await readFile(path, 'utf8');
  const result = edit(text, shown);
  if (!result.changed) {
    ctx.actions.push(`${shown} ${say.unchanged}`);
    return;
  }
  await writeFile(path, result.text);
  if (result.upgraded) {
    ctx.actions.push(
      `replaced \`${OLD_HOOK_COMMAND}\` in ${shown} with the installed-binary command (check --staged)`,
    );
    return;
  }
  ctx.actions.push(file === undefined ? `created ${shown} ${say.created}` : say.added(shown));
}

// ---------------------------------------------------------------------------------------------
// husky

async function setUpHusky(ctx: Ctx): Promise<void> {
  const pkgPath = join(ctx.repoRoot, 'package.json');
  const pkg = await readPackageJson(ctx.repoRoot);
  if (pkg === null && !existsSync(join(ctx.repoRoot, '.husky'))) {
    throw new MandateError(
      `husky needs a package.json, and ${show(ctx, pkgPath)} does not exist.`,
      {
        hint: 'Run `mandate init --hook-manager git` to install a plain git hook instead.',
      },
    );
  }

  // The hook file: husky v9 runs `.husky/pre-commit` with sh.
  const hookPath = join(ctx.repoRoot, '.husky', 'pre-commit');
  const existing = await readOptional(hookPath);
  if (existing === null) {
    await mkdir(dirname(hookPath), { recursive: true });
    await writeFile(hookPath, `${HOOK_COMMAND}\n`, { mode: 0o755 });
    ctx.actions.push(`created ${show(ctx, hookPath)} (runs \`${HOOK_COMMAND}\`)`);
  } else if (existing.split(/\r?\n/).some((line) => line.trim() === OLD_HOOK_COMMAND)) {
    const updated = existing
      .split('\n')
      .map((line) => (line.trim() === OLD_HOOK_COMMAND ? HOOK_COMMAND : line))
      .join('\n');
    await writeFile(hookPath, updated);
    ctx.actions.push(
      `replaced \`${OLD_HOOK_COMMAND}\` in ${show(ctx, hookPath)} with the installed-binary command (check --staged)`,
    );
  } else if (runsMandate(existing)) {
    ctx.actions.push(`${show(ctx, hookPath)} already runs mandate (unchanged)`);
  } else {
    const glue = existing === '' || existing.endsWith('\n') ? '' : '\n';
    await writeFile(hookPath, `${existing}${glue}${HOOK_COMMAND}\n`);
    await chmod(hookPath, 0o755);
    ctx.actions.push(`added \`${HOOK_COMMAND}\` to ${show(ctx, hookPath)}`);
  }

  if (pkg === null) return;
  const prepared = addHuskyPrepare(pkg.text, show(ctx, pkgPath));
  if (prepared.changed) {
    await writeFile(pkgPath, prepared.text);
    ctx.actions.push(prepared.action);
  }
  const deps = { ...asRecord(pkg.json.dependencies), ...asRecord(pkg.json.devDependencies) };
  if (!('husky' in deps)) {
    ctx.actions.push(
      'husky is not installed yet: run `npm install --save-dev husky && npx husky` (`npm install` with a package name does not run the `prepare` script, so run husky once yourself)',
    );
    ctx.pending.push('npm install --save-dev husky && npx husky');
  }
  if (!('mandate' in deps) && pkg.json.name !== 'mandate') {
    ctx.actions.push(
      `mandate is not in package.json yet: run \`${INSTALL_COMMAND}\` so the hook finds it`,
    );
    ctx.pending.push(INSTALL_COMMAND);
  }
  const foreign = await foreignGitHook(ctx);
  if (foreign !== null) {
    ctx.actions.push(
      `note: husky points git at .husky/, so ${show(ctx, foreign)} will stop running; move what it does into ${show(ctx, hookPath)}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// plain git

async function setUpGitHook(ctx: Ctx): Promise<void> {
  const hooksDir = await gitHooksDir(ctx.repoRoot);
  const target = join(hooksDir, 'pre-commit');
  const script = await readFile(hookScriptPath(), 'utf8');
  const existing = await readOptional(target);

  if (existing === script) {
    await chmod(target, 0o755);
    ctx.actions.push(`${show(ctx, target)} is already mandate's hook (unchanged)`);
    return;
  }
  if (existing !== null && !existing.includes(HOOK_MARKER)) {
    if (!ctx.force) {
      ctx.actions.push(
        `did not install the hook: ${show(ctx, target)} already exists and is not mandate's. ` +
          `Add \`${HOOK_COMMAND}\` to it yourself, or rerun with --force to install mandate's (the old hook is kept as pre-commit.before-mandate, and mandate's hook runs it first)`,
      );
      ctx.pending.push(`add \`${HOOK_COMMAND}\` to ${show(ctx, target)}, or rerun with --force`);
      return;
    }
    const backup = join(hooksDir, 'pre-commit.before-mandate');
    await rename(target, backup);
    ctx.actions.push(
      `moved the existing ${show(ctx, target)} to ${show(ctx, backup)} (--force); mandate's hook runs it first, so it keeps running`,
    );
  }
  await mkdir(hooksDir, { recursive: true });
  await writeFile(target, script, { mode: 0o755 });
  await chmod(target, 0o755);
  ctx.actions.push(
    existing?.includes(HOOK_MARKER)
      ? `updated mandate's git hook ${show(ctx, target)}`
      : `installed the git hook ${show(ctx, target)}`,
  );
}

/** `$(git rev-parse --git-path hooks)`: respects core.hooksPath and worktrees. */
async function gitHooksDir(repoRoot: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--git-path', 'hooks'], { cwd: repoRoot });
    return resolve(repoRoot, stdout.trim());
  } catch (error) {
    throw new MandateError(`could not find the git hooks directory of ${repoRoot}.`, {
      cause: error,
      hint: 'Run `mandate init` inside a git repository (git init first).',
    });
  }
}

async function foreignGitHook(ctx: Ctx): Promise<string | null> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--git-common-dir'], { cwd: ctx.repoRoot });
    const hook = join(resolve(ctx.repoRoot, stdout.trim()), 'hooks', 'pre-commit');
    const text = await readOptional(hook);
    return text !== null && !text.includes(HOOK_MARKER) ? hook : null;
  } catch {
    return null;
  }
}

/** hooks/pre-commit of the installed mandate package (found upwards from this module). */
export function hookScriptPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'hooks', 'pre-commit');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new MandateError('the mandate package is incomplete: hooks/pre-commit is missing.', {
    hint: `Reinstall mandate (\`${INSTALL_COMMAND}\`).`,
  });
}

// ---------------------------------------------------------------------------------------------
// .mandate.yml

async function writeStarterConfig(ctx: Ctx): Promise<void> {
  const existing = CONFIG_FILES.find((name) => existsSync(join(ctx.repoRoot, name)));
  if (existing !== undefined) {
    ctx.actions.push(`kept the existing ${show(ctx, join(ctx.repoRoot, existing))}`);
    return;
  }
  const path = join(ctx.repoRoot, CONFIG_FILES[0]);
  await writeFile(path, starterConfig(ctx.repoRoot));
  ctx.actions.push(`created ${show(ctx, path)} (extends: recommended, fail_on: high)`);
}

// ---------------------------------------------------------------------------------------------
// helpers

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new MandateError(`could not read ${path}.`, { cause: error });
  }
}

async function readPackageJson(
  dir: string,
): Promise<{ text: string; json: Record<string, unknown> } | null> {
  const path = join(dir, 'package.json');
  const text = await readOptional(path);
  if (text === null) return null;
  return { text, json: asRecord(parseJson(text, path)) };
}

/** A path for messages: relative to where the user ran the command, with forward slashes. */
function show(ctx: Ctx, path: string): string {
  const rel = relative(ctx.cwd, path);
  const shown = rel === '' || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}
