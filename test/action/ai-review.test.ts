/**
 * Issue 13's acceptance through the bundled Action (built from action/src): a pull request
 * adding a `.pkl` (only safe imports) and an AI SDK is blocked until the security team approves
 * the head commit — the pickle is a review requirement (`review/artifact`), not a finding no
 * approval clears — and the evidence names both the artifact and the AI service introduced.
 * A pickle that imports code stays a blocking finding, approval or not.
 */
import { describe, expect, it } from 'vitest';
import { shaOf, type Tree } from './fake-github.js';
import {
  examplePayload,
  freshBundle,
  type Json,
  pullRequestPayload,
  runAction,
  validateEvidence,
} from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const BASE = shaOf('ai-review-base');
const OLD_HEAD = shaOf('ai-review-old-head');
const HEAD = shaOf('ai-review-head');
const AUTHOR = 'erin';

const CONFIG = (extra = '') => `extends: [recommended, reviews-recommended, ai-services]
review_settings:
  security_team: octo-org/security
${extra}`;

const PACKAGE = (deps: string) =>
  `{\n  "name": "octo",\n  "dependencies": {\n    "express": "^4.0.0"${deps}\n  }\n}\n`;

const baseTree = (config = CONFIG()): Tree => ({
  '.mandate.yml': config,
  'README.md': '# octo-repo\n',
  'package.json': PACKAGE(''),
});

/** A protocol-0 pickle of `{'a': [1, 2]}`: no imports at all. Composed at run time. */
const SAFE_PICKLE = ['(dp0\n', 'Va\n', 'p1\n', '(lp2\n', 'I1\n', 'aI2\n', 'as.'].join('');
/** A protocol-0 pickle that calls os.system when loaded. */
const EVIL_PICKLE = ['c', 'posix\nsystem\n', "(S'true'\n", 'tR.'].join('');

const headTree = (pickle: string, config?: string): Tree => ({
  ...baseTree(config),
  'package.json': PACKAGE(',\n    "openai": "^4.0.0"'),
  'models/model.pkl': pickle,
});

const gh = useFakeGitHub('octo-org/octo-repo', (gh) => {
  gh.teams.set('octo-org/security', ['alice']);
  gh.teams.set('octo-org/ml-platform', ['mallory']);
  for (const user of ['alice', 'mallory', AUTHOR]) gh.orgMembers.add(user);
});

function setUp(head: Tree, base: Tree = baseTree()) {
  gh.commit(BASE, base);
  gh.commit(HEAD, head);
  gh.pulls.set(11, { base: BASE, head: HEAD });
  const payload = pullRequestPayload(gh, { number: 11, base: BASE, head: HEAD });
  payload.pull_request.user.login = AUTHOR;
  payload.pull_request.base.ref = 'main';
  return payload;
}

const run = (payload: unknown) =>
  runAction({
    apiUrl: gh.url,
    repository: `${gh.owner}/${gh.repo}`,
    event: 'pull_request',
    payload,
    bundle: freshBundle(),
  });

const approve = (user: string, commit: string) =>
  gh.reviews.set(11, [
    { user, state: 'APPROVED', commit_id: commit, submitted_at: '2026-01-02T10:01:00Z' },
  ]);

const requirement = (evidence: Json, ruleId: string) =>
  (evidence.reviews.requirements as Json[]).find((r) => r.ruleId === ruleId);

