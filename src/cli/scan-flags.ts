/**
 * The flags of `mandate scan`, `check` and `baseline`, and the one scope they choose (the paths
 * given, `--staged`, `--diff` or `--history`), with the usage error a wrong combination gets.
 */
import { MandateError } from '../core/errors.js';
import type { Context } from '../core/types.js';

export type Format = 'text' | 'json' | 'sarif' | 'markdown';

export interface ScanFlags {
  staged?: boolean;
  diff?: string;
  history?: string | boolean;
  format: Format;
  output?: string;
  config?: string;
  baseline?: string;
  ignoreFile?: string;
  gitignore: boolean;
  color: boolean;
  quiet?: boolean;
  mode?: Context['mode'];
  /** Threads for a directory scan (`--jobs`): 1 scans in-process; unset chooses. */
  jobs?: number;
  /** `mandate baseline --migrate`: rewrite old-form entries instead of writing a baseline. */
  migrate?: boolean;
  /** `mandate baseline`: also untracked files of a git work tree (default: tracked only). */
  untracked?: boolean;
  /** `mandate check --evidence-ledger DIR`: append the run's record to a local ledger. */
  evidenceLedger?: string;
}

export function usage(message: string): MandateError {
  return new MandateError(message, {
    hint: 'Run `mandate scan --help` for the scopes and options.',
  });
}

export function pickScope(
  paths: string[],
  flags: ScanFlags,
): 'paths' | 'staged' | 'diff' | 'history' {
  const chosen = [flags.staged && '--staged', flags.diff && '--diff', flags.history && '--history']
    .filter(Boolean)
    .map(String);
  if (chosen.length > 1) throw usage(`choose one scope, not ${chosen.join(' and ')}.`);
  if (chosen.length === 1 && paths.length > 0) {
    throw usage(`${chosen[0]} scans git changes; it takes no paths (got ${paths.join(', ')}).`);
  }
  if (flags.staged) return 'staged';
  if (flags.diff) return 'diff';
  if (flags.history) return 'history';
  return 'paths';
}
