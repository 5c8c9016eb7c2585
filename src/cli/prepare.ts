/**
 * Preparing a scan: from the command's paths and flags to what the engine judges — the scanned
 * root, the mode, the policy (config, central configs, ignore file, baseline; read at BASE for a
 * `--diff` in CI), the compiled secret rules and guardrail families, and the change set of the
 * scope.
 */

import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseBaseline } from '../config/baseline.js';
import { parseIgnoreFile } from '../config/ignore-file.js';
import { BASELINE_FILE, IGNORE_FILE, loadConfig, resolveSecretRules } from '../config/load.js';
import type { Config } from '../core/config.js';
import { MandateError } from '../core/errors.js';
import {
  compileGuardrails,
  type GuardrailSettings,
  type Guardrails,
  guardrailSettings,
} from '../core/guardrails.js';
import type { IgnoreEntry } from '../core/postprocess/index.js';
import type { RulePack, SecretRuleSpec } from '../core/rule-spec.js';
import { type CompiledRules, compileRules } from '../core/secret/compile.js';
import type { ChangeSet, Context } from '../core/types.js';
import { builtinPacks } from '../rules/packs.js';
import { diffSource, parseRange } from '../sources/diff.js';
import { findRepoRoot } from '../sources/git.js';
import {
  type GuardrailReader,
  type GuardrailReaders,
  gitGuardrailReader,
  historyGuardrailReaders,
  withGuardrailReads,
} from '../sources/guardrail-reads.js';
import { historySource } from '../sources/history.js';
import { type PathsSourceOptions, pathsSource } from '../sources/paths.js';
import { stagedSource } from '../sources/staged.js';
import { policyRoot, withCachedCentralConfigs } from './load-policy.js';
import { displayPath } from './output.js';
import type { ScanProgress } from './progress.js';
import { pickScope, type ScanFlags, usage } from './scan-flags.js';

export interface Prepared {
  config: Config;
  /**
   * The built-in rule packs, parsed once for the run (about 1.3 ms a parse): the secret rules
   * come from them, and the review preview of a staged or diff scope reads them again.
   */
  packs: RulePack[];
  /** The rules before compilation (what scan workers compile). */
  specs: SecretRuleSpec[];
  rules: CompiledRules;
  ignore: IgnoreEntry[];
  baseline: Set<string>;
  /** Where the ignore file and the baseline were looked for (they may not exist). */
  ignorePath: string;
  baselinePath: string;
  changeSet: ChangeSet;
  context: Context;
  /** Where the config, ignore file and baseline live. */
  policyDir: string;
  /** The git work tree the current directory is in (null outside one: a paths scope only). */
  repoRoot: string | null;
  /** `--jobs`, when given. */
  jobs?: number;
  /** For a paths scope: what the source reads (a large scan reads it in worker threads). */
  paths?: PathsSourceOptions;
  /** What `guardrailFamilies` was compiled from (scan workers compile the same). */
  guardrails: GuardrailSettings;
  /**
   * The AI guardrail families (artifacts, personal data): per-file families of the run beside
   * the secret rules (`families` of the engine options); the entry point sets their `lfs` and
   * `isPhone` as it reads.
   */
  guardrailFamilies: Guardrails;
}

function readOptional(file: string, explicit: boolean): string | null {
  const shown = displayPath(process.cwd(), file);
  if (!existsSync(file)) {
    if (explicit)
      throw new MandateError(`${shown} not found.`, { hint: 'Check the path you passed.' });
    return null;
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new MandateError(`cannot read ${shown}: ${(cause as Error).message}.`, {
      cause,
      hint: 'It must be a readable file: fix or remove it.',
    });
  }
}

