/**
 * Real artifacts produced by Python at test time (pickle, zipfile, numpy when installed): the
 * bytes a script writes to stdout. Tests that need Python skip when `python3` is absent and
 * keep a byte-composed twin that always runs.
 */
import { spawnSync } from 'node:child_process';

function probe(module: string): boolean {
  const result = spawnSync('python3', ['-c', `import ${module}`], { stdio: 'ignore' });
  return result.status === 0;
}

export const hasPython = probe('pickle');
export const hasNumpy = hasPython && probe('numpy');
if (!hasPython) {
  console.warn(
    'artifact tests: the Python-made cases are skipped — no `python3`; their byte-composed twins still run.',
  );
}

/** The bytes `script` writes to `out` (a binary stdout) in `python3`. */
export function python(script: string): Buffer {
  const code = `import sys\nout = sys.stdout.buffer\n${script}\n`;
  const result = spawnSync('python3', ['-c', code], { maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`python3 failed: ${result.stderr.toString('utf8')}`);
  }
  return result.stdout;
}

/** Several byte strings from one `python3` run: `script` calls `emit(data)` for each. */
export function pythonMany(script: string): Buffer[] {
  const all = python(
    `import struct\ndef emit(data):\n    out.write(struct.pack('<I', len(data)))\n    out.write(data)\n${script}`,
  );
  const parts: Buffer[] = [];
  for (let at = 0; at < all.length; ) {
    const length = all.readUInt32LE(at);
    parts.push(all.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return parts;
}
