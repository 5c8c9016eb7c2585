/**
 * The bundled Action on files whose content decides how they are read (issue 9): files over
 * max_file_size, which GitHub lists without a patch and serves through the blob API.
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { har, notebook } from '../support/large-files.js';
import { shaOf } from './fake-github.js';
import { type ActionRun, pullRequestPayload, runAction } from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const gh = useFakeGitHub();

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

describe('text or binary, decided by content (9.2)', () => {
  it('reads files GitHub lists as binary (additions: 0, no patch) and scans the text ones', async () => {
    const secrets = [41, 42, 43, 44].map((seed) => compose('{{github:ghp_}}', seed));
    const lines = (secret: string) => `# deploy settings\nname: web\ngithub_token: ${secret}\n`;
    // ASCII in UTF-16LE without a byte order mark: a NUL after every character.
    const utf16 = (text: string) => [...text].map((c) => `${c}\0`).join('');
    gh.commit(BASE, { 'README.md': README, 'config/app.yml': '# deploy settings\nname: web\n' });
    gh.commit(HEAD, {
      'README.md': README,
      // A modified file with one stray NUL: GitHub lists it as binary, with additions: 0.
      'config/app.yml': `\0${lines(secrets[0]!)}`,
      'config/win.yml': utf16(lines(secrets[1]!)),
      // A text file named like an image, its patch left out.
      'assets/creds.png': lines(secrets[2]!),
      // Real binary content stays skipped.
      'assets/logo.png':
        '\u0089PNG\r\n\u001a\n\0\0\0\rIHDR\0\0\u0001\0\0\0\u0001\b\u0006\0\0\0\u001f\u0015\u00c4\u0089\0\0\0\u0001sRGB\0\u00ae\u00ce\u001c\u00e9\0\0\0\u0004gAMA\0\0\u00b1\u008f\u000b\u00fca\u0005',
    });
    for (const path of ['config/app.yml', 'config/win.yml', 'assets/logo.png']) {
      gh.binaryListed.add(path);
    }
    gh.missingPatch.add('assets/creds.png');
    const result = await runPull();
    expect(result.code).toBe(1);
    const findings = (result.evidence!.findings as { path: string; line: number }[]).map((f) => [
      f.path,
      f.line,
    ]);
    expect(findings).toEqual([
      ['assets/creds.png', 3],
      ['config/app.yml', 3],
      ['config/win.yml', 3],
    ]);
    expect(result.evidence!.scan.skipped).toEqual({ binary: 1 });
    const all = everything(result);
    for (const secret of secrets) expect(all).not.toContain(secret);
  });
});

describe('Kubernetes Secrets read whole (9.6)', () => {
  it('decodes a data key added to an existing Secret, and not the keys already there', async () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    const old = compose('{{github:ghp_}}', 51);
    const added = compose('{{github:ghp_}}', 52);
    const before = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\ndata:\n  OLD: ${b64(old)}\n  USER: ${b64('deploy-bot')}\n`;
    gh.commit(BASE, { 'README.md': README, 'k8s/secret.yaml': before });
    gh.commit(HEAD, { 'README.md': README, 'k8s/secret.yaml': `${before}  NEW: ${b64(added)}\n` });
    const result = await runPull();
    expect(result.code).toBe(1);
    const findings = (
      result.evidence!.findings as { path: string; line: number; ruleId: string }[]
    ).map((f) => [f.ruleId, f.path, f.line]);
    expect(findings).toEqual([['secret/github-pat', 'k8s/secret.yaml', 9]]);
    const all = everything(result);
    expect(all).not.toContain(added);
    expect(all).not.toContain(b64(added));
  });
});
