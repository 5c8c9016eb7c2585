import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import "./chunk-RJ5DUWK6.js";
import {
  parseConfig
} from "./chunk-EEVSCY7B.js";
import "./chunk-S2URRGGF.js";
import "./chunk-EKYWAZXA.js";
import "./chunk-DAOHZKJN.js";
import {
  builtinPacks
} from "./chunk-IOVTUC7T.js";
import {
  runGit
} from "./chunk-XMPCLGNV.js";
import "./chunk-RLILOBTF.js";
import {
  require_dist
} from "./chunk-PAF57XVX.js";
import {
  REMOTE_EXTENDS,
  checkUserRegexes,
  defaultConfig,
  defaultPolicyConfig,
  isRemoteExtends
} from "./chunk-F5AI7KQG.js";
import {
  SEVERITIES
} from "./chunk-4IB5OU7H.js";
import "./chunk-JJZP777U.js";
import "./chunk-L47OS7X2.js";
import "./chunk-VMDRTWEM.js";
import "./chunk-RBCYPG4T.js";
import "./chunk-H26BPTWG.js";
import {
  ConfigError,
  MandateError
} from "./chunk-ZPHIZCRR.js";
import {
  sha256Hex
} from "./chunk-RS4XBG4F.js";
import {
  __toESM
} from "./chunk-5ADPKSWX.js";

// src/cli/central.ts
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";

