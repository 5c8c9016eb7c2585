/**
 * The built CLI (`node dist/cli.js`) run as a user would, in real temporary git repositories.
 * Secrets are composed at run time (test/support/compose.ts); none is committed.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { FINDING_KEYS } from '../support/contract.js';
import type { TestRepo } from '../support/git.js';
import { scratch } from '../support/scratch.js';
import {
  BIN,
  CLI,
  cleanEnv,
  ensureBuilt,
  mandate,
  parseJson,
  ROOT,
  STACK_LINE,
} from './helpers.js';

beforeAll(() => ensureBuilt(), 120_000);

const { repo, tempDir } = scratch();

const anthropicKey = (seed = 1) => compose('{{anthropic:api03}}', seed);
const githubToken = (seed = 1) => compose('{{github:ghp_}}', seed);

/** A small Python client with a key on line 4 (column 29). */
function clientWithKey(key: string): string {
  return [
    'import anthropic',
    '',
    'def client():',
    `    return anthropic.Anthropic(api_key="${key}")`,
    '',
  ].join('\n');
}

describe('mandate scan --staged (the pre-commit scope)', () => {
  it('blocks a staged secret and names file, line, rule and provider with only the redacted form', () => {
    const r = repo();
    r.commit('init', { 'README.md': '# app\n' });
    const key = anthropicKey();
    r.write('src/llm/client.py', clientWithKey(key));
    r.git('add', '.');
    const out = mandate(r.dir, ['scan', '--staged']);
    expect(out.status).toBe(1);
    expect(out.stdout).toContain('src/llm/client.py');
    expect(out.stdout).toMatch(/^\s+4:\d+\s.*Anthropic API key.*secret\/anthropic-api-key/m);
    expect(out.stdout).toContain(`${key.slice(0, 6)}…(108 chars)`);
    expect(out.stdout).toMatch(/blocked/);
    expect(out.stdout).toContain('mandate:allow');
    expect(out.stdout).toMatch(/Scanned 1 file, 4 added lines/);
    for (const stream of [out.stdout, out.stderr]) {
      expect(stream).not.toContain(key);
      expect(stream).not.toContain(key.slice(6, 30));
    }
  });

  it('passes a clean change and says what it scanned', () => {
    const r = repo();
    r.commit('init', { 'README.md': '# app\n' });
    r.write('src/app.ts', 'export const answer = 42;\nexport const name = "app";\n');
    r.write('README.md', '# app\n\nNow with an app.\n');
    r.git('add', '.');
    const out = mandate(r.dir, ['scan', '--staged']);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/Scanned 2 files, 4 added lines/);
    expect(out.stdout).toMatch(/passed/);
  });

  it('tells which approvals the change will need, without blocking (reviews are not applicable locally)', () => {
    const r = repo();
    r.commit('init', {
      '.mandate.yml':
        'extends: [recommended, reviews-recommended]\nreview_settings:\n  security_team: "@acme/security"\n',
    });
    r.write('.github/workflows/ci.yml', 'name: ci\non: push\n');
    r.write('src/app.ts', 'export const answer = 42;\n');
    r.git('add', '.');
    const out = mandate(r.dir, ['scan', '--staged']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/not applicable locally/);
    expect(out.stdout).toMatch(
      /review\/workflows will need an approval from @acme\/security.*\.github\/workflows\/ci\.yml/,
    );
    // Only what the change touches: src/app.ts triggers nothing, .mandate.yml is not staged.
    expect(out.stdout).not.toMatch(/review\/mandate-config/);
  });

  it('fails with a sentence, not a trace, outside a git repository', () => {
    const dir = tempDir();
    const out = mandate(dir, ['scan', '--staged']);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^mandate: .*not inside a git repository.*\.$/m);
    expect(out.stderr).not.toMatch(STACK_LINE);
  });
});

