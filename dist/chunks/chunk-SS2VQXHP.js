import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-ZPHIZCRR.js";

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
  checkReviewSemantics,
  resolveReviewRequirements
};
