import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  FALSE_POSITIVE_HINT,
  remediationOf,
  ruleFor
} from "./chunk-7ONHELKI.js";
import "./chunk-WMM62GVN.js";
import "./chunk-HDBPAX76.js";
import {
  describeReason
} from "./chunk-GTFPKMOW.js";
import {
  sha256Hex
} from "./chunk-4T47BLQ7.js";
import "./chunk-TDHIBLUD.js";
import {
  formatCount
} from "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/reporters/sarif.ts
init_cli_data();
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", INFORMATION_URI = "https://github.com/mandate-dev/mandate", MAX_SARIF_RESULTS = 25e3, MAX_TAGS = 20, FINGERPRINT_KEY = "mandateFingerprint/v1", SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.0"
};
function pascalCase(title) {
  let name = title.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "").map((w) => {
    let folded = w === w.toUpperCase() ? w.toLowerCase() : w;
    return folded.charAt(0).toUpperCase() + folded.slice(1);
  }).join("");
  return name === "" ? "Rule" : name;
}
function wellFormed(text) {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD"
  );
}
function pathToUri(path) {
  return path.split("/").map((segment) => encodeURIComponent(wellFormed(segment))).join("/");
}
function sha256(text) {
  return sha256Hex(text);
}
function collectRules(result) {
  let rules = /* @__PURE__ */ new Map();
  for (let rule of result.rules) rules.has(rule.id) || rules.set(rule.id, rule);
  for (let finding of [...result.findings, ...result.allowed ?? []])
    rules.has(finding.ruleId) || rules.set(finding.ruleId, ruleFor(result, finding));
  return [...rules.values()];
}
function levelOf(severity, blocking) {
  return blocking ? "error" : severity === "low" || severity === "info" ? "note" : "warning";
}
function toDescriptor(rule) {
  let remediation = remediationOf(rule), falsePositive = FALSE_POSITIVE_HINT, tags = [.../* @__PURE__ */ new Set(["security", rule.kind, ...rule.tags])].slice(0, MAX_TAGS);
  return {
    id: rule.id,
    name: pascalCase(rule.title),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description.trim() === "" ? rule.title : rule.description },
    help: {
      text: `${remediation}

${falsePositive}`,
      markdown: `**How to fix:** ${remediation}

${falsePositive}`
    },
    defaultConfiguration: { level: levelOf(rule.severity, rule.blocking) },
    properties: {
      tags,
      precision: rule.blocking ? "high" : "medium",
      "security-severity": SECURITY_SEVERITY[rule.severity]
    }
  };
}
function toResult(finding, ruleIndex) {
  let startLine = Math.max(1, finding.line), properties = {
    severity: finding.severity,
    blocking: finding.blocking,
    ...finding.commit === void 0 ? {} : { commit: finding.commit },
    ...finding.author === void 0 ? {} : { author: finding.author },
    ...finding.date === void 0 ? {} : { date: finding.date }
  };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levelOf(finding.severity, finding.blocking),
    message: {
      text: finding.redacted === "" ? finding.message : `${finding.message} (${finding.redacted})`
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(finding.path), uriBaseId: "%SRCROOT%" },
          // No snippet and no region text: the region would hold the secret.
          region: {
            startLine,
            startColumn: Math.max(1, finding.column),
            endLine: Math.max(startLine, finding.endLine)
          }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: sha256(finding.fingerprint) },
    properties
  };
}
function toSuppressedResult(finding, ruleIndex) {
  return {
    ...toResult(finding, ruleIndex),
    suppressions: [
      {
        kind: "inSource",
        status: "accepted",
        justification: `${finding.allow.marker}: ${finding.allow.reason}`
      }
    ]
  };
}
function toSarifLog(result, options) {
  let rules = collectRules(result), index = new Map(rules.map((rule, i) => [rule.id, i])), kept = result.findings.slice(0, MAX_SARIF_RESULTS), allowed = (result.allowed ?? []).slice(0, MAX_SARIF_RESULTS - kept.length), omitted = result.findings.length + (result.allowed ?? []).length - kept.length - allowed.length, incomplete = result.why?.find((r) => r.kind === "incomplete"), invocation = { executionSuccessful: incomplete === void 0 }, notifications = [];
  return incomplete !== void 0 && notifications.push({ level: "error", message: { text: describeReason(incomplete) } }), omitted > 0 && notifications.push({
    level: "warning",
    message: {
      text: `${formatCount(omitted)} more findings were left out: GitHub code scanning accepts at most ${formatCount(MAX_SARIF_RESULTS)} results per run. Use --format json for the full list.`
    }
  }), notifications.length > 0 && (invocation.toolExecutionNotifications = notifications), {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mandate",
            informationUri: INFORMATION_URI,
            semanticVersion: options.toolVersion,
            rules: rules.map(toDescriptor)
          }
        },
        invocations: [invocation],
        columnKind: "utf16CodeUnits",
        results: [
          ...kept.map((f) => toResult(f, index.get(f.ruleId) ?? -1)),
          ...allowed.map((f) => toSuppressedResult(f, index.get(f.ruleId) ?? -1))
        ]
      }
    ]
  };
}
function formatSarif(result, options) {
  return `${JSON.stringify(toSarifLog(result, options), null, 2)}
`;
}
export {
  FINGERPRINT_KEY,
  INFORMATION_URI,
  MAX_SARIF_RESULTS,
  SARIF_SCHEMA_URI,
  SECURITY_SEVERITY,
  formatSarif,
  pascalCase,
  pathToUri,
  toSarifLog
};
