/**
 * `mandate init`: put mandate into the hook manager a repository already uses (lefthook, the
 * pre-commit framework, husky) instead of fighting it; set up husky for a Node project that has
 * none; otherwise install the plain git hook. Also writes a starter `.mandate.yml`.
 *
 * Every change is described in `actions`, and a second run changes nothing.
 *
 * Long because each hook manager's file is edited in place keeping the user's formatting
 * (lefthook and pre-commit YAML documents, husky's package.json and shell hook, the plain git
 * hook), and the four editors share the parsing and reading helpers at the end of the file.
 */

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Document, isMap, isSeq, type ParsedNode, parseDocument, type YAMLMap } from 'yaml';
import { jsonErrorOffset, positionOf } from '../config/json-position.js';
import { CONFIG_FILES } from '../config/load.js';
import { ConfigError, MandateError } from '../core/errors.js';
import { starterConfig } from './starter-config.js';

const run = promisify(execFile);

export type HookManager = 'husky' | 'lefthook' | 'pre-commit' | 'git';

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

/** How to install mandate: the README's install line (there is no registry copy). */
export const INSTALL_COMMAND = 'npm install --save-dev github:mandate-dev/mandate';

/** The one line a hook prints when it cannot find mandate. */
export const MISSING_MESSAGE = `mandate is not installed: run ${INSTALL_COMMAND}`;

/**
 * The command the hook managers run (through sh): the project's own installed binary
 * (`node_modules/.bin/mandate`, from the repository root where git runs hooks), else `mandate`
 * on PATH, else one clear line and a blocked commit. Never `npx`: it costs about a second per
 * commit and may try the registry. `check --staged`: the secrets, and the policy documents
 * (stale ones warn in the hook), as the README says.
 */
export const HOOK_COMMAND = `m=node_modules/.bin/mandate; [ -x "$m" ] || m=$(command -v mandate) || { echo "${MISSING_MESSAGE}" >&2; exit 1; }; "$m" check --staged`;

/** The command `init` wrote before 0.1.x's installed-binary hook; a rerun of init replaces it. */
export const OLD_HOOK_COMMAND = 'npx --no-install mandate scan --staged';

/**
 * Whether a hook command or script runs mandate (any version's form of it): a line with the word
 * `mandate` and, after it, `scan` or `check`. Two searches, not one `mandate.*scan` regex, which
 * backtracks quadratically on a long line of repeated `mandate`s.
 */
export function runsMandate(text: string): boolean {
  return text.split('\n').some((line) => {
    const at = line.search(/\bmandate\b/);
    return at >= 0 && /\b(?:scan|check)\b/.test(line.slice(at + 'mandate'.length));
  });
}

/** A line of the plain git hook that tells mandate's hook from someone else's. */
const HOOK_MARKER = '# mandate pre-commit hook';

export const LEFTHOOK_FILES = ['lefthook.yml', '.lefthook.yml', 'lefthook.yaml', '.lefthook.yaml'];
export const PRE_COMMIT_FILES = ['.pre-commit-config.yaml', '.pre-commit-config.yml'];

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
  const name = file ?? 'lefthook.yml';
  const path = join(ctx.repoRoot, name);
  const text = file === undefined ? '' : await readFile(path, 'utf8');
  const result = addToLefthook(text, show(ctx, path));
  if (!result.changed) {
    ctx.actions.push(`${show(ctx, path)} already runs mandate (unchanged)`);
    return;
  }
  await writeFile(path, result.text);
  if (result.upgraded) {
    ctx.actions.push(
      `replaced \`${OLD_HOOK_COMMAND}\` in ${show(ctx, path)} with the installed-binary command (check --staged)`,
    );
    return;
  }
  ctx.actions.push(
    file === undefined
      ? `created ${show(ctx, path)} with a pre-commit command that runs mandate (run \`npx lefthook install\` once)`
      : `added mandate to ${show(ctx, path)} (pre-commit → commands → mandate)`,
  );
}

