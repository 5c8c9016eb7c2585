/**
 * Issue 9.6: Kubernetes Secret decoding ran only when `kind: Secret` was in the added hunk. Now
 * a hunk that touches a Secret's `data` makes the source read the whole file (YAML documents or
 * JSON), and only the added or changed keys are decoded and reported, on their own line — in
 * real git repositories (`--diff`, `--staged`).
 */
import { describe, expect, it } from 'vitest';
import { scanChangeSet } from '../../src/core/engine.js';
import { compileRules } from '../../src/core/secret/compile.js';
import type { ChangeSet } from '../../src/core/types.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { diffSource } from '../../src/sources/diff.js';
import { historySource } from '../../src/sources/history.js';
import { secretDataValues } from '../../src/sources/kubernetes.js';
import { stagedSource } from '../../src/sources/staged.js';
import { ensureBuilt, mandate, parseJson } from '../e2e/helpers.js';
import { compose } from '../support/compose.js';
import type { TestRepo } from '../support/git.js';
import { scratch } from '../support/scratch.js';

const rules = compileRules(
  builtinPacks().flatMap((pack) => pack.rules ?? []),
  { allowlist: { paths: [], regexes: [], stopwords: [] }, overrides: {} },
);

const { repo } = scratch();

async function found(changeSet: ChangeSet): Promise<[string, string, number][]> {
  const result = await scanChangeSet(
    changeSet,
    { rules, failOn: 'high', ignore: [], baseline: new Set() },
    { mode: 'ci', now: new Date(0) },
  );
  return result.findings.map((f) => [f.ruleId, f.path, f.line]);
}

const b64 = (text: string) => Buffer.from(text).toString('base64');
const token = (seed: number) => compose('{{github:ghp_}}', seed);
const diff = (r: TestRepo) =>
  diffSource({ repoRoot: r.dir, range: 'HEAD~1..HEAD', maxFileSize: 1 << 20 });

const FLOW_HEAD =
  'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\n  namespace: prod\ntype: Opaque\n';
const SECRET_HEAD = `${FLOW_HEAD}data:\n`;

