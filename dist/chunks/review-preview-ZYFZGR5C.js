import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  resolveReviewRequirements
} from "./chunk-IFUFN7MC.js";
import "./chunk-ZJRACKEJ.js";
import "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/cli/review-preview.ts
init_cli_data();

// src/core/listing.ts
init_cli_data();

// src/core/review/collect.ts
init_cli_data();
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

// src/core/review/explain.ts
init_cli_data();
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
  let { codeownersRequirements, findCodeowners } = await import("./codeowners-PEJTM66S.js"), found = await findCodeowners(readPolicy);
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
      let owners = importsCodeowners ? await previewCodeowners(codeowners, files, readPolicy) : { requirements: [], lines: [] }, { evaluateReviews } = await import("./evaluate-6AITC7EN.js"), results = await evaluateReviews(
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
