/**
 * `extends: owner/repo:path@ref` in the CLI: the central config is read through the API of
 * the fake GitHub server (GITHUB_API_URL, token from GITHUB_TOKEN), cached in `.git/mandate/`
 * with its commit, used from the cache when the network is gone (with a warning), left out with
 * a warning when never read, and in CI a failure to read it fails closed (exit 2).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub, shaOf } from '../action/fake-github.js';
import { ensureBuilt, mandateAsync } from '../e2e/helpers.js';
import { ACME_CENTRAL, ACME_LOCAL, ACME_REF } from '../support/central.js';
import { compose } from '../support/compose.js';
import { makeRepo, type TestRepo } from '../support/git.js';

const acmeKey = () => compose('key = "{{lit:acme_}}{{lower:32}}"\n', 7);
const token = () => compose('{{github:ghp_}}', 3);

let fake: FakeGitHub;
let repo: TestRepo;

beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => {
  await fake?.stop();
  repo?.cleanup();
});

async function setUp(): Promise<{ api: string; commit: string }> {
  fake = new FakeGitHub('acme/policies');
  const commit = fake.commit(shaOf('central-1'), { 'mandate.yml': ACME_CENTRAL });
  fake.branches.set('main', commit);
  const api = await fake.start();
  repo = makeRepo();
  repo.commit('config', { '.mandate.yml': ACME_LOCAL });
  repo.write('app.env', acmeKey());
  repo.git('add', 'app.env');
  return { api, commit };
}

/** A port nothing listens on: the fake server, stopped. */
async function offline(): Promise<string> {
  const down = new FakeGitHub('acme/nothing');
  const url = await down.start();
  await down.stop();
  return url;
}

