/**
 * The e2e suite's key cases through both bundles: the committed action/dist/index.js (what
 * action.yml runs) and a fresh build of action/src (what the sources do now). check-dist.test.ts
 * says whether the two are the same bytes; this says that both behave — so a change to
 * action/src is tested before the bundle is rebuilt, and the committed bundle is tested too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { shaOf } from './fake-github.js';
import {
  BUNDLE,
  examplePayload,
  freshBundle,
  type Json,
  pullRequestPayload,
  runAction,
  validateEvidence,
} from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const BASE = shaOf('bundles-base');
const HEAD = shaOf('bundles-head');
const README = '# octo-repo\n\nA repository.\n';

const gh = useFakeGitHub();

const bundles: { name: string; path: () => string }[] = [
  { name: 'the committed bundle', path: () => BUNDLE },
  { name: 'a fresh build of action/src', path: freshBundle },
];

beforeAll(() => {
  freshBundle();
}, 120_000);

describe.each(bundles)('$name', ({ path }) => {
  const run = (event: string, payload: unknown, sha?: string) =>
    runAction({
      apiUrl: gh.url,
      repository: `${gh.owner}/${gh.repo}`,
      event,
      payload,
      bundle: path(),
      ...(sha === undefined ? {} : { sha }),
    });

  function pr(): Record<string, Json> {
    gh.pulls.set(7, { base: BASE, head: HEAD });
    return pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD });
  }

  it('passes a clean pull request with a successful check run', async () => {
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, { 'README.md': README, 'src/app.ts': 'export const answer = 42;\n' });
    const result = await run('pull_request', pr());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs.decision).toBe('pass');
    const created = gh.requests.find((r) => r.method === 'POST' && /\/check-runs$/.test(r.path));
    expect(JSON.parse(created!.body)).toMatchObject({ head_sha: HEAD, name: 'mandate' });
    expect(validateEvidence(result.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
  });

  it('blocks a pull request that adds a secret, redacted everywhere', async () => {
    const secret = compose('{{github:ghp_}}', 31);
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, { 'README.md': README, 'config/app.env': `TOKEN=${secret}\n` });
    const result = await run('pull_request', pr());
    expect(result.code).toBe(1);
    expect(result.outputs.decision).toBe('block');
    expect(result.evidence!.findings).toEqual([
      expect.objectContaining({ path: 'config/app.env', line: 1, blocking: true }),
    ]);
    const everything = [
      result.stdout,
      result.stderr,
      result.summary,
      result.evidenceText,
      ...gh.requests.map((r) => r.body),
    ].join('\n');
    expect(everything).not.toContain(secret);
  });

  it('judges by the base config, not the head that switches the rule off', async () => {
    const secret = compose('{{github:ghp_}}', 32);
    gh.commit(BASE, { 'README.md': README, '.mandate.yml': 'fail_on: high\n' });
    gh.commit(HEAD, {
      'README.md': README,
      '.mandate.yml':
        'fail_on: high\noverrides:\n  secret/github-pat-classic: { disabled: true }\n',
      'app.env': `T=${secret}\n`,
    });
    const result = await run('pull_request', pr());
    expect(result.code).toBe(1);
    expect(result.evidence!.config).toMatchObject({
      path: '.mandate.yml',
      commit: BASE,
      changedByChange: true,
    });
  });

  it('blocks a push that adds a secret (compare API)', async () => {
    const secret = compose('{{github:ghp_}}', 33);
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, { 'README.md': README, 'deploy.sh': `export GH=${secret}\n` });
    const payload = examplePayload('push');
    Object.assign(payload, {
      before: BASE,
      after: HEAD,
      ref: 'refs/heads/feature',
      created: false,
      deleted: false,
    });
    const result = await run('push', payload, HEAD);
    expect(result.code).toBe(1);
    expect(result.outputs.findings).toBe('1');
  });

  it('reads every page of a listing: the approval on the 2nd page of 150 reviews counts', async () => {
    const config = `extends: [recommended]
reviews:
  - name: infra
    description: Infrastructure changes need the security team.
    when: { paths: ["infra/**"] }
    require: { teams: [octo-org/security] }
`;
    gh.commit(BASE, { '.mandate.yml': config, 'infra/main.tf': 'a = 1\n' });
    gh.commit(HEAD, { '.mandate.yml': config, 'infra/main.tf': 'a = 2\n' });
    gh.teams.set('octo-org/security', ['alice']);
    for (const user of ['alice', 'bob']) gh.orgMembers.add(user);
    gh.reviews.set(
      7,
      Array.from({ length: 150 }, (_, i) => ({
        user: i === 140 ? 'alice' : 'bob',
        state: i === 140 ? ('APPROVED' as const) : ('COMMENTED' as const),
        commit_id: HEAD,
        submitted_at: `2026-01-02T10:${String(i % 60).padStart(2, '0')}:00Z`,
      })),
    );
    const payload = pr();
    payload.pull_request.user.login = 'erin';
    const result = await run('pull_request', payload);
    expect(result.stderr).toBe('');
    const infra = result.evidence?.reviews?.requirements.find(
      (r: Json) => r.ruleId === 'review/infra',
    );
    expect(infra.status).toBe('satisfied');
    expect(result.outputs.decision).toBe('pass');
    expect(
      gh.requests.filter((r) => r.method === 'GET' && /\/pulls\/7\/reviews/.test(r.path)),
    ).toHaveLength(2);
  });
});
