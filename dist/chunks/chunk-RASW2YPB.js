import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  policyRoot,
  require_picocolors,
  withCachedCentralConfigs
} from "./chunk-NPVPYAJV.js";
import {
  VERSION
} from "./chunk-I6EP2H7X.js";
import {
  sanitize
} from "./chunk-H72Q6YYP.js";
import {
  HISTORY_HINT,
  NOTEBOOK_HINT,
  allowedHeading,
  allowedLine,
  falsePositiveHint,
  groupByRule,
  ignorable,
  ignoreLine,
  inNotebook,
  position,
  remediationOf,
  shortSha
} from "./chunk-7ONHELKI.js";
import {
  plural,
  scannedSummary,
  skippedSentences
} from "./chunk-WMM62GVN.js";
import {
  UnifiedDiffParser,
  diffSource,
  parseDiffStream,
  parseRange,
  withGitReads
} from "./chunk-H7R7VNJR.js";
import {
  diskLfs,
  gitGuardrailReader,
  historyGuardrailReaders,
  loadPhoneCheck,
  withGuardrailReads
} from "./chunk-V3VBIPCX.js";
import {
  explainNothingListed,
  listPaths,
  listedReader,
  pathsSource,
  readListed
} from "./chunk-BXKVBCKD.js";
import {
  enginePass,
  evaluateTally,
  newTally,
  secretRun,
  tallyFile
} from "./chunk-TZWBCKFI.js";
import {
  compileRules
} from "./chunk-P5NK7NYD.js";
import {
  migrationNotice
} from "./chunk-BBSOJMBS.js";
import {
  loadYaml,
  mayHoldSecretManifest,
  withWholeFileSecretValues
} from "./chunk-DMBOE7IU.js";
import {
  DIFF_FORMAT_ARGS,
  findRepoRoot,
  gitOutput,
  resolveCommit,
  streamGit
} from "./chunk-SGSUYQD6.js";
import {
  builtinPacks
} from "./chunk-NBWAZCJF.js";
import {
  BASELINE_FILE,
  IGNORE_FILE,
  loadConfig,
  parseBaseline,
  parseIgnoreFile,
  resolveSecretRules
} from "./chunk-HDBPAX76.js";
import {
  compileGuardrails,
  guardrailSettings,
  readsAsData
} from "./chunk-QQMKWQ6T.js";
import {
  fingerprintKey,
  hashAhead,
  hashesAhead,
  run
} from "./chunk-GTFPKMOW.js";
import {
  MandateError,
  __toESM,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/cli/output.ts
init_cli_data();
init_errors();
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, relative } from "node:path";

// src/reporters/json.ts
init_cli_data();
function toJsonFinding(f) {
  let out = {
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    path: f.path,
    line: f.line,
    endLine: f.endLine,
    column: f.column,
    message: f.message,
    redacted: f.redacted,
    fingerprint: f.fingerprint,
    blocking: f.blocking
  };
  return f.commit !== void 0 && (out.commit = f.commit), f.author !== void 0 && (out.author = f.author), f.date !== void 0 && (out.date = f.date), out;
}
function toJsonAllowed(f) {
  return { ...toJsonFinding(f), allow: { marker: f.allow.marker, reason: f.allow.reason } };
}
function skippedCounts(skipped) {
  let out = {};
  for (let reason of Object.keys(skipped).sort()) {
    let count = skipped[reason] ?? 0;
    count > 0 && (out[reason] = count);
  }
  return out;
}
function toJsonReport(result) {
  let allowed = result.allowed ?? [];
  return {
    version: 1,
    decision: result.decision,
    findings: result.findings.map(toJsonFinding),
    ...allowed.length === 0 ? {} : { allowed: allowed.map(toJsonAllowed) },
    stats: {
      files: result.stats.files,
      bytes: result.stats.bytes,
      durationMs: result.stats.durationMs,
      skipped: skippedCounts(result.stats.skipped)
    },
    ...result.why === void 0 ? {} : { reasons: result.why }
  };
}
function formatJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}

