/**
 * The AI guardrail families through the built CLI: the hook (`--staged`), a diff and a
 * directory scan, on real files the test produces (Python pickles, a safetensors file, LFS
 * pointers, a CSV of generated customers).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasPython, python } from '../artifact/python.js';
import { customers } from '../pii/generate.js';
import { safetensors } from '../support/archives.js';
import { scratch } from '../support/scratch.js';
import { ensureBuilt, mandate, parseJson } from './helpers.js';

const s = scratch();
beforeAll(ensureBuilt);

/** A real safetensors file: u64 LE header length, JSON header, 64 float32 weights. */

const LFS_POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 2147483648\n`;

function scanStaged(dir: string) {
  const result = mandate(dir, ['scan', '--staged', '--format', 'json']);
  return { status: result.status, report: parseJson(result.stdout), stderr: result.stderr };
}

describe('artifacts in the hook', () => {
  it('blocks a renamed safetensors file and passes an LFS pointer; a tracked path staged raw blocks', () => {
    const repo = s.repo();
    repo.commit('init', { 'README.md': 'hello\n' });
    repo.write(
      'weights/final.dat',
      safetensors(64, (i) => Math.sin(i) * 0.01),
    );
    repo.write('models/big.safetensors', LFS_POINTER);
    repo.write('.gitattributes', 'lfs-models/** filter=lfs diff=lfs merge=lfs -text\n');
    repo.write(
      'lfs-models/tracked.safetensors',
      safetensors(64, (i) => Math.sin(i) * 0.01),
    );
    repo.git('add', '.');
    const { status, report } = scanStaged(repo.dir);
    expect(status).toBe(1);
    // .gitattributes tracks lfs-models/**, but without Git LFS installed `git add` staged the
    // weights themselves, not a pointer: the author's .gitattributes line lets nothing in.
    expect(report.findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['artifact/model-weights', 'lfs-models/tracked.safetensors'],
      ['artifact/model-weights', 'weights/final.dat'],
    ]);
    const [tracked, renamed] = report.findings;
    expect(tracked?.message).toContain('not an LFS pointer');
    expect(renamed?.message).toContain('safetensors weights');
    expect(renamed?.message).toContain('recognised by its content');
    // In the working tree the same tracked file is allowed: Git LFS would have checked it out.
    const dir = mandate(repo.dir, ['scan', 'lfs-models', '--format', 'json']);
    expect(parseJson(dir.stdout).findings).toEqual([]);
  });

  it.skipIf(!hasPython)(
    'names os.system in a staged pickle, in a diff and a directory scan',
    () => {
      const repo = s.repo();
      const base = repo.commit('init', { 'README.md': 'hello\n' });
      const evil = python(
        `import pickle, os\nclass P:\n    def __reduce__(self):\n        return (os.system, ('true',))\nout.write(pickle.dumps({'w': P()}, protocol=4))`,
      );
      repo.write('model.pkl', evil);
      repo.git('add', '.');
      const staged = scanStaged(repo.dir);
      expect(staged.status).toBe(1);
      expect(staged.report.findings[0]).toMatchObject({
        ruleId: 'artifact/unsafe-pickle',
        severity: 'critical',
        blocking: true,
      });
      expect(staged.report.findings[0]?.message).toContain('posix.system');
      repo.commit('add model');
      const diff = mandate(repo.dir, ['scan', '--diff', `${base}..HEAD`, '--format', 'json']);
      expect(parseJson(diff.stdout).findings.map((f) => f.ruleId)).toEqual([
        'artifact/unsafe-pickle',
      ]);
      const dir = mandate(repo.dir, ['scan', '.', '--format', 'json']);
      expect(dir.status).toBe(1);
      expect(parseJson(dir.stdout).findings.map((f) => f.ruleId)).toEqual([
        'artifact/unsafe-pickle',
      ]);
    },
  );

  it('honours approved paths and disable', () => {
    const repo = s.repo();
    repo.commit('init', {
      '.mandate.yml':
        'artifacts:\n  approved_paths: ["fixtures/**"]\ndisable: [artifact/key-store]\n',
    });
    repo.write(
      'fixtures/tiny.safetensors',
      safetensors(64, (i) => Math.sin(i) * 0.01),
    );
    repo.write('release.jks', new Uint8Array([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0, 0, 0, 1]));
    repo.git('add', '.');
    const { status, report } = scanStaged(repo.dir);
    expect(report.findings).toEqual([]);
    expect(status).toBe(0);
  });
});

describe('personal data', () => {
  it('blocks a staged CSV of 200 customers with counts only, and passes a README with one e-mail', () => {
    const repo = s.repo();
    repo.commit('init', { 'README.md': 'hello\n' });
    const csv = customers(200);
    repo.write('exports/customers.csv', csv);
    repo.write('docs/README.md', 'Questions: dana@mailbox.net\n');
    repo.git('add', '.');
    const { status, report } = scanStaged(repo.dir);
    expect(status).toBe(1);
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding).toMatchObject({
      ruleId: 'personal-data/dataset',
      kind: 'personal-data',
      path: 'exports/customers.csv',
      redacted: '200 e-mail addresses, 200 phone numbers, 200 payment card numbers',
    });
    const raw = JSON.stringify(report);
    for (const value of csv.split('\n')[1]!.split(',').slice(2)) expect(raw).not.toContain(value);
  });

  it('a directory scan counts the same, and personal_data.approved_paths exempts', () => {
    const repo = s.repo();
    repo.write('data/customers.csv', customers(50));
    const before = mandate(repo.dir, ['scan', '.', '--format', 'json']);
    expect(parseJson(before.stdout).findings.map((f) => f.redacted)).toEqual([
      '50 e-mail addresses, 50 phone numbers, 50 payment card numbers',
    ]);
    repo.write('.mandate.yml', 'personal_data:\n  approved_paths: ["data/**"]\n');
    const after = mandate(repo.dir, ['scan', '.', '--format', 'json']);
    expect(parseJson(after.stdout).findings).toEqual([]);
    expect(after.status).toBe(0);
  });
});

describe('mandate rules', () => {
  it('lists the artifact, personal-data and ai-services rules', () => {
    const repo = s.repo();
    repo.write(
      '.mandate.yml',
      'extends: [recommended, reviews-recommended, ai-services]\nreview_settings: { security_team: acme/security }\n',
    );
    const result = mandate(repo.dir, ['rules', '--format', 'json']);
    expect(result.status).toBe(0);
    const ids = (JSON.parse(result.stdout) as { id: string }[]).map((rule) => rule.id);
    for (const id of [
      'artifact/model-weights',
      'artifact/unsafe-pickle',
      'artifact/key-store',
      'personal-data/dataset',
      'review/ai-service-openai',
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain('review/ai-sdk-dependency');
  });
});
