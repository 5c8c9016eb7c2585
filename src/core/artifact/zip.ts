/**
 * Just enough of the zip format to find the pickles inside a PyTorch checkpoint
 * (`<name>/data.pkl`, stored uncompressed, as torch.save writes them) or a NumPy `.npz`: the
 * entries listed by the central directory when the whole file is at hand, else by walking the
 * local file headers from the start (a file read only in part). Deflated entries are inflated
 * (up to INFLATE_CAP bytes each and INFLATE_BUDGET for the whole zip, so a zip of many small
 * entries that inflate to much more costs bounded work: an author can compress a pickle to hide
 * its imports); an entry whose bytes are not all at hand, in another method, or past the budget
 * is listed without its data (`data` undefined): its content was not checked (`unread` says
 * when the budget was the reason: any such entry may be the pickle, so the caller fails closed).
 */
import { createRequire } from 'node:module';

type Zlib = typeof import('node:zlib');

const load = createRequire(import.meta.url);
let loaded: Zlib | undefined;

/**
 * node:zlib, loaded on the first compressed artifact rather than imported: loading it is
 * start-up cost every scan and pre-commit run paid, although most never inflate anything.
 */
export function loadZlib(): Zlib {
  loaded ??= load('node:zlib') as Zlib;
  return loaded;
}

/** The most bytes an entry is inflated to (the pickle read cap of the sources). */
export const INFLATE_CAP = 8 * 1024 * 1024;

/** The most bytes all the entries of one zip are inflated to, together. */
export const INFLATE_BUDGET = 8 * INFLATE_CAP;

/** What is left of a zip's inflate budget, in bytes. */
interface Budget {
  left: number;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated, … */
  method: number;
  /** The entry's bytes (inflated) when within the bytes given; undefined otherwise. */
  data?: Uint8Array;
  /** Inflating stopped at INFLATE_CAP: `data` is the entry's start. */
  cut?: boolean;
  /** A deflated entry left unread because the zip's inflate budget was spent. */
  unread?: 'budget';
}

/** The entry's content from its stored or deflated bytes; false when it cannot be had. */
function content(
  method: number,
  raw: Uint8Array,
  budget: Budget,
): { data: Uint8Array; cut: boolean } | 'budget' | false {
  if (method === 0) return { data: raw, cut: false };
  if (method !== 8) return false;
  if (budget.left <= 0) return 'budget';
  const cap = Math.min(INFLATE_CAP, budget.left);
  try {
    const data = loadZlib().inflateRawSync(raw, { maxOutputLength: cap });
    budget.left -= data.length;
    return { data, cut: false };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') return false;
    // Only the per-entry cap cuts an entry to its start; what is left of the budget does not
    // (a few bytes of a pickle would read as a pickle read in part, not as unread).
    if (cap < INFLATE_CAP) return 'budget';
    const start = inflateStart(loadZlib().inflateRawSync, raw, cap, () => {
      budget.left -= cap; // each try may inflate up to the cap
    });
    return { data: start ?? new Uint8Array(0), cut: true };
  }
}

/**
 * The start of what `bytes` inflate to, when that is more than `cap` (`inflate`: raw deflate,
 * zlib or gzip): inflating a prefix of a stream yields a prefix of its output (an incomplete
 * stream), so the prefix is halved until its output fits. Null when none fits. `onTry` is
 * called before each try.
 */
export function inflateStart(
  inflate: Zlib['inflateRawSync'],
  bytes: Uint8Array,
  cap: number,
  onTry?: () => void,
): Uint8Array | null {
  for (let take = Math.min(bytes.length, cap); take > 0; take = Math.floor(take / 2)) {
    onTry?.();
    try {
      return inflate(bytes.subarray(0, take), {
        maxOutputLength: cap,
        finishFlush: 2, // Z_SYNC_FLUSH: keep what an incomplete stream gave
      });
    } catch {
      // still too large
    }
  }
  return null;
}

function withContent(entry: ZipEntry, method: number, raw: Uint8Array, budget: Budget): ZipEntry {
  const found = content(method, raw, budget);
  if (found === false) return entry;
  if (found === 'budget') return { ...entry, unread: 'budget' };
  return found.cut ? { ...entry, data: found.data, cut: true } : { ...entry, data: found.data };
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The entries of a zip held (wholly or from its start) in `bytes`. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const budget = { left: INFLATE_BUDGET };
  return fromCentralDirectory(bytes, view, budget) ?? fromLocalHeaders(bytes, view, budget);
}

/** The names of the entries of a zip held (wholly or from its start) in `bytes`; no content. */
export function zipNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = fromCentralDirectory(bytes, view, null) ?? fromLocalHeaders(bytes, view, null);
  return entries.map((entry) => entry.name);
}

function name(bytes: Uint8Array, at: number, length: number): string {
  return new TextDecoder().decode(bytes.subarray(at, at + length));
}

function fromCentralDirectory(
  bytes: Uint8Array,
  view: DataView,
  read: Budget | null,
): ZipEntry[] | null {
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= floor; at--) {
    if (view.getUint32(at, true) === END) {
      end = at;
      break;
    }
  }
  if (end === -1) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true); // compressed size
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    let entry: ZipEntry = { name: name(bytes, at + 46, nameLength), method };
    if (read !== null && local + 30 <= bytes.length && view.getUint32(local, true) === LOCAL) {
      const start =
        local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + size <= bytes.length) {
        entry = withContent(entry, method, bytes.subarray(start, start + size), read);
      }
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function fromLocalHeaders(bytes: Uint8Array, view: DataView, read: Budget | null): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && view.getUint32(at, true) === LOCAL) {
    const flags = view.getUint16(at + 6, true);
    const method = view.getUint16(at + 8, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const start = at + 30 + nameLength + extraLength;
    if (start > bytes.length) break;
    let entry: ZipEntry = { name: name(bytes, at + 30, nameLength), method };
    // Sizes after the data (flag bit 3): the next header cannot be found without them.
    const sized = (flags & 0x08) === 0 || size > 0;
    if (read !== null && sized && start + size <= bytes.length) {
      entry = withContent(entry, method, bytes.subarray(start, start + size), read);
    }
    entries.push(entry);
    if (!sized) break;
    at = start + size;
  }
  return entries;
}
