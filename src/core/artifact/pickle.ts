/**
 * A pickle disassembler that executes nothing: it walks the opcodes (protocols 0–5), keeps a
 * symbolic stack and memo just deep enough to resolve what each GLOBAL, STACK_GLOBAL and INST
 * imports and what REDUCE, OBJ, NEWOBJ and NEWOBJ_EX call, and judges every import against an
 * allowlist of callables known to be safe (default-deny: a denylist misses `_posixsubprocess`,
 * `site`, `atexit` and the next one). Loading a pickle imports and calls exactly these, so a
 * pickle whose imports are all allowed cannot run code of its author's choosing.
 *
 * Long because a disassembler reads every opcode of protocols 0–5 in one loop over one symbolic
 * stack, and the allowlist it judges against is a table.
 */

/** Callables a pickle may import: containers, tensors and arrays rebuilt from data. */
export const SAFE_IMPORTS: ReadonlySet<string> = new Set([
  // Python containers and scalars
  'collections.OrderedDict',
  'collections.defaultdict',
  'collections.Counter',
  'collections.deque',
  ...['builtins', '__builtin__'].flatMap((m) =>
    [
      'set',
      'frozenset',
      'list',
      'dict',
      'tuple',
      'bytearray',
      'bytes',
      'complex',
      'slice',
      'range',
      'int',
      'float',
      'str',
      'bool',
      'object',
    ].map((name) => `${m}.${name}`),
  ),
  'copyreg._reconstructor',
  'copy_reg._reconstructor',
  '_codecs.encode',
  'datetime.datetime',
  'datetime.date',
  'datetime.time',
  'datetime.timedelta',
  'datetime.timezone',
  'decimal.Decimal',
  'uuid.UUID',
  // PyTorch state dicts and checkpoints
  'torch._utils._rebuild_tensor',
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_tensor_v3',
  'torch._utils._rebuild_parameter',
  'torch._utils._rebuild_parameter_with_state',
  'torch._utils._rebuild_qtensor',
  'torch._utils._rebuild_sparse_tensor',
  'torch._utils._rebuild_device_tensor_from_numpy',
  'torch._utils._rebuild_meta_tensor_no_storage',
  'torch._tensor._rebuild_from_type_v2',
  'torch.Size',
  'torch.device',
  'torch.Tensor',
  'torch.nn.parameter.Parameter',
  'torch.storage.UntypedStorage',
  'torch.storage.TypedStorage',
  ...[
    'Float',
    'Double',
    'Half',
    'BFloat16',
    'Long',
    'Int',
    'Short',
    'Char',
    'Byte',
    'Bool',
    'ComplexFloat',
    'ComplexDouble',
    'Untyped',
  ].map((kind) => `torch.${kind}Storage`),
  ...[
    'float16',
    'float32',
    'float64',
    'bfloat16',
    'int8',
    'int16',
    'int32',
    'int64',
    'uint8',
    'bool',
    'complex64',
    'complex128',
    'float8_e4m3fn',
    'float8_e5m2',
    'half',
    'float',
    'double',
    'long',
    'int',
  ].map((dtype) => `torch.${dtype}`),
  // NumPy arrays
  'numpy.core.multiarray._reconstruct',
  'numpy._core.multiarray._reconstruct',
  'numpy.core.multiarray.scalar',
  'numpy._core.multiarray.scalar',
  'numpy.ndarray',
  'numpy.dtype',
  'numpy.dtypes.Float32DType',
  'numpy.dtypes.Float64DType',
  'numpy.dtypes.Int64DType',
]);

export interface PickleReport {
  /** Every import (`module.name`), in first-seen order. */
  imports: string[];
  /** Imports outside the allowlist (or unresolvable ones, described), in first-seen order. */
  unsafe: string[];
  /** Imports that REDUCE, OBJ, NEWOBJ or INST call. */
  calls: string[];
  /** The highest protocol seen (PROTO), 0 when absent. */
  protocol: number;
  /**
   * Why the walk stopped before STOP: the bytes ran out (`truncated`: only part of the file was
   * read) or an opcode is unknown or malformed (`malformed`). Absent when STOP was reached.
   */
  incomplete?: 'truncated' | 'malformed';
}

