import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  require_ignore
} from "./chunk-BKG6B2BT.js";
import {
  escape
} from "./chunk-QOVFVF66.js";
import {
  __toESM,
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/review/codeowners.ts
init_cli_data();
var import_ignore = __toESM(require_ignore(), 1);
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"], CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024, USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/, TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9_.-]+$/, EMAIL = /^[^@\s]+@[^@\s]+$/;
function unsupported(pattern) {
  return pattern.startsWith("!") ? "negation (`!`) is not supported in CODEOWNERS" : pattern.startsWith("\\#") ? "escaping a leading `#` is not supported in CODEOWNERS" : /(?<!\\)[[\]]/.test(pattern) ? "character ranges (`[ ]`) are not supported in CODEOWNERS" : null;
}
function matcherFor(pattern) {
  let normalised = pattern.endsWith("/**/") ? pattern.slice(0, -1) : pattern, rules = (0, import_ignore.default)({ ignorecase: !1 }).add(normalised), directChildrenOnly = /(?:^|\/)\*$/.test(normalised) && normalised !== "*" && !normalised.endsWith("**/*");
  return (path) => {
    if (!import_ignore.default.isPathValid(path) || !rules.ignores(path)) return !1;
    if (!directChildrenOnly) return !0;
    let parts = path.split("/");
    for (let depth = 1; depth < parts.length; depth++)
      if (rules.ignores(`${parts.slice(0, depth).join("/")}/`)) return !1;
    return !0;
  };
}
function parseCodeowners(text) {
  let lines = [], errors = [];
  return Buffer.byteLength(text, "utf8") >= CODEOWNERS_MAX_BYTES ? (errors.push(
    "CODEOWNERS is 3 MB or larger: GitHub does not load it, so it names no owners; shorten it with wildcard patterns."
  ), { lines, errors }) : (text.split(/\r?\n/).forEach((raw, i) => {
    let where = `CODEOWNERS line ${i + 1}`, hash = raw.search(/(?:^|\s)#/), content = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (content === "") return;
    let [pattern, ...owners] = content.match(/(?:\\[\s\S]|[^\s\\])+/g) ?? [];
    if (pattern === void 0) return;
    let badOwner = owners.find((o) => !USER.test(o) && !TEAM.test(o) && !EMAIL.test(o)), why = unsupported(pattern) ?? (badOwner === void 0 ? null : `\`${badOwner}\` is not @user, @org/team or an e-mail address`);
    if (why !== null) {
      errors.push(`${where}: ${why}; GitHub skips this line, and so does mandate.`);
      return;
    }
    for (let owner of owners.filter((o) => EMAIL.test(o)))
      errors.push(
        `${where}: the owner \`${owner}\` is not @user or @org/team (e-mail owners cannot be resolved)`
      );
    lines.push({
      line: i + 1,
      pattern,
      owners: owners.filter((o) => o.startsWith("@")).map((o) => o.slice(1)),
      matches: matcherFor(pattern)
    });
  }), { lines, errors });
}
function ownersOf(lines, path) {
  for (let i = lines.length - 1; i >= 0; i--)
    if (lines[i].matches(path)) return lines[i];
  return null;
}
function slug(owners) {
  return owners.join("-").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "owners";
}
function codeownersRequirements(text, files, mode, origin = "CODEOWNERS") {
  let { lines, errors } = parseCodeowners(text), groups = /* @__PURE__ */ new Map(), owned = [];
  for (let file of files) {
    let decided = ownersOf(lines, file.path);
    if (decided === null || decided.owners.length === 0) continue;
    owned.push({ path: file.path, line: decided });
    let key = [...decided.owners].sort().join(" ").toLowerCase(), group = groups.get(key) ?? { owners: decided.owners, paths: [], patterns: [] };
    group.paths.push(file.path), group.patterns.includes(decided.pattern) || group.patterns.push(decided.pattern), groups.set(key, group);
  }
  let split = (owners) => ({
    teams: owners.filter((o) => o.includes("/")),
    users: owners.filter((o) => !o.includes("/"))
  }), requirements = [];
  if (mode === "any") {
    let all = [...groups.values()];
    if (all.length > 0) {
      let owners = [...new Set(all.flatMap((g) => g.owners))];
      requirements.push({
        origin,
        spec: {
          // Not `codeowners`: that is the pack's requirement for changes to CODEOWNERS itself.
          name: "codeowners-any",
          description: `Files with code owners (${all.flatMap((g) => g.patterns).join(", ")}) need an approval from one of their owners.`,
          when: { paths: all.flatMap((g) => g.paths.map((p) => escape(p))) },
          require: { ...split(owners), count: 1 }
        }
      });
    }
  } else
    for (let group of groups.values())
      requirements.push({
        origin,
        spec: {
          name: `codeowners-${slug(group.owners)}`,
          description: `Files owned by ${group.owners.map((o) => `@${o}`).join(", ")} (${group.patterns.join(", ")}) need an approval from one of those owners.`,
          when: { paths: group.paths.map((p) => escape(p)) },
          require: { ...split(group.owners), count: 1 }
        }
      });
  return { requirements, errors, owned };
}
async function findCodeowners(read) {
  for (let path of CODEOWNERS_PATHS) {
    let text = await read(path);
    if (text !== null) return { path, text };
  }
  return null;
}
export {
  CODEOWNERS_MAX_BYTES,
  CODEOWNERS_PATHS,
  codeownersRequirements,
  findCodeowners,
  ownersOf,
  parseCodeowners
};
