/**
 * The engine's contracts. Everything in src/core is pure: no file system, no git, no network,
 * no terminal. Sources (src/sources) build a ChangeSet, reporters (src/reporters) render a
 * ScanResult, and only the entry points (src/cli, action/) choose which.
 *
 * Long because it is the one place the engine's contracts are declared; every source, family and
 * reporter reads them here.
 */

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Ordered from most to least severe; index comparisons use this order. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/**
 * `scan`: the scan itself could not finish (`scan/incomplete`: a file ran past its time budget,
 * or could not be read where that blocks).
 * `artifact`: model weights, pickles, data dumps, key stores; `personal-data`: a dataset of people.
 */
export type FindingKind =
  | 'secret'
  | 'review'
  | 'policy'
  | 'artifact'
  | 'personal-data'
  | 'config'
  | 'scan';

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'unchanged';

/** Why a file was not scanned. Skipped files are counted and reported, never silently dropped. */
export type SkipReason =
  | 'binary'
  | 'too-large'
  | 'deleted'
  | 'submodule'
  | 'symlink'
  | 'unreadable';

/**
 * A contiguous run of added (or, for full-file scans, all) lines.
 * `text` is the lines joined with '\n' (no trailing newline needed); its first line is
 * line `startLine` (1-based) of the new file.
 */
export interface Hunk {
  startLine: number;
  text: string;
  /** 1-based column of the text's first character (a chunk cut inside a long line); 1 if absent. */
  startColumn?: number;
  /**
   * A chunk of a file read in overlapping pieces (too large to hold at once): findings that
   * start at or after this offset of `text` belong to the next chunk, which holds them whole.
   */
  until?: number;
}

export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  /** ISO 8601 author date. */
  date: string;
  summary?: string;
}

/** Text decoded from an encoded value of a file, and where that value sits. */
export interface DecodedValue {
  /** 1-based line and column of the encoded value in the new file. */
  line: number;
  column: number;
  /** That line's text (for inline allow comments). */
  lineText: string;
  /** The decoded text to scan. */
  text: string;
}

/** The text of a file that holds certificates, and its path (as ChangedFile.path). */
export interface CertificateText {
  path: string;
  text: string;
}

/** One changed (or, for path scans, present) file as a source yields it. */
export interface ChangedFile {
  /** POSIX path relative to the scanned root (path scans) or the repository root (git scopes). */
  path: string;
  /** Previous path of a renamed file. */
  oldPath?: string;
  status: FileStatus;
  /** The text to scan: added lines for diffs, the whole file for path scans. */
  hunks: Hunk[];
  /** Bytes of the file (path scans) or of the added text (diff scopes). */
  size: number;
  /** Number of lines covered by `hunks`. */
  lines: number;
  binary: boolean;
  /** Set when the file was not scanned; `hunks` is then empty. */
  skipped?: SkipReason;
  /**
   * Why a file skipped as `unreadable` could not be read, a short phrase with no content of the
   * file (e.g. "no permission to read it"): the source knows, the `scan/incomplete` finding says.
   */
  unreadableBecause?: string;
  /** The commit that introduced the change (history scans, pull requests). */
  commit?: CommitInfo;
  /**
   * Values decoded from the whole file by its source (a Kubernetes Secret's `data`, read when
   * an added line touches it): scanned like added text and reported on their own line. When
   * set, the engine does not look for Secret manifests in the hunks itself.
   */
  decoded?: DecodedValue[];
  /**
   * Certificate texts the source read for this file because it holds a private key: the
   * certificate files beside it (a directory scan: its folder and the test folders above it;
   * git scopes: the same folders in the index or the head revision). The engine pairs a key
   * with them (src/core/secret/key-pairing.ts); it never reads a file itself.
   */
  certificates?: CertificateText[];
  /**
   * A later piece of a file read in chunks (see src/sources/chunks.ts): the same file as the
   * piece before it, counted once; its `size` and `lines` are what it adds.
   */
  continued?: boolean;
  /**
   * The first bytes of the file (all of them when `headWhole`), read by the source for the
   * artifact family's content signatures: set for files skipped as binary or too large and for
   * files named like an artifact (core/guardrails.ts `wantsHead`).
   */
  head?: Uint8Array;
  headWhole?: boolean;
}

