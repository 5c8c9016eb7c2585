import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  LEDGER_BRANCH,
  headOf,
  ledgerPath,
  nextLine
} from "./chunk-5GPVRSI7.js";
import "./chunk-RS4XBG4F.js";
import {
  MandateError
} from "./chunk-ZPHIZCRR.js";
import "./chunk-5ADPKSWX.js";

// src/github/rest.ts
function statusOf(error) {
  let value = typeof error == "object" && error !== null ? error.status : void 0;
  return typeof value == "number" ? value : void 0;
}

// src/evidence/github-store.ts
var MAX_ATTEMPTS = 8;
async function listTree(client, target, sha) {
  return ((await client.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
    owner: target.owner,
    repo: target.repo,
    tree_sha: sha
  })).data.tree ?? []).filter(
    (entry) => typeof entry.path == "string" && typeof entry.sha == "string"
  );
}
async function readBlob(client, target, sha) {
  let data = (await client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
    owner: target.owner,
    repo: target.repo,
    file_sha: sha
  })).data;
  return data.encoding === "base64" ? Buffer.from(data.content ?? "", "base64").toString("utf8") : data.content ?? "";
}
async function walk(client, target, root, segments) {
  let entries = await listTree(client, target, root);
  for (let segment of segments) {
    let next = entries.find((entry) => entry.path === segment && entry.type === "tree");
    if (next === void 0) return null;
    entries = await listTree(client, target, next.sha);
  }
  return entries;
}
async function readStreamTail(client, target, rootTree, repository, path) {
  let years = await walk(client, target, rootTree, repository.split("/"));
  if (years === null) return { text: "", head: null };
  let [, , year, month] = path.split("/"), text = "", ordered = years.filter((entry) => entry.type === "tree" && /^\d{4}$/.test(entry.path) && entry.path <= year).sort((a, b) => a.path < b.path ? 1 : -1);
  for (let yearTree of ordered) {
    let months = (await listTree(client, target, yearTree.sha)).filter((entry) => entry.type === "blob" && /^\d{4}-\d{2}\.jsonl$/.test(entry.path)).filter((entry) => yearTree.path < year || entry.path <= month).sort((a, b) => a.path < b.path ? 1 : -1);
    for (let file of months) {
      let content = await readBlob(client, target, file.sha);
      yearTree.path === year && file.path === month && (text = content);
      let head = headOf(content);
      if (head !== null) return { text, head };
    }
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
  let response = await client.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
    owner: target.owner,
    repo: target.repo,
    commit_sha: commit
  });
  return { commit, tree: response.data.tree.sha };
}
async function appendViaApi(client, target, repository, time, body, options = {}) {
  let branch = target.branch ?? LEDGER_BRANCH, path = ledgerPath(repository, time), where = `${target.owner}/${target.repo}@${branch}`, maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  for (let attempt = 1; ; attempt++)
    try {
      let ref = await readRef(client, target, branch), tail = ref === null ? { text: "", head: null } : await readStreamTail(client, target, ref.tree, repository, path), { line, head } = nextLine(tail.head, body), tree = await client.request("POST /repos/{owner}/{repo}/git/trees", {
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
      return ref === null ? await client.request("POST /repos/{owner}/{repo}/git/refs", {
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
      }), { path, head, commit: sha, attempts: attempt };
    } catch (error) {
      let status = statusOf(error);
      if ((status === 422 || status === 409) && attempt < maxAttempts) {
        let backoff = options.backoffMs ?? 50;
        await new Promise((resolve) => setTimeout(resolve, backoff * attempt * Math.random()));
        continue;
      }
      throw status === 403 || status === 404 ? new MandateError(`this token cannot write the evidence ledger ${where}.`, {
        cause: error,
        hint: "Give the workflow `contents: write` (or, for an evidence repository, a token that can write there); a fork pull request never can, so its record goes to the job summary and an artifact."
      }) : new MandateError(
        `the evidence record could not be appended to ${where} after ${attempt} attempt${attempt === 1 ? "" : "s"}.`,
        { cause: error, hint: "Re-run the job; the record is also in the job summary." }
      );
    }
}
async function readLedgerMonth(client, target, repository, time) {
  let ref = await readRef(client, target, target.branch ?? LEDGER_BRANCH);
  if (ref === null) return "";
  let segments = ledgerPath(repository, time).split("/"), file = (await walk(client, target, ref.tree, segments.slice(0, -1)))?.find((entry) => entry.path === segments.at(-1) && entry.type === "blob");
  return file === void 0 ? "" : readBlob(client, target, file.sha);
}
async function readLedgerViaApi(client, target) {
  let ref = await readRef(client, target, target.branch ?? LEDGER_BRANCH);
  if (ref === null) return [];
  let data = (await client.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
    owner: target.owner,
    repo: target.repo,
    tree_sha: ref.tree,
    recursive: "1"
  })).data;
  if (data.truncated)
    throw new MandateError(
      `the ledger tree of ${target.owner}/${target.repo} is too large to list in one request.`,
      { hint: "Clone the branch and run the command on the folder instead." }
    );
  let files = [];
  for (let entry of data.tree ?? [])
    entry.type !== "blob" || !/^[^/]+\/[^/]+\/\d{4}\/\d{4}-\d{2}\.jsonl$/.test(entry.path) || files.push({ path: entry.path, text: await readBlob(client, target, entry.sha) });
  return files.sort((a, b) => a.path < b.path ? -1 : 1);
}
export {
  appendViaApi,
  readLedgerMonth,
  readLedgerViaApi,
  readStreamTail
};