describe('report formats', () => {
  function stagedSecretRepo(): { r: TestRepo; key: string } {
    const r = repo();
    r.commit('init', { 'README.md': '# app\n' });
    const key = anthropicKey();
    r.write('src/llm/client.py', clientWithKey(key));
    r.git('add', '.');
    return { r, key };
  }

  it('--format json follows the documented contract exactly', () => {
    const { r, key } = stagedSecretRepo();
    const out = mandate(r.dir, ['scan', '--staged', '--format', 'json']);
    expect(out.status).toBe(1);
    const report = parseJson(out.stdout);
    // `reasons` is the documented addition to version 1 (README, JSON output): the last key.
    expect(Object.keys(report)).toEqual(['version', 'decision', 'findings', 'stats', 'reasons']);
    expect(report.version).toBe(1);
    expect(report.reasons).toEqual([
      {
        kind: 'blocking-findings',
        findingKind: 'secret',
        count: 1,
        findings: [{ ruleId: 'secret/anthropic-api-key', path: 'src/llm/client.py', line: 4 }],
      },
    ]);
    expect(report.decision).toBe('block');
    expect(Object.keys(report.stats).sort()).toEqual(['bytes', 'durationMs', 'files', 'skipped']);
    expect(report.stats.files).toBe(1);
    expect(report.findings).toHaveLength(1);
    const [f] = report.findings;
    expect(Object.keys(f!).sort()).toEqual([...FINDING_KEYS].sort());
    expect(f).toMatchObject({
      ruleId: 'secret/anthropic-api-key',
      kind: 'secret',
      path: 'src/llm/client.py',
      line: 4,
      endLine: 4,
      column: 41,
      redacted: `${key.slice(0, 6)}…(108 chars)`,
      blocking: true,
    });
    expect(f!.fingerprint).toMatch(
      /^secret\/anthropic-api-key:src\/llm\/client\.py:v2-[0-9a-f]{64}$/,
    );
    expect(out.stdout).not.toContain(key);
  });

  it('--format json paths are relative to the repository root from a subdirectory', () => {
    const { r } = stagedSecretRepo();
    const out = mandate(join(r.dir, 'src'), ['scan', '--staged', '--format', 'json']);
    expect(parseJson(out.stdout).findings[0]?.path).toBe('src/llm/client.py');
  });

  it('--format sarif validates against the SARIF 2.1.0 schema', () => {
    const { r, key } = stagedSecretRepo();
    r.write('docs/a b/ünïcode 100%.env', `GITHUB_TOKEN=${githubToken()}\n`);
    r.git('add', '.');
    const out = mandate(r.dir, ['scan', '--staged', '--format', 'sarif']);
    expect(out.status).toBe(1);
    const schema = JSON.parse(
      readFileSync(join(ROOT, 'test/fixtures/sarif-2.1.0.schema.json'), 'utf8'),
    ) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormatsModule.default(ajv);
    const validate = ajv.compile(schema);
    const log = JSON.parse(out.stdout) as Sarif.Log;
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const results = log.runs[0]?.results ?? [];
    expect(results.map((res) => res.ruleId).sort()).toEqual([
      'secret/anthropic-api-key',
      'secret/github-pat',
    ]);
    for (const res of results) expect(res.partialFingerprints).toBeDefined();
    const ids = (log.runs[0]?.tool.driver.rules ?? []).map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(out.stdout).not.toContain(key);
  });

  it('--output FILE writes the report there and prints only a summary', () => {
    const { r, key } = stagedSecretRepo();
    const out = mandate(r.dir, [
      'scan',
      '--staged',
      '--format',
      'json',
      '--output',
      'reports/out.json',
    ]);
    expect(out.status).toBe(1);
    const file = join(r.dir, 'reports/out.json');
    expect(existsSync(file)).toBe(true);
    const report = parseJson(readFileSync(file, 'utf8'));
    expect(report.findings[0]?.ruleId).toBe('secret/anthropic-api-key');
    expect(out.stdout).not.toContain('"findings"');
    expect(out.stdout).toMatch(/blocked/);
    expect(readFileSync(file, 'utf8')).not.toContain(key);
  });

  it('--format markdown renders a report without the secret', () => {
    const { r, key } = stagedSecretRepo();
    const out = mandate(r.dir, ['scan', '--staged', '--format', 'markdown']);
    expect(out.status).toBe(1);
    expect(out.stdout).toContain('secret/anthropic-api-key');
    expect(out.stdout).toContain('src/llm/client.py');
    expect(out.stdout).not.toContain(key);
  });
});

