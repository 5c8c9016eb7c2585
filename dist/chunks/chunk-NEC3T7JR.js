import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  sanitize
} from "./chunk-H72Q6YYP.js";
import {
  HISTORY_HINT,
  NOTEBOOK_HINT,
  allowedHeading,
  falsePositiveHint,
  groupByRule,
  ignorable,
  ignoreLine,
  inNotebook,
  remediationOf,
  shortSha
} from "./chunk-7ONHELKI.js";
import {
  plural,
  scannedSummary
} from "./chunk-WMM62GVN.js";
import {
  migrationNotice
} from "./chunk-BBSOJMBS.js";
import {
  formatCount
} from "./chunk-AJ7YNKHC.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/reporters/markdown.ts
init_cli_data();

// src/reporters/markdown-escape.ts
init_cli_data();
function escapeText(text) {
  return sanitize(text.replace(/\r?\n/g, " ")).replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`).replace(/^([#>+-])/, "\\$1").replace(/:\/\//g, "\\://").replace(/\b(www)\./gi, "$1\\.");
}
function inline(text) {
  let out = [], last = 0;
  for (let match of text.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g))
    out.push(escapeText(text.slice(last, match.index)), codeSpan(match[2] ?? "")), last = match.index + match[0].length;
  return out.push(escapeText(text.slice(last))), out.join("");
}
function codeSpan(text) {
  let content = sanitize(text.replace(/\r?\n/g, " "));
  if (content === "") return "";
  let longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length)), fence = "`".repeat(longest + 1), pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function tableCode(text) {
  return codeSpan(text).replace(
    /(?<!\\)(\\*)\|/g,
    (_, slashes) => `${slashes}${slashes}\\|`
  );
}
function fencedBlock(lines, language = "text") {
  let body = lines.map(sanitize).join(`
`), longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length)), fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}
${body}
${fence}`;
}

// src/reporters/markdown.ts
var MARKDOWN_LIMIT_BYTES = 1024 * 1024, MAX_TABLE_ROWS = 200, NOTE_RESERVE_BYTES = 1024, SEVERITY_ICON = {
  critical: "\u{1F534}",
  high: "\u{1F7E0}",
  medium: "\u{1F7E1}",
  low: "\u{1F535}",
  info: "\u26AA"
};
function location(f) {
  let lines = f.endLine > f.line ? `${f.line}-${f.endLine}` : `${f.line}`, where = tableCode(`${f.path}:${lines}`);
  return f.commit === void 0 ? where : `${where} in ${tableCode(shortSha(f.commit))}`;
}
function tableInline(text) {
  return inline(text).replace(
    /(?<!\\)(\\*)\|/g,
    (match, slashes) => slashes.length % 2 === 1 ? match : `${slashes}\\|`
  );
}
function scanNote(f) {
  return f.kind === "scan" && f.title !== void 0 ? `<br>${tableInline(f.message)}` : "";
}
function tableRow(f) {
  return `| ${[
    `${SEVERITY_ICON[f.severity]} ${f.severity}`,
    `${escapeText(f.title ?? f.message)}<br>${tableCode(f.ruleId)}${f.allowRefused === void 0 ? "" : `<br>Inline allow not applied: ${tableInline(f.allowRefused)}`}${scanNote(f)}`,
    location(f),
    tableCode(f.redacted),
    f.blocking ? "\u274C yes" : "\u26A0\uFE0F no"
  ].join(" | ")} |`;
}
var FULL_REPORTS_CLI = "the JSON and SARIF reports";
function verdict(result, page) {
  let units = result.decision === "block" ? [`## \u274C ${page.title ?? "mandate: blocked"}`, ""] : [`## \u2705 ${page.title ?? "mandate: passed"}`, ""];
  return units.push(...page.lead ?? []), result.reasons.length > 0 && units.push(...result.reasons.map((r) => `- ${inline(r)}`), ""), result.decision === "block" && result.unblock.length > 0 && units.push("**To unblock:**", "", ...result.unblock.map((u) => `- ${inline(u)}`), ""), units.push(escapeText(page.scanned ?? scannedSummary(result)), ""), units;
}
function notShownNote(more, noun, fullReports) {
  return `_\u2026 and ${plural(more, noun)} not listed here; ${fullReports} have all of them._`;
}
function findingsTable(result, shown, where) {
  let total = result.findings.length;
  if (total === 0) return ["No findings.", ""];
  let units = [
    `### Findings (${formatCount(total)})`,
    "",
    "| Severity | Rule | File:line | Redacted | Blocking |",
    "| --- | --- | --- | --- | --- |",
    ...shown.map(tableRow),
    ""
  ];
  return total > shown.length && units.push(notShownNote(total - shown.length, "more finding", where), ""), units;
}
function howToFix(result, shown) {
  let groups = groupByRule(result);
  if (groups.length === 0) return [];
  let units = ["### How to fix", ""];
  for (let { rule, findings } of groups) {
    if (units.push(`#### ${escapeText(rule.title)} (${codeSpan(rule.id)})`, ""), units.push(inline(remediationOf(rule)), ""), findings.some((f) => f.commit !== void 0) && units.push(inline(HISTORY_HINT), ""), inNotebook(findings) && units.push(inline(NOTEBOOK_HINT), ""), !ignorable(findings)) continue;
    let listed = findings.filter((f) => shown.has(f));
    units.push(inline(falsePositiveHint(listed.length > 0 ? listed : findings)), ""), listed.length > 0 && units.push(fencedBlock(listed.map(ignoreLine)), ""), listed.length < findings.length && units.push(`_\u2026 and ${plural(findings.length - listed.length, "more fingerprint")}._`, "");
  }
  return units;
}
function unusedIgnores(result) {
  let migrate = migrationNotice(result.migrations), notice = migrate === null ? [] : [`> \u26A0\uFE0F ${escapeText(migrate)}`, ""];
  return result.unusedIgnores.length === 0 ? notice : [
    ...notice,
    "### \u26A0\uFE0F Unused .mandateignore entries",
    "",
    "These entries matched nothing in this run; remove them if the secret is gone.",
    "",
    ...result.unusedIgnores.map(
      (u) => `- line ${u.line}: ${codeSpan(u.fingerprint)}${u.reason === "" ? "" : ` \u2014 ${escapeText(u.reason)}`}`
    ),
    ""
  ];
}
function allowedRow(f) {
  return `| ${[
    `${escapeText(f.title ?? f.message)}<br>${tableCode(f.ruleId)}`,
    location(f),
    tableCode(f.redacted),
    `${tableCode(f.allow.marker)} ${escapeText(f.allow.reason)}`
  ].join(" | ")} |`;
}
function allowedTable(result, where) {
  let allowed = result.allowed ?? [];
  if (allowed.length === 0) return [];
  let shown = allowed.slice(0, MAX_TABLE_ROWS);
  return [
    `### Inline allows (${formatCount(allowed.length)})`,
    "",
    `\u26A0\uFE0F ${escapeText(allowedHeading(allowed))}`,
    "",
    "| Rule | File:line | Redacted | Reason |",
    "| --- | --- | --- | --- |",
    ...shown.map(allowedRow),
    "",
    ...allowed.length > shown.length ? [notShownNote(allowed.length - shown.length, "more inline allow", where), ""] : []
  ];
}
function fitToLimit(units, limit, fullReports) {
  let budget = limit - NOTE_RESERVE_BYTES, used = 0, kept = [];
  for (let unit of units) {
    let size = Buffer.byteLength(unit, "utf8") + 1;
    if (used + size > budget) {
      kept.push(
        "",
        `> \u26A0\uFE0F This report was truncated to fit GitHub's 1 MiB job-summary limit. ${fullReports.charAt(0).toUpperCase()}${fullReports.slice(1)} have every finding.`,
        ""
      );
      break;
    }
    kept.push(unit), used += size;
  }
  for (; kept.length > 0 && kept[kept.length - 1] === ""; ) kept.pop();
  return `${kept.join(`
`)}
`;
}
function formatMarkdown(result, page = {}) {
  let where = page.fullReports ?? FULL_REPORTS_CLI;
  if (result === null) {
    let units2 = [`## \u2705 ${page.title ?? "mandate: nothing to judge"}`, "", ...page.lead ?? []];
    return fitToLimit([...units2, ...page.tail ?? []], MARKDOWN_LIMIT_BYTES, where);
  }
  let shown = result.findings.slice(0, MAX_TABLE_ROWS), units = [
    ...verdict(result, page),
    ...findingsTable(result, shown, where),
    ...allowedTable(result, where),
    ...howToFix(result, new Set(shown)),
    ...unusedIgnores(result),
    ...page.tail ?? []
  ];
  return fitToLimit(units, MARKDOWN_LIMIT_BYTES, where);
}

export {
  escapeText,
  inline,
  codeSpan,
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
  notShownNote,
  formatMarkdown
};
