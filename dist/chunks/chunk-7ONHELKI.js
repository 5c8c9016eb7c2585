import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  INCOMPLETE_REMEDIATION
} from "./chunk-GTFPKMOW.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/reporters/how-to-fix.ts
init_cli_data();
var FALLBACK_REMEDIATION = "Remove the value from the code, and if it is a real credential, revoke it at its provider and issue a new one.";
function ruleFor(result, finding) {
  return result.rules.find((r) => r.id === finding.ruleId) ?? {
    id: finding.ruleId,
    kind: finding.kind,
    title: finding.title ?? finding.ruleId,
    provider: finding.provider ?? "",
    severity: finding.severity,
    blocking: finding.blocking,
    description: finding.title ?? finding.ruleId,
    // An incomplete scan (`scan/incomplete`) is no value to remove: say how to complete it.
    remediation: finding.kind === "scan" ? INCOMPLETE_REMEDIATION : FALLBACK_REMEDIATION,
    tags: []
  };
}
function groupByRule(result) {
  let groups = /* @__PURE__ */ new Map();
  for (let finding of result.findings) {
    let group = groups.get(finding.ruleId);
    group === void 0 && (group = { rule: ruleFor(result, finding), findings: [] }, groups.set(finding.ruleId, group)), group.findings.push(finding);
  }
  return [...groups.values()];
}
function remediationOf(rule) {
  let text = rule.remediation.trim();
  return text === "" ? FALLBACK_REMEDIATION : text;
}
var FALSE_POSITIVE_HINT = "Not a secret? Add a comment containing `mandate:allow <reason>` on its line, or add the finding's fingerprint to .mandateignore with a reason.", HISTORY_HINT = "Findings from git history stay in old commits: rotate the secret; editing the file does not remove it.", NOTEBOOK_HINT = "In a notebook (.ipynb), a value printed by a cell stays in its saved output: clear the outputs (`jupyter nbconvert --clear-output --inplace NOTEBOOK.ipynb`, or `nbstripout NOTEBOOK.ipynb`), and run `nbstripout --install` so outputs are stripped on every commit.";
function inNotebook(findings) {
  return findings.some((f) => f.path.toLowerCase().endsWith(".ipynb"));
}
function ignorable(findings) {
  return !findings.every((f) => f.kind === "scan");
}
function falsePositiveHint(findings) {
  let these = findings.length === 1 ? "this line" : "these lines";
  return findings.every((f) => f.kind === "policy") ? `To accept it for now, add ${these} to .mandateignore with a reason (a stale policy's entry lapses with its next review):` : findings.every((f) => f.commit !== void 0) ? `Not a secret? Add ${these} to .mandateignore:` : `Not a secret? Add a comment \`mandate:allow <reason>\` on the line, or add ${these} to .mandateignore:`;
}
function ignoreLine(finding) {
  return `${finding.fingerprint}  # <reason>`;
}
function position(finding) {
  return `${finding.endLine > finding.line ? `${finding.line}-${finding.endLine}` : `${finding.line}`}:${finding.column}`;
}
function shortSha(sha) {
  return sha.slice(0, 7);
}
function allowedHeading(allowed) {
  let n = allowed.length;
  return `${n} ${n === 1 ? "finding" : "findings"} suppressed by an inline allow (the author's reason, not a review):`;
}
function allowedLine(f) {
  return `${f.path}:${position(f)}  ${f.ruleId}  ${f.redacted}  ${f.allow.marker}: ${f.allow.reason}`;
}

export {
  ruleFor,
  groupByRule,
  remediationOf,
  FALSE_POSITIVE_HINT,
  HISTORY_HINT,
  NOTEBOOK_HINT,
  inNotebook,
  ignorable,
  falsePositiveHint,
  ignoreLine,
  position,
  shortSha,
  allowedHeading,
  allowedLine
};
