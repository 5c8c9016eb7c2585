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
import { classifyArtifact, readsPastStart, SIGNATURE_BYTES } from '../core/artifact/signatures.js';
import { type Guardrails, readsAsData, wantsHead } from '../core/guardrails.js';
import type { PhoneCheck } from '../core/pii/detect.js';
import type { ChangedFile } from '../core/types.js';
import { streamGit } from './git.js';
import { GitBlobBatch } from './git-batch.js';

/** Bytes read from the start of a blob: enough for signatures and a pickle's imports. */
export const HEAD_READ_CAP = 8 * 1024 * 1024;

export interface GuardrailReader {
  /** The first bytes of the new version of `path` (at most HEAD_READ_CAP), or null. */
  head(path: string): Promise<{ bytes: Uint8Array; whole: boolean } | null>;
  /** The `.gitattributes` of folder `dir` ('' for the root) in the new version, or null. */
  gitattributes(dir: string): Promise<string | null>;
}

/** Readers for a source whose files come from many versions (a history): one per file. */
export interface GuardrailReaders {
  readerOf(file: ChangedFile): GuardrailReader;
  /** Ends what the readers hold open (long-running git processes). */
  close(): void;
}

/** Blobs up to this size come whole through the batch (no git process of their own). */
const BATCH_CAP = 256 * 1024;

/**
 * A reader of blobs at `rev` (`''`: the index). A blob's first SIGNATURE_BYTES tell its kind;
 * only a pickle or a zip that may hold one is read further (up to HEAD_READ_CAP), so a large
 * image or archive costs a few KiB. With `batch`, small blobs come through its long-running
 * git processes.
 */
export function gitGuardrailReader(
  repoRoot: string,
  rev: string,
  batch?: GitBlobBatch,
): GuardrailReader {
  const stream = async (path: string, cap: number) => {
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
  const read = async (path: string, cap: number) => {
    if (batch !== undefined && rev !== '') {
      try {
        const found = await batch.read(rev, path, Math.min(cap, BATCH_CAP));
        if (found.kind === 'blob') return { bytes: found.bytes, whole: true };
        if (found.kind === 'missing') return null;
      } catch {
        // git's batch ended: read this blob on its own
      }
    }
    return stream(path, cap);
  };
  return {
    head: async (path) => {
      const start = await read(path, SIGNATURE_BYTES);
      if (start === null || start.whole) return start;
      return readsPastStart(path, start.bytes) ? read(path, HEAD_READ_CAP) : start;
    },
    gitattributes: async (dir) => {
      const found = await read(attributesPath(dir), 1024 * 1024);
      return found === null ? null : found.bytes.toString('utf8');
    },
  };
}

/**
 * Readers of the blobs at the commit that changed each file (a history scan): one per commit,
 * so each commit's `.gitattributes` are read once, when it has an artifact; the blobs come
 * through one batch for the whole history.
 */
export function historyGuardrailReaders(repoRoot: string): GuardrailReaders {
  const batch = new GitBlobBatch(repoRoot);
  let last: { sha: string; reader: GuardrailReader } | null = null;
  return {
    readerOf(file) {
      const sha = file.commit?.sha ?? 'HEAD';
      if (last === null || last.sha !== sha) {
        last = { sha, reader: gitGuardrailReader(repoRoot, sha, batch) };
      }
      return last.reader;
    },
    close: () => batch.close(),
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

/**
 * libphonenumber-js's validity check for numbers written in international or US form
 * (phone-check.ts: its metadata is parsed on the first candidate checked).
 */
export async function loadPhoneCheck(): Promise<PhoneCheck> {
  return (await import('./phone-check.js')).isPhone;
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
  reader: GuardrailReader | GuardrailReaders,
): AsyncGenerator<ChangedFile> {
  const readers = 'readerOf' in reader ? reader : null;
  try {
    yield* guardrailReads(
      files,
      guardrails,
      readers?.readerOf ?? (() => reader as GuardrailReader),
    );
  } finally {
    readers?.close();
  }
}

async function* guardrailReads(
  files: AsyncIterable<ChangedFile>,
  guardrails: Guardrails,
  readerOf: (file: ChangedFile) => GuardrailReader,
): AsyncGenerator<ChangedFile> {
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
