/**
 * Running the engine over a prepared scan: the secret family as the first family of the run
 * (a directory listing read in-process or on worker threads), the engine options and the chain
 * options of a CLI run.
 */

import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import {
  type EngineOptions,
  enginePass,
  evaluateTally,
  newTally,
  secretRun,
  tallyFile,
} from '../core/engine.js';
import { MandateError } from '../core/errors.js';
import { type ChainOptions, type FirstRun, run } from '../core/family.js';
import { fingerprintKey, hashAhead, hashesAhead } from '../core/fingerprint.js';
import { readsAsData } from '../core/guardrails.js';
import type { Context, Evaluation, ScanResult } from '../core/types.js';
import { plural } from '../reporters/summary-line.js';
import { diskLfs, loadPhoneCheck } from '../sources/guardrail-reads.js';
import {
  loadYaml,
  mayHoldSecretManifest,
  withWholeFileSecretValues,
} from '../sources/kubernetes.js';
import { listedReader, readListed } from '../sources/listed.js';
import { explainNothingListed, listPaths, type PathsSourceOptions } from '../sources/paths.js';
import type { Prepared } from './prepare.js';
import type { ScanProgress } from './progress.js';

/**
 * A monotonic clock in milliseconds for scan durations. Not `performance.now()`: its first use
 * loads node:perf_hooks, about 4 ms of every start.
 */
export function monotonicMs(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1000 + nanoseconds / 1e6;
}

/** How much V8's old space may grow past what is live before a full collection (see scanPrepared). */
const HEAP_GROWING_PERCENT = 25;

/**
 * The scan worker bundle, next to the CLI bundle (dist/scan-worker.js). This module may be
 * bundled into dist/cli.js or, when a lazily loaded command shares it, into a chunk
 * (scripts/build.mjs: `chunks/[name]-[hash]`): from there the worker is one folder up.
 */
const WORKER_FILE = new URL(
  /\/chunks\/[^/]*$/.test(import.meta.url) ? '../scan-worker.js' : './scan-worker.js',
  import.meta.url,
);

/**
 * The secret family over the prepared change set, as the first family of the run (core/family.ts
 * `run`). A paths scope is listed first; a large listing is read and scanned by worker threads
 * (see worker-pool.ts), a small one in-process. Either way the files are tallied in sorted
 * path order, so the result is the same.
 */
export function secretScan(
  prepared: Prepared,
  options: EngineOptions,
  progress?: (p: ScanProgress) => void,
): FirstRun {
  const paths = prepared.paths;
  if (paths === undefined) return secretRun({ changeSet: prepared.changeSet, options });
  return {
    kind: 'secret',
    evaluate: (context) => scanListed(prepared, paths, options, context, progress),
  };
}

/** The secret family over a paths scope: listed, then read here or on worker threads. */
async function scanListed(
  prepared: Prepared,
  paths: PathsSourceOptions,
  options: EngineOptions,
  context: Context,
  progress?: (p: ScanProgress) => void,
): Promise<Evaluation> {
  const started = monotonicMs();
  // A directory scan drops one text per file, the large ones straight into V8's old space,
  // which by default may fill to about four times what is live before a full collection: peak
  // memory then grew with the tree (real-code corpus ×1 → ×10: 155 → 279 MB). Growing it by a
  // quarter keeps it flat (158 → 184 MB) at no measurable cost in time. Process-wide: scan
  // workers share it; node:v8 is loaded already (regex-backstop.ts).
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const { root, items, leftOut } = await listPaths(paths);
  if (items.length === 0) await nothingListed(paths, context.mode);
  const tally = newTally(undefined, monotonicMs);
  // Short secrets' slow fingerprint hashes run on the thread pool while the scan goes on. The
  // key is derived on the first finding: a scan without one never loads node:crypto.
  let key: Uint8Array | undefined;
  let hashed = 0;
  const hashNew = () => {
    for (; hashed < tally.raw.length; hashed++) {
      key ??= fingerprintKey(options.fingerprintSalt);
      hashAhead(tally.raw[hashed]!.secret, key);
    }
  };
  const report = (files: number, bytes: number) => {
    hashNew();
    progress?.({ files, of: items.length, bytes, findings: tally.raw.length });
  };
  // Loaded here, not imported: node:worker_threads is start-up cost the staged hook never uses.
  const { listedOutcome, scanWithWorkers, workerCount } = await import('./worker-pool.js');
  const workers = workerCount(root, items, paths.maxFileSize, process.env, prepared.jobs);
  const guardrails = prepared.guardrailFamilies;
  // Git LFS tracking from the .gitattributes on disk, each folder's read on first need.
  guardrails.lfs = diskLfs(root);
  const phones = items.some((item) => readsAsData(guardrails, item.path));
  if (phones) guardrails.isPhone = await loadPhoneCheck();
  // The per-file families each file is handed to (secret rules, artifacts, personal data).
  const pass = enginePass(options);
  // Every file is read the one way (sources/listed.ts) and scanned into one outcome, here
  // or on a worker; outcomes are tallied in listing order either way.
  const reader = await listedReader(root, items, paths.maxFileSize, workers > 0);
  if (workers > 0) {
    const { config } = prepared;
    await scanWithWorkers(
      items,
      {
        specs: prepared.specs,
        allowlist: config.allowlist,
        overrides: config.overrides,
        root,
        maxFileSize: paths.maxFileSize,
        manifests: reader.yaml !== null,
        guardrails: { ...prepared.guardrails, phones },
      },
      workers,
      tally,
      WORKER_FILE,
      report,
      (item) => listedOutcome(reader, item, pass),
    );
  } else {
    // Each part tallied as it is read: measured 3.7% less CPU than a FileOutcome per file
    // (real code, medians of 15), the same as before the pool shared this reading path.
    for (let k = 0; k < items.length; k++) {
      for (const file of readListed(reader, items[k]!)) {
        let read = file;
        if (reader.yaml === null && mayHoldSecretManifest(file)) {
          // A Kubernetes Secret manifest, perhaps: parsed whole once `yaml` is loaded.
          reader.yaml = await loadYaml();
          read = withWholeFileSecretValues(reader.yaml, file);
        }
        tallyFile(tally, read, pass);
      }
      report(k + 1, tally.bytes);
    }
  }
  hashNew();
  await hashesAhead();
  const evaluation = evaluateTally(tally, prepared.changeSet, options, context, started);
  return leftOut === undefined ? evaluation : { ...evaluation, leftOut };
}

