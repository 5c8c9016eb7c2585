/**
 * The built CLI against attacks on its git scopes (issue 9.7, 9.8, 9.9, 9.12):
 * - a `.gitattributes` in the change marking its own files binary,
 * - a secret added by a merge commit itself,
 * - a pull request that edits the policy files judging it, when CI runs `mandate scan --diff`,
 * - an explicit config that does not exist.
 * Secrets are composed at run time; none is committed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import type { TestRepo } from '../support/git.js';
import { scratch } from '../support/scratch.js';
import { ensureBuilt, mandate, parseJson, STACK_LINE } from './helpers.js';

beforeAll(() => ensureBuilt(), 120_000);

const { repo } = scratch();

const token = (seed: number) => compose('{{github:ghp_}}', seed);

describe('git scopes cannot be blinded by the change (9.7, 9.8)', () => {
  it('--diff, --history and --staged find a key in a file the change marks binary', () => {
    const r = repo();
    const base = r.commit('init', { 'README.md': '# app\n' });
    const key = token(11);
    r.write('.gitattributes', '*.py binary\n');
    r.write('deploy.py', `TOKEN = "${key}"\n`);
    r.git('add', '.');
    const staged = mandate(r.dir, ['scan', '--staged', '--format', 'json']);
    expect(staged.status).toBe(1);
    expect(parseJson(staged.stdout).findings.map((f) => [f.path, f.line])).toEqual([
      ['deploy.py', 1],
    ]);
    r.commit('deploy');
    for (const scope of [['--diff', `${base}..HEAD`], ['--history']]) {
      const out = mandate(r.dir, ['scan', ...scope, '--format', 'json']);
      expect(out.status, scope.join(' ')).toBe(1);
      expect(parseJson(out.stdout).findings.map((f) => f.path)).toEqual(['deploy.py']);
      expect(out.stdout + out.stderr).not.toContain(key);
    }
  });

  it('--history finds a key typed into a conflict resolution, attributed to the merge', () => {
    const r = repo();
    r.commit('base', { 'app.env': 'PORT=80\n' });
    r.git('checkout', '-q', '-b', 'side');
    r.commit('side', { 'app.env': 'PORT=8080\n' });
    r.git('checkout', '-q', 'main');
    r.commit('main', { 'app.env': 'PORT=443\n' });
    try {
      r.git('merge', '-q', 'side');
    } catch {
      // CONFLICT in app.env: resolved below
    }
    const merge = r.commit('merge side', { 'app.env': `PORT=443\nGITHUB_TOKEN=${token(12)}\n` });
    const out = mandate(r.dir, ['scan', '--history', '--format', 'json']);
    expect(out.status).toBe(1);
    expect(parseJson(out.stdout).findings.map((f) => [f.path, f.line, f.commit])).toEqual([
      ['app.env', 2, merge],
    ]);
  });
});

describe('--diff in CI reads the policy from BASE (9.9)', () => {
  /** main has a policy; the pull request adds a key and tries to switch its finding off. */
  function pullRequest(): { r: TestRepo; base: string; range: string } {
    const r = repo();
    const base = r.commit('init', {
      'README.md': '# app\n',
      '.mandate.yml': 'extends: [recommended]\nfail_on: high\n',
    });
    r.git('checkout', '-q', '-b', 'pr');
    r.commit('add deploy script', { 'deploy.sh': `export GITHUB_TOKEN=${token(13)}\n` });
    return { r, base, range: `${base}..HEAD` };
  }

  const ci = (r: TestRepo, range: string, extra: string[] = [], env = {}) =>
    mandate(r.dir, ['scan', '--diff', range, '--format', 'json', ...extra], env);

  it('a .mandate.yml edit that disables the rule still blocks, and the log says why', () => {
    const { r, base, range } = pullRequest();
    r.commit('quiet', {
      '.mandate.yml': 'extends: [recommended]\ndisable: [secret/github-pat]\n',
    });
    // Locally the working tree's policy applies (the author's own machine)...
    expect(ci(r, range).status).toBe(0);
    // ...in CI the base's, whether CI is set by the runner or by --mode.
    for (const [extra, env] of [
      [['--mode', 'ci'], {}],
      [[], { CI: 'true' }],
    ] as const) {
      const out = ci(r, range, [...extra], env);
      expect(out.status).toBe(1);
      expect(parseJson(out.stdout).findings.map((f) => f.ruleId)).toEqual(['secret/github-pat']);
      expect(out.stderr).toContain(
        `mandate: policy read from BASE ${base.slice(0, 7)} (.mandate.yml), not from the checked-out change.`,
      );
    }
    // An explicit --config inside the repository is read at BASE too.
    const explicit = ci(r, range, ['--mode', 'ci', '--config', '.mandate.yml']);
    expect(explicit.status).toBe(1);
  });

  it('--history over the range in CI reads the policy from BASE too (each commit of the change)', () => {
    const { r, base, range } = pullRequest();
    r.commit('quiet', {
      '.mandate.yml': 'extends: [recommended]\ndisable: [secret/github-pat]\n',
    });
    const history = (extra: string[]) =>
      mandate(r.dir, ['scan', '--history', range, '--format', 'json', ...extra]);
    expect(history([]).status).toBe(0); // the author's machine: the working tree's policy
    const out = history(['--mode', 'ci']);
    expect(out.status).toBe(1);
    expect(parseJson(out.stdout).findings.map((f) => f.ruleId)).toEqual(['secret/github-pat']);
    expect(out.stderr).toContain(
      `mandate: policy read from BASE ${base.slice(0, 7)} (.mandate.yml)`,
    );
  });

  it('a .mandateignore entry or a baseline added by the change does not apply in CI', () => {
    const { r, range } = pullRequest();
    const report = parseJson(ci(r, range).stdout);
    const fingerprint = report.findings[0]!.fingerprint;
    r.commit('ignore it', { '.mandateignore': `${fingerprint}  # test key, rotated\n` });
    expect(ci(r, range).status).toBe(0);
    expect(ci(r, range, ['--mode', 'ci']).status).toBe(1);
    r.commit('baseline it', {
      '.mandateignore': '',
      '.mandate-baseline.json': `${JSON.stringify({ version: 1, fingerprints: [fingerprint] })}\n`,
    });
    expect(ci(r, range).status).toBe(0);
    const out = ci(r, range, ['--mode', 'ci']);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/policy read from BASE [0-9a-f]{7} \(\.mandate\.yml\)/);
  });

  it("the base's own policy is honoured, and a config the base lacks is an error", () => {
    const { r, base, range } = pullRequest();
    // A policy on the base that accepts this finding: the change is judged by it.
    const fingerprint = parseJson(ci(r, range).stdout).findings[0]!.fingerprint;
    r.git('checkout', '-q', 'main');
    const newBase = r.commit('accept', {
      '.mandateignore': `${fingerprint}  # accepted by security\n`,
    });
    r.git('checkout', '-q', 'pr');
    const accepted = ci(r, `${newBase}..HEAD`, ['--mode', 'ci']);
    expect(accepted.stderr).toContain(`(.mandate.yml, .mandateignore)`);
    expect(accepted.status).toBe(0);

    r.commit('own config', { 'ci/lenient.yml': 'extends: [recommended]\nfail_on: critical\n' });
    const missing = ci(r, range, ['--mode', 'ci', '--config', 'ci/lenient.yml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      `mandate: the config file ci/lenient.yml does not exist at the base commit ${base.slice(0, 7)}`,
    );
    expect(missing.stderr).not.toMatch(STACK_LINE);
  });
});