describe('git ranges', () => {
  function history(): { r: TestRepo; base: string; mid: string; head: string; key: string } {
    const r = repo();
    const base = r.commit('init', { 'README.md': '# app\n' });
    const key = githubToken(7);
    const mid = r.commit('add deploy script', {
      'deploy.sh': `#!/bin/sh\nexport GITHUB_TOKEN=${key}\n`,
    });
    const head = r.commit('docs', { 'README.md': '# app\n\nDeploy with deploy.sh.\n' });
    return { r, base, mid, head, key };
  }

  it('--diff BASE..HEAD scans the lines the range adds', () => {
    const { r, base, mid, head } = history();
    const all = mandate(r.dir, ['scan', '--diff', `${base}..${head}`, '--format', 'json']);
    expect(all.status).toBe(1);
    expect(parseJson(all.stdout).findings.map((f) => [f.ruleId, f.path, f.line])).toEqual([
      ['secret/github-pat', 'deploy.sh', 2],
    ]);
    const later = mandate(r.dir, ['scan', '--diff', `${mid}..${head}`]);
    expect(later.status).toBe(0);
    expect(later.stdout).toMatch(/Scanned 1 file, 2 added lines/);
    const threeDot = mandate(r.dir, ['scan', '--diff', `${base}...${head}`, '-q']);
    expect(threeDot.status).toBe(1);
  });

  it('--history finds a secret in an old commit with its commit and author', () => {
    const { r, mid, key } = history();
    // The secret is gone from the working tree, but not from history.
    r.commit('remove token', { 'deploy.sh': '#!/bin/sh\n' });
    expect(mandate(r.dir, ['scan', '.']).status).toBe(0);
    const out = mandate(r.dir, ['scan', '--history', '--format', 'json']);
    expect(out.status).toBe(1);
    const report = parseJson(out.stdout);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      ruleId: 'secret/github-pat',
      path: 'deploy.sh',
      line: 2,
      commit: mid,
      author: 'Ada Tester',
    });
    const text = mandate(r.dir, ['scan', '--history']);
    expect(text.stdout).toContain(mid.slice(0, 7));
    expect(text.stdout).toContain('Ada Tester');
    expect(text.stdout + text.stderr).not.toContain(key);
  });
});

