/**
 * A source that reads a change through GitHub's REST API, with no checkout: the files of a
 * pull request, the range of a push or merge group, or every file of a commit. Nothing from
 * the change is executed; its content is only data handed to the engine.
 *
 * - Pull requests: `GET /pulls/{n}/files`, 100 per page. GitHub returns at most 3,000 files
 *   there; the rest of a larger pull request is found by comparing the git trees of the merge
 *   base and the head, and read blob by blob.
 * - Ranges: `GET /compare/{base}...{head}` (at most 300 files; the rest, again, by trees).
 * - A file without a `patch` (too large a diff, or beyond the listing limits) is read whole at
 *   the head SHA (contents API, git blob API above 1 MB) and its added lines are the lines not
 *   present in the base version.
 *
 * Long because the three API sources (pull request, range, commit) share one Reader: the listing,
 * the trees past GitHub's listing limits, and the whole-file reads compared with the base.
 */
import { startsAsZip } from '../core/artifact/signatures.js';
import { formatCount } from '../core/count.js';
import type { ChangedFile, ChangeSet, FileStatus, Hunk, Scope } from '../core/types.js';
import {
  type GitHubRest,
  statusOf as httpStatus,
  isObject,
  malformedResponse,
  PER_PAGE,
  pages,
} from '../github/rest.js';
import { decodeText, looksBinary } from './detect.js';
import { attachSecretValues } from './kubernetes.js';
import { parseHunks } from './unified-diff.js';

export type { GitHubRest } from '../github/rest.js';
export { malformedResponse } from '../github/rest.js';

export interface GitHubSourceOptions {
  client: GitHubRest;
  owner: string;
  repo: string;
  maxFileSize: number;
  /** Things the run must say out loud (listing limits, fallbacks, truncated trees). */
  onNote?: (sentence: string) => void;
  /** Parallel content reads. */
  concurrency?: number;
  /** GitHub's listing caps; tests lower them (defaults PR_FILES_LIMIT, COMPARE_FILES_LIMIT). */
  limits?: { prFiles?: number; compareFiles?: number };
}

/** GitHub's list-pull-request-files endpoint stops at this many files. */
export const PR_FILES_LIMIT = 3000;
/** The compare endpoint lists at most this many files. */
export const COMPARE_FILES_LIMIT = 300;
const SUBMODULE_MODE = '160000';
const SYMLINK_MODE = '120000';

/** An entry of `files` as the pull request and compare endpoints return it. */
interface ApiFile {
  filename: string;
  status: string;
  sha?: string | null;
  patch?: string;
  previous_filename?: string;
  additions?: number;
}

interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
  size?: number;
}

/** Added lines of one file's `patch` (hunks only, as the REST API gives it), in new-file lines. */
export const parsePatch = parseHunks;

/**
 * Lines of `head` that are not in `base` (a multiset comparison: a line moved within the file
 * is not new), as hunks. With no base every line is added.
 */