// src/reporters/text.ts
init_cli_data();
var import_picocolors = __toESM(require_picocolors(), 1);
var BLOCK_MARK = "\u2716", WARN_MARK = "\u26A0", PASS_MARK = "\u2714";
function severityColor(c, severity) {
  switch (severity) {
    case "critical":
    case "high":
      return c.red;
    case "medium":
      return c.yellow;
    default:
      return c.dim;
  }
}
function historyNote(finding) {
  if (finding.commit === void 0) return "";
  let by = finding.author === void 0 ? "" : ` by ${sanitize(finding.author)}`, on = finding.date === void 0 ? "" : `, ${sanitize(finding.date.slice(0, 10))}`;
  return `(commit ${sanitize(shortSha(finding.commit))}${by}${on})`;
}
function cell(plain, paint = (s) => s) {
  return { plain, painted: plain === "" ? "" : paint(plain) };
}
function findingCells(c, f) {
  let mark = f.blocking ? BLOCK_MARK : WARN_MARK;
  return [
    cell(position(f), c.dim),
    {
      plain: `${mark} ${f.severity}`,
      painted: `${(f.blocking ? c.red : c.yellow)(mark)} ${severityColor(c, f.severity)(f.severity)}`
    },
    cell(sanitize(f.title ?? f.message)),
    cell(sanitize(f.redacted), c.cyan)
  ];
}
function fileSection(c, path, findings) {
  let rows = findings.map((f) => ({
    cells: findingCells(c, f),
    tail: [sanitize(f.ruleId), historyNote(f)].filter((s) => s !== "").map((s) => c.dim(s))
  })), widths = rows[0]?.cells.map(
    (_, i) => Math.max(...rows.map((r) => r.cells[i]?.plain.length ?? 0))
  ), lines = [c.bold(c.underline(sanitize(path)))];
  return rows.forEach(({ cells, tail }, index) => {
    let parts = cells.flatMap((col, i) => {
      let width = widths?.[i] ?? 0;
      return width === 0 ? [] : [col.painted + " ".repeat(width - col.plain.length)];
    });
    lines.push(`  ${[...parts, ...tail].join("  ")}`);
    let finding = findings[index], refused = finding?.allowRefused;
    refused !== void 0 && lines.push(`    ${c.yellow("\u21B3")} inline allow not applied: ${sanitize(refused)}`), finding?.kind === "scan" && finding.title !== void 0 && lines.push(`    ${c.yellow("\u21B3")} ${sanitize(finding.message)}`);
  }), lines;
}
function howToFixSection(c, result) {
  let groups = groupByRule(result);
  if (groups.length === 0) return [];
  let lines = [c.bold("How to fix")];
  for (let { rule, findings } of groups) {
    let mark = findings.some((f) => f.blocking) ? c.red(BLOCK_MARK) : c.yellow(WARN_MARK);
    if (lines.push(`  ${mark} ${c.bold(sanitize(rule.title))} ${c.dim(`(${sanitize(rule.id)})`)}`), lines.push(`    ${sanitize(remediationOf(rule))}`), findings.some((f) => f.commit !== void 0) && lines.push(`    ${HISTORY_HINT}`), inNotebook(findings) && lines.push(`    ${NOTEBOOK_HINT}`), !ignorable(findings)) continue;
    let unique = [...new Map(findings.map((f) => [f.fingerprint, f])).values()];
    lines.push(`    ${falsePositiveHint(unique)}`);
    for (let f of unique) lines.push(`      ${sanitize(ignoreLine(f))}`);
  }
  return lines;
}
function unusedIgnoreSection(c, result) {
  let migrate = migrationNotice(result.migrations);
  return [
    ...migrate === null ? [] : [`${c.yellow(WARN_MARK)} ${migrate}`],
    ...result.unusedIgnores.map(
      (u) => `${c.yellow(WARN_MARK)} .mandateignore:${u.line}: entry matched nothing in this run${u.reason === "" ? "" : ` (${sanitize(u.reason)})`}; remove it if the secret is gone: ` + sanitize(u.fingerprint)
    )
  ];
}
function allowedSection(c, result) {
  let allowed = result.allowed ?? [];
  return allowed.length === 0 ? [] : [
    `${c.yellow(WARN_MARK)} ${allowedHeading(allowed)}`,
    ...allowed.map((f) => `  ${sanitize(allowedLine(f))}`)
  ];
}
function joinSentences(sentences) {
  return sentences.length <= 1 ? sentences[0] ?? "" : `${sentences.map((sentence) => sentence.replace(/(?<!\.)\.$/, "")).join("; ")}.`;
}
function verdictLines(c, result) {
  let reasons = joinSentences(result.reasons.map(sanitize));
  return result.decision === "block" ? [`${c.bold(c.red(`${BLOCK_MARK} blocked`))}${reasons === "" ? "" : `: ${reasons}`}`, ...result.unblock.map((u) => `  \u2192 ${sanitize(u)}`)] : [`${c.bold(c.green(`${PASS_MARK} passed`))}${reasons === "" ? "" : `: ${reasons}`}`];
}
function formatText(result, options) {
  let c = (0, import_picocolors.createColors)(options.color), sections = [], byFile = /* @__PURE__ */ new Map();
  for (let f of result.findings) {
    let list = byFile.get(f.path);
    list === void 0 ? byFile.set(f.path, [f]) : list.push(f);
  }
  for (let [path, findings] of byFile) sections.push(fileSection(c, path, findings));
  if (options.quiet === !0) {
    sections.push(allowedSection(c, result));
    let tail = verdictLines(c, result);
    result.stats.files === 0 && tail.unshift(c.dim(scannedSummary(result))), sections.push(tail);
  } else
    sections.push(howToFixSection(c, result)), sections.push(unusedIgnoreSection(c, result)), sections.push(allowedSection(c, result)), sections.push([
      c.dim(scannedSummary(result)),
      ...skippedSentences(result).map((sentence) => c.dim(sentence)),
      ...verdictLines(c, result)
    ]);
  return `${sections.filter((s) => s.length > 0).map((s) => s.join(`
`)).join(`

`)}
`;
}

