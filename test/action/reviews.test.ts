import { describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { type FakeReview, shaOf, type Tree } from './fake-github.js';
import {
  type ActionRun,
  examplePayload,
  type Json,
  pullRequestPayload,
  runAction,
  validateEvidence,
} from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const BASE = shaOf('reviews-base');
const HEAD = shaOf('reviews-head');
const OLD_HEAD = shaOf('reviews-old-head');
const AUTHOR = 'erin';

const CONFIG = `extends: [recommended, reviews-recommended]
review_settings:
  security_team: octo-org/security
  break_glass:
    label: break-glass
    teams: [octo-org/sre]
reviews:
  - name: infra
    description: Infrastructure changes need the security team.
    when:
      paths: ["infra/**", "!infra/**/*.md"]
    require: { teams: [octo-org/security] }
`;

const BASE_TREE: Tree = {
  '.mandate.yml': CONFIG,
  'README.md': '# octo-repo\n',
  'infra/main.tf': 'resource "null_resource" "a" {}\n',
  'package.json': '{\n  "name": "octo",\n  "dependencies": {\n    "express": "^4.0.0"\n  }\n}\n',
};

const gh = useFakeGitHub('octo-org/octo-repo', (gh) => {
  gh.teams.set('octo-org/security', ['alice', 'carol', AUTHOR]);
  gh.teams.set('octo-org/sre', ['dave', AUTHOR]);
  for (const user of ['alice', 'carol', 'dave', 'bob', AUTHOR]) gh.orgMembers.add(user);
  gh.users.add('frank'); // a former member: exists, not in the organisation
});

function setUp(head: Tree, options: { base?: Tree; labels?: string[] } = {}) {
  gh.commit(BASE, options.base ?? BASE_TREE);
  gh.commit(HEAD, head);
  gh.pulls.set(7, { base: BASE, head: HEAD });
  const payload = pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD });
  payload.pull_request.user.login = AUTHOR;
  payload.pull_request.base.ref = 'main';
  payload.pull_request.labels = (options.labels ?? []).map((name) => ({ name }));
  return payload;
}

/** The same pull request as a pull_request_review event. */
function reviewPayload(pr: Record<string, Json>, action = 'submitted'): Record<string, Json> {
  const payload = examplePayload('pull_request_review', action);
  payload.pull_request = pr.pull_request;
  payload.repository = pr.repository;
  return payload;
}

const infraChange = (): Tree => ({
  ...BASE_TREE,
  'infra/main.tf': 'resource "null_resource" "a" {}\nresource "null_resource" "b" {}\n',
});

function review(user: string, state: FakeReview['state'], commit = HEAD, minute = 1): FakeReview {
  return {
    user,
    state,
    commit_id: commit,
    submitted_at: `2026-01-02T10:${String(minute).padStart(2, '0')}:00Z`,
  };
}

function run(payload: unknown, event = 'pull_request', env: Record<string, string> = {}) {
  return runAction({
    apiUrl: gh.url,
    repository: `${gh.owner}/${gh.repo}`,
    event,
    payload,
    env,
  });
}

function requirement(result: ActionRun, ruleId: string): Json {
  return result.evidence?.reviews?.requirements.find((r: Json) => r.ruleId === ruleId);
}

function checks(method: string) {
  return gh.requests.filter((r) => r.method === method && /\/check-runs/.test(r.path));
}

