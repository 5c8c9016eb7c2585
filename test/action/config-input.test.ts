/**
 * Issue 9.12 (Action side): a config named by the Action's `config` input is policy like
 * `.mandate.yml` — changing or deleting it needs `review/mandate-config` — and when the input
 * names a file the base commit does not have, the run fails with one sentence instead of judging
 * by the built-in defaults.
 */
import { describe, expect, it } from 'vitest';
import { shaOf, type Tree } from './fake-github.js';
import { type ActionRun, type Json, pullRequestPayload, runAction } from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const BASE = shaOf('config-input-base');
const HEAD = shaOf('config-input-head');
const CONFIG_PATH = 'ci/mandate.yml';
const CONFIG = `extends: [recommended, reviews-recommended]
review_settings:
  security_team: octo-org/security
`;
const BASE_TREE: Tree = { [CONFIG_PATH]: CONFIG, 'README.md': '# octo-repo\n' };

const gh = useFakeGitHub('octo-org/octo-repo', (gh) => {
  gh.teams.set('octo-org/security', ['alice']);
  gh.orgMembers.add('alice');
});

function run(head: Tree, config: string, base: Tree = BASE_TREE): Promise<ActionRun> {
  gh.commit(BASE, base);
  gh.commit(HEAD, head);
  gh.pulls.set(3, { base: BASE, head: HEAD });
  const payload = pullRequestPayload(gh, { number: 3, base: BASE, head: HEAD });
  return runAction({
    apiUrl: gh.url,
    repository: `${gh.owner}/${gh.repo}`,
    event: 'pull_request',
    payload,
    inputs: { config },
  });
}

function mandateConfig(result: ActionRun): Json {
  return result.evidence?.reviews?.requirements.find(
    (r: Json) => r.ruleId === 'review/mandate-config',
  );
}

describe('the config named by the `config` input', () => {
  it('a change to it needs review/mandate-config', async () => {
    const weakened = `${CONFIG}disable: [secret/github-pat]\n`;
    const result = await run({ ...BASE_TREE, [CONFIG_PATH]: weakened }, CONFIG_PATH);
    expect(result.code).toBe(1);
    expect(mandateConfig(result)).toMatchObject({
      status: 'pending',
      triggers: [CONFIG_PATH],
    });
    expect(result.evidence!.config).toMatchObject({ path: CONFIG_PATH, source: 'base-commit' });
    expect(result.evidence!.config.changedFiles).toEqual([CONFIG_PATH]);
  });

  it('deleting it needs review/mandate-config (the input written as ./ci/mandate.yml)', async () => {
    const { [CONFIG_PATH]: _gone, ...rest } = BASE_TREE;
    const result = await run(rest, `./${CONFIG_PATH}`);
    expect(result.code).toBe(1);
    expect(mandateConfig(result)).toMatchObject({
      status: 'pending',
      triggers: [CONFIG_PATH],
    });
  });

  it('an approval from the security team on the head satisfies it', async () => {
    gh.reviews.set(3, [
      { user: 'alice', state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-01-02T10:00:00Z' },
    ]);
    const result = await run(
      { ...BASE_TREE, [CONFIG_PATH]: `${CONFIG}fail_on: medium\n` },
      CONFIG_PATH,
    );
    expect(mandateConfig(result)).toMatchObject({ status: 'satisfied' });
    expect(result.code).toBe(0);
  });

  it('a file the input names but the base commit lacks fails the run with a sentence', async () => {
    const base: Tree = { '.mandate.yml': CONFIG, 'README.md': '# octo-repo\n' };
    const result = await run({ ...base, 'README.md': '# changed\n' }, 'ci/missing.yml', base);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::The \`config\` input names ci/missing.yml, but the policy commit ${BASE.slice(0, 7)} has no such file`,
    );
    expect(result.stdout).not.toMatch(/built-in defaults applied/);
    expect(result.outputs.decision).toBeUndefined();
    // No green check run on the head: the job's failure is the verdict.
    expect(gh.checkRuns).toEqual([]);
  });

  it('a path outside the repository is an input error', async () => {
    const result = await run(BASE_TREE, '../other/mandate.yml');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::The `config` input is "../other/mandate.yml"');
  });

  it('the default .mandate.yml may be absent: the built-in defaults apply, said out loud', async () => {
    const base: Tree = { 'README.md': '# octo-repo\n' };
    const result = await run({ 'README.md': '# changed\n' }, '.mandate.yml', base);
    expect(result.code).toBe(0);
    expect(result.summary).toContain('the built-in defaults applied');
  });
});
