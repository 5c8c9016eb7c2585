import { IGNORE_FILE } from '../config/load.js';
import { formatCount } from '../core/count.js';
import type { ScanResult, Scope, SkipReason } from '../core/types.js';

export { formatCount };

/** `1 file`, `1,203 files`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/** Every skip reason in print order (key order); one added to SkipReason must be added here to compile. */
const SKIP_ORDER = Object.keys({
  binary: true,
  'too-large': true,
  deleted: true,
  submodule: true,
  symlink: true,
  unreadable: true,
} satisfies Record<SkipReason, true>) as SkipReason[];

/** Scopes that scan only the lines a change adds. */
const ADDED_LINE_SCOPES: ReadonlySet<Scope> = new Set([
  'staged',
  'diff',
  'history',
  'pull-request',
  'push',
]);

const SUPPRESSED_LABELS = {
  inline: 'inline',
  ignoreFile: IGNORE_FILE,
  baseline: 'baseline',
  allowlist: 'allowlist',
} as const;

/**
 * What was scanned, so that a hook can never silently scan nothing, e.g.
 * "Scanned 14 files, 1,203 lines, 2 skipped (binary: 1, too-large: 1) in 84 ms".
 */
export function scannedSummary(result: ScanResult): string {
  const { stats } = result;
  const parts: string[] = [];
  if (stats.commits !== undefined) parts.push(plural(stats.commits, 'commit'));
  parts.push(plural(stats.files, 'file'));
  parts.push(plural(stats.lines, ADDED_LINE_SCOPES.has(result.scope) ? 'added line' : 'line'));
  if (stats.policies !== undefined) parts.push(plural(stats.policies, 'policy document'));

  const skipped = SKIP_ORDER.flatMap((reason) => {
    const n = stats.skipped[reason] ?? 0;
    return n > 0 ? [{ label: reason, n }] : [];
  });
  const skippedTotal = skipped.reduce((sum, s) => sum + s.n, 0);
  if (skippedTotal > 0) {
    const detail = skipped.map((s) => `${s.label}: ${formatCount(s.n)}`).join(', ');
    parts.push(`${formatCount(skippedTotal)} skipped (${detail})`);
  }

  const suppressed = (Object.keys(SUPPRESSED_LABELS) as (keyof typeof SUPPRESSED_LABELS)[])
    .map((key) => ({ label: SUPPRESSED_LABELS[key], n: stats.suppressed[key] }))
    .filter((s) => s.n > 0);
  const suppressedTotal = suppressed.reduce((sum, s) => sum + s.n, 0);
  if (suppressedTotal > 0) {
    const detail = suppressed.map((s) => `${s.label}: ${formatCount(s.n)}`).join(', ');
    parts.push(`${formatCount(suppressedTotal)} suppressed (${detail})`);
  }

  return `Scanned ${parts.join(', ')} in ${formatCount(Math.round(stats.durationMs))} ms`;
}

/** `412 files and 3 folders`. */
function filesAndFolders(counts: { files: number; folders: number }): string {
  const parts: string[] = [];
  if (counts.files > 0) parts.push(plural(counts.files, 'file'));
  if (counts.folders > 0) parts.push(plural(counts.folders, 'folder'));
  return parts.join(' and ');
}

/**
 * What a directory scan's listing left out and why, one sentence per reason with what to do
 * about it, e.g. "412 files and 3 folders skipped: ignored by .gitignore — use --no-gitignore
 * to scan them." (Files listed but not read, binary or too large, are counted by the summary
 * line.) Empty when the listing left nothing out.
 */
export function skippedSentences(result: ScanResult): string[] {
  const out: string[] = [];
  const left = result.leftOut;
  if (left?.ignored !== undefined) {
    out.push(
      `${filesAndFolders(left.ignored)} skipped: ignored by .gitignore — use --no-gitignore to scan them.`,
    );
  }
  if (left?.excluded !== undefined) {
    out.push(`${filesAndFolders(left.excluded)} skipped: they match an exclude pattern.`);
  }
  if (left?.dependencies !== undefined) {
    out.push(
      `${plural(left.dependencies.folders, 'node_modules folder')} skipped: dependencies are not walked — name one to scan it (mandate scan node_modules/PACKAGE).`,
    );
  }
  return out;
}
