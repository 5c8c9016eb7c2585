/**
 * The secret family's engine (pure): one pass over a change set, each changed file handed to
 * the run's per-file families in order (`tallyFile`: the secret rules, then artifacts and
 * personal data — core/family.ts `FileFamily`) and its outcome added to a tally; the tally
 * becomes one Evaluation (`evaluateTally`: post-processing, stats, a `scan/incomplete` finding
 * per file past its time budget), and `secretFamily` plugs it into the run of core/family.ts.
 *
 * Long because the tally is shared by the in-process scan and the worker threads (which merge
 * file outcomes into it), so its steps live beside one another.
 */
import { addFamily, type Family, type FileFamily, type FirstRun, reaches, run } from './family.js';
import { type Coverage, finalizeFindings, type IgnoreEntry } from './postprocess/index.js';
import { type CompiledRules, isPathAllowed } from './secret/compile.js';
import {
  FILE_BUDGET_MS,
  type OverBudgetFile,
  type ScanCounters,
  scanFileInto,
} from './secret/scan-file.js';
import { sha256Hex } from './sha256.js';
import type {
  ChangedFile,
  ChangeSet,
  Context,
  Evaluation,
  Finding,
  RawFinding,
  RuleInfo,
  ScanResult,
  Scope,
  Severity,
  SkipReason,
  Stats,
} from './types.js';

export interface EngineOptions {
  /** The secret rules (their `allowlist.paths` leave a file out of every per-file family). */
  rules: CompiledRules;
  /**
   * The per-file families judged after the secret rules in the same pass over each file
   * (artifacts, personal data: core/guardrails.ts `compileGuardrails(…).families`).
   */
  families?: readonly FileFamily[];
  failOn: Severity;
  ignore: IgnoreEntry[];
  baseline: ReadonlySet<string>;
  /** `fingerprint_salt` of the config: keys the fingerprints (see core/fingerprint.ts). */
  fingerprintSalt?: string;
  /**
   * Folders a paths scan listed whole (POSIX, relative like the findings' paths; `''` for the
   * root): every file below them that is not listed does not exist, so an ignore entry naming
   * one is unused. Other scopes cover only the files they read whole.
   */
  coveredDirs?: readonly string[];
  /** Monotonic clock in milliseconds; defaults to performance.now(). */
  now?: () => number;
  /**
   * Block when a file could not be read (skipped as `unreadable`): each such file is a blocking
   * `scan/incomplete` finding (the scan is incomplete). The CLI sets it for directory scans in
   * CI and the Action always, where a check that cannot run fails closed; elsewhere the file is
   * only counted in `stats.skipped`.
   */
  blockUnreadable?: boolean;
  /** Per-file time budget in milliseconds (default FILE_BUDGET_MS); see ScanCounters.budget. */
  fileBudgetMs?: number;
}

function defaultNow(): number {
  return globalThis.performance?.now() ?? Date.now();
}

/** A file the scan had to read and could not, and why (ChangedFile.unreadableBecause). */
export interface Unreadable {
  path: string;
  because?: string;
}

/** Running totals of a scan, fed file by file in the change set's order. */
export interface ScanTally {
  raw: RawFinding[];
  counters: ScanCounters;
  skipped: Partial<Record<SkipReason, number>>;
  commits: Set<string>;
  /** The files skipped as unreadable, in scan order, with why when the source said. */
  unreadable: Unreadable[];
  files: number;
  bytes: number;
  lines: number;
  allowlistedFiles: number;
  /**
   * Paths whose whole content was scanned (a file of a paths scan, an added file of a diff or
   * of history): an ignore entry for one of them that matched nothing is truly unused.
   */
  covered: Set<string>;
  /** Paths listed but not read (skipped as binary, too large, unreadable…). */
  notRead: Set<string>;
}

export function newTally(
  fileBudgetMs: number = FILE_BUDGET_MS,
  now: () => number = defaultNow,
): ScanTally {
  return {
    raw: [],
    counters: { allowlisted: 0, budget: { ms: fileBudgetMs, now } },
    skipped: {},
    commits: new Set(),
    unreadable: [],
    files: 0,
    bytes: 0,
    lines: 0,
    allowlistedFiles: 0,
    covered: new Set(),
    notRead: new Set(),
  };
}