// src/cli/output.ts
function displayPath(cwd, file) {
  let rel = relative(cwd, file);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}
async function render(result, format, options) {
  switch (format) {
    case "json":
      return formatJson(result);
    case "sarif":
      return (await import("./sarif-4RUQVLL4.js")).formatSarif(result, { toolVersion: VERSION });
    case "markdown":
      return (await import("./markdown-4W5XXTT2.js")).formatMarkdown(result);
    default:
      return formatText(result, {
        color: options.color,
        ...options.quiet ? { quiet: !0 } : {}
      });
  }
}
async function writeOutput(file, text) {
  try {
    await mkdir(dirname(file), { recursive: !0 }), await writeFile(file, text);
  } catch (cause) {
    throw new MandateError(`could not write ${file}.`, {
      cause,
      hint: "Check that the folder is writable."
    });
  }
}

// src/cli/scan-flags.ts
init_cli_data();
init_errors();
function usage(message) {
  return new MandateError(message, {
    hint: "Run `mandate scan --help` for the scopes and options."
  });
}
function pickScope(paths, flags) {
  let chosen = [flags.staged && "--staged", flags.diff && "--diff", flags.history && "--history"].filter(Boolean).map(String);
  if (chosen.length > 1) throw usage(`choose one scope, not ${chosen.join(" and ")}.`);
  if (chosen.length === 1 && paths.length > 0)
    throw usage(`${chosen[0]} scans git changes; it takes no paths (got ${paths.join(", ")}).`);
  return flags.staged ? "staged" : flags.diff ? "diff" : flags.history ? "history" : "paths";
}

// src/cli/prepare.ts
init_cli_data();
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute as isAbsolute2, join, relative as relative2, resolve } from "node:path";
init_errors();

// src/sources/history.ts
init_cli_data();
init_errors();
var COMMIT_MARKER = "mandate-commit", FORMAT = "%x01mandate-commit%x02%H%x00%an%x00%ae%x00%aI%x00%s";
function historySource(options) {
  let range = options.range?.trim() || void 0;
  return {
    scope: "history",
    description: range === void 0 ? "history of HEAD" : `history ${range}`,
    files: historyFiles(options, range)
  };
}
function logArgs(range) {
  let args = [
    "-c",
    "log.showSignature=false",
    "-c",
    "log.showRoot=true",
    "log",
    "-p",
    "--cc",
    ...DIFF_FORMAT_ARGS,
    "--encoding=UTF-8",
    `--format=${FORMAT}`
  ];
  if (range === void 0) args.push("HEAD");
  else {
    let revs = range.split(/\s+/), option = revs.find((rev) => rev.startsWith("-") && rev !== "--all");
    if (option !== void 0)
      throw new MandateError(`the history range '${range}' contains an option (${option}).`, {
        hint: "Pass revisions such as main..feature, v1.0.., or --all."
      });
    args.push(...revs);
  }
  return args.push("--"), args;
}
async function* historyFiles(options, range) {
  let { repoRoot, maxFileSize, onProgress } = options, args = logArgs(range);
  if (range === void 0 && (await gitOutput(["rev-parse", "--git-dir"], repoRoot), await resolveCommit("HEAD", repoRoot) === null)) {
    onProgress?.({ commits: 0, bytes: 0 });
    return;
  }
  let parser = new UnifiedDiffParser({ maxFileSize, commitMarker: COMMIT_MARKER }), bytes = 0, onChunk = (n) => {
    bytes += n, onProgress?.({ commits: parser.commits, bytes });
  };
  yield* withGitReads(
    parseDiffStream(streamGit(args, repoRoot), parser, onChunk),
    repoRoot,
    (file) => file.commit?.sha ?? null
  ), onProgress?.({ commits: parser.commits, bytes });
}

