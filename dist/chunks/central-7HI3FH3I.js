import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  apiBaseUrl,
  findToken
} from "./chunk-ZHZRJBAR.js";
import {
  statusOf
} from "./chunk-3PG2BAVY.js";
import "./chunk-M2VXDC2F.js";
import {
  runGit
} from "./chunk-SGSUYQD6.js";
import {
  parseRemoteExtends
} from "./chunk-WK4424IH.js";
import "./chunk-NBWAZCJF.js";
import "./chunk-TD6UBZ4A.js";
import "./chunk-YSXXMAGR.js";
import "./chunk-HDBPAX76.js";
import "./chunk-QQMKWQ6T.js";
import "./chunk-GTFPKMOW.js";
import {
  sha256Hex
} from "./chunk-4T47BLQ7.js";
import "./chunk-7UXL7O2J.js";
import "./chunk-IFUFN7MC.js";
import "./chunk-ZJRACKEJ.js";
import "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import {
  MandateError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/cli/central.ts
init_cli_data();
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
init_errors();

// src/github/central.ts
init_cli_data();
init_errors();
function repoRoute(ref) {
  let { owner, repo, path, ref: at } = parseRemoteExtends(ref);
  return { route: `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`, path, at };
}
async function centralCommit(get, ref) {
  let { route, at } = repoRoute(ref), sha = (await get(`${route}/commits/${encodeURIComponent(at ?? "HEAD")}`))?.sha;
  return typeof sha == "string" && /^[0-9a-f]{40}$/i.test(sha) ? sha : null;
}
async function readCentralText(get, ref, commit) {
  let { route, path, at } = repoRoute(ref), where = commit ?? at, data = await get(
    `${route}/contents/${encodeURIComponent(path)}${where === void 0 ? "" : `?ref=${encodeURIComponent(where)}`}`
  );
  return data === null || typeof data != "object" || Array.isArray(data) || data.type !== "file" ? { problem: "not-a-file", data } : typeof data.content != "string" ? { problem: "no-content", data } : {
    text: Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString(
      "utf8"
    )
  };
}

// src/github/errors.ts
init_cli_data();
init_errors();
function networkFailure(error) {
  let current = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    let code = current.code;
    if (typeof code == "string" && /^(ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|UND_ERR)/.test(code))
      return code;
    let first = current.errors?.[0]?.code;
    if (typeof first == "string" && /^(ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT)/.test(first))
      return first;
    let message = current.message;
    if (typeof message == "string" && /fetch failed|ECONNREFUSED|getaddrinfo/.test(message)) {
      let inner = current.cause;
      return inner !== void 0 && networkFailure(inner) || message;
    }
    current = current.cause;
  }
  return null;
}
function isTimeout(error) {
  let current = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current.name === "TimeoutError") return !0;
    current = current.cause;
  }
  return !1;
}

// src/cli/central.ts
var DEFAULT_TIMEOUT_MS = 5e3, Unreadable = class extends Error {
};
async function cacheDir(repoRoot, env) {
  if (repoRoot !== null) {
    let plain = join(repoRoot, ".git");
    if (statSync(plain, { throwIfNoEntry: !1 })?.isDirectory())
      return join(plain, "mandate", "central");
    let result = await runGit(["rev-parse", "--git-common-dir"], repoRoot), dir = result.stdout.toString("utf8").trim();
    if (result.code === 0 && dir !== "")
      return join(isAbsolute(dir) ? dir : join(repoRoot, dir), "mandate", "central");
  }
  let base = env.XDG_CACHE_HOME || (process.platform === "win32" ? env.LOCALAPPDATA || join(homedir(), "AppData", "Local") : process.platform === "darwin" ? join(homedir(), "Library", "Caches") : join(homedir(), ".cache"));
  return join(base, "mandate", "central");
}
function cacheFile(dir, ref) {
  return join(dir, `${sha256Hex(ref).slice(0, 24)}.json`);
}
function readCache(dir, ref) {
  try {
    let copy = JSON.parse(readFileSync(cacheFile(dir, ref), "utf8"));
    return copy.ref !== ref || typeof copy.text != "string" || typeof copy.commit != "string" || typeof copy.fetchedAt != "string" ? null : copy;
  } catch {
    return null;
  }
}
function writeCache(dir, copy) {
  mkdirSync(dir, { recursive: !0 });
  let file = cacheFile(dir, copy.ref), temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(copy, null, 2)}
