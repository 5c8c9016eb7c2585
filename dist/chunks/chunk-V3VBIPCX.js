import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  gitEnv,
  streamGit
} from "./chunk-SGSUYQD6.js";
import {
  LfsTree,
  lazyLfs,
  readsAsData,
  wantsHead
} from "./chunk-QQMKWQ6T.js";
import {
  SIGNATURE_BYTES,
  classifyArtifact,
  readsPastStart
} from "./chunk-GTFPKMOW.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/sources/guardrail-reads.ts
init_cli_data();
import { readFileSync } from "node:fs";
import { join } from "node:path";

// src/sources/git-batch.ts
init_cli_data();
import { spawn } from "node:child_process";
var CatFile = class {
  #child;
  #chunks = [];
  #length = 0;
  #ended = !1;
  #wake = null;
  constructor(repoRoot, mode) {
    this.#child = spawn("git", ["cat-file", mode], {
      cwd: repoRoot,
      env: gitEnv(),
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: !0
    });
    let end = () => {
      this.#ended = !0, this.#wake?.();
    };
    this.#child.stdout.on("data", (chunk) => {
      this.#chunks.push(chunk), this.#length += chunk.length, this.#wake?.();
    }), this.#child.stdout.on("end", end), this.#child.on("error", end), this.#child.stdin.on("error", end), this.#child.stderr.resume();
  }
  async #until(ready) {
    for (; !ready(); ) {
      if (this.#ended) throw new Error("git cat-file ended");
      await new Promise((resolve) => {
        this.#wake = resolve;
      }), this.#wake = null;
    }
  }
  #take(n) {
    let all = this.#chunks.length === 1 ? this.#chunks[0] : Buffer.concat(this.#chunks), rest = all.subarray(n);
    return this.#chunks = rest.length === 0 ? [] : [rest], this.#length = rest.length, all.subarray(0, n);
  }
  #newline() {
    let offset = 0;
    for (let chunk of this.#chunks) {
      let at = chunk.indexOf(10);
      if (at >= 0) return offset + at;
      offset += chunk.length;
    }
    return -1;
  }
  async line(request) {
    this.#child.stdin.write(`${request}
`), await this.#until(() => this.#newline() >= 0);
    let line = this.#take(this.#newline() + 1);
    return line.subarray(0, line.length - 1).toString("utf8");
  }
  async bytes(n) {
    return await this.#until(() => this.#length >= n), Buffer.from(this.#take(n));
  }
  close() {
    this.#child.stdin.end();
  }
}, GitBlobBatch = class {
  #repoRoot;
  #check = null;
  #batch = null;
  #queue = Promise.resolve();
  constructor(repoRoot) {
    this.#repoRoot = repoRoot;
  }
  /**
   * The blob `rev:path` when it is at most `cap` bytes; its size when larger; `missing` when
   * it is not a blob (or git could not be asked: the caller falls back to its own read).
   */
  read(rev, path, cap) {
    let next = this.#queue.then(() => this.#read(rev, path, cap));
    return this.#queue = next.catch(() => {
    }), next;
  }
  async #read(rev, path, cap) {
    if (/[\n\r]/.test(path) || /[\n\r]/.test(rev)) return { kind: "missing" };
    this.#check ??= new CatFile(this.#repoRoot, "--batch-check");
    let info = await this.#check.line(`${rev}:${path}`), m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(info);
    if (m === null || m[2] !== "blob") return { kind: "missing" };
    let size = Number(m[3]);
    return size > cap ? { kind: "too-large", size } : (this.#batch ??= new CatFile(this.#repoRoot, "--batch"), (await this.#batch.line(m[1])).startsWith(`${m[1]} blob `) ? { kind: "blob", bytes: (await this.#batch.bytes(size + 1)).subarray(0, size) } : { kind: "missing" });
  }
  close() {
    this.#check?.close(), this.#batch?.close();
  }
};

// src/sources/guardrail-reads.ts
var HEAD_READ_CAP = 8 * 1024 * 1024, BATCH_CAP = 256 * 1024;
function gitGuardrailReader(repoRoot, rev, batch) {
  let stream = async (path, cap) => {
    let chunks = [], total = 0, whole = !0;
    try {
      for await (let chunk of streamGit(["cat-file", "blob", `${rev}:${path}`], repoRoot))
        if (chunks.push(chunk), total += chunk.length, total >= cap) {
          whole = !1;
          break;
        }
    } catch {
      return null;
    }
    let bytes = Buffer.concat(chunks);
    return { bytes: whole ? bytes : bytes.subarray(0, cap), whole };
  }, read = async (path, cap) => {
    if (batch !== void 0 && rev !== "")
      try {
        let found = await batch.read(rev, path, Math.min(cap, BATCH_CAP));
        if (found.kind === "blob") return { bytes: found.bytes, whole: !0 };
        if (found.kind === "missing") return null;
      } catch {
      }
    return stream(path, cap);
  };
  return {
    head: async (path) => {
      let start = await read(path, SIGNATURE_BYTES);
      return start === null || start.whole ? start : readsPastStart(path, start.bytes) ? read(path, HEAD_READ_CAP) : start;
    },
    gitattributes: async (dir) => {
      let found = await read(attributesPath(dir), 1048576);
      return found === null ? null : found.bytes.toString("utf8");
    }
  };
}
function historyGuardrailReaders(repoRoot) {
  let batch = new GitBlobBatch(repoRoot), last = null;
  return {
    readerOf(file) {
      let sha = file.commit?.sha ?? "HEAD";
      return (last === null || last.sha !== sha) && (last = { sha, reader: gitGuardrailReader(repoRoot, sha, batch) }), last.reader;
    },
    close: () => batch.close()
  };
}
function attributesPath(dir) {
  return dir === "" ? ".gitattributes" : `${dir}/.gitattributes`;
}
function diskLfs(root) {
  return lazyLfs((dir) => {
    try {
      return readFileSync(join(root, attributesPath(dir)), "utf8");
    } catch {
      return null;
    }
  });
}
async function loadPhoneCheck() {
  return (await import("./phone-check-3AERWPH3.js")).isPhone;
}
async function* withGuardrailReads(files, guardrails, reader) {
  let readers = "readerOf" in reader ? reader : null;
  try {
    yield* guardrailReads(
      files,
      guardrails,
      readers?.readerOf ?? (() => reader)
    );
  } finally {
    readers?.close();
  }
}
async function* guardrailReads(files, guardrails, readerOf) {
  let current = null, lfs = new LfsTree();
  guardrails.lfs = lfs;
  for await (let file of files) {
    let reader = readerOf(file);
    reader !== current && (current = reader, lfs = new LfsTree(), guardrails.lfs = lfs);
    let out = file;
    if (guardrails.artifact !== null && file.status !== "deleted" && file.skipped !== "deleted" && file.continued !== !0 && (file.head !== void 0 || wantsHead(file))) {
      if (file.head === void 0) {
        let head = await reader.head(file.path);
        head !== null && (out = { ...file, head: head.bytes, headWhole: head.whole });
      }
      if (classifyArtifact(out.path, out.head) !== null)
        for (let dir of lfs.missing(out.path)) lfs.add(dir, await reader.gitattributes(dir));
    }
    guardrails.isPhone === void 0 && readsAsData(guardrails, file.path) && (guardrails.isPhone = await loadPhoneCheck()), yield out;
  }
}

export {
  gitGuardrailReader,
  historyGuardrailReaders,
  diskLfs,
  loadPhoneCheck,
  withGuardrailReads
};
