/**
 * Scanning one changed file with the compiled rules (pure): the keyword prefilter picks candidate
 * rules, each runs at its keyword starts or anchors, and every match passes the file format's and
 * the rule's checks (entropy, validators, allowlists, decoys, identifiers) before it is a raw
 * finding.
 *
 * Long because it is the hot path: the candidate bookkeeping, the per-file scratch buffers and
 * the TextScanner are kept together so that the per-match steps stay cheap.
 */
import type { ChangedFile, Hunk, RawFinding } from '../types.js';
import type { CompiledAllowlist, CompiledRule, CompiledRules, TextMarks } from './compile.js';
import { isDecoy } from './decoys.js';
import { shannonEntropy } from './entropy.js';
import {
  base64PemValues,
  continuedLines,
  type DecodedText,
  decodeJsonEscapes,
  detectFormat,
  escapedLines,
  type FileFormat,
  insideDataUri,
  insideIntegrityHash,
  isKubernetesSecret,
  isLockfileEntry,
  kubernetesSecretValues,
  rawOffset,
  type SecretDataValue,
} from './formats.js';
import { isCodeIdentifier, isKebabName, isTypeAnnotation, isWordStart } from './identifier.js';
import { testFixtureReason } from './key-pairing.js';

/** Counts kept while scanning, for Stats. */
export interface ScanCounters {
  /** Candidates dropped by the global (configured) allowlist's regexes or stopwords. */
  allowlisted: number;
  /**
   * Per-file time budget (milliseconds, with its clock): checked after each rule that ran its
   * regex (not after a rule tried at keyword starts that found none of its own), so a file
   * whose rules run past it stops being scanned and is reported (scan/incomplete, naming the
   * rule) instead of holding the scan. A backstop: every built-in regex is linear (test/rules/redos.test.ts) and user
   * regexes are checked at config load.
   */
  budget?: { ms: number; now: () => number };
  /** Files that ran past the budget, with the rule that was running. */
  overBudget?: OverBudgetFile[];
}

export interface OverBudgetFile {
  path: string;
  ruleId: string;
  /** How long the file had run when the scan gave up on it. */
  ms: number;
}

/** The default per-file time budget: far beyond what any linear rule set needs on 1 MiB. */
export const FILE_BUDGET_MS = 5_000;

/** Thrown inside a file's scan when it runs past the budget; caught by scanFileInto. */
class OverBudget extends Error {
  constructor(readonly ruleId: string) {
    super('over budget');
  }
}

/** A match that passed every value check; offsets are in the scanned text. */
interface Candidate {
  rule: CompiledRule;
  start: number;
  end: number;
  secret: string;
}

/** How offsets of the scanned text map to the raw hunk text. */
type OffsetMap = ((offset: number) => number) | null;

/**
 * Scans one file's hunks with the compiled rules. Pure and synchronous; the raw secrets it
 * returns must go through finalizeFindings before leaving src/core.
 */
export function scanFile(file: ChangedFile, rules: CompiledRules): RawFinding[] {
  const out: RawFinding[] = [];
  scanFileInto(file, rules, out, { allowlisted: 0 });
  return out;
}

/** scanFile that appends to `out` and counts allowlist suppressions (used by the engine). */
export function scanFileInto(
  file: ChangedFile,
  rules: CompiledRules,
  out: RawFinding[],
  counters: ScanCounters,
): void {
  if (file.skipped !== undefined || file.hunks.length === 0) return;
  let chars = 0;
  for (const hunk of file.hunks) chars += hunk.text.length;
  const first = file.hunks[0]!;
  const head = first.startLine === 1 && first.startColumn === undefined ? first.text : null;
  const format = detectFormat(file.path, chars, file.lines, head);
  const enabled = enabledRules(file.path, format, rules);
  // In a lockfile, the rules it relaxes still scan every line not shaped like a lockfile entry.
  const relaxed = format.lockfile ? relaxedRules(file.path, format, rules, enabled) : null;
  if (enabled === null && relaxed === null) return;
  const budget = counters.budget;
  const deadline = budget === undefined ? null : { at: budget.now() + budget.ms, now: budget.now };
  const scanner =
    enabled === null
      ? null
      : new TextScanner(file, rules, enabled, format, out, counters, deadline);
  const strict =
    relaxed === null
      ? null
      : new TextScanner(file, rules, relaxed, format, out, counters, deadline, isLockfileEntry);
  try {
    scanHunks(file, format, scanner, strict);
  } catch (error) {
    if (!(error instanceof OverBudget)) throw error;
    counters.overBudget = [
      ...(counters.overBudget ?? []),
      {
        path: file.path,
        ruleId: error.ruleId,
        ms: Math.round(deadline!.now() - deadline!.at + budget!.ms),
      },
    ];
  }
}

