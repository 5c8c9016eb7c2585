/**
 * A streaming parser of `git diff -U0` and `git log -p -U0` output.
 *
 * Text is fed in arbitrary chunks (`write`); complete files come out of `take()` as soon as
 * the next file (or commit) starts, so memory holds one file's added lines at a time, never
 * the whole output. Only added lines are kept, as contiguous runs with their new-file line
 * numbers taken from the hunk headers (`@@ -a,b +c,d @@`); the counts b and d say exactly how
 * many lines belong to a hunk, so a removed line that looks like a header (`--- a/x`) is never
 * misread.
 *
 * File names come from the extended headers, which are exact: `rename from/to`, then
 * `--- a/…` / `+++ b/…` (git appends a TAB when a name contains a space; C-quoted names are
 * decoded), then the `diff --git a/X b/X` line, split in the middle because both names are equal
 * when there is no rename. The `Binary files … differ` line is never used for names.
 *
 * git runs with `--text` (see DIFF_FORMAT_ARGS), so a `.gitattributes` in the change cannot
 * hide a file as binary: binary is decided here from the added content itself, with the same
 * test as a file read from disk (`looksBinary` over the first added bytes).
 *
 * Long because it is one streaming state machine over git's diff and log output (extended
 * headers, renames, combined merge hunks, submodules, symlinks, C-quoted names); its states
 * belong together.
 */
import type { ChangedFile, CommitInfo, FileStatus, Hunk, SkipReason } from '../core/types.js';
import { CHUNK_OVERLAP, chunkSize } from './chunks.js';
import { BINARY_SNIFF_BYTES, looksBinary, utf16Line } from './detect.js';

export interface DiffParserOptions {
  /**
   * A file whose added text passes this many bytes comes out in overlapping pieces (the later
   * ones `continued`) as the text arrives, so memory holds one piece; see chunks.ts.
   */
  maxFileSize: number;
  /**
   * For `git log` output: a line starting with this marker carries a commit as
   * `<marker>sha\0author\0email\0isoDate\0subject`. Diff lines never start with a control
   * character, so a marker such as "\x01mandate-commit\x02" cannot be confused with them.
   */
  commitMarker?: string;
}

interface FileState {
  headerOld: string | null;
  headerNew: string | null;
  /** From `--- ` / `+++ `: a name, null for /dev/null, undefined when absent. */
  minus: string | null | undefined;
  plus: string | null | undefined;
  renameFrom: string | undefined;
  renameTo: string | undefined;
  copied: boolean;
  isNew: boolean;
  isDeleted: boolean;
  /** The new side's mode (or the old one for deletions). */
  mode: string | undefined;
  binary: boolean;
  /**
   * The first BINARY_SNIFF_BYTES characters of added content, for the binary test; null once
   * judged (when that much has arrived, before a piece is passed on, or at the end of a shorter
   * file).
   */
  sniff: string | null;
  hunks: Hunk[];
  run: string[];
  runStart: number;
  size: number;
  lines: number;
  /** Pieces already emitted (a file larger than a chunk), and what they counted. */
  pieces: number;
  emittedSize: number;
  emittedLines: number;
  /** Characters held in `hunks` and `run` (for when to emit a piece). */
  held: number;
}

const HUNK_HEADER = /^@@+ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** `@@@ -a,b -c,d +e,f @@@`: one `-` range per parent (n parents, n+1 `@`), then the result. */
const COMBINED_HUNK_HEADER = /^@@@+ ((?:-\d+(?:,\d+)? )+)\+(\d+)(?:,(\d+))? @@@/;
const SUBMODULE_MODE = '160000';
const SYMLINK_MODE = '120000';

const ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  '\\': 92,
};

/**
 * Decode a C-quoted git path (`"docs/a\"b\tc"`, with octal escapes for raw bytes) starting at
 * `text[from]`, which must be `"`. Returns the name and the index after the closing quote.
 */
export function unquoteCString(text: string, from = 0): { value: string; end: number } | null {
  if (text[from] !== '"') return null;
  const bytes: number[] = [];
  let i = from + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
    }
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === undefined) return null;
      const escaped = ESCAPES[next];
      if (escaped !== undefined) {
        bytes.push(escaped);
        i += 2;
        continue;
      }
      const octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(Number.parseInt(octal[0], 8) & 0xff);
        i += 4;
        continue;
      }
      bytes.push(next.charCodeAt(0));
      i += 2;
      continue;
    }
    // Unescaped characters: re-encode as UTF-8 (names are decoded from a UTF-8 stream).
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    for (const b of Buffer.from(char, 'utf8')) bytes.push(b);
    i += char.length;
  }
  return null;
}