export function addedLines(base: string | null, head: string): { hunks: Hunk[]; lines: number } {
  const counts = new Map<string, number>();
  if (base !== null) {
    for (const line of base.split('\n')) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const headLines = head.endsWith('\n') ? head.slice(0, -1).split('\n') : head.split('\n');
  if (head === '') return { hunks: [], lines: 0 };
  const hunks: Hunk[] = [];
  let run: string[] = [];
  let runStart = 0;
  let lines = 0;
  headLines.forEach((line, index) => {
    const seen = counts.get(line) ?? 0;
    if (seen > 0) {
      counts.set(line, seen - 1);
      if (run.length > 0) hunks.push({ startLine: runStart, text: run.join('\n') });
      run = [];
      return;
    }
    if (run.length === 0) runStart = index + 1;
    run.push(line);
    lines++;
  });
  if (run.length > 0) hunks.push({ startLine: runStart, text: run.join('\n') });
  return { hunks, lines };
}

function statusOf(apiStatus: string): FileStatus {
  switch (apiStatus) {
    case 'added':
    case 'copied':
      return 'added';
    case 'removed':
      return 'deleted';
    case 'renamed':
      return 'renamed';
    case 'unchanged':
      return 'unchanged';
    default:
      return 'modified';
  }
}

/** The `files` of a listing, each with a name and a status; anything else fails closed. */
function fileList(data: unknown, call: string): ApiFile[] {
  if (
    !Array.isArray(data) ||
    !data.every(
      (entry) =>
        isObject(entry) && typeof entry.filename === 'string' && typeof entry.status === 'string',
    )
  ) {
    throw malformedResponse(call, 'a list of changed files', data);
  }
  return data as ApiFile[];
}

function isNotFound(error: unknown): boolean {
  return httpStatus(error) === 404;
}

/**
 * A file's bytes at a commit through the contents API (the blob API above 1 MB, where the
 * contents API sends no content); null when there is no file at that path and commit.
 */
export async function readFileAt(
  client: GitHubRest,
  repo: { owner: string; repo: string },
  path: string,
  ref: string,
  blobSha?: string | null,
): Promise<Buffer | null> {
  const found = await readContents(client, repo, path, ref, blobSha);
  return found.kind === 'file' ? found.bytes : null;
}

/** What the contents API holds at a path: a file's bytes, or what else is there. */
export type Contents =
  | { kind: 'file'; bytes: Buffer }
  | { kind: 'symlink' | 'submodule' | 'directory' | 'missing' };

/** readFileAt that says what a path holds when it is not a regular file. */
export async function readContents(
  client: GitHubRest,
  repo: { owner: string; repo: string },
  path: string,
  ref: string,
  blobSha?: string | null,
): Promise<Contents> {
  let data: { content?: unknown; encoding?: unknown; sha?: unknown; type?: unknown };
  const call = `GET /repos/${repo.owner}/${repo.repo}/contents/${path}?ref=${ref.slice(0, 12)}`;
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path,
      ref,
    });
    if (Array.isArray(response.data)) return { kind: 'directory' };
    if (!isObject(response.data)) throw malformedResponse(call, "a file's contents", response.data);
    data = response.data;
  } catch (error) {
    if (isNotFound(error)) return { kind: 'missing' };
    throw error;
  }
  if (data.type === 'symlink' || data.type === 'submodule') return { kind: data.type };
  if (data.type !== undefined && data.type !== 'file') return { kind: 'directory' };
  if (data.encoding === 'base64' && typeof data.content === 'string') {
    if (!BASE64.test(data.content)) throw malformedResponse(call, 'valid base64 contents', null);
    return { kind: 'file', bytes: Buffer.from(data.content, 'base64') };
  }
  // Above 1 MB the contents API sends no content (`encoding: none`): read the blob.
  const sha = blobSha ?? data.sha;
  if (typeof sha === 'string' && sha !== '') {
    return { kind: 'file', bytes: await readBlob(client, repo, sha) };
  }
  // A file the API says is there, with neither content nor a blob to read: not "missing".
  throw malformedResponse(call, "a file's contents", data);
}

/** The base64 alphabet with the line breaks GitHub puts in (and padding). */
const BASE64 = /^[A-Za-z0-9+/=\r\n]*$/;

/** A blob's bytes by its SHA (git data API). */
export async function readBlob(
  client: GitHubRest,
  repo: { owner: string; repo: string },
  sha: string,
): Promise<Buffer> {
  const response = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    ...repo,
    file_sha: sha,
  });
  const blob = response.data as { content?: unknown; encoding?: unknown };
  if (!isObject(blob) || typeof blob.content !== 'string') {
    throw malformedResponse(
      `GET /repos/${repo.owner}/${repo.repo}/git/blobs/${sha}`,
      'a blob with content',
      blob,
    );
  }
  if (blob.encoding === 'base64' && !BASE64.test(blob.content)) {
    throw malformedResponse(
      `GET /repos/${repo.owner}/${repo.repo}/git/blobs/${sha}`,
      'valid base64 contents',
      null,
    );
  }
  return Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8');
}

