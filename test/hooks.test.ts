import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HOOK_COMMAND } from '../src/cli/hook-command.js';

/**
 * Runs hooks/pre-commit for real: a temp repository with the hook installed, `git commit`, and
 * a fake `mandate` (or `npx`) on a PATH that holds nothing else but git.
 */

const HOOK = join(import.meta.dirname, '..', 'hooks', 'pre-commit');
const GIT = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

function blockMessage(reason: string): string {
  return (
    `mandate could not run, so this commit is blocked: ${reason}. Fix it, or skip this hook ` +
    'consciously with `git commit --no-verify` — CI runs the same check on the pull request.'
  );
}

interface Setup {
  /** Body of a fake `mandate` on PATH (after `#!/bin/sh`); omitted: no mandate on PATH. */
  pathMandate?: string;
  /** Body of a fake node_modules/.bin/mandate in the repository. */
  localMandate?: string;
  /** Body of a fake `npx` on PATH. */
  npx?: string;
  /** The hook's text (default: hooks/pre-commit). */
  hook?: string;
}

async function setUp(setup: Setup) {
  const dir = await mkdtemp(join(tmpdir(), 'mandate-hook-'));
  dirs.push(dir);
  const repo = join(dir, 'repo');
  const bin = join(dir, 'bin');
  await mkdir(bin);
  await symlink(GIT, join(bin, 'git'));
  const script = async (path: string, body: string) => {
    await writeFile(path, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  };
  if (setup.pathMandate !== undefined) await script(join(bin, 'mandate'), setup.pathMandate);
  if (setup.npx !== undefined) await script(join(bin, 'npx'), setup.npx);

  const env = {
    PATH: bin,
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Dev',
    GIT_AUTHOR_EMAIL: 'dev@example.com',
    GIT_COMMITTER_NAME: 'Dev',
    GIT_COMMITTER_EMAIL: 'dev@example.com',
  };
  const git = (args: string[], extraEnv: Record<string, string> = {}) =>
    spawnSync(GIT, args, { cwd: repo, env: { ...env, ...extraEnv }, encoding: 'utf8' });

  expect(spawnSync(GIT, ['init', '-q', repo], { env, encoding: 'utf8' }).status).toBe(0);
  if (setup.hook === undefined) await copyFile(HOOK, join(repo, '.git', 'hooks', 'pre-commit'));
  else await writeFile(join(repo, '.git', 'hooks', 'pre-commit'), setup.hook, { mode: 0o755 });
  if (setup.localMandate !== undefined) {
    await mkdir(join(repo, 'node_modules', '.bin'), { recursive: true });
    await script(join(repo, 'node_modules', '.bin', 'mandate'), setup.localMandate);
  }
  await writeFile(join(repo, 'app.txt'), 'hello\n');
  expect(git(['add', 'app.txt']).status).toBe(0);

  const commit = (extraEnv: Record<string, string> = {}, args: string[] = []) => {
    const result = git(['commit', '-q', '-m', 'change', ...args], extraEnv);
    const committed = git(['rev-parse', '--verify', '-q', 'HEAD']).status === 0;
    return { status: result.status, stderr: result.stderr, stdout: result.stdout, committed };
  };
  return { repo, bin, commit };
}

/** A fake mandate that logs its arguments and exits with `code`. */
const fake = (code: number | string) => `echo "fake mandate: $*" >&2\nexit ${code}`;

describe('hooks/pre-commit', () => {
  it.each([
    { name: 'mandate passes (0)', body: fake(0), committed: true, message: null },
    { name: 'mandate blocks on findings (1)', body: fake(1), committed: false, message: null },
    {
      name: 'mandate fails with a usage/config error (2)',
      body: fake(2),
      committed: false,
      message: blockMessage(
        'it stopped with a usage, configuration or runtime error (exit code 2, see its message above)',
      ),
    },
    {
      name: 'mandate exits with an unexpected code (3)',
      body: fake(3),
      committed: false,
      message: blockMessage('it exited with unexpected code 3'),
    },
    {
      name: 'mandate is killed by a signal',
      body: 'kill -TERM $$',
      committed: false,
      message: blockMessage('it was terminated by signal 15 (exit code 143)'),
    },
  ])('$name', async ({ body, committed, message }) => {
    const { commit } = await setUp({ pathMandate: body });
    const result = await commit();
    expect(result.committed).toBe(committed);
    expect(result.status === 0).toBe(committed);
    if (!body.startsWith('kill')) expect(result.stderr).toContain('fake mandate: check --staged');
    if (message === null) expect(result.stderr).not.toContain('mandate could not run');
    else expect(result.stderr).toContain(message);
  });

  it.each([
    [0, true],
    [1, false],
  ])(
    'a hook that `init --force` moved aside still runs first (it exits %i)',
    async (code, committed) => {
      const { repo, commit } = await setUp({ pathMandate: fake(0) });
      await writeFile(
        join(repo, '.git', 'hooks', 'pre-commit.before-mandate'),
        `#!/bin/sh\necho "old hook ran" >&2\nexit ${code}\n`,
        { mode: 0o755 },
      );
      const result = await commit();
      expect(result.stderr).toContain('old hook ran');
      expect(result.committed).toBe(committed);
      // mandate runs after a passing old hook; a failing one stops the commit before it.
      expect(result.stderr.includes('fake mandate: check --staged')).toBe(committed);
      // MANDATE_SKIP skips mandate only, never the team's own hook.
      if (!committed) expect((await commit({ MANDATE_SKIP: '1' })).committed).toBe(false);
    },
  );

  it('blocks with a clear message when mandate is not installed anywhere', async () => {
    const { commit } = await setUp({});
    const result = await commit();
    expect(result.committed).toBe(false);
    expect(result.stderr).toContain(
      'mandate is not installed: run npm install --save-dev github:mandate-dev/mandate\n',
    );
    expect(result.stderr).toContain(
      blockMessage(
        'mandate is not installed (looked for node_modules/.bin/mandate and `mandate` on PATH)',
      ),
    );
    // The escape hatch the message names really works.
    expect((await commit({}, ['--no-verify'])).committed).toBe(true);
  });

  it('prefers the project-local node_modules/.bin/mandate over PATH', async () => {
    const { commit } = await setUp({ localMandate: fake(0), pathMandate: fake(1) });
    const result = await commit();
    expect(result.committed).toBe(true);
    expect(result.stderr).toContain('fake mandate: check --staged');
  });

  it('never calls npx (slow, and may reach the registry), even when npx would find mandate', async () => {
    const { commit } = await setUp({ npx: 'echo "fake npx: $*" >&2\nexit 0' });
    const result = await commit();
    expect(result.committed).toBe(false);
    expect(result.stderr).not.toContain('fake npx');
    expect(result.stderr).toContain('mandate is not installed');
  });

  it('MANDATE_SKIP=1 skips the scan and says so', async () => {
    const { commit } = await setUp({ pathMandate: fake(1) });
    const result = await commit({ MANDATE_SKIP: '1' });
    expect(result.committed).toBe(true);
    expect(result.stderr).toContain('mandate: pre-commit scan skipped (MANDATE_SKIP=1)');
    expect(result.stderr).not.toContain('fake mandate');
  });

  it('runs under plain sh outside git commit and passes the exit code through', async () => {
    const { repo, bin } = await setUp({ pathMandate: fake(1) });
    const run = spawnSync('/bin/sh', [HOOK], { cwd: repo, env: { PATH: bin }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('fake mandate: check --staged\n');
  });

  it('is a POSIX sh script without syntax errors', async () => {
    expect((await readFile(HOOK, 'utf8')).startsWith('#!/bin/sh\n')).toBe(true);
    expect(spawnSync('sh', ['-n', HOOK]).status).toBe(0);
  });
});

/** The line `mandate init` puts into husky, lefthook and pre-commit configs, run by sh. */
describe("the hook managers' command (HOOK_COMMAND)", () => {
  const hook = `#!/bin/sh\n${HOOK_COMMAND}\n`;

  it('runs the project-local binary first, with check --staged, and passes its verdict on', async () => {
    const blocked = await setUp({ hook, localMandate: fake(1), pathMandate: fake(0) });
    const result = await blocked.commit();
    expect(result.committed).toBe(false);
    expect(result.stderr).toBe('fake mandate: check --staged\n');
    const passed = await setUp({ hook, localMandate: fake(0), pathMandate: fake(1) });
    expect((await passed.commit()).committed).toBe(true);
  });

  it('falls back to mandate on PATH', async () => {
    const { commit } = await setUp({ hook, pathMandate: fake(1) });
    const result = await commit();
    expect(result.committed).toBe(false);
    expect(result.stderr).toBe('fake mandate: check --staged\n');
  });

  it('blocks with one clear line when mandate is missing, and never calls npx', async () => {
    const { commit } = await setUp({ hook, npx: 'echo "fake npx: $*" >&2\nexit 0' });
    const result = await commit();
    expect(result.committed).toBe(false);
    expect(result.stderr).toBe(
      'mandate is not installed: run npm install --save-dev github:mandate-dev/mandate\n',
    );
  });

  it('is what the sample files in hooks/ show', async () => {
    const dir = join(import.meta.dirname, '..', 'hooks');
    expect(await readFile(join(dir, 'husky-pre-commit'), 'utf8')).toBe(`${HOOK_COMMAND}\n`);
    const lefthook = parse(await readFile(join(dir, 'lefthook.yml'), 'utf8'));
    expect(lefthook['pre-commit'].commands.mandate.run).toBe(HOOK_COMMAND);
  });
});
