import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  plural
} from "./chunk-WMM62GVN.js";
import {
  githubChecksum,
  scanFile
} from "./chunk-CZ5I6W6C.js";
import "./chunk-6KLVVNOK.js";
import "./chunk-HDBPAX76.js";
import {
  redact
} from "./chunk-GTFPKMOW.js";
import "./chunk-4T47BLQ7.js";
import "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/cli/rules-test.ts
init_cli_data();

// src/rules/example-cases.ts
init_cli_data();

// src/rules/compose.ts
init_cli_data();
var UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", LOWER = "abcdefghijklmnopqrstuvwxyz", DIGITS = "0123456789", ALNUM = UPPER + LOWER + DIGITS, HEX = "0123456789abcdef", BASE32 = `${UPPER}234567`, BASE64 = `${ALNUM}+/`, BASE64URL = `${ALNUM}_-`, BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    return t = Math.imul(t ^ t >>> 15, t | 1), t ^= t + Math.imul(t ^ t >>> 7, t | 61), ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function pick(random, alphabet, length) {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}
function base64url(text) {
  return Buffer.from(text, "utf8").toString("base64url");
}
function count(arg, name) {
  let n = Number(arg);
  if (!Number.isInteger(n) || n <= 0 || n > 1e5)
    throw new Error(`compose: {{${name}:N}} needs a positive length, got "${arg ?? ""}".`);
  return n;
}
function githubLike(random, prefix, valid) {
  let body = pick(random, ALNUM, 30), crc = githubChecksum(body);
  if (valid) return prefix + body + crc;
  let other = crc.slice(-1) === "0" ? "1" : "0";
  return prefix + body + crc.slice(0, -1) + other;
}
function pem(random, type, escaped) {
  let pgp = type.startsWith("PGP"), lines = [`-----BEGIN ${type}-----`];
  pgp && lines.push("Version: GnuPG v2", "");
  for (let i = 0; i < 20; i++) lines.push(pick(random, BASE64, 64));
  return lines.push(`${pick(random, BASE64, 40)}==`), pgp && lines.push(`=${pick(random, BASE64, 4)}`), lines.push(`-----END ${type}-----`), escaped ? `${lines.join("\\n")}\\n` : lines.join(`
`);
}
function jwt(random) {
  let header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" })), payload = base64url(
    JSON.stringify({
      sub: pick(random, DIGITS, 10),
      name: pick(random, LOWER, 8),
      iat: 17e8 + Math.floor(random() * 1e7),
      jti: pick(random, ALNUM, 16)
    })
  );
  return `${header}.${payload}.${pick(random, BASE64URL, 43)}`;
}
function uuid(random) {
  let h = pick(random, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}
var ALPHABETS = {
  alnum: ALNUM,
  lower: LOWER + DIGITS,
  upper: UPPER + DIGITS,
  letters: UPPER + LOWER,
  hex: HEX,
  HEX: HEX.toUpperCase(),
  digits: DIGITS,
  base32: BASE32,
  base64: BASE64,
  base64url: BASE64URL,
  bech32: BECH32
};
function expand(random, name, arg) {
  let alphabet = Object.hasOwn(ALPHABETS, name) ? ALPHABETS[name] : void 0;
  if (alphabet !== void 0) return pick(random, alphabet, count(arg, name));
  switch (name) {
    case "lit":
      return arg ?? "";
    case "uuid":
      return uuid(random);
    case "github":
    case "github-badcrc":
      return githubLike(random, arg ?? "ghp_", name === "github");
    case "npm":
    case "npm-badcrc":
      return githubLike(random, "npm_", name === "npm");
    case "jwt":
      return jwt(random);
    case "pem":
    case "pem-escaped":
      return pem(random, arg ?? "PRIVATE KEY", name === "pem-escaped");
    case "openai":
      return `${arg ?? "sk-proj-"}${pick(random, BASE64URL, 74)}T3BlbkFJ${pick(random, BASE64URL, 74)}`;
    case "openai-legacy":
      return `sk-${pick(random, ALNUM, 20)}T3BlbkFJ${pick(random, ALNUM, 20)}`;
    case "anthropic":
      return `sk-ant-${arg ?? "api03"}-${pick(random, BASE64URL, 93)}AA`;
    case "basic":
      return Buffer.from(`${arg ?? "user"}:${pick(random, ALNUM, 16)}`, "utf8").toString("base64");
    case "groq":
      return `gsk_${pick(random, ALNUM, 20)}WGdyb3FY${pick(random, ALNUM, 24)}`;
    default:
      throw new Error(`compose: unknown generator {{${name}}}.`);
  }
}
var PLACEHOLDER = /\{\{([a-zA-Z0-9-]+)(?::((?:(?!\}\}).)*))?\}\}/gs;
function composeDetailed(template, seed = 1) {
  let random = mulberry32(seed), text = "", last = 0, firstGenerated, hint, mark, generated = [];
  for (let m of template.matchAll(PLACEHOLDER)) {
    text += template.slice(last, m.index);
    let name = m[1] ?? "";
    if (name === "mark") {
      mark = text.length, last = m.index + m[0].length;
      continue;
    }
    let value = expand(random, name, m[2]);
    name !== "lit" && (generated.push(value), firstGenerated === void 0 && (firstGenerated = text.length), (hint === void 0 || value.length > hint.length) && (hint = value)), text += value, last = m.index + m[0].length;
  }
  text += template.slice(last);
  let at = mark ?? firstGenerated, line = at === void 0 ? 1 : text.slice(0, at).split(`
`).length, markColumn = mark === void 0 ? void 0 : mark - text.lastIndexOf(`
`, mark - 1);
  return {
    text,
    line,
    secretHint: hint,
    generated,
    ...markColumn === void 0 ? {} : { markColumn }
  };
}

