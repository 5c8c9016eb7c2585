/**
 * Just enough of the zip format to find the pickles inside a PyTorch checkpoint
 * (`<name>/data.pkl`, stored uncompressed, as torch.save writes them) or a NumPy `.npz`: the
 * entries listed by the central directory when the whole file is at hand, else by walking the
 * local file headers from the start (a file read only in part). Compressed entries are listed
 * without their data (`data` undefined): their content was not checked.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated, … */
  method: number;
  /** The entry's bytes when stored and within the bytes given; undefined otherwise. */
  data?: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The entries of a zip held (wholly or from its start) in `bytes`. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return fromCentralDirectory(bytes, view) ?? fromLocalHeaders(bytes, view);
}

function name(bytes: Uint8Array, at: number, length: number): string {
  return new TextDecoder().decode(bytes.subarray(at, at + length));
}

function fromCentralDirectory(bytes: Uint8Array, view: DataView): ZipEntry[] | null {
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
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const entry: ZipEntry = { name: name(bytes, at + 46, nameLength), method };
    if (method === 0 && local + 30 <= bytes.length && view.getUint32(local, true) === LOCAL) {
      const start =
        local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + size <= bytes.length) entry.data = bytes.subarray(start, start + size);
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function fromLocalHeaders(bytes: Uint8Array, view: DataView): ZipEntry[] {
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
    const entry: ZipEntry = { name: name(bytes, at + 30, nameLength), method };
    // Sizes after the data (flag bit 3): the next header cannot be found without them.
    const sized = (flags & 0x08) === 0 || size > 0;
    if (method === 0 && sized && start + size <= bytes.length) {
      entry.data = bytes.subarray(start, start + size);
    }
    entries.push(entry);
    if (!sized) break;
    at = start + size;
  }
  return entries;
}