// src/sources/staged.ts
init_cli_data();
function stagedSource(options) {
  return { scope: "staged", description: "staged changes", files: stagedFiles(options) };
}
async function* stagedFiles(options) {
  let { repoRoot, maxFileSize } = options, args = ["diff", "--cached", ...DIFF_FORMAT_ARGS, "--diff-filter=ACDMRT", "--"], inRepository = options.knownRepository === !0 ? null : gitOutput(["rev-parse", "--git-dir"], repoRoot), files = withGitReads(
    parseDiffStream(
      // default hints (e.g. "not a git repository: run mandate scan without --staged…")
      streamGit(args, repoRoot, void 0),
      new UnifiedDiffParser({ maxFileSize })
    ),
    repoRoot,
    ""
  );
  try {
    let first = files.next();
    first.catch(() => {
    }), await inRepository;
    for (let item = await first; item.done !== !0; item = await files.next())
      yield item.value;
  } finally {
    await files.return(void 0).catch(() => {
    });
  }
}

// src/cli/prepare.ts
function readOptional(file, explicit) {
  let shown = displayPath(process.cwd(), file);
  if (!existsSync(file)) {
    if (explicit)
      throw new MandateError(`${shown} not found.`, { hint: "Check the path you passed." });
    return null;
  }
  try {
    return readFileSync(file, "utf8");
  } catch (cause) {
    throw new MandateError(`cannot read ${shown}: ${cause.message}.`, {
      cause,
      hint: "It must be a readable file: fix or remove it."
    });
  }
}
async function prepare(paths, flags, progress) {
  let cwd = process.cwd(), scope = pickScope(paths, flags), repoRoot = await findRepoRoot(cwd);
  if (scope !== "paths" && repoRoot === null)
    throw new MandateError(
      `${cwd} is not inside a git repository, so there is nothing staged or committed to scan.`,
      {
        hint: "Run `mandate scan PATH` to scan files, or run this inside a repository."
      }
    );
  let root = cwd, scanPaths = paths.length > 0 ? paths : ["."];
  if (scope === "paths" && paths.length === 1) {
    let only = resolve(cwd, paths[0]);
    if (!existsSync(only)) throw usage(`${paths[0]} does not exist.`);
    statSync(only).isDirectory() && (root = only, scanPaths = ["."]);
  }
  for (let p of scanPaths)
    if (!existsSync(resolve(root, p))) throw usage(`${p} does not exist.`);
  let policyDir = policyRoot(scope === "paths" ? root : repoRoot, repoRoot), mode = flags.mode ?? (process.env.CI ? "ci" : scope === "staged" ? "hook" : "local"), historyRange = scope === "history" && typeof flags.history == "string" && flags.history.includes("..") ? flags.history : null, range = scope === "diff" ? flags.diff : historyRange, atBase = range !== null && mode === "ci" ? await (await import("./base-policy-JOWU573W.js")).readPolicyAtBase(repoRoot, range) : null, configFile = flags.config === void 0 ? void 0 : resolve(cwd, flags.config), fromDisk = () => loadConfig({ cwd: policyDir, ...configFile === void 0 ? {} : { file: configFile } }), config = atBase === null ? await fromDisk() : await atBase.config(configFile, fromDisk), readPolicyFile = async (file, explicit) => atBase === null ? readOptional(file, explicit) : atBase.read(file, explicit, () => readOptional(file, explicit)), ignorePath = flags.ignoreFile ? resolve(cwd, flags.ignoreFile) : join(policyDir, IGNORE_FILE), ignoreText = await readPolicyFile(ignorePath, flags.ignoreFile !== void 0), ignore = ignoreText === null ? [] : parseIgnoreFile(ignoreText, displayPath(cwd, ignorePath)), baselinePath = flags.baseline ? resolve(cwd, flags.baseline) : join(policyDir, BASELINE_FILE), baselineText = await readPolicyFile(baselinePath, flags.baseline !== void 0);
  atBase !== null && !flags.quiet && process.stderr.write(`mandate: ${atBase.notice()}
`);
  let baseline = baselineText === null ? /* @__PURE__ */ new Set() : parseBaseline(baselineText, displayPath(cwd, baselinePath));
  ({ config, ignore, baseline } = await withCachedCentralConfigs(
    { config, ignore, baseline },
    {
      repoRoot,
      mode,
      warn: (sentence) => flags.quiet || process.stderr.write(`mandate: ${sentence}
`)
    }
  ));
  let packs = builtinPacks(), specs = resolveSecretRules(config, packs), maxFileSize = config.maxFileSize, pathsOptions = scope === "paths" ? {
    ...await repositoryRelative(root, scanPaths, cwd, repoRoot),
    maxFileSize,
    respectGitignore: flags.gitignore,
    ...flags.untracked === !1 ? { trackedOnly: !0 } : {}
  } : void 0, guardSettings = guardrailSettings(config), guardrails = compileGuardrails(guardSettings), rules = compileRules(specs, { allowlist: config.allowlist, overrides: config.overrides }), changeSet;
  switch (scope) {
    case "staged":
      changeSet = guarded(
        stagedSource({ repoRoot, maxFileSize, knownRepository: !0 }),
        guardrails,
        gitGuardrailReader(repoRoot, "")
      );
      break;
    case "diff":
      changeSet = guarded(
        diffSource({ repoRoot, range: flags.diff, maxFileSize }),
        guardrails,
        gitGuardrailReader(repoRoot, parseRange(flags.diff).head)
      );
      break;
    case "history":
      changeSet = guarded(
        historySource({
          repoRoot,
          ...typeof flags.history == "string" ? { range: flags.history } : {},
          maxFileSize,
          ...progress ? { onProgress: progress } : {}
        }),
        guardrails,
        historyGuardrailReaders(repoRoot)
      );
      break;
    default:
      changeSet = pathsSource(pathsOptions);
  }
  return {
    config,
    packs,
    specs,
    rules,
    ignore,
    baseline,
    ignorePath,
    baselinePath,
    changeSet,
    context: { mode, now: /* @__PURE__ */ new Date() },
    policyDir,
    repoRoot,
    guardrails: guardSettings,
    guardrailFamilies: guardrails,
    ...pathsOptions ? { paths: pathsOptions } : {},
    ...flags.jobs === void 0 ? {} : { jobs: flags.jobs }
  };
}
function guarded(changeSet, guardrails, reader) {
  return { ...changeSet, files: withGuardrailReads(changeSet.files, guardrails, reader) };
}
async function repositoryRelative(root, scanPaths, cwd, cwdRepo) {
  let repoRoot = root === cwd ? cwdRepo : await findRepoRoot(root);
  if (repoRoot === null) return { root, paths: scanPaths, inWorkTree: !1 };
  let real = (path) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  }, top = real(repoRoot), inside = [];
  for (let p of scanPaths) {
    let rel = relative2(top, real(resolve(root, p)));
    if (rel.startsWith("..") || isAbsolute2(rel)) return { root, paths: scanPaths };
    inside.push(rel === "" ? "." : rel);
  }
  return { root: top, paths: inside, inWorkTree: !0 };
}