describe('suppression', () => {
  function committedSecrets(): { r: TestRepo; keys: string[] } {
    const r = repo();
    const keys = [anthropicKey(1), githubToken(2)];
    r.commit('init', {
      'src/llm/client.py': clientWithKey(keys[0]!),
      'deploy.sh': `#!/bin/sh\nexport GITHUB_TOKEN=${keys[1]}\n`,
    });
    return { r, keys };
  }

  it('mandate baseline is stable, hash-only, and makes the rescan pass', () => {
    const { r, keys } = committedSecrets();
    expect(mandate(r.dir, ['scan', '.']).status).toBe(1);
    const first = mandate(r.dir, ['baseline']);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Wrote 2 fingerprints to \.mandate-baseline\.json/);
    const path = join(r.dir, '.mandate-baseline.json');
    const content = readFileSync(path, 'utf8');
    const baseline = JSON.parse(content) as { version: number; fingerprints: string[] };
    expect(baseline.fingerprints).toHaveLength(2);
    expect(baseline.fingerprints).toEqual([...baseline.fingerprints].sort());
    for (const fp of baseline.fingerprints)
      expect(fp).toMatch(/^secret\/[\w-]+:[^:]+:v2-[0-9a-f]{64}$/);
    expect(content).not.toMatch(/\d{4}-\d{2}-\d{2}|"line"|"time|"date|"created|"updated/i);
    for (const key of keys) expect(content).not.toContain(key.slice(6, 20));

    const rescan = mandate(r.dir, ['scan', '.']);
    expect(rescan.status).toBe(0);
    expect(rescan.stdout).toMatch(/suppressed \(baseline: 2\)/);

    // A second run writes the same bytes, even after the code moves.
    r.write('src/llm/client.py', `# moved down\n\n${clientWithKey(keys[0]!)}`);
    expect(mandate(r.dir, ['baseline']).status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(content);
    expect(mandate(r.dir, ['scan', '.']).status).toBe(0);

    // A new secret is not hidden by the baseline.
    r.write('deploy.sh', `#!/bin/sh\nexport GITHUB_TOKEN=${githubToken(3)}\n`);
    expect(mandate(r.dir, ['scan', '.']).status).toBe(1);
  });

  it('.mandateignore with a reason suppresses; an unused entry is reported', () => {
    const { r } = committedSecrets();
    const report = parseJson(mandate(r.dir, ['scan', '.', '--format', 'json']).stdout);
    const lines = report.findings.map((f) => `${f.fingerprint}  # rotated on 2026-01-05`);
    const stale = `secret/github-pat:gone.sh:${'0'.repeat(64)}`;
    r.write('.mandateignore', `# accepted findings\n${lines.join('\n')}\n${stale}  # old one\n`);
    const out = mandate(r.dir, ['scan', '.']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/suppressed \(\.mandateignore: 2\)/);
    expect(out.stdout + out.stderr).toMatch(/\.mandateignore:4\b.*matched nothing/);
  });

  it('.mandateignore without a reason is an error naming file:line', () => {
    const { r } = committedSecrets();
    const report = parseJson(mandate(r.dir, ['scan', '.', '--format', 'json']).stdout);
    r.write('.mandateignore', `# comment\n\n${report.findings[0]!.fingerprint}\n`);
    const out = mandate(r.dir, ['scan', '.']);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/\.mandateignore:3(:\d+)?: .*reason/);
    expect(out.stderr).not.toMatch(STACK_LINE);
  });

  it('an unreadable .mandateignore or baseline is an error naming the file, not an internal error', () => {
    for (const name of ['.mandateignore', '.mandate-baseline.json']) {
      const r = repo();
      r.commit('init', { 'a.txt': 'hello\n' });
      mkdirSync(join(r.dir, name));
      const out = mandate(r.dir, ['scan', '.']);
      expect(out.status).toBe(2);
      expect(out.stderr).toMatch(
        new RegExp(`^mandate: cannot read ${name.replace('.', '\\.')}: `, 'm'),
      );
      expect(out.stderr).not.toMatch(/internal error/);
      expect(out.stderr).not.toMatch(STACK_LINE);
    }
  });

  it('honours inline mandate:allow and gitleaks:allow with a reason', () => {
    const r = repo();
    r.commit('init', {
      'a.py': `TOKEN = "${githubToken(1)}"  # mandate:allow revoked, used in docs\n`,
      'b.py': `TOKEN = "${githubToken(2)}"  # gitleaks:allow revoked in 2025\n`,
    });
    const out = mandate(r.dir, ['scan', '.', '--format', 'json']);
    expect(parseJson(out.stdout).findings).toEqual([]);
    expect(parseJson(out.stdout).allowed?.map((f) => f.allow.reason)).toEqual([
      'revoked, used in docs',
      'revoked in 2025',
    ]);
    expect(out.status).toBe(0);
    r.write('c.py', `TOKEN = "${githubToken(3)}"\n`);
    expect(mandate(r.dir, ['scan', '.']).status).toBe(1);
  });
});

describe('bad configuration fails with file:line:column and no stack trace', () => {
  const cases: [string, string, RegExp][] = [
    [
      'an unknown key',
      'extends: [recommended]\nfail_on: high\nfail_onn: low\n',
      /:3:1: .*fail_onn/,
    ],
    ['a bad severity', 'fail_on: extreme\n', /:1:10: .*fail_on.*critical, high/],
    ['a YAML syntax error', 'extends: [recommended\nfail_on: high\n', /:\d+:\d+: .*YAML/i],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      const r = repo();
      r.commit('init', { 'a.txt': 'hello\n', '.mandate.yml': text });
      const out = mandate(r.dir, ['scan', '.']);
      expect(out.status).toBe(2);
      expect(out.stderr).toMatch(/^mandate: \.mandate\.yml:\d+:\d+: /m);
      expect(out.stderr).toMatch(message);
      expect(out.stderr).not.toMatch(STACK_LINE);
      expect(out.stdout).toBe('');
    });
  }
});

