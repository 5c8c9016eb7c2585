import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HOOK_COMMAND, OLD_HOOK_COMMAND } from '../src/cli/hook-command.js';
import { initProject } from '../src/cli/init.js';
import { LOCAL_SCHEMA, remoteSchemaUrl, STARTER_CONFIG } from '../src/cli/starter-config.js';
import { ConfigError } from '../src/core/errors.js';
import { compose } from './support/compose.js';

const HOOK_SOURCE = join(import.meta.dirname, '..', 'hooks', 'pre-commit');
const dirs: string[] = [];

async function repo(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mandate-init-'));
  dirs.push(dir);
  execFileSync('git', ['init', '-q', dir]);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Every file of the working tree plus the installed git hooks, path → content + mode. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(rel: string): Promise<void> {
    for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (path === '.git') continue;
      if (entry.isDirectory()) await walk(path);
      else
        out[path] =
          `${(await stat(join(dir, path))).mode.toString(8)} ${await readFile(join(dir, path), 'utf8')}`;
    }
  }
  await walk('');
  const hooks = join(dir, '.git', 'hooks');
  for (const name of await readdir(hooks)) {
    if (!name.endsWith('.sample'))
      out[`.git/hooks/${name}`] = await readFile(join(hooks, name), 'utf8');
  }
  return out;
}

async function isExecutable(path: string): Promise<boolean> {
  return ((await stat(path)).mode & 0o111) === 0o111;
}

async function initTwice(dir: string, options: { force?: boolean } = {}) {
  const first = await initProject({ repoRoot: dir, cwd: dir, ...options });
  const after = await snapshot(dir);
  const second = await initProject({ repoRoot: dir, cwd: dir, ...options });
  expect(await snapshot(dir), 'a second run changes nothing').toEqual(after);
  return { first, second, after };
}

