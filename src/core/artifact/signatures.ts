/**
 * What kind of artifact a file is — model weights, a serialized Python object, an array or table
 * dump, a key store — from its first bytes (content signature) and, failing that, its name. A
 * renamed file is caught by its bytes; a file whose bytes are not at hand (a too-large file the
 * source did not read) by its name. Pure: the caller hands over the bytes it read.
 *
 * Long because the signature table, the name fallback and what a source must read past a
 * file's start to judge it (pickles, zips) are one classification, best read together.
 */

import { looksLikePickle, pickleLikeness } from './pickle.js';
import { zipNames } from './zip.js';

/** Bytes of a file's start that signatures look at (safetensors' JSON header may be longer). */
export const SIGNATURE_BYTES = 4096;

export type ArtifactCategory = 'model' | 'pickle' | 'array' | 'keystore';

export interface ArtifactType {
  /** Stable id, e.g. `safetensors`, `pickle`, `pytorch-zip`. */
  id: string;
  /** Human name for messages, e.g. "safetensors weights". */
  name: string;
  category: ArtifactCategory;
}

export interface Classification extends ArtifactType {
  /** How it was recognised: by its bytes (a renamed file too) or by its name only. */
  by: 'content' | 'name';
}

const T = (id: string, name: string, category: ArtifactCategory): ArtifactType => ({
  id,
  name,
  category,
});

export const TYPES = {
  safetensors: T('safetensors', 'safetensors weights', 'model'),
  pickle: T('pickle', 'Python pickle', 'pickle'),
  pytorchZip: T('pytorch-zip', 'PyTorch checkpoint (zip with data.pkl)', 'model'),
  gguf: T('gguf', 'GGUF model', 'model'),
  hdf5: T('hdf5', 'HDF5 file (Keras/TF weights)', 'model'),
  onnx: T('onnx', 'ONNX model', 'model'),
  tflite: T('tflite', 'TensorFlow Lite model', 'model'),
  tfPb: T('tensorflow-pb', 'TensorFlow graph (protobuf)', 'model'),
  coreml: T('coreml', 'Core ML model', 'model'),
  keras: T('keras', 'Keras model archive', 'model'),
  checkpoint: T('checkpoint', 'model checkpoint', 'model'),
  joblib: T('joblib', 'joblib/dill serialized object', 'pickle'),
  pickleZip: T('pickle-zip', 'zip archive holding a pickle', 'pickle'),
  numpy: T('numpy', 'NumPy array', 'array'),
  npz: T('npz', 'NumPy archive (.npz)', 'array'),
  parquet: T('parquet', 'Parquet table', 'array'),
  arrow: T('arrow', 'Arrow/Feather table', 'array'),
  avro: T('avro', 'Avro container', 'array'),
  pkcs12: T('pkcs12', 'PKCS#12 key store', 'keystore'),
  jks: T('jks', 'Java key store', 'keystore'),
} as const satisfies Record<string, ArtifactType>;

/** Extensions that name an artifact (lower case, without the dot). */
const BY_EXTENSION: ReadonlyMap<string, ArtifactType> = new Map([
  ['safetensors', TYPES.safetensors],
  ['pt', TYPES.checkpoint],
  ['pth', TYPES.checkpoint],
  ['ckpt', TYPES.checkpoint],
  ['onnx', TYPES.onnx],
  ['gguf', TYPES.gguf],
  ['ggml', TYPES.gguf],
  ['h5', TYPES.hdf5],
  ['hdf5', TYPES.hdf5],
  ['keras', TYPES.keras],
  ['tflite', TYPES.tflite],
  ['mlmodel', TYPES.coreml],
  ['pkl', TYPES.pickle],
  ['pickle', TYPES.pickle],
  ['joblib', TYPES.joblib],
  ['dill', TYPES.joblib],
  ['npy', TYPES.numpy],
  ['npz', TYPES.npz],
  ['parquet', TYPES.parquet],
  ['arrow', TYPES.arrow],
  ['feather', TYPES.arrow],
  ['avro', TYPES.avro],
  ['p12', TYPES.pkcs12],
  ['pfx', TYPES.pkcs12],
  ['jks', TYPES.jks],
  ['keystore', TYPES.jks],
]);

/** `.pb` and `.bin` are artifacts only with a matching content signature (too common else). */
const CONTENT_ONLY_EXTENSIONS = new Set(['pb', 'bin']);

/** Compression suffixes a loader (pandas, joblib) sees through: `model.pkl.gz` is a pickle. */
const COMPRESSED = /\.(?:gz|bz2|xz|lzma|zst|z)$/i;

