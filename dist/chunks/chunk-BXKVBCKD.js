import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  TextChunker,
  chunkSize,
  countLines,
  decodeText,
  isManifestPath,
  loadYaml,
  looksBinary,
  textEncoding,
  withSiblingCertificates,
  withWholeFileSecretValues
} from "./chunk-DMBOE7IU.js";
import {
  gitFailure,
  runGit
} from "./chunk-SGSUYQD6.js";
import {
  startsAsZip
} from "./chunk-GTFPKMOW.js";
import {
  minimatch
} from "./chunk-QOVFVF66.js";
import {
  MandateError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/sources/listed.ts
init_cli_data();

// src/sources/paths.ts
init_cli_data();
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync
} from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { StringDecoder } from "node:string_decoder";
init_errors();
var ALWAYS_SKIPPED_DIRS = /* @__PURE__ */ new Set([".git"]), WALK_SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function pathsSource(options) {
  let paths = options.paths.length === 0 ? ["."] : options.paths;
  return {
    scope: "paths",
    description: paths.length === 1 && paths[0] === "." ? "files" : `files in ${paths.join(", ")}`,
    files: readFiles(options, paths)
  };
}
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function makeExcluder(globs) {
  return globs.length === 0 ? () => !1 : (path) => globs.some((glob) => minimatch(path, glob, { dot: !0, matchBase: !glob.includes("/") }));
}
function excludedWithParents(path, excluded) {
  if (excluded(path)) return !0;
  for (let at = path.indexOf("/"); at !== -1; at = path.indexOf("/", at + 1))
    if (excluded(path.slice(0, at))) return !0;
  return !1;
}
async function insideWorkTree(root) {
  try {
    let result = await runGit(["rev-parse", "--is-inside-work-tree"], root);
    return result.code === 0 && result.stdout.toString("utf8").trim() === "true";
  } catch {
    return !1;
  }
}
var UNREADABLE_DIRECTORY = /^warning: could not open directory '(.+?)\/?': /gm, FOLDER_UNREADABLE = "a folder that could not be listed, so none of its files was scanned", NOT_A_FILE = "not a regular file: a FIFO, socket or device is never opened";
function unreadableBecause(error) {
  let code = error?.code;
  return code === "EACCES" || code === "EPERM" ? "no permission to read it" : code === void 0 ? "reading it failed" : `reading it failed with ${code}`;
}
async function listWithGit(root, dirs, others = !0) {
  let args = [
    "--literal-pathspecs",
    "ls-files",
    "-z",
    "--cached",
    ...others ? ["--others", "--exclude-standard"] : [],
    "--",
    ...dirs
  ], result = await runGit(args, root);
  if (result.code !== 0)
    throw gitFailure(
      args,
      result.stderr,
      "run mandate scan with --no-gitignore to walk the directory instead."
    );
  let out = result.stdout.toString("utf8"), listed = [];
  for (let m of result.stderr.matchAll(UNREADABLE_DIRECTORY))
    listed.push({ path: m[1], unreadable: FOLDER_UNREADABLE });
  for (let name of out.split("\0"))
    name !== "" && (name.endsWith("/") ? listed.push({ path: name.slice(0, -1), nestedRepo: !0 }) : listed.push({ path: name }));
  return listed;
}
async function countIgnoredWithGit(root, dirs) {
  let args = [
    "--literal-pathspecs",
    "ls-files",
    "-z",
    "--others",
    "--ignored",
    "--exclude-standard",
    "--directory",
    "--",
    ...dirs
  ], counts = { files: 0, folders: 0 }, result = await runGit(args, root);
  if (result.code !== 0) return counts;
  let names = result.stdout.toString("utf8").split("\0"), folders = new Set(names.filter((name) => name.endsWith("/")));
  counts.folders = folders.size;
  let inFolder = (name) => {
    for (let at = name.indexOf("/"); at !== -1; at = name.indexOf("/", at + 1))
      if (folders.has(name.slice(0, at + 1))) return !0;
    return !1;
  };
  for (let name of names)
    name !== "" && !name.endsWith("/") && !inFolder(name) && counts.files++;
  return counts;
}
function newLeftOut() {
  return { ignored: { files: 0, folders: 0 }, excluded: { files: 0, folders: 0 }, dependencies: 0 };
}
function leftOutOf(counts) {
  let out = {}, some = (c) => c.files + c.folders > 0;
  return some(counts.ignored) && (out.ignored = counts.ignored), some(counts.excluded) && (out.excluded = counts.excluded), counts.dependencies > 0 && (out.dependencies = { folders: counts.dependencies }), Object.keys(out).length === 0 ? null : out;
}
var ignorePackage;
async function loadGitignore(dirAbs, base) {
  let text;
  try {
    text = readFileSync(join(dirAbs, ".gitignore"), "utf8");
  } catch {
    return null;
  }
  return ignorePackage ??= (await import("./ignore-5KD45YIL.js")).default, { base, rules: ignorePackage({ allowRelativePaths: !0 }).add(text) };
}
function ignoredBy(levels, path, isDir) {
  let ignored = !1;
  for (let level of levels) {
    if (!path.startsWith(level.base)) continue;
    let rel = path.slice(level.base.length) + (isDir ? "/" : ""), verdict = level.rules.test(rel);
    verdict.ignored ? ignored = !0 : verdict.unignored && (ignored = !1);
  }
  return ignored;
}
async function walk(root, dirRel, levels, options, out) {
  let dirAbs = dirRel === "" ? root : join(root, dirRel), here = levels;
  if (options.respectGitignore) {
    let level = await loadGitignore(dirAbs, dirRel === "" ? "" : `${dirRel}/`);
    level && (here = [...levels, level]);
  }
  let entries;
  try {
    entries = readdirSync(dirAbs, { withFileTypes: !0 });
  } catch (error) {
    error.code !== "ENOENT" && out.push({ path: dirRel === "" ? "." : dirRel, unreadable: FOLDER_UNREADABLE });
    return;
  }
  for (let entry of entries) {
    let name = entry.name, rel = dirRel === "" ? name : `${dirRel}/${name}`;
    if (entry.isDirectory()) {
      if (WALK_SKIPPED_DIRS.has(name)) {
        name === "node_modules" && options.leftOut.dependencies++;
        continue;
      }
      if (options.respectGitignore && ignoredBy(here, rel, !0)) {
        options.leftOut.ignored.folders++;
        continue;
      }
      if (options.excluded(rel)) {
        options.leftOut.excluded.folders++;
        continue;
      }
      await walk(root, rel, here, options, out);
    } else {
      if (options.respectGitignore && ignoredBy(here, rel, !1)) {
        options.leftOut.ignored.files++;
        continue;
      }
      let special = !entry.isFile() && !entry.isSymbolicLink();
      out.push(special ? { path: rel, unreadable: NOT_A_FILE } : { path: rel });
    }
  }
}
async function ancestorLevels(root, dirRel) {
  let levels = [], rootLevel = await loadGitignore(root, "");
  if (rootLevel && levels.push(rootLevel), dirRel === "") return levels;
  let parts = dirRel.split("/");
  for (let i = 1; i < parts.length; i++) {
    let rel = parts.slice(0, i).join("/"), level = await loadGitignore(join(root, rel), `${rel}/`);
    level && levels.push(level);
  }
  return levels;
}
async function listFiles(root, paths, options, excluded, leftOut = newLeftOut()) {
  let explicit = [], dirs = [];
  for (let p of paths) {
    let abs = resolve(root, p), stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      throw new MandateError(`cannot scan ${p}: it does not exist or cannot be read.`, {
        cause: error,
        hint: "Check the path; paths are relative to the current directory."
      });
    }
    let rel = toPosix(relative(root, abs));
    stat.isDirectory() ? dirs.push(rel === "" ? "." : rel) : explicit.push({ path: rel === "" ? toPosix(abs) : rel });
  }
  let listed = [];
  if (dirs.length > 0)
    if (options.respectGitignore && (options.inWorkTree ?? await insideWorkTree(root))) {
      let others = !options.trackedOnly, [found, ignored] = await Promise.all([
        listWithGit(root, dirs, others),
        others ? countIgnoredWithGit(root, dirs) : null
      ]);
      listed = found, ignored !== null && (leftOut.ignored = ignored);
    } else
      for (let dir of dirs) {
        let dirRel = dir === "." ? "" : dir, levels = options.respectGitignore ? await ancestorLevels(root, dirRel) : [];
        await walk(
          root,
          dirRel,
          levels,
          { respectGitignore: options.respectGitignore, excluded, leftOut },
          listed
        );
      }
  let seen = /* @__PURE__ */ new Set(), all = [];
  for (let item of [...explicit, ...listed])
    if (!(seen.has(item.path) || (seen.add(item.path), item.path.split("/").some((part) => ALWAYS_SKIPPED_DIRS.has(part))))) {
      if (excludedWithParents(item.path, excluded)) {
        leftOut.excluded.files++;
        continue;
      }
      all.push(item);
    }
  return all.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0), all;
}
function skippedFile(path, reason, size) {
  return {
    path,
    status: "unchanged",
    hunks: [],
    size,
    lines: 0,
    binary: reason === "binary",
    skipped: reason
  };
}
function unreadableFile(path, because) {
  return { ...skippedFile(path, "unreadable", 0), unreadableBecause: because };
}
var NOFOLLOW = fsConstants.O_NOFOLLOW, OPEN_FLAGS = fsConstants.O_RDONLY | (NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0), readBuffer = Buffer.allocUnsafe(256 * 1024);
function readUpTo(fd, limit) {
  let length = 0;
  for (; ; ) {
    if (length === readBuffer.length) {
      if (length > limit) return null;
      let bigger = Buffer.allocUnsafe(Math.min(length * 2, limit + 1));
      readBuffer.copy(bigger, 0, 0, length), readBuffer = bigger;
    }
    let got = readSync(fd, readBuffer, length, readBuffer.length - length, null);
    if (got === 0) break;
    length += got;
  }
  return length > limit ? null : readBuffer.subarray(0, length);
}
function loadFile(root, item, maxFileSize) {
  let path = item.path;
  if (item.nestedRepo) return skippedFile(path, "submodule", 0);
  if (item.unreadable !== void 0) return unreadableFile(path, item.unreadable);
  let abs = join(root, path);
  if (NOFOLLOW === void 0) {
    let stat;
    try {
      stat = lstatSync(abs);
    } catch (error) {
      return error.code === "ENOENT" ? null : unreadableFile(path, unreadableBecause(error));
    }
    if (stat.isSymbolicLink()) return skippedFile(path, "symlink", 0);
  }
  let fd;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (error) {
    let code = error.code;
    return code === "ENOENT" ? null : code === "ELOOP" || code === "EMLINK" ? skippedFile(path, "symlink", 0) : unreadableFile(path, unreadableBecause(error));
  }
  let buf = null;
  try {
    let failed = null;
    try {
      buf = readUpTo(fd, maxFileSize);
    } catch (error) {
      failed = error ?? "failed";
    }
    if (failed !== null || buf === null || buf.length === 0) {
      let stat = fstatSync(fd);
      if (stat.isDirectory()) return skippedFile(path, "submodule", 0);
      if (!stat.isFile()) return unreadableFile(path, NOT_A_FILE);
      if (failed !== null) return unreadableFile(path, unreadableBecause(failed));
      if (buf === null) return skippedFile(path, "too-large", Math.max(stat.size, maxFileSize + 1));
    }
  } catch (error) {
    return unreadableFile(path, unreadableBecause(error));
  } finally {
    closeSync(fd);
  }
  if (buf === null) return unreadableFile(path, "reading it failed");
  if (looksBinary(buf))
    return { ...skippedFile(path, "binary", buf.length), head: buf, headWhole: !0 };
  let text = decodeText(buf);
  return {
    path,
    status: "unchanged",
    hunks: text === "" ? [] : [{ startLine: 1, text }],
    size: buf.length,
    lines: countLines(text),
    binary: !1,
    // A zip of stored text files is scanned as text and judged as the archive it is.
    ...startsAsZip(buf) ? { head: buf, headWhole: !0 } : {}
  };
}
function* loadFileParts(root, item, maxFileSize) {
  let file = loadFile(root, item, maxFileSize);
  if (file !== null) {
    if (file.skipped !== "too-large") {
      yield file;
      return;
    }
    yield* readChunked(join(root, item.path), item.path, maxFileSize);
  }
}
function* readChunked(abs, path, maxFileSize) {
  let fd;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (error) {
    let code = error.code;
    if (code === "ENOENT") return;
    yield code === "ELOOP" || code === "EMLINK" ? skippedFile(path, "symlink", 0) : unreadableFile(path, unreadableBecause(error));
    return;
  }
  try {
    let size = chunkSize(maxFileSize), buf = Buffer.allocUnsafe(size), got, total = 0, decoder = null, chunker = new TextChunker(size), pieces = 0, piece = (hunk) => ({
      path,
      status: "unchanged",
      hunks: [hunk],
      // The first piece carries the file's size; lines are counted where they end.
      size: pieces === 0 ? fstatSync(fd).size : 0,
      lines: chunker.lines(hunk),
      binary: !1,
      ...pieces++ === 0 ? {} : { continued: !0 }
    });
    for (got = readFullSync(fd, buf); got > 0; got = readFullSync(fd, buf)) {
      let bytes = buf.subarray(0, got);
      if (decoder === null) {
        let encoding = textEncoding(bytes);
        if (encoding === null) {
          let head = Uint8Array.prototype.slice.call(bytes);
          yield { ...skippedFile(path, "binary", fstatSync(fd).size), head, headWhole: !1 };
          return;
        }
        decoder = streamDecoder(encoding);
      }
      total += got;
      for (let hunk of chunker.push(decoder.write(bytes))) yield piece(hunk);
    }
    for (let hunk of chunker.push(decoder?.end() ?? "")) yield piece(hunk);
    let last = chunker.finish();
    last !== null ? yield piece(last) : pieces === 0 && (yield { path, status: "unchanged", hunks: [], size: total, lines: 0, binary: !1 });
  } catch (error) {
    yield unreadableFile(path, unreadableBecause(error));
  } finally {
    closeSync(fd);
  }
}
function streamDecoder(encoding) {
  if (encoding !== "utf-8") {
    let decoder2 = new TextDecoder(encoding);
    return {
      write: (bytes) => decoder2.decode(bytes, { stream: !0 }),
      end: () => decoder2.decode()
    };
  }
  let decoder = new StringDecoder("utf8"), first = !0;
  return {
    write: (bytes) => {
      let text = decoder.write(bytes);
      return !first || text === "" ? text : (first = !1, text.charCodeAt(0) === 65279 ? text.slice(1) : text);
    },
    end: () => decoder.end()
  };
}
function readFullSync(fd, buf) {
  let length = 0;
  for (; length < buf.length; ) {
    let got = readSync(fd, buf, length, buf.length - length, null);
    if (got === 0) break;
    length += got;
  }
  return length;
}
async function listPaths(options) {
  let paths = options.paths.length === 0 ? ["."] : options.paths, root = resolve(options.root), counts = newLeftOut(), items = await listFiles(root, paths, options, makeExcluder(options.exclude ?? []), counts), leftOut = leftOutOf(counts);
  return leftOut === null ? { root, items } : { root, items, leftOut };
}
async function* readFiles(options, paths) {
  let root = resolve(options.root), excluded = makeExcluder(options.exclude ?? []), items = await listFiles(root, paths, options, excluded);
  for (let item of items) yield* loadFileParts(root, item, options.maxFileSize);
}
var COUNT_CAP = 1e5;
function countFiles(dirAbs, state) {
  let entries;
  try {
    entries = readdirSync(dirAbs, { withFileTypes: !0 });
  } catch {
    return;
  }
  for (let entry of entries) {
    if (state.files >= COUNT_CAP) return;
    let abs = join(dirAbs, entry.name);
    entry.isDirectory() ? ALWAYS_SKIPPED_DIRS.has(entry.name) || countFiles(abs, state) : entry.isFile() && (state.files += 1, state.first ??= abs);
  }
}
async function explainNothingListed(options) {
  let root = resolve(options.root), state = { files: 0 };
  for (let p of options.paths.length === 0 ? ["."] : options.paths) {
    let abs = resolve(root, p);
    try {
      statSync(abs).isDirectory() && countFiles(abs, state);
    } catch {
    }
  }
  if (state.files === 0 || state.first === void 0) return null;
  let found = { files: state.files, capped: state.files >= COUNT_CAP };
  if (!options.respectGitignore) return found;
  try {
    let result = await runGit(["check-ignore", "--verbose", "--", state.first], root), line = result.stdout.toString("utf8").split(`
`)[0], head = line.slice(0, line.lastIndexOf("	")), m = /:(\d+):/.exec(head), top = await runGit(["rev-parse", "--show-toplevel"], root);
    if (result.code === 0 && m !== null && m.index > 0 && top.code === 0) {
      let source = resolve(top.stdout.toString("utf8").trim(), head.slice(0, m.index));
      found.rule = { source, line: Number(m[1]), pattern: head.slice(m.index + m[0].length) };
    }
  } catch {
  }
  return found;
}

// src/sources/listed.ts
async function listedReader(root, items, maxFileSize, eager) {
  let manifests = eager && items.some((item) => isManifestPath(item.path));
  return { root, maxFileSize, yaml: manifests ? await loadYaml() : null };
}
function* readListed(reader, item) {
  let { root, yaml } = reader;
  for (let file of loadFileParts(root, item, reader.maxFileSize))
    yield withSiblingCertificates(
      root,
      yaml === null ? file : withWholeFileSecretValues(yaml, file)
    );
}

export {
  pathsSource,
  listPaths,
  explainNothingListed,
  listedReader,
  readListed
};
