import { describe, expect, it } from 'vitest';
import { type ArtifactInput, artifactJudge } from '../../src/core/artifact/family.js';
import { NO_LFS, parseGitattributes } from '../../src/core/artifact/lfs.js';
import { analysePickle } from '../../src/core/artifact/pickle.js';
import { classifyArtifact } from '../../src/core/artifact/signatures.js';
import { zipEntries } from '../../src/core/artifact/zip.js';
import { safetensors } from '../support/archives.js';
import { hasNumpy, hasPython, python, pythonMany } from './python.js';

const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array =>
  Buffer.concat(
    parts.map((part) =>
      typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part as Uint8Array),
    ),
  );

/** A real safetensors file: u64 LE header length, JSON header, 8 bytes of two f32. */

/** A protocol-2 pickle composed opcode by opcode: `module.name(arg)` called with REDUCE. */
function reducePickle(module: string, name: string, arg: string): Uint8Array {
  return bytes(
    [0x80, 0x02],
    `c${module}\n${name}\n`,
    'q\x00',
    'X',
    [arg.length, 0, 0, 0],
    arg,
    [0x85],
    'R.',
  );
}

/** A protocol-4 pickle importing `module.name` through STACK_GLOBAL with memoized strings. */
function stackGlobalPickle(module: string, name: string): Uint8Array {
  return bytes(
    [0x80, 0x04, 0x8c, module.length],
    module,
    [0x94, 0x8c, name.length],
    name,
    [0x94, 0x93, 0x94, 0x29, 0x52],
    '.',
  );
}

const judge = artifactJudge();
const input = (path: string, data: Uint8Array, whole = true, worktree = true): ArtifactInput => ({
  path,
  size: data.length,
  bytes: data,
  whole,
  worktree,
});

describe('content signatures', () => {
  it.each([
    ['model.safetensors', safetensors(), 'safetensors'],
    ['renamed.txt', safetensors(), 'safetensors'],
    ['x.bin', bytes('GGUF', [3, 0, 0, 0]), 'gguf'],
    ['x.dat', bytes([0x89], 'HDF\r\n\x1a\n'), 'hdf5'],
    ['x', bytes([0x93], 'NUMPY', [1, 0]), 'numpy'],
    ['x', bytes('PAR1', [0, 0]), 'parquet'],
    ['x', bytes('ARROW1', [0, 0]), 'arrow'],
    ['x', bytes('Obj', [1, 4, 0x14]), 'avro'],
    ['x', bytes([0x1c, 0, 0, 0], 'TFL3'), 'tflite'],
    ['x', bytes([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]), 'jks'],
    ['weights.bin', reducePickle('collections', 'OrderedDict', ''), 'pickle'],
    ['m.onnx', bytes([0x08, 0x07, 0x12, 0x07], 'pytorch'), 'onnx'],
    ['m.data', bytes([0x08, 0x07, 0x12, 0x07], 'pytorch', [0x1a, 0x03], '2.1'), 'onnx'],
  ])('%s is %s', (path, head, id) => {
    expect(classifyArtifact(path, head)).toMatchObject({ id, by: 'content' });
  });

  it('falls back to the name when no bytes were read', () => {
    expect(classifyArtifact('ckpt/model.pt', undefined)).toMatchObject({ by: 'name' });
    expect(classifyArtifact('keys/release.jks', undefined)?.category).toBe('keystore');
  });

  it('does not take text, .bin or .pb without a signature for an artifact', () => {
    expect(classifyArtifact('README.md', bytes('# hello\n'))).toBeNull();
    expect(classifyArtifact('firmware.bin', bytes([0, 1, 2, 3, 4]))).toBeNull();
    expect(classifyArtifact('x.pb', undefined)).toBeNull();
    expect(classifyArtifact('notes.txt', bytes('{"a": 1}'))).toBeNull();
  });
});

