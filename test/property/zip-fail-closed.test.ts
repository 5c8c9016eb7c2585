/**
 * Property-based test (fast-check) of the zip reader's budget from an attacker's side: a pickle
 * that imports code, packed in a checkpoint or an `.npz` at any position among stored and
 * deflated entries of any size (some that inflate to more than the per-entry cap, enough of them
 * to spend the whole zip's budget), stored or deflated, under a pickle's name or another one, is
 * never judged as anything but an unsafe pickle when the whole file was read. Few runs: each
 * may inflate up to the budget.
 */
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { artifactJudge } from '../../src/core/artifact/family.js';
import { NO_LFS } from '../../src/core/artifact/lfs.js';
import { INFLATE_CAP } from '../../src/core/artifact/zip.js';

const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

/** `posix.system('true')`, protocol 2. */
const EVIL = Uint8Array.from(
  Buffer.concat([
    Buffer.from([0x80, 0x02]),
    Buffer.from('cposix\nsystem\n(', 'latin1'),
    Buffer.from([0x55, 4]),
    Buffer.from('truetR.', 'latin1'),
  ]),
);

/** A NumPy `.npy` of dtype object holding `pickle`. */
function objectNpy(pickle: Uint8Array): Uint8Array {
  let header = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }";
  header = `${header}${' '.repeat(127 - 10 - header.length)}\n`;
  const length = Buffer.alloc(2);
  length.writeUInt16LE(header.length, 0);
  return Uint8Array.from(
    Buffer.concat([
      Buffer.from([0x93]),
      latin1('NUMPY'),
      Buffer.from([1, 0]),
      length,
      latin1(header),
      pickle,
    ]),
  );
}

type Entry = { name: string; data: Uint8Array; method: 0 | 8 };

/** A zip with its central directory. */
function zipOf(entries: Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, method } of entries) {
    const packed = method === 8 ? deflateRawSync(data) : Buffer.from(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    const entry = Buffer.concat([local, Buffer.from(name, 'latin1'), packed]);
    locals.push(entry);
    centrals.push(Buffer.concat([central, Buffer.from(name, 'latin1')]));
    offset += entry.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Uint8Array.from(Buffer.concat([...locals, directory, end]));
}

/** Sizes of filler entries of zeros: small, just under, at and just over the per-entry cap. */
const ZEROS = [16, INFLATE_CAP - 10, INFLATE_CAP, INFLATE_CAP + 1].map(
  (size) => new Uint8Array(size),
);

describe('a zip whose inflate budget an author spends', () => {
  const judge = artifactJudge();
  it('never lets an unsafe pickle in it pass, whatever entries come before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ckpt/model.pt', 'data/arrays.npz'),
        fc.array(fc.tuple(fc.nat(ZEROS.length - 1), fc.constantFrom<0 | 8>(0, 8, 8)), {
          maxLength: 12,
        }),
        fc.nat(12),
        fc.constantFrom('archive/data.pkl', 'evil.npy', 'payload'),
        fc.constantFrom<0 | 8>(0, 8),
        (path, fillers, at, name, method) => {
          const entries: Entry[] = fillers.map(([size, how], i) => ({
            // Stored fillers stay small: the file is to fit what a source reads whole.
            name: path.endsWith('.pt') ? `archive/data/${i}` : `f${i}.npy`,
            data: how === 0 ? (ZEROS[0] as Uint8Array) : (ZEROS[size] as Uint8Array),
            method: how,
          }));
          const evil = name.endsWith('.npy') ? objectNpy(EVIL) : EVIL;
          entries.splice(Math.min(at, entries.length), 0, { name, data: evil, method });
          if (path.endsWith('.pt'))
            entries.push({ name: 'archive/version', data: latin1('3\n'), method: 0 });
          const data = zipOf(entries);
          const findings = judge.judge(
            { path, size: data.length, bytes: data, whole: true },
            NO_LFS,
          );
          expect(findings.map((f) => [f.ruleId, f.blocking])).toEqual([
            ['artifact/unsafe-pickle', true],
          ]);
        },
      ),
      { numRuns: 25, interruptAfterTimeLimit: 30_000 },
    );
  }, 90_000);
});
