/**
 * The policy that judges a change: `.mandate.yml`, `.mandateignore` and the baseline, read
 * through the contents API at the BASE commit — never from the head of a pull request and never
 * from the workspace (which, under pull_request_target, a careless workflow may have filled with
 * the head). A pull request therefore cannot weaken the policy that judges it. Central configs
 * in its `extends` are merged by the one policy loader (src/config/policy.ts), read through the
 * contents API with the run's token (src/github/central.ts).
 */
import {
  BASELINE_FILE,
  type CentralResult,
  CONFIG_FILES,
  IGNORE_FILE,
  loadRepositoryPolicy,
  type PolicyReader,
} from '../../src/config/policy.js';
import type { Config } from '../../src/core/config.js';
import { MandateError } from '../../src/core/errors.js';
import { contentsCentralReader } from '../../src/github/central.js';
import { type GitHubRest, readContents } from '../../src/sources/github.js';

export { BASELINE_FILE, IGNORE_FILE };

export interface Policy {
  config: Config;
  /** The config file's path in the repository, null for the built-in defaults. */
  configPath: string | null;
  /** SHA-256 of the config file's bytes, null for the built-in defaults. */
  configSha256: string | null;
  /** The commit the policy was read from. */
  commit: string;
  /** Every path that is policy: a change to one of them is reported. */
  policyPaths: string[];
  /**
   * The config with its central configs merged, and the `.mandateignore` and baseline entries
   * without those of locked rules: the only ignore and baseline a run applies (the files' own
   * entries are not kept beside them, so none can be applied by mistake).
   */
  central: CentralResult;
}

/**
 * The contents API at `commit` as a PolicyReader: a file's bytes, or null when there is no such
 * path (404). Anything else there — a directory, a symlink, a submodule — is an error: a policy
 * that cannot be read is not the same as no policy. (Failed or malformed API answers throw in
 * readContents.)
 */
export function contentsReader(
  client: GitHubRest,
  repo: { owner: string; repo: string },
  commit: string,
): PolicyReader {
  return {
    location: ` on the policy commit ${commit.slice(0, 7)}`,
    async read(path) {
      const found = await readContents(client, repo, path, commit);
      if (found.kind === 'file') return found.bytes;
      if (found.kind === 'missing') return null;
      throw new MandateError(
        `${path} on the policy commit ${commit.slice(0, 7)} is a ${found.kind}, not a file, so mandate cannot read the policy it holds; make ${path} a regular file on the base branch.`,
      );
    },
  };
}

/**
 * The repository path the `config` input names (`./ci/mandate.yml` → `ci/mandate.yml`); a path
 * outside the repository is an input error.
 */
export function configPathOf(input: string): string {
  const path = input.trim().replace(/^(\.\/)+/, '');
  if (path === '' || path.startsWith('/') || path.split('/').includes('..')) {
    throw new MandateError(
      `The \`config\` input is "${input}"; name a file inside the repository, relative to its root (e.g. \`ci/mandate.yml\`).`,
    );
  }
  return path;
}

/**
 * Reads the policy at `commit`, central configs merged. `configInput` is the action's `config` input: the default
 * `.mandate.yml` also finds `.mandate.yaml`, and neither there means the built-in defaults; any
 * other path is explicit, and its absence is an error.
 */
export async function loadPolicy(
  client: GitHubRest,
  repo: { owner: string; repo: string },
  commit: string,
  configInput: string,
): Promise<Policy> {
  const explicit = configInput !== CONFIG_FILES[0];
  const reader = contentsReader(client, repo, commit);
  const policy = await loadRepositoryPolicy(reader, contentsCentralReader(client), {
    ...(explicit ? { explicit: configPathOf(configInput) } : {}),
    // A workflow that names its config relies on it: defaults in its place would be a silent
    // change of policy (or a config deleted on the base branch to switch the policy off).
    missing: (path) =>
      new MandateError(
        `The \`config\` input names ${path}, but the policy commit ${commit.slice(0, 7)} has no such file, so there is no policy to judge this change by; add ${path} to the base branch, or correct the workflow's \`config\` input (leave it out to use .mandate.yml or the built-in defaults).`,
      ),
  });
  return {
    config: policy.config,
    configPath: policy.path,
    configSha256: policy.sha256,
    commit,
    policyPaths: policy.policyPaths,
    central: policy.central,
  };
}