describe('Kubernetes Secrets read whole', () => {
  it('decodes a data key added to an existing Secret, and only the added one', async () => {
    const r = repo();
    // An old key already holds a token: a diff must not report what it did not add.
    const before = `${SECRET_HEAD}  OLD_TOKEN: ${b64(token(1))}\n  USER: ${b64('deploy-bot')}\n`;
    r.commit('secret', { 'k8s/api-secret.yaml': before });
    r.commit('add key', { 'k8s/api-secret.yaml': `${before}  GITHUB_TOKEN: ${b64(token(2))}\n` });
    expect(await found(diff(r))).toEqual([['secret/github-pat', 'k8s/api-secret.yaml', 10]]);
  });

  it('decodes JSON manifests, quoted keys, flow mappings, block scalars and multi-document YAML', async () => {
    const r = repo();
    const json = (keys: Record<string, string>) =>
      `${JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'j' }, data: keys }, null, 2)}\n`;
    const multi = (extra: string) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  mode: fast\n---\n${SECRET_HEAD}  "quoted.key": '${b64('plain')}'\n${extra}`;
    const wrapped = b64(token(5)).replace(/(.{16})/g, '$1\n    ');
    r.commit('base', {
      'deploy/secret.json': json({ a: b64('one') }),
      'deploy/multi.yaml': multi(''),
      'deploy/flow.yml': `${FLOW_HEAD}data: {A: ${b64('x-one')}}\n`,
    });
    r.commit('change', {
      'deploy/secret.json': json({ a: b64('one'), token: b64(token(3)) }),
      'deploy/multi.yaml': multi(`  "api-token": "${b64(token(4))}"\n  cert: |\n    ${wrapped}\n`),
      'deploy/flow.yml': `${FLOW_HEAD}data: {A: ${b64('x-one')}, 'B': "${b64(token(6))}"}\n`,
    });
    expect(await found(diff(r))).toEqual([
      ['secret/github-pat', 'deploy/flow.yml', 7],
      ['secret/github-pat', 'deploy/multi.yaml', 16],
      ['secret/github-pat', 'deploy/multi.yaml', 17],
      ['secret/github-pat', 'deploy/secret.json', 9],
    ]);
  });

  it('reads the staged Secret whole in --staged (the pre-commit hook)', async () => {
    const r = repo();
    const before = `${SECRET_HEAD}  USER: ${b64('deploy-bot')}\n`;
    r.commit('secret', { 'charts/app/secret.yaml': before });
    r.write('charts/app/secret.yaml', `${before}  TOKEN: ${b64(token(7))}\n`);
    r.git('add', 'charts/app/secret.yaml');
    expect(await found(stagedSource({ repoRoot: r.dir, maxFileSize: 1 << 20 }))).toEqual([
      ['secret/github-pat', 'charts/app/secret.yaml', 9],
    ]);
  });

  it('reads a flow-mapping key that follows a lone carriage return (YAML parses it as a key)', async () => {
    // `^` of the one regex touchesSecret replaced matched after any line terminator (\r, U+2028,
    // U+2029), not only \n: a key after a lone \r must still make the source read the file.
    const r = repo();
    r.commit('secret', { 'k8s/flow.yaml': `${FLOW_HEAD}data: {A: ${b64('x-one')}}\n` });
    r.commit('key', {
      'k8s/flow.yaml': `${FLOW_HEAD}data: {A: ${b64('x-one')},\rB: ${b64(token(9))}}\n`,
    });
    expect(await found(diff(r))).toEqual([['secret/github-pat', 'k8s/flow.yaml', 7]]);
  });

  it('leaves a template that does not parse to the line-based reading', async () => {
    expect(
      await secretDataValues('kind: Secret\ndata:\n  a: {{ .Values.x }}\n  b: [\n', null),
    ).toBeNull();
  });
});

describe('Kubernetes Secrets in --history', () => {
  it('reads the Secret at the commit that added the key', async () => {
    const r = repo();
    const before = `${SECRET_HEAD}  USER: ${b64('deploy-bot')}\n`;
    r.commit('secret', { 'k8s/s.yaml': before });
    r.commit('key', { 'k8s/s.yaml': `${before}  TOKEN: ${b64(token(8))}\n` });
    r.commit('remove', { 'k8s/s.yaml': before });
    expect(await found(historySource({ repoRoot: r.dir, maxFileSize: 1 << 20 }))).toEqual([
      ['secret/github-pat', 'k8s/s.yaml', 9],
    ]);
  });
});

describe('Kubernetes Secrets in a directory scan (the CLI)', () => {
  it('decodes JSON and flow-style manifests, in-process and in scan workers', () => {
    ensureBuilt();
    const r = repo();
    const json = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'j' },
      data: { token: b64(token(9)) },
    });
    r.write('k8s/secret.json', `${json}\n`);
    r.write('k8s/flow.yaml', `${FLOW_HEAD}data: {"x": "${b64(token(10))}"}\n`);
    for (const workers of ['0', '2']) {
      const result = mandate(r.dir, ['scan', '.', '--format', 'json'], {
        MANDATE_WORKERS: workers,
      });
      expect(result.status).toBe(1);
      expect(parseJson(result.stdout).findings.map((f) => [f.ruleId, f.path, f.line])).toEqual([
        ['secret/github-pat', 'k8s/flow.yaml', 7],
        ['secret/github-pat', 'k8s/secret.json', 1],
      ]);
    }
  });
});

describe('Kubernetes Secrets among a large listing (scan workers beside the main thread)', () => {
  it('decodes every Secret manifest whichever thread reads it, as the in-process scan does', () => {
    ensureBuilt();
    const r = repo();
    // 240 files: enough for the automatic choice too; Secrets spread so that both the main
    // thread and the worker read some of them (they take files from one shared counter).
    const expected: [string, string, number][] = [];
    for (let f = 0; f < 240; f++) {
      const dir = `pkg${f % 6}`;
      if (f % 20 === 7) {
        const path = `${dir}/secret${f}.yaml`;
        r.write(path, `${SECRET_HEAD}  TOKEN: ${b64(token(100 + f))}\n`);
        expected.push(['secret/github-pat', path, 8]);
      } else {
        r.write(`${dir}/mod${f}.ts`, `export const value${f} = ${f};\n`.repeat(40));
      }
    }
    expected.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    const runs: [Record<string, string>, string[]][] = [
      [{ MANDATE_WORKERS: '0' }, []],
      [{ MANDATE_WORKERS: '1' }, []],
      [{ MANDATE_WORKERS: '2' }, []],
      [{}, ['--jobs', '2']],
    ];
    for (const [env, args] of runs) {
      const result = mandate(r.dir, ['scan', '.', '--format', 'json', ...args], env);
      const label = JSON.stringify([env, args]);
      expect(result.status, label).toBe(1);
      const findings = parseJson(result.stdout).findings.map(
        (f) => [f.ruleId, f.path, f.line] as [string, string, number],
      );
      expect(findings, label).toEqual(expected);
    }
  });
});
