import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  translateLegacyEntries
} from "./chunk-H2DAWWVX.js";
import {
  applyBaseline,
  sortFindings,
  toFinding
} from "./chunk-4IB5OU7H.js";
import {
  redact
} from "./chunk-JJZP777U.js";
import {
  KEYED_PREFIX,
  fingerprintKey,
  keyedHash,
  parseFingerprint
} from "./chunk-VMDRTWEM.js";

// src/core/postprocess/dedupe.ts
function isGenericRule(finding) {
  return /^secret\/generic(?:-|$)/.test(finding.ruleId) || finding.provider === "generic";
}
function specificity(finding) {
  return isGenericRule(finding) ? 0 : finding.contextual === !0 ? 1 : 2;
}
function overlaps(a, b) {
  return a.path !== b.path || a.line > b.endLine || b.line > a.endLine ? !1 : a.secret.includes(b.secret) || b.secret.includes(a.secret) ? !0 : a.line === b.line && a.column < b.column + b.secret.length && b.column < a.column + a.secret.length;
}
function dedupe(findings, specifics = findings) {
  let specificByPath = /* @__PURE__ */ new Map();
  for (let finding of specifics) {
    if (specificity(finding) === 0) continue;
    let list = specificByPath.get(finding.path);
    list === void 0 ? specificByPath.set(finding.path, [finding]) : list.push(finding);
  }
  let seen = /* @__PURE__ */ new Set(), kept = [];
  for (let finding of findings) {
    let level = specificity(finding);
    if (level < 2 && specificByPath.get(finding.path)?.some((specific) => specificity(specific) > level && overlaps(finding, specific)))
      continue;
    let key = `${finding.fingerprint}\0${finding.line}\0${finding.column}`;
    seen.has(key) || (seen.add(key), kept.push(finding));
  }
  return kept;
}

// src/core/postprocess/ignore-file.ts
function applyIgnoreFile(findings, entries) {
  let byFingerprint = new Set(entries.map((entry) => entry.fingerprint)), used = /* @__PURE__ */ new Set(), kept = [];
  for (let finding of findings)
    byFingerprint.has(finding.fingerprint) ? used.add(finding.fingerprint) : kept.push(finding);
  let unused = entries.filter((entry) => !used.has(entry.fingerprint)).map(({ fingerprint, line, reason }) => ({ fingerprint, line, reason }));
  return { kept, dropped: findings.length - kept.length, unused };
}