describe('initProject: plain git', () => {
  it('installs hooks/pre-commit as an executable hook and a starter .mandate.yml', async () => {
    const dir = await repo({ 'README.md': '# demo\n' });
    const { first, second } = await initTwice(dir);

    expect(first.manager).toBe('git');
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    expect(await readFile(hook, 'utf8')).toBe(await readFile(HOOK_SOURCE, 'utf8'));
    expect(await isExecutable(hook)).toBe(true);
    expect(first.actions).toContain('installed the git hook .git/hooks/pre-commit');
    expect(first.actions).toContain('created .mandate.yml (extends: recommended, fail_on: high)');
    expect(first.pending).toEqual([]);

    const config = await readFile(join(dir, '.mandate.yml'), 'utf8');
    // mandate is not in node_modules here: the schema link points at the repository's copy.
    expect(config.split('\n')[0]).toBe(`# yaml-language-server: $schema=${remoteSchemaUrl()}`);
    // A random per-repository fingerprint salt (issue 9.18), different on every init.
    expect(parse(config)).toEqual({
      extends: ['recommended'],
      fail_on: 'high',
      fingerprint_salt: expect.stringMatching(/^[0-9a-f]{32}$/),
    });

    expect(second.manager).toBe('git');
    expect(second.actions).toEqual([
      ".git/hooks/pre-commit is already mandate's hook (unchanged)",
      'kept the existing .mandate.yml',
    ]);
  });

  it('links the schema in node_modules when npm installed mandate, else the tagged copy', async () => {
    const dir = await repo();
    await mkdir(join(dir, 'node_modules', 'mandate', 'schema'), { recursive: true });
    await writeFile(join(dir, LOCAL_SCHEMA), '{}');
    await initProject({ repoRoot: dir, cwd: dir });
    const config = await readFile(join(dir, '.mandate.yml'), 'utf8');
    expect(config.split('\n')[0]).toBe(`# yaml-language-server: $schema=${LOCAL_SCHEMA}`);
    expect(remoteSchemaUrl('0.2.1')).toBe(
      'https://raw.githubusercontent.com/mandate-dev/mandate/v0.2.1/schema/mandate.schema.json',
    );
  });

  it('respects core.hooksPath and describes paths relative to cwd', async () => {
    const dir = await repo();
    execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { cwd: dir });
    await mkdir(join(dir, 'sub'));
    const result = await initProject({ repoRoot: dir, cwd: join(dir, 'sub') });
    expect(await isExecutable(join(dir, '.githooks', 'pre-commit'))).toBe(true);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    expect(result.actions).toContain('installed the git hook ../.githooks/pre-commit');
  });

  it('leaves a foreign pre-commit hook alone without --force and backs it up with it', async () => {
    const dir = await repo();
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    const foreign = '#!/bin/sh\nexec make lint\n';
    await writeFile(hook, foreign, { mode: 0o755 });

    const kept = await initProject({ repoRoot: dir, cwd: dir });
    expect(await readFile(hook, 'utf8')).toBe(foreign);
    expect(kept.actions[0]).toMatch(
      /^did not install the hook: \.git\/hooks\/pre-commit already exists/,
    );
    expect(kept.actions[0]).toContain('--force');
    expect(kept.pending).toEqual([
      `add \`${HOOK_COMMAND}\` to .git/hooks/pre-commit, or rerun with --force`,
    ]);

    const forced = await initProject({ repoRoot: dir, cwd: dir, force: true });
    expect(await readFile(hook, 'utf8')).toBe(await readFile(HOOK_SOURCE, 'utf8'));
    expect(await readFile(join(dir, '.git', 'hooks', 'pre-commit.before-mandate'), 'utf8')).toBe(
      foreign,
    );
    expect(forced.actions).toContain(
      "moved the existing .git/hooks/pre-commit to .git/hooks/pre-commit.before-mandate (--force); mandate's hook runs it first, so it keeps running",
    );
    expect(forced.pending).toEqual([]);
  });

  it('updates an older copy of its own hook without --force', async () => {
    const dir = await repo();
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    await writeFile(
      hook,
      '#!/bin/sh\n# mandate pre-commit hook — an older version\nmandate scan --staged\n',
    );
    const result = await initProject({ repoRoot: dir, cwd: dir, hookManager: 'git' });
    expect(await readFile(hook, 'utf8')).toBe(await readFile(HOOK_SOURCE, 'utf8'));
    expect(result.actions).toContain("updated mandate's git hook .git/hooks/pre-commit");
  });

  it('keeps an existing .mandate.yaml', async () => {
    const dir = await repo({ '.mandate.yaml': 'fail_on: critical\n' });
    const result = await initProject({ repoRoot: dir, cwd: dir });
    expect(existsSync(join(dir, '.mandate.yml'))).toBe(false);
    expect(result.actions).toContain('kept the existing .mandate.yaml');
  });
});

