/**
 * Files composed byte by byte for the artifact tests: a zip (stored, deflated or
 * said-to-be-bzip2 entries, with or without its central directory) and a NumPy `.npy` of dtype
 * object, whose data is a pickle, and a `.safetensors` file.
 */
import { deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  data: Uint8Array;
  /** 0 stored (the default), 8 deflated, 12 said to be bzip2 (stored as is). */
  method?: 0 | 8 | 12;
}

/** A zip of `entries`: local headers and data, then (unless `central` is false) the directory. */
export function zipOf(entries: readonly ZipEntrySpec[], central = true): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, method = 0 } of entries) {
    const packed = method === 8 ? deflateRawSync(data) : Buffer.from(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(packed.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    const entry = Buffer.concat([local, nameBytes, packed]);
    locals.push(entry);
    centrals.push(Buffer.concat([header, nameBytes]));
    offset += entry.length;
  }
  if (!central) return Uint8Array.from(Buffer.concat(locals));
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Uint8Array.from(Buffer.concat([...locals, directory, end]));
}

/** A NumPy `.npy` of dtype object holding `pickle`. */
export function objectNpy(pickle: Uint8Array): Uint8Array {
  let header = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }";
  header = `${header}${' '.repeat(127 - 10 - header.length)}\n`;
  const length = Buffer.alloc(2);
  length.writeUInt16LE(header.length, 0);
  return Uint8Array.from(
    Buffer.concat([
      Buffer.from([0x93]),
      Buffer.from('NUMPY', 'latin1'),
      Buffer.from([1, 0]),
      length,
      Buffer.from(header, 'latin1'),
      pickle,
    ]),
  );
}

/** A `.safetensors` file of one F32 tensor of `count` values (`value(i)`, zeros by default). */
export function safetensors(count = 2, value: (i: number) => number = () => 0): Buffer {
  const header = JSON.stringify({
    w: { dtype: 'F32', shape: [count], data_offsets: [0, count * 4] },
  });
  const out = Buffer.alloc(8 + header.length + count * 4);
  out.writeUInt32LE(header.length, 0);
  out.write(header, 8, 'latin1');
  for (let i = 0; i < count; i++) out.writeFloatLE(value(i), 8 + header.length + i * 4);
  return out;
}
