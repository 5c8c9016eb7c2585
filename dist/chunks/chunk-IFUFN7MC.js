import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  matchGlobs
} from "./chunk-ZJRACKEJ.js";
import {
  describeName
} from "./chunk-TDHIBLUD.js";
import {
  escape
} from "./chunk-QOVFVF66.js";
import {
  ConfigError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/config/reviews.ts
init_cli_data();
init_errors();
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
        `\`ai_services.approved\` names ${describeName(id)}, but the ai-services pack has no such service; known: ${services.map((name) => name.slice(11)).join(", ")}`
      );
  let disabled = new Set(config.disable.filter((id) => id.startsWith("review/")));
  for (let id of disabled)
    if (!requirements.has(id.slice(7)))
      throw new ConfigError(
        file,
        `\`disable\` names ${describeName(id)}, but no review requirement has that name`
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
  SECURITY_TEAM,
  checkReviewSemantics,
  resolveReviewRequirements,
  AI_SERVICES_PACK,
  POLICY_REVIEW,
  protectPolicyFiles,
  inlineAllowRequirements
};
