/**
 * One baseline for hook and CI (issues 9.18 and 10.5): the Action keys fingerprints with the
 * base config's `fingerprint_salt` exactly as the CLI does in a checkout, so a `.mandateignore`
 * entry copied from `mandate scan` suppresses the same finding on a pull request.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, mandate, parseJson } from '../e2e/helpers.js';
import { compose } from '../support/compose.js';
import { makeRepo } from '../support/git.js';
import { shaOf } from './fake-github.js';
import { pullRequestPayload, runAction } from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

beforeAll(() => ensureBuilt(), 120_000);

const gh = useFakeGitHub();

const BASE = shaOf('base');
const HEAD = shaOf('head');
const CONFIG = 'fingerprint_salt: octo-repo-salt-7c9e6679f1a24b53\n';

/** The fingerprint the CLI reports for the same files in a real checkout, from a subfolder. */
function cliFingerprint(files: Record<string, string>): string {
  const r = makeRepo();
  try {
    r.commit('files', files);
    const out = mandate(`${r.dir}/config`, ['scan', '.', '--format', 'json']);
    const findings = parseJson(out.stdout).findings;
    expect(findings).toHaveLength(1);
    return findings[0]!.fingerprint;
  } finally {
    r.cleanup();
  }
}

function run(payload: unknown) {
  return runAction({
    apiUrl: gh.url,
    repository: `${gh.owner}/${gh.repo}`,
    event: 'pull_request',
    payload,
  });
}

describe('fingerprints in the Action', () => {
  it('match the CLI: the evidence carries the same keyed fingerprint, and an ignore entry from the CLI suppresses it', async () => {
    const secret = compose('{{github:ghp_}}', 21);
    const head = { '.mandate.yml': CONFIG, 'config/prod.env': `GITHUB_TOKEN=${secret}\n` };
    const fingerprint = cliFingerprint(head);
    expect(fingerprint).toMatch(/^secret\/github-pat:config\/prod\.env:v2-[0-9a-f]{64}$/);

    gh.commit(BASE, { '.mandate.yml': CONFIG });
    gh.commit(HEAD, head);
    gh.pulls.set(7, { base: BASE, head: HEAD });
    const blocked = await run(pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD }));
    expect(blocked.code).toBe(1);
    expect(blocked.evidence!.findings).toEqual([expect.objectContaining({ fingerprint })]);

    const base2 = shaOf('base2');
    gh.commit(base2, { '.mandate.yml': CONFIG, '.mandateignore': `${fingerprint}  # revoked\n` });
    gh.commit(shaOf('head2'), { ...head, '.mandateignore': `${fingerprint}  # revoked\n` });
    gh.pulls.set(8, { base: base2, head: shaOf('head2') });
    const passed = await run(
      pullRequestPayload(gh, { number: 8, base: base2, head: shaOf('head2') }),
    );
    expect(passed.code).toBe(0);
    expect(passed.outputs).toMatchObject({ decision: 'pass' });
  });

  it('recognise an old unsalted entry on the base branch, pass, and say to migrate without printing the old hash', async () => {
    const secret = compose('{{github:ghp_}}', 22);
    const old = `secret/github-pat:config/prod.env:${createHash('sha256').update(secret).digest('hex')}`;
    const policy = { '.mandate.yml': CONFIG, '.mandateignore': `${old}  # revoked\n` };
    gh.commit(BASE, policy);
    gh.commit(HEAD, { ...policy, 'config/prod.env': `GITHUB_TOKEN=${secret}\n` });
    gh.pulls.set(9, { base: BASE, head: HEAD });
    const result = await run(pullRequestPayload(gh, { number: 9, base: BASE, head: HEAD }));
    expect(result.code).toBe(0);
    expect(result.summary).toMatch(
      /1 \.mandateignore entry uses the old unsalted fingerprint form/,
    );
    const said = [result.stdout, result.stderr, result.summary, result.evidenceText].join('\n');
    expect(said).not.toContain(old.slice(-64));
  });
});