/** Adds a `pre-commit` command running mandate to a lefthook config, keeping its comments. */
export function addToLefthook(
  text: string,
  file: string,
): { text: string; changed: boolean; upgraded?: true } {
  const doc = parseYaml(text, file);
  const command = { run: HOOK_COMMAND };
  if (doc.contents === null) {
    doc.contents = doc.createNode({ 'pre-commit': { commands: { mandate: command } } }) as never;
    return { text: stringify(doc, text), changed: true };
  }
  const root: unknown = doc.contents;
  if (!isMap<unknown, unknown>(root))
    throw new ConfigError(file, 'is not a lefthook configuration (expected a map at the top).');

  const hook = root.get('pre-commit', true);
  if (hook === undefined || (!isMap(hook) && isEmptyScalar(hook))) {
    root.set('pre-commit', doc.createNode({ commands: { mandate: command } }));
    return { text: stringify(doc, text), changed: true };
  }
  if (!isMap(hook)) throw new ConfigError(file, '`pre-commit` is not a map of lefthook settings.');

  const commands = hook.get('commands', true);
  const jobs = hook.get('jobs', true);
  const isMandateJob = (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    runsMandate(String((value as { run?: unknown }).run ?? ''));
  // Written by an older init: switch it to the installed binary and `check --staged`.
  const old = [
    ...(isMap(commands) ? commands.items.map((item) => item.value) : []),
    ...(isSeq(jobs) ? jobs.items : []),
  ].find((node): node is YAMLMap => isMap(node) && node.get('run') === OLD_HOOK_COMMAND);
  if (old !== undefined) {
    old.set('run', HOOK_COMMAND);
    return { text: stringify(doc, text), changed: true, upgraded: true };
  }
  const commandsJs = commands === undefined ? undefined : (commands.toJSON() as unknown);
  const jobsJs = jobs === undefined ? undefined : (jobs.toJSON() as unknown);
  if (
    (isPlainObject(commandsJs) &&
      ('mandate' in commandsJs || Object.values(commandsJs).some(isMandateJob))) ||
    (Array.isArray(jobsJs) && jobsJs.some(isMandateJob))
  ) {
    return { text, changed: false };
  }

  if (isSeq(jobs)) {
    jobs.add(doc.createNode({ name: 'mandate', ...command }));
  } else if (isMap(commands)) {
    commands.set('mandate', doc.createNode(command));
  } else if (commands === undefined || isEmptyScalar(commands)) {
    hook.set('commands', doc.createNode({ mandate: command }));
  } else {
    throw new ConfigError(file, '`pre-commit.commands` is not a map of commands.');
  }
  return { text: stringify(doc, text), changed: true };
}

// ---------------------------------------------------------------------------------------------
// pre-commit framework

async function setUpPreCommit(ctx: Ctx, file: string | undefined): Promise<void> {
  const name = file ?? '.pre-commit-config.yaml';
  const path = join(ctx.repoRoot, name);
  const text = file === undefined ? '' : await readFile(path, 'utf8');
  const result = addToPreCommitConfig(text, show(ctx, path));
  if (!result.changed) {
    ctx.actions.push(`${show(ctx, path)} already has a mandate hook (unchanged)`);
    return;
  }
  await writeFile(path, result.text);
  if (result.upgraded) {
    ctx.actions.push(
      `replaced \`${OLD_HOOK_COMMAND}\` in ${show(ctx, path)} with the installed-binary command (check --staged)`,
    );
    return;
  }
  ctx.actions.push(
    file === undefined
      ? `created ${show(ctx, path)} with a local mandate hook (run \`pre-commit install\` once)`
      : `added a local mandate hook to ${show(ctx, path)}`,
  );
}

/** The local hook added to `.pre-commit-config.yaml`. */
export const PRE_COMMIT_HOOK = {
  id: 'mandate',
  name: 'mandate (secrets and policy documents)',
  entry: 'sh',
  args: ['-c', HOOK_COMMAND],
  language: 'system',
  pass_filenames: false,
};

/** Adds a `repo: local` hook with id `mandate` to a pre-commit config, keeping its comments. */
export function addToPreCommitConfig(
  text: string,
  file: string,
): { text: string; changed: boolean; upgraded?: true } {
  const doc = parseYaml(text, file);
  if (doc.contents === null) {
    doc.contents = doc.createNode({
      repos: [{ repo: 'local', hooks: [PRE_COMMIT_HOOK] }],
    }) as never;
    return { text: stringify(doc, text), changed: true };
  }
  const root: unknown = doc.contents;
  if (!isMap<unknown, unknown>(root))
    throw new ConfigError(file, 'is not a pre-commit configuration (expected a map with `repos`).');
  const repos = root.get('repos', true);
  if (repos === undefined || isEmptyScalar(repos)) {
    root.set('repos', doc.createNode([{ repo: 'local', hooks: [PRE_COMMIT_HOOK] }]));
    return { text: stringify(doc, text), changed: true };
  }
  if (!isSeq(repos)) throw new ConfigError(file, '`repos` is not a list.');

  // Written by an older init: switch it to the installed binary and `check --staged`.
  for (const repo of repos.items) {
    const hooks = isMap(repo) ? repo.get('hooks', true) : undefined;
    const old = isSeq(hooks)
      ? hooks.items.find(
          (hook): hook is YAMLMap =>
            isMap(hook) && hook.get('id') === 'mandate' && hook.get('entry') === OLD_HOOK_COMMAND,
        )
      : undefined;
    if (old !== undefined) {
      old.set('entry', PRE_COMMIT_HOOK.entry);
      old.set('args', doc.createNode(PRE_COMMIT_HOOK.args));
      return { text: stringify(doc, text), changed: true, upgraded: true };
    }
  }
  const reposJs = repos.toJSON() as unknown[];
  const hasMandate = reposJs.some(
    (repo) =>
      isPlainObject(repo) &&
      Array.isArray(repo.hooks) &&
      repo.hooks.some((hook) => isPlainObject(hook) && hook.id === 'mandate'),
  );
  if (hasMandate) return { text, changed: false };

  const local = repos.items.find(
    (item): item is YAMLMap =>
      isMap(item) && item.get('repo') === 'local' && isSeq(item.get('hooks', true)),
  );
  if (local !== undefined) {
    const hooks = local.get('hooks', true);
    if (isSeq(hooks)) hooks.add(doc.createNode(PRE_COMMIT_HOOK));
  } else {
    repos.add(doc.createNode({ repo: 'local', hooks: [PRE_COMMIT_HOOK] }));
  }
  return { text: stringify(doc, text), changed: true };
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

/**
 * Makes package.json's `prepare` script run husky, preserving the file's indentation and
 * line endings. An existing `prepare` keeps its command, with `&& husky` appended.
 */
export function addHuskyPrepare(
  text: string,
  file: string,
): { text: string; changed: boolean; action: string } {
  const json = parseJson(text, file);
  if (!isPlainObject(json)) throw new ConfigError(file, 'is not a JSON object.');
  const scripts = json.scripts;
  if (scripts !== undefined && !isPlainObject(scripts))
    throw new ConfigError(file, '`scripts` is not an object.');
  const prepare = scripts?.prepare;
  if (typeof prepare === 'string' && /(^|[\s;&|])husky(\s|$|;|&|\|)/.test(prepare)) {
    return { text, changed: false, action: '' };
  }
  const value =
    typeof prepare === 'string' && prepare.trim() !== '' ? `${prepare} && husky` : 'husky';
  const updated = { ...json, scripts: { ...(scripts ?? {}), prepare: value } };
  const indent = /^[ \t]*\{\s*?\r?\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = JSON.stringify(updated, null, indent);
  if (eol !== '\n') out = out.replace(/\n/g, eol);
  if (/\r?\n$/.test(text)) out += eol;
  const action =
    typeof prepare === 'string' && prepare.trim() !== ''
      ? `appended \`&& husky\` to the "prepare" script in ${file}`
      : `added "prepare": "husky" to the scripts in ${file}`;
  return { text: out, changed: true, action };
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

function parseYaml(text: string, file: string): Document.Parsed<ParsedNode> {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const error = doc.errors[0];
  if (error !== undefined) {
    const pos = error.linePos?.[0];
    throw new ConfigError(file, `is not valid YAML: ${error.message.split('\n')[0]}`, {
      ...(pos === undefined ? {} : { line: pos.line, column: pos.col }),
    });
  }
  return doc;
}

/** Writes a YAML document back in the file's own style (sequence indentation, no folding). */
function stringify(doc: Document, original: string): string {
  // `key:\n- item` (sequence at the key's indentation) vs the default `key:\n  - item`.
  const indentSeq = !/^([ \t]*)[^\s#][^\n]*:[ \t]*\r?\n(?:[ \t]*#[^\n]*\r?\n)*\1- /m.test(original);
  return doc.toString({ indentSeq, lineWidth: 0 });
}

function isEmptyScalar(node: unknown): boolean {
  return (
    typeof node === 'object' &&
    node !== null &&
    'value' in node &&
    ((node as { value: unknown }).value === null || (node as { value: unknown }).value === '')
  );
}

/**
 * JSON.parse, failing with the file's line and column. Not JSON.parse's own message: it quotes
 * the text around the error, which may be a secret.
 */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    throw new ConfigError(file, 'is not valid JSON.', {
      ...positionOf(text, offset < 0 ? text.length : offset),
      hint: 'Fix the JSON, then run `mandate init` again.',
    });
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}

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
