import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  builtinPacks
} from "./chunk-NBWAZCJF.js";
import {
  parseConfig
} from "./chunk-TD6UBZ4A.js";
import {
  REMOTE_EXTENDS,
  checkUserRegexes,
  defaultConfig,
  defaultPolicyConfig,
  isRemoteExtends
} from "./chunk-HDBPAX76.js";
import {
  SEVERITIES,
  isFamilyRuleId
} from "./chunk-GTFPKMOW.js";
import {
  sha256Hex
} from "./chunk-4T47BLQ7.js";
import {
  require_dist
} from "./chunk-7UXL7O2J.js";
import {
  ConfigError,
  __toESM,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/config/central.ts
init_cli_data();
var import_yaml = __toESM(require_dist(), 1);
init_errors();
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
  let join = (x, y) => [.../* @__PURE__ */ new Set([...x, ...y])];
  return {
    paths: join(a.paths, b.paths),
    regexes: join(a.regexes, b.regexes),
    stopwords: join(a.stopwords, b.stopwords)
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
  lockedRules.length > 0 && local.maxFileSize < central.maxFileSize && (maxFileSize = central.maxFileSize, notes.push(
    `The local \`max_file_size\` (${local.maxFileSize} bytes) is below ${ref}'s (${central.maxFileSize} bytes), which locks rules; ${central.maxFileSize} bytes applies.`
  ));
  let guardrail = (key, isLocked) => {
    if (isLocked && central[key] === void 0 && local[key] !== void 0) {
      let name = key === "artifacts" ? "artifacts" : "personal_data";
      notes.push(
        `The local \`${name}\` settings were not applied: ${ref} locks that family's rules; its defaults apply.`
      );
    }
    let chosen = central[key] ?? (isLocked ? void 0 : local[key]);
    return chosen === void 0 ? {} : { [key]: chosen };
  };
  return {
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
      // AI guardrails: the central settings stand; the repository's apply where it is silent —
      // unless the center locks the family's rules: then the repository's `artifacts` /
      // `personal_data` (approved paths, pickle_allow, enabled: false, its own reviewers) would
      // widen what the locked rules let pass, and the defaults stand in for the center's.
      ...guardrail(
        "artifacts",
        lockedRules.some((id) => id.startsWith("artifact/"))
      ),
      ...guardrail("personalData", lockedRules.includes("personal-data/dataset")),
      ...central.aiServices ?? local.aiServices ? { aiServices: central.aiServices ?? local.aiServices } : {},
      // The stricter of the two: either asking for review makes inline allows need one.
      ...central.inlineAllow === "review" || local.inlineAllow === "review" ? { inlineAllow: "review" } : {},
      source: local.source
    },
    notes
  };
}
async function mergeCentralConfigs(central, local, ignore, baseline) {
  let texts = /* @__PURE__ */ new Map();
  for (let ref of local.extends.filter(isRemoteExtends).reverse()) {
    let copy = await central.read(ref);
    copy !== null && texts.set(ref, copy.text);
  }
  let kept = local.extends.filter((name) => !isRemoteExtends(name) || texts.has(name)), readable = { ...local, extends: kept };
  if (kept.length < local.extends.length) {
    kept.every(isRemoteExtends) && (readable.extends = [...defaultConfig().extends, ...kept]);
    let known = /* @__PURE__ */ new Set([
      ...builtinPacks().flatMap((pack) => pack.rules.map((rule) => rule.id)),
      ...local.rules.map((rule) => rule.id)
    ]), named = (id) => known.has(id) || isFamilyRuleId(id);
    readable.disable = local.disable.filter(named), readable.overrides = Object.fromEntries(
      Object.entries(local.overrides).filter(([id]) => named(id))
    );
  }
  return applyCentral(async (ref) => texts.get(ref), readable, ignore, baseline);
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

export {
  parseRemoteExtends,
  stripLocked,
  builtinSeverity,
  mergePolicies,
  mergeCentral,
  mergeCentralConfigs,
  applyCentral
};