// src/cli/secret-scan.ts
init_cli_data();
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import { relative as relative3, resolve as resolve2, sep } from "node:path";
import { setFlagsFromString } from "node:v8";
init_errors();
function monotonicMs() {
  let [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
}
var HEAP_GROWING_PERCENT = 25, WORKER_FILE = new URL(
  /\/chunks\/[^/]*$/.test(import.meta.url) ? "../scan-worker.js" : "./scan-worker.js",
  import.meta.url
);
function secretScan(prepared, options, progress) {
  let paths = prepared.paths;
  return paths === void 0 ? secretRun({ changeSet: prepared.changeSet, options }) : {
    kind: "secret",
    evaluate: (context) => scanListed(prepared, paths, options, context, progress)
  };
}
async function scanListed(prepared, paths, options, context, progress) {
  let started = monotonicMs();
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  let { root, items, leftOut } = await listPaths(paths);
  items.length === 0 && await nothingListed(paths, context.mode);
  let tally = newTally(void 0, monotonicMs), key, hashed = 0, hashNew = () => {
    for (; hashed < tally.raw.length; hashed++)
      key ??= fingerprintKey(options.fingerprintSalt), hashAhead(tally.raw[hashed].secret, key);
  }, report = (files, bytes) => {
    hashNew(), progress?.({ files, of: items.length, bytes, findings: tally.raw.length });
  }, { listedOutcome, scanWithWorkers, workerCount } = await import("./worker-pool-KKJ74ULH.js"), workers = workerCount(root, items, paths.maxFileSize, process.env, prepared.jobs), guardrails = prepared.guardrailFamilies;
  guardrails.lfs = diskLfs(root);
  let phones = items.some((item) => readsAsData(guardrails, item.path));
  phones && (guardrails.isPhone = await loadPhoneCheck());
  let pass = enginePass(options), reader = await listedReader(root, items, paths.maxFileSize, workers > 0);
  if (workers > 0) {
    let { config } = prepared;
    await scanWithWorkers(
      items,
      {
        specs: prepared.specs,
        allowlist: config.allowlist,
        overrides: config.overrides,
        root,
        maxFileSize: paths.maxFileSize,
        manifests: reader.yaml !== null,
        guardrails: { ...prepared.guardrails, phones }
      },
      workers,
      tally,
      WORKER_FILE,
      report,
      (item) => listedOutcome(reader, item, pass)
    );
  } else
    for (let k = 0; k < items.length; k++) {
      for (let file of readListed(reader, items[k])) {
        let read = file;
        reader.yaml === null && mayHoldSecretManifest(file) && (reader.yaml = await loadYaml(), read = withWholeFileSecretValues(reader.yaml, file)), tallyFile(tally, read, pass);
      }
      report(k + 1, tally.bytes);
    }
  hashNew(), await hashesAhead();
  let evaluation = evaluateTally(tally, prepared.changeSet, options, context, started);
  return leftOut === void 0 ? evaluation : { ...evaluation, leftOut };
}
async function nothingListed(paths, mode) {
  let found = await explainNothingListed(paths);
  if (found === null) return;
  let where = (paths.paths.length === 0 ? ["."] : paths.paths).map((p) => relative3(process.cwd(), resolve2(paths.root, p)).split(sep).join("/") || ".").join(", "), count = `${found.capped ? "more than " : ""}${plural(found.files, "file")}`, by = found.rule === void 0 ? "ignore rules" : `${relative3(process.cwd(), found.rule.source).split(sep).join("/")}:${found.rule.line} (\`${found.rule.pattern}\`)`, message = `no file was scanned: the ${count} in ${where} ${found.files === 1 ? "is" : "are"} ignored by ${by}.`, hint = paths.respectGitignore ? "Run mandate scan with --no-gitignore to scan them, or scan from the repository that should hold them." : "Check the exclude patterns.";
  if (mode === "ci") throw new MandateError(`${message} Nothing was approved.`, { hint });
  process.stderr.write(`mandate: ${message}
  ${hint}
`);
}
function chainOptions(prepared) {
  let { config } = prepared;
  return {
    context: prepared.context,
    ignore: prepared.ignore,
    baseline: prepared.baseline,
    disable: config.disable,
    overrides: config.overrides,
    failOn: config.failOn
  };
}
function scanPrepared(prepared, options) {
  return run(secretScan(prepared, options), [], { context: prepared.context });
}
function engineOptions(prepared, extra = {}) {
  return {
    rules: prepared.rules,
    families: prepared.guardrailFamilies.families,
    failOn: prepared.config.failOn,
    ignore: prepared.ignore,
    baseline: prepared.baseline,
    ...saltOf(prepared),
    now: monotonicMs,
    ...extra
  };
}
function saltOf(prepared) {
  let { config, paths } = prepared, dirs = paths === void 0 ? [] : paths.paths.flatMap((p) => {
    let abs = resolve2(paths.root, p), rel = relative3(paths.root, abs).split(sep).join("/");
    return existsSync2(abs) && statSync2(abs).isDirectory() ? [rel] : [];
  });
  return {
    ...config.fingerprintSalt === void 0 ? {} : { fingerprintSalt: config.fingerprintSalt },
    ...dirs.length === 0 ? {} : { coveredDirs: dirs }
  };
}

export {
  formatText,
  displayPath,
  render,
  writeOutput,
  usage,
  prepare,
  monotonicMs,
  secretScan,
  chainOptions,
  scanPrepared,
  engineOptions
};