`), renameSync(temp, file);
}
async function clientGet(api, token, timeoutMs) {
  let { createClient } = await import("./client-JNU67VLT.js"), client = createClient(token, {
    baseUrl: api,
    scale: 1,
    timeoutMs,
    retries: 0,
    rateLimitRetries: 0,
    onNote: () => {
    }
  });
  return async (path) => {
    try {
      return (await client.request(`GET ${path}`)).data;
    } catch (error) {
      throw unreadable(error, api, token, timeoutMs);
    }
  };
}
function unreadable(error, api, token, timeoutMs) {
  if (isTimeout(error)) return new Unreadable(`no answer from ${api} within ${timeoutMs / 1e3} s`);
  let network = networkFailure(error), status = statusOf(error);
  if (network !== null || status === void 0)
    return new Unreadable(
      `${api} cannot be reached (${network ?? (error instanceof Error ? error.message : String(error))})`
    );
  let hint = status === 401 || status === 403 || status === 404 ? token === null ? "; no token was found (set GITHUB_TOKEN, or run `gh auth login`)" : "; check the repository, path and ref, and that the token can read that repository" : "";
  return new Unreadable(`GitHub answered HTTP ${status}${hint}`);
}
async function fetchCentralCopy(ref, options) {
  let get = await clientGet(options.api, options.token, options.timeoutMs), commit = await centralCommit(get, ref);
  if (commit === null) throw new Unreadable("GitHub\u2019s answer named no commit");
  let read = await readCentralText(get, ref, commit);
  if (!("text" in read)) {
    let remote = parseRemoteExtends(ref);
    throw new Unreadable(`${remote.path} is not a file in ${remote.owner}/${remote.repo}`);
  }
  return { ref, commit, text: read.text, fetchedAt: (options.now ?? /* @__PURE__ */ new Date()).toISOString() };
}
function cachingCentralReader(options) {
  let env = options.env ?? process.env, api = apiBaseUrl(env), timeout = Number(env.MANDATE_CENTRAL_TIMEOUT_MS), timeoutMs = Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS, dir, token;
  return {
    async read(ref) {
      dir ??= cacheDir(options.repoRoot, env);
      let folder = await dir, cached = readCache(folder, ref);
      if (/@[0-9a-f]{40}$/i.test(ref) && cached !== null && options.mode !== "ci") return cached;
      try {
        token ??= findToken(env);
        let copy = await fetchCentralCopy(ref, { api, token, timeoutMs });
        try {
          writeCache(folder, copy);
        } catch (error) {
          options.warn(
            `could not cache the central config ${ref} in ${folder} (${error.message}); offline commits will use the local config only.`
          );
        }
        return copy;
      } catch (error) {
        if (!(error instanceof Unreadable)) throw error;
        if (options.mode === "ci")
          throw new MandateError(
            `The central config ${ref} named in \`extends\` cannot be read: ${error.message}. In CI the policy must be complete, so nothing was scanned.`,
            {
              hint: "Give the job a token that can read that repository (GITHUB_TOKEN or GH_TOKEN, contents: read), or fix the entry in `extends`."
            }
          );
        return cached !== null ? (options.warn(
          `the central config ${ref} cannot be read (${error.message}); using the copy cached from commit ${cached.commit.slice(0, 12)} (read ${cached.fetchedAt}).`
        ), cached) : (options.warn(
          `the central config ${ref} cannot be read (${error.message}) and no copy is cached; this run uses the repository's own config without it. CI still applies it.`
        ), null);
      }
    }
  };
}
export {
  cachingCentralReader,
  fetchCentralCopy
};
