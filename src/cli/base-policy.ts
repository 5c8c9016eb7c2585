/**
 * `mandate scan --diff BASE..HEAD` in CI judges a pull request that is checked out: its own
 * `.mandate.yml`, `.mandateignore` and baseline are the head's, so a change could switch off its
 * own findings. In CI the policy is read from BASE instead (`git ls-tree` / `git cat-file` at
 * the base commit), as the Action reads it through the API. A file outside the repository
 * (`--config /etc/mandate.yml`) is not part of any change and is read from disk.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { findConfig, type PolicyReader } from '../config/policy.js';
import type { Config } from '../core/config.js';
import { MandateError } from '../core/errors.js';
import { parseRange } from '../sources/diff.js';
import { readBlobAt, resolveCommit } from '../sources/git.js';

export interface BasePolicy {
  /** The base commit the policy is read from. */
  sha: string;
  /** The config at BASE: `file` (absolute) when given, else `.mandate.yml`/`.yaml` at the root. */
  config(file: string | undefined, fromDisk: () => Promise<Config>): Promise<Config>;
  /** A policy file's text at BASE; `fromDisk` for a file outside the repository. */
  read(file: string, explicit: boolean, fromDisk: () => string | null): Promise<string | null>;
  /** One line for the log: where the policy came from. */
  notice(): string;
}

/** The repository-relative POSIX path of `file`, or null outside the repository. */
function inRepository(repoRoot: string, file: string): string | null {
  const rel = relative(repoRoot, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

export async function readPolicyAtBase(repoRoot: string, range: string): Promise<BasePolicy> {
  const { base } = parseRange(range);
  const sha = await resolveCommit(base, repoRoot);
  if (sha === null) {
    throw new MandateError(`unknown revision '${base}' in the diff range ${range}.`, {
      hint: `Check the name, or fetch it first (git fetch origin ${base}; in CI use actions/checkout with fetch-depth: 0).`,
    });
  }
  const short = sha.slice(0, 7);
  const read: string[] = [];
  const missing = (path: string, what: string) =>
    new MandateError(
      `${what} ${path} does not exist at the base commit ${short} (${base}); in CI the policy is read from the base, not from the change.`,
      {
        hint: `Commit ${path} to ${base} first, or leave the option out to use the defaults.`,
      },
    );
  // The base commit as a PolicyReader: the loader's discovery, over `git cat-file`.
  const reader: PolicyReader = {
    location: ` at the base commit ${short}`,
    async read(path) {
      const bytes = await readBlobAt(sha, path, repoRoot);
      if (bytes !== null) read.push(path);
      return bytes;
    },
  };
  return {
    sha,
    async config(file, fromDisk) {
      const rel = file === undefined ? undefined : inRepository(repoRoot, file);
      if (rel === null) return fromDisk();
      const found = await findConfig(reader, {
        ...(rel === undefined ? {} : { explicit: rel }),
        missing: (path) => missing(path, 'the config file'),
      });
      return found.config;
    },
    async read(file, explicit, fromDisk) {
      const rel = inRepository(repoRoot, file);
      if (rel === null) return fromDisk();
      const bytes = await reader.read(rel);
      if (bytes === null) {
        if (explicit) throw missing(rel, 'the file');
        return null;
      }
      return bytes.toString('utf8');
    },
    notice() {
      const what = read.length === 0 ? 'built-in defaults, no policy files there' : read.join(', ');
      return `policy read from BASE ${short} (${what}), not from the checked-out change.`;
    },
  };
}
