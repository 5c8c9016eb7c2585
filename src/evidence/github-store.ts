/**
 * Appends to a ledger held in git on GitHub — the `mandate-evidence` branch of the repository or
 * an organisation's evidence repository — through the git data API, never a checkout: read the
 * ref, its commit and the stream's latest month file (trees and blobs), then write a tree (on
 * the old one) and a commit, and move the ref with `force: false`. A concurrent run that moved
 * the ref first makes GitHub answer 422: re-read and retry, so no record is lost and the chain
 * stays one line.
 */
import { MandateError } from '../core/errors.js';
import { statusOf } from '../github/rest.js';
import type { GitHubRest } from '../sources/github.js';
import { type ChainHead, type Gap, headOf, LEDGER_BRANCH, ledgerPath, nextLine } from './chain.js';
import type { Statement } from './statement.js';

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

interface TreeEntry {
  path: string;
  type: string;
  sha: string;
}

const MAX_ATTEMPTS = 8;

async function listTree(
  client: GitHubRest,
  target: LedgerTarget,
  sha: string,
): Promise<TreeEntry[]> {
  const response = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    owner: target.owner,
    repo: target.repo,
    tree_sha: sha,
  });
  return ((response.data as { tree?: TreeEntry[] }).tree ?? []).filter(
    (entry) => typeof entry.path === 'string' && typeof entry.sha === 'string',
  );
}

async function readBlob(client: GitHubRest, target: LedgerTarget, sha: string): Promise<string> {
  const response = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    owner: target.owner,
    repo: target.repo,
    file_sha: sha,
  });
  const data = response.data as { content?: string; encoding?: string };
  return data.encoding === 'base64'
    ? Buffer.from(data.content ?? '', 'base64').toString('utf8')
    : (data.content ?? '');
}

/** The tree at `segments` below `root`, or null. */
async function walk(
  client: GitHubRest,
  target: LedgerTarget,
  root: string,
  segments: string[],
): Promise<TreeEntry[] | null> {
  let entries = await listTree(client, target, root);
  for (const segment of segments) {
    const next = entries.find((entry) => entry.path === segment && entry.type === 'tree');
    if (next === undefined) return null;
    entries = await listTree(client, target, next.sha);
  }
  return entries;
}

/**
 * The text of the month file `path` (empty when new) and the stream's head: the last line of
 * the latest month file at or before `path`.
 */
export async function readStreamTail(
  client: GitHubRest,
  target: LedgerTarget,
  rootTree: string,
  repository: string,
  path: string,
): Promise<{ text: string; head: ChainHead | null }> {
  const years = await walk(client, target, rootTree, repository.split('/'));
  if (years === null) return { text: '', head: null };
  const [, , year, month] = path.split('/');
  let text = '';
  const ordered = years
    .filter((entry) => entry.type === 'tree' && /^\d{4}$/.test(entry.path) && entry.path <= year!)
    .sort((a, b) => (a.path < b.path ? 1 : -1));
  for (const yearTree of ordered) {
    const months = (await listTree(client, target, yearTree.sha))
      .filter((entry) => entry.type === 'blob' && /^\d{4}-\d{2}\.jsonl$/.test(entry.path))
      .filter((entry) => yearTree.path < year! || entry.path <= month!)
      .sort((a, b) => (a.path < b.path ? 1 : -1));
    for (const file of months) {
      const content = await readBlob(client, target, file.sha);
      if (yearTree.path === year && file.path === month) text = content;
      const head = headOf(content);
      if (head !== null) return { text, head };
    }
  }
  return { text, head: null };
}

/** The branch's commit and root tree, or null when the branch does not exist yet. */
async function readRef(
  client: GitHubRest,
  target: LedgerTarget,
  branch: string,
): Promise<{ commit: string; tree: string } | null> {
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
  const response = await client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
    owner: target.owner,
    repo: target.repo,
    commit_sha: commit,
  });
  return { commit, tree: (response.data as { tree: { sha: string } }).tree.sha };
}

export async function appendViaApi(
  client: GitHubRest,
  target: LedgerTarget,
  repository: string,
  time: string,
  body: { statement: Statement } | { gap: Gap },
  options: { maxAttempts?: number; backoffMs?: number } = {},
): Promise<Appended> {
  const branch = target.branch ?? LEDGER_BRANCH;
  const path = ledgerPath(repository, time);
  const where = `${target.owner}/${target.repo}@${branch}`;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    try {
      const ref = await readRef(client, target, branch);
      const tail =
        ref === null
          ? { text: '', head: null }
          : await readStreamTail(client, target, ref.tree, repository, path);
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
      return { path, head, commit: sha, attempts: attempt };
    } catch (error) {
      const status = statusOf(error);
      // 422: the ref moved (not a fast forward) or was created meanwhile; 409: a conflict.
      if ((status === 422 || status === 409) && attempt < maxAttempts) {
        const backoff = options.backoffMs ?? 50;
        await new Promise((resolve) => setTimeout(resolve, backoff * attempt * Math.random()));
        continue;
      }
      if (status === 403 || status === 404) {
        throw new MandateError(`this token cannot write the evidence ledger ${where}.`, {
          cause: error,
          hint: 'Give the workflow `contents: write` (or, for an evidence repository, a token that can write there); a fork pull request never can, so its record goes to the job summary and an artifact.',
        });
      }
      throw new MandateError(
        `the evidence record could not be appended to ${where} after ${attempt} attempt${attempt === 1 ? '' : 's'}.`,
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
  const dir = await walk(client, target, ref.tree, segments.slice(0, -1));
  const file = dir?.find((entry) => entry.path === segments.at(-1) && entry.type === 'blob');
  return file === undefined ? '' : readBlob(client, target, file.sha);
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
  const response = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    owner: target.owner,
    repo: target.repo,
    tree_sha: ref.tree,
    recursive: '1',
  });
  const data = response.data as { tree?: TreeEntry[]; truncated?: boolean };
  if (data.truncated) {
    throw new MandateError(
      `the ledger tree of ${target.owner}/${target.repo} is too large to list in one request.`,
      { hint: 'Clone the branch and run the command on the folder instead.' },
    );
  }
  return (data.tree ?? [])
    .filter(
      (entry) =>
        entry.type === 'blob' && /^[^/]+\/[^/]+\/\d{4}\/\d{4}-\d{2}\.jsonl$/.test(entry.path),
    )
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((entry) => ({ path: entry.path, read: () => readBlob(client, target, entry.sha) }));
}
