/**
 * The CLI and the Action judge the new rule families alike (issue 13 item 5, issue 11's
 * acceptance "the same findings and decision for the same change and the same config"): a
 * pickle that imports code, a CSV of generated customers, a secret and an inline allow with
 * its reason, as `mandate scan --diff BASE..HEAD` in CI and as a pull request through the
 * bundled Action. Same findings (rule, path, line, severity, redacted form, fingerprint,
 * blocking), same allowed values, same decision.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, mandateAsync } from '../e2e/helpers.js';
import { customers } from '../pii/generate.js';
import { compose } from '../support/compose.js';
import { makeRepo, type TestRepo } from '../support/git.js';
import { FakeGitHub, shaOf } from './fake-github.js';
import { type Json, pullRequestPayload, runAction } from './run-action.js';

/** A protocol-0 pickle (text) that calls os.system when loaded: composed, never committed. */
const EVIL_PICKLE = ['c', 'posix\nsystem\n', "(S'true'\n", 'tR.'].join('');

let gh: FakeGitHub | undefined;
let repo: TestRepo | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => {
  await gh?.stop();
  gh = undefined;
  repo?.cleanup();
  repo = undefined;
});

const seen = (f: Json) => ({
  ruleId: f.ruleId,
  path: f.path,
  line: f.line,
  severity: f.severity,
  redacted: f.redacted,
  fingerprint: f.fingerprint,
  blocking: f.blocking,
});

describe('the CLI and the Action on the guardrail families', () => {
  it('report the same artifact, personal-data and secret findings, allows and decision', async () => {
    const allowed = compose('{{github:ghp_}}', 41);
    const blocked = compose('{{github:ghp_}}', 42);
    const base = { '.mandate.yml': 'extends: [recommended]\n', 'README.md': '# app\n' };
    const change = {
      'models/model.pkl': EVIL_PICKLE,
      'exports/customers.csv': `${customers(60, 5)}\n`,
      'src/settings.py': [
        `DOCS_TOKEN = "${allowed}"  # mandate:allow revoked token kept for the docs screenshot`,
        `DEPLOY_TOKEN = "${blocked}"`,
        '',
      ].join('\n'),
    };

    repo = makeRepo();
    const baseSha = repo.commit('base', base);
    const headSha = repo.commit('change', change);
    const cli = await mandateAsync(
      repo.dir,
      ['scan', '--diff', `${baseSha}..${headSha}`, '--format', 'json'],
      { CI: 'true' },
    );
    const report = JSON.parse(cli.stdout) as Json;

    gh = new FakeGitHub('octo-org/octo-repo');
    await gh.start();
    const BASE = shaOf('guardrail-parity-base');
    const HEAD = shaOf('guardrail-parity-head');
    gh.commit(BASE, base);
    gh.commit(HEAD, { ...base, ...change });
    gh.pulls.set(5, { base: BASE, head: HEAD });
    const action = await runAction({
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      event: 'pull_request',
      payload: pullRequestPayload(gh, { number: 5, base: BASE, head: HEAD }),
    });
    const evidence = action.evidence as Json;

    const ids = (report.findings as Json[]).map((f) => f.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'artifact/unsafe-pickle',
        'personal-data/dataset',
        'secret/github-pat',
      ]),
    );
    expect((evidence.findings as Json[]).map(seen)).toEqual((report.findings as Json[]).map(seen));
    expect([cli.status, action.code]).toEqual([1, 1]);
    expect([report.decision, action.outputs.decision]).toEqual(['block', 'block']);
    // The inline allow: one value, the same on both sides, with its reason.
    expect(report.allowed).toHaveLength(1);
    expect(JSON.stringify(evidence)).toContain('revoked token kept for the docs screenshot');
  }, 180_000);
});
