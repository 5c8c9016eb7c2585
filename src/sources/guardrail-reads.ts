/**
 * What the AI guardrail families need from a git source beyond added lines: the first bytes of
 * binary files and of files named like artifacts (git's diff says only "Binary files differ"),
 * the `.gitattributes` that says which paths Git LFS tracks (read once, on the first candidate),
 * and libphonenumber-js, loaded on the first data file so that a commit without one never pays
 * for it. Wraps a source's file stream like kubernetes.ts does.
 */

import { parseGitattributes } from '../core/artifact/lfs.js';
import { type Guardrails, readsAsData, wantsHead } from '../core/guardrails.js';
import type { PhoneCheck } from '../core/pii/detect.js';
import type { ChangedFile } from '../core/types.js';
import { streamGit } from './git.js';

/** Bytes read from the start of a blob: enough for signatures and a pickle's imports. */
export const HEAD_READ_CAP = 8 * 1024 * 1024;

export interface GuardrailReader {
  /** The first bytes of the new version of `path` (at most HEAD_READ_CAP), or null. */
  head(path: string): Promise<{ bytes: Uint8Array; whole: boolean } | null>;
  /** The root `.gitattributes` of the new version, or null. */
  gitattributes(): Promise<string | null>;
}

/** A reader of blobs at `rev` (`''`: the index). */
export function gitGuardrailReader(repoRoot: string, rev: string): GuardrailReader {
  const read = async (path: string, cap: number) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let whole = true;
    try {
      for await (const chunk of streamGit(['cat-file', 'blob', `${rev}:${path}`], repoRoot)) {
        chunks.push(chunk);
        total += chunk.length;
        if (total >= cap) {
          whole = false;
          break; // stops git
        }
      }
    } catch {
      return null; // no such blob (a submodule, a path git cannot name): nothing to judge
    }
    const bytes = Buffer.concat(chunks);
    return { bytes: whole ? bytes : bytes.subarray(0, cap), whole };
  };
  return {
    head: (path) => read(path, HEAD_READ_CAP),
    gitattributes: async () => {
      const found = await read('.gitattributes', 1024 * 1024);
      return found === null ? null : found.bytes.toString('utf8');
    },
  };
}

/** libphonenumber-js's validity check for numbers written in international or US form. */
export async function loadPhoneCheck(): Promise<PhoneCheck> {
  const { isValidPhoneNumber } = await import('libphonenumber-js/min');
  return (candidate) => isValidPhoneNumber(candidate, 'US');
}

/** The source's files, with the bytes and settings the guardrail families need. */
export async function* withGuardrailReads(
  files: AsyncIterable<ChangedFile>,
  guardrails: Guardrails,
  reader: GuardrailReader,
): AsyncGenerator<ChangedFile> {
  let lfsRead = false;
  for await (const file of files) {
    let out = file;
    if (
      guardrails.artifact !== null &&
      file.status !== 'deleted' &&
      file.skipped !== 'deleted' &&
      file.continued !== true &&
      file.head === undefined &&
      wantsHead(file)
    ) {
      if (!lfsRead) {
        lfsRead = true;
        const text = await reader.gitattributes();
        if (text !== null) guardrails.lfs = parseGitattributes(text);
      }
      const head = await reader.head(file.path);
      if (head !== null) out = { ...file, head: head.bytes, headWhole: head.whole };
    }
    if (guardrails.isPhone === undefined && readsAsData(guardrails, file.path)) {
      guardrails.isPhone = await loadPhoneCheck();
    }
    yield out;
  }
}
