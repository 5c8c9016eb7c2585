/**
 * Appends to a ledger held in git on GitHub — the `mandate-evidence` branch of the repository or
 * an organisation's evidence repository — through the git data API, never a checkout: read the
 * ref, its commit and the stream's latest month file (trees and blobs), then write a tree (on
 * the old one) and a commit, and move the ref with `force: false`. A concurrent run that moved
 * the ref first makes GitHub answer 422: re-read and retry, so no record is lost and the chain
 * stays one line.
 *
 * Long because the append is one transaction over the git data API (read the ref, its tree and
 * the stream's tail; write a tree and a commit; move the ref or retry), and the reads of the
 * ledger use the same tree walk and checks of GitHub's answers.
 */
import { MandateError } from '../core/errors.js';
import { statusOf } from '../github/rest.js';
import type { GitHubRest } from '../sources/github.js';
import {
  type ChainHead,
  type EntryBody,
  headOf,
  LEDGER_BRANCH,
  ledgerPath,
  nextLine,
} from './chain.js';

export interface LedgerTarget {
  owner: string;
  repo: string;
  branch?: string;
}

export interface Appended {
  path: string;
  head: ChainHead;
  commit: string;
  attempts: number;
}

export interface TreeEntry {
  path: string;
  type: string;
  sha: string;
}

const MAX_ATTEMPTS = 8;

function where(target: LedgerTarget): string {
  return `${target.owner}/${target.repo}@${target.branch ?? LEDGER_BRANCH}`;
}

/**
 * A ledger answer that is not what the git data API returns: fail closed, naming the path —
 * read as empty, it would restart the chain (or hide the ledger from verify and the report).
 */
function malformed(target: LedgerTarget, path: string, what: string): MandateError {
  return new MandateError(
    `the evidence ledger ${where(target)} answered ${what} for ${path === '' ? 'its root tree' : path}, so mandate cannot tell what the ledger holds there and will not read it as empty.`,
    {
      hint: 'Re-run the job; if it persists, check the API (GITHUB_API_URL, a proxy) and the ledger branch.',
    },
  );
}

/** The entries of a tree (`path`: where it is in the ledger, for messages). */
async function listTree(
  client: GitHubRest,
  target: LedgerTarget,
  sha: string,
  path: string,
  recursive = false,
): Promise<{ sha: string; entries: TreeEntry[]; truncated: boolean }> {
  const response = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    owner: target.owner,
    repo: target.repo,
    tree_sha: sha,
    ...(recursive ? { recursive: '1' } : {}),
  });
  const data = response.data as { sha?: unknown; tree?: unknown; truncated?: unknown } | null;
  const tree = data?.tree;
  if (!Array.isArray(tree)) throw malformed(target, path, 'a tree that is not a list of entries');
  if (typeof data?.sha !== 'string') throw malformed(target, path, 'a tree without its SHA');
  const entries: TreeEntry[] = [];
  for (const item of tree) {
    const entry = item as Partial<TreeEntry> | null;
    if (
      typeof entry?.path !== 'string' ||
      typeof entry.sha !== 'string' ||
      typeof entry.type !== 'string'
    ) {
      throw malformed(target, path, 'a tree entry without a path, type or SHA');
    }
    entries.push({ path: entry.path, type: entry.type, sha: entry.sha });
  }
  return { sha: data.sha, entries, truncated: data.truncated === true };
}

/** Base64 once line breaks are taken out (one character class per position: linear). */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

async function readBlob(
  client: GitHubRest,
  target: LedgerTarget,
  sha: string,
  path: string,
): Promise<string> {
  const response = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    owner: target.owner,
    repo: target.repo,
    file_sha: sha,
  });
  const data = response.data as { content?: unknown; encoding?: unknown } | null;
  if (typeof data?.content !== 'string') throw malformed(target, path, 'a blob without content');
  if (data.encoding === 'utf-8') return data.content;
  if (data.encoding !== 'base64') {
    throw malformed(target, path, `a blob in an unknown encoding (${String(data.encoding)})`);
  }
  const compact = data.content.replace(/[\r\n]/g, '');
  if (!BASE64.test(compact) || compact.length % 4 !== 0) {
    throw malformed(target, path, 'a blob whose content is not base64');
  }
  return Buffer.from(compact, 'base64').toString('utf8');
}

