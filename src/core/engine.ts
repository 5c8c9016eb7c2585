import { decide } from './decision.js';
import { finalizeFindings, type IgnoreEntry } from './postprocess/index.js';
import { type CompiledRules, isPathAllowed } from './secret/compile.js';
import { type ScanCounters, scanFileInto } from './secret/scan-file.js';
import type {
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
}

function defaultNow(): number {
  return globalThis.performance?.now() ?? Date.now();
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
  const { rules } = options;
  const raw: RawFinding[] = [];
  const counters: ScanCounters = { allowlisted: 0 };
  const skipped: Partial<Record<SkipReason, number>> = {};
  const commits = new Set<string>();
  let files = 0;
  let bytes = 0;
  let lines = 0;
  let allowlistedFiles = 0;
  for await (const file of changeSet.files) {
    if (isPathAllowed(file.path, rules)) {
      allowlistedFiles++;
      continue;
    }
    if (file.skipped !== undefined) {
      skipped[file.skipped] = (skipped[file.skipped] ?? 0) + 1;
      continue;
    }
    files++;
    bytes += file.size;
    lines += file.lines;
    if (file.commit !== undefined) commits.add(file.commit.sha);
    scanFileInto(file, rules, raw, counters);
  }
  const finalized = finalizeFindings(raw, {
    failOn: options.failOn,
    ignore: options.ignore,
    baseline: options.baseline,
  });
  const decision = decide(finalized.findings, context);
  const stats: Stats = {
    files,
    bytes,
    lines,
    durationMs: Math.max(0, Math.round(now() - started)),
    skipped,
    suppressed: { ...finalized.suppressed, allowlist: allowlistedFiles + counters.allowlisted },
  };
  if (commits.size > 0) stats.commits = commits.size;
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
  };
}
