/**
 * The CLI's side of the policy loader (src/config/policy.ts): where the policy lives on disk
 * (the scanned folder when it holds a config, else the repository root) and the config with its
 * central configs merged (`extends: owner/repo:path@ref`) by the one policy loader, read and
 * cached by ./central.ts).
 * `mandate scan`, `mandate rules` and `mandate policies` load their policy here.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILES, isRemoteExtends, loadConfig } from '../config/load.js';
import type { Config } from '../core/config.js';
import type { IgnoreEntry } from '../core/postprocess/index.js';
import type { Context } from '../core/types.js';

/** The folder whose policy applies: `base` when it holds a config, else the repository root. */
export function policyRoot(base: string, repoRoot: string | null): string {
  return CONFIG_FILES.some((name) => existsSync(join(base, name))) ? base : (repoRoot ?? base);
}

/**
 * The config with its central configs merged under it, and the ignore and baseline entries of
 * locked rules dropped, by the one policy loader (src/config/policy.ts) through the CLI's
 * caching reader (./central.ts); all three unchanged when `extends` names no central config.
 */
export async function withCachedCentralConfigs(
  policy: { config: Config; ignore: IgnoreEntry[]; baseline: Set<string> },
  options: { repoRoot: string | null; mode: Context['mode']; warn: (sentence: string) => void },
): Promise<{ config: Config; ignore: IgnoreEntry[]; baseline: Set<string> }> {
  if (!policy.config.extends.some(isRemoteExtends)) return policy;
  // Loaded only when a central config is named: the hook's start stays fast.
  const [{ cachingCentralReader }, loader] = await Promise.all([
    import('./central.js'),
    import('../config/policy.js'),
  ]);
  const merged = await loader.withCentralConfigs(cachingCentralReader(options), policy);
  for (const note of merged.notes) options.warn(note);
  return { config: merged.config, ignore: merged.ignore, baseline: merged.baseline };
}

/** The config of the folder `cwd` (or `--config`), central configs merged. */
export async function loadCliConfig(options: {
  cwd: string;
  repoRoot: string | null;
  /** `--config`, relative to `cwd`. */
  config?: string;
  mode: Context['mode'];
  warn: (sentence: string) => void;
}): Promise<Config> {
  const local = await loadConfig({
    cwd: policyRoot(options.cwd, options.repoRoot),
    ...(options.config === undefined ? {} : { file: resolve(options.cwd, options.config) }),
  });
  const { config } = await withCachedCentralConfigs(
    { config: local, ignore: [], baseline: new Set() },
    { repoRoot: options.repoRoot, mode: options.mode, warn: options.warn },
  );
  return config;
}