type Value = { t: 'str'; v: string } | { t: 'global'; v: string } | { t: 'other' } | { t: 'mark' };

const OTHER: Value = { t: 'other' };
const MARK: Value = { t: 'mark' };

class Truncated extends Error {}
class Malformed extends Error {}
/**
 * Thrown as these two (caught in analysePickle, never seen outside): most text files that open
 * with a pickle opcode fault within a few bytes, and a new Error per fault captured a stack
 * trace each time (a third of the check's cost on real code).
 */
const TRUNCATED = new Truncated();
const MALFORMED = new Malformed();

/** Reads a pickle's opcodes; see the module comment. `allow` extends SAFE_IMPORTS. */
export function analysePickle(
  bytes: Uint8Array,
  allow: ReadonlySet<string> = new Set(),
): PickleReport {
  const imports: string[] = [];
  const unsafe: string[] = [];
  const calls: string[] = [];
  const seen = new Set<string>();
  const called = new Set<string>();
  const stack: Value[] = [];
  const memo = new Map<number, Value>();
  let protocol = 0;
  let pos = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  const need = (n: number) => {
    if (pos + n > bytes.length) throw TRUNCATED;
  };
  const u8 = () => {
    need(1);
    return bytes[pos++] as number;
  };
  const u16 = () => {
    need(2);
    const v = view.getUint16(pos, true);
    pos += 2;
    return v;
  };
  const u32 = () => {
    need(4);
    const v = view.getUint32(pos, true);
    pos += 4;
    return v;
  };
  const u64 = () => {
    need(8);
    const low = view.getUint32(pos, true);
    const high = view.getUint32(pos + 4, true);
    pos += 8;
    if (high > 0x1fffff) throw MALFORMED;
    return high * 2 ** 32 + low;
  };
  const take = (n: number): Uint8Array => {
    need(n);
    const out = bytes.subarray(pos, pos + n);
    pos += n;
    return out;
  };
  const line = (): string => {
    const end = bytes.indexOf(0x0a, pos);
    if (end === -1) throw TRUNCATED;
    const out = latin1(bytes.subarray(pos, end));
    pos = end + 1;
    return out;
  };
  const pop = (): Value => {
    const v = stack.pop();
    if (v === undefined || v.t === 'mark') throw MALFORMED;
    return v;
  };
  const popMark = (): Value[] => {
    const items: Value[] = [];
    for (;;) {
      const v = stack.pop();
      if (v === undefined) throw MALFORMED;
      if (v.t === 'mark') return items.reverse();
      items.push(v);
    }
  };
  const top = (): Value => {
    const v = stack[stack.length - 1];
    if (v === undefined) throw MALFORMED;
    return v;
  };
  const noteImport = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    imports.push(name);
    if (!SAFE_IMPORTS.has(name) && !allow.has(name)) unsafe.push(name);
  };
  const noteCall = (callee: Value) => {
    if (callee.t === 'global' && !called.has(callee.v)) {
      called.add(callee.v);
      calls.push(callee.v);
    }
  };
  const pushGlobal = (module: string, name: string) => {
    const full = `${module}.${name}`;
    noteImport(full);
    stack.push({ t: 'global', v: full });
  };

  let incomplete: PickleReport['incomplete'];
  // Bytes after STOP can be further pickles that a loader reads one after another (a legacy
  // torch.save file is five: a magic number, the protocol, system info, the object, the storage
  // keys — then raw storage bytes), so the walk goes on; what follows the first pickle may also
  // be data, so a walk that fails there ends quietly, with the imports it saw.
  let first = true;
  try {
    for (;;) {
      if (!first && pos >= bytes.length) return { imports, unsafe, calls, protocol };
      const op = u8();
      switch (op) {
        case 0x80: // PROTO
          protocol = Math.max(protocol, u8());
          break;
        case 0x95: // FRAME
          u64();
          break;
        case 0x2e: // STOP: a loader may read another pickle from the bytes after it
          first = false;
          stack.length = 0;
          memo.clear();
          break;
        case 0x28: // MARK
          stack.push(MARK);
          break;
        case 0x30: // POP
          if (top().t === 'mark') stack.pop();
          else pop();
          break;
        case 0x31: // POP_MARK
          popMark();
          break;
        case 0x32: // DUP
          stack.push(top());
          break;
        // Scalars pushed from a line of text
        case 0x46: // FLOAT
        case 0x49: // INT
        case 0x4c: // LONG
          line();
          stack.push(OTHER);
          break;
        case 0x53: // STRING (quoted repr)
          stack.push({ t: 'str', v: unquote(line()) });
          break;
        case 0x56: // UNICODE (raw-unicode-escape)
          stack.push({ t: 'str', v: line() });
          break;
        case 0x50: // PERSID
          line();
          stack.push(OTHER);
          break;
        case 0x51: // BINPERSID
          pop();
          stack.push(OTHER);
          break;
        // Fixed-size scalars
        case 0x4a: // BININT
          take(4);
          stack.push(OTHER);
          break;
        case 0x4b: // BININT1
          take(1);
          stack.push(OTHER);
          break;
        case 0x4d: // BININT2
          take(2);
          stack.push(OTHER);
          break;
        case 0x47: // BINFLOAT
          take(8);
          stack.push(OTHER);
          break;
        case 0x4e: // NONE
        case 0x88: // NEWTRUE
        case 0x89: // NEWFALSE
          stack.push(OTHER);
          break;
        case 0x8a: // LONG1
          take(u8());
          stack.push(OTHER);
          break;
        case 0x8b: // LONG4
          take(u32());
          stack.push(OTHER);
          break;
        // Strings and bytes
        case 0x54: // BINSTRING
        case 0x58: // BINUNICODE
          stack.push({ t: 'str', v: utf8(take(u32())) });
          break;
        case 0x55: // SHORT_BINSTRING
        case 0x8c: // SHORT_BINUNICODE
          stack.push({ t: 'str', v: utf8(take(u8())) });
          break;
        case 0x8d: // BINUNICODE8
          stack.push({ t: 'str', v: utf8(take(u64())) });
          break;
        case 0x42: // BINBYTES
          take(u32());
          stack.push(OTHER);
          break;
        case 0x43: // SHORT_BINBYTES
          take(u8());
          stack.push(OTHER);
          break;
        case 0x8e: // BINBYTES8
        case 0x96: // BYTEARRAY8
          take(u64());
          stack.push(OTHER);
          break;
        case 0x97: // NEXT_BUFFER
          stack.push(OTHER);
          break;
        case 0x98: // READONLY_BUFFER
          top();
          break;
        // Containers
        case 0x29: // EMPTY_TUPLE
        case 0x5d: // EMPTY_LIST
        case 0x7d: // EMPTY_DICT
        case 0x8f: // EMPTY_SET
          stack.push(OTHER);
          break;
        case 0x74: // TUPLE
        case 0x6c: // LIST
        case 0x64: // DICT
        case 0x91: // FROZENSET
          popMark();
          stack.push(OTHER);
          break;
        case 0x85: // TUPLE1
          pop();
          stack.push(OTHER);
          break;
        case 0x86: // TUPLE2
          pop();
          pop();
          stack.push(OTHER);
          break;
        case 0x87: // TUPLE3
          pop();
          pop();
          pop();
          stack.push(OTHER);
          break;
        case 0x61: // APPEND
          pop();
          top();
          break;
        case 0x65: // APPENDS
        case 0x75: // SETITEMS
        case 0x90: // ADDITEMS
          popMark();
          top();
          break;
        case 0x73: // SETITEM
          pop();
          pop();
          top();
          break;
        case 0x62: // BUILD
          pop();
          top();
          break;
        // Memo
        case 0x70: // PUT
          memo.set(decimal(line()), top());
          break;
        case 0x71: // BINPUT
          memo.set(u8(), top());
          break;
        case 0x72: // LONG_BINPUT
          memo.set(u32(), top());
          break;
        case 0x94: // MEMOIZE
          memo.set(memo.size, top());
          break;
        case 0x67: // GET
          stack.push(memo.get(decimal(line())) ?? OTHER);
          break;
        case 0x68: // BINGET
          stack.push(memo.get(u8()) ?? OTHER);
          break;
        case 0x6a: // LONG_BINGET
          stack.push(memo.get(u32()) ?? OTHER);
          break;
        // Imports and calls
        case 0x63: {
          // GLOBAL
          const module = line();
          pushGlobal(module, line());
          break;
        }
        case 0x93: {
          // STACK_GLOBAL
          const name = pop();
          const module = pop();
          if (module.t === 'str' && name.t === 'str') pushGlobal(module.v, name.v);
          else {
            noteImport('(an import whose name is computed at load time)');
            stack.push(OTHER);
          }
          break;
        }
        case 0x69: {
          // INST: module and name on lines, arguments since the mark
          const module = line();
          const name = line();
          popMark();
          const full = `${module}.${name}`;
          noteImport(full);
          noteCall({ t: 'global', v: full });
          stack.push(OTHER);
          break;
        }
        case 0x6f: {
          // OBJ: class then arguments since the mark
          const items = popMark();
          if (items[0] !== undefined) noteCall(items[0]);
          stack.push(OTHER);
          break;
        }
        case 0x52: {
          // REDUCE: callable, args
          pop();
          noteCall(pop());
          stack.push(OTHER);
          break;
        }
        case 0x81: {
          // NEWOBJ: cls, args
          pop();
          noteCall(pop());
          stack.push(OTHER);
          break;
        }
        case 0x92: {
          // NEWOBJ_EX: cls, args, kwargs
          pop();
          pop();
          noteCall(pop());
          stack.push(OTHER);
          break;
        }
        case 0x82: // EXT1
        case 0x83: // EXT2
        case 0x84: {
          // EXT4: an import by its copyreg extension code
          const code = op === 0x82 ? u8() : op === 0x83 ? u16() : u32();
          noteImport(`(copyreg extension ${code})`);
          stack.push(OTHER);
          break;
        }
        default:
          throw MALFORMED;
      }
    }
  } catch (error) {
    if (!first && (error instanceof Truncated || error instanceof Malformed)) {
      return { imports, unsafe, calls, protocol };
    }
    if (error instanceof Truncated) incomplete = 'truncated';
    else if (error instanceof Malformed) incomplete = 'malformed';
    else throw error;
  }
  return { imports, unsafe, calls, protocol, incomplete };
}