describe('mandate rules', () => {
  it('lists at least 250 provider secret rules with provider, severity and effect', () => {
    const dir = tempDir();
    const text = mandate(dir, ['rules']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^id\s+provider\s+severity\s+effect$/m);
    expect(text.stdout).toMatch(
      /^secret\/anthropic-api-key\s+Anthropic\s+high\s+blocks\s+\(high ≥ fail_on high\)$/m,
    );
    // Under the default fail_on: high, medium rules do not block, and the list says so.
    expect(text.stdout).toMatch(
      /^secret\/jwt\s+\S.*\s+medium\s+warns\s+\(medium < fail_on high\)$/m,
    );
    expect(text.stdout).toMatch(
      /^secret\/stripe-test-secret-key\s+Stripe\s+medium\s+warns\s+\(medium < fail_on high\)$/m,
    );
    expect(text.stdout).toMatch(
      /^secret\/generic-secret\s+Generic\s+medium\s+warns\s+\(warn-only rule\)$/m,
    );
    const json = mandate(dir, ['rules', '--format', 'json']);
    const rules = JSON.parse(json.stdout) as { id: string; provider: string }[];
    // Issue 14's acceptance: at least 250 provider rules (the generic rule is not one), and
    // the text listing shows every one of them.
    const providerRules = rules.filter(
      (rule) => rule.id.startsWith('secret/') && rule.provider !== 'Generic',
    );
    expect(providerRules.length).toBeGreaterThanOrEqual(250);
    for (const rule of providerRules) {
      expect(text.stdout).toMatch(new RegExp(`^${rule.id.replace(/[/-]/g, '\\$&')}\\s`, 'm'));
    }
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    expect(rules.map((rule) => rule.id)).toContain('policy/stale');
    expect(rules.map((rule) => rule.id).some((id) => id.startsWith('review/'))).toBe(false);
  });

  it('says what blocks under the config in force (fail_on: medium makes medium rules block)', () => {
    const r = repo();
    r.commit('init', { '.mandate.yml': 'fail_on: medium\n' });
    const text = mandate(r.dir, ['rules']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /^secret\/jwt\s+\S.*\s+medium\s+blocks\s+\(medium ≥ fail_on medium\)$/m,
    );
    expect(text.stdout).toMatch(
      /^secret\/generic-secret\s+Generic\s+medium\s+warns\s+\(warn-only rule\)$/m,
    );
    const json = JSON.parse(mandate(r.dir, ['rules', '--format', 'json']).stdout) as {
      id: string;
      blocks?: boolean;
      effect?: string;
    }[];
    expect(json.find((rule) => rule.id === 'secret/jwt')).toMatchObject({
      blocks: true,
      effect: 'medium ≥ fail_on medium',
    });
    const byDefault = JSON.parse(mandate(tempDir(), ['rules', '--format', 'json']).stdout) as {
      id: string;
      blocks?: boolean;
    }[];
    expect(byDefault.find((rule) => rule.id === 'secret/stripe-test-secret-key')?.blocks).toBe(
      false,
    );
  });

  it('lists the required reviews and the policy rules in force too', () => {
    const r = repo();
    r.commit('init', {
      '.mandate.yml':
        'extends: [recommended, reviews-recommended]\nreview_settings: { security_team: acme/security }\nreviews:\n  - name: infra\n    when: { paths: ["infra/**"] }\n    require: { teams: [acme/platform], users: [alice], count: 2 }\n',
    });
    const text = mandate(r.dir, ['rules']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /^review\/workflows\s+needs 1 approval from @acme\/security\s+\(reviews-recommended\)$/m,
    );
    expect(text.stdout).toMatch(
      /^review\/infra\s+needs 2 approvals from @acme\/platform or @alice\s+\(\.mandate\.yml\)$/m,
    );
    expect(text.stdout).toMatch(/^policy\/stale\s+policy\s+high\s+blocks$/m);
    const json = JSON.parse(mandate(r.dir, ['rules', '--format', 'json']).stdout) as {
      id: string;
      kind: string;
    }[];
    expect(json.find((rule) => rule.id === 'review/infra')).toMatchObject({ kind: 'review' });
    expect(json.find((rule) => rule.id === 'policy/template-leftover')).toMatchObject({
      kind: 'policy',
    });
  });
});