function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(COMPRESSED, '');
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** Whether the name alone says the file may be an artifact (then its bytes are worth reading). */
export function isArtifactName(path: string): boolean {
  const ext = extensionOf(path);
  return BY_EXTENSION.has(ext) || CONTENT_ONLY_EXTENSIONS.has(ext);
}

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (head.length < at + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (head[at + i] !== bytes[i]) return false;
  return true;
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** safetensors: u64 LE header length, then that many bytes of JSON starting with `{`. */
function isSafetensors(head: Uint8Array): boolean {
  if (head.length < 10) return false;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const low = view.getUint32(0, true);
  const high = view.getUint32(4, true);
  // Headers are capped at 100 MB by the format's reference implementation.
  if (high !== 0 || low < 2 || low > 100_000_000) return false;
  return head[8] === 0x7b && (head[9] === 0x22 || head[9] === 0x7d); // `{"` or `{}`
}

/** A zip's first local file header and whether one of its entries is a torch `data.pkl`. */
function zipKind(head: Uint8Array, path: string): ArtifactType | null {
  if (!startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return null;
  const text = latin1(head.subarray(0, SIGNATURE_BYTES));
  if (
    /(?:^|\/)data\.pkl/.test(text) ||
    text.includes('/data/0') ||
    text.includes('.data/version')
  ) {
    return TYPES.pytorchZip;
  }
  const ext = extensionOf(path);
  if (ext === 'npz' || /\.npy/.test(text)) return TYPES.npz;
  if (zipNames(head).some(isPickleName)) {
    return TYPES.pickleZip;
  }
  if (ext === 'keras' || text.includes('model.weights.h5') || text.includes('config.json')) {
    return ext === 'keras' || text.includes('model.weights.h5') ? TYPES.keras : null;
  }
  return null;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

/**
 * ONNX: a protobuf ModelProto starts with field 1 (ir_version, varint: byte 0x08) and a small
 * version, and names its producer early (field 2, `producer_name`) or a graph (field 7).
 */
function isOnnx(head: Uint8Array, ext: string): boolean {
  if (head[0] !== 0x08 || (head[1] ?? 0) === 0 || (head[1] ?? 0) > 20) return false;
  if (ext === 'onnx') return true;
  const text = latin1(head.subarray(0, 256));
  return /\x12[\x01-\x7f](?:pytorch|onnx|tf2onnx|skl2onnx|keras2onnx|onnxmltools)/i.test(text);
}

/** Pickle protocol 2–5 (`\x80 N`), then a plausible first opcode. */
function isPickle(head: Uint8Array): boolean {
  if (head[0] !== 0x80) return false;
  const proto = head[1] ?? 0;
  return proto >= 2 && proto <= 5 && head.length >= 3;
}

/**
 * The artifact type of a file from its first bytes (`head`, SIGNATURE_BYTES is enough) and
 * its path, or null when it is none. Content wins over the name: a `.bin` with a pickle inside
 * is a pickle, a `weights.txt` holding safetensors is safetensors.
 */
export function classifyArtifact(
  path: string,
  head: Uint8Array | undefined,
  whole = head === undefined || head.length < SIGNATURE_BYTES,
): Classification | null {
  const ext = extensionOf(path);
  if (head !== undefined && head.length > 0) {
    const found = classifyContent(path, head, ext, whole);
    if (found !== null) return { ...found, by: 'content' };
  }
  const named = BY_EXTENSION.get(ext);
  return named === undefined ? null : { ...named, by: 'name' };
}

function classifyContent(
  path: string,
  head: Uint8Array,
  ext: string,
  whole: boolean,
): ArtifactType | null {
  const pickle = ext === 'joblib' || ext === 'dill' ? TYPES.joblib : TYPES.pickle;
  if (isPickle(head)) return pickle;
  if (startsWith(head, ascii('GGUF'))) return TYPES.gguf;
  if (startsWith(head, [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.hdf5;
  if (startsWith(head, [0x93, ...ascii('NUMPY')])) return TYPES.numpy;
  if (startsWith(head, ascii('PAR1'))) return TYPES.parquet;
  if (startsWith(head, ascii('ARROW1'))) return TYPES.arrow;
  if (startsWith(head, [...ascii('Obj'), 0x01])) return TYPES.avro;
  if (startsWith(head, ascii('TFL3'), 4)) return TYPES.tflite;
  if (startsWith(head, [0xfe, 0xed, 0xfe, 0xed])) return TYPES.jks;
  const zip = zipKind(head, path);
  if (zip !== null) return zip;
  if (isSafetensors(head)) return TYPES.safetensors;
  if (isOnnx(head, ext)) return TYPES.onnx;
  // PKCS#12: a DER SEQUENCE holding INTEGER 3 (the version) — only with its name, DER is common.
  if ((ext === 'p12' || ext === 'pfx') && head[0] === 0x30) return TYPES.pkcs12;
  if (ext === 'pb' && head[0] === 0x0a) return TYPES.tfPb;
  // A pickle without a leading PROTO (protocols 0 and 1, or one behind a harmless opcode).
  if (mayOpenPickle(head[0] ?? 0) && looksLikePickle(head, whole)) return pickle;
  return null;
}

/** A zip entry's name that says pickle (`data.pkl`, `model.joblib`): its loader unpickles it. */
const PICKLE_NAME = /\.(?:pkl|pickle|joblib|dill)$/i;

export function isPickleName(name: string): boolean {
  return PICKLE_NAME.test(name);
}

/**
 * Opcodes a pickle can open with (a value, a mark, an import, a memo read, a frame): only files
 * starting with one are walked as a pickle.
 */
const PICKLE_FIRST_OPCODES: ReadonlySet<number> = new Set(
  [...'()]}NIJKLMFGSTUVXBCcgh\x80\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x95\x96\x97'].map((c) =>
    c.charCodeAt(0),
  ),
);

const ENCODER = new TextEncoder();

export function mayOpenPickle(firstByte: number): boolean {
  return PICKLE_FIRST_OPCODES.has(firstByte);
}

/** The characters of a text's start walked first by mayBeTextPickle. */
const TEXT_PICKLE_START = 512;

/**
 * Whether a text file read whole may be a protocol-0 pickle (which is text): it opens with a
 * pickle opcode and its first bytes walk as a pickle — or walk without a fault and import
 * nothing yet (a long harmless value first), and then the whole text does. Cheap for ordinary
 * text, which faults within a few opcodes; only then is the whole text worth judging as a pickle.
 */
export function mayBeTextPickle(text: string): boolean {
  if (text.length < 4 || !mayOpenPickle(text.charCodeAt(0))) return false;
  const whole = text.length <= TEXT_PICKLE_START;
  const start = ENCODER.encode(whole ? text : text.slice(0, TEXT_PICKLE_START));
  const verdict = pickleLikeness(start, whole);
  if (verdict !== 'unknown') return verdict === 'pickle';
  return looksLikePickle(ENCODER.encode(text), true);
}

/**
 * Whether judging a file of this kind reads past its signature: a pickle's imports, the
 * pickles inside a zip (PyTorch, NumPy or any other), a NumPy object array's pickle, and a
 * file named as a checkpoint whatever its first bytes say. Other kinds are told by their first SIGNATURE_BYTES.
 */
export function readsPastSignature(kind: Classification): boolean {
  return (
    kind.category === 'pickle' ||
    kind.id === 'pytorch-zip' ||
    kind.id === 'npz' ||
    kind.id === 'numpy' ||
    kind.id === 'checkpoint'
  );
}

/**
 * Whether judging a file whose first SIGNATURE_BYTES are `start` (a source that reads a blob's
 * start first) needs more of it: a kind that reads past its signature (readsPastSignature); a
 * zip, whose entries are listed at its end (one whose first entries are not a pickle can still
 * hold one); and bytes that walk as a pickle without a fault and import nothing yet — a long
 * harmless value can come before the import of a pickle under any name.
 */
export function readsPastStart(path: string, start: Uint8Array): boolean {
  const kind = classifyArtifact(path, start);
  if (kind !== null) return readsPastSignature(kind);
  if (startsAsZip(start)) return true;
  return mayOpenPickle(start[0] ?? 0) && pickleLikeness(start, false) === 'unknown';
}

/**
 * Whether bytes (or text read from them) start as a zip: a zip of stored text files can pass
 * for text, and is still an archive that may hold a pickle — its sources keep its bytes too.
 */
export function startsAsZip(head: Uint8Array | string): boolean {
  if (typeof head === 'string') return head.startsWith('PK\u0003\u0004');
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * A Git LFS pointer file (the text that git stores in place of an LFS-tracked file): the
 * spec's lines and nothing else — `version`, optional `ext-N-…` lines, `oid sha256:…`,
 * `size N` — under 1024 bytes (git-lfs's own cut-off). A file that only starts like one (the
 * pointer's lines, then a zip that Python's zipfile still opens) is not a pointer.
 */
const LFS_POINTER =
  /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n(?:ext-\d-[A-Za-z0-9]+ sha256:[0-9a-f]{64}\n)*oid sha256:[0-9a-f]{64}\nsize \d{1,20}\n$/;

export function isLfsPointer(head: Uint8Array | string): boolean {
  if (head.length >= 1024) return false;
  return LFS_POINTER.test(typeof head === 'string' ? head : latin1(head));
}
