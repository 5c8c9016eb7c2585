import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  IGNORE_FILE
} from "./chunk-HDBPAX76.js";
import {
  formatCount
} from "./chunk-AJ7YNKHC.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/reporters/summary-line.ts
init_cli_data();
function plural(n, singular, pluralForm = `${singular}s`) {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}
var SKIP_ORDER = Object.keys({
  binary: !0,
  "too-large": !0,
  deleted: !0,
  submodule: !0,
  symlink: !0,
  unreadable: !0
}), ADDED_LINE_SCOPES = /* @__PURE__ */ new Set([
  "staged",
  "diff",
  "history",
  "pull-request",
  "push"
]), SUPPRESSED_LABELS = {
  inline: "inline",
  ignoreFile: IGNORE_FILE,
  baseline: "baseline",
  allowlist: "allowlist"
};
function scannedSummary(result) {
  let { stats } = result, parts = [];
  stats.commits !== void 0 && parts.push(plural(stats.commits, "commit")), parts.push(plural(stats.files, "file")), parts.push(plural(stats.lines, ADDED_LINE_SCOPES.has(result.scope) ? "added line" : "line")), stats.policies !== void 0 && parts.push(plural(stats.policies, "policy document"));
  let skipped = SKIP_ORDER.flatMap((reason) => {
    let n = stats.skipped[reason] ?? 0;
    return n > 0 ? [{ label: reason, n }] : [];
  }), skippedTotal = skipped.reduce((sum, s) => sum + s.n, 0);
  if (skippedTotal > 0) {
    let detail = skipped.map((s) => `${s.label}: ${formatCount(s.n)}`).join(", ");
    parts.push(`${formatCount(skippedTotal)} skipped (${detail})`);
  }
  let suppressed = Object.keys(SUPPRESSED_LABELS).map((key) => ({ label: SUPPRESSED_LABELS[key], n: stats.suppressed[key] })).filter((s) => s.n > 0), suppressedTotal = suppressed.reduce((sum, s) => sum + s.n, 0);
  if (suppressedTotal > 0) {
    let detail = suppressed.map((s) => `${s.label}: ${formatCount(s.n)}`).join(", ");
    parts.push(`${formatCount(suppressedTotal)} suppressed (${detail})`);
  }
  return `Scanned ${parts.join(", ")} in ${formatCount(Math.round(stats.durationMs))} ms`;
}
function filesAndFolders(counts) {
  let parts = [];
  return counts.files > 0 && parts.push(plural(counts.files, "file")), counts.folders > 0 && parts.push(plural(counts.folders, "folder")), parts.join(" and ");
}
function skippedSentences(result) {
  let out = [], left = result.leftOut;
  return left?.ignored !== void 0 && out.push(
    `${filesAndFolders(left.ignored)} skipped: ignored by .gitignore \u2014 use --no-gitignore to scan them.`
  ), left?.excluded !== void 0 && out.push(`${filesAndFolders(left.excluded)} skipped: they match an exclude pattern.`), left?.dependencies !== void 0 && out.push(
    `${plural(left.dependencies.folders, "node_modules folder")} skipped: dependencies are not walked \u2014 name one to scan it (mandate scan node_modules/PACKAGE).`
  ), out;
}

export {
  plural,
  scannedSummary,
  skippedSentences
};
