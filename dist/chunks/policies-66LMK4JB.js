import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  addInterval,
  calendarDateOf,
  daysBetween,
  formatDate,
  parseCalendarDate
} from "./chunk-KY34HLMB.js";
import {
  codeSpan,
  escapeText
} from "./chunk-NEC3T7JR.js";
import {
  wantsColor
} from "./chunk-3UIIUXQE.js";
import {
  loadCliConfig,
  policyRoot,
  require_picocolors
} from "./chunk-NPVPYAJV.js";
import {
  sanitize
} from "./chunk-H72Q6YYP.js";
import "./chunk-7ONHELKI.js";
import "./chunk-WMM62GVN.js";
import {
  compileRules,
  finalizeFindings
} from "./chunk-P5NK7NYD.js";
import {
  scanFile
} from "./chunk-CZ5I6W6C.js";
import "./chunk-BBSOJMBS.js";
import "./chunk-6KLVVNOK.js";
import {
  findRepoRoot,
  runGit
} from "./chunk-SGSUYQD6.js";
import {
  builtinPacks
} from "./chunk-NBWAZCJF.js";
import {
  INTERVAL_FORMS,
  formatInterval,
  parseInterval
} from "./chunk-YSXXMAGR.js";
import {
  resolveSecretRules
} from "./chunk-HDBPAX76.js";
import {
  POLICY_RULES,
  SEVERITIES,
  redact
} from "./chunk-GTFPKMOW.js";
import {
  sha256Hex
} from "./chunk-4T47BLQ7.js";
import {
  require_dist
} from "./chunk-7UXL7O2J.js";
import {
  describeValue
} from "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import {
  minimatch
} from "./chunk-QOVFVF66.js";
import {
  __toESM,
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/cli/policies.ts
init_cli_data();

// src/core/policy/evaluate.ts
init_cli_data();

// src/core/policy/front-matter.ts
init_cli_data();
var import_yaml = __toESM(require_dist(), 1);
function splitLines(text) {
  return text.replace(/^\uFEFF/, "").split(/\r?\n/);
}
function parseFrontMatter(text) {
  let lines = splitLines(text);
  if (lines[0]?.trimEnd() !== "---") return { kind: "missing" };
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    let line = lines[i].trimEnd();
    if (line === "---" || line === "...") {
      end = i;
      break;
    }
  }
  if (end === -1)
    return {
      kind: "invalid",
      line: 1,
      message: "the front matter opened by `---` on line 1 is never closed by a `---` line"
    };
  let yamlText = lines.slice(1, end).join(`
`), lineCounter = new import_yaml.LineCounter(), doc = (0, import_yaml.parseDocument)(yamlText, { lineCounter, prettyErrors: !1, uniqueKeys: !0 }), fileLine = (offset) => lineCounter.linePos(offset).line + 1, error = doc.errors[0];
  if (error !== void 0) {
    let reason = error.message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
    return { kind: "invalid", line: fileLine(error.pos[0]), message: `invalid YAML: ${reason}` };
  }
  let frontMatter = { data: {}, lines: /* @__PURE__ */ new Map(), startLine: 1, endLine: end + 1 };
  if (doc.contents === null) return { kind: "ok", frontMatter };
  if (!(0, import_yaml.isMap)(doc.contents))
    return {
      kind: "invalid",
      line: 2,
      message: "the front matter is not a mapping of keys to values (`owner: \u2026`)"
    };
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    return { kind: "invalid", line: 2, message: `invalid YAML: ${cause.message}` };
  }
  frontMatter.data = data;
  for (let pair of doc.contents.items)
    (0, import_yaml.isScalar)(pair.key) && pair.key.range !== void 0 && pair.key.range !== null && frontMatter.lines.set(String(pair.key.value), fileLine(pair.key.range[0]));
  return { kind: "ok", frontMatter };
}

