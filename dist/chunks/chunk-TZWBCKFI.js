import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  finalizeFindings,
  isPathAllowed
} from "./chunk-P5NK7NYD.js";
import {
  FILE_BUDGET_MS,
  scanFileInto
} from "./chunk-CZ5I6W6C.js";
import {
  reaches
} from "./chunk-GTFPKMOW.js";
import {
  sha256Hex
} from "./chunk-4T47BLQ7.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/engine.ts
init_cli_data();
function defaultNow() {
  return globalThis.performance?.now() ?? Date.now();
}
function newTally(fileBudgetMs = FILE_BUDGET_MS, now = defaultNow) {
  return {
    raw: [],
    counters: { allowlisted: 0, budget: { ms: fileBudgetMs, now } },
    skipped: {},
    commits: /* @__PURE__ */ new Set(),
    unreadable: [],
    files: 0,
    bytes: 0,
    lines: 0,
    allowlistedFiles: 0,
    covered: /* @__PURE__ */ new Set(),
    notRead: /* @__PURE__ */ new Set()
  };
}
function filePass(rules, families = []) {
  return { rules, families: [secretFiles(rules), ...families] };
}
function secretFiles(rules) {
  return {
    kind: "secret",
    needs: ["added-lines"],
    infos: rules.infos,
    evaluateFile: (file, out, counters) => scanFileInto(file, rules, out, counters)
  };
}
function passInfos(pass) {
  let [only, ...more] = pass.families;
  return only !== void 0 && more.length === 0 ? only.infos : pass.families.flatMap((family) => family.infos);
}
function judgeFile(file, pass, raw, counters) {
  if (isPathAllowed(file.path, pass.rules)) return !1;
  for (let family of pass.families)
    reaches(family, file) && family.evaluateFile(file, raw, counters);
  return !0;
}
function tallyFile(tally, file, pass) {
  if (!judgeFile(file, pass, tally.raw, tally.counters)) {
    tally.allowlistedFiles++;
    return;
  }
  if (file.skipped !== void 0) {
    tally.skipped[file.skipped] = (tally.skipped[file.skipped] ?? 0) + 1, file.skipped === "unreadable" && tally.unreadable.push(unreadableOf(file)), noteSkipped(tally, file.skipped, file.path);
    return;
  }
  file.continued !== !0 && tally.files++, tally.bytes += file.size, tally.lines += file.lines, file.commit !== void 0 && tally.commits.add(file.commit.sha), coversWholeFile(file) && tally.covered.add(file.path);
}
function unreadableOf(file) {
  return file.unreadableBecause === void 0 ? { path: file.path } : { path: file.path, because: file.unreadableBecause };
}
function noteSkipped(tally, reason, path) {
  reason === "deleted" ? tally.covered.add(path) : tally.notRead.add(path);
}
function coversWholeFile(file) {
  return file.status === "unchanged" || file.status === "added";
}
function fileOutcome(file, pass, fileBudgetMs = FILE_BUDGET_MS) {
  let raw = [], counters = {
    allowlisted: 0,
    budget: { ms: fileBudgetMs, now: defaultNow }
  };
  if (!judgeFile(file, pass, raw, counters)) return { kind: "allowlisted" };
  if (file.skipped !== void 0)
    return {
      kind: "skipped",
      reason: file.skipped,
      path: file.path,
      ...file.skipped === "unreadable" ? { unreadable: unreadableOf(file) } : {},
      ...raw.length > 0 ? { raw } : {}
    };
  let outcome = {
    kind: "scanned",
    size: file.size,
    lines: file.lines,
    raw,
    allowlisted: counters.allowlisted
  };
  return counters.overBudget !== void 0 && (outcome.overBudget = counters.overBudget), file.commit !== void 0 && (outcome.commit = file.commit.sha), coversWholeFile(file) && (outcome.covers = file.path), file.continued === !0 && (outcome.continued = !0), outcome;
}
function mergeOutcomes(first, next) {
  if (first === null || first.kind !== "scanned" || next.kind !== "scanned") return first ?? next;
  let overBudget = [...first.overBudget ?? [], ...next.overBudget ?? []], covers = first.covers ?? next.covers;
  return {
    ...first,
    size: first.size + next.size,
    lines: first.lines + next.lines,
    raw: first.raw.concat(next.raw),
    allowlisted: first.allowlisted + next.allowlisted,
    ...overBudget.length > 0 ? { overBudget } : {},
    ...covers === void 0 ? {} : { covers }
  };
}
function tallyOutcome(tally, outcome) {
  switch (outcome.kind) {
    case "allowlisted":
      tally.allowlistedFiles++;
      return;
    case "skipped":
      tally.skipped[outcome.reason] = (tally.skipped[outcome.reason] ?? 0) + 1, outcome.unreadable !== void 0 && tally.unreadable.push(outcome.unreadable), noteSkipped(tally, outcome.reason, outcome.path);
      for (let finding of outcome.raw ?? []) tally.raw.push(finding);
      return;
    default:
      outcome.continued !== !0 && tally.files++, tally.bytes += outcome.size, tally.lines += outcome.lines, outcome.commit !== void 0 && tally.commits.add(outcome.commit), outcome.covers !== void 0 && tally.covered.add(outcome.covers);
      for (let finding of outcome.raw) tally.raw.push(finding);
      tally.counters.allowlisted += outcome.allowlisted, outcome.overBudget !== void 0 && (tally.counters.overBudget = [...tally.counters.overBudget ?? [], ...outcome.overBudget]);
  }
}
function enginePass(options) {
  return filePass(options.rules, options.families);
}
var secretFamily = {
  kind: "secret",
  needs: ["added-lines", "whole-file"],
  async evaluate(input, context) {
    let { changeSet, options } = input, now = options.now ?? defaultNow, started = input.started ?? now(), tally = newTally(options.fileBudgetMs, now);
    if (input.fill !== void 0) await input.fill(tally);
    else {
      let pass = enginePass(options);
      for await (let file of changeSet.files) tallyFile(tally, file, pass);
    }
    return evaluateTally(tally, changeSet, options, context, started);
  }
};
function secretRun(input) {
  return { kind: "secret", evaluate: (context) => secretFamily.evaluate(input, context) };
}
function evaluateTally(tally, changeSet, options, context, started) {
  let now = options.now ?? defaultNow, finalized = finalizeFindings(tally.raw, {
    failOn: options.failOn,
    ignore: options.ignore,
    baseline: options.baseline,
    ...options.fingerprintSalt === void 0 ? {} : { fingerprintSalt: options.fingerprintSalt },
    covered: coverageOf(tally, options.coveredDirs ?? [])
  });
  finalized.findings.push(...incompleteFindings(tally, options, context));
  let stats = {
    files: tally.files,
    bytes: tally.bytes,
    lines: tally.lines,
    durationMs: Math.max(0, Math.round(now() - started)),
    skipped: tally.skipped,
    suppressed: {
      ...finalized.suppressed,
      allowlist: tally.allowlistedFiles + tally.counters.allowlisted
    }
  };
  tally.commits.size > 0 && (stats.commits = tally.commits.size);
  let ruleInfos = passInfos(enginePass(options)), scope = changeSet.scope;
  return {
    findings: finalized.findings,
    stats,
    rules: ruleInfos,
    unusedIgnores: finalized.unusedIgnores,
    ...finalized.migrations.length > 0 ? { migrations: finalized.migrations } : {},
    allowed: finalized.allowed,
    scope,
    description: changeSet.description
  };
}
function coverageOf(tally, dirs) {
  let under = (path) => !tally.notRead.has(path) && dirs.some((dir) => dir === "" || path.startsWith(`${dir}/`));
  return {
    covers: (path) => tally.covered.has(path) || under(path),
    coversSomeEndingWith: (suffix) => dirs.includes("") || [...tally.covered].some((path) => path.endsWith(suffix))
  };
}
var INCOMPLETE_RULE = "scan/incomplete", INCOMPLETE_TITLE = "The scan of this file is incomplete";
function incompleteFindings(tally, options, context) {
  return [
    ...(options.blockUnreadable === !0 ? tally.unreadable : []).map((file) => unreadableFinding(file)),
    ...(tally.counters.overBudget ?? []).map((over) => overBudgetFinding(over, context))
  ];
}
function unreadableFinding({ path, because }) {
  let why = because === void 0 ? "" : ` (${because})`;
  return {
    ruleId: INCOMPLETE_RULE,
    kind: "scan",
    severity: "high",
    path,
    line: 1,
    endLine: 1,
    column: 1,
    message: `${path} could not be read${why}, so it was not scanned and nothing is approved. Let the user running mandate read it (a FIFO, socket or device is never read), or leave it out of the scan (\`allowlist.paths\` in .mandate.yml).`,
    redacted: "",
    fingerprint: sha256Hex(`${INCOMPLETE_RULE}\0${path}\0unreadable`),
    blocking: !0,
    title: INCOMPLETE_TITLE
  };
}
function overBudgetFinding(over, context) {
  return {
    ruleId: INCOMPLETE_RULE,
    kind: "scan",
    severity: "high",
    path: over.path,
    line: 1,
    endLine: 1,
    column: 1,
    message: `${over.path} was not fully scanned: the rule ${over.ruleId} ran past the per-file time budget (${over.ms} ms), so the scan stopped there instead of hanging. A regex that backtracks on this file's content is the usual cause: check ${over.ruleId} (a custom rule or allowlist regex in .mandate.yml, or report a built-in one).`,
    redacted: "",
    fingerprint: sha256Hex(`${INCOMPLETE_RULE}\0${over.path}\0${over.ruleId}`),
    blocking: context.mode !== "hook",
    title: INCOMPLETE_TITLE
  };
}

export {
  newTally,
  filePass,
  passInfos,
  tallyFile,
  fileOutcome,
  mergeOutcomes,
  tallyOutcome,
  enginePass,
  secretRun,
  evaluateTally
};