function scanHunks(
  file: ChangedFile,
  format: FileFormat,
  scanner: TextScanner | null,
  strict: TextScanner | null,
): void {
  // A source that read the whole file found its Secret values (file.decoded); else the hunks
  // are searched for a Secret manifest.
  const kubernetes =
    file.decoded === undefined &&
    format.yaml &&
    file.hunks.some((hunk) => isKubernetesSecret(hunk.text));
  for (const hunk of file.hunks) {
    if (scanner !== null) scanHunk(scanner, hunk, format, kubernetes);
    // The relaxed rules run on the whole hunk; their matches on lockfile-entry lines are dropped.
    if (strict !== null) strict.scan(hunk.text, hunk, null);
  }
  if (scanner === null) return;
  for (const value of file.decoded ?? []) {
    const at = value.column - 1;
    scanner.scan(value.text, { startLine: value.line, text: value.lineText }, () => at);
  }
}

function scanHunk(scanner: TextScanner, hunk: Hunk, format: FileFormat, kubernetes: boolean): void {
  if (format.notebook) {
    const decoded: DecodedText = decodeJsonEscapes(hunk.text);
    const map: OffsetMap =
      decoded.decodedAt.length === 1 ? null : (offset) => rawOffset(decoded, offset);
    scanner.scan(decoded.text, hunk, map);
  } else {
    scanner.scan(hunk.text, hunk, null);
    // What the prefilter saw in the hunk's text (the next scan resets it): a decoder runs only
    // on a text with what it looks for.
    const { marks } = scanner;
    const pem = scanner.saw(marks.base64Pem);
    // Lines joined by a trailing backslash, read as the one line they are; lines with string
    // escapes, read decoded.
    if (!format.minified) {
      const continued = scanner.saw(marks.continued) ? continuedLines(hunk.text) : [];
      for (const joined of continued) {
        scanner.scan(joined.text, hunk, (offset) => rawOffset(joined, offset));
      }
      for (const line of escapedLines(hunk.text)) {
        scanner.scan(line.text, hunk, (offset) => rawOffset(line, offset));
      }
    }
    if (!kubernetes) {
      if (pem) scanEncoded(scanner, hunk, base64PemValues(hunk.text));
      return;
    }
  }
  // A Kubernetes Secret's data values are all decoded; elsewhere, base64 of a PEM block.
  scanEncoded(
    scanner,
    hunk,
    kubernetes ? kubernetesSecretValues(hunk.text) : base64PemValues(hunk.text),
  );
}

function scanEncoded(scanner: TextScanner, hunk: Hunk, encoded: readonly SecretDataValue[]): void {
  for (const value of encoded) {
    scanner.scan(value.decoded, hunk, () => value.offset);
  }
}

/** Rules a lockfile relaxes (those that run elsewhere but not in it); null when none. */
function relaxedRules(
  path: string,
  format: FileFormat,
  compiled: CompiledRules,
  enabled: Uint8Array | null,
): Uint8Array | null {
  const everywhere = enabledRules(path, { ...format, lockfile: false }, compiled);
  if (everywhere === null) return null;
  const relaxed = new Uint8Array(everywhere.length);
  let count = 0;
  for (let i = 0; i < relaxed.length; i++) {
    if (everywhere[i] === 1 && (enabled === null || enabled[i] === 0)) {
      relaxed[i] = 1;
      count++;
    }
  }
  return count === 0 ? null : relaxed;
}