describe('a missing explicit config is an error, never the defaults (9.12, CLI)', () => {
  it.each([
    [['scan', '.']],
    [['scan', '--staged']],
    [['check', '.']],
    [['baseline']],
    [['rules']],
    [['policies']],
  ])('mandate %j --config nope.yml exits 2 with a sentence', (args) => {
    const r = repo();
    // The key would block under the defaults: a fallback would show as exit 1, not 2.
    r.commit('init', { 'deploy.sh': `export GITHUB_TOKEN=${token(14)}\n` });
    r.write('more.sh', `export GITHUB_TOKEN=${token(15)}\n`);
    r.git('add', '.');
    const out = mandate(r.dir, [...args, '--config', 'ci/nope.yml']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain(
      `mandate: config file ${r.dir}/ci/nope.yml not found; a config named explicitly is never replaced by the built-in defaults`,
    );
    expect(out.stderr).not.toMatch(STACK_LINE);
    expect(out.stdout).not.toMatch(/blocked|passed/);
  });

  it('--config naming a directory exits 2 with what to do', () => {
    const r = repo();
    r.commit('init', { 'ci/readme.md': 'x\n' });
    const out = mandate(r.dir, ['scan', '.', '--config', 'ci']);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/cannot read config file .*ci: EISDIR/);
    expect(out.stderr).toContain('The config must be a readable file');
  });
});
