/**
 * `mandate scan` and `mandate check`: prepare the scope, preview the reviews a change will need,
 * run the secret family (and, for `check`, the policy family) to one decision, append evidence
 * when asked, and print the report.
 */

import { resolve } from 'node:path';
import { describeReason } from '../core/decision.js';
import { type FamilyRun, run } from '../core/family.js';
import type { PolicyEntry } from '../core/policy/types.js';
import { migrationNotice } from '../core/postprocess/legacy.js';
import type { ScanResult } from '../core/types.js';
import { formatText } from '../reporters/text.js';
import { parseRange } from '../sources/diff.js';
import { blobAt } from '../sources/git.js';
import { render, writeOutput } from './output.js';
import { type Prepared, prepare } from './prepare.js';
import { progressReporter } from './progress.js';
import type { ScanFlags } from './scan-flags.js';
import { chainOptions, engineOptions, monotonicMs, secretScan } from './secret-scan.js';
import { wantsColor } from './tty.js';

/**
 * Reads a changed file's head version for structured review patterns: `rev` `''` is the index,
 * else a commit. Null when git cannot show it.
 */
function headReader(repoRoot: string, rev: string): (path: string) => Promise<string | null> {
  return async (path) => (await blobAt(repoRoot, rev, path))?.toString('utf8') ?? null;
}

export async function runScan(
  paths: string[],
  flags: ScanFlags,
  command: 'scan' | 'check',
): Promise<number> {
  const progress = progressReporter(flags.quiet || flags.format !== 'text', monotonicMs);
  const prepared = await prepare(paths, flags, progress.update);
  // Required reviews are not applicable locally; staged and diff scopes say which will apply.
  const reviews =
    flags.staged || flags.diff
      ? (await import('./review-preview.js')).watchForReviews(
          prepared.changeSet,
          prepared.config,
          prepared.packs,
          headReader(prepared.repoRoot!, flags.staged ? '' : parseRange(flags.diff!).head),
          // CODEOWNERS as the pull request will read it: from HEAD, or from the diff's base.
          headReader(prepared.repoRoot!, flags.staged ? 'HEAD' : parseRange(flags.diff!).base),
        )
      : null;
  if (reviews !== null) prepared.changeSet = reviews.changeSet;
  // One run: the secret family over the scope, then (`check`) the policy family; one decision.
  let policies: PolicyEntry[] | undefined;
  const families =
    command === 'check'
      ? [
          await policyFamilyRun(prepared, (entries) => {
            policies = entries;
          }),
        ]
      : [];
  let result: ScanResult;
  try {
    result = await run(
      secretScan(
        prepared,
        // In CI a directory scan that could not read a file fails closed.
        engineOptions(prepared, {
          blockUnreadable: prepared.paths !== undefined && prepared.context.mode === 'ci',
        }),
        progress.update,
      ),
      families,
      chainOptions(prepared),
    );
  } finally {
    progress.done();
  }
  if (flags.evidenceLedger !== undefined) {
    const line = await (await import('./evidence.js')).appendScanEvidence(result, {
      dir: flags.evidenceLedger,
      policyDir: prepared.policyDir,
      ...(policies === undefined ? {} : { policies }),
      ...(flags.config === undefined ? {} : { config: flags.config }),
    });
    process.stderr.write(`${line}\n`);
  }
  const color = wantsColor(flags.color);
  const report = await render(result, flags.format, {
    color,
    ...(flags.quiet ? { quiet: true } : {}),
  });
  if (flags.output) {
    await writeOutput(resolve(flags.output), report);
    if (flags.format !== 'text') {
      process.stdout.write(formatText(result, { color, quiet: true }));
    }
  } else {
    process.stdout.write(report);
    // A machine format is read by a program: say why an incomplete scan blocks, on stderr.
    if (flags.format !== 'text') {
      const incomplete = (result.why ?? []).filter((reason) => reason.kind === 'incomplete');
      process.stderr.write(
        incomplete.map((reason) => `mandate: ${describeReason(reason)}\n`).join(''),
      );
    }
    const migrate = flags.format === 'text' ? null : migrationNotice(result.migrations);
    if (migrate !== null) process.stderr.write(`mandate: ${migrate}\n`);
  }
  const preview = flags.quiet ? [] : ((await reviews?.preview()) ?? []);
  if (preview.length > 0) {
    const out = flags.format === 'text' && !flags.output ? process.stdout : process.stderr;
    out.write(`${preview.join('\n')}\n`);
  }
  return result.decision === 'block' ? 1 : 0;
}

/** `mandate check`: the policy documents too (stale ones block in CI and warn in the hook). */
async function policyFamilyRun(
  prepared: Prepared,
  onEntries: (entries: PolicyEntry[]) => void,
): Promise<FamilyRun> {
  const { repositoryPolicyRun } = await import('./policies.js');
  const { policyDir, repoRoot, config } = prepared;
  return repositoryPolicyRun({
    root: policyDir,
    config,
    onEntries,
    // The policy at the repository's top (the hook's case): prepare found that root already.
    ...(repoRoot !== null && policyDir === repoRoot ? { repoRoot } : {}),
  });
}