// src/core/postprocess/inline-allow.ts
var MARKER = /\b(mandate|gitleaks):allow\b/g, STRING_PREFIX = /(?:^|[^\p{L}\p{N}_])(?:[rbfu]|rb|br|fr|rf)$/iu;
function opensComment(line, i) {
  let prev = i === 0 ? " " : line[i - 1], afterSpace = /[\s;,)}\]"'`]/.test(prev);
  return line.startsWith("/*", i) ? { length: 2, close: "*/" } : line.startsWith("<!--", i) ? { length: 4, close: "-->" } : line.startsWith("//", i) && afterSpace ? { length: 2, close: null } : line[i] === "#" && afterSpace ? { length: 1, close: null } : line.startsWith("-- ", i) && afterSpace ? { length: 2, close: null } : null;
}
function commentsOf(line) {
  let comments = [], quote = null;
  for (let i = 0; i < line.length; i++) {
    let c = line[i];
    if (quote !== null) {
      c === "\\" ? i++ : c === quote && (quote = null);
      continue;
    }
    let opener = opensComment(line, i);
    if (opener !== null) {
      let closeAt = opener.close === null ? -1 : line.indexOf(opener.close, i + opener.length), end = closeAt === -1 ? line.length : closeAt + (opener.close?.length ?? 0);
      comments.push({ start: i, end }), i = end - 1;
      continue;
    }
    if (c === '"' || c === "`") quote = c;
    else if (c === "'") {
      let before = line.slice(0, i);
      (!/[\p{L}\p{N}]$/u.test(before) || STRING_PREFIX.test(before)) && (quote = c);
    }
  }
  return comments;
}
function markersOf(line) {
  if (!line.includes(":allow")) return [];
  let comments = commentsOf(line), markers = [];
  for (let match of line.matchAll(MARKER)) {
    let at = match.index, comment = comments.find((c) => c.start <= at && at < c.end), marker = `${match[1]}:allow`;
    if (comment === void 0) {
      markers.push({ marker, commentStart: null, reason: "" });
      continue;
    }
    let rest = line.slice(at + match[0].length, comment.end), reason = withoutCommentEnd(rest).replace(/^[\s:=,-]+/, "").replace(/^(?:reason\s*=\s*)?(["'])(.*)\1$/, "$2").trim();
    markers.push({ marker, commentStart: comment.start, reason });
  }
  return markers;
}
function isReason(reason) {
  return (reason.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2;
}
function valueEnd(finding) {
  let start = finding.column - 1;
  if (finding.secret !== "" && finding.lineText.startsWith(finding.secret, start))
    return start + finding.secret.length;
  let token = /^\S*/.exec(finding.lineText.slice(start))?.[0] ?? "";
  return start + Math.max(1, token.length);
}
var MAX_REASON = 200, HOW = "write `mandate:allow <reason>` in a comment after the value, on its line";
function judgeLine(findings) {
  let lineText = findings[0]?.lineText ?? "", markers = markersOf(lineText);
  if (markers.length === 0) return findings.map(() => ({ kind: "none" }));
  let verdicts = findings.map(() => ({
    kind: "refused",
    why: `the allow comment on this line applies to one value, the last one before the comment; ${HOW}`
  })), spans = findings.map((f) => ({ start: f.column - 1, end: valueEnd(f) }));
  for (let marker of markers) {
    if (marker.commentStart === null) continue;
    let commentStart = marker.commentStart, target = -1;
    if (findings.forEach((f, i) => {
      let span = spans[i];
      f.endLine !== f.line || span.end > commentStart || (target === -1 || span.start > spans[target].start) && (target = i);
    }), target === -1) continue;
    let chosen = spans[target], reason = marker.reason;
    for (let f of findings)
      f.secret.length > 0 && (reason = reason.split(f.secret).join(redact(f.secret)));
    reason.length > MAX_REASON && (reason = `${reason.slice(0, MAX_REASON - 1)}\u2026`), findings.forEach((f, i) => {
      let span = spans[i];
      f.endLine === f.line && span.start < chosen.end && chosen.start < span.end && (verdicts[i] = isReason(reason) ? { kind: "allowed", allow: { marker: marker.marker, reason } } : {
        kind: "refused",
        why: `the \`${marker.marker}\` on this line gives no reason, so it does not suppress this finding; ${HOW}`
      });
    });
  }
  return findings.forEach((f, i) => {
    verdicts[i].kind === "refused" && (f.endLine !== f.line ? verdicts[i] = {
      kind: "refused",
      why: "an inline allow cannot suppress a finding that spans several lines (a private key block); add its fingerprint with a reason to .mandateignore"
    } : markers.every((m) => m.commentStart === null) && (verdicts[i] = {
      kind: "refused",
      why: `the allow marker on this line is not in a comment (it is inside a string or the value), so it does not suppress this finding; ${HOW}`
    }));
  }), verdicts;
}
function applyInlineAllow(findings) {
  let byLine = /* @__PURE__ */ new Map();
  findings.forEach((f, i) => {
    if (!f.lineText.includes(":allow")) return;
    let key = `${f.commit?.sha ?? ""}\0${f.path}\0${f.line}`, list = byLine.get(key);
    list === void 0 ? byLine.set(key, [i]) : list.push(i);
  });
  let verdicts = /* @__PURE__ */ new Map();
  for (let indexes of byLine.values()) {
    let judged = judgeLine(indexes.map((i) => findings[i]));
    indexes.forEach((index, j) => {
      verdicts.set(index, judged[j]);
    });
  }
  let kept = [], allowed = [];
  return findings.forEach((f, i) => {
    let verdict = verdicts.get(i);
    verdict?.kind === "allowed" ? allowed.push({ ...f, allow: verdict.allow }) : verdict?.kind === "refused" ? kept.push({ ...f, allowRefused: verdict.why }) : kept.push(f);
  }), { kept, allowed };
}
function withoutCommentEnd(text) {
  let trimmed = text.trimEnd();
  for (let end of ["*/", "-->"])
    if (trimmed.endsWith(end)) return trimmed.slice(0, -end.length).trimEnd();
  return trimmed;
}

// src/core/postprocess/index.ts
function finalizeFindings(raw, options) {
  let key, hashes = /* @__PURE__ */ new Map(), inline = applyInlineAllow(
    raw.map((finding) => {
      let hash = hashes.get(finding.secret);
      return hash === void 0 && (key ??= fingerprintKey(options.fingerprintSalt), hash = keyedHash(finding.secret, key), hashes.set(finding.secret, hash)), {
        ...finding,
        fingerprint: `${finding.ruleId}:${finding.path}:${KEYED_PREFIX}${hash}`
      };
    })
  ), withFingerprints = inline.kept, legacy = translateLegacyEntries(withFingerprints, options.ignore, options.baseline), ignored = applyIgnoreFile(withFingerprints, legacy.ignore), baselined = applyBaseline(ignored.kept, legacy.baseline), unique = dedupe(baselined.kept, withFingerprints), findings = sortFindings(
    unique.map((finding) => {
      let out = toFinding(finding, options.failOn);
      return finding.allowRefused !== void 0 && (out.message = `${out.message} Inline allow not applied: ${finding.allowRefused}.`, out.allowRefused = finding.allowRefused), out;
    })
  ), allowed = sortFindings(
    dedupe(inline.allowed).map(
      (finding) => ({
        ...toFinding(finding, options.failOn),
        allow: finding.allow
      })
    )
  );
  return {
    findings,
    unusedIgnores: ignored.unused.filter((entry) => options.covered === void 0 || isCovered(entry, options.covered)).map(maskUnsalted),
    migrations: legacy.migrations,
    allowed,
    suppressed: {
      inline: allowed.length,
      ignoreFile: ignored.dropped,
      baseline: baselined.dropped
    }
  };
}
function maskUnsalted(entry) {
  let parsed = parseFingerprint(entry.fingerprint);
  return parsed === null || parsed.keyed || /^(?:policy|review)\//.test(parsed.ruleId) ? entry : {
    ...entry,
    fingerprint: `${parsed.ruleId}:${parsed.path}:<old unsalted hash: run mandate baseline --migrate>`
  };
}
function isCovered(entry, covered) {
  let parsed = parseFingerprint(entry.fingerprint);
  return parsed === null || covered.covers(parsed.path) ? !0 : !parsed.keyed && covered.coversSomeEndingWith(`/${parsed.path}`);
}

export {
  finalizeFindings
};