/** Runs `task` over `items` with at most `limit` in flight, results in input order. */
async function mapLimited<T, R>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

class Reader {
  constructor(private readonly options: GitHubSourceOptions) {}

  private get base() {
    return { owner: this.options.owner, repo: this.options.repo };
  }

  /** A file's bytes at a commit, or null when it does not exist there. */
  content(path: string, ref: string, blobSha?: string | null): Promise<Buffer | null> {
    return readFileAt(this.options.client, this.base, path, ref, blobSha);
  }

  /** What a path holds at a commit (a file's bytes, or a symlink, a submodule…). */
  contents(path: string, ref: string, blobSha?: string | null): Promise<Contents> {
    return readContents(this.options.client, this.base, path, ref, blobSha);
  }

  blob(sha: string): Promise<Buffer> {
    return readBlob(this.options.client, this.base, sha);
  }

  async tree(sha: string): Promise<Map<string, TreeEntry>> {
    const response = await this.options.client.request(
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      {
        ...this.base,
        tree_sha: sha,
        recursive: '1',
      },
    );
    const data = response.data as { tree?: TreeEntry[]; truncated?: boolean };
    if (!isObject(data) || !Array.isArray(data.tree)) {
      throw malformedResponse(
        `GET /repos/${this.options.owner}/${this.options.repo}/git/trees/${sha}`,
        'a git tree',
        data,
      );
    }
    if (data.truncated) {
      this.options.onNote?.(
        `The git tree of ${sha.slice(0, 7)} is too large for one API response (GitHub truncated it), so files beyond it were not read; scan this range with the CLI (\`mandate scan --diff\`) on a checkout.`,
      );
    }
    return new Map(data.tree.map((entry) => [entry.path, entry]));
  }

  /** The file as the engine sees it, from an API `files` entry. */
  async fromApiFile(file: ApiFile, baseSha: string | null, headSha: string): Promise<ChangedFile> {
    const status = statusOf(file.status);
    const path = file.filename;
    const renamed = file.previous_filename !== undefined && file.previous_filename !== path;
    const common = { path, ...(renamed ? { oldPath: file.previous_filename! } : {}), status };
    if (status === 'deleted') return skipped(common, 'deleted');
    if (typeof file.patch === 'string') {
      // Scanned whatever its size: the patch is already in memory (GitHub serves none above
      // about 1 MB of diff, and reading the file then is bounded by its 100 MB limit).
      const parsed = parsePatch(file.patch);
      // Binary by its added content, as the git sources judge it (detect.ts).
      if (parsed.binary) return skipped(common, 'binary');
      const changed: ChangedFile = {
        ...common,
        hunks: parsed.hunks,
        lines: parsed.lines,
        size: parsed.size,
        binary: false,
      };
      // A Kubernetes Secret manifest is read whole at the head (kubernetes.ts).
      return attachSecretValues(changed, async () => {
        const head = await this.content(path, headSha, file.sha);
        return head === null || looksBinary(head) ? null : decodeText(head);
      });
    }
    // No patch: a file GitHub deems binary (listed with `additions: 0` whatever it holds), a
    // diff too large for the API, or a pure rename. Read the file itself and let its content
    // decide; a rename or mode change then adds no line.
    return this.wholeFile(
      common,
      baseSha === null ? null : (file.previous_filename ?? path),
      baseSha,
      headSha,
      file.sha,
    );
  }

