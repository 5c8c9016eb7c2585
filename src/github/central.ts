/**
 * Reading central configs (`extends: owner/repo:path@ref`) through GitHub's API: the one place
 * that knows the routes and the shape of their answers, for the Action (the run's Octokit
 * client, below) and the CLI (src/cli/central.ts: fetch with the developer's token, a cache of
 * the copy at its commit, offline fallback). Each shell brings its transport (`ApiGet`) and
 * says its own sentence when a file cannot be read; each supplies the policy loader
 * (src/config/policy.ts) with a `CentralReader`, and the merge is the loader's.
 */
import { type CentralReader, parseRemoteExtends } from '../config/central.js';
import { MandateError } from '../core/errors.js';
import { type GitHubRest, malformedResponse } from './rest.js';

/**
 * A GET on the API by path (query included), answering the response's data. A transport
 * failure or an HTTP error throws (with `status` when the API answered one).
 */
export type ApiGet = (path: string) => Promise<unknown>;

/** The repository route of a central config entry (`/repos/{owner}/{repo}`). */
function repoRoute(ref: string): { route: string; path: string; at: string | undefined } {
  const { owner, repo, path, ref: at } = parseRemoteExtends(ref)!;
  return { route: `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`, path, at };
}

/** The commit a central config entry's ref names now (its default branch's head without one). */
export async function centralCommit(get: ApiGet, ref: string): Promise<string | null> {
  const { route, at } = repoRoute(ref);
  const data = (await get(`${route}/commits/${encodeURIComponent(at ?? 'HEAD')}`)) as {
    sha?: unknown;
  } | null;
  const sha = data?.sha;
  return typeof sha === 'string' && /^[0-9a-f]{40}$/i.test(sha) ? sha : null;
}

/**
 * The text of a central config at `commit` (the path encoded whole, as Octokit encodes a
 * route's `{path}`) (or at the entry's own ref): `not-a-file` when the
 * path is a folder or a link, `no-content` when the API served a file without its content.
 */
export async function readCentralText(
  get: ApiGet,
  ref: string,
  commit?: string,
): Promise<{ text: string } | { problem: 'not-a-file' | 'no-content'; data: unknown }> {
  const { route, path, at } = repoRoute(ref);
  const where = commit ?? at;
  const data = (await get(
    `${route}/contents/${encodeURIComponent(path)}${where === undefined ? '' : `?ref=${encodeURIComponent(where)}`}`,
  )) as { type?: unknown; content?: unknown; encoding?: unknown } | null;
  if (data === null || typeof data !== 'object' || Array.isArray(data) || data.type !== 'file')
    return { problem: 'not-a-file', data };
  if (typeof data.content !== 'string') return { problem: 'no-content', data };
  return {
    text: Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString(
      'utf8',
    ),
  };
}

async function fetchCentral(client: GitHubRest, ref: string): Promise<string> {
  const { owner, repo, path } = parseRemoteExtends(ref)!;
  try {
    const read = await readCentralText(
      async (route) => (await client.request(`GET ${route}`)).data,
      ref,
    );
    if ('text' in read) return read.text;
    if (read.problem === 'not-a-file')
      throw new MandateError(`The central config ${ref} named in \`extends\` is not a file.`);
    // Not "an empty central config": a file the API did not serve.
    throw malformedResponse(
      `GET /repos/${owner}/${repo}/contents/${path}`,
      "a file's contents",
      read.data,
    );
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 404 || status === 403 || status === 401) {
      throw new MandateError(
        `The central config ${ref} named in \`extends\` cannot be read (HTTP ${status}): check the repository, path and ref, and pass a \`token\` that can read ${owner}/${repo} (the default GITHUB_TOKEN reads only this repository; use a GitHub App token or a fine-grained token with contents: read on ${owner}/${repo}).`,
      );
    }
    throw error;
  }
}

/**
 * The Action's central reader: the file at the entry's own ref, with the run's client; a file
 * that cannot be read fails the run (CI is never judged by a partial policy).
 */
export function contentsCentralReader(client: GitHubRest): CentralReader {
  return { read: async (ref) => ({ text: await fetchCentral(client, ref), commit: null }) };
}