describe('mandate init and the installed hook', () => {
  it('blocks a real git commit with a staged secret; --no-verify gets through', () => {
    const r = repo();
    r.commit('init', { 'README.md': '# app\n', '.gitignore': 'node_modules/\n' });
    // What installing mandate leaves: node_modules/.bin/mandate → bin/mandate.js.
    mkdirSync(join(r.dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(BIN, join(r.dir, 'node_modules', '.bin', 'mandate'));
    const init = mandate(r.dir, ['init']);
    expect(init.status).toBe(0);
    expect(init.stdout).toMatch(/pre-commit/);
    const hook = join(r.dir, '.git', 'hooks', 'pre-commit');
    expect(existsSync(hook)).toBe(true);

    const env = cleanEnv({
      PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
    });
    const commit = (...args: string[]) =>
      spawnSync('git', ['commit', '-q', '-m', 'change', ...args], {
        cwd: r.dir,
        env,
        encoding: 'utf8',
      });
    const head = () => r.git('rev-parse', 'HEAD');

    // A clean commit goes through the hook.
    r.git('add', '.mandate.yml');
    const before = head();
    const clean = commit();
    expect(clean.stderr + clean.stdout).not.toMatch(/could not run/);
    expect(clean.status).toBe(0);
    expect(head()).not.toBe(before);

    const key = anthropicKey(5);
    r.write('src/llm/client.py', clientWithKey(key));
    r.git('add', 'src/llm/client.py');
    const blockedAt = head();
    const blocked = commit();
    expect(blocked.status).not.toBe(0);
    expect(head()).toBe(blockedAt);
    expect(blocked.stdout + blocked.stderr).toContain('secret/anthropic-api-key');
    expect(blocked.stdout + blocked.stderr).not.toContain(key);

    const skipped = commit('--no-verify');
    expect(skipped.status).toBe(0);
    expect(head()).not.toBe(blockedAt);
  });
});

describe('a directory scan that cannot read a file', () => {
  const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

  it.skipIf(!hasMkfifo)('fails closed in CI and names the file; warns only locally', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'app.py'), 'print("hello")\n');
    spawnSync('mkfifo', [join(dir, 'pipe')]);
    const local = mandate(dir, ['scan', '.']);
    expect(local.status).toBe(0);
    expect(local.stdout).toContain('1 skipped (unreadable: 1)');
    for (const command of ['scan', 'check']) {
      const ci = mandate(dir, [command, '.'], { CI: 'true' });
      expect(ci.status, command).toBe(1);
      expect(ci.stdout).toContain(
        'The scan is incomplete: 1 file could not be scanned in full (pipe), so nothing is approved.',
      );
      expect(ci.stdout).toContain('allowlist.paths');
      // The finding says why the file could not be read.
      expect(ci.stdout).toContain(
        'pipe could not be read (not a regular file: a FIFO, socket or device is never opened)',
      );
    }
    // Machine formats carry no reasons: the sentence goes to stderr, SARIF marks the run.
    const json = mandate(dir, ['scan', '.', '--format', 'json'], { CI: 'true' });
    expect(json.status).toBe(1);
    expect(parseJson(json.stdout)).toMatchObject({
      decision: 'block',
      findings: [{ ruleId: 'scan/incomplete', kind: 'scan', path: 'pipe', blocking: true }],
      reasons: [{ kind: 'incomplete', count: 1, files: ['pipe'] }],
    });
    expect(json.stderr).toBe(
      'mandate: The scan is incomplete: 1 file could not be scanned in full (pipe), so nothing is approved.\n',
    );
    const sarif = parseJson<Sarif.Log>(
      mandate(dir, ['scan', '.', '--format', 'sarif'], { CI: 'true' }).stdout,
    );
    expect(sarif.runs[0]!.invocations?.[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error' }],
    });
    expect(sarif.runs[0]!.results).toMatchObject([
      {
        ruleId: 'scan/incomplete',
        level: 'error',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'pipe' } } }],
      },
    ]);
    const markdown = mandate(dir, ['scan', '.', '--format', 'markdown'], { CI: 'true' });
    expect(markdown.stdout).toContain('`scan/incomplete`');
    expect(markdown.stdout).toContain('pipe could not be read (not a regular file');
    expect(markdown.stdout).toContain('could not be scanned in full (pipe)');
    // Scanned on worker threads: the same finding, saying the same why.
    const workers = mandate(dir, ['scan', '.', '--format', 'json'], {
      CI: 'true',
      MANDATE_WORKERS: '2',
    });
    expect(parseJson(workers.stdout).findings).toEqual(parseJson(json.stdout).findings);
    // Locally the file is counted, not a finding (nothing blocks there).
    expect(local.stdout).not.toContain('scan/incomplete');
    // Left out of the scan on purpose: nothing is missing.
    writeFileSync(join(dir, '.mandate.yml'), 'allowlist:\n  paths: [pipe]\n');
    expect(mandate(dir, ['scan', '.'], { CI: 'true' }).status).toBe(0);
  });

  // A directory without read permission: only a user other than root can be kept out of it.
  // The test runs the CLI as `nobody`, who may not reach this checkout (a clone inside a private
  // folder, mode 0700): it runs a copy of the built CLI in a temporary folder nobody can read,
  // and skips only when the temporary folder itself is closed to other users.
  const nobody = ['--reuid=nobody', '--regid=nogroup', '--clear-groups'];
  const canDropRoot =
    process.getuid?.() === 0 &&
    spawnSync('setpriv', [...nobody, 'test', '-x', tmpdir()]).status === 0;
  it.skipIf(!canDropRoot)(
    'counts a directory it cannot read (walked or listed by git), which blocks in CI',
    () => {
      const dir = tempDir();
      const cli = join(tempDir(), 'cli');
      cpSync(dirname(CLI), cli, { recursive: true });
      expect(spawnSync('chmod', ['-R', 'a+rX', dirname(cli)]).status).toBe(0);
      mkdirSync(join(dir, 'locked'));
      writeFileSync(join(dir, 'locked', 'b.py'), 'print(1)\n');
      writeFileSync(join(dir, 'c.py'), 'print(2)\n');
      // nobody's own tree (git refuses a repository another user owns), but for `locked`.
      expect(spawnSync('chown', ['-R', 'nobody:nogroup', dir]).status).toBe(0);
      chmodSync(join(dir, 'locked'), 0o000);
      const asNobody = (command: string[]) =>
        spawnSync('setpriv', [...nobody, ...command], {
          cwd: dir,
          env: cleanEnv({ CI: 'true', HOME: dir }),
          encoding: 'utf8',
        });
      const cliPath = join(cli, basename(CLI));
      // The copy is what nobody runs: it must start, wherever this checkout lives.
      const version = asNobody([process.execPath, cliPath, '--version']);
      expect(version.stderr).toBe('');
      expect(version.status).toBe(0);
      const scan = () => asNobody([process.execPath, cliPath, 'scan', '.']);
      try {
        const walked = scan();
        expect(walked.stdout).toContain(
          'The scan is incomplete: 1 file could not be scanned in full (locked)',
        );
        expect(walked.stdout).toContain(
          'locked could not be read (a folder that could not be listed, so none of its files was scanned)',
        );
        expect(walked.status).toBe(1);
        // A repository of the same user, so that git lists the files (it only warns).
        expect(asNobody(['git', 'init', '-q']).status).toBe(0);
        expect(asNobody(['git', 'ls-files', '--others']).stderr).toContain(
          "could not open directory 'locked/'",
        );
        const listed = scan();
        expect(listed.stdout).toContain('could not be scanned in full (locked)');
        expect(listed.status).toBe(1);
      } finally {
        chmodSync(join(dir, 'locked'), 0o755);
      }
    },
  );
});