export type Scope = 'paths' | 'staged' | 'diff' | 'history' | 'pull-request' | 'push';

/** What a source produces. Sources stream: `files` is consumed once. */
export interface ChangeSet {
  scope: Scope;
  /** Human description of what is scanned, e.g. "staged changes" or "main..feature". */
  description: string;
  files: AsyncIterable<ChangedFile>;
}

/** What only some runtimes know. The hook knows little; a pull request knows approvals. */
export interface Context {
  /** `hook`: a developer's pre-commit; `ci`: a pipeline or the Action; `local`: a manual run. */
  mode: 'hook' | 'ci' | 'local';
  /** Injectable clock. */
  now: Date;
  author?: string;
  headSha?: string;
  baseSha?: string;
  labels?: string[];
}

export interface Finding {
  ruleId: string;
  kind: FindingKind;
  severity: Severity;
  path: string;
  /** 1-based. */
  line: number;
  endLine: number;
  /** 1-based. */
  column: number;
  message: string;
  /** Redacted form of the matched secret: a short prefix and a mask. Never the raw value. */
  redacted: string;
  /**
   * `<ruleId>:<path>:v2-<keyed hash as 64 hex>` (see core/fingerprint.ts) — stable when code
   * moves; no line numbers; `path` is repository-relative inside a git repository.
   */
  fingerprint: string;
  blocking: boolean;
  /** Rule title, e.g. "OpenAI API key". */
  title?: string;
  /**
   * Why an inline allow on the finding's line did not suppress it and how to write one that
   * does (also appended to `message`).
   */
  allowRefused?: string;
  provider?: string;
  commit?: string;
  author?: string;
  date?: string;
}

/** The inline allow that suppressed a finding: which marker, and the author's reason. */
export interface InlineAllow {
  marker: 'mandate:allow' | 'gitleaks:allow';
  reason: string;
}

/** A finding suppressed by an inline allow: not judged, but listed so the allow is traced. */
export interface AllowedFinding extends Finding {
  allow: InlineAllow;
}

/**
 * A finding as a rule produced it, before post-processing. Carries the raw secret, so it
 * MUST NOT leave src/core: `finalizeFindings` turns it into a `Finding`.
 */
export interface RawFinding {
  ruleId: string;
  kind: FindingKind;
  severity: Severity;
  title: string;
  provider: string;
  path: string;
  line: number;
  endLine: number;
  column: number;
  /** The secret value itself (the rule's secret group). */
  secret: string;
  /** The full text of the first matched line, for inline allow comments. */
  lineText: string;
  /** Whether the rule blocks by default (the generic rule does not). */
  blocking: boolean;
  /**
   * Found by a rule tagged `generic` that still names a provider or format (an API key in an
   * HTTP header): it yields to a provider rule's finding on the same value (postprocess/dedupe).
   */
  contextual?: true;
  /** Why the rule reported it so, a sentence appended to the message (no secret in it). */
  note?: string;
  commit?: CommitInfo;
  /**
   * The finding's message when the family writes its own (artifacts, personal data): it must
   * not contain any value found. Absent: the secret rules' message (postprocess/redact.ts).
   */
  message?: string;
  /** What the finding shows instead of a redacted secret (counts per type, a format name). */
  redacted?: string;
}

export interface Stats {
  files: number;
  bytes: number;
  /** Lines scanned (added lines for diff scopes). */
  lines: number;
  durationMs: number;
  /** Files not scanned, by reason. */
  skipped: Partial<Record<SkipReason, number>>;
  /** Commits read (history scans). */
  commits?: number;
  /** Policy documents evaluated (`mandate check`, the Action's policy runs). */
  policies?: number;
  /** Findings removed by each suppression mechanism. */
  suppressed: { inline: number; ignoreFile: number; baseline: number; allowlist: number };
}

/** A finding named by a reason: enough to find it, nothing of its value. */
export interface FindingRef {
  ruleId: string;
  path: string;
  line: number;
}

/**
 * What a family adds to the decision beyond its findings (src/core/family.ts): a review
 * requirement that is not met (its findings are then explained by it, not counted as
 * "blocking review findings"), or a break-glass that waived findings.
 */
