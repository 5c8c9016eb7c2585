/**
 * Memory stays flat for a large pull request (issue 11, "sources are sources"): the Action
 * streams a pull request's files, and the listing facts the review and policy families read
 * (path, status, old path, added lines) are small beside the file contents. The bundled Action
 * runs against the fake GitHub with 300 and with 3,000 changed files; a probe loaded with
 * `--require` writes the process's peak RSS (process.resourceUsage().maxRSS) on exit.
 * Measured (2-core machine, fresh build of action/src): about 165 MB at 300 files and 184 MB at
 * 3,000 (x1.1); the committed bundle of the same code, 120-130 MB and 164 MB (x1.3).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, shaOf } from './fake-github.js';
import { pullRequestPayload, runAction } from './run-action.js';

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
const README = '# octo-repo\n\nA repository.\n';

/** A pull request adding `count` files of some lines each; the Action's peak RSS in KiB. */
async function peakRss(count: number): Promise<{ kib: number; files: number; code: number }> {
  const probeDir = mkdtempSync(join(tmpdir(), 'mandate-rss-'));
  const probe = join(probeDir, 'probe.cjs');
  const out = join(probeDir, 'maxrss.txt');
  writeFileSync(
    probe,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const body = Array.from({ length: 40 }, (_, i) => `const value${i} = ${i};`).join('\n');
  const head: Record<string, string> = { 'README.md': README };
  for (let i = 0; i < count; i++) {
    head[`src/m${String(i).padStart(4, '0')}.ts`] = `// module ${i}\n${body}\n`;
  }
  gh.commit(BASE, { 'README.md': README });
  gh.commit(HEAD, head);
  gh.pulls.set(7, { base: BASE, head: HEAD });
  const result = await runAction({
    apiUrl: gh.url,
    repository: `${gh.owner}/${gh.repo}`,
    event: 'pull_request',
    payload: pullRequestPayload(gh, { number: 7, base: BASE, head: HEAD }),
    execArgv: ['--require', probe],
  });
  return {
    kib: Number(readFileSync(out, 'utf8')),
    files: result.evidence?.scan.files ?? 0,
    code: result.code ?? -1,
  };
}

describe('memory of a large pull request', () => {
  it('stays flat from 300 to 3,000 changed files (peak RSS grows < 1.5x)', async () => {
    const small = await peakRss(300);
    await gh.stop();
    gh = new FakeGitHub('octo-org/octo-repo');
    await gh.start();
    const large = await peakRss(3000);
    expect(small).toMatchObject({ files: 300, code: 0 });
    expect(large).toMatchObject({ files: 3000, code: 0 });
    expect(large.kib / small.kib).toBeLessThan(1.5);
  }, 120_000);
});
