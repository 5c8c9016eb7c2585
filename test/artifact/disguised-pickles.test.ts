/**
 * An author who wants an unsafe pickle to pass as a safe artifact (one the `review/artifact`
 * approval settles) or as no artifact at all: a protocol-0/1 pickle under any name, one behind
 * a harmless opcode, a legacy torch.save file whose first pickle is harmless, a deflated
 * `data.pkl`, a pickle in a zip under another name, a NumPy object array, a gzipped pickle,
 * and the Git LFS pointer's first line in front of a zip. Each must be the unsafe pickle it is;
 * the bytes are composed opcode by opcode (nothing here runs a pickle), and the hook sees the
 * same through the built CLI in a real repository.
 */
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ArtifactInput, artifactJudge, shownImport } from '../../src/core/artifact/family.js';
import { NO_LFS } from '../../src/core/artifact/lfs.js';
import { analysePickle } from '../../src/core/artifact/pickle.js';
import { classifyArtifact, isLfsPointer } from '../../src/core/artifact/signatures.js';
import { INFLATE_BUDGET, INFLATE_CAP, zipEntries } from '../../src/core/artifact/zip.js';
import { ensureBuilt, mandate, parseJson } from '../e2e/helpers.js';
import { objectNpy, zipOf as zipArchive } from '../support/archives.js';
import { compose } from '../support/compose.js';
import { scratch } from '../support/scratch.js';

const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array =>
  Buffer.concat(
    parts.map((part) =>
      typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part as Uint8Array),
    ),
  );

/** The call `posix.system('true')` in protocol-1 opcodes (GLOBAL, MARK, string, TUPLE, REDUCE). */
const CALL_P1 = bytes('c', 'posix\nsystem\n', '(', [0x55, 4], 'true', 't', 'R');
/** The same in protocol 0: text. */
const PICKLE_P0 = ['c', 'posix\nsystem\n', "(S'true'\n", 'tR.'].join('');
/** A protocol-2 pickle of the same call. */
const PICKLE_P2 = bytes([0x80, 0x02], CALL_P1, '.');
/** A harmless protocol-2 pickle: torch's magic number (a LONG1). */
const MAGIC = bytes(
  [0x80, 0x02, 0x8a, 0x0a],
  [0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19],
  '.',
);

/** A zip of `[name, data, method]` entries, with its central directory. */
const zipOf = (entries: [name: string, data: Uint8Array, method: 0 | 8 | 12][]) =>
  zipArchive(entries.map(([name, data, method]) => ({ name, data, method })));

const zip = (name: string, data: Uint8Array, method: 0 | 8 | 12) => zipOf([[name, data, method]]);

const POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 123\n`;

const judge = artifactJudge({
  approvedPaths: [],
  blockFromBytes: 0,
  allowImports: [],
  reviewers: ['octo-org/security'],
});
const input = (path: string, data: Uint8Array): ArtifactInput => ({
  path,
  size: data.length,
  bytes: data,
  whole: true,
});

const DISGUISES: [string, string, Uint8Array][] = [
  ['a protocol-1 pickle named .bin', 'models/weights.bin', bytes(CALL_P1, '.')],
  ['a protocol-0 pickle named .dat', 'models/weights.dat', bytes(PICKLE_P0)],
  // A loader runs the call as it reads REDUCE, and only then meets the missing STOP or the
  // unknown opcode: the fault after it does not make it harmless.
  ['a pickle that calls and ends before STOP', 'models/weights.bin', bytes(CALL_P1)],
  [
    'a protocol-0 pickle that calls, then a byte no opcode, named .txt',
    'notes.txt',
    bytes(PICKLE_P0.slice(0, -1), [0xff]),
  ],
  ['a pickle behind NONE POP', 'models/weights.bin', bytes('N0', PICKLE_P2)],
  [
    'a pickle behind a BINBYTES8 value and POP',
    'models/weights.bin',
    bytes([0x8e, 3, 0, 0, 0, 0, 0, 0, 0], 'abc', '0', PICKLE_P2),
  ],
  [
    'a pickle behind a BININT2 value and POP',
    'models/weights.bin',
    bytes('M', [1, 0], '0', CALL_P1, '.'),
  ],
  [
    'a legacy torch.save file whose first pickle is the magic number',
    'ckpt/model.pt',
    bytes(MAGIC, PICKLE_P2),
  ],
  ['a deflated data.pkl in a PyTorch zip', 'ckpt/model.pt', zip('archive/data.pkl', PICKLE_P2, 8)],
  ['a pickle in a zip under another name', 'ckpt/model.pth', zip('archive/payload', PICKLE_P2, 0)],
  ['a pickle in a plain zip', 'bundle.zip', zip('model.pkl', PICKLE_P2, 8)],
  [
    'a pickle after 6 KiB of README in a plain zip',
    'release.zip',
    zipOf([
      ['README.txt', bytes('read me\n'.repeat(800)), 0],
      ['model.pkl', PICKLE_P2, 0],
    ]),
  ],
  ['an object array in an .npz', 'data/arrays.npz', zip('a.npy', objectNpy(PICKLE_P2), 0)],
  ['an object array .npy', 'data/a.npy', objectNpy(PICKLE_P2)],
  ['a gzipped pickle', 'models/model.pkl.gz', gzipSync(PICKLE_P2)],
  [
    'an LFS pointer in front of a zip',
    'models/model.pkl',
    bytes(POINTER, zip('model.pkl', PICKLE_P2, 0)),
  ],
];

describe('a disguised unsafe pickle is still an unsafe pickle', () => {
  it.each(DISGUISES)('%s', (_what, path, data) => {
    const findings = judge.judge(input(path, data), NO_LFS);
    expect(findings.map((f) => [f.ruleId, f.blocking])).toEqual([['artifact/unsafe-pickle', true]]);
    // The import is named — except behind a pointer's lines, where the bytes are no pickle
    // mandate can walk, which fails closed.
    if (!path.endsWith('model.pkl')) expect(findings[0]?.redacted).toBe('posix.system');
    // Not a review requirement an approval settles.
    expect(findings[0]?.message).not.toContain('review/artifact');
  });

  it('a pickle without imports, ordinary text and binaries are not taken for pickles', () => {
    expect(classifyArtifact('notes.txt', bytes('(lp0\nI1\na.'))).toBeNull();
    expect(classifyArtifact('src/main.c', bytes('const int x = 1;\nint main() {}\n'))).toBeNull();
    expect(classifyArtifact('cmake.txt', bytes('cat\ncow\ncar\ncup\n'))).toBeNull();
    expect(classifyArtifact('firmware.bin', bytes([0x4e, 0x30, 0xff, 0x00, 0x12]))).toBeNull();
  });

  it('a safe legacy torch file and a safe gzipped pickle stay reviewable', () => {
    const safe = bytes([0x80, 0x02], 'ccollections\nOrderedDict\n)R.');
    for (const [path, data] of [
      ['ckpt/model.pt', bytes(MAGIC, safe)],
      ['models/model.pkl.gz', gzipSync(safe)],
    ] as const) {
      const [finding] = judge.judge(input(path, data), NO_LFS);
      expect(finding?.ruleId).toBe('artifact/serialized-object');
      expect(finding?.message).toContain('review/artifact');
    }
  });

  it('reads the start of a gzipped pickle larger than the cap, and names its import', () => {
    // The import first, then 9 MiB of bytes in one BINBYTES: the stream inflates past the cap.
    const big = bytes(
      [0x80, 0x02],
      CALL_P1,
      [0x42],
      [0, 0, 0x90, 0],
      new Uint8Array(0x900000),
      '0.',
    );
    const [finding] = judge.judge(input('models/big.pkl.gz', gzipSync(big)), NO_LFS);
    expect(finding).toMatchObject({ ruleId: 'artifact/unsafe-pickle', redacted: 'posix.system' });
    // The same pickle deflated as a PyTorch zip's data.pkl: the entry's start, not nothing.
    const [entry] = judge.judge(input('ckpt/big.pt', zip('archive/data.pkl', big, 8)), NO_LFS);
    expect(entry).toMatchObject({ ruleId: 'artifact/unsafe-pickle', redacted: 'posix.system' });
  });

  it('reads every pickle of a file, not just the first, and stops quietly in the data after them', () => {
    const report = analysePickle(bytes(MAGIC, MAGIC, PICKLE_P2, [0x00, 0x01, 0x02]));
    expect(report.unsafe).toEqual(['posix.system']);
    expect(report.incomplete).toBeUndefined();
  });

  it('inflates a zip of many entries only up to a budget, and an unread pickle entry fails closed', () => {
    // 20 entries that each inflate to 8 MiB (a few KiB packed): 160 MiB of work if all were read.
    const zeros = new Uint8Array(INFLATE_CAP);
    const data = zipOf(
      Array.from({ length: 20 }, (_, i) => [`p${i}.pkl`, zeros, 8] as [string, Uint8Array, 8]),
    );
    const read = zipEntries(data).filter((entry) => entry.data !== undefined);
    expect(read.reduce((sum, entry) => sum + entry.data!.length, 0)).toBeLessThanOrEqual(
      INFLATE_BUDGET,
    );
    expect(read.length).toBeLessThan(20);
    const [finding] = judge.judge(input('bomb.zip', data), NO_LFS);
    expect(finding).toMatchObject({ ruleId: 'artifact/unsafe-pickle', blocking: true });
  });

  it('an entry the budget left unread fails closed whatever its name (an object array behind arrays that inflate to much)', () => {
    const zeros = new Uint8Array(INFLATE_CAP);
    const data = zipOf([
      ...Array.from({ length: 12 }, (_, i) => [`z${i}.npy`, zeros, 8] as [string, Uint8Array, 8]),
      ['evil.npy', objectNpy(PICKLE_P2), 8],
    ]);
    expect(zipEntries(data).at(-1)).toMatchObject({ name: 'evil.npy', unread: 'budget' });
    const [finding] = judge.judge(input('data/arrays.npz', data), NO_LFS);
    expect(finding).toMatchObject({ ruleId: 'artifact/unsafe-pickle', blocking: true });
    expect(finding?.message).toContain('did not unpack');
    // Read only in part, the same zip is a truncated read, not a pass as plain arrays either.
    expect(
      judge.judge({ ...input('data/arrays.npz', data), whole: false }, NO_LFS)[0]?.message,
    ).toContain('Only its first bytes were read');
  });

  it('what is left of the budget does not cut a pickle entry to a few bytes: it is unread, and fails closed', () => {
    const zeros = new Uint8Array(INFLATE_CAP);
    // Fillers that leave 10 bytes of the budget: the pickle after them must not read as a
    // pickle read in part (which an approval settles).
    const data = zipOf([
      ...Array.from(
        { length: 7 },
        (_, i) => [`archive/data/${i}`, zeros, 8] as [string, Uint8Array, 8],
      ),
      ['archive/data/7', new Uint8Array(INFLATE_CAP - 10), 8],
      ['archive/data.pkl', PICKLE_P2, 8],
    ]);
    expect(zipEntries(data).at(-1)).toMatchObject({ name: 'archive/data.pkl', unread: 'budget' });
    const [finding] = judge.judge(input('ckpt/model.pt', data), NO_LFS);
    expect(finding).toMatchObject({ ruleId: 'artifact/unsafe-pickle', blocking: true });
  });

  it('an npz read only in part says its later entries were not checked (an object array may be one)', () => {
    const data = zipOf([
      ['a.npy', new Uint8Array(4096), 0],
      ['evil.npy', objectNpy(PICKLE_P2), 0],
    ]);
    const start = data.subarray(0, 3000); // the first entry's start: what a source read of it
    const [finding] = judge.judge({ ...input('data/arrays.npz', start), whole: false }, NO_LFS);
    expect(finding).toMatchObject({ ruleId: 'artifact/data-dump', blocking: true });
    expect(finding?.message).toContain('Only its first bytes were read');
  });

  it('an LFS pointer is the spec lines and nothing else', () => {
    expect(isLfsPointer(POINTER)).toBe(true);
    expect(isLfsPointer(`${POINTER}PK\x03\x04`)).toBe(false);
    expect(isLfsPointer(POINTER.replace('\nsize 123\n', '\n'))).toBe(false);
  });
});

describe('through the hook', () => {
  const s = scratch();
  beforeAll(ensureBuilt);

  it('blocks each disguise staged in a real repository, and a protocol-0 pickle named .txt', () => {
    const repo = s.repo();
    repo.commit('init', { 'README.md': 'hello\n' });
    const paths = new Set<string>();
    DISGUISES.forEach(([, path, data], i) => {
      const unique = path.replace(/^([^/]*\/)?/, `d${i}/`);
      repo.write(unique, data);
      paths.add(unique);
    });
    repo.write('conf/settings.txt', PICKLE_P0);
    paths.add('conf/settings.txt');
    repo.git('add', '.');
    const result = mandate(repo.dir, ['scan', '--staged', '--format', 'json']);
    expect(result.status).toBe(1);
    const unsafe = parseJson(result.stdout)
      .findings.filter((f) => f.ruleId === 'artifact/unsafe-pickle')
      .map((f) => f.path);
    expect(new Set(unsafe)).toEqual(paths);
  });
});

describe('a pickle whose import comes after its first 4 KiB (git scopes read a blob start first)', () => {
  const s = scratch();
  beforeAll(ensureBuilt);

  it('is read on and blocks, under a harmless name, staged', () => {
    // Protocol 1 (no PROTO): a 6,000-byte harmless string, POP, then the call.
    const value = 'a'.repeat(6000);
    const late = bytes(
      'X',
      [value.length & 0xff, (value.length >> 8) & 0xff, 0, 0],
      value,
      '0',
      CALL_P1,
      '.',
    );
    expect(analysePickle(late).imports).toEqual(['posix.system']);
    const repo = s.repo();
    repo.commit('init', { 'README.md': 'hello\n' });
    repo.write('assets/weights.bin', late);
    repo.git('add', '.');
    const result = mandate(repo.dir, ['scan', '--staged', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(
      parseJson(result.stdout)
        .findings.filter((f) => f.ruleId === 'artifact/unsafe-pickle')
        .map((f) => f.path),
    ).toEqual(['assets/weights.bin']);
  });
});

describe('a token planted as an import name', () => {
  const token = compose('{{github:ghp_}}', 77);
  const aws = compose('{{lit:AKIA}}{{base32:16}}', 78);

  it('is described by its length; real import names are shown as they are', () => {
    expect(shownImport(`${token}.system`)).toBe('(a 40-character name).system');
    expect(shownImport(`os.${aws}`)).toBe('os.(a 20-character name)');
    for (const name of [
      'posix.system',
      'torch._utils._rebuild_tensor_v2',
      'sklearn.ensemble._gb.GradientBoostingClassifier',
      'torch.float8_e4m3fn',
      '(an import whose name is computed at load time)',
    ]) {
      expect(shownImport(name)).toBe(name);
    }
  });

  const s = scratch();
  beforeAll(ensureBuilt);

  it('nor as the name of a zip entry mandate cannot unpack, which fails closed', () => {
    const judge = artifactJudge();
    const data = zip(`${token}.pkl`, PICKLE_P2, 12);
    const [finding] = judge.judge(
      { path: 'm.zip', size: data.length, bytes: data, whole: true },
      NO_LFS,
    );
    expect(finding).toMatchObject({ ruleId: 'artifact/unsafe-pickle', blocking: true });
    expect(JSON.stringify(finding)).not.toContain(token.slice(4, 24));
  });

  it('never reaches a report, in any format', () => {
    const repo = s.repo();
    repo.commit('init', { 'README.md': 'hello\n' });
    repo.write('models/a.pkl', bytes([0x80, 0x02], `c${token}\nsystem\n)R.`));
    repo.write('models/b.bin', bytes([0x80, 0x02], `cos\n${aws}\n)R.`));
    repo.git('add', '.');
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const result = mandate(repo.dir, ['scan', '--staged', '--format', format]);
      expect(result.status, format).toBe(1);
      const out = `${result.stdout}${result.stderr}`;
      expect(out, format).toContain('artifact/unsafe-pickle');
      expect(out, format).not.toContain(token.slice(4, 24));
      expect(out, format).not.toContain(aws.slice(4));
    }
  });
});