describe('pickle disassembler', () => {
  it('names an import outside the allowlist and the call (composed bytes)', () => {
    const report = analysePickle(reducePickle('subprocess', 'Popen', 'ls'));
    expect(report.unsafe).toEqual(['subprocess.Popen']);
    expect(report.calls).toEqual(['subprocess.Popen']);
    expect(report.incomplete).toBeUndefined();
  });

  it('resolves STACK_GLOBAL through the memo', () => {
    const report = analysePickle(stackGlobalPickle('_posixsubprocess', 'fork_exec'));
    expect(report.imports).toEqual(['_posixsubprocess.fork_exec']);
    expect(report.unsafe).toEqual(['_posixsubprocess.fork_exec']);
    expect(report.protocol).toBe(4);
  });

  it('allows what the allowlist and the settings allow', () => {
    expect(analysePickle(reducePickle('collections', 'OrderedDict', '')).unsafe).toEqual([]);
    const custom = analysePickle(
      reducePickle('mylib.layers', 'Dense', ''),
      new Set(['mylib.layers.Dense']),
    );
    expect(custom.unsafe).toEqual([]);
  });

  it('reports a cut-off pickle as truncated and garbage as malformed', () => {
    const full = reducePickle('os', 'system', 'id');
    expect(analysePickle(full.subarray(0, 12)).incomplete).toBe('truncated');
    expect(analysePickle(bytes([0x80, 0x02, 0xff])).incomplete).toBe('malformed');
  });

  it.skipIf(!hasPython)('finds os.system in a pickle Python wrote, at every protocol', () => {
    const pickles = pythonMany(
      `import pickle, os\nclass P:\n    def __reduce__(self):\n        return (os.system, ('true',))\nfor protocol in range(6):\n    emit(pickle.dumps({'x': [P()]}, protocol=protocol))`,
    );
    expect(pickles).toHaveLength(6);
    for (const [protocol, data] of pickles.entries()) {
      const report = analysePickle(data);
      expect(report.unsafe, `protocol ${protocol}`).toEqual(['posix.system']);
      expect(report.calls).toContain('posix.system');
      expect(report.incomplete).toBeUndefined();
    }
  });

  it.skipIf(!hasPython)('finds nothing unsafe in a dict of lists', () => {
    const pickles = pythonMany(
      `import pickle\nfor protocol in range(6):\n    emit(pickle.dumps({'a': [1, 2.5, 'x', 2**70], 'b': [None, True, b'y', (1, 2)], 'c': {1, 2}, 'd': frozenset([3])}, protocol=protocol))`,
    );
    expect(pickles).toHaveLength(6);
    for (const [protocol, data] of pickles.entries()) {
      const report = analysePickle(data);
      expect(report.unsafe, `protocol ${protocol}`).toEqual([]);
      expect(report.incomplete).toBeUndefined();
    }
  });

  it.skipIf(!hasNumpy)('allows a NumPy array pickle', () => {
    const data = python(
      'import pickle, numpy\nout.write(pickle.dumps({"w": numpy.arange(6).reshape(2, 3)}, protocol=2))',
    );
    const report = analysePickle(data);
    expect(report.unsafe).toEqual([]);
    expect(report.imports.some((name) => name.endsWith('multiarray._reconstruct'))).toBe(true);
  });
});