// src/rules/example-cases.ts
var DEFAULT_EXAMPLE_PATH = "src/settings.txt";
function addedFile(path, text) {
  return {
    path,
    status: "added",
    hunks: [{ startLine: 1, text }],
    size: text.length,
    lines: text.split(`
`).length,
    binary: !1
  };
}
function findSecrets(rules, text, path = DEFAULT_EXAMPLE_PATH) {
  return scanFile(addedFile(path, text), rules).map((f) => ({
    ruleId: f.ruleId,
    line: f.line,
    column: f.column,
    width: Math.max(1, f.secret.split(`
`)[0]?.length ?? 1),
    redacted: redact(f.secret)
  }));
}
function covers(found, expected) {
  return found.ruleId === expected.ruleId && found.line === expected.line && [expected.column, ...expected.orColumns ?? []].some(
    (column) => found.column <= column && column < found.column + found.width
  );
}
function describeFound(found) {
  return found.length === 0 ? "nothing" : found.map((f) => `${f.ruleId} at ${f.line}:${f.column} (${f.redacted})`).join(", ");
}
function caseProblems(expected, found, underTest) {
  let problems = [], relevant = found.filter((f) => underTest.has(f.ruleId));
  for (let want of expected)
    relevant.some((f) => covers(f, want)) || problems.push(
      `expected ${want.ruleId} at ${want.line}:${want.column}, found ${describeFound(relevant)}`
    );
  let extra = relevant.filter((f) => !expected.some((want) => covers(f, want)));
  return extra.length > 0 && expected.length === 0 ? problems.push(`expected no finding, found ${describeFound(extra)}`) : extra.length > 0 && problems.length === 0 && problems.push(`expected only the findings named, also found ${describeFound(extra)}`), problems;
}
function expectedPosition(template, seed) {
  let composed = composeDetailed(template, seed), line = composed.line, lines = composed.text.split(`
`), lineStart = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0), lineEnd = lineStart + (lines[line - 1]?.length ?? 0), columns = [], from = lineStart;
  for (let value of composed.generated) {
    let first = value.split(`
`)[0] ?? "", at = first === "" ? -1 : composed.text.indexOf(first, from);
    at < 0 || at > lineEnd || (columns.push(at - lineStart + 1), from = at + first.length);
  }
  columns.length === 0 && composed.markColumn !== void 0 && columns.push(composed.markColumn);
  let [column = 1, ...orColumns] = columns;
  return orColumns.length === 0 ? { line, column } : { line, column, orColumns };
}
function exampleCases(spec, seed = 1) {
  let positives = spec.examples?.positive ?? [];
  return {
    valid: (spec.examples?.negative ?? []).map((code, i) => ({ name: `${spec.id} negative example ${i + 1}`, code })),
    invalid: positives.map((code, i) => ({
      name: `${spec.id} positive example ${i + 1}`,
      code,
      errors: [{ ruleId: spec.id, ...expectedPosition(code, seed) }]
    }))
  };
}
function runCase(rules, testCase, underTest, seed = 1) {
  let text = composeDetailed(testCase.code, seed).text, found = findSecrets(rules, text, testCase.path), expected = "errors" in testCase ? testCase.errors : [];
  return { found, problems: caseProblems(expected, found, underTest) };
}
function checkRuleExamples(specs, rules) {
  let cases = 0, failures = [];
  for (let spec of specs) {
    let { valid, invalid } = exampleCases(spec);
    for (let testCase of [...invalid, ...valid]) {
      cases++;
      let { problems } = runCase(rules, testCase, /* @__PURE__ */ new Set([spec.id]));
      problems.length > 0 && failures.push({
        ruleId: spec.id,
        example: testCase.name ?? spec.id,
        template: testCase.code,
        problems
      });
    }
  }
  return { cases, failures };
}

// src/cli/rules-test.ts
function testCustomRules(config, inForce, rules, write) {
  let where = config.source.file ?? "the config", active = new Set(inForce.map((spec) => spec.id)), custom = config.rules.filter((spec) => active.has(spec.id));
  if (custom.length === 0)
    return write(`No custom rules in ${where}: nothing to test.
`), 0;
  let withExamples = custom.filter(
    (spec) => (spec.examples?.positive.length ?? 0) + (spec.examples?.negative.length ?? 0) > 0
  ), { cases, failures } = checkRuleExamples(withExamples, rules), lines = failures.map(
    (failure) => `\u2717 ${failure.ruleId}, ${failure.example.replace(`${failure.ruleId} `, "")}: ${failure.problems.join("; ")}.`
  ), untested = custom.length - withExamples.length;
  return untested > 0 && lines.push(
    `${plural(untested, "custom rule has", "custom rules have")} no \`examples:\` (${custom.filter((spec) => !withExamples.includes(spec)).map((spec) => spec.id).join(", ")}): add a positive and a negative template to test it.`
  ), lines.push(
    failures.length === 0 ? `\u2714 ${plural(cases, "example")} of ${plural(withExamples.length, "custom rule")} pass (${where}).` : `${plural(failures.length, "example")} of ${plural(cases, "example")} failed (${where}). Fix the rule's regex or its examples.`
  ), write(`${lines.join(`
`)}
`), failures.length === 0 ? 0 : 1;
}
export {
  testCustomRules
};
