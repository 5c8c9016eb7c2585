import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  evaluateCondition,
  isOneOf,
  resolveReviewRequirements
} from "./chunk-IXSSU3DO.js";
import "./chunk-L47OS7X2.js";
import "./chunk-PAF57XVX.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-5ADPKSWX.js";

// src/core/review/collect.ts
function collectPullFiles(files, into) {
  return (async function* () {
    for await (let file of files) {
      let added = file.hunks.flatMap(
        (hunk) => hunk.text.split(`
`).map((text, i) => ({ line: hunk.startLine + i, text }))
      );
      into.push({
        path: file.path,
        ...file.oldPath === void 0 ? {} : { oldPath: file.oldPath },
        status: file.status,
        added,
        ...file.skipped !== void 0 && file.skipped !== "deleted" ? { unread: !0 } : {}
      }), yield file;
    }
  })();
}

// src/core/review/evaluate.ts
var MAX_NAMED_MEMBERS = 10, DEFAULT_OPTIONS = {
  head_sha_only: !0,
  changes_requested_blocks: !0
};
function isBot(review) {
  return review.userType === "Bot" || /\[bot\]$/i.test(review.user);
}
var short = (sha) => sha.slice(0, 7), same = (a, b) => a.toLowerCase() === b.toLowerCase(), bare = (name) => name.replace(/^@/, "");
function latestByReviewer(reviews) {
  let latest = /* @__PURE__ */ new Map(), ordered = [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  for (let review of ordered)
    review.state === "COMMENTED" || review.state === "PENDING" || latest.set(review.user.toLowerCase(), review);
  return latest;
}
async function configErrors(required, facts) {
  let errors = [];
  for (let team of required.teams)
    await facts.teamExists(team) || errors.push(
      `the required team @${team} does not exist (or the token cannot see it), so nobody could approve through it`
    );
  for (let user of required.users)
    await facts.userExists(user) || errors.push(`the required user @${user} does not exist`);
  return errors;
}
async function eligibility(user, required, facts) {
  let listed = required.users.find((u) => same(u, user));
  if (listed !== void 0) return `user ${listed}`;
  let team = await isOneOf(facts, user, required.teams);
  return team === null ? null : `team @${team}`;
}
async function judgeApproval(review, ctx) {
  let { facts, required, options } = ctx, base = { user: review.user, commitId: review.commitId, submittedAt: review.submittedAt }, no = (reason, explanation) => ({
    ...base,
    counted: !1,
    reason,
    explanation
  });
  if (review.state === "DISMISSED")
    return no("dismissed", `@${review.user}'s approval was dismissed`);
  if (facts.author !== null && same(review.user, facts.author))
    return no("author", `@${review.user} is the author, and an author's own approval never counts`);
  let listedByName = required.users.some((u) => same(u, review.user));
  if (isBot(review) && !listedByName)
    return no("bot", `@${review.user} is a bot, and bots count only when named in require.users`);
  let via = await eligibility(review.user, required, facts);
  if (await facts.isOrgMember(review.user) === !1 && !isBot(review))
    return no("left-org", `@${review.user} is no longer a member of the organisation`);
  if (via === null) {
    let who = [...required.teams.map((t) => `@${t}`), ...required.users.map((u) => `@${u}`)];
    return no(
      "not-eligible",
      `@${review.user} is not ${who.length === 1 ? who[0] : `one of ${who.join(", ")}`}`
    );
  }
  return options.head_sha_only && facts.headSha !== null && review.commitId !== facts.headSha ? no(
    "stale",
    `@${review.user} approved ${short(review.commitId)}, before the latest push (${short(facts.headSha)})`
  ) : {
    ...base,
    counted: !0,
    via,
    explanation: `@${review.user} approved ${short(review.commitId)} (${via})`
  };
}
async function evaluateRequirement(requirement, facts, defaults = {}) {
  let { spec, origin } = requirement, options = { ...DEFAULT_OPTIONS, ...defaults, ...spec.options }, required = {
    teams: (spec.require.teams ?? []).map(bare),
    users: (spec.require.users ?? []).map(bare),
    count: spec.require.count ?? 1
  }, predicate = await evaluateCondition(spec.when, facts), result = {
    name: spec.name,
    ruleId: `review/${spec.name}`,
    description: spec.description ?? `Changes matching ${spec.name} need approval.`,
    origin,
    applies: predicate.value,
    status: "not-triggered",
    triggers: predicate.triggers,
    required,
    approvals: [],
    changesRequestedBy: [],
    couldApprove: [],
    configErrors: []
  };
  if (facts.reviews === null)
    return result.status = predicate.value === !1 ? "not-triggered" : "not-applicable", result.couldApprove = [
      ...required.teams.map((t) => `@${t}`),
      ...required.users.map((u) => `@${u}`)
    ], result;
  if (result.configErrors = await configErrors(required, facts), result.configErrors.length > 0)
    return result.status = "config-error", result;
  if (predicate.value !== !0) return result;
  let latest = latestByReviewer(facts.reviews);
  for (let review of latest.values()) {
    if (review.state === "CHANGES_REQUESTED") {
      if (!options.changes_requested_blocks || facts.author !== null && same(review.user, facts.author)) continue;
      await eligibility(review.user, required, facts) !== null && result.changesRequestedBy.push(review.user);
      continue;
    }
    (review.state === "APPROVED" || review.state === "DISMISSED") && result.approvals.push(await judgeApproval(review, { facts, required, options }));
  }
  let counted2 = result.approvals.filter((a) => a.counted).length;
  return result.status = result.changesRequestedBy.length > 0 ? "changes-requested" : counted2 >= required.count ? "satisfied" : "pending", result.status !== "satisfied" && (result.couldApprove = await couldApprove(required, facts, result.approvals)), result;
}
async function couldApprove(required, facts, approvals) {
  let excluded = new Set(
    [facts.author ?? "", ...approvals.filter((a) => a.counted).map((a) => a.user)].map(
      (u) => u.toLowerCase()
    )
  ), out = [];
  for (let team of required.teams) {
    let members = await facts.teamMembers(team), eligible = (members ?? []).filter((m) => !excluded.has(m.toLowerCase())), named = eligible.slice(0, MAX_NAMED_MEMBERS).map((m) => `@${m}`), more = eligible.length - named.length;
    out.push(
      members === null || eligible.length === 0 ? `@${team}` : `@${team} (${named.join(", ")}${more > 0 ? ` and ${more} more` : ""})`
    );
  }
  for (let user of required.users)
    excluded.has(user.toLowerCase()) || out.push(`@${user}`);
  return out;
}
async function evaluateReviews(requirements, facts, defaults = {}) {
  let results = [];
  for (let requirement of requirements)
    results.push(await evaluateRequirement(requirement, facts, defaults));
  return results;
}

// src/core/review/explain.ts
function describeTrigger(trigger) {
  switch (trigger.kind) {
    case "path":
      return `\`${trigger.path}\` (matches \`${trigger.glob}\`)`;
    case "content":
      return `\`${trigger.path}:${trigger.line}\` adds ${trigger.description ?? `a line matching \`${trigger.pattern}\``}`;
    case "label":
      return `the label \`${trigger.label}\``;
    case "base-branch":
      return `the base branch \`${trigger.branch}\``;
    case "author":
      return `the author @${trigger.author} (${trigger.in.startsWith("not in") ? trigger.in : `in @${trigger.in}`})`;
  }
}
function describeTriggers(triggers) {
  let named = triggers.slice(0, 5).map(describeTrigger), more = triggers.length - named.length;
  return more > 0 ? `${named.join(", ")} and ${more} more` : named.join(", ");
}
function requiredApprovers(result) {
  let who = [
    ...result.required.teams.map((t) => `@${t}`),
    ...result.required.users.map((u) => `@${u}`)
  ], list = who.length <= 1 ? who[0] ?? "nobody" : `${who.slice(0, -1).join(", ")} or ${who.at(-1)}`;
  return `${result.required.count === 1 ? "an approval" : `${result.required.count} approvals`} from ${list}`;
}
function counted(result) {
  return result.approvals.filter((a) => a.counted).length;
}
function verdictSentence(result) {
  let id = result.ruleId;
  switch (result.status) {
    case "satisfied":
      return `${id} is satisfied: ${result.approvals.filter((a) => a.counted).map((a) => a.explanation).join("; ")}.`;
    case "pending":
      return `${id} needs ${requiredApprovers(result)} on the latest commit (${counted(result)} of ${result.required.count} so far).`;
    case "changes-requested":
      return `${id} is blocked: ${result.changesRequestedBy.map((u) => `@${u}`).join(", ")} requested changes, which blocks until the same reviewer approves.`;
    case "config-error":
      return `${id} cannot be judged: ${result.configErrors.join("; ")}. Fix the review requirement in the config.`;
    case "waived":
      return `${id} (${requiredApprovers(result)}) was waived by break-glass.`;
    case "not-applicable":
      return `${id} will need ${requiredApprovers(result)} on the pull request${result.applies === "unknown" ? " (if its labels, author or base branch match)" : ""}.`;
    case "not-triggered":
      return `${id} does not apply to this change.`;
  }
}