/** An import name as Python spells one: dotted identifiers. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/**
 * Whether `bytes` (a file's start, or all of it when `whole`) is a pickle whatever its first
 * byte: loaders need no PROTO opcode (protocols 0 and 1 have none, and one may come after a
 * harmless `NONE POP`), so a pickle is told by walking it — it imports a Python name and
 * reaches STOP (or, read only in part, walks all of what was read without a fault), or calls
 * what it imported before a fault: a loader runs the call as it reads it, and only then fails
 * on a missing STOP or an unknown opcode. Text and other binaries fault within a few opcodes.
 */
export function looksLikePickle(bytes: Uint8Array, whole: boolean): boolean {
  return pickleLikeness(bytes, whole) === 'pickle';
}

/**
 * looksLikePickle's answer, or `unknown` when `bytes` (read only in part) walked without a
 * fault and imported nothing yet: a long harmless value may come first, and only more of the
 * file can tell.
 */
export function pickleLikeness(bytes: Uint8Array, whole: boolean): 'pickle' | 'not' | 'unknown' {
  const report = analysePickle(bytes);
  const cut = report.incomplete === 'truncated' && !whole;
  if (report.imports.length === 0) return cut ? 'unknown' : 'not';
  // An import mandate describes (a computed name, an extension code) starts with `(`.
  const named = (name: string) => IDENTIFIER.test(name) || name.startsWith('(');
  if (!report.imports.every(named)) return 'not';
  return report.incomplete === undefined || report.calls.length > 0 || cut ? 'pickle' : 'not';
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function decimal(text: string): number {
  const n = Number.parseInt(text, 10);
  if (!Number.isFinite(n)) throw MALFORMED;
  return n;
}

/** The value of a protocol-0 STRING argument (`'abc'` or `"abc"`; escapes kept as written). */
function unquote(text: string): string {
  const q = text[0];
  if ((q === "'" || q === '"') && text.endsWith(q) && text.length >= 2) return text.slice(1, -1);
  return text;
}