/**
 * The one pass over each file: the files `allowlist.paths` leaves out (counted as allowlisted)
 * and the per-file families a file is handed to, in order — the secret rules first.
 */
export interface FilePass {
  readonly rules: CompiledRules;
  readonly families: readonly FileFamily[];
}

/** The pass of a run: the secret rules, then `families` (core/guardrails.ts). */
export function filePass(rules: CompiledRules, families: readonly FileFamily[] = []): FilePass {
  return { rules, families: [secretFiles(rules), ...families] };
}

/** The secret rules as a per-file family: the added lines (or every line) of a readable file. */
export function secretFiles(rules: CompiledRules): FileFamily {
  return {
    kind: 'secret',
    needs: ['added-lines'],
    infos: rules.infos,
    evaluateFile: (file, out, counters) => scanFileInto(file, rules, out, counters),
  };
}

/** The rules of a pass's families, in order (listed in the reports and by `mandate rules`). */
export function passInfos(pass: FilePass): RuleInfo[] {
  const [only, ...more] = pass.families;
  return only !== undefined && more.length === 0
    ? only.infos
    : pass.families.flatMap((family) => family.infos);
}

/**
 * The one pass's decision for one file: left out by `allowlist.paths` (false), or handed to
 * every per-file family it reaches, in order, their raw findings appended to `raw`.
 */
function judgeFile(
  file: ChangedFile,
  pass: FilePass,
  raw: RawFinding[],
  counters: ScanCounters,
): boolean {
  if (isPathAllowed(file.path, pass.rules)) return false;
  for (const family of pass.families) {
    if (reaches(family, file)) family.evaluateFile(file, raw, counters);
  }
  return true;
}

/**
 * Scans one file into the tally (the body of scanChangeSet's loop): `judgeFile`, then the
 * file's totals — those `tallyOutcome` adds for the same file's `fileOutcome`. Not written as
 * `tallyOutcome(tally, fileOutcome(…))`: an outcome object per file cost about 2% of a
 * directory scan's CPU time (11,600 files, measured).
 */
export function tallyFile(tally: ScanTally, file: ChangedFile, pass: FilePass): void {
  if (!judgeFile(file, pass, tally.raw, tally.counters)) {
    tally.allowlistedFiles++;
    return;
  }
  if (file.skipped !== undefined) {
    tally.skipped[file.skipped] = (tally.skipped[file.skipped] ?? 0) + 1;
    if (file.skipped === 'unreadable') tally.unreadable.push(unreadableOf(file));
    noteSkipped(tally, file.skipped, file.path);
    return;
  }
  if (file.continued !== true) tally.files++;
  tally.bytes += file.size;
  tally.lines += file.lines;
  if (file.commit !== undefined) tally.commits.add(file.commit.sha);
  if (coversWholeFile(file)) tally.covered.add(file.path);
}

function unreadableOf(file: Pick<ChangedFile, 'path' | 'unreadableBecause'>): Unreadable {
  return file.unreadableBecause === undefined
    ? { path: file.path }
    : { path: file.path, because: file.unreadableBecause };
}

/** A deleted file's content is known (none); any other skipped file was not read. */
function noteSkipped(tally: ScanTally, reason: SkipReason, path: string): void {
  if (reason === 'deleted') tally.covered.add(path);
  else tally.notRead.add(path);
}

/** Whether a scanned file's hunks are its whole content (not only some added lines). */
function coversWholeFile(file: ChangedFile): boolean {
  return file.status === 'unchanged' || file.status === 'added';
}

/**
 * What scanning one file contributed, as plain data: computed where the file is read (a scan
 * worker), added to the tally in file order with tallyOutcome. Holds raw secrets: it may cross
 * a worker boundary in memory, never leave the process.
 */
