/**
 * End-to-end: the bundled Action against a real HTTP server that plays GitHub's REST API.
 * Fake secrets are composed at run time; the raw values must appear in no request body, output,
 * summary, evidence, SARIF or log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBaselineFingerprints } from '../../src/config/baseline.js';
import { compose } from '../support/compose.js';
import { shaOf } from './fake-github.js';
import {
  type ActionRun,
  examplePayload,
  type Json,
  pullRequestPayload,
  runAction,
  validateEvidence,
} from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

/** A GitHub classic token with a valid checksum, different per seed. */
function token(seed: number): string {
  return compose('{{github:ghp_}}', seed);
}

const gh = useFakeGitHub();

const BASE = shaOf('base');
const HEAD = shaOf('head');
const README = '# octo-repo\n\nA repository.\n';

function pr(options: { base?: string; head?: string; number?: number; fork?: boolean } = {}) {
  const number = options.number ?? 7;
  const base = options.base ?? BASE;
  const head = options.head ?? HEAD;
  gh.pulls.set(number, { base, head });
  return pullRequestPayload(gh, {
    number,
    base,
    head,
    ...(options.fork === undefined ? {} : { fork: options.fork }),
  });
}

function run(
  event: string,
  payload: unknown,
  extra: Partial<Parameters<typeof runAction>[0]> = {},
): Promise<ActionRun> {
  return runAction({
    apiUrl: gh.url,
    repository: `${gh.owner}/${gh.repo}`,
    event,
    payload,
    ...extra,
  });
}

function checkRunBodies(): { method: string; body: Json }[] {
  return gh.requests
    .filter((r) => /\/check-runs/.test(r.path))
    .map((r) => ({ method: r.method, body: r.body === '' ? null : JSON.parse(r.body) }));
}

/** Everything the Action wrote or sent, for "the raw secret appears nowhere" checks. */
function everything(result: ActionRun, extraFiles: string[] = []): string {
  return [
    result.stdout,
    result.stderr,
    result.summary,
    result.evidenceText,
    JSON.stringify(result.outputs),
    ...gh.requests.map((r) => `${r.method} ${r.path} ${r.body}`),
    ...extraFiles.map((file) => readFileSync(file, 'utf8')),
  ].join('\n');
}

