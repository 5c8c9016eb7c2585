import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  LEDGER_BRANCH,
  headOf,
  ledgerPath,
  nextLine
} from "./chunk-TEYIA6JR.js";
import {
  statusOf
} from "./chunk-3PG2BAVY.js";
import "./chunk-4T47BLQ7.js";
import {
  MandateError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/evidence/github-store.ts
init_cli_data();
init_errors();
var MAX_ATTEMPTS = 8;
function where(target) {
  return `${target.owner}/${target.repo}@${target.branch ?? LEDGER_BRANCH}`;
}
function malformed(target, path, what) {
  return new MandateError(
    `the evidence ledger ${where(target)} answered ${what} for ${path === "" ? "its root tree" : path}, so mandate cannot tell what the ledger holds there and will not read it as empty.`,
    {
      hint: "Re-run the job; if it persists, check the API (GITHUB_API_URL, a proxy) and the ledger branch."
    }
  );
}
async function listTree(client, target, sha, path, recursive = !1) {
  let data = (await client.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
    owner: target.owner,
    repo: target.repo,
    tree_sha: sha,
    ...recursive ? { recursive: "1" } : {}
  })).data, tree = data?.tree;
  if (!Array.isArray(tree)) throw malformed(target, path, "a tree that is not a list of entries");
  if (typeof data?.sha != "string") throw malformed(target, path, "a tree without its SHA");
  let entries = [];
  for (let item of tree) {
    let entry = item;
    if (typeof entry?.path != "string" || typeof entry.sha != "string" || typeof entry.type != "string")
      throw malformed(target, path, "a tree entry without a path, type or SHA");
    entries.push({ path: entry.path, type: entry.type, sha: entry.sha });
  }
  return { sha: data.sha, entries, truncated: data.truncated === !0 };
}
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
async function readBlob(client, target, sha, path) {
  let data = (await client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
    owner: target.owner,
    repo: target.repo,
    file_sha: sha
  })).data;
  if (typeof data?.content != "string") throw malformed(target, path, "a blob without content");
  if (data.encoding === "utf-8") return data.content;
  if (data.encoding !== "base64")
    throw malformed(target, path, `a blob in an unknown encoding (${String(data.encoding)})`);
  let compact = data.content.replace(/[\r\n]/g, "");
  if (!BASE64.test(compact) || compact.length % 4 !== 0)
    throw malformed(target, path, "a blob whose content is not base64");
  return Buffer.from(compact, "base64").toString("utf8");
}
async function walk(client, target, root, segments, recursiveLast = !1) {
  let entries = root;
  for (let i = 0; i < segments.length; i++) {
    let next = entries.find((entry) => entry.path === segments[i] && entry.type === "tree");
    if (next === void 0) return null;
    let path = segments.slice(0, i + 1).join("/"), last = recursiveLast && i === segments.length - 1, listed = await listTree(client, target, next.sha, path, last);
    if (listed.truncated) throw malformed(target, path, "a truncated listing");
    entries = listed.entries;
  }
  return entries;
}
async function readStreamTail(client, target, root, repository, path) {
  let stream = await walk(client, target, root, repository.split("/"), !0);
  if (stream === null) return { text: "", head: null };
  let wanted = path.split("/").slice(2).join("/"), months = stream.filter((entry) => entry.type === "blob").filter((entry) => {
    let match = /^(\d{4})\/(\d{4})-\d{2}\.jsonl$/.exec(entry.path);
    return match !== null && match[1] === match[2] && entry.path <= wanted;
  }).sort((a, b) => a.path < b.path ? 1 : -1), text = "";
  for (let file of months) {
    let filePath = `${repository}/${file.path}`, content = await readBlob(client, target, file.sha, filePath);
    if (file.path === wanted && (text = content), content.trim() === "") continue;
    let head = headOf(content);
    if (head === null)
      throw malformed(target, filePath, "a month file whose last line is not a ledger entry");
    return { text, head };
  }
  return { text, head: null };
}
async function readRef(client, target, branch) {
  let commit;
  try {
    commit = (await client.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
      owner: target.owner,
      repo: target.repo,
      ref: `heads/${branch}`
    })).data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
  let root = await listTree(client, target, commit, "");
  return { commit, tree: root.sha, root: root.entries };
}
async function readLedgerTail(client, target, repository, time) {
  let path = ledgerPath(repository, time), ref = await readRef(client, target, target.branch ?? LEDGER_BRANCH);
  return ref === null ? { path, ref, text: "", head: null } : { path, ref, ...await readStreamTail(client, target, ref.root, repository, path) };
}
var RefConflict = class extends Error {
  constructor(refused) {
    super("the ledger branch moved");
    this.refused = refused;
  }
  refused;
};
async function appendViaApi(client, target, repository, time, body, options = {}) {
  let branch = target.branch ?? LEDGER_BRANCH, path = ledgerPath(repository, time), maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS, known = options.tail?.path === path ? options.tail : void 0;
  for (let attempt = 1; ; attempt++)
    try {
      let tail = known ?? await readLedgerTail(client, target, repository, time);
      known = void 0;
      let { ref } = tail, { line, head } = nextLine(tail.head, body), tree = await client.request("POST /repos/{owner}/{repo}/git/trees", {
        owner: target.owner,
        repo: target.repo,
        ...ref === null ? {} : { base_tree: ref.tree },
        tree: [{ path, mode: "100644", type: "blob", content: `${tail.text}${line}
` }]
      }), what = "statement" in body ? body.statement.subject[0]?.name : `gap ${body.gap.subject}`, sha = (await client.request("POST /repos/{owner}/{repo}/git/commits", {
        owner: target.owner,
        repo: target.repo,
        message: `evidence: ${what ?? repository} (record ${head.seq})`,
        tree: tree.data.sha,
        parents: ref === null ? [] : [ref.commit]
      })).data.sha;
      try {
        ref === null ? await client.request("POST /repos/{owner}/{repo}/git/refs", {
          owner: target.owner,
          repo: target.repo,
          ref: `refs/heads/${branch}`,
          sha
        }) : await client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
          owner: target.owner,
          repo: target.repo,
          ref: `heads/${branch}`,
          sha,
          force: !1
        });
      } catch (error) {
        let status = statusOf(error);
        throw status === 422 || status === 409 ? new RefConflict(error) : error;
      }
      return { path, head, commit: sha, attempts: attempt };
    } catch (thrown) {
      if (thrown instanceof RefConflict && attempt < maxAttempts) {
        let backoff = options.backoffMs ?? 50;
        await new Promise((resolve) => setTimeout(resolve, backoff * attempt * Math.random()));
        continue;
      }
      if (thrown instanceof MandateError) throw thrown;
      let error = thrown instanceof RefConflict ? thrown.refused : thrown, status = statusOf(error);
      throw status === 403 || status === 404 ? new MandateError(`this token cannot write the evidence ledger ${where(target)}.`, {
        cause: error,
        hint: "Give the workflow `contents: write` (or, for an evidence repository, a token that can write there); a fork pull request never can, so its record goes to the job summary and an artifact."
      }) : new MandateError(
        `the evidence record could not be appended to ${where(target)} after ${attempt} attempt${attempt === 1 ? "" : "s"}.`,
        { cause: error, hint: "Re-run the job; the record is also in the job summary." }
      );
    }
}
async function readLedgerMonth(client, target, repository, time) {
  let ref = await readRef(client, target, target.branch ?? LEDGER_BRANCH);
  if (ref === null) return "";
  let path = ledgerPath(repository, time), segments = path.split("/"), file = (await walk(client, target, ref.root, segments.slice(0, -1)))?.find((entry) => entry.path === segments.at(-1) && entry.type === "blob");
  return file === void 0 ? "" : readBlob(client, target, file.sha, path);
}
async function readLedgerViaApi(client, target) {
  let files = [];
  for (let entry of await listLedgerViaApi(client, target))
    files.push({ path: entry.path, text: await entry.read() });
  return files;
}
async function listLedgerViaApi(client, target) {
  let ref = await readRef(client, target, target.branch ?? LEDGER_BRANCH);
  if (ref === null) return [];
  let data = await listTree(client, target, ref.tree, "", !0);
  if (data.truncated)
    throw new MandateError(
      `the ledger tree of ${target.owner}/${target.repo} is too large to list in one request.`,
      { hint: "Clone the branch and run the command on the folder instead." }
    );
  return data.entries.filter(
    (entry) => entry.type === "blob" && /^[^/]+\/[^/]+\/\d{4}\/\d{4}-\d{2}\.jsonl$/.test(entry.path)
  ).sort((a, b) => a.path < b.path ? -1 : 1).map((entry) => ({
    path: entry.path,
    read: () => readBlob(client, target, entry.sha, entry.path)
  }));
}
export {
  appendViaApi,
  listLedgerViaApi,
  readLedgerMonth,
  readLedgerTail,
  readLedgerViaApi,
  readStreamTail
};
