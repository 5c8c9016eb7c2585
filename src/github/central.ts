/**
 * The GitHub adapter's reader of central configs (`extends: owner/repo:path@ref`): the contents API
 * with the run's token. The merge itself is shared with the CLI (src/config/central.ts).
 */
import {
  applyCentral as apply,
  type CentralResult,
  parseRemoteExtends,
} from '../config/central.js';
import type { Config } from '../core/config.js';
import { MandateError } from '../core/errors.js';
import type { IgnoreEntry } from '../core/postprocess/index.js';
import { type GitHubRest, malformedResponse } from '../sources/github.js';

async function fetchCentral(client: GitHubRest, ref: string): Promise<string> {
  const { owner, repo, path, ref: at } = parseRemoteExtends(ref)!;
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo,
      path,
      ...(at === undefined ? {} : { ref: at }),
    });
    const data = response.data as { type?: string; content?: unknown; encoding?: string } | null;
    if (data === null || typeof data !== 'object' || Array.isArray(data) || data.type !== 'file')
      throw new MandateError(`The central config ${ref} named in \`extends\` is not a file.`);
    if (typeof data.content !== 'string') {
      // Not "an empty central config": a file the API did not serve.
      throw malformedResponse(
        `GET /repos/${owner}/${repo}/contents/${path}`,
        "a file's contents",
        data,
      );
    }
    return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString(
      'utf8',
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

/** Resolves the remote entries of `extends` through the API (none: the config as it is). */
export function applyCentral(
  client: GitHubRest,
  local: Config,
  ignore: IgnoreEntry[],
  baseline: Set<string>,
): Promise<CentralResult> {
  return apply((ref) => fetchCentral(client, ref), local, ignore, baseline);
}
