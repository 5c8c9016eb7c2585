/**
 * Where the pickles of an artifact are, and what they import: the file itself (after any
 * number of pickles, as a legacy torch.save file holds five), a gzip or zlib stream
 * (pandas, joblib), every zip entry that is named or walks like a pickle (a PyTorch checkpoint's
 * data.pkl, stored or deflated, a pickle an author packed under another name), and the pickle
 * of a NumPy object array (`.npy`, or inside an `.npz`). Where a pickle is known to be but
 * cannot be read, the report fails closed. Pure.
 */
import type { ArtifactInput } from './family.js';
import { analysePickle, looksLikePickle, type PickleReport } from './pickle.js';
import { isPickleName, startsAsZip } from './signatures.js';
import { INFLATE_BUDGET, INFLATE_CAP, inflateStart, loadZlib, zipEntries } from './zip.js';

/** The pickles of a file of artifact kind `kind` (`numpy`, `pytorch-zip`, …), or null. */
export function pickleReport(
  input: Pick<ArtifactInput, 'bytes' | 'whole'>,
  kind: string,
  allow: ReadonlySet<string>,
): PickleReport | null {
  const bytes = input.bytes;
  if (bytes === undefined || bytes.length === 0) return null;
  if (startsAsZip(bytes)) return zipPickles(bytes, input.whole, allow);
  if (kind === 'numpy') {
    const payload = objectArrayPickle(bytes);
    return payload === null ? null : wholeOrCut(analysePickle(payload, allow), input.whole);
  }
  const unpacked = decompressed(bytes);
  if (unpacked === false) return { ...NO_PICKLE, incomplete: 'malformed' };
  if (unpacked !== null) {
    return wholeOrCut(analysePickle(unpacked.data, allow), input.whole && !unpacked.cut);
  }
  return wholeOrCut(analysePickle(bytes, allow), input.whole);
}

/** A zip entry named as a pickle whose bytes could not be read (its name is not echoed). */
const UNREADABLE_ENTRY = '(a pickle packed in a way mandate cannot read)';

/** An entry left unread once the zip's inflate budget was spent (any entry may be a pickle). */
const UNREAD_ENTRY = `(an entry mandate did not unpack: the zip inflates to more than ${INFLATE_BUDGET / 2 ** 20} MiB)`;

const NO_PICKLE: PickleReport = { imports: [], unsafe: [], calls: [], protocol: 0 };

/** A pickle cut short although every byte was read is malformed, not truncated. */
function wholeOrCut(report: PickleReport, whole: boolean): PickleReport {
  return report.incomplete === 'truncated' && whole
    ? { ...report, incomplete: 'malformed' }
    : report;
}

/**
 * A gzip or zlib stream's content (pandas and joblib write compressed pickles), up to
 * INFLATE_CAP; null when the bytes are not compressed that way, false when they are but do not
 * inflate.
 */
function decompressed(bytes: Uint8Array): { data: Uint8Array; cut: boolean } | null | false {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const zlib = bytes[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(bytes[1] ?? 0);
  if (!gzip && !zlib) return null;
  const inflate = gzip ? loadZlib().gunzipSync : loadZlib().inflateSync;
  try {
    return { data: inflate(bytes, { maxOutputLength: INFLATE_CAP }), cut: false };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') return false;
    // More than the cap: the start of the stream.
    const data = inflateStart(inflate, bytes, INFLATE_CAP);
    return data === null ? false : { data, cut: true };
  }
}

/**
 * The pickle a NumPy `.npy` holds after its header when its dtype has objects (`|O`, or a
 * structured dtype with an object field); null for plain numbers.
 */
function objectArrayPickle(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length < 10) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6] ?? 1;
  const length =
    major === 1 ? view.getUint16(8, true) : bytes.length >= 12 ? view.getUint32(8, true) : 0;
  const start = (major === 1 ? 10 : 12) + length;
  const header = new TextDecoder('latin1').decode(bytes.subarray(major === 1 ? 10 : 12, start));
  if (!/['"][|<>=]?O\d*['"]/.test(header)) return null;
  return bytes.subarray(Math.min(start, bytes.length));
}

/**
 * Every pickle inside a zip: a PyTorch checkpoint's data.pkl, an npz's object arrays, a pickle
 * an author packed under another name (an entry is walked when its name or its bytes say
 * pickle). An entry named as a pickle whose bytes could not be had fails closed.
 */
function zipPickles(bytes: Uint8Array, whole: boolean, allow: ReadonlySet<string>): PickleReport {
  const merged: PickleReport = { ...NO_PICKLE, imports: [], unsafe: [], calls: [] };
  const join = (report: PickleReport, complete: boolean) => {
    for (const key of ['imports', 'unsafe', 'calls'] as const) {
      for (const name of report[key]) if (!merged[key].includes(name)) merged[key].push(name);
    }
    merged.protocol = Math.max(merged.protocol, report.protocol);
    if (report.incomplete === 'malformed' || (report.incomplete === 'truncated' && complete)) {
      merged.incomplete = 'malformed';
    } else if (report.incomplete === 'truncated' && merged.incomplete === undefined) {
      merged.incomplete = 'truncated';
    }
  };
  for (const entry of zipEntries(bytes)) {
    const named = isPickleName(entry.name);
    const data = entry.data;
    if (data === undefined) {
      if (entry.unread === 'budget') {
        // Past the budget its bytes were never looked at: a pickle under any name (an object
        // array `.npy` in an npz) could hide behind entries that inflate to much.
        if (!whole) merged.incomplete ??= 'truncated';
        else if (!merged.unsafe.includes(UNREAD_ENTRY)) merged.unsafe.push(UNREAD_ENTRY);
        continue;
      }
      if (!named) continue;
      // Its bytes were not all read (a file read in part), or it is packed in a way not read.
      if (!whole) merged.incomplete ??= 'truncated';
      else if (!merged.unsafe.includes(UNREADABLE_ENTRY)) merged.unsafe.push(UNREADABLE_ENTRY);
      continue;
    }
    const complete = entry.cut !== true;
    if (/\.npy$/i.test(entry.name) && data[0] === 0x93) {
      const payload = objectArrayPickle(data);
      if (payload !== null) {
        join(analysePickle(payload, allow), complete);
      }
      continue;
    }
    if (named || looksLikePickle(data, complete)) {
      join(analysePickle(data, allow), complete);
    }
  }
  // Read in part, a zip's later entries were never listed: any of them may be a pickle.
  if (!whole) merged.incomplete ??= 'truncated';
  return merged;
}
