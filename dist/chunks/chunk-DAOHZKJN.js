import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-PAF57XVX.js";
import {
  Minimatch,
  escape
} from "./chunk-L47OS7X2.js";
import {
  ConfigError
} from "./chunk-ZPHIZCRR.js";
import {
  __toESM
} from "./chunk-5ADPKSWX.js";

// src/core/review/structure.ts
var import_yaml = __toESM(require_dist(), 1);
var IAM_KEYS = /* @__PURE__ */ new Set(["Action", "NotAction", "actions", "not_actions", "notActions"]), DEPENDENCY_KEYS = [
  "dependencies",
  "devDependencies",
  "optionalDependencies",
  "peerDependencies"
];
function structuredValues(structure, path, text) {
  return structure === "iam-actions" ? iamActions(path, text) : npmDependencies(text);
}
var PARSED = /\.(?:json|template|ya?ml)$/i;
function iamActions(path, text) {
  if (PARSED.test(path)) {
    let parsed = fromDocuments(text, (key) => IAM_KEYS.has(key));
    if (parsed !== null) return parsed;
  }
  return scanLists(text, IAM_KEYS);
}
function fromDocuments(text, wanted) {
  let lineCounter = new import_yaml.LineCounter(), docs;
  try {
    docs = (0, import_yaml.parseAllDocuments)(text, { lineCounter, uniqueKeys: !1 });
  } catch {
    return null;
  }
  if (!Array.isArray(docs) || docs.some((doc) => doc.errors.length > 0)) return null;
  let out = [], lineOf = (node) => lineCounter.linePos(node.range?.[0] ?? 0).line, values = (node) => {
    if ((0, import_yaml.isScalar)(node))
      typeof node.value == "string" && out.push({ line: lineOf(node), value: node.value });
    else if ((0, import_yaml.isSeq)(node))
      for (let item of node.items)
        (0, import_yaml.isScalar)(item) && typeof item.value == "string" && out.push({ line: lineOf(item), value: item.value });
  }, walk = (node, depth) => {
    if (!(depth > 200)) {
      if ((0, import_yaml.isMap)(node))
        for (let pair of node.items) {
          if (!(0, import_yaml.isPair)(pair)) continue;
          let key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : null;
          key !== null && wanted(key) && values(pair.value), walk(pair.value, depth + 1);
        }
      else if ((0, import_yaml.isSeq)(node))
        for (let item of node.items) walk(item, depth + 1);
    }
  };
  for (let doc of docs) walk(doc.contents, 0);
  return out;
}
function npmDependencies(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return scanDependencyFragments(text);
  }
  if (typeof data != "object" || data === null) return [];
  let lineStarts = starts(text), out = [];
  for (let kind of DEPENDENCY_KEYS) {
    let deps = data[kind];
    if (!(typeof deps != "object" || deps === null))
      for (let name of Object.keys(deps)) {
        let at = text.indexOf(JSON.stringify(name));
        out.push({ line: lineAt(lineStarts, Math.max(at, 0)), value: name });
      }
  }
  return out;
}
function scanDependencyFragments(text) {
  let out = [], lineStarts = starts(text), pair = /"([^"\\\n]{1,214})"[ \t]*:[ \t]*"/g;
  for (let m = pair.exec(text); m !== null; m = pair.exec(text))
    out.push({ line: lineAt(lineStarts, m.index), value: m[1] });
  return out;
}
function starts(text) {
  let out = [0];
  for (let i = text.indexOf(`
`); i !== -1; i = text.indexOf(`
`, i + 1)) out.push(i + 1);
  return out;
}
function lineAt(lineStarts, offset) {
  let lo = 0, hi = lineStarts.length - 1;
  for (; lo < hi; ) {
    let mid = lo + hi + 1 >> 1;
    lineStarts[mid] <= offset ? lo = mid : hi = mid - 1;
  }
  return lo + 1;
}
var KEY = /[A-Za-z_]+/y;
function scanLists(text, keys) {
  let out = [], lineStarts = starts(text), n = text.length, i = 0;
  for (; i < n; ) {
    let c = text.charCodeAt(i), isWordStart = c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95, prev = i > 0 ? text[i - 1] : " ";
    if (!isWordStart || /[\w$]/.test(prev)) {
      i++;
      continue;
    }
    KEY.lastIndex = i;
    let word = KEY.exec(text)[0], j = i + word.length;
    if (i = j, !!keys.has(word)) {
      for ((text[j] === '"' || text[j] === "'") && j++; text[j] === " " || text[j] === "	"; ) j++;
      if (!(text[j] !== ":" && text[j] !== "=")) {
        for (j++; text[j] === " " || text[j] === "	"; ) j++;
        if (text[j] === "[")
          j = readList(text, j + 1, lineStarts, out);
        else if (text[j] === '"' || text[j] === "'" || text[j] === "`")
          j = readString(text, j, lineStarts, out);
        else if (text[j] === `
` || text[j] === "\r" || text[j] === "#")
          j = readBlockSequence(text, j, lineStarts, out);
        else {
          let end = j;
          for (; end < n && text[end] !== `
` && text[end] !== "#"; ) end++;
          let value = text.slice(j, end).trim();
          value !== "" && out.push({ line: lineAt(lineStarts, j), value }), j = end;
        }
        i = Math.max(i, j);
      }
    }
  }
  return out;
}
function readString(text, j, lineStarts, out) {
  let quote = text[j], k = j + 1, value = "";
  for (; k < text.length && text[k] !== quote && text[k] !== `
`; ) {
    if (text[k] === "\\" && k + 1 < text.length) {
      value += text[k + 1], k += 2;
      continue;
    }
    value += text[k], k++;
  }
  return out.push({ line: lineAt(lineStarts, j), value }), k + 1;
}
function readList(text, j, lineStarts, out) {
  let depth = 1;
  for (; j < text.length && depth > 0; ) {
    let c = text[j];
    if (c === '"' || c === "'" || c === "`")
      j = readString(text, j, lineStarts, depth === 1 ? out : []);
    else if (c === "#" || c === "/" && text[j + 1] === "/")
      for (; j < text.length && text[j] !== `
`; ) j++;
    else if (c === "/" && text[j + 1] === "*") {
      let end = text.indexOf("*/", j + 2);
      j = end < 0 ? text.length : end + 2;
    } else
      c === "[" ? depth++ : c === "]" && depth--, j++;
  }
  return j;
}
function readBlockSequence(text, j, lineStarts, out) {
  let k = text.indexOf(`
`, j);
  for (; k !== -1; ) {
    let s = k + 1;
    for (; text[s] === " " || text[s] === "	"; ) s++;
    if (text[s] !== "-" || text[s + 1] !== " " && text[s + 1] !== "	") return k;
    for (s += 2; text[s] === " " || text[s] === "	"; ) s++;
    if (text[s] === '"' || text[s] === "'") readString(text, s, lineStarts, out);
    else {
      let end = s;
      for (; end < text.length && text[end] !== `
` && text[end] !== "#"; ) end++;
      let value = text.slice(s, end).trim();
      value !== "" && out.push({ line: lineAt(lineStarts, s), value });
    }
    k = text.indexOf(`
`, s);
  }
  return text.length;
}