export type FileOutcome =
  | { kind: 'allowlisted' }
  | {
      kind: 'skipped';
      reason: SkipReason;
      path: string;
      /** The file, when it could not be read (reason `unreadable`), and why. */
      unreadable?: Unreadable;
      raw?: RawFinding[];
    }
  | {
      kind: 'scanned';
      size: number;
      lines: number;
      commit?: string;
      raw: RawFinding[];
      /** Candidates dropped by the global allowlist. */
      allowlisted: number;
      /** The path, when the whole file was scanned (see ScanTally.covered). */
      covers?: string;
      /** Set when the file ran past its time budget. */
      overBudget?: OverBudgetFile[];
      /** A later piece of a file read in pieces (ChangedFile.continued): not a file of its own. */
      continued?: true;
    };

/**
 * One file through the pass (`judgeFile`), as plain data: a scan worker posts it back, to be
 * added to the tally in the change set's order (`tallyOutcome`): the same totals as
 * `tallyFile` on that file.
 */
export function fileOutcome(
  file: ChangedFile,
  pass: FilePass,
  fileBudgetMs: number = FILE_BUDGET_MS,
): FileOutcome {
  const raw: RawFinding[] = [];
  const counters: ScanCounters = {
    allowlisted: 0,
    budget: { ms: fileBudgetMs, now: defaultNow },
  };
  if (!judgeFile(file, pass, raw, counters)) return { kind: 'allowlisted' };
  if (file.skipped !== undefined) {
    return {
      kind: 'skipped',
      reason: file.skipped,
      path: file.path,
      ...(file.skipped === 'unreadable' ? { unreadable: unreadableOf(file) } : {}),
      ...(raw.length > 0 ? { raw } : {}),
    };
  }
  const outcome: FileOutcome = {
    kind: 'scanned',
    size: file.size,
    lines: file.lines,
    raw,
    allowlisted: counters.allowlisted,
  };
  if (counters.overBudget !== undefined) outcome.overBudget = counters.overBudget;
  if (file.commit !== undefined) outcome.commit = file.commit.sha;
  if (coversWholeFile(file)) outcome.covers = file.path;
  if (file.continued === true) outcome.continued = true;
  return outcome;
}

/**
 * The outcome of a file read in pieces (ChangedFile.continued), from its pieces' outcomes in
 * order: one file. A piece skipped (a binary file found at its first read) decides alone.
 */
export function mergeOutcomes(first: FileOutcome | null, next: FileOutcome): FileOutcome {
  if (first === null || first.kind !== 'scanned' || next.kind !== 'scanned') return first ?? next;
  const overBudget = [...(first.overBudget ?? []), ...(next.overBudget ?? [])];
  const covers = first.covers ?? next.covers;
  return {
    ...first,
    size: first.size + next.size,
    lines: first.lines + next.lines,
    raw: first.raw.concat(next.raw),
    allowlisted: first.allowlisted + next.allowlisted,
    ...(overBudget.length > 0 ? { overBudget } : {}),
    ...(covers === undefined ? {} : { covers }),
  };
}

/** Adds a FileOutcome to the tally, in the change set's order. */
export function tallyOutcome(tally: ScanTally, outcome: FileOutcome): void {
  switch (outcome.kind) {
    case 'allowlisted':
      tally.allowlistedFiles++;
      return;
    case 'skipped':
      tally.skipped[outcome.reason] = (tally.skipped[outcome.reason] ?? 0) + 1;
      if (outcome.unreadable !== undefined) tally.unreadable.push(outcome.unreadable);
      noteSkipped(tally, outcome.reason, outcome.path);
      for (const finding of outcome.raw ?? []) tally.raw.push(finding);
      return;
    default:
      if (outcome.continued !== true) tally.files++;
      tally.bytes += outcome.size;
      tally.lines += outcome.lines;
      if (outcome.commit !== undefined) tally.commits.add(outcome.commit);
      if (outcome.covers !== undefined) tally.covered.add(outcome.covers);
      for (const finding of outcome.raw) tally.raw.push(finding);
      tally.counters.allowlisted += outcome.allowlisted;
      if (outcome.overBudget !== undefined) {
        tally.counters.overBudget = [...(tally.counters.overBudget ?? []), ...outcome.overBudget];
      }
  }
}

