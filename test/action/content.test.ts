/**
 * The bundled Action on files whose content decides how they are read (issue 9): files over
 * max_file_size, which GitHub lists without a patch and serves through the blob API.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { har, notebook } from '../support/large-files.js';
import { FakeGitHub, shaOf } from './fake-github.js';
import { type ActionRun, pullRequestPayload, runAction } from './run-action.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = new FakeGitHub('octo-org/octo-repo');
  await gh.start();
});
afterEach(async () => {
  await gh.stop();
});

const BASE = shaOf('base');
const HEAD = shaOf('head');
const README = '# octo-repo\n';

function runPull(): Promise<ActionRun> {
  gh.pulls.set(7, { base: BASE, head: HEAD });
  return runAction({
    apiUrl: gh.url,
    repository: `${gh.owner}/${gh.repo}`,
    event: 'pull_request',
    payload: pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD }),
  });
}

function everything(result: ActionRun): string {
  return [
    result.stdout,
    result.stderr,
    result.summary,
    result.evidenceText,
    ...gh.requests.map((r) => `${r.path} ${r.body}`),
  ].join('\n');
}

describe('files over max_file_size (9.1)', () => {
  it('reads and scans a 1.2 MB notebook and a 1.1 MB HAR served without a patch', async () => {
    const key = compose('{{openai:sk-proj-}}', 31);
    const token = compose('{{github:gho_}}', 32);
    const nb = notebook(key);
    const capture = har(token);
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, {
      'README.md': README,
      'analysis/training.ipynb': nb.text,
      'captures/github.har': capture.text,
    });
    // GitHub leaves the patch out of large diffs, and serves files over 1 MB by blob only.
    gh.missingPatch.add('analysis/training.ipynb');
    gh.missingPatch.add('captures/github.har');
    const result = await runPull();
    expect(result.code).toBe(1);
    const findings = (result.evidence!.findings as { path: string; line: number; ruleId: string }[])
      .filter((f) => f.ruleId !== 'secret/generic-bearer-token')
      .map((f) => [f.path, f.line, f.ruleId]);
    expect(findings).toEqual([
      ['analysis/training.ipynb', nb.keyLine, 'secret/openai-api-key'],
      ['captures/github.har', capture.tokenLine, 'secret/github-oauth-token'],
    ]);
    expect(gh.requestsTo('GET', /\/git\/blobs\//).length).toBeGreaterThanOrEqual(2);
    expect(result.summary).not.toMatch(/too-large/);
    const all = everything(result);
    expect(all).not.toContain(key);
    expect(all).not.toContain(token);
  });
});