describe('a directory scan that judged no file', () => {
  // A folder an enclosing repository ignores (a vendored checkout, a scratch folder under
  // build/): git lists nothing in it, and a pass would have judged nothing.
  function ignoredFolder(): { dir: string; folder: string } {
    const r = repo();
    r.write('.gitignore', 'node_modules\nscratch/\n');
    r.commit('ignore scratch');
    r.write('scratch/agent/config.py', `TOKEN = "${githubToken()}"\n`);
    r.write('scratch/notes.md', 'todo\n');
    return { dir: r.dir, folder: join(r.dir, 'scratch', 'agent') };
  }

  it('says which ignore rule left the files out, and fails closed in CI', () => {
    const { dir, folder } = ignoredFolder();
    const local = mandate(folder, ['scan', '.']);
    expect(local.status).toBe(0);
    expect(local.stderr).toBe(
      'mandate: no file was scanned: the 1 file in . is ignored by ../../.gitignore:2 (`scratch/`).\n' +
        '  Run mandate scan with --no-gitignore to scan them, or scan from the repository that should hold them.\n',
    );
    for (const command of ['scan', 'check']) {
      const ci = mandate(dir, [command, 'scratch', '--format', 'json'], { CI: 'true' });
      expect(ci.status, command).toBe(2);
      expect(ci.stdout).toBe('');
      expect(ci.stderr).toContain(
        'mandate: no file was scanned: the 2 files in scratch are ignored by .gitignore:2 (`scratch/`). Nothing was approved.',
      );
      expect(ci.stderr).not.toContain(githubToken());
    }
    // What the sentence suggests finds the token.
    const all = mandate(folder, ['scan', '.', '--no-gitignore'], { CI: 'true' });
    expect(all.status).toBe(1);
    expect(all.stdout).toContain('secret/github-pat');
  });

  it('stays quiet for an empty folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    const result = mandate(dir, ['scan', 'empty'], { CI: 'true' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Scanned 0 files');
  });
});