// src/core/policy/template.ts
init_cli_data();
var PLACEHOLDER_WORDS = "company|organi[sz]ation|org|name|insert|enter|your|date|owner|e-?mail|address|department|role|contact|person|title|position|placeholder|client|customer|vendor|product|team|manager|officer|phone|url|website|location|country|city|number", PATTERNS = [
  // [COMPANY], [COMPANY NAME] — capitals only. Not links ([text](url), [text][ref],
  // [ref]: url), task-list boxes ([ ], [x]) or GitHub alerts ([!NOTE]).
  /\[[A-Z][A-Z _]{1,40}[A-Z]\](?![([:])/g,
  // [Company Name], [Insert date], [your organisation].
  new RegExp(`\\[[^\\]\\n]{0,30}\\b(?:${PLACEHOLDER_WORDS})\\b[^\\]\\n]{0,30}\\](?![(\\[:])`, "gi"),
  // <COMPANY>, <COMPANY_NAME> — not HTML tags, comments or autolinks.
  /<[A-Z][A-Z_ ]{1,40}[A-Z]>/g,
  // <your company>, <insert date>.
  /<(?:your|insert|enter)\b[^<>\n]{0,40}>/gi,
  // {{ company }} template variables.
  /\{\{[^{}\n]*\}\}/g,
  // TBD, TBA, TODO, FIXME, XXX as words.
  /\b(?:TBD|TBA|TODO|FIXME|X{3,})\b/g,
  /\blorem\s+ipsum\b/gi
];
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function phrasePattern(phrase) {
  let words = phrase.trim().split(/[\s-]+/).filter((word) => word !== "");
  return words.length === 0 ? null : new RegExp(
    `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join("[\\s-]+")}(?![\\p{L}\\p{N}])`,
    "giu"
  );
}
function withoutCodeSpans(line) {
  let runs = [];
  for (let i = 0; i < line.length; ) {
    if (line[i] !== "`") {
      i++;
      continue;
    }
    let j = i;
    for (; line[j] === "`"; ) j++;
    runs.push({ start: i, length: j - i }), i = j;
  }
  if (runs.length < 2) return line;
  let next = new Array(runs.length).fill(-1), lastOfLength = /* @__PURE__ */ new Map();
  for (let k = runs.length - 1; k >= 0; k--)
    next[k] = lastOfLength.get(runs[k].length) ?? -1, lastOfLength.set(runs[k].length, k);
  let out = "", copied = 0;
  for (let k = 0; k < runs.length; k++) {
    let close = next[k];
    if (close < 0) continue;
    let open = runs[k], end = runs[close].start + runs[close].length;
    out += line.slice(copied, open.start) + " ".repeat(end - open.start), copied = end, k = close;
  }
  return out + line.slice(copied);
}
function findTemplateLeftovers(text, phrases) {
  let phrasePatterns = phrases.flatMap((phrase) => {
    let pattern = phrasePattern(phrase);
    return pattern === null ? [] : [pattern];
  }), found = [], fence = null;
  return splitLines(text).forEach((raw, index) => {
    let fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
    if (fenceMatch !== null) {
      let marker = fenceMatch[1];
      fence === null ? fence = marker : marker[0] === fence[0] && marker.length >= fence.length && (fence = null);
      return;
    }
    if (fence !== null) return;
    let line = withoutCodeSpans(raw), hits = [], scan = (pattern, kind) => {
      pattern.lastIndex = 0;
      for (let match of line.matchAll(pattern)) {
        let column = match.index + 1;
        hits.some((hit) => column >= hit.column && column < hit.column + hit.text.length) || hits.push({ line: index + 1, column, text: match[0], kind });
      }
    };
    for (let pattern of PATTERNS) scan(pattern, "placeholder");
    for (let pattern of phrasePatterns) scan(pattern, "phrase");
    found.push(...hits.sort((a, b) => a.column - b.column));
  }), found;
}

// src/core/policy/evaluate.ts
var OWNER = /^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;
function normalizeOwner(owner) {
  return owner.startsWith("@") ? owner : `@${owner}`;
}
function parseOwner(value) {
  return typeof value == "string" && OWNER.test(value.trim()) ? normalizeOwner(value.trim()) : null;
}
function blocksInMode(config, mode) {
  return mode === "hook" ? config.block.hook : config.block.ci;
}
function sha256(text) {
  return sha256Hex(text);
}
function policyFingerprint(ruleId, path, key) {
  return `${ruleId}:${path}:${sha256(`${path}
${key}`)}`;
}
function policyFinding(ruleId, input, options) {
  let rule = POLICY_RULES[ruleId], severe = options.failOn === void 0 || SEVERITIES.indexOf(rule.severity) <= SEVERITIES.indexOf(options.failOn);
  return {
    ruleId,
    kind: "policy",
    severity: rule.severity,
    path: input.path,
    line: input.line,
    endLine: input.line,
    column: input.column ?? 1,
    message: input.message,
    redacted: "",
    fingerprint: policyFingerprint(ruleId, input.path, input.key),
    blocking: rule.blocking && options.blocks && severe,
    title: input.detail === void 0 ? rule.title : `${rule.title}: ${input.detail}`,
    provider: rule.provider
  };
}
function firstHeading(text, after) {
  let lines = splitLines(text);
  for (let i = after; i < lines.length; i++) {
    let heading = headingText(lines[i]);
    if (heading !== null) return heading;
  }
  return null;
}
var BLANK = /\s/;
function headingText(line) {
  let open = /^#{1,6}\s/.exec(line);
  if (open === null) return null;
  let hashes = open[0].length - 1, start = open[0].length;
  for (; start < line.length && BLANK.test(line[start]); ) start++;
  let end = line.length;
  for (; end > start && BLANK.test(line[end - 1]); ) end--;
  for (; end > start && line[end - 1] === "#"; ) end--;
  for (; end > start && BLANK.test(line[end - 1]); ) end--;
  return end > start ? line.slice(start, end) : start < line.length ? line[start] : start - hashes >= 2 ? line[start - 1] : null;
}
function fileName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function days(n) {
  return `${n} day${n === 1 ? "" : "s"}`;
}
function stringList(value) {
  return typeof value == "string" ? [value] : Array.isArray(value) && value.every((item) => typeof item == "string") ? value : null;
}
function scanDocument(doc, rules, failOn) {
  let raw = scanFile(
    {
      path: doc.path,
      status: "unchanged",
      hunks: [{ startLine: 1, text: doc.text }],
      size: doc.text.length,
      lines: splitLines(doc.text).length,
      binary: !1
    },
    rules
  ), secrets = [...new Set(raw.map((f) => f.secret).filter((s) => s.length > 0))].sort(
    (a, b) => b.length - a.length
  ), mask = (text) => secrets.reduce((out, secret) => out.split(secret).join(redact(secret)), text), { findings } = finalizeFindings(raw, { failOn, ignore: [], baseline: /* @__PURE__ */ new Set() });
  return { findings, mask };
}
var STATUS_RULES = /* @__PURE__ */ new Set(["policy/stale", "policy/due-soon"]);
function policyStatus(findings) {
  return findings.some((f) => !STATUS_RULES.has(f.ruleId)) ? "invalid" : findings.some((f) => f.ruleId === "policy/stale") ? "stale" : findings.some((f) => f.ruleId === "policy/due-soon") ? "due-soon" : "fresh";
}
function sentence(text) {
  let capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
function evaluatePolicy(doc, options) {
  let evaluation = evaluateFreshness(doc, options);
  if (options.secrets === void 0) return evaluation;
  let { findings, mask } = scanDocument(doc, options.secrets, options.failOn ?? "high");
  if (findings.length === 0) return evaluation;
  let { entry } = evaluation;
  return {
    entry: {
      ...entry,
      title: mask(entry.title),
      version: entry.version === null ? null : mask(entry.version),
      approvedBy: entry.approvedBy.map(mask),
      problems: [...entry.problems, ...new Set(findings.map((f) => f.ruleId))]
    },
    findings: [
      ...evaluation.findings.map((f) => ({
        ...f,
        message: mask(f.message),
        ...f.title === void 0 ? {} : { title: mask(f.title) }
      })),
      ...findings
    ]
  };
}
function evaluateFreshness(doc, options) {
  let { config, context } = options, findingOptions = {
    blocks: blocksInMode(config, context.mode),
    ...options.failOn === void 0 ? {} : { failOn: options.failOn }
  }, findings = [], add = (ruleId, input) => findings.push(policyFinding(ruleId, { path: doc.path, ...input }, findingOptions)), invalidKey = (line, message, key, hint = "") => {
    add("policy/invalid-front-matter", {
      line,
      message: sentence(`${message}${hint}`),
      key,
      detail: message
    });
  }, parsed = parseFrontMatter(doc.text), fm = null;
  parsed.kind === "missing" ? invalidKey(
    1,
    "the document has no front matter: start it with `---`, `owner:`, `last_reviewed:` and `review_interval:`, and a closing `---`",
    "missing"
  ) : parsed.kind === "invalid" ? invalidKey(
    parsed.line,
    parsed.message.replace(/^invalid YAML: /, "the front matter is not valid YAML: "),
    `invalid:${parsed.message}`
  ) : fm = parsed.frontMatter;
  let data = fm?.data ?? {}, lineOf = (key) => fm?.lines.get(key) ?? fm?.startLine ?? 1, has = (key) => fm !== null && Object.hasOwn(data, key) && data[key] !== null, title = null;
  has("title") && (typeof data.title == "string" && data.title.trim() !== "" ? title = data.title.trim() : invalidKey(lineOf("title"), "`title` must be text", "title")), title ??= firstHeading(doc.text, fm?.endLine ?? 0) ?? fileName(doc.path);
  let owner = null;
  fm !== null && (has("owner") ? parseOwner(data.owner) === null ? invalidKey(
    lineOf("owner"),
    `\`owner\` must be a GitHub user (\`@login\`) or team (\`@org/team\`), not ${describeValue(data.owner)}`,
    "owner"
  ) : owner = parseOwner(data.owner) : invalidKey(
    fm.startLine,
    "the front matter has no `owner` (a GitHub user `@login` or team `@org/team`)",
    "owner-missing"
  ));
  let interval = config.reviewInterval;
  has("review_interval") && (interval = parseInterval(data.review_interval), interval === null && invalidKey(
    lineOf("review_interval"),
    `\`review_interval\` (${describeValue(data.review_interval)}) is not an interval; write ${INTERVAL_FORMS}`,
    "review_interval"
  ));
  let lastReviewed = null, lastReviewedFrom = null, reviewedLine = lineOf("last_reviewed");
  has("last_reviewed") ? (lastReviewed = parseCalendarDate(data.last_reviewed), lastReviewed === null ? invalidKey(
    reviewedLine,
    `\`last_reviewed\` (${describeValue(data.last_reviewed)}) is not a date; write an ISO date such as "2025-01-31"`,
    "last_reviewed"
  ) : lastReviewedFrom = "front-matter") : config.fallback === "git" && doc.lastCommitDate ? (lastReviewed = doc.lastCommitDate, lastReviewedFrom = "git") : fm !== null && invalidKey(
    fm.startLine,
    config.fallback === "git" ? "the front matter has no `last_reviewed` and no commit touched the file yet" : "the front matter has no `last_reviewed` date",
    "last_reviewed-missing",
    config.fallback === "git" ? "" : " (or set `policies.fallback: git` to use the last commit date)"
  );
  for (let [key, value] of [
    ["approved_by", data.approved_by],
    ["version", data.version]
  ]) {
    if (!has(key)) continue;
    (key === "version" ? ["string", "number"].includes(typeof value) : stringList(value) !== null) || invalidKey(
      lineOf(key),
      key === "version" ? "`version` must be text or a number" : "`approved_by` must be a name or a list of names",
      key
    );
  }
  let today = calendarDateOf(context.now), due2 = null, daysLeft = null, gitNote = lastReviewedFrom === "git" ? " (the last commit date: no `last_reviewed` in the front matter)" : "", ownerNote = owner === null ? "" : ` Owner: ${owner}.`;
  if (lastReviewed !== null && daysBetween(today, lastReviewed) > 0)
    add("policy/future-date", {
      line: reviewedLine,
      message: `\`last_reviewed\` ${formatDate(lastReviewed)} is in the future (today is ${formatDate(today)}); a review date must be the day the review happened.`,
      key: formatDate(lastReviewed),
      detail: `${formatDate(lastReviewed)} is after today`
    });
  else if (lastReviewed !== null && interval !== null) {
    due2 = addInterval(lastReviewed, interval), daysLeft = daysBetween(today, due2);
    let warnFrom = addInterval(due2, config.warnBefore, -1), dueText = formatDate(due2), every = `every ${formatInterval(interval)}`;
    daysLeft < 0 ? add("policy/stale", {
      line: reviewedLine,
      message: `This policy is past its review date: last reviewed ${formatDate(lastReviewed)}${gitNote}, due ${dueText} (${every}), ${days(-daysLeft)} overdue.${ownerNote}`,
      key: dueText,
      detail: `due ${dueText}, ${days(-daysLeft)} overdue${owner === null ? "" : `, owner ${owner}`}`
    }) : daysBetween(warnFrom, today) >= 0 && add("policy/due-soon", {
      line: reviewedLine,
      message: `This policy is due for review ${daysLeft === 0 ? "today" : `in ${days(daysLeft)}`}, on ${dueText} (last reviewed ${formatDate(lastReviewed)}${gitNote}, ${every}).${ownerNote}`,
      key: dueText,
      detail: `due ${daysLeft === 0 ? "today" : `${dueText} (in ${days(daysLeft)})`}${owner === null ? "" : `, owner ${owner}`}`
    });
  }
  let counts = /* @__PURE__ */ new Map();
  for (let leftover of findTemplateLeftovers(doc.text, config.templatePhrases)) {
    let seen = counts.get(leftover.text) ?? 0;
    counts.set(leftover.text, seen + 1), add("policy/template-leftover", {
      line: leftover.line,
      column: leftover.column,
      message: leftover.kind === "phrase" ? `"${leftover.text}" is a phrase from a policy template; adapt the passage to how the organisation works.` : `Unresolved placeholder ${leftover.text}: the template was not adapted.`,
      key: `${leftover.text}
${seen}`,
      detail: leftover.text
    });
  }
  let approvedBy = stringList(data.approved_by) ?? [], version = typeof data.version == "string" || typeof data.version == "number" ? String(data.version) : null;
  return {
    entry: {
      path: doc.path,
      title,
      owner,
      lastReviewed,
      lastReviewedFrom,
      reviewInterval: interval,
      due: due2,
      status: policyStatus(findings),
      daysLeft,
      approvedBy,
      version,
      problems: [...new Set(findings.map((finding) => finding.ruleId))].filter(
        (id) => !STATUS_RULES.has(id)
      )
    },
    findings
  };
}
function evaluatePolicies(docs, options) {
  let sorted = [...docs].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0), entries = [], findings = [];
  for (let doc of sorted) {
    let result = evaluatePolicy(doc, options);
    entries.push(result.entry), findings.push(...result.findings);
  }
  return { entries, findings };
}

// src/core/policy/family.ts
init_cli_data();
function policyOutput(report) {
  return {
    findings: report.findings,
    rules: Object.values(POLICY_RULES),
    documents: report.entries.length
  };
}

// src/core/policy/review-integrity.ts
init_cli_data();
var NOT_APPLICABLE_LOCALLY = "policy/review-integrity is not applicable here: only a pull request knows who approved a change of `last_reviewed`.";

// src/reporters/policy-register.ts
init_cli_data();
var import_picocolors = __toESM(require_picocolors(), 1);
var STATUS_LABEL = {
  fresh: "fresh",
  "due-soon": "due soon",
  stale: "stale",
  invalid: "invalid"
}, STATUS_ICON = {
  fresh: "\u{1F7E2}",
  "due-soon": "\u{1F7E1}",
  stale: "\u{1F534}",
  invalid: "\u26D4"
}, STATUS_ORDER = ["stale", "invalid", "due-soon", "fresh"];
function reviewed(entry) {
  if (entry.lastReviewed === null) return "\u2014";
  let date = formatDate(entry.lastReviewed);
  return entry.lastReviewedFrom === "git" ? `${date} (git)` : date;
}
function due(entry) {
  return entry.due === null ? "\u2014" : formatDate(entry.due);
}
function registerSummary(entries) {
  let count = (status) => entries.filter((e) => e.status === status).length;
  return `${entries.length} polic${entries.length === 1 ? "y" : "ies"}: ${count("fresh")} fresh, ${count("due-soon")} due soon, ${count("stale")} stale, ${count("invalid")} invalid`;
}
function problems(findings) {
  return findings.filter((f) => f.ruleId !== "policy/stale" && f.ruleId !== "policy/due-soon");
}
function formatRegisterText(register, options) {
  let c = (0, import_picocolors.createColors)(options.color);
  if (register.entries.length === 0)
    return `No policy documents found (today is ${register.today}, UTC). Configure their paths under \`policies.paths\` in .mandate.yml.
`;
  let paint = {
    fresh: c.green,
    "due-soon": c.yellow,
    stale: c.red,
    invalid: c.red
  }, header = ["status", "due", "last reviewed", "owner", "title", "file"], rows = register.entries.map((e) => ({
    status: e.status,
    cells: [STATUS_LABEL[e.status], due(e), reviewed(e), e.owner ?? "\u2014", e.title, e.path].map(
      sanitize
    )
  })), widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r.cells[i].length))), line = (cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : cell.padEnd(widths[i])).join("  "), out = [
    c.bold(`Policy register (today is ${register.today}, UTC)`),
    "",
    c.bold(line(header)),
    ...rows.map((r) => {
      let text = line(r.cells), label = r.cells[0];
      return paint[r.status](label) + text.slice(label.length);
    }),
    "",
    registerSummary(register.entries)
  ], listed = problems(register.findings);
  if (listed.length > 0) {
    out.push("", c.bold("Problems"));
    for (let f of listed)
      out.push(
        `  ${f.blocking ? c.red("\u2716") : c.yellow("\u26A0")} ${sanitize(`${f.path}:${f.line}`)}  ${sanitize(f.message)}  ${c.dim(f.ruleId)}`
      );
  }
  return `${out.join(`