/** The tree at `segments` below the root (whose entries are known), or null. */
async function walk(
  client: GitHubRest,
  target: LedgerTarget,
  root: TreeEntry[],
  segments: string[],
  recursiveLast = false,
): Promise<TreeEntry[] | null> {
  let entries = root;
  for (let i = 0; i < segments.length; i++) {
    const next = entries.find((entry) => entry.path === segments[i] && entry.type === 'tree');
    if (next === undefined) return null;
    const path = segments.slice(0, i + 1).join('/');
    const last = recursiveLast && i === segments.length - 1;
    const listed = await listTree(client, target, next.sha, path, last);
    if (listed.truncated) throw malformed(target, path, 'a truncated listing');
    entries = listed.entries;
  }
  return entries;
}

/**
 * The text of the month file `path` (empty when new) and the stream's head: the last line of
 * the latest month file at or before `path`. The stream's folder is listed once, recursively
 * (its years and months). A last line that is not an entry fails closed: appending after it
 * would start a second chain.
 */
export async function readStreamTail(
  client: GitHubRest,
  target: LedgerTarget,
  root: TreeEntry[],
  repository: string,
  path: string,
): Promise<{ text: string; head: ChainHead | null }> {
  const stream = await walk(client, target, root, repository.split('/'), true);
  if (stream === null) return { text: '', head: null };
  const wanted = path.split('/').slice(2).join('/');
  const months = stream
    .filter((entry) => entry.type === 'blob')
    .filter((entry) => {
      const match = /^(\d{4})\/(\d{4})-\d{2}\.jsonl$/.exec(entry.path);
      return match !== null && match[1] === match[2] && entry.path <= wanted;
    })
    .sort((a, b) => (a.path < b.path ? 1 : -1));
  let text = '';
  for (const file of months) {
    const filePath = `${repository}/${file.path}`;
    const content = await readBlob(client, target, file.sha, filePath);
    if (file.path === wanted) text = content;
    if (content.trim() === '') continue;
    const head = headOf(content);
    if (head === null) {
      throw malformed(target, filePath, 'a month file whose last line is not a ledger entry');
    }
    return { text, head };
  }
  return { text, head: null };
}

/**
 * The branch's commit and its root tree (SHA and entries), or null when the branch does not
 * exist yet. The tree is read through the commit's SHA (the trees API takes a commit), one
 * request fewer than reading the commit first, and consistent with the commit appended to.
 */
async function readRef(
  client: GitHubRest,
  target: LedgerTarget,
  branch: string,
): Promise<{ commit: string; tree: string; root: TreeEntry[] } | null> {
  let commit: string;
  try {
    const ref = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner: target.owner,
      repo: target.repo,
      ref: `heads/${branch}`,
    });
    commit = (ref.data as { object: { sha: string } }).object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
  const root = await listTree(client, target, commit, '');
  return { commit, tree: root.sha, root: root.entries };
}

/** Where the next record of a stream goes: the branch, the month file's text, the chain head. */
export interface LedgerTail {
  path: string;
  ref: { commit: string; tree: string; root: TreeEntry[] } | null;
  text: string;
  head: ChainHead | null;
}

/** Reads (GET requests only) where `repository`'s record of `time` will be appended. */
export async function readLedgerTail(
  client: GitHubRest,
  target: LedgerTarget,
  repository: string,
  time: string,
): Promise<LedgerTail> {
  const path = ledgerPath(repository, time);
  const ref = await readRef(client, target, target.branch ?? LEDGER_BRANCH);
  if (ref === null) return { path, ref, text: '', head: null };
  return { path, ref, ...(await readStreamTail(client, target, ref.root, repository, path)) };
}

/** A refused ref update: the branch moved (not a fast forward) or was created meanwhile. */
class RefConflict extends Error {
  constructor(readonly refused: unknown) {
    super('the ledger branch moved');
  }
}

/**
 * Appends one entry with the fewest writes GitHub allows: one tree (the month file inline, no
 * separate blob), one commit, one ref update. Only a refused ref update (another run moved the
 * branch first) is retried, after a re-read; `tail` (from readLedgerTail) saves the first read.
 */
