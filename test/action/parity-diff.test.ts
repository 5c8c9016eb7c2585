/**
 * The CLI and the Action load the same policy through the one loader and judge the same change
 * alike: a repository whose config extends a central config with a locked rule (and tries to
 * disable it) gets the same findings and decision from `mandate scan --diff` in CI as from the
 * Action on the pull request.
 */
import { afterEach, beforeAll, expect, it } from 'vitest';
import { ensureBuilt, mandateAsync } from '../e2e/helpers.js';
import { compose } from '../support/compose.js';
import { makeRepo, type TestRepo } from '../support/git.js';
import { FakeGitHub, shaOf } from './fake-github.js';
import { freshBundle, type Json, pullRequestPayload, runAction } from './run-action.js';

const REF = 'acme/policies:mandate.yml@main';
const CENTRAL = [
  'extends: [recommended]',
  'rules:',
  '  - id: secret/acme-key',
  '    title: Acme internal key',
  '    severity: critical',
  '    keywords: [acme_]',
  "    regex: 'acme_[a-z0-9]{32}'",
  '    locked: true',
  '',
].join('\n');
const LOCAL = `extends: [${REF}]\ndisable: [secret/acme-key]\n`;

let servers: FakeGitHub[] = [];
let repo: TestRepo | undefined;
beforeAll(() => {
  ensureBuilt();
  freshBundle();
}, 180_000);
afterEach(async () => {
  for (const server of servers) await server.stop();
  servers = [];
  repo?.cleanup();
});

it('the CLI in CI and the Action give the same findings and decision under a central locked rule', async () => {
  const key = compose('key = "{{lit:acme_}}{{lower:32}}"\n', 11);
  // The CLI: a checked-out change, its policy read from BASE, the central config from the API.
  const central = new FakeGitHub('acme/policies');
  servers.push(central);
  central.branches.set('main', central.commit(shaOf('parity-central'), { 'mandate.yml': CENTRAL }));
  const centralApi = await central.start();
  repo = makeRepo();
  const base = repo.commit('config', { '.mandate.yml': LOCAL });
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
  gh.otherRepos.set('acme/policies', new Map([['main', { 'mandate.yml': CENTRAL }]]));
  const BASE = shaOf('parity-base');
  const HEAD = shaOf('parity-head');
  gh.commit(BASE, { '.mandate.yml': LOCAL });
  gh.commit(HEAD, { '.mandate.yml': LOCAL, 'app.env': key });
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
