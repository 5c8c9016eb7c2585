/**
 * Spawning git: argument arrays only (never a shell string), settings that make the output
 * machine-readable whatever the user's config says, and failures turned into MandateErrors
 * that name the command, quote git's first line of complaint and say what to do.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MandateError } from '../core/errors.js';

/**
 * Options placed before every git subcommand. `core.quotePath=false` keeps non-ASCII names
 * verbatim (git still C-quotes names with `"`, `\` or control characters; unified-diff.ts
 * decodes those).
 */
const GLOBAL_ARGS = ['-c', 'core.quotePath=false', '-c', 'color.ui=false'];

/**
 * Options for `git diff` / `git log -p` that pin the output format against user config and
 * against the change itself: `--text` because a `.gitattributes` in the scanned change can mark
 * its own files `binary` / `-diff` (git would then print only "Binary files differ"), so
 * binary-or-text is decided by content in the parser (unified-diff.ts), never by attributes;
 * no colour, no external diff or textconv filters, fixed `a/` `b/` prefixes (diff.noprefix,
 * diff.mnemonicPrefix), paths from the repository root (diff.relative), submodules as
 * `Subproject commit` lines (diff.submodule), and hunks never merged across unchanged lines.
 */
export const DIFF_FORMAT_ARGS = [
  '--text',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--no-relative',
  '--submodule=short',
  '--inter-hunk-context=0',
  '-U0',
  '-M',
];

/** The environment for git: never prompt for credentials; messages in English for matching. */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C' };
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** Render a git invocation for a message (without our fixed `-c` settings). */
export function describeCommand(args: readonly string[]): string {
  const shown = args.map((a) => (/^[\w./:=@^~+-]+$/.test(a) ? a : JSON.stringify(a)));
  return `git ${shown.join(' ')}`;
}

function spawnGit(args: readonly string[], cwd: string): ChildProcess {
  return spawn('git', [...GLOBAL_ARGS, ...args], {
    cwd,
    env: gitEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
}

function spawnFailure(args: readonly string[], cwd: string, error: unknown): MandateError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && !existsSync(cwd)) {
    return new MandateError(`could not run ${describeCommand(args)}: ${cwd} does not exist.`, {
      cause: error,
      hint: 'Run mandate from an existing directory.',
    });
  }
  if (code === 'ENOENT') {
    return new MandateError(`could not run ${describeCommand(args)}: git was not found on PATH.`, {
      cause: error,
      hint: 'Install git (https://git-scm.com) or scan files without a git scope: mandate scan PATH.',
    });
  }
  return new MandateError(`could not run ${describeCommand(args)} in ${cwd}.`, {
    cause: error,
    hint: 'Check that the directory exists and git is installed.',
  });
}

/** Run git to completion and collect its output. Never throws for a non-zero exit. */
export function runGit(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawnGit(args, cwd);
    } catch (error) {
      reject(spawnFailure(args, cwd, error));
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(spawnFailure(args, cwd, error)));
    child.on('close', (code, signal) => {
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
        code: code ?? (signal ? 128 : 1),
      });
    });
  });
}

/** Run git and return stdout as text; a non-zero exit becomes a MandateError. */
export async function gitOutput(
  args: readonly string[],
  cwd: string,
  hint?: string,
): Promise<string> {
  const result = await runGit(args, cwd);
  if (result.code !== 0) throw gitFailure(args, result.stderr, hint);
  return result.stdout.toString('utf8');
}

/** First meaningful line of git's stderr (skipping hint: lines). */
export function firstLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('hint:'));
  return lines[0] ?? '(no message)';
}

/** What to do about a git failure, judged from git's message. */
function defaultHint(stderr: string): string | undefined {
  if (/not a git repository/i.test(stderr)) {
    return 'not a git repository: run mandate scan without --staged, --diff or --history, or run inside a repository.';
  }
  if (/dubious ownership/i.test(stderr)) {
    return 'git refuses a repository owned by another user: add it with `git config --global --add safe.directory <path>`.';
  }
  if (
    /unknown revision|bad revision|ambiguous argument|invalid object name|bad object/i.test(stderr)
  ) {
    return 'check the revision names; in CI fetch enough history (actions/checkout with fetch-depth: 0).';
  }
  if (/does not have any commits yet/i.test(stderr)) {
    return 'the repository has no commits yet: commit first, or scan the staged changes with --staged.';
  }
  return undefined;
}