describe('the artifact family', () => {
  it('reports a safetensors file, renamed or not, as model weights', () => {
    const [finding] = judge.judge(input('weights/renamed.txt', safetensors()), NO_LFS);
    expect(finding).toMatchObject({
      ruleId: 'artifact/model-weights',
      kind: 'artifact',
      blocking: true,
    });
    expect(finding?.message).toContain('recognised by its content');
  });

  it.skipIf(!hasPython)('an os.system pickle is critical and names the import', () => {
    const data = python(
      `import pickle, os\nclass P:\n    def __reduce__(self):\n        return (os.system, ('true',))\nout.write(pickle.dumps(P(), protocol=4))`,
    );
    const [finding] = judge.judge(input('model.pkl', data), NO_LFS);
    expect(finding).toMatchObject({ ruleId: 'artifact/unsafe-pickle', severity: 'critical' });
    expect(finding?.message).toContain('posix.system');
  });

  it('names a bounded number of the imports of a pickle that imports thousands', () => {
    // An author controls the pickle: 5,000 distinct GLOBALs must not make a 100 kB message.
    const globals = Array.from({ length: 5000 }, (_, i) => `cevil${i}\nrun\n0`).join('');
    const [finding] = judge.judge(input('model.pkl', bytes([0x80, 0x02], globals, '.')), NO_LFS);
    expect(finding).toMatchObject({ ruleId: 'artifact/unsafe-pickle' });
    expect(finding?.message).toContain('evil0.run');
    expect(finding?.message).toContain('and 4992 more');
    expect(finding?.message?.length).toBeLessThan(1000);
  });

  it.skipIf(!hasPython)('a dict-of-lists pickle is still an artifact finding, not critical', () => {
    const data = python(`import pickle\nout.write(pickle.dumps({'a': [1, 2]}, protocol=5))`);
    const [finding] = judge.judge(input('features.pkl', data), NO_LFS);
    expect(finding).toMatchObject({ ruleId: 'artifact/serialized-object', severity: 'high' });
  });

  it.skipIf(!hasPython)('looks into a PyTorch-style zip for data.pkl', () => {
    const zip = (payload: string) =>
      python(
        `import pickle, os, zipfile, io, collections\nclass P:\n    def __reduce__(self):\n        return (os.system, ('true',))\nbuf = io.BytesIO()\nwith zipfile.ZipFile(buf, 'w', zipfile.ZIP_STORED) as z:\n    z.writestr('archive/data.pkl', pickle.dumps(${payload}, protocol=2))\n    z.writestr('archive/data/0', bytes(16))\n    z.writestr('archive/version', '3\\n')\nout.write(buf.getvalue())`,
      );
    const evil = zip('collections.OrderedDict(w=P())');
    const entries = zipEntries(evil);
    expect(entries.map((entry) => entry.name)).toEqual([
      'archive/data.pkl',
      'archive/data/0',
      'archive/version',
    ]);
    const [bad] = judge.judge(input('ckpt/model.pt', evil), NO_LFS);
    expect(bad).toMatchObject({ ruleId: 'artifact/unsafe-pickle' });
    // Renamed, and read only from its start (the central directory cut off): still found.
    const [partial] = judge.judge(input('ckpt/model.dat', evil.subarray(0, 400), false), NO_LFS);
    expect(partial).toMatchObject({ ruleId: 'artifact/unsafe-pickle' });
    const [good] = judge.judge(
      input('ckpt/model.pt', zip('collections.OrderedDict(w=[1])')),
      NO_LFS,
    );
    expect(good).toMatchObject({ ruleId: 'artifact/model-weights' });
  });

  it('allows an LFS pointer, an LFS-tracked path and an approved path', () => {
    const pointer = bytes(
      'version https://git-lfs.github.com/spec/v1\noid sha256:',
      '0'.repeat(64),
      '\nsize 123\n',
    );
    expect(judge.judge(input('model.safetensors', pointer), NO_LFS)).toEqual([]);
    const lfs = parseGitattributes(
      '*.safetensors filter=lfs diff=lfs merge=lfs -text\nmodels/** filter=lfs\n',
    );
    expect(judge.judge(input('deep/dir/m.safetensors', safetensors()), lfs)).toEqual([]);
    expect(judge.judge(input('models/a/b.bin', safetensors()), lfs)).toEqual([]);
    expect(judge.judge(input('other/b.bin', safetensors()), lfs)).toHaveLength(1);
    // Staged, committed or in a pull request, a file Git LFS stores is a pointer: the author's
    // own .gitattributes line does not let the weights themselves in.
    const [raw] = judge.judge(input('deep/dir/m.safetensors', safetensors(), true, false), lfs);
    expect(raw?.ruleId).toBe('artifact/model-weights');
    expect(raw?.message).toContain('not an LFS pointer');
    expect(judge.judge(input('deep/dir/m.safetensors', pointer, true, false), lfs)).toEqual([]);
    // A pickle that imports code is reported even on a tracked path in the working tree.
    const evil = bytes('cposix\nsystem\n', "(S'true'\n", 'tR.');
    const pkl = parseGitattributes('*.pkl filter=lfs\n');
    expect(judge.judge(input('models/x.pkl', evil), pkl).map((f) => f.ruleId)).toEqual([
      'artifact/unsafe-pickle',
    ]);
    const approved = artifactJudge({
      approvedPaths: ['fixtures/**'],
      blockFromBytes: 0,
      allowImports: [],
    });
    expect(approved.judge(input('fixtures/m.safetensors', safetensors()), NO_LFS)).toEqual([]);
  });

  it('reports small artifacts without blocking under blockFromBytes, key stores always block', () => {
    const small = artifactJudge({ approvedPaths: [], blockFromBytes: 1024, allowImports: [] });
    expect(small.judge(input('m.safetensors', safetensors()), NO_LFS)[0]?.blocking).toBe(false);
    const jks = bytes([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]);
    expect(small.judge(input('release.keystore', jks), NO_LFS)[0]).toMatchObject({
      ruleId: 'artifact/key-store',
      blocking: true,
    });
  });

  it('gitattributes: last match wins, -filter unsets', () => {
    const lfs = parseGitattributes('*.bin filter=lfs\nvendor/*.bin -filter\n/top.pt filter=lfs\n');
    expect(lfs.tracks('a/b/c.bin')).toBe(true);
    expect(lfs.tracks('vendor/x.bin')).toBe(false);
    expect(lfs.tracks('top.pt')).toBe(true);
    expect(lfs.tracks('sub/top.pt')).toBe(false);
  });
});
