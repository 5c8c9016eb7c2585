import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  ARTIFACT_RULES,
  ARTIFACT_RULE_INFO,
  DEFAULT_ARTIFACT_SETTINGS,
  DEFAULT_PII_SETTINGS,
  GUARDRAIL_IDS,
  PII_RULE,
  applyOverride,
  artifactJudge,
  isArtifactName,
  isDataFile,
  judgePersonalData,
  matchesAny,
  mayBeTextPickle,
  pathGlob,
  startsAsZip
} from "./chunk-GTFPKMOW.js";
import {
  Minimatch
} from "./chunk-QOVFVF66.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/guardrails.ts
init_cli_data();

// src/core/artifact/lfs.ts
init_cli_data();
function parseGitattributes(text, dir = "") {
  let lines = parseLines(text, dir);
  return { tracks: (path) => lastMatch(lines, path) ?? !1 };
}
function lastMatch(lines, path) {
  let tracked;
  for (let line of lines) line.match.match(path) && (tracked = line.lfs);
  return tracked;
}
function parseLines(text, dir) {
  let lines = [];
  for (let raw of text.split(`
`)) {
    let trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    let [pattern, ...attributes] = trimmed.split(/[ \t]+/);
    if (pattern === void 0 || pattern.startsWith("[attr]")) continue;
    let lfs;
    for (let attribute of attributes)
      attribute === "filter=lfs" ? lfs = !0 : (attribute === "-filter" || attribute === "!filter" || attribute.startsWith("filter=")) && (lfs = !1);
    if (lfs === void 0) continue;
    let anchored = pattern.replace(/^\//, "").replace(/\/$/, "/**"), hasSlash = pattern.replace(/\/$/, "").includes("/"), glob = `${dir === "" ? "" : `${dir}/`}${hasSlash ? anchored : `**/${anchored}`}`;
    lines.push({ match: new Minimatch(glob, { dot: !0 }), lfs });
  }
  return lines;
}
function attributeFolders(path) {
  let parts = path.split("/").slice(0, -1);
  return ["", ...parts.map((_, i) => parts.slice(0, i + 1).join("/"))];
}
var LfsTree = class {
  #folders = /* @__PURE__ */ new Map();
  /** The folders above `path` (and its own) whose `.gitattributes` were not added yet. */
  missing(path) {
    return attributeFolders(path).filter((dir) => !this.#folders.has(dir));
  }
  add(dir, text) {
    this.#folders.set(dir, text === null ? [] : parseLines(text, dir));
  }
  tracks(path) {
    let tracked = !1;
    for (let dir of attributeFolders(path)) {
      let found = lastMatch(this.#folders.get(dir) ?? [], path);
      found !== void 0 && (tracked = found);
    }
    return tracked;
  }
};
function lazyLfs(read) {
  let tree = new LfsTree();
  return {
    tracks(path) {
      for (let dir of tree.missing(path)) tree.add(dir, read(dir));
      return tree.tracks(path);
    }
  };
}
var NO_LFS = { tracks: () => !1 };

// src/core/artifact/review.ts
init_cli_data();
var SECURITY_TEAM = "$security_team", REVIEWABLE_ARTIFACT_RULES = [
  ARTIFACT_RULES.model,
  ARTIFACT_RULES.pickle,
  ARTIFACT_RULES.array
], REVIEWABLE = new Set(REVIEWABLE_ARTIFACT_RULES);
function artifactReviewers(config) {
  let team = config.reviewSettings?.security_team, listed = config.artifacts?.review;
  if (listed === !1) return null;
  let teams = (listed ?? [SECURITY_TEAM]).flatMap(
    (name) => name === SECURITY_TEAM ? team === void 0 ? [] : [team] : [name]
  ), unique = [...new Set(teams.map((name) => name.replace(/^@/, "")))];
  return unique.length === 0 ? null : unique;
}

// src/core/guardrails.ts
var GUARDRAIL_RULE_IDS = [...GUARDRAIL_IDS], DEFAULT_ARTIFACT_CONFIG = {
  enabled: !0,
  ...DEFAULT_ARTIFACT_SETTINGS
}, DEFAULT_PERSONAL_DATA_CONFIG = {
  enabled: !0,
  approvedPaths: [],
  ...DEFAULT_PII_SETTINGS
};
function compileGuardrails(settings) {
  let disabled = new Set(settings.disabled), overrides = settings.overrides ?? {}, artifacts = settings.artifacts.enabled ? artifactJudge(settings.artifacts) : null, personalData = settings.personalData.enabled && !disabled.has(PII_RULE) ? settings.personalData : null, families = [], guardrails = {
    artifact: artifacts,
    lfs: settings.gitattributes === void 0 ? NO_LFS : parseGitattributes(settings.gitattributes),
    personalData,
    piiApproved: (personalData?.approvedPaths ?? []).map(pathGlob),
    disabled,
    overrides,
    families
  };
  if (artifacts !== null) {
    let infos = ARTIFACT_RULE_INFO.filter((info) => !disabled.has(info.id)).map(
      (info) => applyOverride(
        { ...info, kind: "artifact", provider: "", blocking: !0, tags: ["artifact", "ai"] },
        overrides[info.id],
        void 0
      )
    );
    families.push({
      kind: "artifact",
      needs: ["head-bytes"],
      infos,
      evaluateFile(file, out) {
        for (let finding of artifactFindings(file, guardrails)) out.push(finding);
      }
    });
  }
  if (personalData !== null) {
    let info = {
      id: PII_RULE,
      kind: "personal-data",
      title: "Personal data in a data file",
      provider: "",
      severity: "high",
      blocking: !0,
      description: "A data file (CSV/TSV, JSON/JSONL, SQL dump, notebook) holding e-mail addresses, phone numbers, payment cards, IBANs, SSNs or national IDs past the per-file thresholds.",
      remediation: "Keep datasets of people in the approved data store; use synthetic or anonymised data for tests.",
      tags: ["personal-data", "ai"]
    };
    families.push({
      kind: "personal-data",
      needs: ["added-lines"],
      infos: [applyOverride(info, overrides[PII_RULE], void 0)],
      evaluateFile(file, out) {
        let finding = personalDataFinding(file, guardrails);
        finding !== null && out.push(finding);
      }
    });
  }
  return guardrails;
}
function wantsHead(file) {
  if (file.skipped === "binary" || file.skipped === "too-large" || isArtifactName(file.path))
    return !0;
  let first = file.hunks[0];
  return first !== void 0 && first.startLine === 1 && startsAsZip(first.text);
}
function readsAsData(guardrails, path) {
  return guardrails.personalData !== null && isDataFile(path, guardrails.personalData);
}
var encoder = new TextEncoder();
function notJudged(file) {
  return file.status === "deleted" || file.skipped === "deleted" || file.continued === !0 || file.skipped === "symlink" || file.skipped === "submodule";
}
function artifactFindings(file, guardrails) {
  let judge = guardrails.artifact;
  if (judge === null || notJudged(file)) return [];
  let only = file.hunks[0], whole = file.head === void 0 && file.hunks.length === 1 && only !== void 0 && only.startLine === 1 && only.until === void 0 && (file.status === "unchanged" || file.status === "added");
  if (file.head === void 0 && !isArtifactName(file.path) && // A protocol-0 pickle under any name (`config.txt`) is text, and loads all the same.
  !(whole && mayBeTextPickle(only.text)))
    return [];
  let bytes = file.head ?? (whole ? encoder.encode(only.text) : void 0);
  return judge.judge(
    {
      path: file.path,
      // The new version's size: a diff scope's `size` counts only the added text (0 for a
      // binary file), the bytes read are at least the file's start.
      size: Math.max(file.size, file.head?.length ?? 0),
      ...bytes === void 0 ? {} : { bytes },
      whole: file.head === void 0 ? whole : file.headWhole === !0,
      // A directory scan lists files as they are on disk (`unchanged`); git scopes and the
      // API yield them as committed or staged.
      worktree: file.status === "unchanged"
    },
    guardrails.lfs
  ).filter((finding) => !guardrails.disabled.has(finding.ruleId)).map((finding) => settled(finding, file, guardrails));
}
function personalDataFinding(file, guardrails) {
  let data = guardrails.personalData;
  if (data === null || notJudged(file) || file.skipped !== void 0 || !isDataFile(file.path, data) || matchesAny(guardrails.piiApproved, file.path))
    return null;
  let text = file.hunks.map((hunk) => hunk.text).join(`
`), finding = judgePersonalData(file.path, text, data, guardrails.isPhone);
  return finding === null ? null : settled(finding, file, guardrails);
}
function settled(finding, file, guardrails) {
  return file.commit !== void 0 && (finding.commit = file.commit), applyOverride(finding, guardrails.overrides[finding.ruleId], void 0);
}
function guardrailSettings(config, gitattributes) {
  let overrides = Object.fromEntries(
    Object.entries(config.overrides ?? {}).filter(([id]) => GUARDRAIL_IDS.has(id))
  );
  return {
    artifacts: withReviewers(
      config.artifacts ?? DEFAULT_ARTIFACT_CONFIG,
      artifactReviewers(config)
    ),
    personalData: config.personalData ?? DEFAULT_PERSONAL_DATA_CONFIG,
    disabled: config.disable,
    ...Object.keys(overrides).length === 0 ? {} : { overrides },
    ...gitattributes == null ? {} : { gitattributes }
  };
}
function withReviewers(artifacts, reviewers) {
  return reviewers === null ? artifacts : { ...artifacts, reviewers };
}

export {
  LfsTree,
  lazyLfs,
  DEFAULT_ARTIFACT_CONFIG,
  DEFAULT_PERSONAL_DATA_CONFIG,
  compileGuardrails,
  wantsHead,
  readsAsData,
  guardrailSettings
};
