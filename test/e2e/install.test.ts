/**
 * The README's install lines, as a user runs them: mandate installed from a packed tarball and
 * from a git URL of a clone of this checkout, into a fresh repository, offline (mandate has no
 * runtime dependencies, so no registry is needed), then `mandate init` and a real commit that
 * the hook blocks. The git URL test clones HEAD: it tests what is committed (dist/ included).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { makeRepo, makeTempDir } from '../support/git.js';
import { cleanEnv, ROOT } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function temp(): string {
  const { dir, cleanup } = makeTempDir('mandate-install-');
  cleanups.push(cleanup);
  return dir;
}

function installAndCommit(spec: (dir: string) => string) {
  const r = makeRepo();
  cleanups.push(r.cleanup);
  r.commit('init', {
    'package.json': '{ "name": "app", "private": true }\n',
    '.gitignore': 'node_modules/\n',
  });
  const env = cleanEnv({
    PATH: [dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(delimiter),
    HOME: r.dir,
    npm_config_cache: join(temp(), 'npm-cache'),
    npm_config_update_notifier: 'false',
  });
  const started = Date.now();
  const install = spawnSync(
    'npm',
    ['install', '--save-dev', '--offline', '--no-audit', '--no-fund', spec(r.dir)],
    { cwd: r.dir, env, encoding: 'utf8' },
  );
  const seconds = (Date.now() - started) / 1000;
  expect(install.status, install.stdout + install.stderr).toBe(0);
  expect(install.stderr).not.toMatch(/EBADENGINE/);
  // One package: mandate, and nothing it would pull in.
  expect(readdirSync(join(r.dir, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual([
    'mandate',
  ]);
  const bin = join(r.dir, 'node_modules', '.bin', 'mandate');
  const init = spawnSync(bin, ['init'], { cwd: r.dir, env, encoding: 'utf8' });
  expect(init.status, init.stdout + init.stderr).toBe(1); // husky is not installed: it says so
  const git = spawnSync(bin, ['init', '--hook-manager', 'git'], {
    cwd: r.dir,
    env,
    encoding: 'utf8',
  });
  expect(git.status, git.stdout + git.stderr).toBe(0);

  const key = compose('{{anthropic:api03}}', 7);
  r.write('src/client.py', `ANTHROPIC_API_KEY = "${key}"\n`);
  r.git('add', 'src/client.py');
  const before = r.git('rev-parse', 'HEAD');
  const commit = spawnSync('git', ['commit', '-q', '-m', 'key'], {
    cwd: r.dir,
    env,
    encoding: 'utf8',
  });
  expect(commit.status).not.toBe(0);
  expect(commit.stdout + commit.stderr).toContain('secret/anthropic-api-key');
  expect(r.git('rev-parse', 'HEAD')).toBe(before);
  return { seconds, dir: r.dir };
}

function size(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

describe('installing mandate from the repository', () => {
  it('from an `npm pack` tarball, offline: one package, the hook blocks a key', () => {
    const out = temp();
    const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const tarball = join(out, name);
    const { seconds, dir } = installAndCommit(() => tarball);
    console.info(
      `tarball install: ${seconds.toFixed(1)} s, ${(statSync(tarball).size / 1024).toFixed(0)} KB packed, ` +
        `${(size(join(dir, 'node_modules')) / 1024).toFixed(0)} KB installed`,
    );
  }, 120_000);

  it('from a git+file:// URL of a clone, offline, without dev dependencies or a build', () => {
    const clone = join(temp(), 'mandate');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${ROOT}`, clone], {
      env: cleanEnv(),
    });
    expect(existsSync(join(clone, 'dist', 'cli.js')), 'dist/ is committed').toBe(true);
    const pkg = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.scripts?.prepare).toBeUndefined();
    const { seconds, dir } = installAndCommit(() => `git+file://${clone}`);
    console.info(
      `git URL install: ${seconds.toFixed(1)} s, ${(size(join(dir, 'node_modules')) / 1024).toFixed(0)} KB installed`,
    );
  }, 120_000);
});