describe('progress of a directory scan', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  const quote = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`;

  it.skipIf(!hasScript)(
    'shows files and megabytes on a terminal, erased before the report; nothing when piped',
    () => {
      const dir = tempDir();
      for (let i = 0; i < 30; i++)
        writeFileSync(join(dir, `f${i}.txt`), 'const a = 1;\n'.repeat(50));
      // `script` runs the CLI on a pseudo-terminal (stdout and stderr both go to its output).
      const command = [process.execPath, CLI, 'scan', '.'].map(quote).join(' ');
      const tty = spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd: dir,
        // The line waits 2 s by default (a short scan shows none); here it shows at once.
        env: { ...cleanEnv(), MANDATE_PROGRESS_DELAY_MS: '0' },
        encoding: 'utf8',
      });
      expect(tty.status).toBe(0);
      expect(tty.stdout).toContain('\rmandate: 1 of 30 files, 0.0 MB read, 0 possible findings…');
      expect(tty.stdout).toContain('\rmandate: 30 of 30 files, 0.0 MB read, 0 possible findings…');
      expect(tty.stdout.indexOf('\r\x1b[K')).toBeLessThan(tty.stdout.indexOf('Scanned 30 files'));
      const piped = mandate(dir, ['scan', '.']);
      expect(piped.status).toBe(0);
      expect(piped.stderr).toBe('');
      expect(piped.stdout).not.toContain('read…');
    },
  );
});

describe('exit codes', () => {
  it('exits 2 on a usage error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'hi\n');
    const out = mandate(dir, ['scan', '--format', 'yaml']);
    expect(out.status).toBe(2);
    expect(out.stderr).not.toMatch(STACK_LINE);
  });
});
