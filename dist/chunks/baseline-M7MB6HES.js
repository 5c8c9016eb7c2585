import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  displayPath,
  engineOptions,
  prepare,
  scanPrepared,
  usage,
  writeOutput
} from "./chunk-RASW2YPB.js";
import "./chunk-NPVPYAJV.js";
import "./chunk-I6EP2H7X.js";
import "./chunk-H72Q6YYP.js";
import "./chunk-7ONHELKI.js";
import "./chunk-WMM62GVN.js";
import "./chunk-H7R7VNJR.js";
import "./chunk-V3VBIPCX.js";
import "./chunk-BXKVBCKD.js";
import "./chunk-TZWBCKFI.js";
import "./chunk-P5NK7NYD.js";
import "./chunk-CZ5I6W6C.js";
import "./chunk-BBSOJMBS.js";
import "./chunk-DMBOE7IU.js";
import "./chunk-6KLVVNOK.js";
import "./chunk-SGSUYQD6.js";
import "./chunk-NBWAZCJF.js";
import {
  formatBaseline,
  formatBaselineFingerprints
} from "./chunk-HDBPAX76.js";
import "./chunk-QQMKWQ6T.js";
import {
  parseFingerprint
} from "./chunk-GTFPKMOW.js";
import "./chunk-4T47BLQ7.js";
import "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/cli/baseline.ts
init_cli_data();
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
async function runBaseline(paths, flags) {
  if (flags.migrate) return runMigrate(paths, flags);
  if (flags.format !== "text" && flags.format !== "json")
    throw usage(
      `mandate baseline writes a JSON baseline; --format ${flags.format} is not one of its formats (text, json).`
    );
  let prepared = await prepare(paths, {
    ...flags,
    baseline: void 0,
    untracked: flags.untracked ?? !1
  }), result = await scanPrepared(prepared, engineOptions(prepared, { baseline: /* @__PURE__ */ new Set() })), count = new Set(result.findings.map((f) => f.fingerprint)).size, baselineFile = flags.baseline ? resolve(flags.baseline) : prepared.baselinePath;
  if (flags.format === "json" && !flags.output)
    return process.stdout.write(formatBaseline(result.findings)), process.stderr.write(
      `mandate: ${count} fingerprint${count === 1 ? "" : "s"} printed; no file was written (run \`mandate baseline\` without --format json to write ${displayPath(process.cwd(), baselineFile)}).
`
    ), 0;
  let target = flags.output ? resolve(flags.output) : baselineFile;
  return await writeOutput(target, formatBaseline(result.findings)), process.stdout.write(
    `Wrote ${count} fingerprint${count === 1 ? "" : "s"} to ${displayPath(process.cwd(), target)}. Later scans subtract them; commit the file. It holds hashes only, no secrets.
`
  ), 0;
}
async function runMigrate(paths, flags) {
  let prepared = await prepare(paths, flags), migrations = (await scanPrepared(prepared, engineOptions(prepared))).migrations ?? [], cwd = process.cwd(), said = [], ignoreMoves = migrations.filter((m) => m.source === "ignore"), leftInIgnore = prepared.ignore.filter(
    (entry) => isOldSecretEntry(entry.fingerprint) && !ignoreMoves.some((m) => m.line === entry.line)
  );
  if (ignoreMoves.length > 0) {
    let text = readFileSync(prepared.ignorePath, "utf8"), eol = text.includes(`\r
`) ? `\r
` : `
`, lines = text.split(/\r?\n/), byLine = /* @__PURE__ */ new Map();
    for (let m of ignoreMoves) byLine.set(m.line, [...byLine.get(m.line) ?? [], m.to]);
    for (let [line, targets] of [...byLine].sort(([a], [b]) => b - a)) {
      let old = lines[line - 1], from = ignoreMoves.find((m) => m.line === line).from, rewritten = [...new Set(targets)].sort().map((to) => old.replace(from, () => to));
      lines.splice(line - 1, 1, ...rewritten);
    }
    await writeOutput(prepared.ignorePath, lines.join(eol)), said.push(
      `Rewrote ${ignoreMoves.length} .mandateignore entr${ignoreMoves.length === 1 ? "y" : "ies"} in ${displayPath(cwd, prepared.ignorePath)}.`
    );
  }
  let baselineMoves = migrations.filter((m) => m.source === "baseline"), moved = new Set(baselineMoves.map((m) => m.from)), leftInBaseline = [...prepared.baseline].filter(
    (fingerprint) => isOldSecretEntry(fingerprint) && !moved.has(fingerprint)
  );
  if (baselineMoves.length > 0) {
    let kept = [...prepared.baseline].filter((fingerprint) => !moved.has(fingerprint));
    await writeOutput(
      prepared.baselinePath,
      formatBaselineFingerprints([...kept, ...baselineMoves.map((m) => m.to)])
    ), said.push(
      `Rewrote ${moved.size} baseline entr${moved.size === 1 ? "y" : "ies"} in ${displayPath(cwd, prepared.baselinePath)}.`
    );
  }
  if (said.length === 0 && said.push("Nothing to migrate: no old-form entry matched a finding."), leftInIgnore.length + leftInBaseline.length > 0) {
    let where = [
      ...leftInIgnore.map((entry) => `.mandateignore line ${entry.line}`),
      ...leftInBaseline.length === 0 ? [] : [`${leftInBaseline.length} baseline entr${leftInBaseline.length === 1 ? "y" : "ies"}`]
    ];
    said.push(
      `Not migrated (${where.join(", ")}): the secret they name was not found in ${prepared.changeSet.description}. Run the migration over the scope that finds it (the repository root, or \`--history\`), or remove the entries if the secret is gone.`
    );
  }
  return said.push("Commit the rewritten files: they hold keyed hashes only, no secrets."), process.stdout.write(`${said.join(`
`)}
`), 0;
}
function isOldSecretEntry(fingerprint) {
  let parsed = parseFingerprint(fingerprint);
  return parsed !== null && !parsed.keyed && !/^(?:policy|review)\//.test(parsed.ruleId);
}
export {
  runBaseline
};