function stripPrefix(name: string, prefix: string): string {
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/** A name from `--- a/x`, `+++ b/x`, `rename to x`: quoted or raw (TAB-terminated when spaced). */
function parseName(raw: string, prefix: string): string | null {
  if (raw.startsWith('"')) {
    const q = unquoteCString(raw);
    return q === null ? null : stripPrefix(q.value, prefix);
  }
  const name = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  if (name === '/dev/null') return null;
  return stripPrefix(name, prefix);
}

/** Names from `diff --git a/X b/Y` (best effort; the extended headers win when present). */
export function parseGitHeader(rest: string): { old: string; new: string } | null {
  if (rest.startsWith('"')) {
    const a = unquoteCString(rest);
    if (a === null || rest[a.end] !== ' ') return null;
    const bRaw = rest.slice(a.end + 1);
    const b = bRaw.startsWith('"') ? unquoteCString(bRaw)?.value : bRaw;
    if (b === undefined) return null;
    return { old: stripPrefix(a.value, 'a/'), new: stripPrefix(b, 'b/') };
  }
  if (rest.endsWith('"')) {
    const at = rest.lastIndexOf(' "');
    const b = at === -1 ? null : unquoteCString(rest, at + 1);
    if (b === null || at === -1) return null;
    return { old: stripPrefix(rest.slice(0, at), 'a/'), new: stripPrefix(b.value, 'b/') };
  }
  // "a/" + P + " b/" + P: both names equal unless renamed (then rename headers follow).
  if ((rest.length - 5) % 2 === 0 && rest.startsWith('a/')) {
    const len = (rest.length - 5) / 2;
    const a = rest.slice(2, 2 + len);
    if (rest.slice(2 + len, 5 + len) === ' b/' && rest.slice(5 + len) === a) {
      return { old: a, new: a };
    }
  }
  const at = rest.indexOf(' b/');
  if (at === -1 || !rest.startsWith('a/')) return null;
  return { old: rest.slice(2, at), new: rest.slice(at + 3) };
}

/** Parse a commit marker line's payload. */
function parseCommit(payload: string): CommitInfo {
  const [sha = '', author = '', email = '', date = '', ...rest] = payload.split('\0');
  const summary = rest.join('\0');
  return { sha, author, email, date, ...(summary === '' ? {} : { summary }) };
}

export class UnifiedDiffParser {
  private readonly chunk: number;
  private readonly marker: string | undefined;
  private partial = '';
  private file: FileState | null = null;
  private commit: CommitInfo | undefined;
  /** Remaining lines of the current hunk (old side, new side). */
  private remOld = 0;
  private remNew = 0;
  private newLine = 0;
  /**
   * In a combined diff (`diff --cc`, a merge in `git log --cc`): the number of parents, and the
   * lines each parent's side of the current hunk still has. 0 for an ordinary diff.
   */
  private combined = 0;
  private remParents: number[] = [];
  /** Inside a `diff --combined` (never requested): skip to the next file. */
  private skipping = false;
  /** A deletion held back: git prints a type change (file → symlink) as delete + add. */
  private heldDeletion: ChangedFile | null = null;
  private ready: ChangedFile[] = [];
  /** Commits seen so far (log output). */
  commits = 0;

  constructor(options: DiffParserOptions) {
    this.chunk = chunkSize(options.maxFileSize);
    this.marker = options.commitMarker;
  }

  /** Feed decoded text; lines may be split across calls anywhere. */
  write(text: string): void {
    let start = 0;
    if (this.partial !== '') {
      const nl = text.indexOf('\n');
      if (nl === -1) {
        this.partial += text;
        return;
      }
      this.line(this.partial + text.slice(0, nl));
      this.partial = '';
      start = nl + 1;
    }
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) break;
      this.line(text.slice(start, nl));
      start = nl + 1;
    }
    this.partial = text.slice(start);
  }

  /** Signal the end of the output; flushes the last file. */
  end(): void {
    if (this.partial !== '') {
      this.line(this.partial);
      this.partial = '';
    }
    this.finishFile();
    if (this.heldDeletion) {
      this.ready.push(this.heldDeletion);
      this.heldDeletion = null;
    }
  }

  /** Files completed so far (each returned once). */
  take(): ChangedFile[] {
    if (this.ready.length === 0) return [];
    const out = this.ready;
    this.ready = [];
    return out;
  }

  private line(line: string): void {
    if (this.combined > 0 && (this.remNew > 0 || this.remParents.some((n) => n > 0))) {
      if (this.combinedLine(line)) return;
      // Malformed or truncated hunk: read the line as a header.
      this.remNew = 0;
      this.remParents = [];
    }
    if (this.remOld > 0 || this.remNew > 0) {
      const c = line.charCodeAt(0);
      if (c === 43 /* + */) {
        this.added(line);
        return;
      }
      if (c === 45 /* - */) {
        if (this.remOld > 0) this.remOld--;
        return;
      }
      if (c === 32 /* space: context, with a non-zero inter-hunk context */) {
        if (this.remOld > 0) this.remOld--;
        if (this.remNew > 0) this.remNew--;
        this.closeRun();
        this.newLine++;
        return;
      }
      if (c === 92 /* \ No newline at end of file */) return;
      // Malformed or truncated hunk: fall through and read the line as a header.
      this.remOld = 0;
      this.remNew = 0;
    }
    this.header(line);
  }

  /**
   * One line of a combined hunk: a column per parent, then the text. A column is `-` when the
   * line was in that parent and is not in the merge result, `+` when it is in the result but not
   * in that parent, ` ` otherwise. Only a line that is new against every parent (all `+`) is
   * kept as added: what the merge itself introduced (a conflict resolution, an "evil" merge).
   * A line that one parent already had was scanned in that parent's commits.
   */
  private combinedLine(line: string): boolean {
    const n = this.combined;
    if (line.charCodeAt(0) === 92 /* \ No newline at end of file */) return true;
    const columns = line.slice(0, n);
    if (columns.length < n || !/^[ +-]*$/.test(columns)) return false;
    const inResult = !columns.includes('-');
    for (let i = 0; i < n; i++) {
      const c = columns[i];
      if ((c === '-' || (inResult && c === ' ')) && this.remParents[i]! > 0) this.remParents[i]!--;
    }
    if (!inResult) return true;
    if (!columns.includes(' ')) {
      this.added(`+${line.slice(n)}`);
      return true;
    }
    if (this.remNew > 0) this.remNew--;
    this.closeRun();
    this.newLine++;
    return true;
  }

  private added(line: string): void {
    if (this.remNew > 0) this.remNew--;
    const file = this.file;
    const lineNo = this.newLine++;
    if (file === null) return;
    let content = line.slice(1);
    // A UTF-16 file (git prints its bytes with --text): its text is the line without NULs.
    if (content.includes('\0')) content = utf16Line(content) ?? content;
    if (content.endsWith('\r')) content = content.slice(0, -1);
    file.size += Buffer.byteLength(content, 'utf8') + 1;
    if (file.binary) return;
    if (file.sniff !== null) {
      file.sniff += `${content.slice(0, BINARY_SNIFF_BYTES - file.sniff.length)}\n`;
      if (file.sniff.length >= BINARY_SNIFF_BYTES) this.judgeBinary(file);
      if (file.binary) return;
    }
    if (file.run.length > 0 && file.runStart + file.run.length !== lineNo) this.closeRun();
    if (file.run.length === 0) file.runStart = lineNo;
    file.run.push(content);
    file.lines++;
    file.held += content.length + 1;
    if (file.held >= this.chunk) this.emitPiece(file);
  }

  /**
   * Emits what is held of a large file as one piece. The open run goes on in the next piece,
   * which starts with the run's last CHUNK_OVERLAP characters (whole lines): findings that
   * start there are left to it (`until`).
   */
  private emitPiece(file: FileState): void {
    // Nothing of a file is passed on before it is judged text.
    if (file.sniff !== null) this.judgeBinary(file);
    if (file.binary) return;
    const run = file.run;
    let keep = run.length;
    let kept = 0;
    while (keep > 0 && kept < CHUNK_OVERLAP) {
      keep--;
      kept += run[keep]!.length + 1;
    }
    const hunks = file.hunks;
    if (run.length > 0) {
      let until = 0;
      for (let i = 0; i < keep; i++) until += run[i]!.length + 1;
      hunks.push({ startLine: file.runStart, text: run.join('\n'), until });
    }
    const piece = this.describe(file);
    this.emit({
      ...piece,
      hunks,
      size: file.size - file.emittedSize,
      lines: file.lines - file.emittedLines,
      ...(file.pieces > 0 ? { continued: true } : {}),
    });
    file.pieces++;
    file.emittedSize = file.size;
    file.emittedLines = file.lines;
    file.hunks = [];
    file.run = run.slice(keep);
    file.runStart += keep;
    file.held = kept;
  }

  /**
   * Binary or text, from the first added bytes (git's own verdict is switched off by `--text`),
   * decided before any text of the file is kept or passed on. A binary file keeps no lines.
   */
  private judgeBinary(file: FileState): void {
    const sniff = file.sniff;
    file.sniff = null;
    if (sniff === null || sniff === '' || !looksBinary(Buffer.from(sniff, 'utf8'))) return;
    file.binary = true;
    file.hunks = [];
    file.run = [];
    file.lines = 0;
  }

  private closeRun(): void {
    const file = this.file;
    if (file === null || file.run.length === 0) return;
    file.hunks.push({ startLine: file.runStart, text: file.run.join('\n') });
    file.run = [];
  }

  private header(line: string): void {
    if (this.marker !== undefined && line.startsWith(this.marker)) {
      this.finishFile();
      this.skipping = false;
      this.commit = parseCommit(line.slice(this.marker.length));
      this.commits++;
      return;
    }
    const combined = line.startsWith('diff --cc ');
    if (line.startsWith('diff --git ') || combined) {
      this.finishFile();
      this.skipping = false;
      this.combined = 0;
      let names: { old: string; new: string } | null;
      if (combined) {
        // `diff --cc NAME`: one name, C-quoted when it needs to be.
        const rest = line.slice(10);
        const name = rest.startsWith('"') ? (unquoteCString(rest)?.value ?? null) : rest;
        names = name === null ? null : { old: name, new: name };
      } else {
        names = parseGitHeader(line.slice(11));
      }
      this.file = {
        headerOld: names?.old ?? null,
        headerNew: names?.new ?? null,
        minus: undefined,
        plus: undefined,
        renameFrom: undefined,
        renameTo: undefined,
        copied: false,
        isNew: false,
        isDeleted: false,
        mode: undefined,
        binary: false,
        sniff: '',
        hunks: [],
        run: [],
        runStart: 0,
        size: 0,
        lines: 0,
        pieces: 0,
        emittedSize: 0,
        emittedLines: 0,
        held: 0,
      };
      return;
    }
    if (line.startsWith('diff --combined ')) {
      this.finishFile();
      this.skipping = true;
      return;
    }
    const file = this.file;
    if (file === null || this.skipping) return;
    if (line.startsWith('@@@')) {
      const m = COMBINED_HUNK_HEADER.exec(line);
      if (m) {
        const parents = [...m[1]!.matchAll(/-\d+(?:,(\d+))?/g)].map((p) =>
          p[1] === undefined ? 1 : Number(p[1]),
        );
        this.closeRun();
        this.combined = parents.length;
        this.remParents = parents;
        this.remNew = m[3] === undefined ? 1 : Number(m[3]);
        this.newLine = Number(m[2]);
        return;
      }
    }
    if (line.startsWith('@@')) {
      const m = HUNK_HEADER.exec(line);
      if (!m) return;
      this.closeRun();
      this.remOld = m[2] === undefined ? 1 : Number(m[2]);
      this.remNew = m[4] === undefined ? 1 : Number(m[4]);
      this.newLine = Number(m[3]);
      return;
    }
    if (line.startsWith('--- ')) file.minus = parseName(line.slice(4), 'a/');
    else if (line.startsWith('+++ ')) file.plus = parseName(line.slice(4), 'b/');
    else if (line.startsWith('new file mode ')) {
      file.isNew = true;
      file.mode = line.slice(14).trim();
    } else if (line.startsWith('deleted file mode ')) {
      file.isDeleted = true;
      file.mode = line.slice(18).trim();
    } else if (line.startsWith('new mode ')) file.mode = line.slice(9).trim();
    else if (line.startsWith('index ')) {
      const mode = /^index \S+ (\d+)$/.exec(line);
      if (mode && file.mode === undefined) file.mode = mode[1];
    } else if (line.startsWith('rename from '))
      file.renameFrom = parseName(line.slice(12), '') ?? undefined;
    else if (line.startsWith('rename to '))
      file.renameTo = parseName(line.slice(10), '') ?? undefined;
    else if (line.startsWith('copy from ')) {
      file.copied = true;
      file.renameFrom = parseName(line.slice(10), '') ?? undefined;
    } else if (line.startsWith('copy to '))
      file.renameTo = parseName(line.slice(8), '') ?? undefined;
    else if (line.startsWith('Binary files ') || line.startsWith('GIT binary patch'))
      file.binary = true;
  }

  private finishFile(): void {
    const file = this.file;
    this.remOld = 0;
    this.remNew = 0;
    this.remParents = [];
    if (file === null) return;
    this.closeRun();
    this.file = null;
    if (!file.binary) this.judgeBinary(file);
    const described = this.describe(file);
    const { skipped } = described;
    const changed: ChangedFile = {
      ...described,
      hunks: skipped === undefined ? file.hunks : [],
      size: file.isDeleted ? 0 : file.size - file.emittedSize,
      lines: skipped === undefined ? file.lines - file.emittedLines : 0,
      ...(file.pieces > 0 ? { continued: true } : {}),
    };
    this.emit(changed);
  }

  /** The file's names, status and skip reason, from its headers. */
  private describe(file: FileState): Omit<ChangedFile, 'hunks' | 'size' | 'lines'> {
    const path =
      file.renameTo ??
      (file.isDeleted ? (file.minus ?? file.headerOld) : (file.plus ?? file.headerNew)) ??
      file.headerNew ??
      file.headerOld ??
      '';
    const oldPath = file.renameFrom ?? (file.minus === undefined ? file.headerOld : file.minus);
    let status: FileStatus = 'modified';
    if (file.isDeleted) status = 'deleted';
    else if (file.isNew || file.copied) status = 'added';
    else if (file.renameTo !== undefined) status = 'renamed';

    let skipped: SkipReason | undefined;
    if (file.isDeleted) skipped = 'deleted';
    else if (file.mode === SUBMODULE_MODE) skipped = 'submodule';
    else if (file.mode === SYMLINK_MODE) skipped = 'symlink';
    else if (file.binary) skipped = 'binary';

    return {
      path,
      ...((status === 'renamed' || file.copied) && oldPath != null && oldPath !== path
        ? { oldPath }
        : {}),
      status,
      binary: file.binary,
      ...(skipped === undefined ? {} : { skipped }),
      ...(this.commit === undefined ? {} : { commit: this.commit }),
    };
  }

  private emit(changed: ChangedFile): void {
    const held = this.heldDeletion;
    this.heldDeletion = null;
    if (held !== null) {
      if (
        changed.status === 'added' &&
        changed.path === held.path &&
        changed.commit === held.commit
      ) {
        // A type change (regular file ↔ symlink/submodule) printed as delete + add.
        changed.status = 'modified';
      } else {
        this.ready.push(held);
      }
    }
    if (changed.status === 'deleted') this.heldDeletion = changed;
    else this.ready.push(changed);
  }
}