export async function appendViaApi(
  client: GitHubRest,
  target: LedgerTarget,
  repository: string,
  time: string,
  body: EntryBody,
  options: { maxAttempts?: number; backoffMs?: number; tail?: LedgerTail } = {},
): Promise<Appended> {
  const branch = target.branch ?? LEDGER_BRANCH;
  const path = ledgerPath(repository, time);
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  let known = options.tail?.path === path ? options.tail : undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      const tail = known ?? (await readLedgerTail(client, target, repository, time));
      known = undefined;
      const { ref } = tail;
      const { line, head } = nextLine(tail.head, body);
      const tree = await client.request('POST /repos/{owner}/{repo}/git/trees', {
        owner: target.owner,
        repo: target.repo,
        ...(ref === null ? {} : { base_tree: ref.tree }),
        tree: [{ path, mode: '100644', type: 'blob', content: `${tail.text}${line}\n` }],
      });
      const what =
        'statement' in body ? body.statement.subject[0]?.name : `gap ${body.gap.subject}`;
      const commit = await client.request('POST /repos/{owner}/{repo}/git/commits', {
        owner: target.owner,
        repo: target.repo,
        message: `evidence: ${what ?? repository} (record ${head.seq})`,
        tree: (tree.data as { sha: string }).sha,
        parents: ref === null ? [] : [ref.commit],
      });
      const sha = (commit.data as { sha: string }).sha;
      try {
        if (ref === null) {
          await client.request('POST /repos/{owner}/{repo}/git/refs', {
            owner: target.owner,
            repo: target.repo,
            ref: `refs/heads/${branch}`,
            sha,
          });
        } else {
          await client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
            owner: target.owner,
            repo: target.repo,
            ref: `heads/${branch}`,
            sha,
            force: false,
          });
        }
      } catch (error) {
        const status = statusOf(error);
        // 422: not a fast forward, or the branch was created meanwhile; 409: a conflict.
        throw status === 422 || status === 409 ? new RefConflict(error) : error;
      }
      return { path, head, commit: sha, attempts: attempt };
    } catch (thrown) {
      if (thrown instanceof RefConflict && attempt < maxAttempts) {
        const backoff = options.backoffMs ?? 50;
        await new Promise((resolve) => setTimeout(resolve, backoff * attempt * Math.random()));
        continue;
      }
      if (thrown instanceof MandateError) throw thrown;
      const error = thrown instanceof RefConflict ? thrown.refused : thrown;
      const status = statusOf(error);
      if (status === 403 || status === 404) {
        throw new MandateError(`this token cannot write the evidence ledger ${where(target)}.`, {
          cause: error,
          hint: 'Give the workflow `contents: write` (or, for an evidence repository, a token that can write there); a fork pull request never can, so its record goes to the job summary and an artifact.',
        });
      }
      throw new MandateError(
        `the evidence record could not be appended to ${where(target)} after ${attempt} attempt${attempt === 1 ? '' : 's'}.`,
        { cause: error, hint: 'Re-run the job; the record is also in the job summary.' },
      );
    }
  }
}

/** The text of `repository`'s month file for `time` on `target` ('' when there is none). */
export async function readLedgerMonth(
  client: GitHubRest,
  target: LedgerTarget,
  repository: string,
  time: Date,
): Promise<string> {
  const ref = await readRef(client, target, target.branch ?? LEDGER_BRANCH);
  if (ref === null) return '';
  const path = ledgerPath(repository, time);
  const segments = path.split('/');
  const dir = await walk(client, target, ref.root, segments.slice(0, -1));
  const file = dir?.find((entry) => entry.path === segments.at(-1) && entry.type === 'blob');
  return file === undefined ? '' : readBlob(client, target, file.sha, path);
}

/** Every month file of the ledger on `target` (for `mandate evidence verify|report --from`). */
export async function readLedgerViaApi(
  client: GitHubRest,
  target: LedgerTarget,
): Promise<{ path: string; text: string }[]> {
  const files: { path: string; text: string }[] = [];
  for (const entry of await listLedgerViaApi(client, target)) {
    files.push({ path: entry.path, text: await entry.read() });
  }
  return files;
}

/**
 * The month files of the ledger on `target`, in path order, each read only when asked: the
 * report reads those of its period one at a time.
 */
export async function listLedgerViaApi(
  client: GitHubRest,
  target: LedgerTarget,
): Promise<{ path: string; read: () => Promise<string> }[]> {
  const ref = await readRef(client, target, target.branch ?? LEDGER_BRANCH);
  if (ref === null) return [];
  const data = await listTree(client, target, ref.tree, '', true);
  if (data.truncated) {
    throw new MandateError(
      `the ledger tree of ${target.owner}/${target.repo} is too large to list in one request.`,
      { hint: 'Clone the branch and run the command on the folder instead.' },
    );
  }
  return data.entries
    .filter(
      (entry) =>
        entry.type === 'blob' && /^[^/]+\/[^/]+\/\d{4}\/\d{4}-\d{2}\.jsonl$/.test(entry.path),
    )
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((entry) => ({
      path: entry.path,
      read: () => readBlob(client, target, entry.sha, entry.path),
    }));
}