/** The pass of a run's engine options: its secret rules, then its other per-file families. */
export function enginePass(options: Pick<EngineOptions, 'rules' | 'families'>): FilePass {
  return filePass(options.rules, options.families);
}

/** What the secret family reads: a change set, streamed once, and the engine's options. */
export interface SecretInput {
  changeSet: ChangeSet;
  options: EngineOptions;
  /**
   * Fills the tally another way than by streaming `changeSet.files` in this thread (the CLI's
   * worker pool reads and scans a directory's files on worker threads, in the same order).
   */
  fill?: (tally: ScanTally) => Promise<void>;
  /** When the scan began (`options.now()`), if before the family runs (a listing first). */
  started?: number;
}

/**
 * The secret family: streams a change set's files once (`added-lines` of diff scopes, every
 * line of a paths scan) and post-processes its raw findings itself — inline allow, ignore file,
 * baseline, dedupe, redaction — so that a raw secret never leaves the engine. Its evaluation is
 * the one the other families of a run join (core/family.ts `run`).
 */
export const secretFamily: Family<SecretInput, Evaluation> = {
  kind: 'secret',
  needs: ['added-lines', 'whole-file'],
  async evaluate(input, context) {
    const { changeSet, options } = input;
    const now = options.now ?? defaultNow;
    const started = input.started ?? now();
    const tally = newTally(options.fileBudgetMs, now);
    if (input.fill !== undefined) await input.fill(tally);
    else {
      const pass = enginePass(options);
      for await (const file of changeSet.files) tallyFile(tally, file, pass);
    }
    return evaluateTally(tally, changeSet, options, context, started);
  },
};

/** The secret family bound to a change set, as the first family of a run. */
export function secretRun(input: SecretInput): FirstRun {
  return { kind: 'secret', evaluate: (context) => secretFamily.evaluate(input, context) };
}

/**
 * Scans a change set with the secret rules alone and decides: a run of the secret family
 * (core/family.ts `run`). Allowlisted paths are counted in `stats.suppressed.allowlist` and
 * not scanned; skipped files are counted by reason.
 */
export function scanChangeSet(
  changeSet: ChangeSet,
  options: EngineOptions,
  context: Context,
): Promise<ScanResult> {
  return run(secretRun({ changeSet, options }), [], { context });
}

/**
 * A tally already filled, concluded alone (a tool or test that scanned by hand): the secret
 * family's evaluation of it, decided.
 */
export function finishScan(
  tally: ScanTally,
  changeSet: Pick<ChangeSet, 'scope' | 'description'>,
  options: EngineOptions,
  context: Context,
  started: number,
): ScanResult {
  return addFamily(
    evaluateTally(tally, changeSet, options, context, started),
    { findings: [], rules: [] },
    { context, sort: false },
  );
}

/**
 * The end of the secret family: post-processes the tallied findings (inline allow, ignore
 * file, baseline, dedupe, redaction) and builds the evaluation. `started` is `options.now()`
 * (default performance.now()) when the scan began.
 */
export function evaluateTally(
  tally: ScanTally,
  changeSet: Pick<ChangeSet, 'scope' | 'description'>,
  options: EngineOptions,
  context: Context,
  started: number,
): Evaluation {
  const now = options.now ?? defaultNow;
  const finalized = finalizeFindings(tally.raw, {
    failOn: options.failOn,
    ignore: options.ignore,
    baseline: options.baseline,
    ...(options.fingerprintSalt === undefined ? {} : { fingerprintSalt: options.fingerprintSalt }),
    covered: coverageOf(tally, options.coveredDirs ?? []),
  });
  // After post-processing: an incomplete scan cannot be ignored, baselined or allowed inline.
  finalized.findings.push(...incompleteFindings(tally, options, context));
  const stats: Stats = {
    files: tally.files,
    bytes: tally.bytes,
    lines: tally.lines,
    durationMs: Math.max(0, Math.round(now() - started)),
    skipped: tally.skipped,
    suppressed: {
      ...finalized.suppressed,
      allowlist: tally.allowlistedFiles + tally.counters.allowlisted,
    },
  };
  if (tally.commits.size > 0) stats.commits = tally.commits.size;
  const ruleInfos: RuleInfo[] = passInfos(enginePass(options));
  const scope: Scope = changeSet.scope;
  return {
    findings: finalized.findings,
    stats,
    rules: ruleInfos,
    unusedIgnores: finalized.unusedIgnores,
    ...(finalized.migrations.length > 0 ? { migrations: finalized.migrations } : {}),
    allowed: finalized.allowed,
    scope,
    description: changeSet.description,
  };
}