describe('central extends in the CLI', () => {
  it('reads the central config with the token, applies its locked rule and caches it with its commit', async () => {
    const { api, commit } = await setUp();
    const secretToken = token();
    const result = await mandateAsync(repo.dir, ['scan', '--staged', '--format', 'json'], {
      GITHUB_API_URL: api,
      GITHUB_TOKEN: secretToken,
    });
    expect(result.stderr).toContain('secret/acme-key` is locked by the central config');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'secret/acme-key',
    ]);
    const reads = fake.requestsTo('GET', /^\/repos\/acme\/policies\/contents\/mandate\.yml$/);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.path).toContain(`ref=${commit}`);
    // The one GitHub client sends the token as Octokit does (the Action's requests too).
    expect(reads[0]!.authorization).toBe(`token ${secretToken}`);
    // The token is never printed.
    expect(result.stdout + result.stderr).not.toContain(secretToken);

    const cacheDir = join(repo.dir, '.git', 'mandate', 'central');
    const [file] = readdirSync(cacheDir);
    const cached = JSON.parse(readFileSync(join(cacheDir, file!), 'utf8'));
    expect(cached).toMatchObject({ ref: ACME_REF, commit, text: ACME_CENTRAL });
    expect(JSON.stringify(cached)).not.toContain(secretToken);
  }, 60_000);

  it('stdout stays JSON when GITHUB_EVENT_PATH names a missing file (the CLI reads no event)', async () => {
    const { api } = await setUp();
    const result = await mandateAsync(repo.dir, ['scan', '--staged', '--format', 'json'], {
      GITHUB_API_URL: api,
      GITHUB_EVENT_PATH: join(repo.dir, 'no-such-event.json'),
    });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'secret/acme-key',
    ]);
    expect(result.stdout + result.stderr).not.toContain('GITHUB_EVENT_PATH');
  }, 60_000);

  it('offline, the hook warns and uses the cached copy (the locked rule still blocks)', async () => {
    const { api, commit } = await setUp();
    expect(
      (await mandateAsync(repo.dir, ['scan', '--staged'], { GITHUB_API_URL: api })).status,
    ).toBe(1);
    const result = await mandateAsync(repo.dir, ['scan', '--staged'], {
      GITHUB_API_URL: await offline(),
    });
    expect(result.stderr).toContain(
      `the central config ${ACME_REF} cannot be read (http://127.0.0.1:`,
    );
    expect(result.stderr).toContain(`using the copy cached from commit ${commit.slice(0, 12)}`);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('secret/acme-key');
  }, 60_000);

  it('offline and never read, the hook warns and uses the local config with the default packs', async () => {
    await setUp();
    repo.write('gh.txt', `token = "${compose('{{github:ghp_}}', 5)}"\n`);
    repo.git('add', 'gh.txt');
    const result = await mandateAsync(repo.dir, ['scan', '--staged', '--format', 'json'], {
      GITHUB_API_URL: await offline(),
    });
    expect(result.stderr).toContain('no copy is cached');
    expect(result.stderr).toContain("uses the repository's own config without it");
    // The central rule is unknown here, the built-in ones still block.
    const ids = JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toEqual(['secret/github-pat']);
    expect(result.status).toBe(1);
  }, 60_000);

  it('a secret the central rule knows does not block offline without a cache (only a warning)', async () => {
    await setUp();
    const result = await mandateAsync(repo.dir, ['scan', '--staged'], {
      GITHUB_API_URL: await offline(),
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('CI still applies it');
  }, 60_000);

  it.each([
    ['the network is down', 'offline'],
    ['the API answers 404', 'missing'],
  ])(
    'in CI it fails closed when %s, even with a cached copy',
    async (_label, kind) => {
      const { api } = await setUp();
      expect(
        (await mandateAsync(repo.dir, ['scan', '--staged'], { GITHUB_API_URL: api })).status,
      ).toBe(1);
      const url = kind === 'offline' ? await offline() : api;
      if (kind === 'missing') fake.branches.delete('main');
      const result = await mandateAsync(repo.dir, ['scan', '--staged'], {
        GITHUB_API_URL: url,
        CI: 'true',
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        new RegExp(
          `mandate: The central config ${ACME_REF.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} named in \`extends\` cannot be read: .+\\. In CI the policy must be complete, so nothing was scanned\\.`,
        ),
      );
      if (kind === 'missing') expect(result.stderr).toContain('HTTP 404; no token was found');
    },
    60_000,
  );

  it.each([
    ['gets no answer in time', 'hang'],
    ['answers 502', 'fail'],
  ])(
    'the hook asks once when the API %s (no retry holds the commit), then uses the cached copy',
    async (_label, kind) => {
      const { api, commit } = await setUp();
      expect(
        (await mandateAsync(repo.dir, ['scan', '--staged'], { GITHUB_API_URL: api })).status,
      ).toBe(1);
      const before = fake.requests.length;
      const route = /^\/repos\/acme\/policies\/commits\//;
      if (kind === 'hang') fake.hangs.push({ method: 'GET', path: route });
      else fake.answers.push({ method: 'GET', path: route, data: { message: 'bad' }, status: 502 });
      const result = await mandateAsync(repo.dir, ['scan', '--staged'], {
        GITHUB_API_URL: api,
        MANDATE_CENTRAL_TIMEOUT_MS: '400',
      });
      expect(result.stderr).toContain(
        kind === 'hang'
          ? `the central config ${ACME_REF} cannot be read (no answer from ${api} within 0.4 s)`
          : `the central config ${ACME_REF} cannot be read (GitHub answered HTTP 502)`,
      );
      expect(result.stderr).toContain(`using the copy cached from commit ${commit.slice(0, 12)}`);
      expect(result.status).toBe(1);
      expect(fake.requests.slice(before).map((r) => r.path.split('?')[0])).toEqual([
        '/repos/acme/policies/commits/main',
      ]);
    },
    60_000,
  );

  it('`mandate rules` lists the central rule', async () => {
    const { api } = await setUp();
    const result = await mandateAsync(repo.dir, ['rules', '--format', 'json'], {
      GITHUB_API_URL: api,
    });
    expect(result.status).toBe(0);
    const ids = JSON.parse(result.stdout).map((r: { id: string }) => r.id);
    expect(ids).toContain('secret/acme-key');
    expect(ids).toContain('secret/github-pat');
  }, 60_000);

  it('outside a repository the copy goes to the user cache folder, not a shared temp path', async () => {
    const { api } = await setUp();
    const cache = join(repo.dir, 'xdg-cache');
    const folder = join(repo.dir, 'loose');
    repo.write('loose/.mandate.yml', ACME_LOCAL);
    repo.write('loose/app.env', acmeKey());
    const result = await mandateAsync(folder, ['scan', '.', '--no-gitignore'], {
      GITHUB_API_URL: api,
      XDG_CACHE_HOME: cache,
      GIT_CEILING_DIRECTORIES: repo.dir,
    });
    expect(result.status).toBe(1);
    expect(existsSync(join(cache, 'mandate', 'central'))).toBe(true);
  }, 60_000);
});