export type Explanation =
  | {
      kind: 'review-required';
      ruleId: string;
      status: 'pending' | 'changes-requested' | 'config-error' | 'waived';
      /** Whether it blocks (not when waived by break-glass). */
      blocking: boolean;
      /** The verdict, one sentence (core/review/explain.ts). */
      sentence: string;
      /** Who must do what, one sentence. */
      unblock: string;
    }
  | {
      kind: 'break-glass';
      by: string;
      at: string;
      /** The reason the person who broke glass gave. */
      reason: string;
      /** Rule ids it waived. */
      waived: string[];
    };

/**
 * One reason of a decision, as data (reporters render it; core/decision.ts `describeReason`
 * gives its sentence). `findings` names at most the first three; `count` is the total.
 */
export type Reason =
  | { kind: 'no-findings' }
  | { kind: 'warnings'; count: number; findings: FindingRef[] }
  | { kind: 'blocking-findings'; findingKind: FindingKind; count: number; findings: FindingRef[] }
  /**
   * Blocking `scan/incomplete` findings (core/engine.ts): `count` files could not be scanned in
   * full (unreadable, or past the per-file time budget), the first three in `files`.
   */
  | { kind: 'incomplete'; count: number; files: string[] }
  | Explanation;

export interface Decision {
  decision: 'pass' | 'block';
  /** One sentence per reason, e.g. "2 blocking secret findings (secret/openai-api-key, …)". */
  reasons: string[];
  /** What would unblock the change, one actionable sentence each. */
  unblock: string[];
  /**
   * The reasons as data, in the order of `reasons` (each sentence is `describeReason` of its
   * entry). Set by core/decision.ts; absent only on results built by hand (test fixtures).
   */
  why?: Reason[];
}

/**
 * An old-form baseline or ignore entry (unsalted, perhaps folder-relative) recognised for a
 * finding: `from` is the entry as written, `to` the finding's current fingerprint. Read by
 * `mandate baseline --migrate`; reporters show only how many there are, never `from`.
 */
export interface FingerprintMigration {
  source: 'ignore' | 'baseline';
  from: string;
  to: string;
  /** The `.mandateignore` line (ignore entries). */
  line?: number;
}

/** An entry of `.mandateignore` that matched nothing in this run. */
export interface UnusedIgnore {
  fingerprint: string;
  line: number;
  reason: string;
}

export interface ScanResult extends Decision {
  findings: Finding[];
  stats: Stats;
  /** Rules that ran, for SARIF and evidence. */
  rules: RuleInfo[];
  unusedIgnores: UnusedIgnore[];
  /** Old-form entries that still matched (present when there are any): migrate them. */
  migrations?: FingerprintMigration[];
  /**
   * Findings suppressed by an inline allow in the scanned text (for diff scopes: added by the
   * change itself), with the marker and reason, so that every allow is visible in the reports.
   */
  allowed?: AllowedFinding[];
  scope: Scope;
  description: string;
  /**
   * What the families said beyond their findings (unmet reviews, break-glass): kept so that
   * the decision, taken again over more findings, still says it (core/decision.ts conclude).
   */
  explanations?: Explanation[];
  /** What a directory scan's listing left out and why (present when it left something out). */
  leftOut?: LeftOut;
}

/**
 * Files and folders a directory scan did not list: a folder is left out whole (its files are
 * not counted one by one). Reasons with nothing are absent.
 */
export interface LeftOut {
  /** By git's ignore rules (.gitignore, .git/info/exclude, core.excludesFile). */
  ignored?: { files: number; folders: number };
  /** By the `exclude` globs of the config or the command line. */
  excluded?: { files: number; folders: number };
  /** node_modules folders, never walked into outside a git work tree. */
  dependencies?: { folders: number };
}

/** A result before its decision: what the families found (core/decision.ts concludes it). */
export type Evaluation = Omit<ScanResult, keyof Decision>;

/** What reporters need to know about a rule. */
export interface RuleInfo {
  id: string;
  kind: FindingKind;
  title: string;
  provider: string;
  severity: Severity;
  blocking: boolean;
  description: string;
  /** How to fix, one or two sentences (rotation advice for secrets). */
  remediation: string;
  tags: string[];
}
