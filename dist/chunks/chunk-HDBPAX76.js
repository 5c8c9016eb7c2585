import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  isFamilyRuleId,
  parseFingerprint
} from "./chunk-GTFPKMOW.js";
import {
  sha256Hex
} from "./chunk-4T47BLQ7.js";
import {
  describeName
} from "./chunk-TDHIBLUD.js";
import {
  ConfigError,
  MandateError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/core/policy/defaults.ts
init_cli_data();
var DEFAULT_POLICY_PATHS = ["policies/**/*.md", "SECURITY.md", "docs/security/**/*.md"], DEFAULT_TEMPLATE_PHRASES = [
  "click here to enter text",
  "click or tap here to enter text",
  "enter text here",
  "insert company name",
  "your company name",
  "company name here",
  "your organisation name",
  "your organization name",
  "delete as appropriate"
];
function defaultPolicyConfig() {
  return {
    paths: [...DEFAULT_POLICY_PATHS],
    reviewInterval: { amount: 12, unit: "month" },
    warnBefore: { amount: 30, unit: "day" },
    block: { ci: !0, hook: !1 },
    templatePhrases: [...DEFAULT_TEMPLATE_PHRASES],
    fallback: "none"
  };
}

// src/config/baseline.ts
init_cli_data();
init_errors();

// src/config/json-position.ts
init_cli_data();
function jsonErrorOffset(text) {
  let pos = 0, fail = () => {
    throw pos;
  }, ws = () => {
    for (; pos < text.length && ` 	
\r`.includes(text[pos]); ) pos++;
  }, literal = (word) => {
    for (let char of word)
      text[pos] !== char && fail(), pos++;
  }, quoted = () => {
    for (pos++; pos < text.length; ) {
      let char = text[pos];
      if (char === '"') {
        pos++;
        return;
      }
      if (char < " " && fail(), char === "\\") {
        pos++;
        let escaped = text[pos];
        if (escaped === "u") {
          for (let i = 1; i <= 4; i++) /[0-9a-fA-F]/.test(text[pos + i] ?? "") || fail();
          pos += 4;
        } else (escaped === void 0 || !'"\\/bfnrt'.includes(escaped)) && fail();
      }
      pos++;
    }
    fail();
  }, number = () => {
    let match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(pos));
    match === null && fail(), pos += match[0].length;
  }, value = () => {
    ws();
    let char = text[pos];
    if (char === "{") {
      if (pos++, ws(), text[pos] === "}") {
        pos++;
        return;
      }
      for (; ; )
        if (ws(), text[pos] !== '"' && fail(), quoted(), ws(), text[pos] !== ":" && fail(), pos++, value(), ws(), text[pos] === ",") pos++;
        else if (text[pos] === "}") {
          pos++;
          return;
        } else fail();
    }
    if (char === "[") {
      if (pos++, ws(), text[pos] === "]") {
        pos++;
        return;
      }
      for (; ; )
        if (value(), ws(), text[pos] === ",") pos++;
        else if (text[pos] === "]") {
          pos++;
          return;
        } else fail();
    }
    if (char === '"') {
      quoted();
      return;
    }
    if (char === "t") {
      literal("true");
      return;
    }
    if (char === "f") {
      literal("false");
      return;
    }
    if (char === "n") {
      literal("null");
      return;
    }
    if (char === "-" || char !== void 0 && char >= "0" && char <= "9") {
      number();
      return;
    }
    fail();
  };
  try {
    value(), ws(), pos < text.length && fail();
  } catch (offset) {
    if (typeof offset == "number") return offset;
    throw offset;
  }
  return -1;
}
function positionOf(text, offset) {
  let before = text.slice(0, offset);
  return { line: before.split(`
`).length, column: offset - before.lastIndexOf(`
`) };
}