/** Per compiled rule set: which rules may run on a file of each kind (see enabledRules). */
const enabledByKind = new WeakMap<CompiledRules, (Uint8Array | null)[]>();

/**
 * Rules that may run on this file (1) or not (0); null when none may. Read-only: the masks of
 * the four file kinds (lockfile or not, minified or not) are computed once per rule set and
 * shared; only a file that a rule's path allowlist matches gets its own copy.
 */
function enabledRules(
  path: string,
  format: FileFormat,
  compiled: CompiledRules,
): Uint8Array | null {
  const { rules } = compiled;
  let byKind = enabledByKind.get(compiled);
  if (byKind === undefined) {
    byKind = [];
    for (let kind = 0; kind < 4; kind++) {
      const lockfile = (kind & 1) !== 0;
      const minified = (kind & 2) !== 0;
      const mask = new Uint8Array(rules.length);
      let count = 0;
      for (const rule of rules) {
        if ((lockfile && !rule.lockfile) || (minified && !rule.minified)) continue;
        mask[rule.index] = 1;
        count++;
      }
      byKind.push(count === 0 ? null : mask);
    }
    enabledByKind.set(compiled, byKind);
  }
  const shared = byKind[(format.lockfile ? 1 : 0) | (format.minified ? 2 : 0)]!;
  if (shared === null) return null;
  let enabled = shared;
  for (const index of compiled.pathScoped) {
    if (enabled[index] === 0) continue;
    if (rules[index]!.allowlist.paths.some((glob) => glob.match(path))) {
      if (enabled === shared) enabled = shared.slice();
      enabled[index] = 0;
    }
  }
  return enabled !== shared && enabled.every((on) => on === 0) ? null : enabled;
}

function startsWithAny(text: string, literals: readonly string[], at: number): boolean {
  for (const literal of literals) if (text.startsWith(literal, at)) return true;
  return false;
}

/**
 * Whether an allowlist regex or stopword matches the secret. The regexes are tried in any
 * order (the answer is the same): one that matches moves one place forward, so the few that
 * reject most values (identifiers, in code) soon come first.
 */
/**
 * A copy of `part` that does not keep the text it was cut from alive. V8 represents a slice of
 * 13 characters or more (and a regex capture) as a view of the whole string: a finding kept
 * until the end of a scan would hold its whole file (or 1 MiB chunk) in memory with it.
 * Prefixing forces a flat copy; the slice of that copy views only it.
 */
function detached(part: string): string {
  return part.length < 13 ? part : ` ${part}`.slice(1);
}

function allowlisted(secret: string, list: CompiledAllowlist): boolean {
  const regexes = list.regexes;
  for (let k = 0; k < regexes.length; k++) {
    const regex = regexes[k]!;
    regex.lastIndex = 0;
    if (regex.test(secret)) {
      if (k > 0) {
        regexes[k] = regexes[k - 1]!;
        regexes[k - 1] = regex;
      }
      return true;
    }
  }
  if (list.stopwords.length > 0) {
    const lower = secret.toLowerCase();
    for (const word of list.stopwords) if (lower.includes(word)) return true;
  }
  return false;
}

/**
 * Per-thread scratch space reused by every scan (the engine is synchronous): the candidate
 * mask, the keyword starts and ids the prefilter records, and their sorted packed form.
 */
interface Scratch {
  mask: Uint8Array;
  starts: number[];
  ids: number[];
  packed: Int32Array;
  /**
   * The packed starts chained by keyword (see chainStarts): `chain[k]` is the index in the
   * sorted starts of the next start of the same keyword as start k (-1 after the last), and
   * `head[id]` the first start of keyword `id` — valid when `headPass[id]` is the current pass.
   */
  chain: Int32Array;
  head: Int32Array;
  headPass: Int32Array;
  /** Texts chained so far (see headPass). */
  passes: number;
  /** Per keyword of a rule that starts at several: where its walk is (see scanStarts). */
  cursors: Int32Array;
}

