import { decide } from './decision.js';
import { finalizeFindings, type IgnoreEntry } from './postprocess/index.js';
import { type CompiledRules, isPathAllowed } from './secret/compile.js';
import { type ScanCounters, scanFileInto } from './secret/scan-file.js';
import type {
  ChangedFile,
  ChangeSet,
  Context,
  RawFinding,
  RuleInfo,
  ScanResult,
  Scope,
  Severity,
  SkipReason,
  Stats,
} from './types.js';

export interface EngineOptions {
  rules: CompiledRules;
  failOn: Severity;
  ignore: IgnoreEntry[];
  baseline: ReadonlySet<string>;
  /** Monotonic clock in milliseconds; defaults to performance.now(). */
  now?: () => number;
  /**
   * Block when a file could not be read (skipped as `unreadable`): the scan is incomplete.
   * The CLI sets it for directory scans in CI, where a check that cannot run fails closed.
   */
  blockUnreadable?: boolean;
}

function defaultNow(): number {
  return globalThis.performance?.now() ?? Date.now();
}

/** Running totals of a scan, fed file by file in the change set's order. */
export interface ScanTally {
  raw: RawFinding[];
  counters: ScanCounters;
  skipped: Partial<Record<SkipReason, number>>;
  commits: Set<string>;
  /** Paths of the files skipped as unreadable, in scan order. */
  unreadable: string[];
  files: number;
  bytes: number;
  lines: number;
  allowlistedFiles: number;
}

export function newTally(): ScanTally {
  return {
    raw: [],
    counters: { allowlisted: 0 },
    skipped: {},
    commits: new Set(),
    unreadable: [],
    files: 0,
    bytes: 0,
    lines: 0,
    allowlistedFiles: 0,
  };
}

/** Scans one file into the tally (the body of scanChangeSet's loop). */
export function tallyFile(tally: ScanTally, file: ChangedFile, rules: CompiledRules): void {
  if (isPathAllowed(file.path, rules)) {
    tally.allowlistedFiles++;
    return;
  }
  if (file.skipped !== undefined) {
    tally.skipped[file.skipped] = (tally.skipped[file.skipped] ?? 0) + 1;
    if (file.skipped === 'unreadable') tally.unreadable.push(file.path);
    return;
  }
  if (file.continued !== true) tally.files++;
  tally.bytes += file.size;
  tally.lines += file.lines;
  if (file.commit !== undefined) tally.commits.add(file.commit.sha);
  scanFileInto(file, rules, tally.raw, tally.counters);
}

/**
 * What scanning one file contributed, as plain data: computed where the file is read (a scan
 * worker), added to the tally in file order with tallyOutcome. Holds raw secrets: it may cross
 * a worker boundary in memory, never leave the process.
 */
export type FileOutcome =
  | { kind: 'allowlisted' }
  | { kind: 'skipped'; reason: SkipReason; path: string }
  | {
      kind: 'scanned';
      size: number;
      lines: number;
      commit?: string;
      raw: RawFinding[];
      /** Candidates dropped by the global allowlist. */
      allowlisted: number;
    };

/** tallyFile for one file, returned as a FileOutcome instead of added to a tally. */
export function fileOutcome(file: ChangedFile, rules: CompiledRules): FileOutcome {
  if (isPathAllowed(file.path, rules)) return { kind: 'allowlisted' };
  if (file.skipped !== undefined) return { kind: 'skipped', reason: file.skipped, path: file.path };
  const raw: RawFinding[] = [];
  const counters: ScanCounters = { allowlisted: 0 };
  scanFileInto(file, rules, raw, counters);
  const outcome: FileOutcome = {
    kind: 'scanned',
    size: file.size,
    lines: file.lines,
    raw,
    allowlisted: counters.allowlisted,
  };
  if (file.commit !== undefined) outcome.commit = file.commit.sha;
  return outcome;
}

/**
 * The outcome of a file read in pieces (ChangedFile.continued), from its pieces' outcomes in
 * order: one file. A piece skipped (a binary file found at its first read) decides alone.
 */
export function mergeOutcomes(first: FileOutcome | null, next: FileOutcome): FileOutcome {
  if (first === null || first.kind !== 'scanned' || next.kind !== 'scanned') return first ?? next;
  return {
    ...first,
    size: first.size + next.size,
    lines: first.lines + next.lines,
    raw: first.raw.concat(next.raw),
    allowlisted: first.allowlisted + next.allowlisted,
  };
}

/** Adds a FileOutcome to the tally: the same totals as tallyFile on that file. */
export function tallyOutcome(tally: ScanTally, outcome: FileOutcome): void {
  switch (outcome.kind) {
    case 'allowlisted':
      tally.allowlistedFiles++;
      return;
    case 'skipped':
      tally.skipped[outcome.reason] = (tally.skipped[outcome.reason] ?? 0) + 1;
      if (outcome.reason === 'unreadable') tally.unreadable.push(outcome.path);
      return;
    default:
      tally.files++;
      tally.bytes += outcome.size;
      tally.lines += outcome.lines;
      if (outcome.commit !== undefined) tally.commits.add(outcome.commit);
      for (const finding of outcome.raw) tally.raw.push(finding);
      tally.counters.allowlisted += outcome.allowlisted;
  }
}

/**
 * Scans a change set with the secret rules: streams its files once, then post-processes the
 * findings (inline allow, ignore file, baseline, dedupe, redaction) and decides.
 * Allowlisted paths are counted in `stats.suppressed.allowlist` and not scanned; skipped files
 * are counted by reason.
 */
export async function scanChangeSet(
  changeSet: ChangeSet,
  options: EngineOptions,
  context: Context,
): Promise<ScanResult> {
  const now = options.now ?? defaultNow;
  const started = now();
  const tally = newTally();
  for await (const file of changeSet.files) tallyFile(tally, file, options.rules);
  return finishScan(tally, changeSet, options, context, started);
}

/**
 * The end of a scan: post-processes the tallied findings (inline allow, ignore file, baseline,
 * dedupe, redaction), decides, and builds the result. `started` is `options.now()` (default
 * performance.now()) when the scan began.
 */
export function finishScan(
  tally: ScanTally,
  changeSet: Pick<ChangeSet, 'scope' | 'description'>,
  options: EngineOptions,
  context: Context,
  started: number,
): ScanResult {
  const now = options.now ?? defaultNow;
  const { rules } = options;
  const finalized = finalizeFindings(tally.raw, {
    failOn: options.failOn,
    ignore: options.ignore,
    baseline: options.baseline,
  });
  const unreadable = options.blockUnreadable === true ? tally.unreadable : [];
  const decision = decide(finalized.findings, context, unreadable);
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
  const ruleInfos: RuleInfo[] = rules.infos;
  const scope: Scope = changeSet.scope;
  return {
    ...decision,
    findings: finalized.findings,
    stats,
    rules: ruleInfos,
    unusedIgnores: finalized.unusedIgnores,
    scope,
    description: changeSet.description,
    ...(unreadable.length > 0 ? { unreadable } : {}),
  };
}
