/**
 * The AI guardrails through the bundled Action: a pull request adding a pickle and an AI SDK
 * is blocked — the pickle by the artifact family, the SDK by the ai-services review — and the
 * evidence names both; the security team's approval on the head commit settles the review.
 * The author's own `.gitattributes` line does not let the pickle in: only a real Git LFS pointer
 * (what git stores for a file Git LFS holds) does.
 */
import { describe, expect, it } from 'vitest';
import { shaOf, type Tree } from './fake-github.js';
import { type Json, pullRequestPayload, runAction, validateEvidence } from './run-action.js';
import { useFakeGitHub } from './use-fake-github.js';

const BASE = shaOf('ai-base');
const HEAD = shaOf('ai-head');
const AUTHOR = 'erin';

const CONFIG = `extends: [recommended, reviews-recommended, ai-services]
review_settings:
  security_team: octo-org/security
`;

const PACKAGE = (deps: string) =>
  `{\n  "name": "octo",\n  "dependencies": {\n    "express": "^4.0.0"${deps}\n  }\n}\n`;

const BASE_TREE: Tree = {
  '.mandate.yml': CONFIG,
  'README.md': '# octo-repo\n',
  'package.json': PACKAGE(''),
};

/** A protocol-0 pickle (text) that calls os.system when loaded: composed, never committed. */
const EVIL_PICKLE = ['c', 'posix\nsystem\n', "(S'true'\n", 'tR.'].join('');

const gh = useFakeGitHub('octo-org/octo-repo', (gh) => {
  gh.teams.set('octo-org/security', ['alice']);
  for (const user of ['alice', AUTHOR]) gh.orgMembers.add(user);
});

function setUp(head: Tree) {
  gh.commit(BASE, BASE_TREE);
  gh.commit(HEAD, head);
  gh.pulls.set(9, { base: BASE, head: HEAD });
  const payload = pullRequestPayload(gh, { number: 9, base: BASE, head: HEAD });
  payload.pull_request.user.login = AUTHOR;
  payload.pull_request.base.ref = 'main';
  return payload;
}

function run(payload: unknown) {
  return runAction({
    apiUrl: gh.url,
    repository: `${gh.owner}/${gh.repo}`,
    event: 'pull_request',
    payload,
  });
}

const headTree = (extra: Tree = {}): Tree => ({
  ...BASE_TREE,
  'package.json': PACKAGE(',\n    "openai": "^4.0.0"'),
  'models/model.pkl': EVIL_PICKLE,
  ...extra,
});

