/**
 * The pre-commit hook loads the GitHub client (Octokit, about a megabyte of bundle) only when
 * its config names a central config: a hook without one starts as fast as before the CLI and
 * the Action shared one client. A module hook records every file of dist/ the built CLI loads;
 * a preloaded script the Node.js built-in modules it loads (process.moduleLoadList); a `git`
 * first on PATH (the real one behind it) records every git process it starts.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub, shaOf } from '../action/fake-github.js';
import { CLI, ensureBuilt, mandateAsync } from '../e2e/helpers.js';
import { scratch } from '../support/scratch.js';

const space = scratch();
let repo: ReturnType<typeof space.repo>;
let fake: FakeGitHub | undefined;

beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => {
  await fake?.stop();
});

/** The files of the built CLI that hold Octokit's code. */
function octokitChunks(): string[] {
  const dir = join(CLI, '..', 'chunks');
  return readdirSync(dir).filter((name) =>
    readFileSync(join(dir, name), 'utf8').includes('octokit-core.js/'),
  );
}

/** `mandate scan --staged` in the repository; the dist/ files it loaded, by name. */
async function loadedBy(env: Record<string, string> = {}): Promise<string[]> {
  const dir = space.tempDir('mandate-loaded-');
  const log = join(dir, 'loaded.txt');
  const hooks = join(dir, 'hooks.mjs');
  const register = join(dir, 'register.mjs');
  writeFileSync(
    hooks,
    [
      "import { appendFileSync } from 'node:fs';",
      'export async function load(url, context, next) {',
      `  appendFileSync(${JSON.stringify(log)}, url + '\\n');`,
      '  return next(url, context);',
      '}',
    ].join('\n'),
  );
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  writeFileSync(log, '');
  const result = await mandateAsync(repo.dir, ['scan', '--staged'], {
    ...env,
    NODE_OPTIONS: `--import=${pathToFileURL(register).href}`,
  });
  expect(result.stderr).not.toContain('Error');
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/'))
    .map((url) => url.slice(url.lastIndexOf('/') + 1));
}

describe('the hook and the GitHub client', () => {
  it('a config without a central config never loads Octokit', async () => {
    repo = space.repo();
    repo.commit('config', { '.mandate.yml': 'extends: [recommended]\n' });
    repo.write('app.txt', 'hello\n');
    repo.git('add', 'app.txt');
    const loaded = await loadedBy();
    expect(loaded).toContain('cli.js');
    expect(octokitChunks().length).toBeGreaterThan(0);
    expect(loaded.filter((name) => octokitChunks().includes(name))).toEqual([]);
  }, 60_000);

  it('a central config loads it, to read that config', async () => {
    fake = new FakeGitHub('acme/policies');
    fake.branches.set(
      'main',
      fake.commit(shaOf('central'), { 'mandate.yml': 'extends: [recommended]\n' }),
    );
    const api = await fake.start();
    repo = space.repo();
    repo.commit('config', { '.mandate.yml': 'extends: [acme/policies:mandate.yml@main]\n' });
    repo.write('app.txt', 'hello\n');
    repo.git('add', 'app.txt');
    const loaded = await loadedBy({ GITHUB_API_URL: api });
    expect(loaded.filter((name) => octokitChunks().includes(name)).length).toBeGreaterThan(0);
    expect(
      fake.requestsTo('GET', /^\/repos\/acme\/policies\/contents\/mandate\.yml$/),
    ).toHaveLength(1);
  }, 60_000);
});

/** The Node.js built-in modules `mandate ARGS` loaded in `cwd` (process.moduleLoadList). */
async function builtinsLoadedBy(cwd: string, args: string[]): Promise<string[]> {
  const dir = space.tempDir('mandate-builtins-');
  const list = join(dir, 'builtins.txt');
  const preload = join(dir, 'builtins.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`,
  );
  const result = await mandateAsync(cwd, args, { NODE_OPTIONS: `--require=${preload}` });
  expect(result.status).toBe(0);
  return readFileSync(list, 'utf8').split('\n');
}

describe('the hook and Node.js built-ins', () => {
  it('a staged text file with no finding loads neither zlib, crypto nor worker threads', async () => {
    repo = space.repo();
    repo.commit('init', { 'README.md': 'hello\n' });
    repo.write('app.txt', 'hello again\n');
    repo.git('add', 'app.txt');
    const loaded = await builtinsLoadedBy(repo.dir, ['scan', '--staged', '--format', 'json']);
    expect(loaded).toContain('NativeModule child_process');
    for (const name of ['zlib', 'crypto', 'worker_threads']) {
      expect(loaded).not.toContain(`NativeModule ${name}`);
    }
  }, 60_000);

  it('a small directory scan with no finding loads neither zlib, crypto nor worker threads', async () => {
    const dir = space.tempDir('mandate-folder-');
    writeFileSync(join(dir, 'app.txt'), 'hello\n');
    const loaded = await builtinsLoadedBy(dir, ['scan', '.', '--no-gitignore', '--format', 'json']);
    expect(loaded).toContain('NativeModule child_process');
    for (const name of ['zlib', 'crypto', 'worker_threads']) {
      expect(loaded).not.toContain(`NativeModule ${name}`);
    }
  }, 60_000);
});

describe('the hook and git', () => {
  it('a staged scan starts git twice: the repository root, then the staged diff', async () => {
    repo = space.repo();
    repo.commit('init', { 'README.md': 'hello\n' });
    repo.write('app.txt', 'hello again\n');
    repo.git('add', 'app.txt');
    const bin = space.tempDir('mandate-git-');
    const log = join(bin, 'git.log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(log, '');
    writeFileSync(
      join(bin, 'git'),
      `#!/bin/sh\nprintf '%s\\n' "$*" >> ${JSON.stringify(log)}\nexec ${JSON.stringify(real)} "$@"\n`,
    );
    chmodSync(join(bin, 'git'), 0o755);
    const result = await mandateAsync(repo.dir, ['scan', '--staged', '--format', 'json'], {
      PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    });
    expect(result.status).toBe(0);
    const commands = readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      // The command and its first argument, after the `-c name=value` settings.
      .map((line) =>
        line
          .replace(/^(?:-c \S+ )*/, '')
          .split(' ')
          .slice(0, 2)
          .join(' '),
      );
    expect(commands).toEqual(['rev-parse --show-toplevel', 'diff --cached']);
  }, 60_000);
});
