/**
 * The one policy loader of the CLI and the Action: which files are policy (declared here once),
 * how the config is found (`.mandate.yml` or `.mandate.yaml`, never both; a path named
 * explicitly must exist), parsed and hashed, and how `.mandateignore` and the baseline are read
 * — over a `PolicyReader`, so that the same code reads files on disk, a commit in git (`mandate
 * scan --diff` in CI reads the base) and the contents API at a commit (the Action reads the
 * base). Central configs (`extends: owner/repo:path@ref`) are merged here too
 * (`loadRepositoryPolicy`, and `withCentralConfigs` for a policy read another way), through a
 * `CentralReader` each shell supplies: the contents API with the Action's token
 * (src/github/central.ts), the CLI's cache in front of it with its offline rules
 * (src/cli/central.ts). The merge itself (src/config/central.ts) is loaded only when `extends`
 * names a central config, so the hook's start stays fast.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Config } from '../core/config.js';
import { ConfigError, MandateError } from '../core/errors.js';
import type { IgnoreEntry } from '../core/postprocess/index.js';
import { parseBaseline } from './baseline.js';
import type { CentralReader, CentralResult } from './central.js';
import { parseIgnoreFile } from './ignore-file.js';
import {
  BASELINE_FILE,
  CONFIG_FILES,
  configFromBytes,
  defaultConfig,
  IGNORE_FILE,
  isRemoteExtends,
} from './load.js';

export type { CentralReader, CentralResult };
export { BASELINE_FILE, CONFIG_FILES, IGNORE_FILE };

/** Where policy files are read from. Paths are the reader's own (repository-relative, or on disk). */
export interface PolicyReader {
  /** A file's bytes; null when there is no file there. Anything else unreadable throws. */
  read(path: string): Promise<Buffer | null>;
  /** Where the files are, for messages: '' on disk, ' at the base commit 1a2b3c4' in git. */
  readonly location: string;
}

/** Files on disk, relative to `root` (an absolute path is read as it is). */
export function diskReader(root: string): PolicyReader {
  return {
    location: '',
    async read(path) {
      const file = resolve(root, path);
      try {
        return await readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new MandateError(`cannot read config file ${file}: ${(error as Error).message}`, {
          cause: error,
          hint: 'The config must be a readable file: fix the path or its permissions.',
        });
      }
    },
  };
}

export interface FoundConfig {
  config: Config;
  /** The file it was read from (as named to the reader), null for the built-in defaults. */
  path: string | null;
  /** SHA-256 of the file's bytes, null for the built-in defaults. */
  sha256: string | null;
}

/**
 * The config: `explicit` when given (its absence is `missing(path)`: a config named explicitly
 * is never replaced by the defaults), else `.mandate.yml` or `.mandate.yaml`, else the
 * built-in defaults. `display` names a path in messages and in `config.source.file`.
 */
export async function findConfig(
  reader: PolicyReader,
  options: {
    explicit?: string;
    missing: (path: string) => MandateError;
    display?: (path: string) => string;
  },
): Promise<FoundConfig> {
  const display = options.display ?? ((path: string) => path);
  if (options.explicit !== undefined) {
    const bytes = await reader.read(options.explicit);
    if (bytes === null) throw options.missing(options.explicit);
    const config = await configFromBytes(bytes, display(options.explicit));
    return { config, path: options.explicit, sha256: config.source.sha256 ?? null };
  }
  const found: { name: string; bytes: Buffer }[] = [];
  for (const name of CONFIG_FILES) {
    const bytes = await reader.read(name);
    if (bytes !== null) found.push({ name, bytes });
  }
  if (found.length > 1) {
    throw new ConfigError(
      display(found[1]!.name),
      `both ${CONFIG_FILES.join(' and ')} exist${reader.location}; keep one of them`,
    );
  }
  const [file] = found;
  if (file === undefined) return { config: defaultConfig(), path: null, sha256: null };
  const config = await configFromBytes(file.bytes, display(file.name));
  return { config, path: file.name, sha256: config.source.sha256 ?? null };
}

/** The ignore file's entries, or none when there is no such file. */
export async function readIgnore(
  reader: PolicyReader,
  path: string,
  display = path,
): Promise<IgnoreEntry[]> {
  const bytes = await reader.read(path);
  return bytes === null ? [] : parseIgnoreFile(bytes.toString('utf8'), display);
}

/** The baseline's fingerprints, or none when there is no such file. */
export async function readBaseline(
  reader: PolicyReader,
  path: string,
  display = path,
): Promise<Set<string>> {
  const bytes = await reader.read(path);
  return bytes === null ? new Set() : parseBaseline(bytes.toString('utf8'), display);
}

/** The policy of a repository as one reader holds it. */
export interface RepositoryPolicy extends FoundConfig {
  ignore: IgnoreEntry[];
  baseline: Set<string>;
  /** Every path that is policy: a change to one of them is reported. */
  policyPaths: string[];
}

/** Config, ignore file and baseline at the repository root of `reader`. */
export async function readRepositoryPolicy(
  reader: PolicyReader,
  options: { explicit?: string; missing: (path: string) => MandateError },
): Promise<RepositoryPolicy> {
  const found = await findConfig(reader, options);
  const [ignore, baseline] = await Promise.all([
    readIgnore(reader, IGNORE_FILE),
    readBaseline(reader, BASELINE_FILE),
  ]);
  return {
    ...found,
    ignore,
    baseline,
    policyPaths: [
      ...new Set([
        ...(options.explicit === undefined ? [] : [options.explicit]),
        ...CONFIG_FILES,
        IGNORE_FILE,
        BASELINE_FILE,
      ]),
    ],
  };
}

/**
 * The config with the central configs its `extends` names merged under it, and the ignore and
 * baseline entries of locked rules dropped (src/config/central.ts `mergeCentralConfigs`); all
 * unchanged, and the merge never loaded, when `extends` names none.
 */
export async function withCentralConfigs(
  central: CentralReader,
  policy: { config: Config; ignore: IgnoreEntry[]; baseline: Set<string> },
): Promise<CentralResult> {
  const { config, ignore, baseline } = policy;
  if (!config.extends.some(isRemoteExtends)) {
    return { config, ignore, baseline, sources: [], locked: new Set(), notes: [] };
  }
  const { mergeCentralConfigs } = await import('./central.js');
  return mergeCentralConfigs(central, config, ignore, baseline);
}

/**
 * The policy of a repository as one reader holds it, with its central configs (read by
 * `central`) merged: the one loader of the Action (the contents API at the policy commit) and
 * of anything that reads a repository's policy whole.
 */
export async function loadRepositoryPolicy(
  reader: PolicyReader,
  central: CentralReader,
  options: { explicit?: string; missing: (path: string) => MandateError },
): Promise<RepositoryPolicy & { central: CentralResult }> {
  const policy = await readRepositoryPolicy(reader, options);
  return { ...policy, central: await withCentralConfigs(central, policy) };
}