/**
 * A directory scan that listed no file while its folders hold files (an enclosing repository's
 * .gitignore ignores them, say) has judged nothing: it says so, and in CI it fails closed
 * rather than print "passed".
 */
async function nothingListed(paths: PathsSourceOptions, mode: Context['mode']): Promise<void> {
  const found = await explainNothingListed(paths);
  if (found === null) return;
  const where = (paths.paths.length === 0 ? ['.'] : paths.paths)
    .map((p) => relative(process.cwd(), resolve(paths.root, p)).split(sep).join('/') || '.')
    .join(', ');
  const count = `${found.capped ? 'more than ' : ''}${plural(found.files, 'file')}`;
  const by =
    found.rule === undefined
      ? 'ignore rules'
      : `${relative(process.cwd(), found.rule.source).split(sep).join('/')}:${found.rule.line} (\`${found.rule.pattern}\`)`;
  const message = `no file was scanned: the ${count} in ${where} ${found.files === 1 ? 'is' : 'are'} ignored by ${by}.`;
  const hint = paths.respectGitignore
    ? 'Run mandate scan with --no-gitignore to scan them, or scan from the repository that should hold them.'
    : 'Check the exclude patterns.';
  if (mode === 'ci') throw new MandateError(`${message} Nothing was approved.`, { hint });
  process.stderr.write(`mandate: ${message}\n  ${hint}\n`);
}

/**
 * The chain of a CLI run (core/family.ts): the config's `disable`, `overrides` and `fail_on`,
 * the ignore file and the baseline, for every family joined after the secret one (which
 * applies the ignore file and baseline itself, before redaction).
 */
export function chainOptions(prepared: Prepared): ChainOptions {
  const { config } = prepared;
  return {
    context: prepared.context,
    ignore: prepared.ignore,
    baseline: prepared.baseline,
    disable: config.disable,
    overrides: config.overrides,
    failOn: config.failOn,
  };
}

/** The secret family alone over the prepared scope (`mandate baseline`), decided. */
export function scanPrepared(prepared: Prepared, options: EngineOptions): Promise<ScanResult> {
  return run(secretScan(prepared, options), [], { context: prepared.context });
}

/**
 * The engine options of a prepared scan: its rules, fail_on, ignore file and baseline (`baseline`
 * replaces the prepared one, e.g. none when writing a baseline), the `fingerprint_salt` that keys
 * fingerprints and the folders a paths scan lists whole (for unused-ignore warnings).
 */
export function engineOptions(
  prepared: Prepared,
  extra: Partial<EngineOptions> = {},
): EngineOptions {
  return {
    rules: prepared.rules,
    families: prepared.guardrailFamilies.families,
    failOn: prepared.config.failOn,
    ignore: prepared.ignore,
    baseline: prepared.baseline,
    ...saltOf(prepared),
    now: monotonicMs,
    ...extra,
  };
}

/**
 * The engine options that come from the config and the scope: the `fingerprint_salt` that keys
 * fingerprints, and the folders a paths scan lists whole (for unused-ignore warnings).
 */
function saltOf(prepared: Prepared): Pick<EngineOptions, 'fingerprintSalt' | 'coveredDirs'> {
  const { config, paths } = prepared;
  const dirs =
    paths === undefined
      ? []
      : paths.paths.flatMap((p) => {
          const abs = resolve(paths.root, p);
          const rel = relative(paths.root, abs).split(sep).join('/');
          return existsSync(abs) && statSync(abs).isDirectory() ? [rel] : [];
        });
  return {
    ...(config.fingerprintSalt === undefined ? {} : { fingerprintSalt: config.fingerprintSalt }),
    ...(dirs.length === 0 ? {} : { coveredDirs: dirs }),
  };
}