// src/config/central.ts
var import_yaml = __toESM(require_dist(), 1);
function parseRemoteExtends(name) {
  let m = REMOTE_EXTENDS.exec(name);
  return m === null ? null : { owner: m[1], repo: m[2], path: m[3], ref: m[4] };
}
function stripLocked(text, file) {
  let doc = (0, import_yaml.parseDocument)(text);
  if (doc.errors.length > 0) return { text, locked: [] };
  let locked = [], rules = doc.get("rules");
  (0, import_yaml.isSeq)(rules) && rules.items.forEach((item, i) => {
    if (!(0, import_yaml.isMap)(item)) return;
    let flag = item.get("locked");
    if (flag !== void 0) {
      if (typeof flag != "boolean")
        throw new ConfigError(file, `rules[${i}].locked must be true or false`);
      flag && locked.push(String(item.get("id"))), item.delete("locked");
    }
  });
  let overrides = doc.get("overrides");
  if ((0, import_yaml.isMap)(overrides))
    for (let pair of overrides.items) {
      let value = pair.value;
      if (!(0, import_yaml.isMap)(value)) continue;
      let flag = value.get("locked");
      if (flag !== void 0) {
        if (typeof flag != "boolean")
          throw new ConfigError(file, `overrides.${String(pair.key)}.locked must be true or false`);
        flag && locked.push(String(pair.key?.value ?? pair.key)), value.delete("locked");
      }
    }
  return { text: locked.length === 0 ? text : doc.toString(), locked };
}
function stricter(a, b) {
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b;
}
function weakens(local, central, own) {
  if (local.blocking === !1 && central?.blocking !== !1) return !0;
  if (local.severity === void 0) return !1;
  let floor = central?.severity ?? own;
  return floor === void 0 || SEVERITIES.indexOf(local.severity) > SEVERITIES.indexOf(floor);
}
var EMPTY_ALLOWLIST = { paths: [], regexes: [], stopwords: [] };
function joinAllowlists(a, b) {
  let join2 = (x, y) => [.../* @__PURE__ */ new Set([...x, ...y])];
  return {
    paths: join2(a.paths, b.paths),
    regexes: join2(a.regexes, b.regexes),
    stopwords: join2(a.stopwords, b.stopwords)
  };
}
function withoutAllowlist(a, b) {
  return {
    paths: a.paths.filter((x) => !b.paths.includes(x)),
    regexes: a.regexes.filter((x) => !b.regexes.includes(x)),
    stopwords: a.stopwords.filter((x) => !b.stopwords.includes(x))
  };
}
function builtinSeverity(id) {
  for (let pack of builtinPacks()) {
    let rule = pack.rules.find((r) => r.id === id);
    if (rule !== void 0) return rule.severity;
  }
}
function approxDays(interval) {
  let days = { day: 1, week: 7, month: 30.44, year: 365.25 }[interval.unit];
  return interval.amount * days;
}
function mergePolicies(central, local) {
  let defaults = defaultPolicyConfig(), pick = (key, both) => JSON.stringify(local[key]) === JSON.stringify(defaults[key]) ? central[key] : both(central[key], local[key]), union = (c, l) => [.../* @__PURE__ */ new Set([...c, ...l])];
  return {
    paths: pick("paths", union),
    reviewInterval: pick("reviewInterval", (c, l) => approxDays(l) < approxDays(c) ? l : c),
    warnBefore: pick("warnBefore", (c, l) => approxDays(l) > approxDays(c) ? l : c),
    block: pick("block", (c, l) => ({ ci: c.ci || l.ci, hook: c.hook || l.hook })),
    templatePhrases: pick("templatePhrases", union),
    fallback: pick("fallback", (_c, l) => l)
  };
}
function mergeCentral(local, central, locked, ref, severityOf = builtinSeverity) {
  let notes = [], refused = (id, what) => notes.push(
    `\`${id}\` is locked by the central config ${ref}; the local ${what} was not applied.`
  );
  central.fingerprintSalt !== void 0 && notes.push(
    `\`fingerprint_salt\` in the central config ${ref} was not applied: the salt is per repository (the hook reads only the repository's own .mandate.yml).`
  );
  let disable = [...central.disable];
  for (let id of local.disable)
    locked.has(id) ? refused(id, "`disable`") : disable.includes(id) || disable.push(id);
  let overrides = { ...central.overrides };
  for (let [id, override] of Object.entries(local.overrides)) {
    let own = central.rules.find((rule) => rule.id === id)?.severity ?? severityOf(id);
    locked.has(id) && weakens(override, central.overrides[id], own) ? refused(id, "override") : overrides[id] = { ...overrides[id], ...override };
  }
  let centralIds = new Set(central.rules.map((rule) => rule.id)), rules = [...central.rules];
  for (let rule of local.rules)
    centralIds.has(rule.id) ? locked.has(rule.id) ? refused(rule.id, "rule with the same id") : rules[rules.findIndex((r) => r.id === rule.id)] = rule : rules.push(rule);
  let builtin = (names) => names.filter((name) => !isRemoteExtends(name)), repoAllowlist = local.repoAllowlist ?? local.allowlist, centralAllowlist = joinAllowlists(
    central.allowlist,
    local.repoAllowlist === void 0 ? EMPTY_ALLOWLIST : withoutAllowlist(local.allowlist, local.repoAllowlist)
  ), lockedRules = [.../* @__PURE__ */ new Set([...local.lockedRules ?? [], ...locked])].sort(), allowlist = lockedRules.length === 0 ? joinAllowlists(centralAllowlist, repoAllowlist) : centralAllowlist, repoEntries = repoAllowlist.paths.length + repoAllowlist.regexes.length + repoAllowlist.stopwords.length;
  lockedRules.length > 0 && repoEntries > 0 && local.repoAllowlist === void 0 && notes.push(
    `The repository's \`allowlist\` (${repoEntries} entr${repoEntries === 1 ? "y" : "ies"}) does not apply to the rules locked by ${ref}.`
  );
  let maxFileSize = local.maxFileSize;
  return lockedRules.length > 0 && local.maxFileSize < central.maxFileSize && (maxFileSize = central.maxFileSize, notes.push(
    `The local \`max_file_size\` (${local.maxFileSize} bytes) is below ${ref}'s (${central.maxFileSize} bytes), which locks rules; ${central.maxFileSize} bytes applies.`
  )), {
    config: {
      extends: [.../* @__PURE__ */ new Set([...builtin(central.extends), ...builtin(local.extends)])],
      failOn: stricter(central.failOn, local.failOn),
      maxFileSize,
      // The repository's own salt: the hook reads the same file, so fingerprints agree.
      ...local.fingerprintSalt === void 0 ? {} : { fingerprintSalt: local.fingerprintSalt },
      disable,
      rules,
      overrides,
      allowlist,
      repoAllowlist,
      lockedRules,
      policies: mergePolicies(central.policies, local.policies),
      // Review requirements: the central ones stand (a same-named local one is not applied).
      reviews: [
        ...central.reviews ?? [],
        ...(local.reviews ?? []).filter((r) => !central.reviews?.some((c) => c.name === r.name))
      ],
      ...central.reviewSettings ?? local.reviewSettings ? { reviewSettings: central.reviewSettings ?? local.reviewSettings } : {},
      // AI guardrails: the central settings stand; the repository's apply where it is silent.
      ...central.artifacts ?? local.artifacts ? { artifacts: central.artifacts ?? local.artifacts } : {},
      ...central.personalData ?? local.personalData ? { personalData: central.personalData ?? local.personalData } : {},
      ...central.aiServices ?? local.aiServices ? { aiServices: central.aiServices ?? local.aiServices } : {},
      // The stricter of the two: either asking for review makes inline allows need one.
      ...central.inlineAllow === "review" || local.inlineAllow === "review" ? { inlineAllow: "review" } : {},
      source: local.source
    },
    notes
  };
}
async function applyCentral(read, local, ignore, baseline) {
  let remote = local.extends.filter(isRemoteExtends);
  if (remote.length === 0)
    return { config: local, ignore, baseline, sources: [], locked: /* @__PURE__ */ new Set(), notes: [] };
  let config = local, sources = [], locked = /* @__PURE__ */ new Set(), notes = [];
  for (let ref of [...remote].reverse()) {
    let text = await read(ref), stripped = stripLocked(text, ref), central = parseConfig(stripped.text, ref);
    if (await checkUserRegexes(central), central.extends.some(isRemoteExtends))
      throw new ConfigError(
        ref,
        "a central config cannot itself extend another repository\u2019s config; list both in the repository\u2019s `extends`"
      );
    for (let id of stripped.locked) locked.add(id);
    let merged = mergeCentral(config, central, new Set(stripped.locked), ref);
    config = merged.config, notes.push(...merged.notes), sources.push({
      ref,
      sha256: sha256Hex(text),
      locked: stripped.locked
    });
  }
  let isLocked = (fingerprint) => locked.has(fingerprint.slice(0, fingerprint.indexOf(":"))), keptIgnore = ignore.filter((entry) => !isLocked(entry.fingerprint));
  keptIgnore.length < ignore.length && notes.push(
    `${ignore.length - keptIgnore.length} .mandateignore entries name locked rules and were not applied.`
  );
  let keptBaseline = new Set([...baseline].filter((fingerprint) => !isLocked(fingerprint)));
  return keptBaseline.size < baseline.size && notes.push(
    `${baseline.size - keptBaseline.size} baseline entries name locked rules and were not applied.`
  ), notes.unshift(
    `Central config: ${sources.map((s) => `${s.ref} (sha256 ${s.sha256.slice(0, 12)}\u2026)`).join(", ")}${locked.size === 0 ? "" : `; locked rules: ${[...locked].sort().join(", ")}`}.`
  ), { config, ignore: keptIgnore, baseline: keptBaseline, sources, locked, notes };
}

