import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  Minimatch
} from "./chunk-QGBNVW5A.js";
import {
  ConfigError
} from "./chunk-ZPHIZCRR.js";

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
function contentTriggers(files, patterns) {
  let triggers = [];
  for (let pattern of patterns) {
    let re = regex(pattern), found = 0;
    for (let file of files)
      if (!(pattern.paths !== void 0 && matchGlobs(file.path, pattern.paths) === null)) {
        for (let added of file.added)
          if (re.test(added.text)) {
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
    let triggers2 = contentTriggers(facts.files, condition.content);
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
  let disabled = new Set(config.disable.filter((id) => id.startsWith("review/")));
  for (let id of disabled)
    if (!requirements.has(id.slice(7)))
      throw new ConfigError(
        file,
        `\`disable\` names \`${id}\`, but no review requirement has that name`
      );
  return [...requirements.values()].filter((r) => !disabled.has(`review/${r.spec.name}`));
}

export {
  isOneOf,
  evaluateCondition,
  checkReviewSemantics,
  resolveReviewRequirements
};