  async wholeFile(
    common: Pick<ChangedFile, 'path' | 'status'> & { oldPath?: string },
    basePath: string | null,
    baseSha: string | null,
    headSha: string,
    blobSha?: string | null,
    size?: number,
  ): Promise<ChangedFile> {
    // No size limit: a file padded past max_file_size is read and scanned like any other (the
    // API serves files up to 100 MB; a file it cannot serve fails the read, and the run).
    let head: Buffer;
    if (blobSha && size !== undefined) {
      head = await this.blob(blobSha);
    } else {
      const found = await this.contents(common.path, headSha, blobSha);
      if (found.kind === 'symlink') return skipped(common, 'symlink');
      if (found.kind === 'submodule') return skipped(common, 'submodule');
      // A changed file the head commit does not hold as a file: the scan cannot judge it.
      if (found.kind !== 'file') {
        return {
          ...skipped(common, 'unreadable'),
          unreadableBecause: `the contents API serves no file there at the head commit (${found.kind === 'missing' ? 'not found' : `a ${found.kind}`})`,
        };
      }
      head = found.bytes;
    }
    // The artifact family judges a binary file by its bytes (core/guardrails.ts).
    if (looksBinary(head)) {
      return { ...skipped({ ...common, binary: true }, 'binary'), head, headWhole: true };
    }
    let baseText: string | null = null;
    if (basePath !== null && baseSha !== null && common.status !== 'added') {
      const base = await this.content(basePath, baseSha);
      baseText = base === null || looksBinary(base) ? null : decodeText(base);
    }
    const headText = decodeText(head);
    const added = addedLines(baseText, headText);
    const bytes = added.hunks.reduce(
      (sum, hunk) => sum + Buffer.byteLength(hunk.text, 'utf8') + 1,
      0,
    );
    const changed: ChangedFile = {
      ...common,
      hunks: added.hunks,
      lines: added.lines,
      size: bytes,
      binary: false,
      // A zip of stored text files is scanned as text and judged as the archive it is.
      ...(startsAsZip(head) ? { head, headWhole: true } : {}),
    };
    return attachSecretValues(changed, async () => headText);
  }

  /**
   * Files that differ between two trees and are not in `known`, read whole. `baseSha` null:
   * every file of the head tree.
   */
  async *treeDiff(
    baseSha: string | null,
    headSha: string,
    known: ReadonlySet<string>,
  ): AsyncGenerator<ChangedFile> {
    const [baseTree, headTree] = await Promise.all([
      baseSha === null ? Promise.resolve(new Map<string, TreeEntry>()) : this.tree(baseSha),
      this.tree(headSha),
    ]);
    const pending: { entry: TreeEntry; status: FileStatus }[] = [];
    for (const [path, entry] of headTree) {
      if (entry.type === 'tree' || known.has(path)) continue;
      const before = baseTree.get(path);
      if (before !== undefined && before.sha === entry.sha && before.mode === entry.mode) continue;
      pending.push({ entry, status: before === undefined ? 'added' : 'modified' });
    }
    for (const [path, entry] of baseTree) {
      if (entry.type === 'tree' || known.has(path) || headTree.has(path)) continue;
      yield skipped({ path, status: 'deleted' }, 'deleted');
    }
    const concurrency = this.options.concurrency ?? 8;
    for (let at = 0; at < pending.length; at += PER_PAGE) {
      const batch = pending.slice(at, at + PER_PAGE);
      yield* await mapLimited(batch, concurrency, ({ entry, status }) => {
        const common = { path: entry.path, status };
        if (entry.type === 'commit' || entry.mode === SUBMODULE_MODE)
          return Promise.resolve(skipped(common, 'submodule'));
        if (entry.mode === SYMLINK_MODE) return Promise.resolve(skipped(common, 'symlink'));
        return this.wholeFile(common, entry.path, baseSha, headSha, entry.sha, entry.size ?? 0);
      });
    }
  }

  async *apiFiles(
    files: ApiFile[],
    baseSha: string | null,
    headSha: string,
  ): AsyncGenerator<ChangedFile> {
    yield* await mapLimited(files, this.options.concurrency ?? 8, (file) =>
      this.fromApiFile(file, baseSha, headSha),
    );
  }
}

function skipped(
  common: Pick<ChangedFile, 'path' | 'status'> & { oldPath?: string; binary?: boolean },
  reason: NonNullable<ChangedFile['skipped']>,
  size = 0,
): ChangedFile {
  return { binary: false, ...common, hunks: [], lines: 0, size, skipped: reason };
}

