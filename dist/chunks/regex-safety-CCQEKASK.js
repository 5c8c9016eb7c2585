import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  sha256Hex
} from "./chunk-4T47BLQ7.js";
import {
  ConfigError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/config/regex-safety.ts
init_cli_data();
init_errors();
import { createRequire } from "node:module";

// src/config/regex-pumps.ts
init_cli_data();
import { Worker } from "node:worker_threads";
function pumpStrings(source, size = 2e4) {
  let words = [...new Set(source.match(/[A-Za-z_]{3,}/g) ?? [])].slice(0, 12), units = [" ", "	", "a", "A", "0", "a1", "aB", "-", ".", "/", "=", '"', ":", `
`, "a "], texts = [];
  for (let unit of units) texts.push(`${unit.repeat(size / unit.length)}\0`);
  for (let word of words)
    for (let sep of ["", " ", "_", "=", ":", '"'])
      texts.push(`${`${word}${sep}`.repeat(Math.ceil(size / 2 / (word.length + 1)))}\0`), texts.push(`${word}${sep}${"a".repeat(size)}\0`), texts.push(`${word}${sep}${" ".repeat(size)}\0`);
  return texts;
}
function slowestPump(source, flags, texts) {
  let regex = new RegExp(source, `${flags.replace(/[gy]/g, "")}g`), worst = { ms: 0, text: "" };
  for (let text of texts) {
    let started = performance.now();
    regex.lastIndex = 0;
    for (let n = 0; regex.exec(text) !== null && n < 5e4 && regex.lastIndex !== 0; n++)
      ;
    let ms = performance.now() - started;
    ms > worst.ms && (worst = { ms, text: `${JSON.stringify(text.slice(0, 40))}\u2026 (${text.length} characters)` });
  }
  return worst;
}
function judgeOnPumps(source, flags, limitMs) {
  let code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const pumpStrings = ${pumpStrings.toString()};
    const slowestPump = ${slowestPump.toString()};
    parentPort.postMessage(slowestPump(workerData.source, workerData.flags, pumpStrings(workerData.source)));
  `;
  return new Promise((resolve) => {
    let worker = new Worker(code, { eval: !0, workerData: { source, flags } }), timer = setTimeout(() => {
      worker.terminate(), resolve({ ok: !1, reason: `did not finish on long pump strings within ${limitMs} ms` });
    }, limitMs * 4);
    worker.once("message", (worst) => {
      clearTimeout(timer), worker.terminate(), resolve(
        worst.ms > limitMs ? { ok: !1, reason: `took ${Math.round(worst.ms)} ms on ${worst.text}` } : { ok: !0 }
      );
    }), worker.once("error", (error) => {
      clearTimeout(timer), resolve({ ok: !1, reason: `could not be run: ${error.message}` });
    });
  });
}

// src/config/regex-safety.ts
var verdicts = /* @__PURE__ */ new Map(), loading = null;
function chooseBackend() {
  if (process.env.RECHECK_BACKEND !== void 0) return;
  let os = { darwin: "macos", linux: "linux", win32: "windows" }[process.platform];
  try {
    createRequire(import.meta.url).resolve(`recheck-${os}-${process.arch}/package.json`), process.env.RECHECK_BACKEND = "native";
  } catch {
    process.env.RECHECK_BACKEND = "pure";
  }
}
function recheck() {
  return chooseBackend(), loading ??= import("./recheck-XAL5GR5B.js").then((module) => {
    let m = module;
    return typeof m.check == "function" ? m : m.default;
  }), loading;
}
function classEnd(source, i) {
  let j = i + 1;
  for (source[j] === "^" && j++, source[j] === "]" && j++; j < source.length && source[j] !== "]"; )
    source[j] === "\\" && j++, j++;
  return j;
}
function simplifyPattern(source) {
  let out = "", lookarounds = [], i = 0;
  for (; i < source.length; ) {
    let c = source[i];
    if (c === "\\") {
      out += source.slice(i, i + 2), i += 2;
      continue;
    }
    if (c === "[") {
      let end = classEnd(source, i);
      out += source.slice(i, end + 1), i = end + 1;
      continue;
    }
    let look = c === "(" ? /^\(\?<?[=!]/.exec(source.slice(i, i + 4)) : null;
    if (look !== null) {
      let depth = 1, j = i + look[0].length;
      for (; j < source.length && depth > 0; ) {
        let d = source[j];
        if (d === "\\") {
          j += 2;
          continue;
        }
        if (d === "[") {
          j = classEnd(source, j) + 1;
          continue;
        }
        d === "(" ? depth++ : d === ")" && depth--, j++;
      }
      let inner = simplifyPattern(source.slice(i + look[0].length, j - 1));
      lookarounds.push(inner.source, ...inner.lookarounds), out += "(?:)", i = j;
      continue;
    }
    let repeat = c === "{" ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null;
    if (repeat !== null) {
      let min = Math.min(Number(repeat[1]), 2);
      repeat[2] === void 0 ? out += `{${min}}` : repeat[3] === "" ? out += `{${min},}` : out += `{${min},${Math.max(min, Math.min(Number(repeat[3]), 2))}}`, i += repeat[0].length;
      continue;
    }
    out += c, i++;
  }
  return { source: out, lookarounds };
}
function isValid(source, flags) {
  try {
    return new RegExp(source, flags), !0;
  } catch {
    return !1;
  }
}
function verdictOf(d) {
  if (d.status === "safe") return { status: "safe" };
  if (d.status === "vulnerable")
    return { status: "vulnerable", complexity: d.complexity.type === "polynomial" ? `polynomial (degree ${d.complexity.degree})` : d.complexity.type, attack: d.attack.pattern };
  let kind = d.error.kind ?? "error";
  return { status: "unknown", reason: kind === "timeout" ? "the checker timed out" : kind };
}
async function judgeRegex(source, flags, timeout) {
  let { check } = await recheck(), simple = simplifyPattern(source), parts = [simple.source, ...simple.lookarounds];
  if (parts.every((part) => isValid(part, flags))) {
    let allSafe = !0;
    for (let part of parts)
      if ((await check(part, flags, { checker: "automaton", timeout: timeout / 2 })).status !== "safe") {
        allSafe = !1;
        break;
      }
    if (allSafe) return { status: "safe" };
  }
  return verdictOf(await check(source, flags, { timeout }));
}
async function checkRegexSafety(source, flags = "", options = {}) {
  let key = sha256Hex(`${flags}/${source}`), cached = verdicts.get(key);
  if (cached !== void 0) return cached;
  let verdict = await judgeRegex(source, flags.replace(/[gyd]/g, ""), options.timeout ?? 2e3);
  return verdict.status !== "unknown" && verdicts.set(key, verdict), verdict;
}
function userPatterns(config) {
  let out = [];
  config.rules.forEach((rule, i) => {
    out.push({ path: ["rules", i, "regex"], source: rule.regex, flags: rule.flags ?? "" }), rule.allowlist?.regexes?.forEach((source, j) => {
      out.push({ path: ["rules", i, "allowlist", "regexes", j], source, flags: "" });
    });
  }), config.allowlist.regexes.forEach((source, i) => {
    out.push({ path: ["allowlist", "regexes", i], source, flags: "" });
  });
  let walk = (condition, path) => {
    condition.content?.forEach((pattern, i) => {
      out.push({
        path: [...path, "content", i, "pattern"],
        source: pattern.pattern,
        flags: pattern.flags ?? ""
      });
    });
    for (let key of ["all", "any"])
      for (let [i, child] of (condition[key] ?? []).entries()) walk(child, [...path, key, i]);
  };
  return config.reviews?.forEach((spec, i) => {
    walk(spec.when, ["reviews", i, "when"]);
  }), out;
}
function describe(path) {
  return path.map((part, i) => typeof part == "number" ? `[${part}]` : i === 0 ? part : `.${part}`).join("");
}
async function assertSafeUserRegexes(config, locate, options = {}) {
  let patterns = userPatterns(config);
  if (patterns.length === 0) return;
  let file = config.source.file ?? "config", verdicts2 = await Promise.all(
    patterns.map((p) => checkRegexSafety(p.source, p.flags, options))
  );
  for (let [i, pattern] of patterns.entries()) {
    let verdict = verdicts2[i];
    if (verdict.status === "safe") continue;
    let where = describe(pattern.path), reason;
    if (verdict.status === "vulnerable")
      reason = `\`${where}\` can backtrack in ${verdict.complexity} time: a line such as ${verdict.attack} would keep a scan busy for minutes or more`;
    else {
      let judged = await judgeOnPumps(pattern.source, pattern.flags, options.pumpLimitMs ?? 250);
      if (judged.ok) continue;
      reason = `\`${where}\` could not be shown to run in linear time (the ReDoS checker: ${verdict.reason}; on its own test strings it ${judged.reason})`;
    }
    throw new ConfigError(file, reason, {
      ...locate(pattern.path) ?? {},
      hint: "Rewrite the pattern so that each character can be matched one way only: no nested or adjacent quantifiers over overlapping characters (`(a+)+`, `\\s*\\[?\\s*`); bound repeats (`{0,40}`) and anchor where you can."
    });
  }
}
export {
  assertSafeUserRegexes,
  checkRegexSafety,
  simplifyPattern,
  userPatterns
};