/** A MandateError for a failed git command: the command, git's first line, what to do. */
export function gitFailure(args: readonly string[], stderr: string, hint?: string): MandateError {
  const chosen = hint ?? defaultHint(stderr);
  return new MandateError(`${describeCommand(args)} failed: ${firstLine(stderr)}`, {
    ...(chosen === undefined ? {} : { hint: chosen }),
  });
}

/**
 * Stream git's stdout as Buffers. Backpressure is natural: the async iterator reads from the
 * pipe only as fast as the consumer pulls, so git blocks on a full pipe while the consumer is
 * busy. A non-zero exit throws (after the output) a MandateError; a consumer that stops early
 * (break/return) kills the child.
 */
export async function* streamGit(
  args: readonly string[],
  cwd: string,
  hint?: string,
): AsyncGenerator<Buffer> {
  let child: ChildProcess;
  try {
    child = spawnGit(args, cwd);
  } catch (error) {
    throw spawnFailure(args, cwd, error);
  }
  let spawnError: unknown;
  const closed = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      spawnError = error;
      resolve(-1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  // Keep at most 64 KiB of stderr: it is only used for the first line of a message.
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 65536) stderr += chunk.toString('utf8');
  });
  let finished = false;
  try {
    const stdout = child.stdout;
    if (stdout) {
      for await (const chunk of stdout) yield chunk as Buffer;
    }
    const code = await closed;
    finished = true;
    if (spawnError !== undefined) throw spawnFailure(args, cwd, spawnError);
    if (code !== 0) throw gitFailure(args, stderr, hint);
  } finally {
    if (!finished && child.exitCode === null && child.signalCode === null) child.kill();
  }
}

/** The repository's top-level directory, or null outside a work tree (or without git). */
export async function findRepoRoot(cwd: string): Promise<string | null> {
  try {
    const result = await runGit(['rev-parse', '--show-toplevel'], cwd);
    if (result.code !== 0) return null;
    const root = result.stdout.toString('utf8').replace(/\r?\n$/, '');
    return root === '' ? null : root;
  } catch {
    return null;
  }
}

/** Whether `rev` names a commit; returns its full id or null. */
export async function resolveCommit(rev: string, cwd: string): Promise<string | null> {
  if (rev.startsWith('-')) return null; // never let a revision be read as an option
  const result = await runGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd);
  if (result.code !== 0) return null;
  return result.stdout.toString('utf8').trim();
}

/** The empty tree's id in this repository's hash format (SHA-1 or SHA-256). */
export async function emptyTree(cwd: string): Promise<string> {
  // stdin is ignored (empty), so this hashes an empty tree object.
  return (await gitOutput(['hash-object', '-t', 'tree', '--stdin'], cwd)).trim();
}

/**
 * The bytes of `path` in the index (`rev` '') or at a commit (`git cat-file blob`: raw, no
 * textconv or filters); null when git cannot show it (no such path, not a blob).
 */
export async function blobAt(repoRoot: string, rev: string, path: string): Promise<Buffer | null> {
  const result = await runGit(['cat-file', 'blob', `${rev}:${path}`], repoRoot);
  return result.code === 0 ? result.stdout : null;
}

/**
 * A file's bytes as committed at `rev` (`git ls-tree` then `git cat-file blob`: raw, no
 * textconv or filters); null when `rev` has no such path. Anything else — a directory, a
 * symlink, a submodule, an unreadable object — is an error, never "missing".
 */
export async function readBlobAt(rev: string, path: string, cwd: string): Promise<Buffer | null> {
  // --literal-pathspecs: a name with `*` or `:(…)` is a name, never a pattern.
  const listing = await runGit(
    ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', rev, '--', path],
    cwd,
  );
  if (listing.code !== 0) throw gitFailure(['ls-tree', rev, '--', path], listing.stderr);
  const entry = listing.stdout.toString('utf8').split('\0')[0] ?? '';
  if (entry === '') return null;
  const match = /^(\d+) (\w+) ([0-9a-f]+)\t/.exec(entry);
  if (match === null || match[2] !== 'blob' || match[1] === '120000') {
    throw new MandateError(`${path} at ${rev.slice(0, 12)} is not a regular file.`, {
      hint: `Point mandate at a file: ${path} must be a file in that commit.`,
    });
  }
  const blob = await runGit(['cat-file', 'blob', match[3]!], cwd);
  if (blob.code !== 0) throw gitFailure(['cat-file', 'blob', match[3]!], blob.stderr);
  return blob.stdout;
}