describe('an artifact in a pull request is a review for the security team', () => {
  it('blocks a .pkl and an AI SDK until security approves the head commit; the evidence names both', async () => {
    const payload = setUp(headTree(SAFE_PICKLE));

    const blocked = await run(payload);
    expect(blocked.stderr).toBe('');
    expect(blocked.code).toBe(1);
    const evidence = blocked.evidence!;
    expect(validateEvidence(evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
    // The artifact: a finding naming the file (informing, the review enforces) …
    const pickle = (evidence.findings as Json[]).find(
      (f) => f.ruleId === 'artifact/serialized-object',
    );
    expect(pickle).toMatchObject({ path: 'models/model.pkl', blocking: false });
    // … and a requirement of the security team triggered by it.
    const artifact = requirement(evidence, 'review/artifact');
    expect(artifact).toMatchObject({
      status: 'pending',
      triggers: ['models/model.pkl'],
      required: { teams: ['octo-org/security'] },
    });
    expect(artifact.description).toMatch(/models\/model\.pkl/);
    // The AI service introduced, named.
    const openai = requirement(evidence, 'review/ai-service-openai');
    expect(openai).toMatchObject({ status: 'pending', triggers: ['package.json:5'] });
    expect(openai.description).toMatch(/OpenAI \(a third-party AI service\) introduced/);
    expect(evidence.decision).toBe('block');

    // An approval by the security team on an older commit does not count.
    approve('alice', OLD_HEAD);
    const stale = await run(payload);
    expect(stale.code).toBe(1);
    expect(requirement(stale.evidence!, 'review/artifact').status).toBe('pending');
    expect(requirement(stale.evidence!, 'review/ai-service-openai').status).toBe('pending');

    // Nor does an approval on the head by someone outside the team.
    approve('mallory', HEAD);
    expect((await run(payload)).code).toBe(1);

    // The security team's approval on the head commit settles both.
    approve('alice', HEAD);
    const passed = await run(payload);
    expect(passed.stderr).toBe('');
    expect(passed.code).toBe(0);
    expect(passed.evidence!.decision).toBe('pass');
    expect(requirement(passed.evidence!, 'review/artifact').status).toBe('satisfied');
    expect(requirement(passed.evidence!, 'review/ai-service-openai').status).toBe('satisfied');
    expect(
      (passed.evidence!.findings as Json[]).find((f) => f.ruleId === 'artifact/serialized-object'),
    ).toMatchObject({ path: 'models/model.pkl' });
    expect(validateEvidence(passed.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
  });

  it('a pickle that imports code stays a blocking finding that no approval clears', async () => {
    const payload = setUp(headTree(EVIL_PICKLE));
    approve('alice', HEAD);
    const result = await run(payload);
    expect(result.code).toBe(1);
    const unsafe = (result.evidence!.findings as Json[]).find(
      (f) => f.ruleId === 'artifact/unsafe-pickle',
    );
    expect(unsafe).toMatchObject({ path: 'models/model.pkl', blocking: true });
    expect(requirement(result.evidence!, 'review/artifact')).toBeUndefined();
  });

  it('`artifacts.review` names the team; `false` keeps the artifact a blocking finding', async () => {
    const ml = CONFIG('artifacts:\n  review: [octo-org/ml-platform]\n');
    const payload = setUp(headTree(SAFE_PICKLE, ml), baseTree(ml));
    approve('mallory', HEAD);
    const result = await run(payload);
    expect(requirement(result.evidence!, 'review/artifact')).toMatchObject({
      status: 'satisfied',
      required: { teams: ['octo-org/ml-platform'] },
    });
    // openai still waits for the security team.
    expect(result.code).toBe(1);

    const off = CONFIG('artifacts:\n  review: false\n');
    const payloadOff = setUp(headTree(SAFE_PICKLE, off), baseTree(off));
    approve('alice', HEAD);
    const blocked = await run(payloadOff);
    expect(blocked.code).toBe(1);
    expect(
      (blocked.evidence!.findings as Json[]).find((f) => f.ruleId === 'artifact/serialized-object'),
    ).toMatchObject({ path: 'models/model.pkl', blocking: true });
    expect(requirement(blocked.evidence!, 'review/artifact')).toBeUndefined();
  });

  it('a push (no approvals there) reports a reviewed artifact without blocking; an unsafe pickle still blocks', async () => {
    const push = async (pickle: string) => {
      gh.commit(BASE, baseTree());
      gh.commit(HEAD, headTree(pickle));
      const payload = examplePayload('push');
      Object.assign(payload, {
        before: BASE,
        after: HEAD,
        ref: 'refs/heads/main',
        created: false,
        deleted: false,
      });
      return runAction({
        apiUrl: gh.url,
        repository: `${gh.owner}/${gh.repo}`,
        event: 'push',
        payload,
        sha: HEAD,
        bundle: freshBundle(),
      });
    };
    const safe = await push(SAFE_PICKLE);
    expect(safe.stderr).toBe('');
    expect(
      (safe.evidence!.findings as Json[]).find((f) => f.ruleId === 'artifact/serialized-object'),
    ).toMatchObject({ path: 'models/model.pkl', blocking: false });
    expect((safe.evidence!.notes as string[]).join(' ')).toContain('review/artifact');
    expect(safe.code).toBe(0);

    const evil = await push(EVIL_PICKLE);
    expect(evil.code).toBe(1);
    expect(
      (evil.evidence!.findings as Json[]).find((f) => f.ruleId === 'artifact/unsafe-pickle'),
    ).toMatchObject({ path: 'models/model.pkl', blocking: true });
  });
});