// src/github/central.ts
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

// src/cli/central.ts
var DEFAULT_TIMEOUT_MS = 5e3, Unreadable = class extends Error {
};
function findToken(env) {
  let fromEnv = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (fromEnv) return fromEnv.trim();
  try {
    let gh = spawnSync("gh", ["auth", "token"], {
      encoding: "utf8",
      timeout: 3e3,
      stdio: ["ignore", "pipe", "ignore"],
      env
    }), token = gh.status === 0 ? gh.stdout.trim() : "";
    return token === "" ? null : token;
  } catch {
    return null;
  }
}
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
async function getJson(api, path, token, timeoutMs) {
  let response;
  try {
    response = await fetch(`${api}${path}`, {
      headers: {
        accept: "application/vnd.github+json",
        "user-agent": "mandate-cli",
        "x-github-api-version": "2022-11-28",
        ...token === null ? {} : { authorization: `Bearer ${token}` }
      },
      signal: AbortSignal.timeout(timeoutMs)
    });
  } catch (error) {
    let inner = error.cause, cause = inner?.code ?? inner?.errors?.[0]?.code, name = error.name;
    throw new Unreadable(
      name === "TimeoutError" ? `no answer from ${api} within ${timeoutMs / 1e3} s` : `${api} cannot be reached (${cause ?? inner?.message ?? error.message})`
    );
  }
  if (!response.ok) {
    let hint = response.status === 401 || response.status === 403 || response.status === 404 ? token === null ? "; no token was found (set GITHUB_TOKEN, or run `gh auth login`)" : "; check the repository, path and ref, and that the token can read that repository" : "";
    throw new Unreadable(`GitHub answered HTTP ${response.status}${hint}`);
  }
  try {
    return await response.json();
  } catch {
    throw new Unreadable("GitHub\u2019s answer was not JSON");
  }
}
async function fetchCentralCopy(ref, options) {
  let get = (path) => getJson(options.api, path, options.token, options.timeoutMs), commit = await centralCommit(get, ref);
  if (commit === null) throw new Unreadable("GitHub\u2019s answer named no commit");
  let read = await readCentralText(get, ref, commit);
  if (!("text" in read)) {
    let remote = parseRemoteExtends(ref);
    throw new Unreadable(`${remote.path} is not a file in ${remote.owner}/${remote.repo}`);
  }
  return { ref, commit, text: read.text, fetchedAt: (options.now ?? /* @__PURE__ */ new Date()).toISOString() };
}
async function withCentral(options) {
  let { config, ignore, baseline } = options, refs = config.extends.filter(isRemoteExtends);
  if (refs.length === 0) return { config, ignore, baseline };
  let env = options.env ?? process.env, api = env.GITHUB_API_URL || "https://api.github.com";
  for (; api.endsWith("/"); ) api = api.slice(0, -1);
  let timeout = Number(env.MANDATE_CENTRAL_TIMEOUT_MS), timeoutMs = Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS, dir = await cacheDir(options.repoRoot, env), token, texts = /* @__PURE__ */ new Map();
  for (let ref of refs) {
    let cached = readCache(dir, ref);
    if (/@[0-9a-f]{40}$/i.test(ref) && cached !== null && options.mode !== "ci") {
      texts.set(ref, cached.text);
      continue;
    }
    try {
      token ??= findToken(env);
      let copy = await fetchCentralCopy(ref, { api, token, timeoutMs });
      texts.set(ref, copy.text);
      try {
        writeCache(dir, copy);
      } catch (error) {
        options.warn(
          `could not cache the central config ${ref} in ${dir} (${error.message}); offline commits will use the local config only.`
        );
      }
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      if (options.mode === "ci")
        throw new MandateError(
          `The central config ${ref} named in \`extends\` cannot be read: ${error.message}. In CI the policy must be complete, so nothing was scanned.`,
          {
            hint: "Give the job a token that can read that repository (GITHUB_TOKEN or GH_TOKEN, contents: read), or fix the entry in `extends`."
          }
        );
      cached !== null ? (texts.set(ref, cached.text), options.warn(
        `the central config ${ref} cannot be read (${error.message}); using the copy cached from commit ${cached.commit.slice(0, 12)} (read ${cached.fetchedAt}).`
      )) : options.warn(
        `the central config ${ref} cannot be read (${error.message}) and no copy is cached; this run uses the repository's own config without it. CI still applies it.`
      );
    }
  }
  let kept = config.extends.filter((name) => !isRemoteExtends(name) || texts.has(name)), missing = kept.length < config.extends.length;
  kept.every(isRemoteExtends) && (kept = [...defaultConfig().extends, ...kept]);
  let readable = { ...config, extends: kept };
  if (missing) {
    let known = /* @__PURE__ */ new Set([
      ...builtinPacks().flatMap((pack) => pack.rules.map((rule) => rule.id)),
      ...config.rules.map((rule) => rule.id)
    ]), named = (id) => known.has(id) || id.startsWith("review/");
    readable.disable = config.disable.filter(named), readable.overrides = Object.fromEntries(
      Object.entries(config.overrides).filter(([id]) => named(id))
    );
  }
  let central = await applyCentral(async (ref) => texts.get(ref), readable, ignore, baseline);
  for (let note of central.notes) options.warn(note);
  return { config: central.config, ignore: central.ignore, baseline: central.baseline };
}
export {
  fetchCentralCopy,
  findToken,
  withCentral
};