/**
 * The added lines of one file's hunks given without file headers, as the GitHub REST API gives a
 * `patch`: read by the same parser as git's own output (hunk counts, CR, UTF-16 and the binary
 * test included), so the API and git sources see a change alike.
 */
export function parseHunks(patch: string): {
  hunks: Hunk[];
  lines: number;
  size: number;
  binary: boolean;
} {
  const parser = new UnifiedDiffParser({ maxFileSize: Number.MAX_SAFE_INTEGER });
  parser.write('diff --git a/patch b/patch\n');
  parser.write(patch);
  parser.end();
  const files = parser.take();
  return {
    hunks: files.flatMap((file) => file.hunks),
    lines: files.reduce((sum, file) => sum + file.lines, 0),
    size: files.reduce((sum, file) => sum + file.size, 0),
    binary: files.some((file) => file.binary),
  };
}

/**
 * Parse a byte stream of diff output incrementally. Bytes are decoded as UTF-8 across chunk
 * boundaries; invalid bytes become U+FFFD. `onChunk` sees each chunk's byte count.
 */
export async function* parseDiffStream(
  chunks: AsyncIterable<Uint8Array>,
  parser: UnifiedDiffParser,
  onChunk?: (bytes: number) => void,
): AsyncGenerator<ChangedFile> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for await (const chunk of chunks) {
    parser.write(decoder.decode(chunk, { stream: true }));
    onChunk?.(chunk.byteLength);
    yield* parser.take();
  }
  parser.write(decoder.decode());
  parser.end();
  yield* parser.take();
}
