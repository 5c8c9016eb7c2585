import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/core/decision.ts
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function refs(findings) {
  return findings.slice(0, 3).map((finding) => ({ ruleId: finding.ruleId, path: finding.path, line: finding.line }));
}
function listRefs(named, count) {
  let list = named.map((ref) => `${ref.ruleId} in ${ref.path}:${ref.line}`).join(", "), rest = count - named.length;
  return rest > 0 ? `${list} and ${rest} more` : list;
}
function byKind(findings) {
  let groups = /* @__PURE__ */ new Map();
  for (let finding of findings) {
    let group = groups.get(finding.kind);
    group === void 0 ? groups.set(finding.kind, [finding]) : group.push(finding);
  }
  return groups;
}
var INCOMPLETE = "The scan is incomplete";
function describeReason(reason) {
  switch (reason.kind) {
    case "no-findings":
      return "No findings.";
    case "warnings":
      return `${plural(reason.count, "non-blocking finding")} reported as ${reason.count === 1 ? "a warning" : "warnings"}: ${listRefs(reason.findings, reason.count)}.`;
    case "blocking-findings":
      return `${plural(reason.count, `blocking ${reason.findingKind} finding`)}: ${listRefs(reason.findings, reason.count)}.`;
    case "incomplete": {
      let rest = reason.count - reason.files.length;
      return `${INCOMPLETE}: ${plural(reason.count, "file")} could not be scanned in full (${reason.files.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}), so nothing is approved.`;
    }
    case "review-required":
      return reason.sentence;
    case "break-glass":
      return `\u26A0\uFE0F BREAK-GLASS: @${reason.by} broke glass at ${reason.at} ("${reason.reason}")${reason.waived.length > 0 ? `, waiving ${reason.waived.join(", ")}` : ", though no review requirement was unmet"}. A follow-up review is required.`;
  }
}
function unblockSecrets(context) {
  return [
    "Rotate each exposed credential at its provider first: once a secret has been written down, treat it as leaked.",
    context.mode === "hook" ? "Remove the secret from the staged change and load it from the environment or a secret manager instead." : "Remove the secret from the change and load it from the environment or a secret manager instead; if it was already committed, also remove it from the history (for example with git filter-repo).",
    "If a finding is a false positive, add `mandate:allow <reason>` on its line, or add its fingerprint with a reason (`<fingerprint>  # <reason>`) to .mandateignore."
  ];
}
var INCOMPLETE_REMEDIATION = "Make each file the scan could not read readable by the user running mandate, or fix the rule that ran past the per-file time budget (the finding names it); or leave the file out of the scan (`allowlist.paths` in .mandate.yml). An incomplete scan cannot be ignored or baselined.";
function incompleteReason(findings) {
  let files = [...new Set(findings.map((finding) => finding.path))];
  return { kind: "incomplete", count: files.length, files: files.slice(0, 3) };
}
function decide(findings, context, explanations = []) {
  let explained = new Set(
    explanations.flatMap((e) => e.kind === "review-required" ? [e.ruleId] : [])
  ), incomplete = findings.filter((f) => f.kind === "scan" && f.blocking), others = findings.filter(
    (f) => !explained.has(f.ruleId) && !(f.kind === "scan" && f.blocking)
  ), base = decideFindings(others, context), why = base.why, unblock = [...base.unblock];
  incomplete.length > 0 && (why = [...why.filter((reason) => reason.kind !== "no-findings"), incompleteReason(incomplete)], unblock.push(INCOMPLETE_REMEDIATION));
  let reviews = explanations.filter(
    (e) => e.kind === "review-required" && e.blocking
  ), breakGlass = explanations.filter((e) => e.kind === "break-glass");
  (reviews.length > 0 || breakGlass.length > 0) && (why = [...breakGlass, ...why.filter((reason) => reason.kind !== "no-findings"), ...reviews], unblock.push(...reviews.map((review) => review.unblock))), why.length === 0 && (why = [{ kind: "no-findings" }]);
  let blocked = reviews.length > 0 || findings.some((finding) => finding.blocking);
  return {
    decision: blocked ? "block" : "pass",
    reasons: why.map(describeReason),
    unblock: blocked ? unblock : [],
    why
  };
}
function decideFindings(findings, context) {
  let blocking = findings.filter((finding) => finding.blocking);
  if (blocking.length === 0)
    return findings.length === 0 ? { why: [{ kind: "no-findings" }], unblock: [] } : {
      why: [{ kind: "warnings", count: findings.length, findings: refs(findings) }],
      unblock: []
    };
  let why = [], unblock = [];
  for (let [kind, group] of byKind(blocking))
    why.push({
      kind: "blocking-findings",
      findingKind: kind,
      count: group.length,
      findings: refs(group)
    }), kind === "secret" ? unblock.push(...unblockSecrets(context)) : kind === "policy" ? unblock.push(
      "Have each policy's owner review it, then set `last_reviewed` in its front matter (a pull request the owner approves); adapt template leftovers and fix invalid front matter. `mandate policies` lists every document's status."
    ) : unblock.push(`Resolve the blocking ${kind} findings listed above.`);
  return context.mode === "hook" && unblock.push(
    "`git commit --no-verify` skips this hook, but CI runs the same check and will block the pull request."
  ), { why, unblock };
}
function conclude(evaluation, context) {
  return {
    ...evaluation,
    ...decide(evaluation.findings, context, evaluation.explanations ?? [])
  };
}

export {
  describeReason,
  INCOMPLETE_REMEDIATION,
  conclude
};
