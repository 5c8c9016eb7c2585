/**
 * Property-based tests (fast-check) of the readers the AI guardrails run over bytes and text a
 * change's author controls: the pickle disassembler, the zip reader (PyTorch checkpoints,
 * `.npz`), the artifact family as a whole, `.gitattributes` (Git LFS tracking) and the
 * personal-data detector. Whatever the input, each answers — never an exception, a hang or a
 * value echoed back — and a pickle that imports code is never read as a complete, safe one
 * however it is cut off or padded. Runs are bounded: ~200 inputs per property, a time limit per
 * property, and a per-test timeout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ArtifactInput, artifactJudge } from '../../src/core/artifact/family.js';
import { NO_LFS, parseGitattributes } from '../../src/core/artifact/lfs.js';
import { analysePickle, SAFE_IMPORTS } from '../../src/core/artifact/pickle.js';
import { classifyArtifact } from '../../src/core/artifact/signatures.js';
import { zipEntries } from '../../src/core/artifact/zip.js';
import { judgePersonalData } from '../../src/core/pii/detect.js';
import { zipOf } from '../support/archives.js';

const RUNS = { numRuns: 200, interruptAfterTimeLimit: 20_000 } as const;
const TIMEOUT = 60_000;

const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));

/** A protocol-2 pickle that calls `module.name(arg)`: GLOBAL, a string, TUPLE1, REDUCE, STOP. */
function callingPickle(module: string, name: string, arg: string): Uint8Array {
  return concat(
    Uint8Array.from([0x80, 0x02]),
    latin1(`c${module}\n${name}\n`),
    latin1('X'),
    Uint8Array.from([arg.length, 0, 0, 0]),
    latin1(arg),
    Uint8Array.from([0x85]),
    latin1('R.'),
  );
}

/** Bytes made of pickle opcodes and their usual arguments, so inputs get past the first byte. */
const OPCODE_PIECES = [
  [0x80, 0x02],
  [0x80, 0x05],
  [0x95, 1, 0, 0, 0, 0, 0, 0, 0],
  [...latin1('cos\nsystem\n')],
  [...latin1('cbuiltins\neval\n')],
  [0x8c, 0x02, 0x6f, 0x73],
  [0x8c, 0x06, ...latin1('system')],
  [0x93],
  [0x94],
  [0x68, 0x00],
  [0x6a, 0x00, 0x00, 0x00, 0x00],
  [0x52],
  [0x81],
  [0x92],
  [0x28],
  [0x29],
  [0x5d],
  [0x7d],
  [0x85],
  [0x86],
  [0x2e],
  [0x58, 0x03, 0, 0, 0, ...latin1('abc')],
  [0x58, 0xff, 0xff, 0xff, 0x7f],
  [0x69, ...latin1('os\nsystem\n')],
  [0x4b, 0x07],
];
const pickleish = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...OPCODE_PIECES),
        fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 }),
      ),
      { maxLength: 40 },
    )
    .map((pieces) => Uint8Array.from(pieces.flat())),
);