const scratch: Scratch = {
  mask: new Uint8Array(0),
  starts: [],
  ids: [],
  packed: new Int32Array(0),
  chain: new Int32Array(0),
  head: new Int32Array(0),
  headPass: new Int32Array(0),
  passes: 0,
  cursors: new Int32Array(8),
};

/** Per compiled rule set: whether any rule is tried at keyword starts. */
const anyStartLed = new WeakMap<CompiledRules, boolean>();

/**
 * Chains the sorted packed starts by keyword (scratch.chain, scratch.head): each start-led rule
 * then walks only the starts of its own keywords instead of all of them (a text of real code
 * has a few thousand starts, each rule's keywords a few). The rules still run one after the
 * other: each one's regex runs its attempts together, which measured faster than handing
 * every start to its rules in one pass (the regexes' code and data stay warm).
 */
function chainStarts(sorted: Int32Array, bits: number, keywordCount: number): number {
  if (scratch.chain.length < sorted.length) {
    scratch.chain = new Int32Array(Math.max(sorted.length, scratch.chain.length * 2, 1024));
  }
  if (scratch.head.length < keywordCount) {
    scratch.head = new Int32Array(keywordCount);
    scratch.headPass = new Int32Array(keywordCount);
    scratch.passes = 0;
  }
  if (scratch.passes === 0x7fffffff) {
    scratch.passes = 0;
    scratch.headPass.fill(0);
  }
  const pass = ++scratch.passes;
  const { chain, head, headPass } = scratch;
  const idMask = (1 << bits) - 1;
  for (let k = sorted.length - 1; k >= 0; k--) {
    const id = sorted[k]! & idMask;
    chain[k] = headPass[id] === pass ? head[id]! : -1;
    head[id] = k;
    headPass[id] = pass;
  }
  return pass;
}

/** Bits of a packed start that hold the keyword id (a start is `offset << bits | id`). */
function idBits(keywordCount: number): number {
  let bits = 0;
  while (1 << bits < keywordCount) bits++;
  return bits;
}

/**
 * Sorts `a` in place. The prefilter records starts in the order their keywords END, so each is
 * at most a keyword's length from its place: insertion sort takes linear time there (it was
 * 19 ms of a 50 MB keyword-dense scan with the native sort). Input that is far from sorted
 * gets the native sort after a bounded number of moves.
 */
export function sortNearlySorted(a: Int32Array): void {
  let budget = 16 * a.length + 64;
  for (let i = 1; i < a.length; i++) {
    const value = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > value) {
      a[j + 1] = a[j]!;
      j--;
      if (--budget === 0) {
        a[j + 1] = value;
        a.sort();
        return;
      }
    }
    a[j + 1] = value;
  }
}

/**
 * The recorded keyword starts in ascending order, packed as `start << bits | keyword id`; when a
 * text is too long to pack, plain starts (bits 0: no ids, every start is tried).
 */
function sortStarts(
  starts: readonly number[],
  ids: readonly number[],
  bits: number,
  textLength: number,
): { sorted: Int32Array; bits: number } {
  const count = starts.length;
  if (scratch.packed.length < count) {
    scratch.packed = new Int32Array(Math.max(count, scratch.packed.length * 2, 1024));
  }
  const sorted = scratch.packed.subarray(0, count);
  if (bits > 0 && textLength < 2 ** (31 - bits)) {
    for (let k = 0; k < count; k++) sorted[k] = (starts[k]! << bits) | ids[k]!;
  } else {
    bits = 0;
    for (let k = 0; k < count; k++) sorted[k] = starts[k]!;
  }
  sortNearlySorted(sorted);
  return { sorted, bits };
}

