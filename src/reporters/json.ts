import type {
  AllowedFinding,
  Finding,
  InlineAllow,
  Reason,
  ScanResult,
  SkipReason,
} from '../core/types.js';

/** The `--format json` contract (version 1). Key order is part of the contract. */
export interface JsonFinding
  extends Pick<
    Finding,
    | 'ruleId'
    | 'kind'
    | 'severity'
    | 'path'
    | 'line'
    | 'endLine'
    | 'column'
    | 'message'
    | 'redacted'
    | 'fingerprint'
    | 'blocking'
  > {
  /** History scans only. */
  commit?: string;
  author?: string;
  date?: string;
}

/** A finding an inline allow suppressed, with the allow's marker and reason. */
export interface JsonAllowedFinding extends JsonFinding {
  allow: InlineAllow;
}

export interface JsonReport {
  version: 1;
  decision: 'pass' | 'block';
  findings: JsonFinding[];
  /** Findings suppressed by an inline allow in the scanned text; present when there are any. */
  allowed?: JsonAllowedFinding[];
  /**
   * `skipped`: files not scanned, by reason (`binary`, `too-large`, `symlink`, `submodule`,
   * `deleted`, `unreadable`, …); a reason with no file is absent, so `{}` when none was skipped.
   */
  stats: {
    files: number;
    bytes: number;
    durationMs: number;
    skipped: Partial<Record<SkipReason, number>>;
  };
  /**
   * Why the decision is what it is, as data (added in 0.x, still `version: 1`): one entry per
   * reason, `kind` first — `no-findings`, `warnings`, `blocking-findings` (`findingKind`,
   * `count`, the first three `findings` as ruleId/path/line), `incomplete` (files that could
   * not be scanned in full: the blocking `scan/incomplete` findings), `review-required`, `break-glass`. Last key, so older readers are unaffected.
   */
  reasons?: Reason[];
}

function toJsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    path: f.path,
    line: f.line,
    endLine: f.endLine,
    column: f.column,
    message: f.message,
    redacted: f.redacted,
    fingerprint: f.fingerprint,
    blocking: f.blocking,
  };
  if (f.commit !== undefined) out.commit = f.commit;
  if (f.author !== undefined) out.author = f.author;
  if (f.date !== undefined) out.date = f.date;
  return out;
}

function toJsonAllowed(f: AllowedFinding): JsonAllowedFinding {
  return { ...toJsonFinding(f), allow: { marker: f.allow.marker, reason: f.allow.reason } };
}

/** The non-zero skip counts, keys sorted (stable output). */
function skippedCounts(
  skipped: Partial<Record<SkipReason, number>>,
): Partial<Record<SkipReason, number>> {
  const out: Partial<Record<SkipReason, number>> = {};
  for (const reason of Object.keys(skipped).sort() as SkipReason[]) {
    const count = skipped[reason] ?? 0;
    if (count > 0) out[reason] = count;
  }
  return out;
}

export function toJsonReport(result: ScanResult): JsonReport {
  const allowed = result.allowed ?? [];
  return {
    version: 1,
    decision: result.decision,
    findings: result.findings.map(toJsonFinding),
    ...(allowed.length === 0 ? {} : { allowed: allowed.map(toJsonAllowed) }),
    stats: {
      files: result.stats.files,
      bytes: result.stats.bytes,
      durationMs: result.stats.durationMs,
      skipped: skippedCounts(result.stats.skipped),
    },
    ...(result.why === undefined ? {} : { reasons: result.why }),
  };
}

/** One JSON object, 2-space indent, trailing newline. */
export function formatJson(result: ScanResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}
