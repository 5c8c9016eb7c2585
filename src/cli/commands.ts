import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import pc from 'picocolors';
import { formatBaseline, formatBaselineFingerprints, parseBaseline } from '../config/baseline.js';
import { parseIgnoreFile } from '../config/ignore-file.js';
import { BASELINE_FILE, IGNORE_FILE, loadConfig, resolveSecretRules } from '../config/load.js';
import type { Config } from '../core/config.js';
import { formatCount } from '../core/count.js';
import { describeReason } from '../core/decision.js';
import {
  type EngineOptions,
  evaluateTally,
  type FileOutcome,
  fileOutcome,
  mergeOutcomes,
  newTally,
  secretRun,
  tallyFile,
} from '../core/engine.js';
import { MandateError } from '../core/errors.js';
import { type ChainOptions, type FamilyRun, type FirstRun, run } from '../core/family.js';
import { fingerprintKey, hashAhead, hashesAhead, parseFingerprint } from '../core/fingerprint.js';
import {
  compileGuardrails,
  type GuardrailSettings,
  type Guardrails,
  guardrailSettings,
  readsAsData,
  withGuardrails,
} from '../core/guardrails.js';
import { POLICY_RULES } from '../core/policy/rules.js';
import type { PolicyEntry } from '../core/policy/types.js';
import type { IgnoreEntry } from '../core/postprocess/index.js';
import { migrationNotice } from '../core/postprocess/legacy.js';
import type { Approvers } from '../core/review/types.js';
import type { SecretRuleSpec } from '../core/rule-spec.js';
import { type CompiledRules, compileRules } from '../core/secret/compile.js';
import type { ChangeSet, Context, Evaluation, RuleInfo, ScanResult } from '../core/types.js';
import { formatJson } from '../reporters/json.js';
import { formatText } from '../reporters/text.js';
import { builtinPacks } from '../rules/packs.js';
import { withSiblingCertificates } from '../sources/certificates.js';
import { diffSource, parseRange } from '../sources/diff.js';
import { findRepoRoot, runGit } from '../sources/git.js';
import {
  diskLfs,
  type GuardrailReader,
  type GuardrailReaders,
  gitGuardrailReader,
  historyGuardrailReaders,
  loadPhoneCheck,
  withGuardrailReads,
} from '../sources/guardrail-reads.js';
import { historySource } from '../sources/history.js';
import {
  isManifestPath,
  loadYaml,
  mayHoldSecretManifest,
  withWholeFileSecretValues,
  type YamlModule,
} from '../sources/kubernetes.js';
import {
  explainNothingListed,
  type Listed,
  listPaths,
  loadFileParts,
  type PathsSourceOptions,
  pathsSource,
} from '../sources/paths.js';
import { stagedSource } from '../sources/staged.js';
import { loadCliConfig, policyRoot, withCentralConfigs } from './load-policy.js';
import { progressReporter, type ScanProgress } from './progress.js';
import { ruleEffect } from './rule-effect.js';
import { wantsColor } from './tty.js';
import { VERSION } from './version.js';

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

const DEFAULT_BASELINE = BASELINE_FILE;
const DEFAULT_IGNORE = IGNORE_FILE;

interface Prepared {
  config: Config;
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
  /** `--jobs`, when given. */
  jobs?: number;
  /** For a paths scope: what the source reads (a large scan reads it in worker threads). */
  paths?: PathsSourceOptions;
  /** What `rules.guardrails` was compiled from (scan workers compile the same). */
  guardrails: GuardrailSettings;
}

function usage(message: string): MandateError {
  return new MandateError(message, {
    hint: 'Run `mandate scan --help` for the scopes and options.',
  });
}

