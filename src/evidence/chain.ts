/**
 * The ledger's format and its hash chain (pure: no I/O).
 *
 * Layout — the same on the `mandate-evidence` branch, in an organisation's evidence repository
 * and in a local folder (`--evidence-ledger DIR`): one stream per judged repository, one JSON
 * Lines file per month (UTC) at `<owner>/<repo>/<YYYY>/<YYYY-MM>.jsonl`. Each line is
 *
 *   {"seq":N,"prev":"<sha256 of the previous line's bytes>"|null,"statement":{…}}
 *
 * `seq` counts from 1 across the whole stream (months continue it); `prev` is the SHA-256 of the
 * previous line's UTF-8 bytes without its newline (null for the first line of the stream). A
 * line is the entry's JSON.stringify, written once and never re-serialised, so its hash is
 * stable. A `gap` entry instead of a `statement` records a run that could not write (a fork's
 * pull request), noticed by the next run that could. A signed record carries its Sigstore
 * bundle as a fourth field, `"sigstore":{…}`, after the Statement (src/evidence/signature.ts):
 * inside the line, so inside the chain; the check-run anchor still hashes the Statement alone.
 */
import { sha256Hex } from '../core/sha256.js';
import { type SigstoreBundle, signedBytes } from './signature.js';
import type { Statement } from './statement.js';

export const LEDGER_BRANCH = 'mandate-evidence';

/** `owner/repo[@branch]`, the way a ledger on GitHub is named (null: not one). */
export function parseLedgerTarget(
  text: string,
): { owner: string; repo: string; branch?: string } | null {
  const match = /^([\w.-]+)\/([\w.-]+)(?:@(.+))?$/.exec(text);
  if (match === null) return null;
  return {
    owner: match[1]!,
    repo: match[2]!,
    ...(match[3] === undefined ? {} : { branch: match[3] }),
  };
}

export interface Gap {
  /** What the run that could not write judged: `owner/repo@pull/N` and its head commit. */
  subject: string;
  headSha: string;
  /** Where the run's record went instead (its job summary and artifact), and when. */
  runUrl: string | null;
  time: string;
  /** The check run's verdict, null when there was none. */
  decision: 'pass' | 'block' | null;
  /**
   * The SHA-256 of the Statement the run computed (from its check run's anchor), or null when
   * no run left one (a fork's pull request: no check run, no write).
   */
  statementSha256: string | null;
}

export type Entry =
  | { seq: number; prev: string | null; statement: Statement; sigstore?: SigstoreBundle }
  | { seq: number; prev: string | null; gap: Gap };

/** What a line says besides its place: a Statement (signed or not) or a gap. */
export type EntryBody = { statement: Statement; sigstore?: SigstoreBundle } | { gap: Gap };

export interface ChainHead {
  seq: number;
  /** SHA-256 of the last line's bytes. */
  digest: string;
}

/** `<owner>/<repo>/<YYYY>/<YYYY-MM>.jsonl` for a record of `time` (UTC). */
export function ledgerPath(repository: string, time: Date | string): string {
  const iso = typeof time === 'string' ? new Date(time).toISOString() : time.toISOString();
  const year = iso.slice(0, 4);
  return `${repository}/${year}/${iso.slice(0, 7)}.jsonl`;
}

export function lineDigest(line: string): string {
  return sha256Hex(line);
}

/** The SHA-256 of a Statement as written in the ledger (for the check run anchor). */
export function statementDigest(statement: Statement): string {
  return sha256Hex(signedBytes(statement));
}

/** The line that follows `head` (null: the stream's first). */
export function nextLine(
  head: ChainHead | null,
  body: EntryBody,
): { line: string; head: ChainHead } {
  const entry = { seq: (head?.seq ?? 0) + 1, prev: head?.digest ?? null, ...body };
  const line = JSON.stringify(entry);
  return { line, head: { seq: entry.seq, digest: lineDigest(line) } };
}

/** The head of a stream from its last non-empty line (null: an empty stream). */
export function headOf(text: string): ChainHead | null {
  const lines = text.split('\n').filter((line) => line !== '');
  const last = lines.at(-1);
  if (last === undefined) return null;
  const entry = parseEntry(last);
  if (entry === null) return null;
  return { seq: entry.seq, digest: lineDigest(last) };
}

/** An entry from its line, or null when the line is not one. */
export function parseEntry(line: string): Entry | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const entry = value as Record<string, unknown>;
  if (!Number.isInteger(entry.seq) || (entry.seq as number) < 1) return null;
  if (entry.prev !== null && !(typeof entry.prev === 'string' && /^[0-9a-f]{64}$/.test(entry.prev)))
    return null;
  const hasStatement = typeof entry.statement === 'object' && entry.statement !== null;
  const hasGap = typeof entry.gap === 'object' && entry.gap !== null;
  if (hasStatement === hasGap) return null;
  return value as Entry;
}

export interface LedgerFile {
  /** Path relative to the ledger root, `/`-separated. */
  path: string;
  text: string;
}

export type BreakKind = 'edited' | 'deleted' | 'reordered' | 'inserted' | 'malformed' | 'misplaced';

