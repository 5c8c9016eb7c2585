/**
 * Property-based test (fast-check) of the zip reader's budget from an attacker's side: a pickle
 * that imports code, packed in a checkpoint or an `.npz` at any position among stored and
 * deflated entries of any size (some that inflate to more than the per-entry cap, enough of them
 * to spend the whole zip's budget), stored or deflated, under a pickle's name or another one, is
 * never judged as anything but an unsafe pickle when the whole file was read. Few runs: each
 * may inflate up to the budget.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { artifactJudge } from '../../src/core/artifact/family.js';
import { NO_LFS } from '../../src/core/artifact/lfs.js';
import { INFLATE_CAP } from '../../src/core/artifact/zip.js';
import { objectNpy, type ZipEntrySpec, zipOf } from '../support/archives.js';

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
          const entries: ZipEntrySpec[] = fillers.map(([size, how], i) => ({
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