// src/core/review/predicates.ts
var MAX_CONTENT_TRIGGERS = 20, globs = /* @__PURE__ */ new Map();
function glob(pattern) {
  let compiled = globs.get(pattern);
  return compiled === void 0 && (compiled = new Minimatch(pattern, { dot: !0, matchBase: !pattern.includes("/") }), globs.set(pattern, compiled)), compiled;
}
function matchGlobs(path, patterns) {
  let decided = patterns.every((p) => p.startsWith("!")) ? "**" : null;
  for (let pattern of patterns) {
    let negated = pattern.startsWith("!"), body = negated ? pattern.slice(1) : pattern;
    glob(body).match(path) && (decided = negated ? null : pattern);
  }
  return decided;
}
function filePaths(file) {
  return file.oldPath !== void 0 && file.oldPath !== file.path ? [file.path, file.oldPath] : [file.path];
}
function pathTriggers(files, patterns) {
  let triggers = [];
  for (let file of files)
    for (let path of filePaths(file)) {
      let by = matchGlobs(path, patterns);
      if (by !== null) {
        triggers.push({ kind: "path", path, glob: by });
        break;
      }
    }
  return triggers;
}
var regexes = /* @__PURE__ */ new Map();
function regex(pattern) {
  let key = `${pattern.flags ?? ""}/${pattern.pattern}`, compiled = regexes.get(key);
  return compiled === void 0 && (compiled = new RegExp(pattern.pattern, pattern.flags ?? ""), regexes.set(key, compiled)), compiled;
}
async function structuredLines(file, pattern, re, facts) {
  if (file.unread === !0 && facts.readHead !== void 0) {
    let whole = await facts.readHead(file.path);
    if (whole === null) return [];
    let hits2 = /* @__PURE__ */ new Set();
    for (let value of structuredValues(pattern.structure, file.path, whole))
      re.test(value.value) && hits2.add(value.line);
    return [...hits2].sort((a, b) => a - b);
  }
  if (file.added.length === 0) return [];
  let text = null;
  if (file.status !== "added" && facts.readHead !== void 0 && (text = await facts.readHead(file.path)), text === null) {
    let lines = [];
    for (let added2 of file.added) lines[added2.line - 1] = added2.text;
    text = Array.from(lines, (line) => line ?? "").join(`
`);
  }
  let added = new Set(file.added.map((line) => line.line)), hits = /* @__PURE__ */ new Set();
  for (let value of structuredValues(pattern.structure, file.path, text))
    added.has(value.line) && re.test(value.value) && hits.add(value.line);
  return [...hits].sort((a, b) => a - b);
}
async function contentTriggers(facts, patterns) {
  let files = facts.files, triggers = [];
  for (let pattern of patterns) {
    let re = regex(pattern), found = 0;
    for (let listed of files) {
      if (pattern.paths !== void 0 && matchGlobs(listed.path, pattern.paths) === null) continue;
      let file = await movedIn(listed, pattern, facts), lines = pattern.structure === void 0 ? file.added.filter((added) => re.test(added.text)) : (await structuredLines(file, pattern, re, facts)).map((line) => ({ line }));
      for (let added of lines) {
        if (found++ >= MAX_CONTENT_TRIGGERS) break;
        triggers.push({
          kind: "content",
          path: file.path,
          line: added.line,
          pattern: pattern.pattern,
          ...pattern.description === void 0 ? {} : { description: pattern.description }
        });
      }
    }
  }
  return triggers;
}
async function movedIn(file, pattern, facts) {
  if (file.oldPath === void 0 || pattern.paths === void 0 || matchGlobs(file.oldPath, pattern.paths) !== null || facts.readHead === void 0)
    return file;
  let head = await facts.readHead(file.path);
  if (head === null) return file;
  let added = head.split(`
`).map((text, i) => ({ line: i + 1, text }));
  return { path: file.path, status: "added", added };
}
function normalise(name) {
  return name.replace(/^@/, "");
}
async function isOneOf(facts, user, members) {
  for (let raw of members) {
    let member = normalise(raw);
    if (member.includes("/")) {
      if (await facts.isTeamMember(member, user)) return member;
    } else if (member.toLowerCase() === user.toLowerCase())
      return member;
  }
  return null;
}
var and = (a, b) => a === !1 || b === !1 ? !1 : a === "unknown" || b === "unknown" ? "unknown" : !0, or = (a, b) => a === !0 || b === !0 ? !0 : a === "unknown" || b === "unknown" ? "unknown" : !1;
async function evaluateCondition(condition, facts) {
  let parts = [];
  if (condition.paths !== void 0) {
    let triggers2 = pathTriggers(facts.files, condition.paths);
    parts.push({ value: triggers2.length > 0, triggers: triggers2 });
  }
  if (condition.content !== void 0) {
    let triggers2 = await contentTriggers(facts, condition.content);
    parts.push({ value: triggers2.length > 0, triggers: triggers2 });
  }
  if (condition.labels !== void 0)
    if (facts.labels === null) parts.push({ value: "unknown", triggers: [] });
    else {
      let wanted = new Set(condition.labels.map((l) => l.toLowerCase())), labels = facts.labels.filter((label) => wanted.has(label.toLowerCase()));
      parts.push({
        value: labels.length > 0,
        triggers: labels.map((label) => ({ kind: "label", label }))
      });
    }
  if (condition.base_branches !== void 0)
    if (facts.baseBranch === null) parts.push({ value: "unknown", triggers: [] });
    else {
      let branch = facts.baseBranch, hit = condition.base_branches.some((b) => glob(b).match(branch));
      parts.push({ value: hit, triggers: hit ? [{ kind: "base-branch", branch }] : [] });
    }
  for (let [key, wantIn] of [
    ["author_in", !0],
    ["author_not_in", !1]
  ]) {
    let members = condition[key];
    if (members === void 0) continue;
    if (facts.author === null) {
      parts.push({ value: "unknown", triggers: [] });
      continue;
    }
    let via = await isOneOf(facts, facts.author, members), hit = wantIn ? via !== null : via === null;
    parts.push({
      value: hit,
      triggers: hit ? [
        {
          kind: "author",
          author: facts.author,
          in: wantIn ? via : `not in ${members.map(normalise).join(", ")}`
        }
      ] : []
    });
  }
  if (condition.all !== void 0) {
    let value2 = !0, triggers2 = [];
    for (let child of condition.all) {
      let result = await evaluateCondition(child, facts);
      value2 = and(value2, result.value), triggers2.push(...result.triggers);
    }
    parts.push({ value: value2, triggers: triggers2 });
  }
  if (condition.any !== void 0) {
    let value2 = !1, triggers2 = [];
    for (let child of condition.any) {
      let result = await evaluateCondition(child, facts);
      value2 = or(value2, result.value), result.value === !0 && triggers2.push(...result.triggers);
    }
    parts.push({ value: value2, triggers: triggers2 });
  }
  let value = parts.length > 0, triggers = [];
  for (let part of parts)
    value = and(value, part.value), triggers.push(...part.triggers);
  return { value, triggers: value === !1 ? [] : triggers };
}