export interface ChainBreak {
  kind: BreakKind;
  file: string;
  line: number;
  message: string;
}

export interface StreamCheck {
  repository: string;
  records: number;
  gaps: number;
  head: ChainHead | null;
  brk: ChainBreak | null;
  /** Each entry with where it is (for the schema and anchor checks). */
  entries: { file: string; line: number; entry: Entry; digest: string }[];
}

/** Month files grouped into streams: `owner/repo` → its files in chain order. */
export function groupStreams(files: LedgerFile[]): Map<string, LedgerFile[]> {
  const streams = new Map<string, LedgerFile[]>();
  for (const file of files) {
    const match = /^([^/]+\/[^/]+)\/\d{4}\/\d{4}-\d{2}\.jsonl$/.exec(file.path);
    if (match === null) continue;
    const list = streams.get(match[1]!) ?? [];
    list.push(file);
    streams.set(match[1]!, list);
  }
  for (const list of streams.values()) list.sort((a, b) => (a.path < b.path ? -1 : 1));
  return new Map([...streams].sort(([a], [b]) => (a < b ? -1 : 1)));
}

interface Located {
  file: string;
  line: number;
  text: string;
  entry: Entry | null;
  digest: string;
}

/**
 * Checks one stream's chain and reports the first break: an edited record (the next line
 * records another hash for it), deleted records (a `seq` gap), reordered records (a `seq` that
 * is due appears later), an inserted record (two lines claim the same place), a line that is
 * not an entry, or a record filed under the wrong month. Editing the last record and
 * re-hashing a whole suffix are invisible to the chain alone: the check run anchors catch those.
 */
export function checkStream(repository: string, files: LedgerFile[]): StreamCheck {
  const located: Located[] = [];
  for (const file of files) {
    const lines = file.text.split('\n');
    lines.forEach((text, index) => {
      if (text === '' && index === lines.length - 1) return;
      located.push({
        file: file.path,
        line: index + 1,
        text,
        entry: parseEntry(text),
        digest: lineDigest(text),
      });
    });
  }
  const result: StreamCheck = {
    repository,
    records: 0,
    gaps: 0,
    head: null,
    brk: null,
    entries: [],
  };
  const fail = (at: Located, kind: BreakKind, message: string): StreamCheck => ({
    ...result,
    brk: { kind, file: at.file, line: at.line, message },
  });
  let previous: Located | null = null;
  for (let i = 0; i < located.length; i++) {
    const at = located[i]!;
    const entry = at.entry;
    if (entry === null) {
      return fail(
        at,
        'malformed',
        at.text === ''
          ? 'an empty line: the ledger has none, so the file was edited.'
          : 'this line is not a ledger entry (`{"seq", "prev", "statement"}`): it was edited or corrupted.',
      );
    }
    const expectedSeq = (previous?.entry?.seq ?? 0) + 1;
    const expectedPrev = previous?.digest ?? null;
    if (entry.seq !== expectedSeq || entry.prev !== expectedPrev) {
      const before = previous?.entry ?? null;
      if (before !== null && (entry.seq === before.seq || entry.prev === before.prev)) {
        return fail(
          at,
          'inserted',
          `this line and the one before both claim record ${entry.seq === before.seq ? entry.seq : `${before.seq}`}'s place in the chain: one of them was inserted.`,
        );
      }
      if (
        entry.seq !== expectedSeq &&
        located.slice(i + 1).some((l) => l.entry?.seq === expectedSeq)
      ) {
        return fail(
          at,
          'reordered',
          `record ${entry.seq} stands where record ${expectedSeq} belongs, which comes later: the records were reordered.`,
        );
      }
      if (entry.seq > expectedSeq) {
        const missing =
          entry.seq - expectedSeq === 1
            ? `record ${expectedSeq} is`
            : `records ${expectedSeq}–${entry.seq - 1} are`;
        return fail(at, 'deleted', `${missing} missing before this line: deleted.`);
      }
      if (entry.seq < expectedSeq) {
        return fail(
          at,
          'reordered',
          `record ${entry.seq} comes after record ${expectedSeq - 1}: the records were reordered or copied.`,
        );
      }
      return fail(
        previous ?? at,
        'edited',
        previous === null
          ? 'the first record of the stream names a predecessor: records before it were deleted.'
          : `this record's bytes no longer hash to what record ${entry.seq} (line ${at.line}${at.file === previous.file ? '' : ` of ${at.file}`}) recorded: it was edited.`,
      );
    }
    const time = 'statement' in entry ? entry.statement?.predicate?.time : entry.gap?.time;
    if (typeof time === 'string' && !Number.isNaN(Date.parse(time))) {
      const month = new Date(time).toISOString().slice(0, 7);
      if (!at.file.endsWith(`/${month}.jsonl`)) {
        return fail(at, 'misplaced', `a record of ${month} filed under ${at.file}: it was moved.`);
      }
    }
    if ('gap' in entry) result.gaps++;
    else result.records++;
    result.entries.push({ file: at.file, line: at.line, entry, digest: at.digest });
    result.head = { seq: entry.seq, digest: at.digest };
    previous = at;
  }
  return result;
}