/** How scanStarts visits a rule's starts (see there). */
const ALL_STARTS = 0;
const ONE_CHAIN = 1;
const MERGED = 2;
/** Keywords found of a rule up to which merging their chains beats filtering all starts. */
const MERGED_CHAINS = 3;

/** The smallest of the first `count` cursors that is not -1 (-1 when all are). */
function nextCursor(cursors: Int32Array, count: number): number {
  let k = -1;
  for (let i = 0; i < count; i++) {
    const at = cursors[i]!;
    if (at !== -1 && (k === -1 || at < k)) k = at;
  }
  return k;
}

/** Moves the cursor at `k` along its chain; returns the next smallest cursor. */
function advanceCursor(cursors: Int32Array, count: number, k: number, chain: Int32Array): number {
  for (let i = 0; i < count; i++) {
    if (cursors[i] === k) {
      cursors[i] = chain[k]!;
      break;
    }
  }
  return nextCursor(cursors, count);
}

class TextScanner {
  private readonly candidateMask: Uint8Array;
  /** Keyword starts the prefilter records for start-led rules (null when there are none). */
  private readonly starts: number[] | null;
  /** The keyword id of each start. */
  private readonly ids: number[];
  private readonly idBits: number;
  /** Where the prefilter marks what a text may hold for the format decoders. */
  readonly marks: TextMarks;
  /** Whether the last scanStarts tried its regex anywhere. */
  private attempted = false;

  constructor(
    private readonly file: ChangedFile,
    private readonly compiled: CompiledRules,
    private readonly enabled: Uint8Array,
    private readonly format: FileFormat,
    private readonly out: RawFinding[],
    private readonly counters: ScanCounters,
    private readonly deadline: { at: number; now: () => number } | null = null,
    /** Matches starting on a line this accepts are dropped (lockfile entries, for relaxed rules). */
    private readonly skipLine: ((line: string) => boolean) | null = null,
  ) {
    // The rules' marks, then the text marks (CompiledRules.marks).
    const marked = compiled.prefilter.ruleCount;
    if (scratch.mask.length < marked) scratch.mask = new Uint8Array(marked);
    this.candidateMask = scratch.mask.subarray(0, marked);
    this.marks = compiled.marks;
    let any = anyStartLed.get(compiled);
    if (any === undefined) {
      any = compiled.rules.some((rule) => rule.startKeywords !== null);
      anyStartLed.set(compiled, any);
    }
    this.starts = any ? scratch.starts : null;
    this.ids = scratch.ids;
    this.idBits = idBits(compiled.prefilter.keywordCount);
  }

  /** Whether the last scanned text has the text mark `index` (see CompiledRules.marks). */
  saw(index: number): boolean {
    return this.candidateMask[index] === 1;
  }