// src/cli/review-preview.ts
function localFacts(files, readHead) {
  return {
    ...readHead === void 0 ? {} : { readHead },
    author: null,
    headSha: null,
    baseBranch: null,
    labels: null,
    files,
    reviews: null,
    isTeamMember: async () => !1,
    isOrgMember: async () => null,
    teamExists: async () => !0,
    userExists: async () => !0,
    teamMembers: async () => null
  };
}
function watchForReviews(changeSet, config, packs, readHead) {
  let requirements = resolveReviewRequirements(config, packs);
  if (requirements.length === 0) return { changeSet, preview: async () => [] };
  let files = [];
  return {
    changeSet: { ...changeSet, files: collectPullFiles(changeSet.files, files) },
    preview: async () => formatPreview(await evaluateReviews(requirements, localFacts(files, readHead)))
  };
}
function formatPreview(results) {
  let needed = results.filter((r) => r.applies !== !1);
  return needed.length === 0 ? [] : [
    "",
    "Required reviews (not applicable locally \u2014 no approvals exist before a pull request; never blocking here):",
    ...needed.map(
      (r) => `  \u2139 ${verdictSentence(r)}${r.triggers.length > 0 ? ` Triggered by ${describeTriggers(r.triggers).replace(/`/g, "")}.` : ""}`
    ),
    ""
  ];
}
export {
  formatPreview,
  localFacts,
  watchForReviews
};
