/**
 * The CLI and the Action are shells over one engine: for the same change and the same config —
 * including a central config whose locked rule the repository tries to disable and weaken —
 * they report the same findings and the same decision, for the same reasons. The second case is a
 * custom rule only the central config defines, judged by a fresh build of action/src.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeReason } from '../../src/core/decision.js';
import type { Reason } from '../../src/core/types.js';
import { ensureBuilt, mandateAsync } from '../e2e/helpers.js';
import { ACME_CENTRAL, ACME_LOCAL } from '../support/central.js';
import { compose } from '../support/compose.js';
import { makeRepo, type TestRepo } from '../support/git.js';
import { FakeGitHub, shaOf } from './fake-github.js';
import { freshBundle, type Json, pullRequestPayload, runAction } from './run-action.js';

const REF = 'octo-org/policy:mandate/org.yml@v1';
const CENTRAL = [
  'extends: [recommended]',
  'fail_on: high',
  'overrides:',
  '  secret/github-pat:',
  '    locked: true',
  '    severity: critical',
  '',
].join('\n');
/** The repository tries to switch the locked rule off and to weaken it; neither applies. */
const LOCAL = [
  `extends: [${REF}]`,
  'disable: [secret/github-pat]',
  'overrides:',
  '  secret/github-pat: { severity: low, blocking: false }',
  '',
].join('\n');

interface Seen {
  ruleId: string;
  severity: string;
  path: string;
  line: number;
  redacted: string;
  fingerprint: string;
  blocking: boolean;
}
const seen = (f: Seen): Seen => ({
  ruleId: f.ruleId,
  severity: f.severity,
  path: f.path,
  line: f.line,
  redacted: f.redacted,
  fingerprint: f.fingerprint,
  blocking: f.blocking,
});

/** A custom rule only the central config has, locked; the repository tries to disable it. */

let servers: FakeGitHub[] = [];
let repo: TestRepo | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
  repo?.cleanup();
  repo = undefined;
});

describe('the CLI and the Action on the same change and config', () => {
  it('report the same findings and decision, with a locked central rule', async () => {
    const token = compose('{{github:ghp_}}', 31);
    const base = { '.mandate.yml': LOCAL, 'README.md': '# app\n' };
    const change = {
      'ci/env.sh': `#!/bin/sh\nexport GH=${token}\n`,
      'src/app.py': `print("hello")\nsession = "${compose('{{jwt}}', 32)}"\n`,
    };

    // The CLI: a real repository, the central config read from a fake GitHub.
    const central = new FakeGitHub('octo-org/policy');
    servers.push(central);
    central.branches.set('v1', central.commit(shaOf('central-v1'), { 'mandate/org.yml': CENTRAL }));
    const centralApi = await central.start();
    repo = makeRepo();
    const baseSha = repo.commit('base', base);
    const headSha = repo.commit('change', change);
    const cli = await mandateAsync(
      repo.dir,
      ['scan', '--diff', `${baseSha}..${headSha}`, '--format', 'json'],
      { CI: 'true', GITHUB_API_URL: centralApi, GITHUB_TOKEN: 'fake-token-for-tests' },
    );
    expect(cli.stderr).toContain('`secret/github-pat` is locked by the central config');
    const report = JSON.parse(cli.stdout) as {
      decision: string;
      findings: Seen[];
      reasons: Reason[];
    };

    // The Action: the same commits served by the API, the central config from the same text.
    const gh = new FakeGitHub('octo-org/octo-repo');
    servers.push(gh);
    await gh.start();
    gh.otherRepos.set('octo-org/policy', new Map([['v1', { 'mandate/org.yml': CENTRAL }]]));
    const BASE = shaOf('base');
    const HEAD = shaOf('head');
    gh.commit(BASE, base);
    gh.commit(HEAD, { ...base, ...change });
    gh.pulls.set(7, { base: BASE, head: HEAD });
    const action = await runAction({
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      event: 'pull_request',
      payload: pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD }),
    });
    const evidence = action.evidence as unknown as {
      decision: string;
      findings: Seen[];
      reasons: string[];
    };

    // The locked rule blocks at the central severity; the warning is reported, not blocking.
    expect(report.findings.map(seen)).toEqual([
      expect.objectContaining({
        ruleId: 'secret/github-pat',
        severity: 'critical',
        blocking: true,
      }),
      expect.objectContaining({ ruleId: 'secret/jwt', blocking: false }),
    ]);
    expect(cli.status).toBe(1);
    expect(action.code).toBe(1);
    expect(evidence.findings.map(seen)).toEqual(report.findings.map(seen));
    expect(evidence.decision).toBe(report.decision);
    expect(action.outputs.decision).toBe('block');
    // The same reasons: the Action's sentences are the CLI's structured reasons, rendered.
    expect(evidence.reasons).toEqual(report.reasons.map(describeReason));
  }, 120_000);

  it('report the same findings and decision, with a locked custom central rule, from the source bundle', async () => {
    const key = compose('key = "{{lit:acme_}}{{lower:32}}"\n', 11);
    // The CLI: a checked-out change, its policy read from BASE, the central config from the API.
    const central = new FakeGitHub('acme/policies');
    servers.push(central);
    central.branches.set(
      'main',
      central.commit(shaOf('parity-central'), { 'mandate.yml': ACME_CENTRAL }),
    );
    const centralApi = await central.start();
    repo = makeRepo();
    const base = repo.commit('config', { '.mandate.yml': ACME_LOCAL });
    const head = repo.commit('key', { 'app.env': key });
    const fromCli = await mandateAsync(
      repo.dir,
      ['scan', '--diff', `${base}..${head}`, '--format', 'json'],
      {
        CI: 'true',
        GITHUB_API_URL: centralApi,
        GITHUB_TOKEN: 'fake-token-for-tests',
      },
    );
    expect(fromCli.stderr).toContain('secret/acme-key` is locked by the central config');

    // The Action: the same change as a pull request, read through the API.
    const gh = new FakeGitHub('octo-org/octo-repo');
    servers.push(gh);
    await gh.start();
    gh.otherRepos.set('acme/policies', new Map([['main', { 'mandate.yml': ACME_CENTRAL }]]));
    const BASE = shaOf('parity-base');
    const HEAD = shaOf('parity-head');
    gh.commit(BASE, { '.mandate.yml': ACME_LOCAL });
    gh.commit(HEAD, { '.mandate.yml': ACME_LOCAL, 'app.env': key });
    gh.pulls.set(7, { base: BASE, head: HEAD });
    const fromAction = await runAction({
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      event: 'pull_request',
      payload: pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD }),
      bundle: freshBundle(),
    });

    const shape = (findings: Json[]) =>
      findings.map((f) => ({ ruleId: f.ruleId, path: f.path, line: f.line, blocking: f.blocking }));
    const cliReport = JSON.parse(fromCli.stdout);
    expect(shape(cliReport.findings)).toEqual([
      { ruleId: 'secret/acme-key', path: 'app.env', line: 1, blocking: true },
    ]);
    expect(shape(fromAction.evidence!.findings)).toEqual(shape(cliReport.findings));
    expect(fromAction.evidence!.findings.map((f: Json) => f.fingerprint)).toEqual(
      cliReport.findings.map((f: Json) => f.fingerprint),
    );
    expect([fromCli.status, fromAction.code]).toEqual([1, 1]);
    expect([cliReport.decision, fromAction.outputs.decision]).toEqual(['block', 'block']);
  }, 180_000);
});