function pickScope(paths: string[], flags: ScanFlags): 'paths' | 'staged' | 'diff' | 'history' {
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

async function prepare(
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
  const atBase =
    scope === 'diff' && mode === 'ci'
      ? await (await import('./base-policy.js')).readPolicyAtBase(repoRoot!, flags.diff!)
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
    : join(policyDir, DEFAULT_IGNORE);
  const ignoreText = await readPolicyFile(ignorePath, flags.ignoreFile !== undefined);
  let ignore = ignoreText === null ? [] : parseIgnoreFile(ignoreText, displayPath(cwd, ignorePath));
  const baselinePath = flags.baseline
    ? resolve(cwd, flags.baseline)
    : join(policyDir, DEFAULT_BASELINE);
  const baselineText = await readPolicyFile(baselinePath, flags.baseline !== undefined);
  if (atBase !== null && !flags.quiet) process.stderr.write(`mandate: ${atBase.notice()}\n`);
  let baseline =
    baselineText === null
      ? new Set<string>()
      : parseBaseline(baselineText, displayPath(cwd, baselinePath));
  ({ config, ignore, baseline } = await withCentralConfigs(
    { config, ignore, baseline },
    {
      repoRoot,
      mode,
      warn: (sentence) => flags.quiet || process.stderr.write(`mandate: ${sentence}\n`),
    },
  ));
  const specs = resolveSecretRules(config, builtinPacks());
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
  // The AI guardrail families (artifacts, personal data) run beside the secret rules; every
  // scope reads .gitattributes (each folder's, for LFS, once, on first need) and binary heads
  // lazily (sources/guardrail-reads.ts). Scan workers compile the same settings.
  const guardSettings = guardrailSettings(config);
  const guardrails = compileGuardrails(guardSettings);
  const rules = withGuardrails(
    compileRules(specs, { allowlist: config.allowlist, overrides: config.overrides }),
    guardrails,
  );

  let changeSet: ChangeSet;
  switch (scope) {
    case 'staged':
      changeSet = guarded(
        stagedSource({ repoRoot: repoRoot!, maxFileSize }),
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
    specs,
    rules,
    ignore,
    baseline,
    ignorePath,
    baselinePath,
    changeSet,
    context,
    policyDir,
    guardrails: guardSettings,
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

/**
 * A monotonic clock in milliseconds for scan durations. Not `performance.now()`: its first use
 * loads node:perf_hooks, about 4 ms of every start.
 */
function monotonicMs(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1000 + nanoseconds / 1e6;
}

/** How much V8's old space may grow past what is live before a full collection (see scanPrepared). */
const HEAP_GROWING_PERCENT = 25;

/** The scan worker bundle, next to the CLI bundle (dist/scan-worker.js). */
const WORKER_FILE = new URL('./scan-worker.js', import.meta.url);

/**
 * The secret family over the prepared change set, as the first family of the run (core/family.ts
 * `run`). A paths scope is listed first; a large listing is read and scanned by worker threads
 * (see worker-pool.ts), a small one in-process. Either way the files are tallied in sorted
 * path order, so the result is the same.
 */
function secretScan(
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
  // Short secrets' slow fingerprint hashes run on the thread pool while the scan goes on.
  const key = fingerprintKey(options.fingerprintSalt);
  let hashed = 0;
  const hashNew = () => {
    for (; hashed < tally.raw.length; hashed++) hashAhead(tally.raw[hashed]!.secret, key);
  };
  const report = (files: number, bytes: number) => {
    hashNew();
    progress?.({ files, of: items.length, bytes, findings: tally.raw.length });
  };
  // Loaded here, not imported: node:worker_threads is start-up cost the staged hook never uses.
  const { scanWithWorkers, workerCount } = await import('./worker-pool.js');
  const workers = workerCount(root, items, paths.maxFileSize, process.env, prepared.jobs);
  const guardrails = options.rules.guardrails;
  // Git LFS tracking from the .gitattributes on disk, each folder's read on first need.
  if (guardrails !== undefined) guardrails.lfs = diskLfs(root);
  const phones =
    guardrails !== undefined && items.some((item) => readsAsData(guardrails, item.path));
  if (phones && guardrails !== undefined) guardrails.isPhone = await loadPhoneCheck();
  if (workers > 0) {
    const { config } = prepared;
    const manifests = items.some((item) => isManifestPath(item.path));
    const yaml = manifests ? await loadYaml() : null;
    // This thread scans batches too, each file as a worker does (one outcome per file).
    const local = (batch: readonly Listed[]) =>
      batch.map((item) => {
        let outcome: FileOutcome | null = null;
        for (const file of loadFileParts(root, item, paths.maxFileSize)) {
          const read =
            yaml !== null && mayHoldSecretManifest(file)
              ? withWholeFileSecretValues(yaml, file)
              : file;
          const paired = withSiblingCertificates(root, read);
          outcome = mergeOutcomes(outcome, fileOutcome(paired, options.rules));
        }
        return outcome;
      });
    await scanWithWorkers(
      items,
      {
        specs: prepared.specs,
        allowlist: config.allowlist,
        overrides: config.overrides,
        root,
        maxFileSize: paths.maxFileSize,
        manifests,
        guardrails: { ...prepared.guardrails, phones },
      },
      workers,
      tally,
      WORKER_FILE,
      report,
      local,
    );
  } else {
    // Kubernetes Secret manifests are parsed whole (yaml loaded when a file may be one).
    let yaml: YamlModule | null = null;
    for (let k = 0; k < items.length; k++) {
      for (const file of loadFileParts(root, items[k]!, paths.maxFileSize)) {
        let read = file;
        if (mayHoldSecretManifest(file)) {
          yaml ??= await loadYaml();
          read = withWholeFileSecretValues(yaml, file);
        }
        tallyFile(tally, withSiblingCertificates(root, read), options.rules);
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
  const count = `${found.capped ? 'more than ' : ''}${formatCount(found.files)} file${found.files === 1 ? '' : 's'}`;
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

function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

export async function render(
  result: ScanResult,
  format: Format,
  options: { color: boolean; quiet?: boolean },
): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return (await import('../reporters/sarif.js')).formatSarif(result, { toolVersion: VERSION });
    case 'markdown':
      return (await import('../reporters/markdown.js')).formatMarkdown(result);
    default:
      return formatText(result, {
        color: options.color,
        ...(options.quiet ? { quiet: true } : {}),
      });
  }
}

async function writeOutput(file: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (cause) {
    throw new MandateError(`could not write ${file}.`, {
      cause,
      hint: 'Check that the folder is writable.',
    });
  }
}

/**
 * Reads a changed file's head version for structured review patterns: `rev` `''` is the index
 * (`git show :path`), else a commit. Null when git cannot show it.
 */
function headReader(rev: string): (path: string) => Promise<string | null> {
  let root: Promise<string | null> | null = null;
  return async (path) => {
    root ??= findRepoRoot(process.cwd());
    const repoRoot = await root;
    if (repoRoot === null) return null;
    const result = await runGit(['show', `${rev}:${path}`], repoRoot);
    return result.code === 0 ? result.stdout.toString('utf8') : null;
  };
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
          builtinPacks(),
          headReader(flags.staged ? '' : parseRange(flags.diff!).head),
          // CODEOWNERS as the pull request will read it: from HEAD, or from the diff's base.
          headReader(flags.staged ? 'HEAD' : parseRange(flags.diff!).base),
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
    // A machine format has no reasons: say why an incomplete scan blocks, on stderr.
    if (flags.format !== 'text' && (result.unreadable ?? []).length > 0) {
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
  return repositoryPolicyRun({ root: prepared.policyDir, config: prepared.config, onEntries });
}

/**
 * The chain of a CLI run (core/family.ts): the config's `disable`, `overrides` and `fail_on`,
 * the ignore file and the baseline, for every family joined after the secret one (which
 * applies the ignore file and baseline itself, before redaction).
 */
function chainOptions(prepared: Prepared): ChainOptions {
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
function scanPrepared(prepared: Prepared, options: EngineOptions): Promise<ScanResult> {
  return run(secretScan(prepared, options), [], { context: prepared.context });
}

/**
 * The engine options of a prepared scan: its rules, fail_on, ignore file and baseline (`baseline`
 * replaces the prepared one, e.g. none when writing a baseline), the `fingerprint_salt` that keys
 * fingerprints and the folders a paths scan lists whole (for unused-ignore warnings).
 */
function engineOptions(prepared: Prepared, extra: Partial<EngineOptions> = {}): EngineOptions {
  return {
    rules: prepared.rules,
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
  if (flags.format === 'json' && !flags.output) {
    process.stdout.write(formatBaseline(result.findings));
    process.stderr.write(
      `mandate: ${count} fingerprint${count === 1 ? '' : 's'} printed; no file was written (run \`mandate baseline\` without --format json to write ${displayPath(process.cwd(), flags.baseline ? resolve(flags.baseline) : join(prepared.policyDir, DEFAULT_BASELINE))}).\n`,
    );
    return 0;
  }
  const target = flags.output
    ? resolve(flags.output)
    : flags.baseline
      ? resolve(flags.baseline)
      : join(prepared.policyDir, DEFAULT_BASELINE);
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

export async function runRules(flags: {
  format: 'text' | 'json';
  config?: string;
  color: boolean;
  test?: boolean;
}): Promise<number> {
  const cwd = process.cwd();
  const repoRoot = await findRepoRoot(cwd);
  const config = await loadCliConfig({
    cwd,
    repoRoot,
    ...(flags.config === undefined ? {} : { config: flags.config }),
    mode: process.env.CI ? 'ci' : 'local',
    warn: (sentence) => process.stderr.write(`mandate: ${sentence}\n`),
  });
  const inForce = resolveSecretRules(config, builtinPacks());
  // The artifact and personal-data families' rules are listed with the secret rules.
  const rules = withGuardrails(
    compileRules(inForce, {
      allowlist: config.allowlist,
      overrides: config.overrides,
    }),
    compileGuardrails(guardrailSettings(config)),
  );
  if (flags.test === true) {
    const { testCustomRules } = await import('./rules-test.js');
    return testCustomRules(config, inForce, rules, (text) => process.stdout.write(text));
  }
  // Review requirements and policy rules are in force too: list them after the secret rules.
  // Loaded here, not at start: review predicates pull in the YAML parser, which a scan without a
  // config file never needs.
  const { resolveReviewRequirements } = await import('../config/reviews.js');
  const reviews = resolveReviewRequirements(config, builtinPacks());
  const reviewInfos: RuleInfo[] = reviews.map(({ spec, origin }) => ({
    id: `review/${spec.name}`,
    kind: 'review',
    title: `Required review: ${spec.name}`,
    provider: origin,
    severity: 'high',
    blocking: true,
    description: spec.description ?? '',
    remediation: `Get ${approversOf(spec.require)} on the latest commit.`,
    tags: ['review'],
  }));
  const policyInfos: RuleInfo[] = Object.values(POLICY_RULES);
  // A secret rule blocks only when it is a blocking rule AND its severity reaches fail_on.
  const secretInfos = rules.infos.map((info) => {
    const effect = ruleEffect(info, config.failOn);
    return { ...info, blocks: effect.blocks, effect: effect.why };
  });
  if (flags.format === 'json') {
    process.stdout.write(
      `${JSON.stringify([...secretInfos, ...reviewInfos, ...policyInfos], null, 2)}\n`,
    );
    return 0;
  }
  const c = pc.createColors(wantsColor(flags.color));
  const all = [...rules.infos, ...reviewInfos, ...policyInfos];
  const idWidth = Math.max(...all.map((r) => r.id.length));
  const providerWidth = Math.max(...all.map((r) => r.provider.length));
  const row = (r: RuleInfo) =>
    `${r.id.padEnd(idWidth)}  ${r.provider.padEnd(providerWidth)}  ${r.severity.padEnd(8)}  ${
      r.blocking ? c.red('blocks') : c.yellow('warns')
    }`;
  const secretRow = (r: (typeof secretInfos)[number]) =>
    `${r.id.padEnd(idWidth)}  ${r.provider.padEnd(providerWidth)}  ${r.severity.padEnd(8)}  ${
      r.blocks ? c.red('blocks') : c.yellow('warns')
    }  ${c.dim(`(${r.effect})`)}`;
  const sections = [
    `${c.bold(`${'id'.padEnd(idWidth)}  ${'provider'.padEnd(providerWidth)}  severity  effect`)}\n${secretInfos.map(secretRow).join('\n')}\n${rules.infos.length} rules (fail_on: ${config.failOn}: a rule blocks when it is not warn-only and its severity is ${config.failOn} or above)`,
    reviews.length === 0
      ? 'Required reviews: none (enable the built-in ones with `extends: [recommended, reviews-recommended]`).'
      : `${c.bold('Required reviews')} (judged on pull requests by the Action; the hook only says which will apply)\n${reviews
          .map(
            ({ spec, origin }) =>
              `${`review/${spec.name}`.padEnd(idWidth)}  needs ${approversOf(spec.require)}  (${origin})`,
          )
          .join('\n')}`,
    `${c.bold('Policy documents')} (\`mandate check\`; block in CI: ${config.policies.block.ci ? 'yes' : 'no'}, in the hook: ${config.policies.block.hook ? 'yes' : 'no'})\n${policyInfos.map(row).join('\n')}`,
  ];
  process.stdout.write(`${sections.join('\n\n')}\n`);
  return 0;
}

/** "1 approval from @acme/security or @alice". */
function approversOf(require: Approvers): string {
  const who = [...(require.teams ?? []), ...(require.users ?? [])].map((name) => `@${name}`);
  const count = require.count ?? 1;
  return `${count} approval${count === 1 ? '' : 's'} from ${who.join(' or ') || 'nobody (no team or user listed)'}`;
}

export async function runInit(flags: { hookManager: string; force?: boolean }): Promise<number> {
  const cwd = process.cwd();
  const repoRoot = await findRepoRoot(cwd);
  if (repoRoot === null) {
    throw new MandateError(`${cwd} is not inside a git repository.`, {
      hint: 'Run `git init` first, then `mandate init`.',
    });
  }
  const { initProject } = await import('./init.js');
  const result = await initProject({
    repoRoot,
    cwd,
    ...(flags.force ? { force: true } : {}),
    hookManager: flags.hookManager as 'auto' | 'husky' | 'lefthook' | 'pre-commit' | 'git',
  });
  // Verify what the message will claim: git runs the hook, and the hook finds mandate.
  const doctor = await import('./doctor.js');
  const activated = await doctor.activateHookManager(repoRoot, result.manager);
  if (activated.action !== undefined) result.actions.push(activated.action);
  const checks = [
    await doctor.checkHook(repoRoot, result.manager),
    await doctor.checkBinary(repoRoot),
  ];
  for (const action of result.actions) process.stdout.write(`• ${action}\n`);
  process.stdout.write(`${doctor.formatChecks(checks)}\n`);
  const failed = checks.filter((check) => check.status === 'fail');
  if (failed.length > 0) {
    const todo = [
      ...new Set([
        ...result.pending,
        ...(activated.pending === undefined ? [] : [activated.pending]),
        ...failed.map((check) => check.fix ?? check.detail),
      ]),
    ];
    process.stdout.write(
      `mandate is set up (${result.manager}) but does NOT run on commits yet. Run: ${todo.map((step) => `\`${step}\``).join(', then ')}; then \`mandate doctor\` to confirm.\n`,
    );
    return 1;
  }
  process.stdout.write(
    `mandate runs on every commit now (${result.manager}): checked that git runs the hook and the hook finds mandate.\n`,
  );
  return 0;
}

export async function runDoctor(): Promise<number> {
  const cwd = process.cwd();
  const repoRoot = await findRepoRoot(cwd);
  if (repoRoot === null) {
    throw new MandateError(`${cwd} is not inside a git repository.`, {
      hint: 'Run `mandate doctor` inside the repository to check.',
    });
  }
  const { runDoctorChecks, formatChecks } = await import('./doctor.js');
  const checks = await runDoctorChecks(repoRoot);
  process.stdout.write(`${formatChecks(checks)}\n`);
  const failed = checks.filter((check) => check.status === 'fail').length;
  process.stdout.write(
    failed === 0
      ? 'mandate doctor: all checks passed.\n'
      : `mandate doctor: ${failed} check${failed === 1 ? '' : 's'} failed (see fix: above).\n`,
  );
  return failed === 0 ? 0 : 1;
}