export async function prepare(
  paths: string[],
  flags: ScanFlags,
  progress?: (p: ScanProgress) => void,
): Promise<Prepared> {
  const cwd = process.cwd();
  const scope = pickScope(paths, flags);
  const repoRoot = await findRepoRoot(cwd);
  if (scope !== 'paths' && repoRoot === null) {
    throw new MandateError(
      `${cwd} is not inside a git repository, so there is nothing staged or committed to scan.`,
      {
        hint: 'Run `mandate scan PATH` to scan files, or run this inside a repository.',
      },
    );
  }

  // The scanned root: a single directory argument becomes the root; else the current directory.
  let root = cwd;
  let scanPaths = paths.length > 0 ? paths : ['.'];
  if (scope === 'paths' && paths.length === 1) {
    const only = resolve(cwd, paths[0]!);
    if (!existsSync(only)) throw usage(`${paths[0]} does not exist.`);
    if (statSync(only).isDirectory()) {
      root = only;
      scanPaths = ['.'];
    }
  }
  for (const p of scanPaths) {
    if (!existsSync(resolve(root, p))) throw usage(`${p} does not exist.`);
  }
  const base = scope === 'paths' ? root : repoRoot!;
  const policyDir = policyRoot(base, repoRoot);

  const mode = flags.mode ?? (process.env.CI ? 'ci' : scope === 'staged' ? 'hook' : 'local');
  // In CI a --diff judges a checked-out change: its policy files come from BASE (base-policy.ts).
  // So does a --history over a range (`BASE..HEAD`, the commits of a pull request one by one).
  const historyRange =
    scope === 'history' && typeof flags.history === 'string' && flags.history.includes('..')
      ? flags.history
      : null;
  const range = scope === 'diff' ? flags.diff! : historyRange;
  const atBase =
    range !== null && mode === 'ci'
      ? await (await import('./base-policy.js')).readPolicyAtBase(repoRoot!, range)
      : null;
  const configFile = flags.config === undefined ? undefined : resolve(cwd, flags.config);
  const fromDisk = () =>
    loadConfig({ cwd: policyDir, ...(configFile === undefined ? {} : { file: configFile }) });
  let config = atBase === null ? await fromDisk() : await atBase.config(configFile, fromDisk);
  const readPolicyFile = async (file: string, explicit: boolean) =>
    atBase === null
      ? readOptional(file, explicit)
      : atBase.read(file, explicit, () => readOptional(file, explicit));

  const ignorePath = flags.ignoreFile
    ? resolve(cwd, flags.ignoreFile)
    : join(policyDir, IGNORE_FILE);
  const ignoreText = await readPolicyFile(ignorePath, flags.ignoreFile !== undefined);
  let ignore = ignoreText === null ? [] : parseIgnoreFile(ignoreText, displayPath(cwd, ignorePath));
  const baselinePath = flags.baseline
    ? resolve(cwd, flags.baseline)
    : join(policyDir, BASELINE_FILE);
  const baselineText = await readPolicyFile(baselinePath, flags.baseline !== undefined);
  if (atBase !== null && !flags.quiet) process.stderr.write(`mandate: ${atBase.notice()}\n`);
  let baseline =
    baselineText === null
      ? new Set<string>()
      : parseBaseline(baselineText, displayPath(cwd, baselinePath));
  ({ config, ignore, baseline } = await withCachedCentralConfigs(
    { config, ignore, baseline },
    {
      repoRoot,
      mode,
      warn: (sentence) => flags.quiet || process.stderr.write(`mandate: ${sentence}\n`),
    },
  ));
  const packs = builtinPacks();
  const specs = resolveSecretRules(config, packs);
  const maxFileSize = config.maxFileSize;
  const pathsOptions: PathsSourceOptions | undefined =
    scope === 'paths'
      ? {
          ...(await repositoryRelative(root, scanPaths, cwd, repoRoot)),
          maxFileSize,
          respectGitignore: flags.gitignore,
          ...(flags.untracked === false ? { trackedOnly: true } : {}),
        }
      : undefined;
  // The AI guardrail families (artifacts, personal data) are judged in the same pass as the
  // secret rules; every scope reads .gitattributes (each folder's, for LFS, once, on first
  // need) and binary heads lazily (sources/guardrail-reads.ts). Scan workers compile the same
  // settings.
  const guardSettings = guardrailSettings(config);
  const guardrails = compileGuardrails(guardSettings);
  const rules = compileRules(specs, { allowlist: config.allowlist, overrides: config.overrides });

  let changeSet: ChangeSet;
  switch (scope) {
    case 'staged':
      changeSet = guarded(
        stagedSource({ repoRoot: repoRoot!, maxFileSize, knownRepository: true }),
        guardrails,
        gitGuardrailReader(repoRoot!, ''),
      );
      break;
    case 'diff':
      changeSet = guarded(
        diffSource({ repoRoot: repoRoot!, range: flags.diff!, maxFileSize }),
        guardrails,
        gitGuardrailReader(repoRoot!, parseRange(flags.diff!).head),
      );
      break;
    case 'history':
      // Each file's bytes and .gitattributes at the commit that changed it.
      changeSet = guarded(
        historySource({
          repoRoot: repoRoot!,
          ...(typeof flags.history === 'string' ? { range: flags.history } : {}),
          maxFileSize,
          ...(progress ? { onProgress: progress } : {}),
        }),
        guardrails,
        historyGuardrailReaders(repoRoot!),
      );
      break;
    default:
      changeSet = pathsSource(pathsOptions!);
  }

  const context: Context = { mode, now: new Date() };
  return {
    config,
    packs,
    specs,
    rules,
    ignore,
    baseline,
    ignorePath,
    baselinePath,
    changeSet,
    context,
    policyDir,
    repoRoot,
    guardrails: guardSettings,
    guardrailFamilies: guardrails,
    ...(pathsOptions ? { paths: pathsOptions } : {}),
    ...(flags.jobs === undefined ? {} : { jobs: flags.jobs }),
  };
}

/** A git source whose files carry what the guardrail families read (binary heads, LFS). */
function guarded(
  changeSet: ChangeSet,
  guardrails: Guardrails,
  reader: GuardrailReader | GuardrailReaders,
): ChangeSet {
  return { ...changeSet, files: withGuardrailReads(changeSet.files, guardrails, reader) };
}

/**
 * Where a paths scan lists from, so that paths (and so fingerprints) are relative to the
 * repository root whatever folder is scanned: `mandate scan src`, or a scan from a subfolder,
 * reports `src/app.py` as a root scan, the hook and CI do, and one ignore file and baseline
 * serve them all. Inside a git work tree the root becomes the repository's and the paths are
 * made relative to it; outside one (or for a path outside the repository) paths stay relative
 * to the scanned root.
 */
async function repositoryRelative(
  root: string,
  scanPaths: string[],
  cwd: string,
  cwdRepo: string | null,
): Promise<Pick<PathsSourceOptions, 'root' | 'paths' | 'inWorkTree'>> {
  // `git rev-parse --show-toplevel` succeeds exactly inside a work tree.
  const repoRoot = root === cwd ? cwdRepo : await findRepoRoot(root);
  if (repoRoot === null) return { root, paths: scanPaths, inWorkTree: false };
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  };
  const top = real(repoRoot);
  const inside: string[] = [];
  for (const p of scanPaths) {
    const rel = relative(top, real(resolve(root, p)));
    if (rel.startsWith('..') || isAbsolute(rel)) return { root, paths: scanPaths };
    inside.push(rel === '' ? '.' : rel);
  }
  return { root: top, paths: inside, inWorkTree: true };
}
