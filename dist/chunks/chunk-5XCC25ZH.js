import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/core/decision.ts
var NO_FINDINGS = "No findings.";
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function listFindings(findings) {
  let named = findings.slice(0, 3).map((finding) => `${finding.ruleId} in ${finding.path}:${finding.line}`), rest = findings.length - named.length;
  return rest > 0 ? `${named.join(", ")} and ${rest} more` : named.join(", ");
}
function byKind(findings) {
  let groups = /* @__PURE__ */ new Map();
  for (let finding of findings) {
    let group = groups.get(finding.kind);
    group === void 0 ? groups.set(finding.kind, [finding]) : group.push(finding);
  }
  return groups;
}
function unblockSecrets(context) {
  return [
    "Rotate each exposed credential at its provider first: once a secret has been written down, treat it as leaked.",
    context.mode === "hook" ? "Remove the secret from the staged change and load it from the environment or a secret manager instead." : "Remove the secret from the change and load it from the environment or a secret manager instead; if it was already committed, also remove it from the history (for example with git filter-repo).",
    "If a finding is a false positive, add `mandate:allow <reason>` on its line, or add its fingerprint with a reason (`<fingerprint>  # <reason>`) to .mandateignore."
  ];
}
var INCOMPLETE = "The scan is incomplete";
function incomplete(unreadable) {
  let named = unreadable.slice(0, 3).join(", "), rest = unreadable.length - 3;
  return {
    reason: `${INCOMPLETE}: ${plural(unreadable.length, "file")} could not be read (${named}${rest > 0 ? ` and ${rest} more` : ""}), so nothing is approved.`,
    unblock: "Make the files readable by the user running mandate, or leave them out of the scan (`allowlist.paths` in .mandate.yml)."
  };
}
function decide(findings, context, unreadable = []) {
  let verdict = decideFindings(findings, context);
  if (unreadable.length === 0) return verdict;
  let { reason, unblock } = incomplete(unreadable);
  return {
    decision: "block",
    reasons: [...verdict.reasons.filter((sentence) => sentence !== NO_FINDINGS), reason],
    unblock: [...verdict.unblock, unblock]
  };
}
function decideFindings(findings, context) {
  let blocking = findings.filter((finding) => finding.blocking);
  if (blocking.length === 0)
    return findings.length === 0 ? { decision: "pass", reasons: [NO_FINDINGS], unblock: [] } : {
      decision: "pass",
      reasons: [
        `${plural(findings.length, "non-blocking finding")} reported as ${findings.length === 1 ? "a warning" : "warnings"}: ${listFindings(findings)}.`
      ],
      unblock: []
    };
  let reasons = [], unblock = [];
  for (let [kind, group] of byKind(blocking))
    reasons.push(`${plural(group.length, `blocking ${kind} finding`)}: ${listFindings(group)}.`), kind === "secret" ? unblock.push(...unblockSecrets(context)) : kind === "policy" ? unblock.push(
      "Have each policy's owner review it, then set `last_reviewed` in its front matter (a pull request the owner approves); adapt template leftovers and fix invalid front matter. `mandate policies` lists every document's status."
    ) : unblock.push(`Resolve the blocking ${kind} findings listed above.`);
  return context.mode === "hook" && unblock.push(
    "`git commit --no-verify` skips this hook, but CI runs the same check and will block the pull request."
  ), { decision: "block", reasons, unblock };
}

export {
  INCOMPLETE,
  decide
};
