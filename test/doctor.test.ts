import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkConfig, checkHook, checkWorkflow } from '../src/cli/doctor.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function repo(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mandate-doctor-'));
  dirs.push(dir);
  execFileSync('git', ['init', '-q', dir]);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text, { mode: name.endsWith('/pre-commit') ? 0o755 : 0o644 });
  }
  return dir;
}

const workflow = (permissions: string, step = '      - uses: mandate-dev/mandate@v0\n') =>
  `on:\n  pull_request:\n${permissions}jobs:\n  mandate:\n    runs-on: ubuntu-latest\n    steps:\n${step}`;

describe('mandate doctor: the Action workflow', () => {
  it('warns when no workflow runs the Action', async () => {
    const check = await checkWorkflow(await repo());
    expect(check.status).toBe('warn');
    expect(check.detail).toContain('no workflow in .github/workflows runs the mandate Action');
  });

  it('passes with the permissions the README lists', async () => {
    const dir = await repo({
      '.github/workflows/mandate.yml': workflow(
        'permissions:\n  contents: read\n  pull-requests: read\n  checks: write\n',
      ),
    });
    const check = await checkWorkflow(dir);
    expect(check).toMatchObject({ status: 'ok' });
    expect(check.detail).toContain('.github/workflows/mandate.yml (job mandate)');
  });

  it('fails when a permission is missing, or SARIF is written without security-events', async () => {
    const dir = await repo({
      '.github/workflows/a.yml': workflow('permissions:\n  contents: read\n'),
      '.github/workflows/b.yml': workflow(
        'permissions:\n  contents: read\n  pull-requests: read\n',
        '      - uses: mandate-dev/mandate@v0\n        with:\n          sarif-file: mandate.sarif\n',
      ),
    });
    const check = await checkWorkflow(dir);
    expect(check.status).toBe('fail');
    expect(check.detail).toContain('a.yml (job mandate) does not grant pull-requests: read');
    expect(check.detail).toContain(
      'b.yml (job mandate) writes SARIF but does not grant security-events: write',
    );
  });

  it('fails when the workflow never runs on pull requests', async () => {
    const dir = await repo({
      '.github/workflows/m.yml': workflow('').replace('pull_request', 'push'),
    });
    expect((await checkWorkflow(dir)).detail).toContain('does not run on pull_request');
  });
});

describe('mandate doctor: the hook git runs', () => {
  it('follows core.hooksPath to a husky v8 style hook that runs mandate', async () => {
    const dir = await repo({
      '.husky/pre-commit': '#!/bin/sh\n. "$(dirname "$0")/_/husky.sh"\nmandate check --staged\n',
    });
    execFileSync('git', ['config', 'core.hooksPath', '.husky'], { cwd: dir });
    expect(await checkHook(dir, 'husky')).toMatchObject({ status: 'ok' });
  });

  it('fails on a foreign hook and on one that is not executable', async () => {
    const foreign = await repo({ '.git/hooks/pre-commit': '#!/bin/sh\nmake lint\n' });
    expect(await checkHook(foreign, 'git')).toMatchObject({
      status: 'fail',
      detail: 'git runs .git/hooks/pre-commit, which does not run mandate.',
    });
    const dir = await repo();
    await writeFile(join(dir, '.git', 'hooks', 'pre-commit'), '# mandate pre-commit hook\n', {
      mode: 0o644,
    });
    expect(await checkHook(dir, 'git')).toMatchObject({
      status: 'fail',
      fix: 'chmod +x .git/hooks/pre-commit',
    });
  });

  it('fails when lefthook is wired but its config does not run mandate', async () => {
    const dir = await repo({
      '.git/hooks/pre-commit': '#!/bin/sh\ncall_lefthook run "pre-commit" "$@"\n',
      'lefthook.yml': 'pre-commit:\n  commands:\n    lint:\n      run: make lint\n',
    });
    expect((await checkHook(dir, 'lefthook')).detail).toBe(
      'git runs lefthook, but no lefthook config runs mandate on pre-commit.',
    );
  });
});

describe('mandate doctor: the config', () => {
  it('reports an invalid .mandate.yml with its file', async () => {
    const check = await checkConfig(await repo({ '.mandate.yml': 'fail_on: sometimes\n' }));
    expect(check.status).toBe('fail');
    expect(check.detail).toContain('.mandate.yml');
  });
});
