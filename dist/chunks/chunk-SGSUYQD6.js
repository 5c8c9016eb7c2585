import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  MandateError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/sources/git.ts
init_cli_data();
init_errors();
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
var GLOBAL_ARGS = ["-c", "core.quotePath=false", "-c", "color.ui=false"], DIFF_FORMAT_ARGS = [
  "--text",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--src-prefix=a/",
  "--dst-prefix=b/",
  "--no-relative",
  "--submodule=short",
  "--inter-hunk-context=0",
  "-U0",
  "-M"
];
function gitEnv() {
  return { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", LANGUAGE: "C" };
}
function describeCommand(args) {
  return `git ${args.map((a) => /^[\w./:=@^~+-]+$/.test(a) ? a : JSON.stringify(a)).join(" ")}`;
}
function spawnGit(args, cwd) {
  return spawn("git", [...GLOBAL_ARGS, ...args], {
    cwd,
    env: gitEnv(),
    stdio: ["ignore", "pipe", "pipe"],
    windowsHide: !0
  });
}
function spawnFailure(args, cwd, error) {
  let code = error?.code;
  return code === "ENOENT" && !existsSync(cwd) ? new MandateError(`could not run ${describeCommand(args)}: ${cwd} does not exist.`, {
    cause: error,
    hint: "Run mandate from an existing directory."
  }) : code === "ENOENT" ? new MandateError(`could not run ${describeCommand(args)}: git was not found on PATH.`, {
    cause: error,
    hint: "Install git (https://git-scm.com) or scan files without a git scope: mandate scan PATH."
  }) : new MandateError(`could not run ${describeCommand(args)} in ${cwd}.`, {
    cause: error,
    hint: "Check that the directory exists and git is installed."
  });
}
function runGit(args, cwd) {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawnGit(args, cwd);
    } catch (error) {
      reject(spawnFailure(args, cwd, error));
      return;
    }
    let out = [], err = [];
    child.stdout?.on("data", (chunk) => out.push(chunk)), child.stderr?.on("data", (chunk) => err.push(chunk)), child.on("error", (error) => reject(spawnFailure(args, cwd, error))), child.on("close", (code, signal) => {
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString("utf8"),
        code: code ?? (signal ? 128 : 1)
      });
    });
  });
}
async function gitOutput(args, cwd, hint) {
  let result = await runGit(args, cwd);
  if (result.code !== 0) throw gitFailure(args, result.stderr, hint);
  return result.stdout.toString("utf8");
}
function firstLine(stderr) {
  return stderr.split(`
`).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("hint:"))[0] ?? "(no message)";
}
function defaultHint(stderr) {
  if (/not a git repository/i.test(stderr))
    return "not a git repository: run mandate scan without --staged, --diff or --history, or run inside a repository.";
  if (/dubious ownership/i.test(stderr))
    return "git refuses a repository owned by another user: add it with `git config --global --add safe.directory <path>`.";
  if (/unknown revision|bad revision|ambiguous argument|invalid object name|bad object/i.test(stderr))
    return "check the revision names; in CI fetch enough history (actions/checkout with fetch-depth: 0).";
  if (/does not have any commits yet/i.test(stderr))
    return "the repository has no commits yet: commit first, or scan the staged changes with --staged.";
}
function gitFailure(args, stderr, hint) {
  let chosen = hint ?? defaultHint(stderr);
  return new MandateError(`${describeCommand(args)} failed: ${firstLine(stderr)}`, {
    ...chosen === void 0 ? {} : { hint: chosen }
  });
}
async function* streamGit(args, cwd, hint) {
  let child;
  try {
    child = spawnGit(args, cwd);
  } catch (error) {
    throw spawnFailure(args, cwd, error);
  }
  let spawnError, closed = new Promise((resolve) => {
    child.on("error", (error) => {
      spawnError = error, resolve(-1);
    }), child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  }), stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr.length < 65536 && (stderr += chunk.toString("utf8"));
  });
  let finished = !1;
  try {
    let stdout = child.stdout;
    if (stdout)
      for await (let chunk of stdout) yield chunk;
    let code = await closed;
    if (finished = !0, spawnError !== void 0) throw spawnFailure(args, cwd, spawnError);
    if (code !== 0) throw gitFailure(args, stderr, hint);
  } finally {
    !finished && child.exitCode === null && child.signalCode === null && child.kill();
  }
}
async function findRepoRoot(cwd) {
  try {
    let result = await runGit(["rev-parse", "--show-toplevel"], cwd);
    if (result.code !== 0) return null;
    let root = result.stdout.toString("utf8").replace(/\r?\n$/, "");
    return root === "" ? null : root;
  } catch {
    return null;
  }
}
async function resolveCommit(rev, cwd) {
  if (rev.startsWith("-")) return null;
  let result = await runGit(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], cwd);
  return result.code !== 0 ? null : result.stdout.toString("utf8").trim();
}
async function blobAt(repoRoot, rev, path) {
  let result = await runGit(["cat-file", "blob", `${rev}:${path}`], repoRoot);
  return result.code === 0 ? result.stdout : null;
}
async function readBlobAt(rev, path, cwd) {
  let listing = await runGit(
    ["--literal-pathspecs", "ls-tree", "-z", "--full-tree", rev, "--", path],
    cwd
  );
  if (listing.code !== 0) throw gitFailure(["ls-tree", rev, "--", path], listing.stderr);
  let entry = listing.stdout.toString("utf8").split("\0")[0] ?? "";
  if (entry === "") return null;
  let match = /^(\d+) (\w+) ([0-9a-f]+)\t/.exec(entry);
  if (match === null || match[2] !== "blob" || match[1] === "120000")
    throw new MandateError(`${path} at ${rev.slice(0, 12)} is not a regular file.`, {
      hint: `Point mandate at a file: ${path} must be a file in that commit.`
    });
  let blob = await runGit(["cat-file", "blob", match[3]], cwd);
  if (blob.code !== 0) throw gitFailure(["cat-file", "blob", match[3]], blob.stderr);
  return blob.stdout;
}

export {
  DIFF_FORMAT_ARGS,
  gitEnv,
  runGit,
  gitOutput,
  gitFailure,
  streamGit,
  findRepoRoot,
  resolveCommit,
  blobAt,
  readBlobAt
};
