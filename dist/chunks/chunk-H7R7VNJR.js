import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  BINARY_SNIFF_BYTES,
  CHUNK_OVERLAP,
  attachGitCertificates,
  attachSecretValues,
  chunkSize,
  gitBlobReader,
  looksBinary,
  mayTouchSecret,
  utf16Line,
  wantsCertificates
} from "./chunk-DMBOE7IU.js";
import {
  DIFF_FORMAT_ARGS,
  gitOutput,
  resolveCommit,
  runGit,
  streamGit
} from "./chunk-SGSUYQD6.js";
import {
  MandateError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/sources/diff.ts
init_cli_data();
init_errors();

// src/sources/git-reads.ts
init_cli_data();
async function* withGitReads(files, repoRoot, rev) {
  for await (let file of files) {
    let secret = mayTouchSecret(file), certificates = wantsCertificates(file);
    if (!secret && !certificates) {
      yield file;
      continue;
    }
    let at = typeof rev == "string" ? rev : rev(file);
    if (at === null) {
      yield file;
      continue;
    }
    let read = secret ? await attachSecretValues(file, gitBlobReader(repoRoot, at)) : file;
    yield certificates ? await attachGitCertificates(read, repoRoot, at) : read;
  }
}

// src/sources/unified-diff.ts
init_cli_data();
var HUNK_HEADER = /^@@+ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/, COMBINED_HUNK_HEADER = /^@@@+ ((?:-\d+(?:,\d+)? )+)\+(\d+)(?:,(\d+))? @@@/, SUBMODULE_MODE = "160000", SYMLINK_MODE = "120000", ESCAPES = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  "\\": 92
};
function unquoteCString(text, from = 0) {
  if (text[from] !== '"') return null;
  let bytes = [], i = from + 1;
  for (; i < text.length; ) {
    let ch = text[i];
    if (ch === '"')
      return { value: Buffer.from(bytes).toString("utf8"), end: i + 1 };
    if (ch === "\\") {
      let next = text[i + 1];
      if (next === void 0) return null;
      let escaped = ESCAPES[next];
      if (escaped !== void 0) {
        bytes.push(escaped), i += 2;
        continue;
      }
      let octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(Number.parseInt(octal[0], 8) & 255), i += 4;
        continue;
      }
      bytes.push(next.charCodeAt(0)), i += 2;
      continue;
    }
    let code = text.codePointAt(i), char = String.fromCodePoint(code);
    for (let b of Buffer.from(char, "utf8")) bytes.push(b);
    i += char.length;
  }
  return null;
}
function stripPrefix(name, prefix) {
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
function parseName(raw, prefix) {
  if (raw.startsWith('"')) {
    let q = unquoteCString(raw);
    return q === null ? null : stripPrefix(q.value, prefix);
  }
  let name = raw.endsWith("	") ? raw.slice(0, -1) : raw;
  return name === "/dev/null" ? null : stripPrefix(name, prefix);
}
function parseGitHeader(rest) {
  if (rest.startsWith('"')) {
    let a = unquoteCString(rest);
    if (a === null || rest[a.end] !== " ") return null;
    let bRaw = rest.slice(a.end + 1), b = bRaw.startsWith('"') ? unquoteCString(bRaw)?.value : bRaw;
    return b === void 0 ? null : { old: stripPrefix(a.value, "a/"), new: stripPrefix(b, "b/") };
  }
  if (rest.endsWith('"')) {
    let at2 = rest.lastIndexOf(' "'), b = at2 === -1 ? null : unquoteCString(rest, at2 + 1);
    return b === null || at2 === -1 ? null : { old: stripPrefix(rest.slice(0, at2), "a/"), new: stripPrefix(b.value, "b/") };
  }
  if ((rest.length - 5) % 2 === 0 && rest.startsWith("a/")) {
    let len = (rest.length - 5) / 2, a = rest.slice(2, 2 + len);
    if (rest.slice(2 + len, 5 + len) === " b/" && rest.slice(5 + len) === a)
      return { old: a, new: a };
  }
  let at = rest.indexOf(" b/");
  return at === -1 || !rest.startsWith("a/") ? null : { old: rest.slice(2, at), new: rest.slice(at + 3) };
}
function parseCommit(payload) {
  let [sha = "", author = "", email = "", date = "", ...rest] = payload.split("\0"), summary = rest.join("\0");
  return { sha, author, email, date, ...summary === "" ? {} : { summary } };
}
var UnifiedDiffParser = class {
  chunk;
  marker;
  partial = "";
  file = null;
  commit;
  /** Remaining lines of the current hunk (old side, new side). */
  remOld = 0;
  remNew = 0;
  newLine = 0;
  /**
   * In a combined diff (`diff --cc`, a merge in `git log --cc`): the number of parents, and the
   * lines each parent's side of the current hunk still has. 0 for an ordinary diff.
   */
  combined = 0;
  remParents = [];
  /** Inside a `diff --combined` (never requested): skip to the next file. */
  skipping = !1;
  /** A deletion held back: git prints a type change (file → symlink) as delete + add. */
  heldDeletion = null;
  ready = [];
  /** Commits seen so far (log output). */
  commits = 0;
  constructor(options) {
    this.chunk = chunkSize(options.maxFileSize), this.marker = options.commitMarker;
  }
  /** Feed decoded text; lines may be split across calls anywhere. */
  write(text) {
    let start = 0;
    if (this.partial !== "") {
      let nl = text.indexOf(`
`);
      if (nl === -1) {
        this.partial += text;
        return;
      }
      this.line(this.partial + text.slice(0, nl)), this.partial = "", start = nl + 1;
    }
    for (; ; ) {
      let nl = text.indexOf(`
`, start);
      if (nl === -1) break;
      this.line(text.slice(start, nl)), start = nl + 1;
    }
    this.partial = text.slice(start);
  }
  /** Signal the end of the output; flushes the last file. */
  end() {
    this.partial !== "" && (this.line(this.partial), this.partial = ""), this.finishFile(), this.heldDeletion && (this.ready.push(this.heldDeletion), this.heldDeletion = null);
  }
  /** Files completed so far (each returned once). */
  take() {
    if (this.ready.length === 0) return [];
    let out = this.ready;
    return this.ready = [], out;
  }
  line(line) {
    if (this.combined > 0 && (this.remNew > 0 || this.remParents.some((n) => n > 0))) {
      if (this.combinedLine(line)) return;
      this.remNew = 0, this.remParents = [];
    }
    if (this.remOld > 0 || this.remNew > 0) {
      let c = line.charCodeAt(0);
      if (c === 43) {
        this.added(line);
        return;
      }
      if (c === 45) {
        this.remOld > 0 && this.remOld--;
        return;
      }
      if (c === 32) {
        this.remOld > 0 && this.remOld--, this.remNew > 0 && this.remNew--, this.closeRun(), this.newLine++;
        return;
      }
      if (c === 92) return;
      this.remOld = 0, this.remNew = 0;
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
  combinedLine(line) {
    let n = this.combined;
    if (line.charCodeAt(0) === 92) return !0;
    let columns = line.slice(0, n);
    if (columns.length < n || !/^[ +-]*$/.test(columns)) return !1;
    let inResult = !columns.includes("-");
    for (let i = 0; i < n; i++) {
      let c = columns[i];
      (c === "-" || inResult && c === " ") && this.remParents[i] > 0 && this.remParents[i]--;
    }
    return inResult ? columns.includes(" ") ? (this.remNew > 0 && this.remNew--, this.closeRun(), this.newLine++, !0) : (this.added(`+${line.slice(n)}`), !0) : !0;
  }
  added(line) {
    this.remNew > 0 && this.remNew--;
    let file = this.file, lineNo = this.newLine++;
    if (file === null) return;
    let content = line.slice(1);
    content.includes("\0") && (content = utf16Line(content) ?? content), content.endsWith("\r") && (content = content.slice(0, -1)), file.size += Buffer.byteLength(content, "utf8") + 1, !file.binary && (file.sniff !== null && (file.sniff += `${content.slice(0, BINARY_SNIFF_BYTES - file.sniff.length)}
`, file.sniff.length >= BINARY_SNIFF_BYTES && this.judgeBinary(file), file.binary) || (file.run.length > 0 && file.runStart + file.run.length !== lineNo && this.closeRun(), file.run.length === 0 && (file.runStart = lineNo), file.run.push(content), file.lines++, file.held += content.length + 1, file.held >= this.chunk && this.emitPiece(file)));
  }
  /**
   * Emits what is held of a large file as one piece. The open run goes on in the next piece,
   * which starts with the run's last CHUNK_OVERLAP characters (whole lines): findings that
   * start there are left to it (`until`).
   */
  emitPiece(file) {
    if (file.sniff !== null && this.judgeBinary(file), file.binary) return;
    let run = file.run, keep = run.length, kept = 0;
    for (; keep > 0 && kept < CHUNK_OVERLAP; )
      keep--, kept += run[keep].length + 1;
    let hunks = file.hunks;
    if (run.length > 0) {
      let until = 0;
      for (let i = 0; i < keep; i++) until += run[i].length + 1;
      hunks.push({ startLine: file.runStart, text: run.join(`
`), until });
    }
    let piece = this.describe(file);
    this.emit({
      ...piece,
      hunks,
      size: file.size - file.emittedSize,
      lines: file.lines - file.emittedLines,
      ...file.pieces > 0 ? { continued: !0 } : {}
    }), file.pieces++, file.emittedSize = file.size, file.emittedLines = file.lines, file.hunks = [], file.run = run.slice(keep), file.runStart += keep, file.held = kept;
  }
  /**
   * Binary or text, from the first added bytes (git's own verdict is switched off by `--text`),
   * decided before any text of the file is kept or passed on. A binary file keeps no lines.
   */
  judgeBinary(file) {
    let sniff = file.sniff;
    file.sniff = null, !(sniff === null || sniff === "" || !looksBinary(Buffer.from(sniff, "utf8"))) && (file.binary = !0, file.hunks = [], file.run = [], file.lines = 0);
  }
  closeRun() {
    let file = this.file;
    file === null || file.run.length === 0 || (file.hunks.push({ startLine: file.runStart, text: file.run.join(`
`) }), file.run = []);
  }
  header(line) {
    if (this.marker !== void 0 && line.startsWith(this.marker)) {
      this.finishFile(), this.skipping = !1, this.commit = parseCommit(line.slice(this.marker.length)), this.commits++;
      return;
    }
    let combined = line.startsWith("diff --cc ");
    if (line.startsWith("diff --git ") || combined) {
      this.finishFile(), this.skipping = !1, this.combined = 0;
      let names;
      if (combined) {
        let rest = line.slice(10), name = rest.startsWith('"') ? unquoteCString(rest)?.value ?? null : rest;
        names = name === null ? null : { old: name, new: name };
      } else
        names = parseGitHeader(line.slice(11));
      this.file = {
        headerOld: names?.old ?? null,
        headerNew: names?.new ?? null,
        minus: void 0,
        plus: void 0,
        renameFrom: void 0,
        renameTo: void 0,
        copied: !1,
        isNew: !1,
        isDeleted: !1,
        mode: void 0,
        binary: !1,
        sniff: "",
        hunks: [],
        run: [],
        runStart: 0,
        size: 0,
        lines: 0,
        pieces: 0,
        emittedSize: 0,
        emittedLines: 0,
        held: 0
      };
      return;
    }
    if (line.startsWith("diff --combined ")) {
      this.finishFile(), this.skipping = !0;
      return;
    }
    let file = this.file;
    if (!(file === null || this.skipping)) {
      if (line.startsWith("@@@")) {
        let m = COMBINED_HUNK_HEADER.exec(line);
        if (m) {
          let parents = [...m[1].matchAll(/-\d+(?:,(\d+))?/g)].map(
            (p) => p[1] === void 0 ? 1 : Number(p[1])
          );
          this.closeRun(), this.combined = parents.length, this.remParents = parents, this.remNew = m[3] === void 0 ? 1 : Number(m[3]), this.newLine = Number(m[2]);
          return;
        }
      }
      if (line.startsWith("@@")) {
        let m = HUNK_HEADER.exec(line);
        if (!m) return;
        this.closeRun(), this.remOld = m[2] === void 0 ? 1 : Number(m[2]), this.remNew = m[4] === void 0 ? 1 : Number(m[4]), this.newLine = Number(m[3]);
        return;
      }
      if (line.startsWith("--- ")) file.minus = parseName(line.slice(4), "a/");
      else if (line.startsWith("+++ ")) file.plus = parseName(line.slice(4), "b/");
      else if (line.startsWith("new file mode "))
        file.isNew = !0, file.mode = line.slice(14).trim();
      else if (line.startsWith("deleted file mode "))
        file.isDeleted = !0, file.mode = line.slice(18).trim();
      else if (line.startsWith("new mode ")) file.mode = line.slice(9).trim();
      else if (line.startsWith("index ")) {
        let mode = /^index \S+ (\d+)$/.exec(line);
        mode && file.mode === void 0 && (file.mode = mode[1]);
      } else line.startsWith("rename from ") ? file.renameFrom = parseName(line.slice(12), "") ?? void 0 : line.startsWith("rename to ") ? file.renameTo = parseName(line.slice(10), "") ?? void 0 : line.startsWith("copy from ") ? (file.copied = !0, file.renameFrom = parseName(line.slice(10), "") ?? void 0) : line.startsWith("copy to ") ? file.renameTo = parseName(line.slice(8), "") ?? void 0 : (line.startsWith("Binary files ") || line.startsWith("GIT binary patch")) && (file.binary = !0);
    }
  }
  finishFile() {
    let file = this.file;
    if (this.remOld = 0, this.remNew = 0, this.remParents = [], file === null) return;
    this.closeRun(), this.file = null, file.binary || this.judgeBinary(file);
    let described = this.describe(file), { skipped } = described, changed = {
      ...described,
      hunks: skipped === void 0 ? file.hunks : [],
      size: file.isDeleted ? 0 : file.size - file.emittedSize,
      lines: skipped === void 0 ? file.lines - file.emittedLines : 0,
      ...file.pieces > 0 ? { continued: !0 } : {}
    };
    this.emit(changed);
  }
  /** The file's names, status and skip reason, from its headers. */
  describe(file) {
    let path = file.renameTo ?? (file.isDeleted ? file.minus ?? file.headerOld : file.plus ?? file.headerNew) ?? file.headerNew ?? file.headerOld ?? "", oldPath = file.renameFrom ?? (file.minus === void 0 ? file.headerOld : file.minus), status = "modified";
    file.isDeleted ? status = "deleted" : file.isNew || file.copied ? status = "added" : file.renameTo !== void 0 && (status = "renamed");
    let skipped;
    return file.isDeleted ? skipped = "deleted" : file.mode === SUBMODULE_MODE ? skipped = "submodule" : file.mode === SYMLINK_MODE ? skipped = "symlink" : file.binary && (skipped = "binary"), {
      path,
      ...(status === "renamed" || file.copied) && oldPath != null && oldPath !== path ? { oldPath } : {},
      status,
      binary: file.binary,
      ...skipped === void 0 ? {} : { skipped },
      ...this.commit === void 0 ? {} : { commit: this.commit }
    };
  }
  emit(changed) {
    let held = this.heldDeletion;
    this.heldDeletion = null, held !== null && (changed.status === "added" && changed.path === held.path && changed.commit === held.commit ? changed.status = "modified" : this.ready.push(held)), changed.status === "deleted" ? this.heldDeletion = changed : this.ready.push(changed);
  }
};
async function* parseDiffStream(chunks, parser, onChunk) {
  let decoder = new TextDecoder("utf-8", { fatal: !1 });
  for await (let chunk of chunks)
    parser.write(decoder.decode(chunk, { stream: !0 })), onChunk?.(chunk.byteLength), yield* parser.take();
  parser.write(decoder.decode()), parser.end(), yield* parser.take();
}

// src/sources/diff.ts
function parseRange(range) {
  let trimmed = range.trim();
  if (trimmed === "")
    throw new MandateError("the diff range is empty.", {
      hint: "Pass a range such as --diff main..HEAD or --diff origin/main...HEAD."
    });
  let three = trimmed.indexOf("...");
  if (three !== -1)
    return {
      base: trimmed.slice(0, three) || "HEAD",
      head: trimmed.slice(three + 3) || "HEAD",
      mergeBase: !0
    };
  let two = trimmed.indexOf("..");
  return two !== -1 ? {
    base: trimmed.slice(0, two) || "HEAD",
    head: trimmed.slice(two + 2) || "HEAD",
    mergeBase: !1
  } : { base: trimmed, head: "HEAD", mergeBase: !1 };
}
function diffSource(options) {
  return { scope: "diff", description: options.range, files: diffFiles(options) };
}
async function resolveOrFail(rev, range, repoRoot) {
  let sha = await resolveCommit(rev, repoRoot);
  if (sha === null)
    throw new MandateError(`unknown revision '${rev}' in the diff range ${range}.`, {
      hint: `Check the name, or fetch it first (git fetch origin ${rev}; in CI use actions/checkout with fetch-depth: 0).`
    });
  return sha;
}
async function* diffFiles(options) {
  let { repoRoot, range, maxFileSize } = options, parsed = parseRange(range);
  await gitOutput(["rev-parse", "--git-dir"], repoRoot);
  let baseSha = await resolveOrFail(parsed.base, range, repoRoot), headSha = await resolveOrFail(parsed.head, range, repoRoot), from = baseSha;
  if (parsed.mergeBase) {
    let result = await runGit(["merge-base", baseSha, headSha], repoRoot), mergeBase = result.stdout.toString("utf8").trim();
    if (result.code !== 0 || mergeBase === "")
      throw new MandateError(
        `${parsed.base} and ${parsed.head} have no common ancestor, so ${range} is empty.`,
        {
          hint: `Use the two-dot form (${parsed.base}..${parsed.head}) to compare the trees, or fetch more history (fetch-depth: 0).`
        }
      );
    from = mergeBase;
  }
  let args = ["diff", ...DIFF_FORMAT_ARGS, "--diff-filter=ACDMRT", from, headSha, "--"];
  yield* withGitReads(
    parseDiffStream(streamGit(args, repoRoot), new UnifiedDiffParser({ maxFileSize })),
    repoRoot,
    headSha
  );
}

export {
  withGitReads,
  UnifiedDiffParser,
  parseDiffStream,
  parseRange,
  diffSource
};
