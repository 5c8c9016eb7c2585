/**
 * What the AI guardrail families need from a git source beyond added lines: the first bytes of
 * binary files and of files named like artifacts (git's diff says only "Binary files differ"),
 * the `.gitattributes` files that say which paths Git LFS tracks (the root's and each folder's
 * above a candidate, read once each, on the first candidate below them),
 * and libphonenumber-js, loaded on the first data file so that a commit without one never pays
 * for it. Wraps a source's file stream like kubernetes.ts does.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LfsTracking, LfsTree, lazyLfs } from '../core/artifact/lfs.js';
import { classifyArtifact } from '../core/artifact/signatures.js';
import { type Guardrails, readsAsData, wantsHead } from '../core/guardrails.js';
import type { PhoneCheck } from '../core/pii/detect.js';
import type { ChangedFile } from '../core/types.js';
import { streamGit } from './git.js';

/** Bytes read from the start of a blob: enough for signatures and a pickle's imports. */
export const HEAD_READ_CAP = 8 * 1024 * 1024;

export interface GuardrailReader {
  /** The first bytes of the new version of `path` (at most HEAD_READ_CAP), or null. */
  head(path: string): Promise<{ bytes: Uint8Array; whole: boolean } | null>;
  /** The `.gitattributes` of folder `dir` ('' for the root) in the new version, or null. */
  gitattributes(dir: string): Promise<string | null>;
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
    gitattributes: async (dir) => {
      const found = await read(attributesPath(dir), 1024 * 1024);
      return found === null ? null : found.bytes.toString('utf8');
    },
  };
}

/** The path of folder `dir`'s `.gitattributes` ('' for the root). */
export function attributesPath(dir: string): string {
  return dir === '' ? '.gitattributes' : `${dir}/.gitattributes`;
}

/** Git LFS tracking from the `.gitattributes` files under `root` on disk, read on first need. */
export function diskLfs(root: string): LfsTracking {
  return lazyLfs((dir) => {
    try {
      return readFileSync(join(root, attributesPath(dir)), 'utf8');
    } catch {
      return null;
    }
  });
}

/** libphonenumber-js's validity check for numbers written in international or US form. */
export async function loadPhoneCheck(): Promise<PhoneCheck> {
  const { isValidPhoneNumber } = await import('libphonenumber-js/min');
  return (candidate) => isValidPhoneNumber(candidate, 'US');
}

/**
 * A reader of the blobs at the commit that changed each file (a history scan): one reader per
 * commit, so each commit's `.gitattributes` are read once, when it has an artifact.
 */
export function historyGuardrailReader(repoRoot: string): (file: ChangedFile) => GuardrailReader {
  let last: { sha: string; reader: GuardrailReader } | null = null;
  return (file) => {
    const sha = file.commit?.sha ?? 'HEAD';
    if (last === null || last.sha !== sha)
      last = { sha, reader: gitGuardrailReader(repoRoot, sha) };
    return last.reader;
  };
}

/**
 * The source's files, with the bytes and settings the guardrail families need. `reader` reads
 * the version the files come from, or — for a history — names the reader of each file's
 * commit. The engine judges each file as it is yielded, so `guardrails.lfs` is that of the
 * file's version then.
 */
export async function* withGuardrailReads(
  files: AsyncIterable<ChangedFile>,
  guardrails: Guardrails,
  reader: GuardrailReader | ((file: ChangedFile) => GuardrailReader),
): AsyncGenerator<ChangedFile> {
  const readerOf = typeof reader === 'function' ? reader : () => reader;
  let current: GuardrailReader | null = null;
  let lfs = new LfsTree();
  guardrails.lfs = lfs;
  for await (const file of files) {
    const reader = readerOf(file);
    if (reader !== current) {
      current = reader;
      lfs = new LfsTree();
      guardrails.lfs = lfs;
    }
    let out = file;
    if (
      guardrails.artifact !== null &&
      file.status !== 'deleted' &&
      file.skipped !== 'deleted' &&
      file.continued !== true &&
      (file.head !== undefined || wantsHead(file))
    ) {
      if (file.head === undefined) {
        const head = await reader.head(file.path);
        if (head !== null) out = { ...file, head: head.bytes, headWhole: head.whole };
      }
      // An artifact (by its bytes or name): the .gitattributes of every folder above it, each
      // read once.
      if (classifyArtifact(out.path, out.head) !== null) {
        for (const dir of lfs.missing(out.path)) lfs.add(dir, await reader.gitattributes(dir));
      }
    }
    if (guardrails.isPhone === undefined && readsAsData(guardrails, file.path)) {
      guardrails.isPhone = await loadPhoneCheck();
    }
    yield out;
  }
}
