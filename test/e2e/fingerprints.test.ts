/**
 * Keyed fingerprints (issue 9.18), repository-relative paths (issue 10.5) and unused-ignore
 * warnings (issue 10.6), through the built CLI in real git repositories.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { makeTempDir, type TestRepo } from '../support/git.js';
import { scratch } from '../support/scratch.js';
import { CLI, cleanEnv, ensureBuilt, mandate, parseJson } from './helpers.js';

beforeAll(() => ensureBuilt(), 120_000);

const { repo, track } = scratch();

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const githubToken = (seed = 1) => compose('{{github:ghp_}}', seed);
const SALT = 'test-salt-5d41402abc4b2a76b9719d911017c592';

function fingerprints(cwd: string, args: string[]): string[] {
  const run = mandate(cwd, [...args, '--format', 'json']);
  expect(run.stderr).not.toMatch(/error/i);
  return parseJson(run.stdout).findings.map((f) => f.fingerprint);
}

describe('keyed fingerprints (9.18)', () => {
  it('are the same keyed value in the hook, scan PATH and history, and hide the secret hash', () => {
    const r = repo();
    const token = githubToken(1);
    r.commit('config', { '.mandate.yml': `fingerprint_salt: ${SALT}\n` });
    r.write('src/deploy.sh', `export GITHUB_TOKEN=${token}\n`);
    r.git('add', '.');
    const staged = fingerprints(r.dir, ['scan', '--staged']);
    expect(staged).toHaveLength(1);
    expect(staged[0]).toMatch(/^secret\/github-pat:src\/deploy\.sh:v2-[0-9a-f]{64}$/);
    expect(staged[0]).not.toContain(sha256(token));
    r.commit('add');
    expect(fingerprints(r.dir, ['scan', '.'])).toEqual(staged);
    expect(fingerprints(r.dir, ['scan', '--history'])).toEqual(staged);
    const scanned = staged;

    // Another salt (another repository) gives another fingerprint for the same secret.
    r.write('.mandate.yml', 'fingerprint_salt: another-repository-salt-0001\n');
    expect(fingerprints(r.dir, ['scan', '.'])[0]).not.toBe(scanned[0]);
  });

  it('a salt that is too short is a config error naming the key', () => {
    const r = repo();
    r.write('.mandate.yml', 'fingerprint_salt: short\n');
    const run = mandate(r.dir, ['scan', '.']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\.mandate\.yml:1/);
    expect(run.stderr).toMatch(/fingerprint_salt/);
  });

  it('old unsalted, folder-relative entries still match with a warning until `baseline --migrate` rewrites them', () => {
    const r = repo();
    const ignored = githubToken(2);
    const baselined = githubToken(3);
    const gone = githubToken(4);
    r.commit('add', {
      '.mandate.yml': `fingerprint_salt: ${SALT}\n`,
      'src/a.sh': `export GITHUB_TOKEN=${ignored}\n`,
      'src/b.sh': `export GITHUB_TOKEN=${baselined}\n`,
    });
    const current = fingerprints(r.dir, ['scan', '.']);
    expect(current).toHaveLength(2);
    // The old forms: sha256(secret), and a path relative to the folder `mandate scan src` read.
    const oldIgnore = `secret/github-pat:a.sh:${sha256(ignored)}`;
    const oldGone = `secret/github-pat:old.sh:${sha256(gone)}`;
    const oldBaseline = `secret/github-pat:src/b.sh:${sha256(baselined)}`;
    r.write(
      '.mandateignore',
      `# test fixtures\n${oldIgnore}  # revoked fixture\n${oldGone}  # removed\n`,
    );
    r.write(
      '.mandate-baseline.json',
      `${JSON.stringify({ version: 1, fingerprints: [oldBaseline] }, null, 2)}\n`,
    );

    // Never silently stop matching: both findings stay suppressed, with a warning.
    const scan = mandate(r.dir, ['scan', '.']);
    expect(scan.status).toBe(0);
    expect(scan.stdout).toMatch(
      /1 \.mandateignore entry and 1 baseline entry use the old unsalted fingerprint form.*mandate baseline --migrate/,
    );
    // The old unsalted hashes are not printed again (the unused one is masked).
    for (const old of [ignored, baselined, gone]) expect(scan.stdout).not.toContain(sha256(old));
    expect(scan.stdout).toMatch(
      /\.mandateignore:3: .*secret\/github-pat:old\.sh:<old unsalted hash/,
    );
    const json = mandate(r.dir, ['scan', '.', '--format', 'json']);
    expect(json.status).toBe(0);
    expect(json.stderr).toMatch(/use the old unsalted fingerprint form/);

    const migrate = mandate(r.dir, ['baseline', '--migrate']);
    expect(migrate.status).toBe(0);
    expect(migrate.stdout).toMatch(/Rewrote 1 \.mandateignore entry/);
    expect(migrate.stdout).toMatch(/Rewrote 1 baseline entry/);
    expect(migrate.stdout).toMatch(/Not migrated \(\.mandateignore line 3\)/);
    const ignoreText = readFileSync(join(r.dir, '.mandateignore'), 'utf8');
    expect(ignoreText).toBe(
      `# test fixtures\n${current.find((f) => f.includes('src/a.sh'))}  # revoked fixture\n${oldGone}  # removed\n`,
    );
    const baseline = JSON.parse(readFileSync(join(r.dir, '.mandate-baseline.json'), 'utf8'));
    expect(baseline.fingerprints).toEqual([current.find((f) => f.includes('src/b.sh'))]);

    const after = mandate(r.dir, ['scan', '.']);
    expect(after.status).toBe(0);
    expect(after.stdout).not.toMatch(/old unsalted fingerprint form/);
    expect(after.stdout).toMatch(/suppressed \(.*ignore.*1.*baseline: 1\)/);
  });
});

describe('repository-relative paths (10.5)', () => {
  it('scan ., scan sub, a scan from the subfolder, --staged, --diff and --history report the same paths and fingerprints, and one ignore entry suppresses in each', () => {
    const r = repo();
    const ignoredToken = githubToken(5);
    const reported = githubToken(6);
    const base = r.commit('config', {
      '.mandate.yml': `fingerprint_salt: ${SALT}\n`,
      'README.md': '# app\n',
    });
    r.write('services/api/fixture.env', `GITHUB_TOKEN=${ignoredToken}\n`);
    r.write('services/api/deploy.sh', `export GITHUB_TOKEN=${reported}\n`);
    r.git('add', '.');
    const staged = parseJson(mandate(r.dir, ['scan', '--staged', '--format', 'json']).stdout);
    expect(staged.findings.map((f) => f.path)).toEqual([
      'services/api/deploy.sh',
      'services/api/fixture.env',
    ]);
    const ignoredFp = staged.findings.find((f) => f.path.endsWith('fixture.env'))!.fingerprint;
    const reportedFp = staged.findings.find((f) => f.path.endsWith('deploy.sh'))!.fingerprint;
    r.commit('add services', { '.mandateignore': `${ignoredFp}  # revoked test fixture\n` });

    const sub = join(r.dir, 'services', 'api');
    const runs: [string, string, string[]][] = [
      ['scan .', r.dir, ['scan', '.']],
      ['scan services', r.dir, ['scan', 'services']],
      [
        'scan services/api/deploy.sh services/api/fixture.env',
        r.dir,
        ['scan', 'services/api/deploy.sh', 'services/api/fixture.env'],
      ],
      ['cd services/api && scan', sub, ['scan']],
      ['cd services/api && scan .', sub, ['scan', '.']],
      ['cd services && scan api', join(r.dir, 'services'), ['scan', 'api']],
      ['--diff', r.dir, ['scan', '--diff', `${base}..HEAD`]],
      ['--history', r.dir, ['scan', '--history']],
      ['cd services/api && --history', sub, ['scan', '--history']],
    ];
    for (const [name, cwd, args] of runs) {
      const out = mandate(cwd, [...args, '--format', 'json']);
      const report = parseJson(out.stdout);
      expect(
        report.findings.map((f) => [f.path, f.fingerprint]),
        name,
      ).toEqual([['services/api/deploy.sh', reportedFp]]);
    }
    // The staged scope, from the subfolder, with the ignore file in place.
    r.write('services/api/more.env', `OTHER=${ignoredToken}\n`);
    // The token's line changes (so the staged scope reads it again); the secret does not.
    r.write('services/api/fixture.env', `export GITHUB_TOKEN=${ignoredToken}\n`);
    r.git('add', '.');
    const stagedAgain = parseJson(mandate(sub, ['scan', '--staged', '--format', 'json']).stdout);
    expect(stagedAgain.findings.map((f) => f.path)).toEqual(['services/api/more.env']);
    const text = mandate(sub, ['scan', '--staged']);
    expect(text.stdout).toMatch(/suppressed \(.*ignore[^)]*1/);
  });

  it('outside a repository, paths are relative to the scanned folder', () => {
    const { dir, cleanup } = makeTempDir('mandate-norepo-');
    track(cleanup);
    mkdirSync(join(dir, 'app', 'conf'), { recursive: true });
    writeFileSync(join(dir, 'app', 'conf', 'a.env'), `GITHUB_TOKEN=${githubToken(7)}\n`);
    const report = parseJson(mandate(dir, ['scan', 'app', '--format', 'json']).stdout);
    expect(report.findings.map((f) => f.path)).toEqual(['conf/a.env']);
  });
});

describe('unused ignore entries (10.6)', () => {
  /** Runs `git commit` with a pre-commit hook that runs `mandate scan --staged`. */
  function commitThroughHook(
    r: TestRepo,
    message: string,
  ): { status: number | null; output: string } {
    const hook = join(r.dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" scan --staged\n`);
    chmodSync(hook, 0o755);
    const run = spawnSync('git', ['commit', '-q', '-m', message], {
      cwd: r.dir,
      env: cleanEnv(),
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  it('are reported only when the scan read the whole file they name, never on a commit that did not touch it', () => {
    const r = repo();
    const fixture = githubToken(8);
    r.commit('init', {
      '.mandate.yml': `fingerprint_salt: ${SALT}\n`,
      'test/fixture.env': `# fixture\nGITHUB_TOKEN=${fixture}\n`,
      'src/app.ts': 'export const a = 1;\n',
    });
    const [live] = fingerprints(r.dir, ['scan', '.']);
    // A stale entry: its secret was removed from src/app.ts long ago.
    const stale = live!.replace('test/fixture.env', 'src/app.ts');
    r.commit('ignore', {
      '.mandateignore': `${live}  # revoked fixture\n${stale}  # removed key\n`,
    });

    // A commit that touches neither file: no warning, the commit goes through.
    r.write('docs/notes.md', '# notes\n');
    r.git('add', '.');
    const unrelated = commitThroughHook(r, 'docs');
    expect(unrelated.status).toBe(0);
    expect(unrelated.output).not.toMatch(/matched nothing/);

    // A commit that changes other lines of the stale entry's file: still no warning (only the
    // added lines were read).
    r.write('src/app.ts', 'export const a = 1;\nexport const b = 2;\n');
    r.git('add', '.');
    const touching = commitThroughHook(r, 'app');
    expect(touching.status).toBe(0);
    expect(touching.output).not.toMatch(/matched nothing/);

    // A full scan read src/app.ts whole: the stale entry is reported, the used one is not.
    const full = mandate(r.dir, ['scan', '.']);
    expect(full.status).toBe(0);
    expect(full.stdout).toMatch(
      /\.mandateignore:2: entry matched nothing in this run \(removed key\)/,
    );
    expect(full.stdout).not.toMatch(/\.mandateignore:1:/);
    // So did a history scan (every file was added whole at some commit).
    expect(mandate(r.dir, ['scan', '--history']).stdout).toMatch(
      /\.mandateignore:2: entry matched nothing/,
    );
    // A scan of another folder did not read src/app.ts.
    expect(mandate(r.dir, ['scan', 'docs']).stdout).not.toMatch(/matched nothing/);
    // A commit that deletes the fixture makes its entry stale: that commit says so.
    r.git('rm', '-q', 'test/fixture.env');
    const deleting = commitThroughHook(r, 'drop fixture');
    expect(deleting.status).toBe(0);
    expect(deleting.output).toMatch(
      /\.mandateignore:1: entry matched nothing in this run \(revoked fixture\)/,
    );
    expect(deleting.output).not.toMatch(/\.mandateignore:2:/);
  });
});
