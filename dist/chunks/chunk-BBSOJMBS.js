import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseFingerprint
} from "./chunk-GTFPKMOW.js";
import {
  sha256Hex
} from "./chunk-4T47BLQ7.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/postprocess/legacy.ts
init_cli_data();
function pathMatches(findingPath, oldPath) {
  return findingPath === oldPath || findingPath.endsWith(`/${oldPath}`);
}
function translateLegacyEntries(findings, ignore, baseline) {
  let byRule = /* @__PURE__ */ new Map(), remember = (entry, ruleId) => {
    let list = byRule.get(ruleId) ?? [];
    list.push(entry), byRule.set(ruleId, list);
  };
  for (let entry of ignore) {
    let parsed = parseFingerprint(entry.fingerprint);
    parsed === null || parsed.keyed || remember(
      { ...parsed, source: "ignore", fingerprint: entry.fingerprint, ignore: entry },
      parsed.ruleId
    );
  }
  for (let fingerprint of baseline) {
    let parsed = parseFingerprint(fingerprint);
    parsed === null || parsed.keyed || remember({ ...parsed, source: "baseline", fingerprint }, parsed.ruleId);
  }
  if (byRule.size === 0)
    return { ignore: [...ignore], baseline: new Set(baseline), migrations: [] };
  let migrations = [], seen = /* @__PURE__ */ new Set(), recognised = /* @__PURE__ */ new Set(), added = [], newBaseline = new Set(baseline);
  for (let finding of findings) {
    let candidates = byRule.get(finding.ruleId);
    if (candidates === void 0 || seen.has(finding.fingerprint)) continue;
    seen.add(finding.fingerprint);
    let hash = sha256Hex(finding.secret);
    for (let entry of candidates) {
      if (entry.hash !== hash || !pathMatches(finding.path, entry.path)) continue;
      recognised.add(entry);
      let migration = {
        source: entry.source,
        from: entry.fingerprint,
        to: finding.fingerprint
      };
      entry.ignore !== void 0 ? (migration.line = entry.ignore.line, added.push({ ...entry.ignore, fingerprint: finding.fingerprint })) : newBaseline.add(finding.fingerprint), migrations.push(migration);
    }
  }
  for (let entry of recognised)
    entry.source === "baseline" && newBaseline.delete(entry.fingerprint);
  let replaced = new Set([...recognised].map((entry) => entry.ignore));
  return { ignore: [...ignore.filter((entry) => !replaced.has(entry)), ...added], baseline: newBaseline, migrations };
}
function migrationNotice(migrations) {
  if (migrations === void 0 || migrations.length === 0) return null;
  let count = (source) => new Set(migrations.filter((m) => m.source === source).map((m) => m.from)).size, parts = [
    [count("ignore"), ".mandateignore entr", "y", "ies"],
    [count("baseline"), "baseline entr", "y", "ies"]
  ].filter(([n]) => n > 0).map(([n, stem, one2, many]) => `${n} ${stem}${n === 1 ? one2 : many}`), one = count("ignore") + count("baseline") === 1;
  return `${parts.join(" and ")} ${one ? "uses" : "use"} the old unsalted fingerprint form (or a path relative to the scanned folder); they still match during the transition. Run \`mandate baseline --migrate\` in the repository and commit the rewritten files.`;
}

export {
  translateLegacyEntries,
  migrationNotice
};