function noStackTrace(result: ActionRun): void {
  expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('pull requests', () => {
  it('passes a clean pull request with one successful `mandate` check run', async () => {
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, { 'README.md': README, 'src/app.ts': 'export const answer = 42;\n' });
    const result = await run('pull_request', pr());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'pass', findings: '0', blocking: '0' });
    const checks = checkRunBodies();
    expect(checks).toHaveLength(1);
    expect(checks[0]!.body).toMatchObject({
      name: 'mandate',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'success',
    });
    expect(result.summary).toContain('mandate: passed');
    expect(result.summary).toContain('built-in defaults');
    expect(validateEvidence(result.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
    expect(result.evidence).toMatchObject({
      version: 1,
      repository: 'octo-org/octo-repo',
      event: 'pull_request',
      pullRequest: 7,
      baseSha: BASE,
      headSha: HEAD,
      decision: 'pass',
      runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/4242',
      config: { source: 'defaults', path: null, commit: BASE, changedByChange: false },
    });
    expect(result.evidence!.rules).toContain('secret/github-pat');
    noStackTrace(result);
  });

  it('blocks a pull request that adds a secret: annotation at file and line, redacted everywhere', async () => {
    const secret = token(11);
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, {
      'README.md': README,
      'config/prod.env': `# production\nREGION=eu-west-1\nGITHUB_TOKEN=${secret}\n`,
    });
    const result = await run('pull_request', pr(), {
      inputs: { 'sarif-file': 'out/mandate.sarif' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'block', findings: '1', blocking: '1' });
    const [create] = checkRunBodies();
    expect(create!.body.conclusion).toBe('failure');
    const annotations = create!.body.output.annotations;
    expect(annotations).toEqual([
      expect.objectContaining({
        path: 'config/prod.env',
        start_line: 3,
        annotation_level: 'failure',
      }),
    ]);
    expect(annotations[0].message).toContain(secret.slice(0, 4));
    // setFailed, once, with the verdict.
    expect(result.stdout.match(/^::error::/gm)).toHaveLength(1);
    expect(result.stdout).toMatch(/::error::mandate: blocked/);
    expect(result.outputs['sarif-file']).toBe(join(result.dir, 'out/mandate.sarif'));
    expect(result.summary).toContain('config/prod.env:3');
    expect(validateEvidence(result.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
    expect(result.evidence!.findings).toEqual([
      expect.objectContaining({
        ruleId: 'secret/github-pat',
        path: 'config/prod.env',
        line: 3,
        blocking: true,
      }),
    ]);
    const all = everything(result, [result.outputs['sarif-file']!]);
    expect(all).not.toContain(secret);
    expect(all).not.toContain(secret.slice(4, 24));
    noStackTrace(result);
  });

  it('judges by the base config: a head that disables the rule still fails, and the change is reported', async () => {
    const secret = token(12);
    gh.commit(BASE, {
      'README.md': README,
      '.mandate.yml': 'extends: [recommended]\nfail_on: high\n',
    });
    gh.commit(HEAD, {
      'README.md': README,
      '.mandate.yml': 'extends: [recommended]\nfail_on: high\ndisable: [secret/github-pat]\n',
      'deploy.sh': `#!/bin/sh\nexport GH_TOKEN=${secret}\n`,
    });
    const result = await run('pull_request', pr());
    expect(result.code).toBe(1);
    expect(result.outputs.decision).toBe('block');
    expect(result.evidence!.config).toMatchObject({
      path: '.mandate.yml',
      commit: BASE,
      source: 'base-commit',
      changedByChange: true,
      changedFiles: ['.mandate.yml'],
    });
    expect(result.evidence!.config.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.summary).toContain('modifies the policy');
    // The policy was read at the base SHA only, never at the head.
    const configReads = gh.requestsTo('GET', /\/contents\/\.mandate\.yml$/);
    expect(configReads.length).toBeGreaterThan(0);
    for (const read of configReads) expect(read.path).toContain(`ref=${BASE}`);
    expect(everything(result)).not.toContain(secret);
  });

  it('sends all 120 findings to the check run, at most 50 annotations per request', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `TOKEN_${i}=${token(1000 + i)}`);
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, { 'README.md': README, 'tokens.env': `${lines.join('\n')}\n` });
    const result = await run('pull_request', pr());
    expect(result.code).toBe(1);
    expect(result.outputs.findings).toBe('120');
    const checks = checkRunBodies();
    expect(checks.map((c) => c.method)).toEqual(['POST', 'PATCH', 'PATCH']);
    const batches = checks.map((c) => c.body.output.annotations as { start_line: number }[]);
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(50);
    const annotated = batches
      .flat()
      .map((a) => a.start_line)
      .sort((a, b) => a - b);
    expect(annotated).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  }, 30_000);

  it('falls back to workflow-command annotations when the token cannot write checks (fork), and says so', async () => {
    const secret = token(13);
    gh.checksWritable = false;
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, {
      'README.md': README,
      'src/leak.ts': `// config\nconst key = "${secret}";\n`,
    });
    const result = await run('pull_request', pr({ fork: true }));
    expect(result.code).toBe(1);
    expect(gh.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
    expect(gh.requestsTo('PATCH', /\/check-runs\//)).toHaveLength(0);
    expect(result.stdout).toMatch(
      /::error title=[^,]*secret\/github-pat[^,]*,file=src\/leak\.ts,line=2,endLine=2::/,
    );
    expect(result.summary).toContain('workflow-command annotations');
    expect(result.summary).toContain('read-only token');
    expect(result.evidence!.annotations).toBe('commands');
    expect(everything(result)).not.toContain(secret);
  });

  it('reads a 3,500-file pull request completely (listing cap 3,000, the rest via git trees)', async () => {
    const secret = token(14);
    const head: Record<string, string> = { 'README.md': README };
    for (let i = 0; i < 3500; i++) head[`files/f${String(i).padStart(4, '0')}.txt`] = `file ${i}\n`;
    head['files/f3400.txt'] = `file 3400\nkey=${secret}\n`;
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, head);
    const result = await run('pull_request', pr());
    expect(result.code).toBe(1);
    expect(gh.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(30);
    expect(gh.requestsTo('GET', /\/git\/blobs\//)).toHaveLength(500);
    expect(result.evidence!.scan.files).toBe(3500);
    expect(result.evidence!.findings).toEqual([
      expect.objectContaining({ path: 'files/f3400.txt', line: 2 }),
    ]);
    expect(result.summary).toContain('at most 3,000 files');
  }, 60_000);

  it('retries a 502 and a secondary rate limit (429 with retry-after) and then succeeds', async () => {
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, { 'README.md': README, 'src/app.ts': 'export {};\n' });
    gh.failures.push(
      { method: 'GET', path: /\/pulls\/7\/files/, status: 502, message: 'Bad Gateway' },
      {
        method: 'GET',
        path: /\/contents\/\.mandate\.yml/,
        status: 429,
        headers: { 'retry-after': '1' },
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    );
    const result = await run('pull_request', pr());
    expect(result.stdout).not.toMatch(/::error/);
    expect(result.code).toBe(0);
    expect(gh.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(2);
    expect(gh.requestsTo('GET', /\/contents\/\.mandate\.yml$/)).toHaveLength(2);
    expect(result.summary).toContain('secondary rate limit');
  });

  it('reads a file whose patch is missing from the contents API at the head SHA', async () => {
    const secret = token(15);
    const before = Array.from({ length: 8 }, (_, i) => `line ${i + 1}`).join('\n');
    const after = before.split('\n');
    after.splice(4, 0, `password = "${secret}"`);
    gh.commit(BASE, { 'src/big.ts': `${before}\n` });
    gh.commit(HEAD, { 'src/big.ts': `${after.join('\n')}\n` });
    gh.missingPatch.add('src/big.ts');
    const result = await run('pull_request', pr());
    expect(result.code).toBe(1);
    const reads = gh.requestsTo('GET', /\/contents\/src\/big\.ts$/).map((r) => r.path);
    expect(reads.some((p) => p.includes(`ref=${HEAD}`))).toBe(true);
    expect(result.evidence!.findings).toEqual([
      expect.objectContaining({ path: 'src/big.ts', line: 5 }),
    ]);
  });
});

describe('changed files the contents API does not serve as files', () => {
  it('skips a symlink as a symlink, and blocks on a file it cannot read (fails closed)', async () => {
    gh.commit(BASE, { 'README.md': README });
    // A link out of the repository (to a file in it, GitHub would serve that file's content).
    gh.commit(HEAD, {
      'README.md': README,
      'docs/link.md': '../../shared/README.md',
      'src/app.ts': 'x\n',
    });
    for (const path of ['docs/link.md', 'src/app.ts']) gh.missingPatch.add(path);
    gh.symlinks.add('docs/link.md');
    const clean = await run('pull_request', pr());
    expect(clean.code).toBe(0);
    expect(clean.summary).toContain('(not scanned: 1 symlink)');

    gh.goneContents.add('src/app.ts');
    const result = await run('pull_request', pr(), {
      inputs: { 'sarif-file': 'out/mandate.sarif' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ findings: '1', blocking: '1' });
    expect(result.outputs.decision).toBe('block');
    expect(result.summary).toContain(
      'The scan is incomplete: 1 file could not be scanned in full (src/app.ts), so nothing is approved.',
    );
    // The incomplete scan is a finding of its own: in the summary, the annotations and the
    // evidence, with why the file could not be read.
    const why = 'src/app.ts could not be read (the contents API serves no file there';
    expect(result.summary).toContain('`scan/incomplete`');
    expect(result.summary).toContain(why);
    const annotations = checkRunBodies().at(-1)!.body.output.annotations as Json[];
    expect(annotations).toEqual([
      expect.objectContaining({
        path: 'src/app.ts',
        start_line: 1,
        annotation_level: 'failure',
        title: 'Blocking: The scan of this file is incomplete (scan/incomplete)',
        message: expect.stringContaining(why),
      }),
    ]);
    expect(result.evidence!.findings).toEqual([
      expect.objectContaining({ ruleId: 'scan/incomplete', path: 'src/app.ts', blocking: true }),
    ]);
    expect(result.evidence!.reasons).toEqual([
      'The scan is incomplete: 1 file could not be scanned in full (src/app.ts), so nothing is approved.',
    ]);
    expect(validateEvidence(result.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
    const sarif = JSON.parse(readFileSync(result.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false });
    expect(sarif.runs[0].results).toEqual([
      expect.objectContaining({ ruleId: 'scan/incomplete', level: 'error' }),
    ]);
  });
});

describe('merge groups and pushes', () => {
  it('scans a merge group through compare and reports on its head', async () => {
    const secret = token(16);
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, { 'README.md': README, 'app/secrets.yml': `github: ${secret}\n` });
    const payload = examplePayload('merge_group');
    payload.merge_group.base_sha = BASE;
    payload.merge_group.head_sha = HEAD;
    payload.repository.full_name = 'octo-org/octo-repo';
    const result = await run('merge_group', payload, { sha: HEAD });
    expect(result.code).toBe(1);
    expect(gh.requestsTo('GET', new RegExp(`/compare/${BASE}\\.\\.\\.${HEAD}$`))).toHaveLength(1);
    expect(checkRunBodies()[0]!.body).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
    expect(result.evidence).toMatchObject({
      event: 'merge_group',
      baseSha: BASE,
      headSha: HEAD,
      pullRequest: null,
    });
    expect(everything(result)).not.toContain(secret);
  });

  it('scans a push range and passes when it is clean', async () => {
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, { 'README.md': `${README}More.\n` });
    const payload = examplePayload('push');
    Object.assign(payload, {
      before: BASE,
      after: HEAD,
      ref: 'refs/heads/main',
      created: false,
      deleted: false,
    });
    const result = await run('push', payload, { sha: HEAD });
    expect(result.code).toBe(0);
    expect(result.outputs.decision).toBe('pass');
    expect(gh.requestsTo('GET', /\/compare\//)).toHaveLength(1);
    expect(result.evidence).toMatchObject({ event: 'push', baseSha: BASE, headSha: HEAD });
  });

  it('blocks a push that adds a secret', async () => {
    const secret = token(17);
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, { 'README.md': README, '.env': `TOKEN=${secret}\n` });
    const payload = examplePayload('push');
    Object.assign(payload, {
      before: BASE,
      after: HEAD,
      ref: 'refs/heads/feature',
      created: false,
      deleted: false,
    });
    const result = await run('push', payload, { sha: HEAD });
    expect(result.code).toBe(1);
    expect(result.evidence!.findings).toEqual([expect.objectContaining({ path: '.env', line: 1 })]);
  });
});

describe('other events and failures', () => {
  it('pull_request_target reads the pull request as data, the same way', async () => {
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, { 'README.md': README, 'x.env': `K=${token(21)}\n` });
    const result = await run('pull_request_target', pr({ fork: true }));
    expect(result.code).toBe(1);
    expect(result.evidence).toMatchObject({ event: 'pull_request_target', pullRequest: 7 });
    expect(checkRunBodies()[0]!.body).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
  });

  it('workflow_dispatch scans every file of the commit', async () => {
    gh.commit(HEAD, { 'README.md': README, 'old/creds.txt': `first\n${token(22)}\n` });
    gh.branches.set('main', HEAD); // the policy register reads the default branch
    const result = await run('workflow_dispatch', examplePayload('workflow_dispatch'), {
      sha: HEAD,
    });
    expect(result.code).toBe(1);
    expect(result.evidence).toMatchObject({
      event: 'workflow_dispatch',
      baseSha: null,
      headSha: HEAD,
    });
    expect(result.evidence!.scan.files).toBe(2);
    expect(result.evidence!.findings).toEqual([
      expect.objectContaining({ path: 'old/creds.txt', line: 2 }),
    ]);
  });

  it('annotations: none writes no check run; a bad input is one sentence', async () => {
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, { 'README.md': README, 'x.env': `K=${token(23)}\n` });
    const quiet = await run('pull_request', pr(), { inputs: { annotations: 'none' } });
    expect(quiet.code).toBe(1);
    expect(checkRunBodies()).toEqual([]);
    expect(quiet.stdout).not.toMatch(/::error (title|file)=/);
    const bad = await run('pull_request', pr(), { inputs: { 'fail-on': 'severe' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /::error::The `fail-on` input is "severe"; use one of critical, high, medium, low, info/,
    );
  });

  it('on schedule evaluates the policy documents of the default branch (none here)', async () => {
    gh.branches.set('main', gh.commit(HEAD, { 'README.md': README }));
    const result = await run('schedule', { schedule: '0 6 * * 1' });
    expect(result.code).toBe(0);
    expect(result.outputs.decision).toBe('pass');
    expect(result.summary).toContain('policy documents of the default branch');
    expect(gh.requestsTo('POST', /\/issues$/)).toHaveLength(0);
  });

  it('fails with one sentence, no stack trace, on a malformed event payload', async () => {
    const result = await run('pull_request', null, { rawPayload: '{"pull_request": {"number": ' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::The pull_request event payload is malformed: it is not valid JSON\./,
    );
    expect(result.outputs.decision).toBeUndefined();
    noStackTrace(result);
  });

  it('fails with one sentence when the payload lacks the pull request', async () => {
    const result = await run('pull_request', { action: 'opened' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::The pull_request event payload is malformed: pull_request is missing/,
    );
    noStackTrace(result);
  });

  it('names the missing permission when the contents API answers 403', async () => {
    gh.commit(BASE, { 'README.md': README });
    gh.commit(HEAD, { 'README.md': README });
    gh.forbidContents = true;
    const result = await run('pull_request', pr());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::The token may not read what mandate needs \(HTTP 403 on GET \/repos\/octo-org\/octo-repo\/contents\/\.mandate\.yml/,
    );
    expect(result.stdout).toContain('contents: read');
    expect(result.outputs.decision).toBeUndefined();
    noStackTrace(result);
  });

  it('says the API is unreachable instead of passing', async () => {
    gh.commit(BASE, { 'README.md': README });
    const payload = pr();
    await gh.stop();
    const result = await runAction({
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      event: 'pull_request',
      payload,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::mandate could not reach the GitHub API at http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(result.outputs.decision).toBeUndefined();
    noStackTrace(result);
    await gh.start();
  });
});

describe('central config (extends owner/repo:path@ref)', () => {
  const CENTRAL = [
    'extends: [recommended]',
    'fail_on: high',
    'overrides:',
    '  secret/github-pat:',
    '    locked: true',
    '    severity: critical',
    '',
  ].join('\n');

  it('a locked central rule cannot be disabled or weakened locally', async () => {
    const secret = token(18);
    gh.otherRepos.set('octo-org/policy', new Map([['v1', { 'mandate/org.yml': CENTRAL }]]));
    const local = [
      'extends: [octo-org/policy:mandate/org.yml@v1]',
      'disable: [secret/github-pat]',
      'overrides:',
      '  secret/github-pat: { severity: low, blocking: false }',
      '',
    ].join('\n');
    gh.commit(BASE, { '.mandate.yml': local });
    gh.commit(HEAD, { '.mandate.yml': local, 'ci/env.sh': `export GH=${secret}\n` });
    const result = await run('pull_request', pr());
    expect(result.code).toBe(1);
    expect(result.evidence!.findings).toEqual([
      expect.objectContaining({
        ruleId: 'secret/github-pat',
        severity: 'critical',
        blocking: true,
      }),
    ]);
    expect(result.evidence!.config.central).toEqual([
      {
        ref: 'octo-org/policy:mandate/org.yml@v1',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        locked: ['secret/github-pat'],
      },
    ]);
    expect(validateEvidence(result.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
    expect(result.summary).toContain(
      '`secret/github-pat` is locked by the central config octo-org/policy:mandate/org.yml@v1; the local `disable` was not applied.',
    );
    expect(result.summary).toContain('the local override was not applied');
    expect(
      gh.requests.some((r) =>
        r.path.startsWith('/repos/octo-org/policy/contents/mandate%2Forg.yml?ref=v1'),
      ),
    ).toBe(true);
  });

  it.each([
    ['.mandateignore', (fp: string) => `${fp}  # accepted by the team\n`],
    ['.mandate-baseline.json', (fp: string) => formatBaselineFingerprints([fp])],
  ])(
    "the repository's %s does not suppress a finding of a locked central rule",
    async (file, entry) => {
      const secret = token(18);
      gh.otherRepos.set('octo-org/policy', new Map([['v1', { 'mandate/org.yml': CENTRAL }]]));
      const local = 'extends: [octo-org/policy:mandate/org.yml@v1]\n';
      gh.commit(BASE, { '.mandate.yml': local });
      gh.commit(HEAD, { '.mandate.yml': local, 'ci/env.sh': `export GH=${secret}\n` });
      const first = await run('pull_request', pr());
      expect(first.code).toBe(1);
      const fingerprint = (first.evidence!.findings as { fingerprint: string }[])[0]!.fingerprint;
      gh.commit(shaOf('base-ignoring'), { '.mandate.yml': local, [file]: entry(fingerprint) });
      gh.commit(shaOf('head-ignoring'), {
        '.mandate.yml': local,
        [file]: entry(fingerprint),
        'ci/env.sh': `export GH=${secret}\n`,
      });
      const result = await run(
        'pull_request',
        pr({ base: shaOf('base-ignoring'), head: shaOf('head-ignoring'), number: 8 }),
      );
      expect(result.code).toBe(1);
      expect(result.outputs.decision).toBe('block');
      expect(result.evidence!.findings).toEqual([
        expect.objectContaining({ ruleId: 'secret/github-pat', fingerprint, blocking: true }),
      ]);
      expect(result.summary).toMatch(/entr(y|ies) name locked rules and (was|were) not applied/);
    },
  );

  it('an unlocked central rule can be disabled locally', async () => {
    gh.otherRepos.set(
      'octo-org/policy',
      new Map([['main', { 'org.yml': 'extends: [recommended]\n' }]]),
    );
    const local = 'extends: [octo-org/policy:org.yml]\ndisable: [secret/github-pat]\n';
    gh.commit(BASE, { '.mandate.yml': local });
    gh.commit(HEAD, { '.mandate.yml': local, 'ci/env.sh': `export GH=${token(19)}\n` });
    const result = await run('pull_request', pr());
    expect(result.code).toBe(0);
    expect(result.outputs.decision).toBe('pass');
  });

  it('an unreadable central config fails with what to do', async () => {
    const local = 'extends: [octo-org/private:org.yml@main]\n';
    gh.commit(BASE, { '.mandate.yml': local });
    gh.commit(HEAD, { '.mandate.yml': local });
    const result = await run('pull_request', pr());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::The central config octo-org\/private:org.yml@main named in `extends` cannot be read \(HTTP 404\)/,
    );
    noStackTrace(result);
  });
});