describe('AI guardrails in the Action', () => {
  it('blocks a pickle and a new AI SDK until security approves and the pickle is an LFS pointer', async () => {
    const payload = setUp(headTree());
    const blocked = await run(payload);
    expect(blocked.stderr).toBe('');
    expect(blocked.code).toBe(1);
    const findings = blocked.evidence!.findings as Json[];
    const pickle = findings.find((f) => f.ruleId === 'artifact/unsafe-pickle');
    expect(pickle).toMatchObject({ path: 'models/model.pkl', severity: 'critical' });
    expect(pickle.redacted).toBe('posix.system'); // the import, named in the evidence
    const openai = blocked.evidence!.reviews.requirements.find(
      (r: Json) => r.ruleId === 'review/ai-service-openai',
    );
    expect(openai.status).toBe('pending');
    expect(openai.triggers).toEqual(['package.json:5']);
    expect(validateEvidence(blocked.evidence), JSON.stringify(validateEvidence.errors)).toBe(true);

    // Approved on the head commit, and the author's .gitattributes says Git LFS tracks *.pkl —
    // but the pickle itself is committed, not a pointer: still blocked.
    const lfsLine = { '.gitattributes': '*.pkl filter=lfs diff=lfs merge=lfs -text\n' };
    gh.commit(HEAD, headTree(lfsLine));
    gh.reviews.set(9, [
      { user: 'alice', state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-01-02T10:01:00Z' },
    ]);
    const claimed = await run(payload);
    expect(claimed.code).toBe(1);
    const raw = (claimed.evidence!.findings as Json[]).find(
      (f) => f.ruleId === 'artifact/unsafe-pickle',
    );
    expect(raw).toMatchObject({ path: 'models/model.pkl', severity: 'critical' });

    // The pickle really in Git LFS (git holds its pointer): passes.
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize ${EVIL_PICKLE.length}\n`;
    gh.commit(HEAD, headTree({ ...lfsLine, 'models/model.pkl': pointer }));
    const passed = await run(payload);
    expect(passed.stderr).toBe('');
    const satisfied = passed.evidence!.reviews.requirements.find(
      (r: Json) => r.ruleId === 'review/ai-service-openai',
    );
    expect(satisfied.status).toBe('satisfied');
    expect((passed.evidence!.findings as Json[]).map((f) => f.ruleId)).not.toContain(
      'artifact/unsafe-pickle',
    );
    expect(passed.code).toBe(0);
  });

  it('reads the head of an artifact the pull request modifies or renames, whatever .gitattributes says', async () => {
    // A harmless text pickle on the base; the pull request rewrites it to import code and claims
    // Git LFS tracks *.pkl. The patch holds only changed lines: the head must be read whole.
    const harmless = '(lp0\nI1\na.';
    const lfsLine = { '.gitattributes': '*.pkl filter=lfs diff=lfs merge=lfs -text\n' };
    gh.commit(BASE, { ...BASE_TREE, 'models/model.pkl': harmless });
    gh.commit(HEAD, { ...BASE_TREE, ...lfsLine, 'models/model.pkl': EVIL_PICKLE });
    gh.pulls.set(9, { base: BASE, head: HEAD });
    const payload = pullRequestPayload(gh, { number: 9, base: BASE, head: HEAD });
    payload.pull_request.user.login = AUTHOR;
    payload.pull_request.base.ref = 'main';
    const modified = await run(payload);
    expect(modified.code).toBe(1);
    expect((modified.evidence!.findings as Json[]).map((f) => f.ruleId)).toContain(
      'artifact/unsafe-pickle',
    );

    // A text file renamed to a pickle's name, its content unchanged: no added line at all.
    gh.commit(BASE, { ...BASE_TREE, 'notes/model.txt': EVIL_PICKLE });
    gh.commit(HEAD, { ...BASE_TREE, ...lfsLine, 'models/model.pkl': EVIL_PICKLE });
    gh.renames.set('models/model.pkl', 'notes/model.txt');
    const renamed = await run(payload);
    expect(renamed.code).toBe(1);
    expect((renamed.evidence!.findings as Json[]).map((f) => f.ruleId)).toContain(
      'artifact/unsafe-pickle',
    );
  });
  it('sizes a binary artifact by its bytes against artifacts.block_from_bytes', async () => {
    // safetensors: an 8-byte little-endian header length, the JSON header, then the tensors.
    const header = '{"w":{"dtype":"F32","shape":[1024],"data_offsets":[0,4096]}}';
    const weights = `${String.fromCharCode(header.length)}${'\0'.repeat(7)}${header}${'\0'.repeat(4096)}`;
    gh.commit(BASE, {
      ...BASE_TREE,
      '.mandate.yml': `${CONFIG}artifacts:\n  block_from_bytes: 1KB\n`,
    });
    gh.commit(HEAD, {
      ...BASE_TREE,
      '.mandate.yml': `${CONFIG}artifacts:\n  block_from_bytes: 1KB\n`,
      'models/w.safetensors': weights,
    });
    gh.pulls.set(9, { base: BASE, head: HEAD });
    const payload = pullRequestPayload(gh, { number: 9, base: BASE, head: HEAD });
    payload.pull_request.user.login = AUTHOR;
    payload.pull_request.base.ref = 'main';
    const result = await run(payload);
    const artifact = result.evidence!.reviews.requirements.find(
      (r: Json) => r.ruleId === 'review/artifact',
    );
    expect(artifact?.status).toBe('pending');
    expect(result.code).toBe(1);
  });
  it('judges a file renamed into a manifest as added whole (an AI SDK moved in from notes)', async () => {
    const listed = 'openai==1.30.0\n';
    gh.commit(BASE, { ...BASE_TREE, 'docs/notes.txt': listed });
    gh.commit(HEAD, { ...BASE_TREE, 'requirements.txt': listed });
    gh.renames.set('requirements.txt', 'docs/notes.txt');
    gh.pulls.set(9, { base: BASE, head: HEAD });
    const payload = pullRequestPayload(gh, { number: 9, base: BASE, head: HEAD });
    payload.pull_request.user.login = AUTHOR;
    payload.pull_request.base.ref = 'main';
    const result = await run(payload);
    const openai = result.evidence!.reviews.requirements.find(
      (r: Json) => r.ruleId === 'review/ai-service-openai',
    );
    expect(openai.status).toBe('pending');
    expect(openai.triggers).toEqual(['requirements.txt:1']);
    expect(result.code).toBe(1);
  });
  it('a pickle disguised by name, opcode or zip stays an unsafe pickle that the approval does not settle', async () => {
    // Protocol-1 opcodes (no PROTO): GLOBAL posix.system, MARK, a short string, TUPLE, REDUCE.
    const call = ['c', 'posix\nsystem\n', '(', 'U\u0004', 'true', 'tR'].join('');
    const stored = (name: string, data: string) => {
      const u16 = (n: number) => String.fromCharCode(n & 0xff, n >> 8);
      const u32 = (n: number) => `${u16(n & 0xffff)}${u16(n >>> 16)}`;
      const local = `PK\u0003\u0004${u16(20)}${u16(0)}${u16(0)}${u32(0)}${u32(0)}${u32(data.length)}${u32(data.length)}${u16(name.length)}${u16(0)}`;
      const central = `PK\u0001\u0002${u16(20)}${u16(20)}${u16(0)}${u16(0)}${u32(0)}${u32(0)}${u32(data.length)}${u32(data.length)}${u16(name.length)}${u16(0)}${u16(0)}${u16(0)}${u16(0)}${u32(0)}${u32(0)}`;
      const at = local.length + name.length + data.length;
      const end = `PK\u0005\u0006${u16(0)}${u16(0)}${u16(1)}${u16(1)}${u32(central.length + name.length)}${u32(at)}${u16(0)}`;
      return `${local}${name}${data}${central}${name}${end}`;
    };
    const payload = setUp({
      ...BASE_TREE,
      'models/weights.bin': `N0${call}.`,
      'ckpt/model.pth': stored('archive/payload', `${call}.`),
      'conf/settings.txt': EVIL_PICKLE,
    });
    gh.reviews.set(9, [
      { user: 'alice', state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-01-02T10:01:00Z' },
    ]);
    const result = await run(payload);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const unsafe = (result.evidence!.findings as Json[])
      .filter((f) => f.ruleId === 'artifact/unsafe-pickle')
      .map((f) => [f.path, f.blocking]);
    expect(unsafe.sort()).toEqual([
      ['ckpt/model.pth', true],
      ['conf/settings.txt', true],
      ['models/weights.bin', true],
    ]);
  });
});
