/**
 * `mandate baseline`: write the current findings' fingerprints as the baseline, or (`--migrate`)
 * rewrite old-form entries of the ignore file and the baseline to current fingerprints.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatBaseline, formatBaselineFingerprints } from '../config/baseline.js';
import { parseFingerprint } from '../core/fingerprint.js';
import { displayPath, writeOutput } from './output.js';
import { prepare } from './prepare.js';
import { type ScanFlags, usage } from './scan-flags.js';
import { engineOptions, scanPrepared } from './secret-scan.js';

/**
 * `mandate baseline`: accepts the current findings. Writes the baseline file — unless
 * `--format json` asks to see it, which prints it and writes nothing (unless `--output` names
 * a file). In a git work tree it covers tracked files only, unless `--untracked`.
 */
export async function runBaseline(paths: string[], flags: ScanFlags): Promise<number> {
  if (flags.migrate) return runMigrate(paths, flags);
  if (flags.format !== 'text' && flags.format !== 'json') {
    throw usage(
      `mandate baseline writes a JSON baseline; --format ${flags.format} is not one of its formats (text, json).`,
    );
  }
  const prepared = await prepare(paths, {
    ...flags,
    baseline: undefined as never,
    untracked: flags.untracked ?? false,
  });
  const result = await scanPrepared(prepared, engineOptions(prepared, { baseline: new Set() }));
  const count = new Set(result.findings.map((f) => f.fingerprint)).size;
  // The baseline this command writes: --baseline, else the policy folder's (prepare ran
  // without --baseline, so that the current one is not subtracted).
  const baselineFile = flags.baseline ? resolve(flags.baseline) : prepared.baselinePath;
  if (flags.format === 'json' && !flags.output) {
    process.stdout.write(formatBaseline(result.findings));
    process.stderr.write(
      `mandate: ${count} fingerprint${count === 1 ? '' : 's'} printed; no file was written (run \`mandate baseline\` without --format json to write ${displayPath(process.cwd(), baselineFile)}).\n`,
    );
    return 0;
  }
  const target = flags.output ? resolve(flags.output) : baselineFile;
  await writeOutput(target, formatBaseline(result.findings));
  process.stdout.write(
    `Wrote ${count} fingerprint${count === 1 ? '' : 's'} to ${displayPath(process.cwd(), target)}. ` +
      'Later scans subtract them; commit the file. It holds hashes only, no secrets.\n',
  );
  return 0;
}

/**
 * `mandate baseline --migrate`: rewrites the old-form entries of `.mandateignore` and the
 * baseline (unsalted fingerprints, paths relative to a scanned folder) to the current
 * fingerprints of the findings they name, keeping reasons and order. An old entry is
 * recognised only through the secret it names, so the scope must contain it; entries whose
 * secret was not found are listed (by line, without their hash) and left as they are.
 */
async function runMigrate(paths: string[], flags: ScanFlags): Promise<number> {
  const prepared = await prepare(paths, flags);
  const result = await scanPrepared(prepared, engineOptions(prepared));
  const migrations = result.migrations ?? [];
  const cwd = process.cwd();
  const said: string[] = [];
  const ignoreMoves = migrations.filter((m) => m.source === 'ignore');
  const leftInIgnore = prepared.ignore.filter(
    (entry) =>
      isOldSecretEntry(entry.fingerprint) && !ignoreMoves.some((m) => m.line === entry.line),
  );
  if (ignoreMoves.length > 0) {
    const text = readFileSync(prepared.ignorePath, 'utf8');
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    const byLine = new Map<number, string[]>();
    for (const m of ignoreMoves) byLine.set(m.line!, [...(byLine.get(m.line!) ?? []), m.to]);
    for (const [line, targets] of [...byLine].sort(([a], [b]) => b - a)) {
      const old = lines[line - 1]!;
      const from = ignoreMoves.find((m) => m.line === line)!.from;
      const rewritten = [...new Set(targets)].sort().map((to) => old.replace(from, () => to));
      lines.splice(line - 1, 1, ...rewritten);
    }
    await writeOutput(prepared.ignorePath, lines.join(eol));
    said.push(
      `Rewrote ${ignoreMoves.length} .mandateignore entr${ignoreMoves.length === 1 ? 'y' : 'ies'} in ${displayPath(cwd, prepared.ignorePath)}.`,
    );
  }
  const baselineMoves = migrations.filter((m) => m.source === 'baseline');
  const moved = new Set(baselineMoves.map((m) => m.from));
  const leftInBaseline = [...prepared.baseline].filter(
    (fingerprint) => isOldSecretEntry(fingerprint) && !moved.has(fingerprint),
  );
  if (baselineMoves.length > 0) {
    const kept = [...prepared.baseline].filter((fingerprint) => !moved.has(fingerprint));
    await writeOutput(
      prepared.baselinePath,
      formatBaselineFingerprints([...kept, ...baselineMoves.map((m) => m.to)]),
    );
    said.push(
      `Rewrote ${moved.size} baseline entr${moved.size === 1 ? 'y' : 'ies'} in ${displayPath(cwd, prepared.baselinePath)}.`,
    );
  }
  if (said.length === 0) said.push('Nothing to migrate: no old-form entry matched a finding.');
  if (leftInIgnore.length + leftInBaseline.length > 0) {
    const where = [
      ...leftInIgnore.map((entry) => `.mandateignore line ${entry.line}`),
      ...(leftInBaseline.length === 0
        ? []
        : [`${leftInBaseline.length} baseline entr${leftInBaseline.length === 1 ? 'y' : 'ies'}`]),
    ];
    said.push(
      `Not migrated (${where.join(', ')}): the secret they name was not found in ${prepared.changeSet.description}. ` +
        'Run the migration over the scope that finds it (the repository root, or `--history`), or remove the entries if the secret is gone.',
    );
  }
  said.push('Commit the rewritten files: they hold keyed hashes only, no secrets.');
  process.stdout.write(`${said.join('\n')}\n`);
  return 0;
}

/** An entry in the old unsalted form for a secret rule (policy and review entries hash no secret). */
function isOldSecretEntry(fingerprint: string): boolean {
  const parsed = parseFingerprint(fingerprint);
  return parsed !== null && !parsed.keyed && !/^(?:policy|review)\//.test(parsed.ruleId);
}
