import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  evaluateCondition,
  isOneOf,
  resolveReviewRequirements
} from "./chunk-DAOHZKJN.js";
import {
  require_ignore
} from "./chunk-QMDTFYL7.js";
import "./chunk-PAF57XVX.js";
import {
  escape
} from "./chunk-L47OS7X2.js";
import "./chunk-ZPHIZCRR.js";
import {
  __toESM
} from "./chunk-5ADPKSWX.js";

// src/core/review/collect.ts
function pullFile(file, lines) {
  let added = lines ? file.hunks.flatMap(
    (hunk) => hunk.text.split(`
`).map((text, i) => ({ line: hunk.startLine + i, text }))
  ) : [];
  return {
    path: file.path,
    ...file.oldPath === void 0 ? {} : { oldPath: file.oldPath },
    status: file.status,
    added,
    ...file.skipped !== void 0 && file.skipped !== "deleted" ? { unread: !0 } : {}
  };
}

// src/core/listing.ts
var ChangeListing = class {
  #files = [];
  #everyFile;
  #watched;
  constructor(needs, policyPaths = []) {
    this.#everyFile = needs.includes("pull-request"), this.#watched = new Set(needs.includes("policy-documents") ? policyPaths : []);
  }
  /** `changeSet` with the same files, listed here as they stream by. */
  changeSet(changeSet) {
    return { ...changeSet, files: this.#list(changeSet.files) };
  }
  async *#list(files) {
    for await (let file of files)
      file.continued === !0 ? this.#continue(file) : this.#everyFile ? this.#files.push(pullFile(file, !0)) : this.#isWatched(file) && this.#files.push(pullFile(file, !1)), yield file;
  }
  /**
   * A later piece of a file read in overlapping pieces (ChangedFile.continued): its added
   * lines past those already listed join the file's one entry.
   */
  #continue(file) {
    let listed = this.#files.findLast((listedFile) => listedFile.path === file.path);
    if (listed === void 0 || !this.#everyFile) return;
    let last = listed.added[listed.added.length - 1]?.line ?? 0;
    for (let added of pullFile(file, !0).added) added.line > last && listed.added.push(added);
  }
  #isWatched(file) {
    return this.#watched.has(file.path) || file.oldPath !== void 0 && this.#watched.has(file.oldPath);
  }
  /** The changed files the listing kept (every one under the `pull-request` need). */
  get files() {
    return this.#files;
  }
  /** The policy paths the change modifies (by path or old path), sorted. */
  touches() {
    let touched = /* @__PURE__ */ new Set();
    for (let file of this.#files)
      this.#watched.has(file.path) && touched.add(file.path), file.oldPath !== void 0 && this.#watched.has(file.oldPath) && touched.add(file.oldPath);
    return [...touched].sort();
  }
};

// src/core/review/codeowners.ts
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
var NAMED_OWNED_FILES = 10;
async function previewCodeowners(mode, files, readPolicy) {
  let found = await findCodeowners(readPolicy);
  if (found === null)
    return {
      requirements: [],
      lines: [
        `  \u2139 \`review_settings.codeowners\` is \`${mode}\`, but HEAD has no CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS).`
      ]
    };
  let imported = codeownersRequirements(found.text, files, mode, found.path);
  return {
    requirements: imported.requirements,
    lines: [
      ...ownedLines(imported.owned, found.path),
      ...imported.errors.map((error) => `  \u26A0 ${found.path}: ${error}`)
    ]
  };
}
function ownedLines(owned, codeownersPath) {
  let named = owned.slice(0, NAMED_OWNED_FILES).map(({ path, line }) => {
    let owners = line.owners.map((o) => `@${o}`), who = owners.length === 1 ? owners[0] : `one of ${owners.join(", ")}`;
    return `  \u2139 ${path} will need ${who} (${codeownersPath} line ${line.line}: ${line.pattern}).`;
  }), more = owned.length - named.length;
  return more > 0 ? [...named, `  \u2139 \u2026and ${more} more files with code owners.`] : named;
}
function watchForReviews(changeSet, config, packs, readHead, readPolicy) {
  let requirements = resolveReviewRequirements(config, packs), codeowners = config.reviewSettings?.codeowners ?? "off", importsCodeowners = codeowners !== "off" && readPolicy !== void 0;
  if (requirements.length === 0 && !importsCodeowners)
    return { changeSet, preview: async () => [] };
  let listing = new ChangeListing(["pull-request"]), files = listing.files;
  return {
    changeSet: listing.changeSet(changeSet),
    preview: async () => {
      let owners = importsCodeowners ? await previewCodeowners(codeowners, files, readPolicy) : { requirements: [], lines: [] }, results = await evaluateReviews(
        [...requirements, ...owners.requirements],
        localFacts(files, readHead)
      );
      return formatPreview(results, owners.lines);
    }
  };
}
function formatPreview(results, codeowners = []) {
  let needed = results.filter((r) => r.applies !== !1);
  return needed.length === 0 && codeowners.length === 0 ? [] : [
    "",
    "Required reviews (not applicable locally \u2014 no approvals exist before a pull request; never blocking here):",
    ...needed.map(
      (r) => `  \u2139 ${verdictSentence(r)}${r.triggers.length > 0 ? ` Triggered by ${describeTriggers(r.triggers).replace(/`/g, "")}.` : ""}`
    ),
    ...codeowners,
    ""
  ];
}
export {
  formatPreview,
  localFacts,
  watchForReviews
};