/** What the scan read whole: its files and, for a paths scan, its folders (see Coverage). */
function coverageOf(tally: ScanTally, dirs: readonly string[]): Coverage {
  const under = (path: string) =>
    !tally.notRead.has(path) && dirs.some((dir) => dir === '' || path.startsWith(`${dir}/`));
  return {
    covers: (path) => tally.covered.has(path) || under(path),
    coversSomeEndingWith: (suffix) =>
      dirs.includes('') || [...tally.covered].some((path) => path.endsWith(suffix)),
  };
}

/** The rule id of a file the scan could not read or gave up on (past its time budget). */
export const INCOMPLETE_RULE = 'scan/incomplete';

/** The title of a `scan/incomplete` finding. */
const INCOMPLETE_TITLE = 'The scan of this file is incomplete';

/**
 * The one place an incomplete scan becomes findings: a `scan/incomplete` finding per file the
 * scan had to read and could not (when `blockUnreadable`: blocking, wherever it is set), and
 * per file that ran past its time budget (blocking except in the pre-commit hook, which must
 * never hang, and where CI runs the same check). Nothing is approved that was not judged.
 * Unreadable files come first, in scan order, then files past their budget.
 */
function incompleteFindings(tally: ScanTally, options: EngineOptions, context: Context): Finding[] {
  const unreadable = options.blockUnreadable === true ? tally.unreadable : [];
  return [
    ...unreadable.map((file) => unreadableFinding(file)),
    ...(tally.counters.overBudget ?? []).map((over) => overBudgetFinding(over, context)),
  ];
}

/** A file (or folder) the scan had to read and could not: never its content, only its path. */
function unreadableFinding({ path, because }: Unreadable): Finding {
  const why = because === undefined ? '' : ` (${because})`;
  return {
    ruleId: INCOMPLETE_RULE,
    kind: 'scan',
    severity: 'high',
    path,
    line: 1,
    endLine: 1,
    column: 1,
    message: `${path} could not be read${why}, so it was not scanned and nothing is approved. Let the user running mandate read it (a FIFO, socket or device is never read), or leave it out of the scan (\`allowlist.paths\` in .mandate.yml).`,
    redacted: '',
    fingerprint: sha256Hex(`${INCOMPLETE_RULE}\0${path}\0unreadable`),
    blocking: true,
    title: INCOMPLETE_TITLE,
  };
}

/**
 * A file that ran past its time budget while `ruleId` ran, so the rest of it was not scanned.
 */
function overBudgetFinding(over: OverBudgetFile, context: Context): Finding {
  return {
    ruleId: INCOMPLETE_RULE,
    kind: 'scan',
    severity: 'high',
    path: over.path,
    line: 1,
    endLine: 1,
    column: 1,
    message: `${over.path} was not fully scanned: the rule ${over.ruleId} ran past the per-file time budget (${over.ms} ms), so the scan stopped there instead of hanging. A regex that backtracks on this file's content is the usual cause: check ${over.ruleId} (a custom rule or allowlist regex in .mandate.yml, or report a built-in one).`,
    redacted: '',
    fingerprint: sha256Hex(`${INCOMPLETE_RULE}\0${over.path}\0${over.ruleId}`),
    blocking: context.mode !== 'hook',
    title: INCOMPLETE_TITLE,
  };
}