  /**
   * Scans `text`; positions are reported in the hunk's text through `map` (identity when
   * null). Of a chunk of a larger file, only findings that start before `hunk.until` count.
   */
  scan(text: string, hunk: Hunk, map: OffsetMap): void {
    const mask = this.candidateMask;
    mask.fill(0);
    const starts = this.starts;
    const ids = this.ids;
    if (starts !== null) {
      starts.length = 0;
      ids.length = 0;
    }
    const { prefilter } = this.compiled;
    // How many rules the prefilter marked (a text of real code marks a few of ~400): the loop
    // below stops at the last of them.
    let left = prefilter.candidates(text, mask, starts, starts === null ? null : ids);
    const marks = this.marks;
    left -= mask[marks.base64Pem]! + mask[marks.continued]!;
    if (left === 0) return;
    const recorded = starts !== null && prefilter.recordsStarts;
    let sorted: Int32Array | null = null;
    let bits = 0;
    let pass = 0;
    let candidates: Candidate[] | null = null;
    const rules = this.compiled.rules;
    // A rule's index is its place in `rules`: an unmarked one is skipped without reading it.
    for (let r = 0; r < rules.length && left > 0; r++) {
      if (mask[r] === 0) continue;
      left--;
      if (this.enabled[r] === 0) continue;
      const rule = rules[r]!;
      if (recorded && rule.startKeywords !== null && (rule.keywordLed ?? rule.leads) !== null) {
        if (sorted === null) {
          ({ sorted, bits } = sortStarts(starts!, ids, this.idBits, text.length));
          if (bits > 0) pass = chainStarts(sorted, bits, prefilter.keywordCount);
        }
        const sticky = rule.keywordLed ?? rule.leads!.sticky;
        const literals = rule.keywordLed === null ? rule.leads!.literals : null;
        candidates = this.scanStarts(rule, sticky, literals, sorted, bits, pass, text, candidates);
        // A rule that tried its regex nowhere (none of its keywords starts a match here) ran
        // no regex: the clock is not read for it.
        if (!this.attempted) continue;
      } else if (rule.anchor !== null) {
        candidates = this.scanAnchored(rule, rule.anchor, text, candidates);
      } else if (rule.leads !== null) {
        candidates = this.scanLeads(rule, rule.leads, text, candidates);
      } else {
        const regex = rule.regex;
        regex.lastIndex = 0;
        for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
          if (match[0].length === 0 || (rule.wordStart && !isWordStart(text, match.index))) {
            regex.lastIndex = match.index + 1;
            continue;
          }
          candidates = this.consider(rule, match, text, candidates);
        }
      }
      if (this.deadline !== null && this.deadline.now() > this.deadline.at) {
        throw new OverBudget(rule.id);
      }
    }
    if (candidates !== null) this.report(candidates, hunk, map);
  }

  /**
   * Runs an anchored rule: sticky attempts only at the positions from which a match could reach
   * an occurrence of the anchor literal. Finds the same matches as a global scan.
   */
  private scanAnchored(
    rule: CompiledRule,
    anchor: NonNullable<CompiledRule['anchor']>,
    text: string,
    candidates: Candidate[] | null,
  ): Candidate[] | null {
    const { literal, maxBefore, minBefore, sticky } = anchor;
    let next = 0; // first position not yet tried and not inside a previous match
    for (
      let at = text.indexOf(literal);
      at !== -1;
      at = text.indexOf(literal, Math.max(at + 1, next))
    ) {
      for (let start = Math.max(next, at - maxBefore); start <= at - minBefore; start++) {
        sticky.lastIndex = start;
        const match = sticky.exec(text);
        if (match === null) continue;
        candidates = this.consider(rule, match, text, candidates);
        next = start + Math.max(match[0].length, 1);
        break;
      }
      // Positions after at - minBefore need a later occurrence: the next ones try them.
      if (next <= at - minBefore) next = at - minBefore + 1;
    }
    return candidates;
  }

  /**
   * Runs a rule whose every match starts with one of a few literals: sticky attempts only
   * where a literal occurs, in text order, never inside a previous match. Finds the same
   * matches as a global scan.
   */
  private scanLeads(
    rule: CompiledRule,
    leads: NonNullable<CompiledRule['leads']>,
    text: string,
    candidates: Candidate[] | null,
  ): Candidate[] | null {
    const { literals, sticky } = leads;
    const at = literals.map((literal) => text.indexOf(literal));
    let next = 0; // first position not yet tried and not inside a previous match
    for (;;) {
      let start = -1;
      for (const position of at) {
        if (position !== -1 && (start === -1 || position < start)) start = position;
      }
      if (start === -1) break;
      sticky.lastIndex = start;
      const match = sticky.exec(text);
      if (match !== null) {
        candidates = this.consider(rule, match, text, candidates);
        next = start + Math.max(match[0].length, 1);
      } else {
        next = start + 1;
      }
      for (let i = 0; i < at.length; i++) {
        if (at[i] !== -1 && at[i]! < next) at[i] = text.indexOf(literals[i]!, next);
      }
    }
    return candidates;
  }

  /**
   * Runs a keyword-led rule, or a lead rule whose leads start with its keywords: sticky attempts
   * only at the starts of the rule's own keywords (ascending; for a lead rule, only where one of
   * its `literals` occurs), never inside a previous match. Every match starts there, so this
   * finds what a global scan finds. `sorted` holds the packed starts (see sortStarts), chained
   * by keyword in `pass` (chainStarts) when they carry keyword ids (`bits` > 0).
   */
  private scanStarts(
    rule: CompiledRule,
    sticky: RegExp,
    literals: readonly string[] | null,
    sorted: Int32Array,
    bits: number,
    pass: number,
    text: string,
    candidates: Candidate[] | null,
  ): Candidate[] | null {
    let next = 0;
    let last = -1;
    this.attempted = false;
    // Visits the starts in order: the chain of the one keyword of the rule's found in the text,
    // or the chains of its few found merged (the smallest index of their cursors is the next
    // start); when more of its keywords are found (the generic rules), or the starts carry no
    // ids, all the starts, filtered.
    let cursors = scratch.cursors;
    let mode = ALL_STARTS;
    let count = 0;
    if (bits > 0) {
      const ids = rule.startIds!;
      const { head, headPass } = scratch;
      if (cursors.length < ids.length) cursors = scratch.cursors = new Int32Array(ids.length);
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (headPass[id] === pass) cursors[count++] = head[id]!;
      }
      if (count === 0) return candidates;
      if (count === 1) mode = ONE_CHAIN;
      else if (count <= MERGED_CHAINS) mode = MERGED;
    }
    const chain = scratch.chain;
    let k: number;
    if (mode === ALL_STARTS) k = sorted.length > 0 ? 0 : -1;
    else if (mode === ONE_CHAIN) k = cursors[0]!;
    else k = nextCursor(cursors, count);
    const own = rule.startKeywords!;
    const idMask = (1 << bits) - 1;
    while (k !== -1) {
      const packed = sorted[k]!;
      if (mode === ALL_STARTS) {
        k = k + 1 < sorted.length ? k + 1 : -1;
        if (bits > 0 && own[packed & idMask] === 0) continue;
      } else if (mode === ONE_CHAIN) k = chain[k]!;
      else k = advanceCursor(cursors, count, k, chain);
      const start = packed >> bits;
      if (start < next || start === last) continue;
      last = start;
      if (literals !== null && !startsWithAny(text, literals, start)) continue;
      if (rule.wordStart && !isWordStart(text, start)) continue;
      sticky.lastIndex = start;
      this.attempted = true;
      const match = sticky.exec(text);
      if (match === null) continue;
      candidates = this.consider(rule, match, text, candidates);
      next = start + Math.max(match[0].length, 1);
    }
    return candidates;
  }

  /** Applies the checks to one match; returns the (possibly new) candidate list. */
  private consider(
    rule: CompiledRule,
    match: RegExpExecArray,
    text: string,
    candidates: Candidate[] | null,
  ): Candidate[] | null {
    const group = match.groups?.secret;
    const secret = group ?? match[0];
    if (secret === '' || !this.valueKept(rule, secret, match[0])) return candidates;
    const start = group === undefined ? match.index : this.secretStart(rule, match.index, text);
    if (this.skipLine !== null) {
      const lineEnd = text.indexOf('\n', start);
      const line = text.slice(
        text.lastIndexOf('\n', start - 1) + 1,
        lineEnd < 0 ? undefined : lineEnd,
      );
      if (this.skipLine(line)) return candidates;
    }
    if (!this.contextKept(rule, secret, text, start)) return candidates;
    const list = candidates ?? [];
    list.push({ rule, start, end: start + secret.length, secret });
    return list;
  }

  /** Where the `secret` group of the rule's match at `index` starts. */
  private secretStart(rule: CompiledRule, index: number, text: string): number {
    const locate = rule.locate;
    locate.lastIndex = index;
    const start = locate.exec(text)?.indices?.groups?.secret?.[0];
    // The same regex from the same position finds the same match; fail loudly if not.
    if (start === undefined) throw new Error(`${rule.id}: the secret group could not be located`);
    return start;
  }

  /** Checks of the value alone, cheapest first (a rule's own allowlist is one: see below). */
  private valueKept(rule: CompiledRule, secret: string, match: string): boolean {
    if (rule.entropy > 0 && shannonEntropy(secret) < rule.entropy) return false;
    if (isDecoy(secret, rule.generic)) return false;
    // Code identifiers are not values (rules that find a value by the name before it, and the
    // generic rule): `mistral: MistralTranscriptionModelOptions`, `token: AzureADTokenProvider`.
    if ((rule.context || rule.generic) && isCodeIdentifier(secret)) return false;
    // … nor are kebab-case names after a provider's name (`exoscale_secret_name:
    // exoscale-production-api-credentials`); the generic and password rules keep them
    // (passphrases).
    if (rule.kebabNames && isKebabName(secret)) return false;
    if (rule.validator !== null && !rule.validator(secret, match)) return false;
    // A rule's own allowlist is part of its definition (a silent filter, like decoys); the
    // configured global allowlist is a user's suppression and is counted (contextKept).
    return !allowlisted(secret, rule.allowlist);
  }

  /** Checks of where the value stands, then the counted global allowlist. */
  private contextKept(rule: CompiledRule, secret: string, text: string, at: number): boolean {
    if (rule.generic && (insideDataUri(text, at) || isTypeAnnotation(text, at, secret))) {
      return false;
    }
    if (this.format.lockfile && insideIntegrityHash(text, at)) return false;
    if (allowlisted(secret, this.compiled.allowlist)) {
      this.counters.allowlisted++;
      return false;
    }
    return true;
  }

  /** Line numbers for candidates in offset order, with one running pass over `raw`. */
  private report(candidates: Candidate[], hunk: Hunk, map: OffsetMap): void {
    candidates.sort((a, b) => a.start - b.start || a.rule.index - b.rule.index);
    const { text: raw, startLine } = hunk;
    const until = hunk.until ?? raw.length + 1;
    const firstColumn = (hunk.startColumn ?? 1) - 1;
    let line = startLine;
    let lineStart = 0;
    let nextNewline = raw.indexOf('\n');
    const file = this.file;
    for (const candidate of candidates) {
      const rawStart = map === null ? candidate.start : map(candidate.start);
      if (rawStart >= until) continue; // the next chunk reports it
      if (rawStart < lineStart) {
        line = startLine;
        lineStart = 0;
        nextNewline = raw.indexOf('\n');
      }
      while (nextNewline !== -1 && nextNewline < rawStart) {
        line++;
        lineStart = nextNewline + 1;
        nextNewline = raw.indexOf('\n', lineStart);
      }
      const rawLast = map === null ? candidate.end - 1 : map(candidate.end - 1);
      let endLine = line;
      for (let nl = nextNewline; nl !== -1 && nl < rawLast; nl = raw.indexOf('\n', nl + 1)) {
        endLine++;
      }
      let lineEnd = nextNewline === -1 ? raw.length : nextNewline;
      if (lineEnd > lineStart && raw.charCodeAt(lineEnd - 1) === 13) lineEnd--;
      const { rule } = candidate;
      // A private key that pairs with a test certificate is reported as a test fixture.
      const why =
        rule.fixture === null
          ? null
          : testFixtureReason(candidate.secret, file.path, raw, file.certificates ?? []);
      const as = why === null ? rule : rule.fixture!;
      const finding: RawFinding = {
        ruleId: as.id,
        kind: 'secret',
        severity: as.severity,
        title: as.title,
        provider: as.provider,
        path: file.path,
        line,
        endLine,
        column: rawStart - lineStart + 1 + (line === startLine ? firstColumn : 0),
        secret: detached(candidate.secret),
        lineText: detached(raw.slice(lineStart, lineEnd)),
        blocking: as.blocking,
        ...(rule.generic ? { contextual: true as const } : {}),
      };
      if (why !== null) finding.note = why;
      if (file.commit !== undefined) finding.commit = file.commit;
      this.out.push(finding);
    }
  }
}
