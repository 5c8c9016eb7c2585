/**
 * Is mandate really on? What `mandate init` verifies after writing the hook, and what
 * `mandate doctor` reports at any time: the pre-commit hook git will run (core.hooksPath,
 * .git/hooks, husky's `.husky/_`, the pre-commit framework's and lefthook's shims) leads to
 * mandate, the hook's command resolves, the config is valid, and a workflow runs the Action
 * with the permissions it needs.
 *
 * Checks only read; `activateHookManager` (init only) runs the manager's own install step.
 *
 * Long because the four checks (hook, binary, config, workflow) each read a different hook
 * manager's or workflow's files through the same small helpers for finding, reading and showing
 * them; apart, they would repeat those helpers.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { delimiter, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { isMap, parse, parseDocument } from 'yaml';
import { loadConfig } from '../config/load.js';
import {
  HOOK_MARKER,
  type HookManager,
  INSTALL_COMMAND,
  LEFTHOOK_FILES,
  PRE_COMMIT_FILES,
  runsMandate,
} from './hook-command.js';

const run = promisify(execFile);

export interface Check {
  name: 'hook' | 'binary' | 'config' | 'workflow';
  status: 'ok' | 'warn' | 'fail';
  /** One sentence: what was found. */
  detail: string;
  /** The exact command or change that fixes it. */
  fix?: string;
}

/** The pre-commit hook file git runs: `$(git rev-parse --git-path hooks)/pre-commit`. */
async function hookFile(repoRoot: string): Promise<{ dir: string; file: string }> {
  const { stdout } = await run('git', ['rev-parse', '--git-path', 'hooks'], { cwd: repoRoot });
  const dir = resolve(repoRoot, stdout.trim());
  return { dir, file: join(dir, 'pre-commit') };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** An executable named `name` on PATH, or null. */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    if (existsSync(candidate) && isExecutable(candidate)) return candidate;
  }
  return null;
}

