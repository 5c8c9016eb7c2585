import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-7UXL7O2J.js";
import {
  glob,
  matchGlobs
} from "./chunk-ZJRACKEJ.js";
import "./chunk-QOVFVF66.js";
import {
  __toESM,
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/review/evaluate.ts
init_cli_data();

// src/core/review/predicates.ts
init_cli_data();

// src/core/review/structure.ts
init_cli_data();
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
var MAX_CONTENT_TRIGGERS = 20;
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
  let counted = result.approvals.filter((a) => a.counted).length;
  return result.status = result.changesRequestedBy.length > 0 ? "changes-requested" : counted >= required.count ? "satisfied" : "pending", result.status !== "satisfied" && (result.couldApprove = await couldApprove(required, facts, result.approvals)), result;
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
export {
  DEFAULT_OPTIONS,
  evaluateRequirement,
  evaluateReviews,
  isBot,
  latestByReviewer
};
