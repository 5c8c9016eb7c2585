/**
 * The policy that judges a change: `.mandate.yml`, `.mandateignore` and the baseline, read
 * through the contents API at the BASE commit — never from the head of a pull request and never
 * from the workspace (which, under pull_request_target, a careless workflow may have filled with
 * the head). A pull request therefore cannot weaken the policy that judges it.
 */
import { createHash } from 'node:crypto';
import {
  CONFIG_FILES,
  checkUserRegexes,
  defaultConfig,
  parseBaseline,
  parseIgnoreFile,
} from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import type { Config } from '../../src/core/config.js';
import type { IgnoreEntry } from '../../src/core/postprocess/index.js';
import { type GitHubRest, readFileAt } from '../../src/sources/github.js';

export const IGNORE_FILE = '.mandateignore';
export const BASELINE_FILE = '.mandate-baseline.json';

export interface Policy {
  config: Config;
  /** The config file's path in the repository, null for the built-in defaults. */
  configPath: string | null;
  /** SHA-256 of the config file's bytes, null for the built-in defaults. */
  configSha256: string | null;
  /** The commit the policy was read from. */
  commit: string;
  ignore: IgnoreEntry[];
  baseline: Set<string>;
  /** Every path that is policy: a change to one of them is reported. */
  policyPaths: string[];
}

/**
 * Reads the policy at `commit`. `configInput` is the action's `config` input: the default
 * `.mandate.yml` also finds `.mandate.yaml`.
 */
export async function loadPolicy(
  client: GitHubRest,
  repo: { owner: string; repo: string },
  commit: string,
  configInput: string,
): Promise<Policy> {
  const configNames = configInput === CONFIG_FILES[0] ? [...CONFIG_FILES] : [configInput];
  let config: Config = defaultConfig();
  let configPath: string | null = null;
  let configSha256: string | null = null;
  for (const name of configNames) {
    const bytes = await readFileAt(client, repo, name, commit);
    if (bytes === null) continue;
    config = parseConfig(bytes.toString('utf8'), name);
    await checkUserRegexes(config);
    configPath = name;
    configSha256 = createHash('sha256').update(bytes).digest('hex');
    config.source = { file: name, sha256: configSha256 };
    break;
  }
  const [ignoreBytes, baselineBytes] = await Promise.all([
    readFileAt(client, repo, IGNORE_FILE, commit),
    readFileAt(client, repo, BASELINE_FILE, commit),
  ]);
  return {
    config,
    configPath,
    configSha256,
    commit,
    ignore: ignoreBytes === null ? [] : parseIgnoreFile(ignoreBytes.toString('utf8'), IGNORE_FILE),
    baseline:
      baselineBytes === null
        ? new Set()
        : parseBaseline(baselineBytes.toString('utf8'), BASELINE_FILE),
    policyPaths: [...new Set([...configNames, ...CONFIG_FILES, IGNORE_FILE, BASELINE_FILE])],
  };
}