/** The repository's own `node_modules/.bin/NAME`, else NAME on PATH. */
function findTool(repoRoot: string, name: string): string | null {
  const local = join(repoRoot, 'node_modules', '.bin', name);
  return existsSync(local) && isExecutable(local) ? local : onPath(name);
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

function show(repoRoot: string, path: string): string {
  const rel = relative(repoRoot, path);
  return (rel === '' || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

/** Whether some lefthook config's pre-commit runs mandate. */
async function lefthookRunsMandate(repoRoot: string): Promise<string | null> {
  for (const name of LEFTHOOK_FILES) {
    const text = await readOptional(join(repoRoot, name));
    if (text !== null && /pre-commit\s*:/.test(text) && runsMandate(text)) return name;
  }
  return null;
}

/** The pre-commit config's mandate hook: `local` (runs the project's binary) or `remote`. */
async function preCommitMandate(
  repoRoot: string,
): Promise<{ file: string; kind: 'local' | 'remote' } | null> {
  for (const name of PRE_COMMIT_FILES) {
    const text = await readOptional(join(repoRoot, name));
    if (text === null) continue;
    let json: unknown;
    try {
      json = parse(text);
    } catch {
      continue;
    }
    const repos = (json as { repos?: unknown })?.repos;
    if (!Array.isArray(repos)) continue;
    for (const repo of repos as { repo?: unknown; hooks?: unknown }[]) {
      if (!Array.isArray(repo?.hooks)) continue;
      if ((repo.hooks as { id?: unknown }[]).some((hook) => hook?.id === 'mandate'))
        return { file: name, kind: repo.repo === 'local' ? 'local' : 'remote' };
    }
  }
  return null;
}

/** What it takes to (re)install the hook of `manager`. */
export function installStep(manager: HookManager): string {
  switch (manager) {
    case 'husky':
      return 'npm install --save-dev husky && npx husky';
    case 'lefthook':
      return 'npm install --save-dev lefthook && npx lefthook install';
    case 'pre-commit':
      return 'pip install pre-commit && pre-commit install';
    case 'git':
      return 'mandate init --hook-manager git';
  }
}

/**
 * Whether git will run mandate on the next commit: follows what git runs (the hook file in the
 * hooks directory git uses) to mandate, through whichever manager installed it.
 */
export async function checkHook(repoRoot: string, manager: HookManager): Promise<Check> {
  const fail = (detail: string, fix: string): Check => ({
    name: 'hook',
    status: 'fail',
    detail,
    fix,
  });
  let where: { dir: string; file: string };
  try {
    where = await hookFile(repoRoot);
  } catch {
    return fail(`${repoRoot} is not a git repository.`, 'git init, then mandate init');
  }
  const shown = show(repoRoot, where.file);
  const text = await readOptional(where.file);
  if (text === null) {
    return fail(`git runs no pre-commit hook: ${shown} does not exist.`, installStep(manager));
  }
  if (!isExecutable(where.file)) {
    return fail(`${shown} is not executable, so git skips it.`, `chmod +x ${shown}`);
  }
  const ok = (detail: string): Check => ({ name: 'hook', status: 'ok', detail });

  if (text.includes(HOOK_MARKER)) return ok(`git runs mandate's hook ${shown}.`);

  // husky v9: core.hooksPath=.husky/_, whose shims run .husky/<hook> through `.husky/_/h`.
  if (/\/h"\s*$/m.test(text) || /husky/.test(text)) {
    const huskyDir = where.dir.endsWith(`${sep}_`) ? resolve(where.dir, '..') : where.dir;
    const script = join(huskyDir, 'pre-commit');
    const body = script === where.file ? text : await readOptional(script);
    if (body !== null && runsMandate(body))
      return ok(`git runs husky's hook, and ${show(repoRoot, script)} runs mandate.`);
    return fail(
      `git runs husky's hook, but ${show(repoRoot, script)} does not run mandate.`,
      'mandate init --hook-manager husky',
    );
  }
  if (/pre-commit\.com|File generated by pre-commit/.test(text)) {
    const hook = await preCommitMandate(repoRoot);
    if (hook === null)
      return fail(
        `git runs the pre-commit framework, but no .pre-commit-config.yaml has a mandate hook.`,
        'mandate init --hook-manager pre-commit',
      );
    const python = /^INSTALL_PYTHON=(.+)$/m.exec(text)?.[1]?.trim();
    if ((python === undefined || !existsSync(python)) && onPath('pre-commit') === null)
      return fail(
        'git runs the pre-commit framework, but pre-commit itself is not installed.',
        installStep('pre-commit'),
      );
    return ok(`git runs the pre-commit framework, and ${hook.file} has the mandate hook.`);
  }
  if (/lefthook/i.test(text)) {
    const file = await lefthookRunsMandate(repoRoot);
    if (file === null)
      return fail(
        'git runs lefthook, but no lefthook config runs mandate on pre-commit.',
        'mandate init --hook-manager lefthook',
      );
    if (findTool(repoRoot, 'lefthook') === null)
      return fail('git runs lefthook, but lefthook is not installed.', installStep('lefthook'));
    return ok(`git runs lefthook, and ${file} runs mandate.`);
  }
  if (runsMandate(text)) return ok(`git runs ${shown}, which runs mandate.`);
  return fail(
    `git runs ${shown}, which does not run mandate.`,
    `add mandate to ${shown}, or mandate init --force`,
  );
}

/** Whether the hook's command finds mandate: node_modules/.bin/mandate, else PATH. */
export async function checkBinary(repoRoot: string): Promise<Check> {
  const remote = await preCommitMandate(repoRoot);
  if (remote?.kind === 'remote')
    return {
      name: 'binary',
      status: 'ok',
      detail: `the pre-commit framework installs mandate itself (${remote.file}).`,
    };
  const local = join(repoRoot, 'node_modules', '.bin', 'mandate');
  if (existsSync(local) && isExecutable(local))
    return { name: 'binary', status: 'ok', detail: 'the hook runs node_modules/.bin/mandate.' };
  const global = onPath('mandate');
  if (global !== null)
    return { name: 'binary', status: 'ok', detail: `the hook runs mandate on PATH (${global}).` };
  return {
    name: 'binary',
    status: 'fail',
    detail:
      'mandate is not installed: neither node_modules/.bin/mandate nor mandate on PATH exists.',
    fix: INSTALL_COMMAND,
  };
}

export async function checkConfig(repoRoot: string): Promise<Check> {
  try {
    const config = await loadConfig({ cwd: repoRoot });
    return {
      name: 'config',
      status: 'ok',
      detail:
        config.source.file === null
          ? 'no .mandate.yml: the built-in defaults apply.'
          : `${config.source.file} is valid.`,
    };
  } catch (error) {
    return {
      name: 'config',
      status: 'fail',
      detail: (error as Error).message,
      fix: 'fix the config file, then run mandate doctor again',
    };
  }
}

const ACTION_USE = /^[\w.-]+\/mandate(?:\/\.github\/workflows\/[\w.-]+\.ya?ml)?@/;
const NEEDS: Record<string, 'read' | 'write'> = { contents: 'read', 'pull-requests': 'read' };

/** A workflow runs the Action (or the reusable workflow) on pull requests, with the permissions it needs. */
export async function checkWorkflow(repoRoot: string): Promise<Check> {
  const dir = join(repoRoot, '.github', 'workflows');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
    : [];
  const problems: string[] = [];
  const found: string[] = [];
  for (const name of files) {
    const doc = parseDocument(await readFile(join(dir, name), 'utf8'));
    if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
    const wf = doc.toJSON() as Record<string, unknown>;
    const jobs = (wf.jobs ?? {}) as Record<string, Record<string, unknown>>;
    for (const [id, job] of Object.entries(jobs)) {
      const steps = Array.isArray(job?.steps)
        ? (job.steps as { uses?: unknown; with?: unknown }[])
        : [];
      const uses = [job?.uses, ...steps.map((step) => step?.uses)].filter(
        (value): value is string => typeof value === 'string' && ACTION_USE.test(value),
      );
      if (uses.length === 0) continue;
      const where = `.github/workflows/${name} (job ${id})`;
      found.push(where);
      const on = wf.on ?? wf.true; // YAML 1.1 readers turn `on` into true
      const triggers =
        typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {});
      if (!triggers.some((t) => t === 'pull_request' || t === 'pull_request_target'))
        problems.push(`${where} does not run on pull_request`);
      const perms = (job.permissions ?? wf.permissions) as unknown;
      if (perms === undefined) continue; // the repository's default token permissions apply
      const granted = typeof perms === 'string' ? perms : null;
      for (const [scope, level] of Object.entries(NEEDS)) {
        const has = granted ?? (perms as Record<string, unknown>)?.[scope];
        if (!(has === 'write' || has === 'write-all' || has === 'read-all' || has === level))
          problems.push(`${where} does not grant ${scope}: ${level}`);
      }
      const sarif = steps.some(
        (step) => typeof step?.with === 'object' && step.with !== null && 'sarif-file' in step.with,
      );
      const events = granted ?? (perms as Record<string, unknown>)?.['security-events'];
      if (sarif && events !== 'write' && events !== 'write-all')
        problems.push(`${where} writes SARIF but does not grant security-events: write`);
    }
  }
  if (found.length === 0)
    return {
      name: 'workflow',
      status: 'warn',
      detail:
        'no workflow in .github/workflows runs the mandate Action, so CI does not catch a skipped hook.',
      fix: 'add the workflow from the README (GitHub Action)',
    };
  if (problems.length > 0)
    return {
      name: 'workflow',
      status: 'fail',
      detail: `${problems.join('; ')}.`,
      fix: 'grant the permissions the README lists for the Action',
    };
  return { name: 'workflow', status: 'ok', detail: `the Action runs in ${found.join(', ')}.` };
}

/**
 * init only: when the manager's hook is not installed in git yet, run the manager's own
 * install step if the manager is available. Returns what it did, or the command to run.
 */
export async function activateHookManager(
  repoRoot: string,
  manager: HookManager,
): Promise<{ action?: string; pending?: string }> {
  if ((await checkHook(repoRoot, manager)).status === 'ok' || manager === 'git') return {};
  const step: Record<
    Exclude<HookManager, 'git'>,
    { tool: string; args: string[]; shown: string }
  > = {
    husky: { tool: 'husky', args: [], shown: 'npx husky' },
    lefthook: { tool: 'lefthook', args: ['install'], shown: 'npx lefthook install' },
    'pre-commit': { tool: 'pre-commit', args: ['install'], shown: 'pre-commit install' },
  };
  const { tool, args, shown } = step[manager];
  const exe = findTool(repoRoot, tool);
  if (exe === null) return { pending: installStep(manager) };
  try {
    await run(exe, args, { cwd: repoRoot, env: { ...process.env, CI: '' } });
    return { action: `ran \`${shown}\` so git runs the ${manager} hook` };
  } catch (error) {
    const output = String((error as { stderr?: unknown }).stderr ?? '')
      .trim()
      .split('\n')[0];
    return { pending: `${installStep(manager)} (\`${shown}\` failed: ${output || 'no message'})` };
  }
}

/** `mandate doctor`. */
export async function runDoctorChecks(repoRoot: string): Promise<Check[]> {
  const { detectHookManager } = await import('./init.js');
  const { manager } = await detectHookManager(repoRoot);
  return [
    await checkHook(repoRoot, manager),
    await checkBinary(repoRoot),
    await checkConfig(repoRoot),
    await checkWorkflow(repoRoot),
  ];
}

export function formatChecks(checks: Check[]): string {
  const mark = { ok: '✔', warn: '⚠', fail: '✖' } as const;
  return checks
    .map(
      (check) =>
        `${mark[check.status]} ${check.name}: ${check.detail}${check.fix === undefined || check.status === 'ok' ? '' : `\n    fix: ${check.fix}`}`,
    )
    .join('\n');
}