function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}

/** The files a pull request changes, relative to its merge base. */
export function pullRequestSource(
  options: GitHubSourceOptions & { number: number; baseSha: string; headSha: string },
): ChangeSet {
  const reader = new Reader(options);
  const { client, owner, repo } = options;
  async function* files(): AsyncGenerator<ChangedFile> {
    const seen = new Set<string>();
    const listing = pages<ApiFile>(
      client,
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
      { owner, repo, pull_number: options.number },
      // GitHub stops the listing at 3,000 files (30 pages of 100).
      { maxPages: Math.ceil(PR_FILES_LIMIT / PER_PAGE), check: fileList, numbered: true },
    );
    for await (const entries of listing) {
      for (const entry of entries) seen.add(entry.filename);
      yield* reader.apiFiles(entries, options.baseSha, options.headSha);
      if (entries.length === 0) break;
    }
    const limit = options.limits?.prFiles ?? PR_FILES_LIMIT;
    if (seen.size >= limit) {
      // The listing stops at 3,000 files: find the rest by comparing trees with the merge base.
      const compare = await client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        owner,
        repo,
        basehead: `${options.baseSha}...${options.headSha}`,
        per_page: 1,
      });
      const mergeBase =
        (compare.data as { merge_base_commit?: { sha?: string } }).merge_base_commit?.sha ??
        options.baseSha;
      let extra = 0;
      for await (const file of reader.treeDiff(mergeBase, options.headSha, seen)) {
        extra++;
        yield file;
      }
      options.onNote?.(
        `GitHub lists at most ${formatCount(limit)} files of a pull request; the other ${plural(extra, 'file')} were found by comparing the git trees of the merge base and the head and read in full.`,
      );
    }
  }
  return { scope: 'pull-request', description: `pull request #${options.number}`, files: files() };
}

/** The files changed between two commits (push, merge group). */
export function compareSource(
  options: GitHubSourceOptions & {
    baseSha: string;
    headSha: string;
    scope?: Scope;
    description?: string;
  },
): ChangeSet {
  const reader = new Reader(options);
  const { client, owner, repo } = options;
  async function* files(): AsyncGenerator<ChangedFile> {
    const response = await client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner,
      repo,
      basehead: `${options.baseSha}...${options.headSha}`,
    });
    const data = response.data as { files?: unknown; merge_base_commit?: { sha?: string } };
    const call = `GET /repos/${owner}/${repo}/compare/${options.baseSha.slice(0, 12)}...${options.headSha.slice(0, 12)}`;
    if (!isObject(data)) throw malformedResponse(call, 'a comparison of two commits', data);
    const entries = fileList(data.files, call);
    const mergeBase = data.merge_base_commit?.sha ?? options.baseSha;
    yield* reader.apiFiles(entries, mergeBase, options.headSha);
    const limit = options.limits?.compareFiles ?? COMPARE_FILES_LIMIT;
    if (entries.length >= limit) {
      const seen = new Set(entries.map((entry) => entry.filename));
      let extra = 0;
      for await (const file of reader.treeDiff(mergeBase, options.headSha, seen)) {
        extra++;
        yield file;
      }
      options.onNote?.(
        `GitHub's compare API lists at most ${formatCount(limit)} files; the other ${plural(extra, 'file')} were found by comparing git trees and read in full.`,
      );
    }
  }
  return {
    scope: options.scope ?? 'push',
    description:
      options.description ?? `${options.baseSha.slice(0, 7)}...${options.headSha.slice(0, 7)}`,
    files: files(),
  };
}

/** Every file of one commit (a manual run on a ref). */
export function treeSource(
  options: GitHubSourceOptions & { sha: string; description?: string },
): ChangeSet {
  const reader = new Reader(options);
  return {
    scope: 'paths',
    description: options.description ?? `every file at ${options.sha.slice(0, 7)}`,
    files: reader.treeDiff(null, options.sha, new Set()),
  };
}