`)}
`;
}
function toJsonRegister(register) {
  let count = (status) => register.entries.filter((e) => e.status === status).length;
  return {
    version: 1,
    today: register.today,
    summary: {
      total: register.entries.length,
      fresh: count("fresh"),
      dueSoon: count("due-soon"),
      stale: count("stale"),
      invalid: count("invalid")
    },
    policies: register.entries.map((e) => ({
      path: e.path,
      title: e.title,
      owner: e.owner,
      lastReviewed: e.lastReviewed === null ? null : formatDate(e.lastReviewed),
      lastReviewedFrom: e.lastReviewedFrom,
      reviewInterval: e.reviewInterval === null ? null : formatInterval(e.reviewInterval),
      due: e.due === null ? null : formatDate(e.due),
      daysLeft: e.daysLeft,
      status: e.status,
      approvedBy: e.approvedBy,
      version: e.version,
      problems: e.problems
    })),
    findings: register.findings.map((f) => ({
      ruleId: f.ruleId,
      path: f.path,
      line: f.line,
      column: f.column,
      message: f.message,
      blocking: f.blocking,
      fingerprint: f.fingerprint
    }))
  };
}
function formatRegisterJson(register) {
  return `${JSON.stringify(toJsonRegister(register), null, 2)}
`;
}
function registerTable(entries) {
  return [
    "| Status | Policy | Owner | Last reviewed | Due |",
    "| --- | --- | --- | --- | --- |",
    ...[...entries].sort(
      (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (a.daysLeft ?? 0) - (b.daysLeft ?? 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    ).map((e) => {
      let late = e.daysLeft === null ? "" : e.daysLeft < 0 ? ` (${-e.daysLeft} d overdue)` : e.status === "due-soon" ? e.daysLeft === 0 ? " (today)" : ` (in ${e.daysLeft} d)` : "";
      return `| ${STATUS_ICON[e.status]} ${STATUS_LABEL[e.status]} | ${escapeText(e.title)}<br>${codeSpan(e.path).replace(/\|/g, "\\|")} | ${e.owner === null ? "\u2014" : escapeText(e.owner)} | ${escapeText(reviewed(e))} | ${escapeText(due(e))}${late} |`;
    })
  ];
}
function formatRegisterMarkdown(register) {
  let out = [
    "## Policy register",
    "",
    `As of ${register.today} (UTC). ${registerSummary(register.entries)}.`,
    ""
  ];
  register.entries.length > 0 && out.push(...registerTable(register.entries), "");
  let listed = problems(register.findings);
  if (listed.length > 0) {
    out.push("### Problems", "");
    for (let f of listed)
      out.push(
        `- ${codeSpan(`${f.path}:${f.line}`)} ${escapeText(f.message)} (${codeSpan(f.ruleId)})`
      );
    out.push("");
  }
  return `${out.join(`
`).trimEnd()}
`;
}

// src/sources/policies.ts
init_cli_data();
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]), MAGIC = /[*?[\]{}()!+@]/;
function staticPrefix(glob) {
  let segments = glob.replace(/^\.\//, "").split("/"), fixed = [];
  for (let segment of segments.slice(0, -1)) {
    if (MAGIC.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.length === segments.length - 1 && !MAGIC.test(segments.at(-1) ?? "") ? segments.join("/") : fixed.join("/");
}
async function walk(root, start, out) {
  let abs = join(root, start), info;
  try {
    info = await stat(abs);
  } catch {
    return;
  }
  if (info.isFile()) {
    out.add(start);
    return;
  }
  if (!info.isDirectory()) return;
  let entries = await readdir(abs, { withFileTypes: !0 });
  for (let entry of entries) {
    if (entry.isDirectory() && SKIP_DIRS.has(entry.name)) continue;
    let child = start === "" ? entry.name : `${start}/${entry.name}`;
    entry.isDirectory() ? await walk(root, child, out) : entry.isFile() && out.add(child);
  }
}
async function findPolicyFiles(root, globs) {
  let matched = /* @__PURE__ */ new Set();
  for (let glob of globs) {
    let candidates = /* @__PURE__ */ new Set();
    await walk(root, staticPrefix(glob), candidates);
    for (let path of candidates)
      minimatch(path, glob.replace(/^\.\//, ""), { dot: !0 }) && matched.add(path);
  }
  return [...matched].sort();
}
async function lastCommitDate(repoRoot, path) {
  let result = await runGit(["log", "-1", "--format=%cs", "--", path], repoRoot);
  return result.code !== 0 ? null : parseCalendarDate(result.stdout.toString("utf8").trim());
}
async function readPolicyDocuments(options) {
  let paths = await findPolicyFiles(options.root, options.config.paths);
  return Promise.all(
    paths.map(async (path) => {
      let text = (await readFile(join(options.root, path))).toString("utf8"), doc = { path, text };
      if (options.config.fallback === "git" && options.repoRoot !== null) {
        let inRepo = relative(options.repoRoot, join(options.root, path)).split(sep).join("/");
        doc.lastCommitDate = await lastCommitDate(options.repoRoot, inRepo);
      }
      return doc;
    })
  );
}

// src/cli/policies.ts
async function evaluateRepositoryPolicies(options) {
  let repoRoot = options.repoRoot !== void 0 ? options.repoRoot : await findRepoRoot(options.root), docs = await readPolicyDocuments({
    root: options.root,
    config: options.config.policies,
    repoRoot
  }), { config } = options;
  return evaluatePolicies(docs, {
    config: config.policies,
    context: options.context,
    failOn: config.failOn,
    ...options.scanSecrets === !0 ? {
      secrets: compileRules(resolveSecretRules(config, builtinPacks()), {
        allowlist: config.allowlist,
        overrides: config.overrides
      })
    } : {}
  });
}
function repositoryPolicyRun(options) {
  return {
    kind: "policy",
    evaluate: async (context) => {
      let report = await evaluateRepositoryPolicies({
        root: options.root,
        config: options.config,
        context,
        ...options.repoRoot === void 0 ? {} : { repoRoot: options.repoRoot }
      });
      return options.onEntries?.(report.entries), policyOutput(report);
    },
    chain: (output) => {
      let count = output.documents ?? 0;
      return { onlyFired: !0, describe: `${count} policy document${count === 1 ? "" : "s"}` };
    }
  };
}
async function runPolicies(flags, now = /* @__PURE__ */ new Date()) {
  let cwd = process.cwd(), repoRoot = await findRepoRoot(cwd), root = policyRoot(cwd, repoRoot), mode = process.env.CI ? "ci" : "local", config = await loadCliConfig({
    cwd,
    repoRoot,
    ...flags.config === void 0 ? {} : { config: flags.config },
    mode,
    warn: (sentence2) => process.stderr.write(`mandate: ${sentence2}
`)
  }), report = await evaluateRepositoryPolicies({
    root,
    config,
    context: { mode, now },
    scanSecrets: !0
  }), register = {
    today: formatDate(calendarDateOf(now)),
    entries: report.entries,
    findings: report.findings
  }, color = wantsColor(flags.color);
  return process.stdout.write(
    flags.format === "json" ? formatRegisterJson(register) : flags.format === "markdown" ? formatRegisterMarkdown(register) : `${formatRegisterText(register, { color })}${register.entries.length === 0 ? "" : `${NOT_APPLICABLE_LOCALLY}
`}`
  ), 0;
}
export {
  evaluateRepositoryPolicies,
  repositoryPolicyRun,
  runPolicies
};