// src/config/baseline.ts
function parseBaseline(text, file) {
  let source = text.replace(/^\uFEFF/, ""), data;
  try {
    data = JSON.parse(source);
  } catch {
    let offset = jsonErrorOffset(source), position = positionOf(source, offset < 0 ? source.length : offset);
    throw new ConfigError(file, "the baseline is not valid JSON", {
      ...position,
      hint: "Fix the JSON by hand, or write the baseline again with mandate."
    });
  }
  let lineOf = (needle) => {
    let index = source.indexOf(needle);
    return index < 0 ? void 0 : positionOf(source, index).line;
  };
  if (typeof data != "object" || data === null || Array.isArray(data))
    throw new ConfigError(
      file,
      "the baseline must be a JSON object with `version` and `fingerprints`",
      { line: 1 }
    );
  let { version, fingerprints, ...rest } = data, extra = Object.keys(rest)[0];
  if (extra !== void 0)
    throw new ConfigError(
      file,
      // Only a word is quoted back: a key could be a pasted secret, which must not be printed.
      `unknown key ${/^[A-Za-z_]{1,24}$/.test(extra) ? `\`${extra}\`` : `(${extra.length} characters, not shown)`} in the baseline; allowed keys: version, fingerprints`,
      {
        ...lineOf(JSON.stringify(extra)) === void 0 ? {} : { line: lineOf(JSON.stringify(extra)) }
      }
    );
  if (version !== 1) {
    let line = lineOf('"version"');
    throw new ConfigError(
      file,
      `unsupported baseline version ${JSON.stringify(version)}; expected 1`,
      line === void 0 ? {} : { line }
    );
  }
  if (!Array.isArray(fingerprints)) {
    let line = lineOf('"fingerprints"');
    throw new ConfigError(
      file,
      "`fingerprints` must be a list of fingerprint strings",
      line === void 0 ? {} : { line }
    );
  }
  let set = /* @__PURE__ */ new Set();
  return fingerprints.forEach((fingerprint, index) => {
    if (typeof fingerprint != "string" || parseFingerprint(fingerprint) === null) {
      let line = typeof fingerprint == "string" ? lineOf(JSON.stringify(fingerprint)) : void 0;
      throw new ConfigError(
        file,
        `fingerprints[${index}] is not a fingerprint; expected \`<ruleId>:<path>:v2-<64 hex characters>\``,
        line === void 0 ? {} : { line }
      );
    }
    set.add(fingerprint);
  }), set;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function formatBaseline(findings) {
  return formatBaselineFingerprints(findings.map((finding) => finding.fingerprint));
}
function formatBaselineFingerprints(fingerprints) {
  let sorted = [...new Set(fingerprints)].sort(compare);
  return `${JSON.stringify({ version: 1, fingerprints: sorted }, null, 2)}
`;
}

