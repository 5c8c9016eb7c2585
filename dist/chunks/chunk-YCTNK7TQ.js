import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/core/postprocess/baseline.ts
function applyBaseline(findings, baseline) {
  let kept = findings.filter((finding) => !baseline.has(finding.fingerprint));
  return { kept, dropped: findings.length - kept.length };
}

// src/core/postprocess/sort.ts
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => compare(a.path, b.path) || compare(a.line, b.line) || compare(a.column, b.column) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint)
  );
}

// src/core/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];

export {
  applyBaseline,
  SEVERITIES,
  sortFindings
};