describe('initProject: husky', () => {
  it('sets up husky v9 in a Node project, keeping package.json scripts and indentation', async () => {
    const pkg = `{\n    "name": "demo",\n    "scripts": {\n        "test": "vitest run"\n    },\n    "devDependencies": {\n        "mandate": "^0.1.0"\n    }\n}\n`;
    const dir = await repo({ 'package.json': pkg });
    const { first, second } = await initTwice(dir);

    expect(first.manager).toBe('husky');
    expect(await readFile(join(dir, '.husky', 'pre-commit'), 'utf8')).toBe(`${HOOK_COMMAND}\n`);
    const text = await readFile(join(dir, 'package.json'), 'utf8');
    expect(JSON.parse(text).scripts).toEqual({ test: 'vitest run', prepare: 'husky' });
    expect(text).toContain(
      '\n    "scripts": {\n        "test": "vitest run",\n        "prepare": "husky"\n    },',
    );
    expect(text.endsWith('}\n')).toBe(true);
    expect(first.actions).toEqual([
      `created .husky/pre-commit (runs \`${HOOK_COMMAND}\`)`,
      'added "prepare": "husky" to the scripts in package.json',
      'husky is not installed yet: run `npm install --save-dev husky && npx husky` (`npm install` with a package name does not run the `prepare` script, so run husky once yourself)',
      'created .mandate.yml (extends: recommended, fail_on: high)',
    ]);
    // The hook runs only once husky is installed; mandate itself is a devDependency already.
    expect(first.pending).toEqual(['npm install --save-dev husky && npx husky']);
    expect(second.manager).toBe('husky');
    expect(second.actions).toContain('.husky/pre-commit already runs mandate (unchanged)');
  });

  it('appends to an existing prepare script and an existing husky hook', async () => {
    const dir = await repo({
      'package.json': JSON.stringify({
        name: 'demo',
        scripts: { prepare: 'node build.mjs' },
        devDependencies: { husky: '^9.0.0', mandate: '^0.1.0' },
      }),
      '.husky/pre-commit': 'npm test',
    });
    const { first } = await initTwice(dir);
    expect(first.manager).toBe('husky');
    expect(await readFile(join(dir, '.husky', 'pre-commit'), 'utf8')).toBe(
      `npm test\n${HOOK_COMMAND}\n`,
    );
    const text = await readFile(join(dir, 'package.json'), 'utf8');
    expect(JSON.parse(text).scripts.prepare).toBe('node build.mjs && husky');
    expect(text.endsWith('\n')).toBe(false);
    expect(first.actions).toContain(`added \`${HOOK_COMMAND}\` to .husky/pre-commit`);
    expect(first.pending).toEqual([]);
  });

  it('warns that husky takes over from an existing .git/hooks/pre-commit', async () => {
    const dir = await repo({ 'package.json': '{ "name": "demo" }\n' });
    await writeFile(join(dir, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\nmake lint\n');
    await chmod(join(dir, '.git', 'hooks', 'pre-commit'), 0o755);
    const result = await initProject({ repoRoot: dir, cwd: dir });
    expect(result.actions.some((a) => a.startsWith('note: husky points git at .husky/'))).toBe(
      true,
    );
  });

  it('refuses husky without a package.json', async () => {
    const dir = await repo();
    await expect(initProject({ repoRoot: dir, cwd: dir, hookManager: 'husky' })).rejects.toThrow(
      /husky needs a package\.json/,
    );
  });
});

describe('initProject: a broken package.json', () => {
  it('names the line and column, never the text around the error (it may hold a secret)', async () => {
    const secret = compose('{{github:ghp_}}');
    // An unquoted value: JSON.parse's own message would quote the text after the error.
    const dir = await repo({ 'package.json': `{\n  "name": "demo",\n  "token": ${secret}\n}\n` });
    const error = await initProject({ repoRoot: dir, cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const { message, line, column } = error as ConfigError;
    expect({ line, column }).toEqual({ line: 3, column: 12 });
    expect(message).toMatch(/package\.json:3:12: is not valid JSON/);
    expect(message).not.toContain(secret.slice(0, 6));
  });
});

describe('initProject: lefthook', () => {
  const lefthook = `# team hooks — keep this comment
pre-commit:
  parallel: true # run in parallel
  commands:
    # lint the staged files
    lint:
      glob: "*.{js,ts}"
      run: npx biome check {staged_files}
`;

  it('adds a mandate command, keeps comments and other commands, and is idempotent', async () => {
    const dir = await repo({ 'lefthook.yml': lefthook, 'package.json': '{}' });
    const { first, second } = await initTwice(dir);
    expect(first.manager).toBe('lefthook');
    expect(first.actions[0]).toBe(
      'added mandate to lefthook.yml (pre-commit → commands → mandate)',
    );
    expect(second.actions[0]).toBe('lefthook.yml already runs mandate (unchanged)');

    const text = await readFile(join(dir, 'lefthook.yml'), 'utf8');
    expect(text.startsWith(lefthook)).toBe(true);
    expect(text.slice(lefthook.length)).toBe(`    mandate:\n      run: '${HOOK_COMMAND}'\n`);
    expect(parse(text)['pre-commit'].commands.mandate).toEqual({ run: HOOK_COMMAND });
    expect(existsSync(join(dir, '.husky'))).toBe(false);
    expect(JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'))).toEqual({});
  });

  it.each([
    [
      'no pre-commit section',
      'pre-push:\n  commands:\n    test:\n      run: npm test\n',
      ['commands', 'mandate', 'run'],
    ],
    ['an empty file', '', ['commands', 'mandate', 'run']],
    [
      'the jobs form',
      'pre-commit:\n  jobs:\n    - name: lint\n      run: make lint\n',
      ['jobs', 1, 'run'],
    ],
  ])('handles %s (.lefthook.yml)', async (_name, text, path) => {
    const dir = await repo({ '.lefthook.yml': text });
    const { first } = await initTwice(dir);
    expect(first.manager).toBe('lefthook');
    let node: unknown = parse(await readFile(join(dir, '.lefthook.yml'), 'utf8'))['pre-commit'];
    for (const key of path) node = (node as Record<string | number, unknown>)[key];
    expect(node).toBe(HOOK_COMMAND);
  });

  it('recognises a command that already runs mandate under another name', async () => {
    const text = 'pre-commit:\n  commands:\n    secrets:\n      run: npx mandate scan --staged\n';
    const dir = await repo({ 'lefthook.yml': text });
    await initProject({ repoRoot: dir, cwd: dir });
    expect(await readFile(join(dir, 'lefthook.yml'), 'utf8')).toBe(text);
  });

  it('reports invalid YAML with file and line', async () => {
    const dir = await repo({ 'lefthook.yml': 'pre-commit:\n  commands: [unclosed\n' });
    const error = await initProject({ repoRoot: dir, cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).file).toBe('lefthook.yml');
    expect((error as ConfigError).line).toBeGreaterThan(0);
  });
});

describe('initProject: pre-commit framework', () => {
  const config = `# See https://pre-commit.com
repos:
# formatting
- repo: https://github.com/pre-commit/pre-commit-hooks
  rev: v4.6.0 # pinned
  hooks:
  - id: trailing-whitespace
`;

  it("adds a local mandate hook in the file's own style, keeps comments, is idempotent", async () => {
    const dir = await repo({ '.pre-commit-config.yaml': config, 'package.json': '{}' });
    const { first, second } = await initTwice(dir);
    expect(first.manager).toBe('pre-commit');
    expect(first.actions[0]).toBe('added a local mandate hook to .pre-commit-config.yaml');
    expect(second.actions[0]).toBe(
      '.pre-commit-config.yaml already has a mandate hook (unchanged)',
    );

    const text = await readFile(join(dir, '.pre-commit-config.yaml'), 'utf8');
    expect(text.startsWith(config)).toBe(true);
    expect(text.slice(config.length)).toBe(
      [
        '- repo: local',
        '  hooks:',
        '  - id: mandate',
        '    name: mandate (secrets and policy documents)',
        '    entry: sh',
        '    args:',
        '    - -c',
        `    - '${HOOK_COMMAND}'`,
        '    language: system',
        '    pass_filenames: false',
        '',
      ].join('\n'),
    );
  });

  it('joins an existing repo: local and creates a config on request', async () => {
    const local =
      'repos:\n  - repo: local\n    hooks:\n      - id: lint\n        name: lint\n        entry: make lint\n        language: system\n';
    const dir = await repo({ '.pre-commit-config.yaml': local });
    await initProject({ repoRoot: dir, cwd: dir });
    const repos = parse(await readFile(join(dir, '.pre-commit-config.yaml'), 'utf8')).repos;
    expect(repos).toHaveLength(1);
    expect(repos[0].hooks.map((h: { id: string }) => h.id)).toEqual(['lint', 'mandate']);
    expect(repos[0].hooks[1]).toMatchObject({
      language: 'system',
      pass_filenames: false,
      entry: 'sh',
      args: ['-c', HOOK_COMMAND],
    });

    const empty = await repo();
    const created = await initProject({ repoRoot: empty, cwd: empty, hookManager: 'pre-commit' });
    expect(created.manager).toBe('pre-commit');
    expect(
      parse(await readFile(join(empty, '.pre-commit-config.yaml'), 'utf8')).repos[0].hooks[0].id,
    ).toBe('mandate');
    expect(existsSync(join(empty, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  it('recognises the mandate hook from the remote repository', async () => {
    const text =
      'repos:\n  - repo: https://example.com/mandate\n    rev: v0.1.0\n    hooks:\n      - id: mandate\n';
    const dir = await repo({ '.pre-commit-config.yaml': text });
    await initProject({ repoRoot: dir, cwd: dir });
    expect(await readFile(join(dir, '.pre-commit-config.yaml'), 'utf8')).toBe(text);
  });
});

describe('starter .mandate.yml', () => {
  it('is a valid config, and so is every commented example once uncommented', async () => {
    const { resolveSecretRules } = await import('../src/config/load.js');
    const { parseConfig } = await import('../src/config/parse.js');
    const { builtinPacks } = await import('../src/rules/packs.js');
    const config = parseConfig(STARTER_CONFIG, '.mandate.yml');
    expect(config.extends).toEqual(['recommended']);
    expect(config.failOn).toBe('high');

    const uncommented = STARTER_CONFIG.split('\n')
      .map((line) =>
        /^# (max_file_size|disable|overrides|rules|allowlist):|^# {3}/.test(line)
          ? line.slice(2)
          : line,
      )
      .join('\n');
    const full = parseConfig(uncommented, '.mandate.yml');
    expect(full.maxFileSize).toBe(1024 * 1024);
    expect(full.disable).toEqual(['secret/generic-password-in-url']);
    expect(full.overrides['secret/generic-secret']).toEqual({ severity: 'high', blocking: true });
    expect(full.allowlist.paths).toEqual(['test/fixtures/**']);
    // The rule ids it names exist in the built-in packs.
    const ids = resolveSecretRules(config, builtinPacks()).map((rule) => rule.id);
    expect(ids).toContain('secret/generic-password-in-url');
    expect(ids).toContain('secret/generic-secret');
    expect(() => resolveSecretRules(full, builtinPacks())).not.toThrow();
  });
});

describe('initProject: hooks an older init wrote with npx', () => {
  it('switches husky, lefthook and pre-commit entries to the installed binary and check --staged', async () => {
    const dir = await repo({
      'package.json': '{ "name": "demo", "devDependencies": { "husky": "9", "mandate": "0.1" } }\n',
      '.husky/pre-commit': `npm test\n${OLD_HOOK_COMMAND}\n`,
    });
    const husky = await initProject({ repoRoot: dir, cwd: dir });
    expect(await readFile(join(dir, '.husky', 'pre-commit'), 'utf8')).toBe(
      `npm test\n${HOOK_COMMAND}\n`,
    );
    expect(husky.actions[0]).toBe(
      `replaced \`${OLD_HOOK_COMMAND}\` in .husky/pre-commit with the installed-binary command (check --staged)`,
    );

    const lefthook = await repo({
      'lefthook.yml': `pre-commit:\n  commands:\n    mandate:\n      run: ${OLD_HOOK_COMMAND}\n`,
    });
    await initTwice(lefthook);
    expect(
      parse(await readFile(join(lefthook, 'lefthook.yml'), 'utf8'))['pre-commit'].commands,
    ).toEqual({ mandate: { run: HOOK_COMMAND } });

    const preCommit = await repo({
      '.pre-commit-config.yaml': `repos:\n  - repo: local\n    hooks:\n      - id: mandate\n        name: mandate\n        entry: ${OLD_HOOK_COMMAND}\n        language: system\n`,
    });
    await initTwice(preCommit);
    const hook = parse(await readFile(join(preCommit, '.pre-commit-config.yaml'), 'utf8')).repos[0]
      .hooks[0];
    expect(hook).toMatchObject({ id: 'mandate', entry: 'sh', args: ['-c', HOOK_COMMAND] });
  });
});