// src/config/reviews.ts
var SECURITY_TEAM = "$security_team";
function regexProblem(source, flags = "") {
  try {
    return new RegExp(source, flags).test("") ? "matches the empty string, so it would match every added line" : null;
  } catch (error) {
    return `is not a valid regular expression: ${error.message}`;
  }
}
function checkCondition(condition, path, fail) {
  condition.content?.forEach((pattern, i) => {
    let problem = regexProblem(pattern.pattern, pattern.flags);
    problem !== null && fail(
      [...path, "content", i, "pattern"],
      `the content pattern \`${pattern.pattern}\` ${problem}`
    );
  });
  for (let key of ["all", "any"])
    condition[key]?.forEach((child, i) => {
      checkCondition(child, [...path, key, i], fail);
    });
}
function checkReviewSemantics(reviews, settings, fail) {
  let seen = /* @__PURE__ */ new Map();
  reviews?.forEach((spec, i) => {
    let first = seen.get(spec.name);
    first !== void 0 && fail(
      ["reviews", i, "name"],
      `the review requirement name \`${spec.name}\` is used twice (reviews[${first}] and reviews[${i}])`
    ), seen.set(spec.name, i), checkCondition(spec.when, ["reviews", i, "when"], fail);
    let who = [...spec.require.teams ?? [], ...spec.require.users ?? []];
    who.length === 0 && fail(
      ["reviews", i, "require"],
      `reviews[${i}] (\`${spec.name}\`) requires nobody: list \`teams\` or \`users\``
    ), who.includes(SECURITY_TEAM) && settings?.security_team === void 0 && fail(
      ["reviews", i, "require"],
      `reviews[${i}] names \`${SECURITY_TEAM}\`, but \`review_settings.security_team\` is not set`
    );
  });
}
function substitute(spec, team) {
  let teams = spec.require.teams?.map((t) => t === SECURITY_TEAM ? team : t);
  return { ...spec, require: { ...spec.require, ...teams === void 0 ? {} : { teams } } };
}
function resolveReviewRequirements(config, packs) {
  let file = config.source.file ?? "built-in defaults", byName = new Map(packs.map((pack) => [pack.name, pack])), requirements = /* @__PURE__ */ new Map(), team = config.reviewSettings?.security_team;
  for (let name of config.extends)
    for (let spec of byName.get(name)?.reviews ?? []) {
      let needsTeam = spec.require.teams?.includes(SECURITY_TEAM) ?? !1;
      if (needsTeam && team === void 0)
        throw new ConfigError(
          file,
          `the pack \`${name}\` asks for approvals from the security team, but \`review_settings.security_team\` is not set; add e.g. \`review_settings: { security_team: acme/security }\``
        );
      requirements.has(spec.name) || requirements.set(spec.name, {
        spec: needsTeam ? substitute(spec, team) : spec,
        origin: name
      });
    }
  for (let spec of config.reviews ?? [])
    requirements.set(spec.name, {
      spec: team === void 0 ? spec : substitute(spec, team),
      origin: file
    });
  config.extends.includes(AI_SERVICES_PACK) && requirements.delete(GENERIC_AI_REVIEW);
  let services = [...requirements.keys()].filter((name) => name.startsWith("ai-service-"));
  for (let id of config.aiServices?.approved ?? [])
    if (requirements.delete(`ai-service-${id}`), !services.includes(`ai-service-${id}`) && config.extends.includes(AI_SERVICES_PACK))
      throw new ConfigError(
        file,
        `\`ai_services.approved\` names \`${id}\`, but the ai-services pack has no such service; known: ${services.map((name) => name.slice(11)).join(", ")}`
      );
  let disabled = new Set(config.disable.filter((id) => id.startsWith("review/")));
  for (let id of disabled)
    if (!requirements.has(id.slice(7)))
      throw new ConfigError(
        file,
        `\`disable\` names \`${id}\`, but no review requirement has that name`
      );
  return [...requirements.values()].filter((r) => !disabled.has(`review/${r.spec.name}`));
}
var AI_SERVICES_PACK = "ai-services", GENERIC_AI_REVIEW = "ai-sdk-dependency", POLICY_REVIEW = "mandate-config";
function protectPolicyFiles(requirements, files) {
  return requirements.map((requirement) => {
    if (requirement.spec.name !== POLICY_REVIEW || files.length === 0) return requirement;
    let when = requirement.spec.when, listed = when.paths ?? [], paths = files.filter((file) => listed.length === 0 || matchGlobs(file, listed) === null).map((f) => escape(f));
    if (paths.length === 0) return requirement;
    let onlyPaths = Object.keys(when).every((key) => key === "paths");
    return {
      ...requirement,
      spec: {
        ...requirement.spec,
        when: onlyPaths ? { paths: [...listed, ...paths] } : { any: [when, { paths }] }
      }
    };
  });
}
var MAX_DESCRIBED_ALLOWS = 5;
function inlineAllowRequirements(config, allowed) {
  let team = config.reviewSettings?.security_team;
  if (config.inlineAllow !== "review" || allowed.length === 0) return [];
  let file = config.source.file ?? "built-in defaults";
  if (team === void 0)
    throw new ConfigError(
      file,
      "`inline_allow: review` asks the security team to approve inline allows, but `review_settings.security_team` is not set"
    );
  let paths = [...new Set(allowed.map((f) => f.path))], listed = allowed.slice(0, MAX_DESCRIBED_ALLOWS).map((f) => `${f.path}:${f.line} (${f.ruleId}, "${f.allow.reason}")`), more = allowed.length - listed.length;
  return [
    {
      spec: {
        name: "inline-allow",
        description: `This change adds ${allowed.length === 1 ? "an inline allow" : `${allowed.length} inline allows`} that suppress secret findings: ${listed.join("; ")}${more > 0 ? `; and ${more} more` : ""}.`,
        when: { paths: paths.map((path) => escape(path)) },
        require: { teams: [team] }
      },
      origin: `${file} (inline_allow: review)`
    }
  ];
}

export {
  isOneOf,
  evaluateCondition,
  SECURITY_TEAM,
  checkReviewSemantics,
  resolveReviewRequirements,
  AI_SERVICES_PACK,
  POLICY_REVIEW,
  protectPolicyFiles,
  inlineAllowRequirements
};