describe('analysePickle', () => {
  it(
    'answers on arbitrary bytes, and reports every import outside the allowlist (default-deny)',
    () => {
      fc.assert(
        fc.property(pickleish, (data) => {
          const report = analysePickle(data);
          for (const name of report.imports) {
            if (!SAFE_IMPORTS.has(name)) expect(report.unsafe).toContain(name);
          }
          for (const name of report.calls) expect(typeof name).toBe('string');
          expect(report.protocol).toBeGreaterThanOrEqual(0);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'never reads a code-importing pickle as complete and safe, however it is cut or followed',
    () => {
      const evil = callingPickle('os', 'system', 'id');
      expect(analysePickle(evil).unsafe).not.toEqual([]);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: evil.length }),
          fc.uint8Array({ maxLength: 64 }),
          (cut, tail) => {
            const report = analysePickle(concat(evil.subarray(0, cut), tail));
            // Either the walk could not finish, or it names the import: never a clean pass
            // while the GLOBAL was read.
            const readGlobal = cut >= 2 + 'cos\nsystem\n'.length;
            if (readGlobal) {
              expect(report.unsafe.length > 0 || report.incomplete !== undefined).toBe(true);
            }
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it('is linear: a megabyte of MARK opcodes, or of memo puts, answers at once', () => {
    for (const data of [
      new Uint8Array(1 << 20).fill(0x28),
      Uint8Array.from({ length: 1 << 20 }, (_, i) => (i % 2 === 0 ? 0x29 : 0x94)),
    ]) {
      const start = performance.now();
      analysePickle(data);
      expect(performance.now() - start).toBeLessThan(2_000);
    }
  });
});

const zipish = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc
    .tuple(
      fc.array(
        fc.record({
          name: fc.oneof(
            fc.constantFrom('archive/data.pkl', 'x/data/0', 'a.npy'),
            fc.string({ maxLength: 12 }),
          ),
          data: fc.uint8Array({ maxLength: 40 }),
        }),
        { maxLength: 4 },
      ),
      fc.boolean(),
      fc.integer({ min: 0, max: 400 }),
      fc.uint8Array({ maxLength: 16 }),
    )
    // Whole, cut anywhere, or with its bytes flipped at one place.
    .map(([entries, central, cut, noise]) => {
      const whole = zipOf(entries, central);
      const cutAt = Math.min(cut, whole.length);
      const flipped = Uint8Array.from(whole);
      const at = cut % Math.max(1, flipped.length);
      if (flipped.length > 0) flipped[at] = (flipped[at] ?? 0) ^ 0xff;
      return [whole, concat(whole.subarray(0, cutAt), noise), flipped][cut % 3] ?? whole;
    }),
);

describe('zipEntries', () => {
  it(
    'answers on arbitrary, cut and corrupted zips, with entries inside the bytes given',
    () => {
      fc.assert(
        fc.property(zipish, (data) => {
          const entries = zipEntries(data);
          for (const entry of entries) {
            expect(typeof entry.name).toBe('string');
            if (entry.data !== undefined) {
              expect(entry.data.length).toBeLessThanOrEqual(data.length);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it('lists the pickle of a well-formed checkpoint, with or without its central directory', () => {
    const pickle = callingPickle('os', 'system', 'id');
    for (const central of [true, false]) {
      const entries = zipEntries(zipOf([{ name: 'archive/data.pkl', data: pickle }], central));
      expect(entries.map((e) => e.name)).toEqual(['archive/data.pkl']);
      expect(Buffer.from(entries[0]?.data ?? []).equals(Buffer.from(pickle))).toBe(true);
    }
  });
});

describe('a PyTorch-style checkpoint composed here (the Python-made one needs Python)', () => {
  const judge = artifactJudge();
  const checkpoint = (pickle: Uint8Array, central: boolean) =>
    zipOf(
      [
        { name: 'archive/data.pkl', data: pickle },
        { name: 'archive/data/0', data: new Uint8Array(16) },
        { name: 'archive/version', data: latin1('3\n') },
      ],
      central,
    );
  const input = (path: string, data: Uint8Array, whole = true): ArtifactInput => ({
    path,
    size: data.length,
    bytes: data,
    whole,
    worktree: false,
  });
  // A dict of lists, protocol 2: PROTO, EMPTY_DICT, SHORT_BINUNICODE 'w', EMPTY_LIST,
  // BININT1 1, APPEND, SETITEM, STOP.
  const safe = Uint8Array.from([
    0x80, 0x02, 0x7d, 0x8c, 0x01, 0x77, 0x5d, 0x4b, 0x01, 0x61, 0x73, 0x2e,
  ]);

  it('its data.pkl importing os.system is critical, whole, renamed or read only from its start', () => {
    const evil = checkpoint(callingPickle('os', 'system', 'id'), true);
    for (const [path, data, whole] of [
      ['ckpt/model.pt', evil, true],
      ['ckpt/model.dat', evil, true],
      ['ckpt/model.pt', checkpoint(callingPickle('os', 'system', 'id'), false), false],
    ] as const) {
      const findings = judge.judge(input(path, data, whole), NO_LFS);
      expect(
        findings.map((f) => [f.ruleId, f.severity, f.blocking]),
        path,
      ).toEqual([['artifact/unsafe-pickle', 'critical', true]]);
    }
  });

  it('a standalone pickle of a dict of lists is a serialized object, not an unsafe one', () => {
    const findings = judge.judge(input('data/features.pkl', safe), NO_LFS);
    expect(findings.map((f) => f.ruleId)).toEqual(['artifact/serialized-object']);
  });

  it('with only data inside it is model weights, not an unsafe pickle', () => {
    expect(analysePickle(safe)).toMatchObject({ unsafe: [], imports: [] });
    const findings = judge.judge(input('ckpt/model.pt', checkpoint(safe, true)), NO_LFS);
    expect(findings.map((f) => f.ruleId)).toEqual(['artifact/model-weights']);
  });
});

describe('the artifact family on arbitrary files', () => {
  const judge = artifactJudge();
  const names = fc.oneof(
    fc.constantFrom(
      'model.pt',
      'model.pkl',
      'w.safetensors',
      'x.npz',
      'data.bin',
      'k.jks',
      'README.md',
      'm.onnx',
    ),
    fc.string({ maxLength: 16 }).map((s) => `f/${s.replace(/\//g, '_')}`),
  );
  it(
    'classifies and judges any bytes under any name without throwing',
    () => {
      fc.assert(
        fc.property(names, fc.oneof(pickleish, zipish), fc.boolean(), (path, data, whole) => {
          classifyArtifact(path, data);
          const input: ArtifactInput = {
            path,
            size: data.length,
            bytes: data,
            whole,
            worktree: true,
          };
          const judged = judge.judge(input, NO_LFS);
          expect(Array.isArray(judged)).toBe(true);
          for (const finding of judged) expect(finding.path).toBe(path);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('parseGitattributes (Git LFS tracking)', () => {
  const line = fc
    .tuple(
      fc.oneof(
        fc.constantFrom(
          '*.pkl',
          '/models/',
          'a/**/b',
          '[ab]*.pt',
          '!x',
          '\\#x',
          '[attr]binary',
          '**',
          '*',
          '"q t"',
        ),
        fc.string({ maxLength: 12 }),
      ),
      fc.array(
        fc.oneof(
          fc.constantFrom('filter=lfs', '-filter', '!filter', 'filter=x', 'diff=lfs', '-text'),
          fc.string({ maxLength: 6 }),
        ),
        { maxLength: 3 },
      ),
    )
    .map(([pattern, attributes]) => [pattern, ...attributes].join(' '));
  it(
    'reads any file, in any folder, and answers for any path',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.array(line, { maxLength: 8 }).map((l) => l.join('\n')),
          ),
          fc.constantFrom('', 'models', 'a/b'),
          fc.oneof(
            fc.constantFrom('models/m.pkl', 'a/b/c.pt', 'x.pkl'),
            fc.string({ maxLength: 20 }),
          ),
          (text, dir, path) => {
            const tracking = parseGitattributes(text, dir);
            expect(typeof tracking.tracks(path)).toBe('boolean');
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('the personal-data detector', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      'ana@mailbox.net',
      '@',
      '+1 415 555 0100',
      '(212) 555-0199',
      '4111 1111 1111 1111',
      'DE89 3704 0044 0532 0130 00',
      '123-45-6789',
      '12345678Z',
      ',',
      '\n',
      '"',
      '0',
    ),
    fc.string({ maxLength: 12 }),
    fc.stringMatching(/^[0-9 -]{1,40}$/),
  );
  const dataText = fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(''));
  it(
    'counts any text and says only counts: no value of the file comes back',
    () => {
      fc.assert(
        fc.property(dataText, (text) => {
          const finding = judgePersonalData('exports/people.csv', text);
          if (finding === null) return;
          expect(finding.redacted).toMatch(/^\d+ [a-zA-Z. -]+(?:, \d+ [a-zA-Z. -]+)*$/);
          const digits = text.match(/\d{6,}|[^\s,@"]+@[^\s,"]+/g) ?? [];
          for (const value of digits) {
            expect(finding.message).not.toContain(value);
            expect(finding.redacted).not.toContain(value);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it('is linear on hostile text: long digit runs, many @, long lines', () => {
    for (const text of [
      '1'.repeat(500_000),
      '@'.repeat(500_000),
      `${'a'.repeat(250_000)}@${'b.'.repeat(100_000)}`,
      '1 '.repeat(250_000),
      '1-'.repeat(250_000),
    ]) {
      const start = performance.now();
      judgePersonalData('exports/x.csv', text);
      expect(performance.now() - start, `${text.slice(0, 10)}…`).toBeLessThan(3_000);
    }
  });
});