// src/config/ignore-file.ts
init_cli_data();
init_errors();
var ENTRY = /^(?<fingerprint>[^:\s]+:.+?:(?:v2-)?[0-9a-fA-F]{64})(?:\s+#(?<reason>.*))?$/, FORMAT_HINT = "Each line is `<fingerprint>  # <reason>`, e.g. `secret/openai-api-key:src/app.py:v2-<64 hex>  # test fixture, revoked`; copy fingerprints from `mandate scan --format json`.";
function parseIgnoreFile(text, file) {
  let entries = [];
  return text.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((rawLine, index) => {
    let line = index + 1, content = rawLine.trim();
    if (content === "" || content.startsWith("#")) return;
    let column = rawLine.length - rawLine.trimStart().length + 1, match = ENTRY.exec(content)?.groups, fingerprint = match?.fingerprint;
    if (fingerprint === void 0 || parseFingerprint(fingerprint) === null) {
      let first = content.split(/\s#/)[0].trimEnd();
      throw new ConfigError(
        file,
        /[0-9a-f]{64}$/i.test(first) && /[A-F]/.test(first.slice(-64)) ? "malformed fingerprint: the hash must be lowercase hex" : "malformed fingerprint: expected `<ruleId>:<path>:v2-<64 hex characters>`",
        { line, column, hint: FORMAT_HINT }
      );
    }
    let reason = match?.reason?.trim() ?? "";
    if (reason === "")
      throw new ConfigError(file, "ignore entry has no reason; add a reason after #", {
        line,
        column,
        hint: FORMAT_HINT
      });
    entries.push({ fingerprint, reason, line });
  }), entries;
}

// src/config/load.ts
init_cli_data();
init_errors();
var CONFIG_FILES = [".mandate.yml", ".mandate.yaml"], IGNORE_FILE = ".mandateignore", BASELINE_FILE = ".mandate-baseline.json", DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
function defaultConfig() {
  return {
    extends: ["recommended"],
    failOn: "high",
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    disable: [],
    rules: [],
    overrides: {},
    allowlist: { paths: [], regexes: [], stopwords: [] },
    policies: defaultPolicyConfig(),
    source: { file: null, sha256: null }
  };
}
var locators = /* @__PURE__ */ new WeakMap();
function positionIn(config, path) {
  return locators.get(config)?.(path);
}
async function checkUserRegexes(config) {
  let { assertSafeUserRegexes, userPatterns } = await import("./regex-safety-CCQEKASK.js");
  userPatterns(config).length !== 0 && await assertSafeUserRegexes(config, (path) => positionIn(config, path));
}
function rememberLocator(config, locate) {
  locators.set(config, locate);
}
var SIZE = /^([0-9]+(?:\.[0-9]+)?)\s*([kmg]?)(i?b?)$/i, UNITS = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function parseSize(value) {
  if (typeof value == "number") return Number.isInteger(value) && value > 0 ? value : null;
  let match = SIZE.exec(value.trim());
  if (match === null) return null;
  let [, amount, unit, suffix] = match;
  if (unit === "" && suffix !== "" && suffix.toLowerCase() !== "b") return null;
  let bytes = Math.floor(Number(amount) * UNITS[unit.toLowerCase()]);
  return bytes > 0 ? bytes : null;
}
async function loadConfig(options) {
  let { diskReader, findConfig } = await import("./policy-566RJBJF.js");
  return (await findConfig(diskReader(options.cwd), {
    ...options.file === void 0 ? {} : { explicit: options.file },
    missing: (file) => new MandateError(
      `config file ${file} not found; a config named explicitly is never replaced by the built-in defaults`,
      {
        hint: `Check the path given to --config (relative to ${options.cwd}), or leave --config out to use .mandate.yml (or the defaults when there is none).`
      }
    )
  })).config;
}
async function fromBytes(bytes, file) {
  let { parseConfig } = await import("./parse-3LEIAJL7.js"), config = parseConfig(bytes.toString("utf8"), file);
  return config.source.sha256 = sha256Hex(bytes), await checkUserRegexes(config), config;
}
var REMOTE_EXTENDS = /^([\w.-]+)\/([\w.-]+):([^@\s]+)(?:@(\S+))?$/;
function isRemoteExtends(name) {
  return REMOTE_EXTENDS.test(name);
}
function resolveSecretRules(config, packs) {
  let file = config.source.file ?? "built-in defaults", locate = locators.get(config), fail = (path, message, key = !1) => {
    let position = locate?.(path, { key });
    throw new ConfigError(file, message, position ?? {});
  }, byName = new Map(packs.map((pack) => [pack.name, pack])), rules = /* @__PURE__ */ new Map(), packOf = /* @__PURE__ */ new Map();
  for (let pack of packs)
    for (let rule of pack.rules) packOf.has(rule.id) || packOf.set(rule.id, pack.name);
  config.extends.forEach((name, i) => {
    let pack = byName.get(name);
    if (pack === void 0) {
      fail(
        ["extends", i],
        isRemoteExtends(name) ? `\`${name}\` in \`extends\` names a central config in another repository, which was not resolved; a central config cannot itself extend another one (list both in the repository's \`extends\`)` : `unknown rule pack ${describeName(name)} in \`extends\`; available packs: ${[...byName.keys()].join(", ")}`
      );
      return;
    }
    for (let rule of pack.rules) rules.has(rule.id) || rules.set(rule.id, rule);
  }), config.rules.forEach((rule, i) => {
    let builtin = packOf.get(rule.id);
    builtin !== void 0 && fail(
      ["rules", i, "id"],
      `custom rule id \`${rule.id}\` is already used by the built-in pack \`${builtin}\`; give your rule a new id (and add \`${rule.id}\` to \`disable\` to replace it, or use \`overrides\` to change its severity)`
    ), rules.set(rule.id, rule);
  });
  let unknown = (id, where) => {
    let pack = packOf.get(id);
    return pack === void 0 ? `\`${where}\` names ${describeName(id)}, but no rule has that id` : `\`${where}\` names \`${id}\`, which is in the pack \`${pack}\` that this configuration does not extend`;
  };
  config.disable.forEach((id, i) => {
    !rules.has(id) && !isFamilyRuleId(id) && fail(["disable", i], unknown(id, "disable"));
  });
  for (let id of Object.keys(config.overrides))
    !rules.has(id) && !isFamilyRuleId(id, "overrides") && fail(["overrides", id], unknown(id, "overrides"), !0);
  let disabled = new Set(config.disable), enabled = [...rules.values()].filter((rule) => !disabled.has(rule.id));
  return withRepoAllowlist(enabled, config);
}
function withRepoAllowlist(specs, config) {
  let repo = config.repoAllowlist, locked = new Set(config.lockedRules ?? []);
  if (repo === void 0 || locked.size === 0 || repo.paths.length + repo.regexes.length + repo.stopwords.length === 0) return specs;
  let join = (own, more) => [
    .../* @__PURE__ */ new Set([...own ?? [], ...more])
  ];
  return specs.map(
    (spec) => locked.has(spec.id) ? spec : {
      ...spec,
      allowlist: {
        paths: join(spec.allowlist?.paths, repo.paths),
        regexes: join(spec.allowlist?.regexes, repo.regexes),
        stopwords: join(spec.allowlist?.stopwords, repo.stopwords)
      }
    }
  );
}
function configFromBytes(bytes, file) {
  return fromBytes(bytes, file);
}

export {
  defaultPolicyConfig,
  jsonErrorOffset,
  positionOf,
  parseBaseline,
  formatBaseline,
  formatBaselineFingerprints,
  parseIgnoreFile,
  CONFIG_FILES,
  IGNORE_FILE,
  BASELINE_FILE,
  defaultConfig,
  checkUserRegexes,
  rememberLocator,
  parseSize,
  loadConfig,
  REMOTE_EXTENDS,
  isRemoteExtends,
  resolveSecretRules,
  configFromBytes
};