describe('required reviews through the bundled Action', () => {
  it("a non-member's approval does not count", async () => {
    const payload = setUp(infraChange());
    gh.reviews.set(7, [review('bob', 'APPROVED')]);
    const result = await run(payload);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const infra = requirement(result, 'review/infra');
    expect(infra.status).toBe('pending');
    expect(infra.triggers).toEqual(['infra/main.tf']);
    expect(infra.approvals).toEqual([
      expect.objectContaining({ user: 'bob', counted: false, reason: 'not-eligible' }),
    ]);
    expect(result.summary).toContain('@bob is not @octo-org/security');
    expect(result.summary).toContain('Could still approve: @octo-org/security (@alice, @carol)');
    expect(result.outputs.decision).toBe('block');
    expect(validateEvidence(result.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
    const finding = result.evidence!.findings.find((f: Json) => f.ruleId === 'review/infra');
    expect(finding).toMatchObject({
      redacted: '',
      fingerprint: `review/infra:${HEAD}`,
      blocking: true,
    });
  });

  it("the author's own approval does not count, even as a team member", async () => {
    const payload = setUp(infraChange());
    gh.reviews.set(7, [review(AUTHOR, 'APPROVED')]);
    const result = await run(payload);
    expect(result.code).toBe(1);
    expect(requirement(result, 'review/infra').approvals[0]).toMatchObject({
      user: AUTHOR,
      counted: false,
      reason: 'author',
    });
    expect(result.summary).toContain("an author's own approval never counts");
  });

  it('an approval given before a new push does not count', async () => {
    const payload = setUp(infraChange());
    gh.reviews.set(7, [review('alice', 'APPROVED', OLD_HEAD)]);
    const result = await run(payload);
    expect(result.code).toBe(1);
    expect(requirement(result, 'review/infra').approvals[0]).toMatchObject({
      counted: false,
      reason: 'stale',
    });
    expect(result.summary).toContain(`before the latest push (${HEAD.slice(0, 7)})`);
  });

  it("a team member's approval on the head SHA passes", async () => {
    const payload = setUp(infraChange());
    gh.reviews.set(7, [review('bob', 'APPROVED'), review('alice', 'APPROVED', HEAD, 2)]);
    const result = await run(payload);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(requirement(result, 'review/infra').status).toBe('satisfied');
    expect(result.summary).toContain('@alice approved');
    expect(checks('POST')[0]!.body).toContain('"conclusion":"success"');
    expect(validateEvidence(result.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
  });

  it('"changes requested" blocks until the same reviewer approves', async () => {
    const payload = setUp(infraChange());
    gh.reviews.set(7, [review('alice', 'APPROVED'), review('carol', 'CHANGES_REQUESTED', HEAD, 2)]);
    const blocked = await run(payload);
    expect(blocked.code).toBe(1);
    expect(requirement(blocked, 'review/infra').status).toBe('changes-requested');
    expect(blocked.summary).toContain('@carol requested changes');
    gh.reviews.get(7)!.push(review('carol', 'APPROVED', HEAD, 3));
    const cleared = await run(reviewPayload(payload), 'pull_request_review');
    expect(cleared.code).toBe(0);
  });

  it('a user who left the organisation does not count, a missing team is a config error', async () => {
    const config = `${CONFIG}  - name: releases
    when: { paths: ["infra/**"] }
    require: { users: [frank] }
  - name: typo
    when: { paths: ["docs/**"] }
    require: { teams: [octo-org/securty] }
`;
    const payload = setUp(
      { ...infraChange(), '.mandate.yml': config },
      { base: { ...BASE_TREE, '.mandate.yml': config } },
    );
    gh.reviews.set(7, [review('frank', 'APPROVED'), review('alice', 'APPROVED')]);
    const result = await run(payload);
    expect(result.code).toBe(1);
    expect(requirement(result, 'review/releases').approvals[0]).toMatchObject({
      user: 'frank',
      reason: 'left-org',
    });
    expect(requirement(result, 'review/typo').status).toBe('config-error');
    expect(result.summary).toContain('the required team @octo-org/securty does not exist');
  });

  it('break-glass by the author alone is refused', async () => {
    const payload = setUp(infraChange(), { labels: ['break-glass'] });
    gh.comments.set(7, [
      {
        user: AUTHOR,
        body: `/mandate break-glass ${HEAD.slice(0, 7)}: prod is down`,
        created_at: '2026-01-02T03:00:00Z',
      },
    ]);
    const result = await run(payload);
    expect(result.code).toBe(1);
    expect(result.summary).toContain('the author alone cannot authorise a break-glass');
    expect(result.evidence!.reviews.breakGlass).toBeNull();
    expect(result.evidence!.reviews.refusedBreakGlass).toHaveLength(1);
    expect(gh.issues).toHaveLength(0);
  });

  it('break-glass by an allowed member passes with a warning, evidence and exactly one follow-up issue', async () => {
    const payload = setUp(infraChange(), { labels: ['break-glass'] });
    gh.comments.set(7, [
      {
        user: 'dave',
        body: `Paging.\n/mandate break-glass ${HEAD.slice(0, 7)}: prod is down, INC-42`,
        created_at: '2026-01-02T03:00:00Z',
      },
    ]);
    const first = await run(payload);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs.decision).toBe('pass');
    expect(first.summary).toContain('**BREAK-GLASS**');
    expect(first.summary).toContain(`for the head commit ${HEAD.slice(0, 7)}`);
    expect(first.summary).toContain('A push voids it.');
    expect(checks('POST')[0]!.body).toContain('BREAK-GLASS');
    expect(validateEvidence(first.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
    expect(first.evidence!.reviews.breakGlass).toMatchObject({
      by: 'dave',
      at: '2026-01-02T03:00:00Z',
      reason: 'prod is down, INC-42',
      label: 'break-glass',
      headSha: HEAD,
      waived: ['review/infra'],
      followUp: { number: 1000 },
    });
    expect(requirement(first, 'review/infra').status).toBe('waived');
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]).toMatchObject({
      labels: ['mandate-break-glass'],
      assignees: ['alice', 'carol', AUTHOR],
      state: 'open',
    });
    expect(gh.issues[0]!.body).toContain('<!-- mandate:break-glass pr=7 comment=1 -->');
    expect(gh.issues[0]!.body).toContain('@octo-org/security');

    const again = await run(reviewPayload(payload), 'pull_request_review');
    expect(again.code).toBe(0);
    expect(gh.issues).toHaveLength(1);
    expect(again.evidence!.reviews.breakGlass.followUp.number).toBe(1000);
    expect(again.evidence!.reviews.openFollowUps).toEqual([
      expect.objectContaining({ number: 1000, pullRequest: 7 }),
    ]);
    // The re-evaluation updated the same check instead of adding a second one.
    expect(checks('POST')).toHaveLength(1);
    expect(checks('PATCH')).toHaveLength(1);

    // Closed by someone outside the security team (anyone with triage access can close an
    // issue): not reviewed, so it stays listed, and the run says who closed it.
    gh.issues[0]!.state = 'closed';
    gh.issues[0]!.closedBy = 'bob';
    const byOther = await run(reviewPayload(payload), 'pull_request_review');
    expect(byOther.evidence!.reviews.openFollowUps).toEqual([
      expect.objectContaining({ number: 1000, pullRequest: 7 }),
    ]);
    expect(byOther.summary).toContain(
      'Break-glass follow-up #1000 was closed by @bob, who is not in @octo-org/security',
    );
    // GitHub does not name the closer: the same.
    delete gh.issues[0]!.closedBy;
    const unnamed = await run(reviewPayload(payload), 'pull_request_review');
    expect(unnamed.evidence!.reviews.openFollowUps).toHaveLength(1);
    expect(unnamed.summary).toContain(
      'Break-glass follow-up #1000 was closed, but GitHub does not say by whom, so not known to be by a member of @octo-org/security',
    );

    // The closers of the 30 most recently closed follow-ups are checked, no more: a
    // repository's closed follow-ups only grow, and each costs a request on every run.
    for (let k = 0; k < 30; k++) {
      gh.issues.push({
        number: 2000 + k,
        title: `Break-glass follow-up review for #${100 + k}`,
        body: `<!-- mandate:break-glass pr=${100 + k} comment=1 -->`,
        state: 'closed',
        labels: ['mandate-break-glass'],
        assignees: [],
        closedBy: 'alice',
      });
    }
    const asked = gh.requestsTo('GET', /\/issues\/\d+$/).length;
    const many = await run(reviewPayload(payload), 'pull_request_review');
    expect(gh.requestsTo('GET', /\/issues\/\d+$/).length - asked).toBe(30);
    // #1000 (closer unnamed) is now the 31st most recently closed: no longer checked.
    expect(many.evidence!.reviews.openFollowUps).toEqual([]);
    gh.issues.splice(1);

    // Closed by a member of the team: reviewed.
    gh.issues[0]!.closedBy = 'carol';
    const closed = await run(reviewPayload(payload), 'pull_request_review');
    expect(closed.evidence!.reviews.openFollowUps).toEqual([]);
    expect(closed.summary).not.toContain('was closed by');
    expect(gh.issues).toHaveLength(1);
  });

  it('break-glass follow-up: an issue the author opened and closed ahead of it is not the follow-up, and a second break-glass gets its own', async () => {
    const payload = setUp(infraChange(), { labels: ['break-glass'] });
    // The author, who can open issues and (with triage) label them, plants "the follow-up"
    // of the break-glass they expect — marker, label and even the comment id — and closes it.
    const planted = (comment: number) => ({
      number: 900 + comment,
      title: 'Break-glass follow-up review for #7',
      body: `<!-- mandate:break-glass pr=7 comment=${comment} -->\nreviewed, all fine`,
      state: 'closed' as const,
      labels: ['mandate-break-glass'],
      assignees: [],
      user: { login: AUTHOR, type: 'User' as const },
      closedBy: AUTHOR,
    });
    gh.issues.push(planted(1), planted(2));
    gh.comments.set(7, [
      {
        user: 'dave',
        body: `/mandate break-glass ${HEAD.slice(0, 7)}: prod is down, INC-42`,
        created_at: '2026-01-02T03:00:00Z',
      },
    ]);
    const first = await run(payload);
    expect(first.code).toBe(0);
    const opened = gh.issues.filter((issue) => issue.user === undefined);
    expect(opened).toHaveLength(1);
    expect(first.evidence!.reviews.breakGlass.followUp.number).toBe(opened[0]!.number);
    expect(first.evidence!.reviews.openFollowUps).toEqual([
      expect.objectContaining({ number: opened[0]!.number, pullRequest: 7 }),
    ]);

    // A team that passes a user's token as `token`: the follow-up that user opened is found
    // again on the next run (only the pull request's author's own issue never counts).
    opened[0]!.user = { login: 'acme-automation', type: 'User' };
    const rerun = await run(payload);
    expect(rerun.code).toBe(0);
    expect(gh.issues).toHaveLength(3);
    delete opened[0]!.user;

    // Security reviews it after the fact and closes it; a second break-glass (a new comment)
    // is a new waiver and gets a follow-up of its own.
    opened[0]!.state = 'closed';
    opened[0]!.closedBy = 'alice';
    gh.comments.set(7, [
      {
        id: 2,
        user: 'dave',
        body: `/mandate break-glass ${HEAD.slice(0, 7)}: still down, INC-43`,
        created_at: '2026-01-02T04:00:00Z',
      },
    ]);
    const second = await run(payload);
    expect(second.code).toBe(0);
    const now = gh.issues.filter((issue) => issue.user === undefined);
    expect(now).toHaveLength(2);
    expect(now[1]!.body).toContain('<!-- mandate:break-glass pr=7 comment=2 -->');
    expect(second.evidence!.reviews.breakGlass.followUp.number).toBe(now[1]!.number);
  });

  it("break-glass in someone else's comment that was edited later is refused (the author can edit it)", async () => {
    const payload = setUp(infraChange(), { labels: ['break-glass'] });
    // dave (security) commented long ago; the author, with write access, edits dave's comment
    // into a break-glass for the current head. The API says only when it was edited.
    gh.comments.set(7, [
      {
        user: 'dave',
        body: `/mandate break-glass ${HEAD.slice(0, 7)}: prod is down, INC-42`,
        created_at: '2026-01-02T03:00:00Z',
        updated_at: '2026-01-03T09:30:00Z',
      },
    ]);
    const result = await run(payload);
    expect(result.code).toBe(1);
    expect(result.evidence!.reviews.breakGlass).toBeNull();
    expect(result.evidence!.reviews.refusedBreakGlass).toEqual([
      expect.objectContaining({
        by: 'dave',
        refusal: expect.stringContaining('the comment was edited after it was written'),
      }),
    ]);
    expect(gh.issues).toHaveLength(0);
  });

  it('break-glass waives the head it names only: a push after it voids it, and the check says so', async () => {
    const payload = setUp(infraChange(), { labels: ['break-glass'] });
    // The waiver was given on OLD_HEAD; the author pushed HEAD afterwards.
    gh.comments.set(7, [
      {
        user: 'dave',
        body: `/mandate break-glass ${OLD_HEAD.slice(0, 7)}: prod is down, INC-42`,
        created_at: '2026-01-02T03:00:00Z',
      },
    ]);
    const result = await run(payload);
    expect(result.code).toBe(1);
    expect(requirement(result, 'review/infra').status).toBe('pending');
    expect(result.evidence!.reviews.breakGlass).toBeNull();
    const said = `it was given for ${OLD_HEAD.slice(0, 7)}, and the head is now ${HEAD.slice(0, 7)}: a push after a break-glass voids it`;
    expect(result.evidence!.reviews.refusedBreakGlass).toEqual([
      expect.objectContaining({ by: 'dave', refusal: expect.stringContaining(said) }),
    ]);
    expect(result.summary).toContain(said);
    const [check] = checks('POST');
    expect(JSON.parse(check!.body).output.summary).toContain(said);
    expect(JSON.parse(check!.body).output.title).not.toContain('BREAK-GLASS');
    expect(gh.issues).toHaveLength(0);
  });

  it('break-glass in a code block or a quote is not a break-glass', async () => {
    const payload = setUp(infraChange(), { labels: ['break-glass'] });
    const directive = `/mandate break-glass ${HEAD.slice(0, 7)}: prod is down`;
    gh.comments.set(7, [
      {
        user: 'dave',
        body: `How to break glass:\n\n    ${directive}\n\n\`\`\`\n${directive}\n\`\`\`\n\n> ${directive}\n`,
        created_at: '2026-01-02T03:00:00Z',
      },
    ]);
    const result = await run(payload);
    expect(result.code).toBe(1);
    expect(result.evidence!.reviews.breakGlass).toBeNull();
    expect(result.evidence!.reviews.refusedBreakGlass).toEqual([]);
    expect(gh.issues).toHaveLength(0);
  });

  it('break-glass never waives a secret finding unless the config lists it', async () => {
    const payload = setUp(
      {
        ...infraChange(),
        'config/app.env': `GITHUB_TOKEN=${compose('{{github:ghp_}}', 5)}\n`,
      },
      { labels: ['break-glass'] },
    );
    gh.comments.set(7, [
      {
        user: 'dave',
        body: `/mandate break-glass ${HEAD.slice(0, 7)}: incident`,
        created_at: '2026-01-02T03:00:00Z',
      },
    ]);
    const result = await run(payload);
    const kinds = result.evidence!.findings.map((f: Json) => f.ruleId.split('/')[0]);
    expect(kinds).toContain('secret');
    expect(result.code).toBe(1);
    expect(result.evidence!.reviews.breakGlass.waived).toEqual(['review/infra']);
  });

  it('a re-evaluation sends only annotations the check run does not have (GitHub appends them)', async () => {
    const payload = setUp({
      ...infraChange(),
      'config/app.env': `GITHUB_TOKEN=${compose('{{github:ghp_}}', 6)}\n`,
    });
    const first = await run(payload);
    expect(first.code).toBe(1);
    const [created] = gh.checkRuns;
    const annotated = () =>
      (gh.annotations.get(created!.id) as { path: string }[]).map((a) => a.path).sort();
    expect(annotated()).toEqual(['config/app.env', 'infra/main.tf']);
    // An approval arrives: the review requirement is met, the secret is still there.
    gh.reviews.set(7, [review('alice', 'APPROVED')]);
    const again = await run(reviewPayload(payload), 'pull_request_review');
    expect(again.code).toBe(1);
    expect(gh.checkRuns).toHaveLength(1);
    // Nothing sent twice; the met requirement's earlier annotation stays (GitHub keeps it).
    expect(annotated()).toEqual(['config/app.env', 'infra/main.tf']);
  });

  it('a pull request that edits .mandate.yml needs the security team under the base config', async () => {
    const payload = setUp({ ...BASE_TREE, '.mandate.yml': 'extends: [recommended]\n' });
    const result = await run(payload);
    expect(result.code).toBe(1);
    const config = requirement(result, 'review/mandate-config');
    expect(config.status).toBe('pending');
    expect(config.triggers).toEqual(['.mandate.yml']);
    expect(config.required.teams).toEqual(['octo-org/security']);
    expect(result.evidence!.config.commit).toBe(BASE);
  });

  it('an IAM wildcard triggers its requirement, on the line', async () => {
    const policy = `{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow",\n    "Action": "*",\n    "Resource": "*" }]\n}\n`;
    const payload = setUp({ ...BASE_TREE, 'iam/admin.json': policy });
    const result = await run(payload);
    expect(result.code).toBe(1);
    expect(requirement(result, 'review/iam-wildcard').triggers).toEqual(['iam/admin.json:4']);
    expect(requirement(result, 'review/infra').status).toBe('not-triggered');
    expect(result.summary).toContain(
      '`iam/admin.json:4` adds an IAM statement that allows every action',
    );
  });

  it('a wildcard added to an existing multi-line CloudFormation Action list triggers, on its line (9.13)', async () => {
    const stack = (actions: string[]) =>
      [
        'Resources:',
        '  Role:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      Policies:',
        '        - PolicyName: app',
        '          PolicyDocument:',
        '            Statement:',
        '              - Effect: Allow',
        '                Action:',
        ...actions.map((a) => `                  - ${a}`),
        '                Resource: !GetAtt Table.Arn',
        '',
      ].join('\n');
    const base = { ...BASE_TREE, 'cfn/stack.yaml': stack(['s3:GetObject']) };
    const payload = setUp(
      { ...base, 'cfn/stack.yaml': stack(['s3:GetObject', '"dynamodb:*"']) },
      { base },
    );
    const result = await run(payload);
    expect(result.code).toBe(1);
    expect(requirement(result, 'review/iam-wildcard').triggers).toEqual(['cfn/stack.yaml:12']);
  });

  it('a minified package.json gaining openai triggers the AI SDK requirement (9.13)', async () => {
    const base = {
      ...BASE_TREE,
      'package.json': '{"name":"octo","dependencies":{"express":"^4.0.0"}}\n',
    };
    const payload = setUp(
      {
        ...base,
        'package.json': '{"name":"octo","dependencies":{"express":"^4.0.0","openai":"^4.52.0"}}\n',
      },
      { base },
    );
    const result = await run(payload);
    expect(requirement(result, 'review/ai-sdk-dependency').triggers).toEqual(['package.json:1']);
  });

  it('CODEOWNERS import (every): owners of the base commit become requirements, next to the pack', async () => {
    gh.teams.set('octo-org/platform', ['paul']);
    gh.orgMembers.add('paul');
    const config =
      'extends: [recommended, reviews-recommended]\nreview_settings:\n  security_team: octo-org/security\n  codeowners: every\n';
    const codeowners = '* @octo-org/security\n/infra/ @octo-org/platform\n/docs/ @dave\n';
    const base = { ...BASE_TREE, '.mandate.yml': config, '.github/CODEOWNERS': codeowners };
    // The head empties CODEOWNERS: the base commit's owners still decide.
    const head = {
      ...base,
      '.github/CODEOWNERS': '# nobody\n',
      'infra/main.tf': 'resource "null_resource" "a" {}\nresource "null_resource" "c" {}\n',
      'docs/guide.md': '# Guide\n',
    };
    const payload = setUp(head, { base });
    gh.reviews.set(7, [review('paul', 'APPROVED')]);
    const blocked = await run(payload);
    expect(blocked.stderr).toBe('');
    expect(blocked.code).toBe(1);
    const ids = (blocked.evidence!.reviews.requirements as Json[]).map((r) => r.ruleId).sort();
    expect(ids).toEqual(
      expect.arrayContaining([
        'review/codeowners',
        'review/codeowners-dave',
        'review/codeowners-octo-org-platform',
        'review/codeowners-octo-org-security',
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(requirement(blocked, 'review/codeowners-octo-org-platform')).toMatchObject({
      status: 'satisfied',
      triggers: ['infra/main.tf'],
    });
    expect(requirement(blocked, 'review/codeowners-dave')).toMatchObject({
      status: 'pending',
      triggers: ['docs/guide.md'],
    });
    // The pack's own requirement for a change to CODEOWNERS itself.
    expect(requirement(blocked, 'review/codeowners').triggers).toEqual(['.github/CODEOWNERS']);
    expect(blocked.summary).toContain('review/codeowners-dave');

    gh.reviews
      .get(7)!
      .push(review('dave', 'APPROVED', HEAD, 2), review('alice', 'APPROVED', HEAD, 3));
    const passed = await run(reviewPayload(payload), 'pull_request_review');
    expect(passed.stderr).toBe('');
    expect(passed.code).toBe(0);
    expect(validateEvidence(passed.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
  });

  it('a new AI SDK dependency triggers its requirement', async () => {
    const payload = setUp({
      ...BASE_TREE,
      'package.json':
        '{\n  "name": "octo",\n  "dependencies": {\n    "express": "^4.0.0",\n    "@anthropic-ai/sdk": "^0.30.0"\n  }\n}\n',
    });
    gh.reviews.set(7, [review('carol', 'APPROVED')]);
    const result = await run(payload);
    expect(result.code).toBe(0);
    const ai = requirement(result, 'review/ai-sdk-dependency');
    expect(ai.status).toBe('satisfied');
    expect(ai.triggers).toEqual(['package.json:5']);
  });
});
