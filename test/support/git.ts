/**
 * Real, throw-away git repositories for tests.
 *
 * `isolateGit()` (called by makeRepo) points git at no global or system config and clears
 * variables a surrounding git hook may have set (GIT_DIR, GIT_INDEX_FILE…), so tests behave the
 * same on every machine and inside a pre-commit run. It changes this worker's process.env,
 * which is what the code under test also spawns git with.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const HOOK_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_PREFIX',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_CEILING_DIRECTORIES',
];

export function isolateGit(): void {
  for (const name of HOOK_VARIABLES) delete process.env[name];
  process.env.GIT_CONFIG_GLOBAL = process.platform === 'win32' ? 'NUL' : '/dev/null';
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  process.env.GIT_AUTHOR_NAME = 'Ada Tester';
  process.env.GIT_AUTHOR_EMAIL = 'ada@example.test';
  process.env.GIT_COMMITTER_NAME = 'Ada Tester';
  process.env.GIT_COMMITTER_EMAIL = 'ada@example.test';
  process.env.GIT_TERMINAL_PROMPT = '0';
}

/** A temporary directory (real path, so it compares equal to what git reports). */
export function makeTempDir(prefix = 'mandate-test-'): { dir: string; cleanup: () => void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Run git in `cwd`; returns stdout (trimmed of one final newline). Throws on failure. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  }).replace(/\n$/, '');
}

export interface TestRepo {
  dir: string;
  /** Run git in the repository. */
  git(...args: string[]): string;
  /** Write a file (creating directories); content may be bytes. */
  write(path: string, content: string | Uint8Array): void;
  /** Write files, `git add` them and commit; returns the new commit id. */
  commit(message: string, files?: Record<string, string | Uint8Array>): string;
  /**
   * Append commits to the current branch quickly with `git fast-import` (one process for any
   * number of commits) and check out the result; returns the new commit ids, oldest first.
   */
  importCommits(commits: { message: string; files: Record<string, string> }[]): string[];
  cleanup(): void;
}

let clock = 0;

/** `git init` a repository on branch main in a fresh temporary directory. */
export function makeRepo(): TestRepo {
  isolateGit();
  const { dir, cleanup } = makeTempDir('mandate-repo-');
  git(dir, '-c', 'init.defaultBranch=main', 'init', '-q');
  git(dir, 'config', 'user.name', 'Ada Tester');
  git(dir, 'config', 'user.email', 'ada@example.test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'config', 'core.autocrlf', 'false');
  const write = (path: string, content: string | Uint8Array) => {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  };
  return {
    dir,
    git: (...args) => git(dir, ...args),
    write,
    commit(message, files = {}) {
      for (const [path, content] of Object.entries(files)) {
        write(path, content);
        git(dir, 'add', '--', path);
      }
      // Distinct, increasing dates keep `git log` order stable within a fast test.
      clock += 60;
      const date = `${1_700_000_000 + clock} +0000`;
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
        cwd: dir,
        stdio: 'ignore',
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
      return git(dir, 'rev-parse', 'HEAD');
    },
    importCommits(commits) {
      const branch = git(dir, 'symbolic-ref', '--short', 'HEAD');
      let parent: string | null = null;
      try {
        parent = git(dir, 'rev-parse', '--verify', '-q', 'HEAD');
      } catch {
        parent = null; // no commits yet: the first imported commit is a root
      }
      const parts: string[] = [];
      const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
      for (const c of commits) {
        clock += 60;
        const who = `Ada Tester <ada@example.test> ${1_700_000_000 + clock} +0000`;
        parts.push(
          `commit refs/heads/${branch}\nauthor ${who}\ncommitter ${who}\n${data(c.message)}`,
        );
        if (parent !== null) parts.push(`from ${parent}\n`);
        parent = null; // later commits follow the branch tip inside fast-import
        for (const [path, content] of Object.entries(c.files)) {
          parts.push(`M 100644 inline ${path}\n${data(content)}`);
        }
      }
      execFileSync('git', ['fast-import', '--quiet'], {
        cwd: dir,
        input: parts.join(''),
        stdio: ['pipe', 'ignore', 'pipe'],
        maxBuffer: 1 << 30,
      });
      git(dir, 'reset', '-q', '--hard', branch);
      return git(dir, 'rev-list', '--reverse', `-${commits.length}`, branch).split('\n');
    },
    cleanup,
  };
}

/** Collect an async iterable (a ChangeSet's files) into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
