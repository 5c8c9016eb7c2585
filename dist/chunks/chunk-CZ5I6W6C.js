import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  base64PemValues,
  continuedLines,
  decodeJsonEscapes,
  detectFormat,
  escapedLines,
  insideDataUri,
  insideIntegrityHash,
  isKubernetesSecret,
  isLockfileEntry,
  kubernetesSecretValues,
  rawOffset,
  testFixtureReason
} from "./chunk-6KLVVNOK.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/secret/scan-file.ts
init_cli_data();

// src/core/secret/decoys.ts
init_cli_data();
var REFERENCE = /<[^<>\s]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|%\([^)]*\)s|process\.env|os\.environ|os\.getenv|ENV\[|getenv\(/i, WHOLE_REFERENCE = /^(?:%[A-Za-z_][\w.]*%|\$\([A-Za-z_][\w.]*\)|\$env:[A-Za-z_]\w*|#\{[^{}\s]+\}#?)$/, PLACEHOLDER_RUN = /[xX]{4,}|\*{4,}|#{4,}|\.{4,}|0{6,}/, LONG_PLACEHOLDER_RUN = /[xX]{8,}|\*{6,}|#{6,}|\.{6,}|0{10,}/;
var PLACEHOLDER_WORDS = /changeme|change_me|redacted|dummy|example|placeholder|your_|your-|yourkey|insert|sample|fake|replace_?me|notreal|not_real/i, DOCUMENTED_VALUES = /* @__PURE__ */ new Set([
  "2YotnFZFEjr1zCsicMWpAA",
  "tGzv3JOkF0XG5Qx2TlKWIA",
  "SplxlOBeZQQYbYS6WxSbIA",
  "7Fjfp0ZBr1KtDRbnfVdmIw",
  "mF_9.B5f-4.1JqM",
  "dpf43f3p2l4k3l03",
  "kd94hf93k423kf44",
  "hh5s93j4hdidpola",
  "hdk48Djdsa",
  "nnch734d00sl2jdk",
  "pfkkdhi9sl3r4s00",
  "9djdj82h48djs9d2",
  "kkk9d7dh3k39sjv7",
  "ad180jjd733klru7",
  "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
  "gX1fBat3bV",
  "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
  "dGVzdDoxMjPCow==",
  // Test constants published by SDKs and copied into many public repositories' tests:
  // - the Standard Webhooks test vector (github.com/standard-webhooks/standard-webhooks, the
  //   test suites of its libraries in every language; also in Svix's documentation);
  ["whsec_", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"].join(""),
  "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  // - AWS's documented example access key and secret key (docs.aws.amazon.com, IAM user guide
  //   "Managing access keys"), also caught by the `example` placeholder word.
  ["AKIAIOSFODNN7", "EXAMPLE"].join(""),
  ["wJalrXUtnFEMI/K7MDENG/bPxRfiCY", "EXAMPLEKEY"].join(""),
  // - the sample Google API keys of Firebase's Android SDK (github.com/firebase/firebase-android-sdk,
  //   its test fixtures and sample configurations), which other scanners' default configs also
  //   treat as known examples.
  ...[
    "Syabcdefghijklmnopqrstuvwxyz1234567",
    "SyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs",
    "SyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM",
    "SyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU",
    "SyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0",
    "yDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A",
    "SyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c",
    "SyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4",
    "SyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY",
    "SyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM",
    "SyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ",
    "SyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g",
    "SyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU",
    "SyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw",
    "SyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE",
    "SyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY"
  ].map((rest) => `AIza${rest}`)
]), GENERIC_ONLY_WORDS = /test/i, SEQUENCE_LENGTH = 6;
function hasSequentialRun(value) {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    let previous = value.charCodeAt(i - 1), current = value.charCodeAt(i);
    if ((current >= 48 && current <= 57 || current >= 65 && current <= 90 || current >= 97 && current <= 122) && current === previous + 1) {
      if (run++, run >= SEQUENCE_LENGTH) return !0;
    } else
      run = 1;
  }
  return !1;
}
var COUNTS = new Int32Array(128), SEEN = new Uint8Array(128);
function isMostlyOneCharacter(value) {
  if (value.length < 8) return !1;
  let limit = value.length * 0.6, distinct = 0, found = !1;
  for (let i = 0; i < value.length; i++) {
    let code = value.charCodeAt(i);
    if (code >= 128) {
      found = isMostlyOneOfAny(value);
      break;
    }
    let count = COUNTS[code] + 1;
    if (count === 1 && (SEEN[distinct++] = code), COUNTS[code] = count, count > limit) {
      found = !0;
      break;
    }
  }
  for (let k = 0; k < distinct; k++) COUNTS[SEEN[k]] = 0;
  return found;
}
function isMostlyOneOfAny(value) {
  let counts = /* @__PURE__ */ new Map(), limit = value.length * 0.6;
  for (let i = 0; i < value.length; i++) {
    let code = value.charCodeAt(i), count = (counts.get(code) ?? 0) + 1;
    if (count > limit) return !0;
    counts.set(code, count);
  }
  return !1;
}
function isDecoy(secret, generic) {
  return DOCUMENTED_VALUES.has(secret) || REFERENCE.test(secret) || WHOLE_REFERENCE.test(secret) || (secret.length > 100 ? LONG_PLACEHOLDER_RUN : PLACEHOLDER_RUN).test(secret) || PLACEHOLDER_WORDS.test(secret) || generic && GENERIC_ONLY_WORDS.test(secret) || isMostlyOneCharacter(secret) || hasSequentialRun(secret);
}

// src/core/secret/entropy.ts
init_cli_data();
var COUNTS2 = new Int32Array(128), ORDER = new Uint8Array(128);
function shannonEntropy(value) {
  let length = value.length;
  if (length === 0) return 0;
  let distinct = 0;
  for (let i = 0; i < length; i++) {
    let code = value.charCodeAt(i);
    if (code >= 128) {
      for (let k = 0; k < distinct; k++) COUNTS2[ORDER[k]] = 0;
      return entropyOfAny(value);
    }
    COUNTS2[code]++ === 0 && (ORDER[distinct++] = code);
  }
  let entropy = 0;
  for (let k = 0; k < distinct; k++) {
    let code = ORDER[k], p = COUNTS2[code] / length;
    COUNTS2[code] = 0, entropy -= p * Math.log2(p);
  }
  return entropy;
}
function entropyOfAny(value) {
  let length = value.length, counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < length; i++) {
    let code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (let count of counts.values()) {
    let p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

// src/core/secret/identifier.ts
init_cli_data();
var CONTEXT_TAGS = ["keyword-anchored"], CHOSEN_VALUE_TAGS = ["password"], WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g, LETTERS = /^[A-Za-z_$]+$/, KEBAB = /-+/g, LOWER = /[a-z]/, VOWEL = /[aeiouy]/i;
function isCodeIdentifier(value) {
  if (!LETTERS.test(value)) return !1;
  let words = 0, letters = 0, short = 0, acronyms = 0, voiceless = 0;
  for (let part of value.split(/[_$]+/))
    for (let word of part.match(WORD) ?? []) {
      words++, letters += word.length, word.length <= 2 && short++;
      let lower = LOWER.test(word);
      !lower && word.length >= 2 && word !== part && acronyms++, lower && word.length >= 3 && !VOWEL.test(word) && voiceless++;
    }
  return words > 0 && letters / words >= 3.5 && short <= Math.max(1, words / 4) && acronyms <= 2 && voiceless <= 1;
}
function isKebabName(value) {
  return value.includes("-") && isCodeIdentifier(value.replace(KEBAB, "_"));
}
var TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/, DIGIT = /[0-9]/g;
function isTypeAnnotation(text, at, value) {
  if (!TYPE_NAME.test(value) || (value.match(DIGIT)?.length ?? 0) > 2) return !1;
  let i = at - 1;
  for (; i >= 0 && (text[i] === " " || text[i] === "	"); ) i--;
  return text[i] !== ":" ? !1 : isCodeIdentifier(value.replace(DIGIT, ""));
}
function isUpper(code) {
  return code >= 65 && code <= 90;
}
function isLower(code) {
  return code >= 97 && code <= 122;
}
function isWordStart(text, at) {
  if (at === 0) return !0;
  let before = text.charCodeAt(at - 1);
  if (!isUpper(before) && !isLower(before)) return !0;
  let first = text.charCodeAt(at);
  return isUpper(first) ? isLower(before) || isLower(text.charCodeAt(at + 1)) : !1;
}

// src/core/secret/scan-file.ts
var FILE_BUDGET_MS = 5e3, OverBudget = class extends Error {
  constructor(ruleId) {
    super("over budget");
    this.ruleId = ruleId;
  }
  ruleId;
};
function scanFile(file, rules) {
  let out = [];
  return scanFileInto(file, rules, out, { allowlisted: 0 }), out;
}
function scanFileInto(file, rules, out, counters) {
  if (file.skipped !== void 0 || file.hunks.length === 0) return;
  let chars = 0;
  for (let hunk of file.hunks) chars += hunk.text.length;
  let first = file.hunks[0], head = first.startLine === 1 && first.startColumn === void 0 ? first.text : null, format = detectFormat(file.path, chars, file.lines, head), enabled = enabledRules(file.path, format, rules), relaxed = format.lockfile ? relaxedRules(file.path, format, rules, enabled) : null;
  if (enabled === null && relaxed === null) return;
  let budget = counters.budget, deadline = budget === void 0 ? null : { at: budget.now() + budget.ms, now: budget.now }, scanner = enabled === null ? null : new TextScanner(file, rules, enabled, format, out, counters, deadline), strict = relaxed === null ? null : new TextScanner(file, rules, relaxed, format, out, counters, deadline, isLockfileEntry);
  try {
    scanHunks(file, format, scanner, strict);
  } catch (error) {
    if (!(error instanceof OverBudget)) throw error;
    counters.overBudget = [
      ...counters.overBudget ?? [],
      {
        path: file.path,
        ruleId: error.ruleId,
        ms: Math.round(deadline.now() - deadline.at + budget.ms)
      }
    ];
  }
}
function scanHunks(file, format, scanner, strict) {
  let kubernetes = file.decoded === void 0 && format.yaml && file.hunks.some((hunk) => isKubernetesSecret(hunk.text));
  for (let hunk of file.hunks)
    scanner !== null && scanHunk(scanner, hunk, format, kubernetes), strict !== null && strict.scan(hunk.text, hunk, null);
  if (scanner !== null)
    for (let value of file.decoded ?? []) {
      let at = value.column - 1;
      scanner.scan(value.text, { startLine: value.line, text: value.lineText }, () => at);
    }
}
function scanHunk(scanner, hunk, format, kubernetes) {
  if (format.notebook) {
    let decoded = decodeJsonEscapes(hunk.text), map = decoded.decodedAt.length === 1 ? null : (offset) => rawOffset(decoded, offset);
    scanner.scan(decoded.text, hunk, map);
  } else {
    scanner.scan(hunk.text, hunk, null);
    let { marks } = scanner, pem = scanner.saw(marks.base64Pem);
    if (!format.minified) {
      let continued = scanner.saw(marks.continued) ? continuedLines(hunk.text) : [];
      for (let joined of continued)
        scanner.scan(joined.text, hunk, (offset) => rawOffset(joined, offset));
      for (let line of escapedLines(hunk.text))
        scanner.scan(line.text, hunk, (offset) => rawOffset(line, offset));
    }
    if (!kubernetes) {
      pem && scanEncoded(scanner, hunk, base64PemValues(hunk.text));
      return;
    }
  }
  scanEncoded(
    scanner,
    hunk,
    kubernetes ? kubernetesSecretValues(hunk.text) : base64PemValues(hunk.text)
  );
}
function scanEncoded(scanner, hunk, encoded) {
  for (let value of encoded)
    scanner.scan(value.decoded, hunk, () => value.offset);
}
function relaxedRules(path, format, compiled, enabled) {
  let everywhere = enabledRules(path, { ...format, lockfile: !1 }, compiled);
  if (everywhere === null) return null;
  let relaxed = new Uint8Array(everywhere.length), count = 0;
  for (let i = 0; i < relaxed.length; i++)
    everywhere[i] === 1 && (enabled === null || enabled[i] === 0) && (relaxed[i] = 1, count++);
  return count === 0 ? null : relaxed;
}
var enabledByKind = /* @__PURE__ */ new WeakMap();
function enabledRules(path, format, compiled) {
  let { rules } = compiled, byKind = enabledByKind.get(compiled);
  if (byKind === void 0) {
    byKind = [];
    for (let kind = 0; kind < 4; kind++) {
      let lockfile = (kind & 1) !== 0, minified = (kind & 2) !== 0, mask = new Uint8Array(rules.length), count = 0;
      for (let rule of rules)
        lockfile && !rule.lockfile || minified && !rule.minified || (mask[rule.index] = 1, count++);
      byKind.push(count === 0 ? null : mask);
    }
    enabledByKind.set(compiled, byKind);
  }
  let shared = byKind[(format.lockfile ? 1 : 0) | (format.minified ? 2 : 0)];
  if (shared === null) return null;
  let enabled = shared;
  for (let index of compiled.pathScoped)
    enabled[index] !== 0 && rules[index].allowlist.paths.some((glob) => glob.match(path)) && (enabled === shared && (enabled = shared.slice()), enabled[index] = 0);
  return enabled !== shared && enabled.every((on) => on === 0) ? null : enabled;
}
function startsWithAny(text, literals, at) {
  for (let literal of literals) if (text.startsWith(literal, at)) return !0;
  return !1;
}
function detached(part) {
  return part.length < 13 ? part : ` ${part}`.slice(1);
}
function allowlisted(secret, list) {
  let regexes = list.regexes;
  for (let k = 0; k < regexes.length; k++) {
    let regex = regexes[k];
    if (regex.lastIndex = 0, regex.test(secret))
      return k > 0 && (regexes[k] = regexes[k - 1], regexes[k - 1] = regex), !0;
  }
  if (list.stopwords.length > 0) {
    let lower = secret.toLowerCase();
    for (let word of list.stopwords) if (lower.includes(word)) return !0;
  }
  return !1;
}
var scratch = {
  mask: new Uint8Array(0),
  starts: [],
  ids: [],
  packed: new Int32Array(0),
  chain: new Int32Array(0),
  head: new Int32Array(0),
  headPass: new Int32Array(0),
  passes: 0,
  cursors: new Int32Array(8)
}, anyStartLed = /* @__PURE__ */ new WeakMap();
function chainStarts(sorted, bits, keywordCount) {
  scratch.chain.length < sorted.length && (scratch.chain = new Int32Array(Math.max(sorted.length, scratch.chain.length * 2, 1024))), scratch.head.length < keywordCount && (scratch.head = new Int32Array(keywordCount), scratch.headPass = new Int32Array(keywordCount), scratch.passes = 0), scratch.passes === 2147483647 && (scratch.passes = 0, scratch.headPass.fill(0));
  let pass = ++scratch.passes, { chain, head, headPass } = scratch, idMask = (1 << bits) - 1;
  for (let k = sorted.length - 1; k >= 0; k--) {
    let id = sorted[k] & idMask;
    chain[k] = headPass[id] === pass ? head[id] : -1, head[id] = k, headPass[id] = pass;
  }
  return pass;
}
function idBits(keywordCount) {
  let bits = 0;
  for (; 1 << bits < keywordCount; ) bits++;
  return bits;
}
function sortNearlySorted(a) {
  let budget = 16 * a.length + 64;
  for (let i = 1; i < a.length; i++) {
    let value = a[i], j = i - 1;
    for (; j >= 0 && a[j] > value; )
      if (a[j + 1] = a[j], j--, --budget === 0) {
        a[j + 1] = value, a.sort();
        return;
      }
    a[j + 1] = value;
  }
}
function sortStarts(starts, ids, bits, textLength) {
  let count = starts.length;
  scratch.packed.length < count && (scratch.packed = new Int32Array(Math.max(count, scratch.packed.length * 2, 1024)));
  let sorted = scratch.packed.subarray(0, count);
  if (bits > 0 && textLength < 2 ** (31 - bits))
    for (let k = 0; k < count; k++) sorted[k] = starts[k] << bits | ids[k];
  else {
    bits = 0;
    for (let k = 0; k < count; k++) sorted[k] = starts[k];
  }
  return sortNearlySorted(sorted), { sorted, bits };
}
var ALL_STARTS = 0, ONE_CHAIN = 1, MERGED = 2, MERGED_CHAINS = 3;
function nextCursor(cursors, count) {
  let k = -1;
  for (let i = 0; i < count; i++) {
    let at = cursors[i];
    at !== -1 && (k === -1 || at < k) && (k = at);
  }
  return k;
}
function advanceCursor(cursors, count, k, chain) {
  for (let i = 0; i < count; i++)
    if (cursors[i] === k) {
      cursors[i] = chain[k];
      break;
    }
  return nextCursor(cursors, count);
}
var TextScanner = class {
  constructor(file, compiled, enabled, format, out, counters, deadline = null, skipLine = null) {
    this.file = file;
    this.compiled = compiled;
    this.enabled = enabled;
    this.format = format;
    this.out = out;
    this.counters = counters;
    this.deadline = deadline;
    this.skipLine = skipLine;
    let marked = compiled.prefilter.ruleCount;
    scratch.mask.length < marked && (scratch.mask = new Uint8Array(marked)), this.candidateMask = scratch.mask.subarray(0, marked), this.marks = compiled.marks;
    let any = anyStartLed.get(compiled);
    any === void 0 && (any = compiled.rules.some((rule) => rule.startKeywords !== null), anyStartLed.set(compiled, any)), this.starts = any ? scratch.starts : null, this.ids = scratch.ids, this.idBits = idBits(compiled.prefilter.keywordCount);
  }
  file;
  compiled;
  enabled;
  format;
  out;
  counters;
  deadline;
  skipLine;
  candidateMask;
  /** Keyword starts the prefilter records for start-led rules (null when there are none). */
  starts;
  /** The keyword id of each start. */
  ids;
  idBits;
  /** Where the prefilter marks what a text may hold for the format decoders. */
  marks;
  /** Whether the last scanStarts tried its regex anywhere. */
  attempted = !1;
  /** Whether the last scanned text has the text mark `index` (see CompiledRules.marks). */
  saw(index) {
    return this.candidateMask[index] === 1;
  }
  /**
   * Scans `text`; positions are reported in the hunk's text through `map` (identity when
   * null). Of a chunk of a larger file, only findings that start before `hunk.until` count.
   */
  scan(text, hunk, map) {
    let mask = this.candidateMask;
    mask.fill(0);
    let starts = this.starts, ids = this.ids;
    starts !== null && (starts.length = 0, ids.length = 0);
    let { prefilter } = this.compiled, left = prefilter.candidates(text, mask, starts, starts === null ? null : ids), marks = this.marks;
    if (left -= mask[marks.base64Pem] + mask[marks.continued], left === 0) return;
    let recorded = starts !== null && prefilter.recordsStarts, sorted = null, bits = 0, pass = 0, candidates = null, rules = this.compiled.rules;
    for (let r = 0; r < rules.length && left > 0; r++) {
      if (mask[r] === 0 || (left--, this.enabled[r] === 0)) continue;
      let rule = rules[r];
      if (recorded && rule.startKeywords !== null && (rule.keywordLed ?? rule.leads) !== null) {
        sorted === null && ({ sorted, bits } = sortStarts(starts, ids, this.idBits, text.length), bits > 0 && (pass = chainStarts(sorted, bits, prefilter.keywordCount)));
        let sticky = rule.keywordLed ?? rule.leads.sticky, literals = rule.keywordLed === null ? rule.leads.literals : null;
        if (candidates = this.scanStarts(rule, sticky, literals, sorted, bits, pass, text, candidates), !this.attempted) continue;
      } else if (rule.anchor !== null)
        candidates = this.scanAnchored(rule, rule.anchor, text, candidates);
      else if (rule.leads !== null)
        candidates = this.scanLeads(rule, rule.leads, text, candidates);
      else {
        let regex = rule.regex;
        regex.lastIndex = 0;
        for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
          if (match[0].length === 0 || rule.wordStart && !isWordStart(text, match.index)) {
            regex.lastIndex = match.index + 1;
            continue;
          }
          candidates = this.consider(rule, match, text, candidates);
        }
      }
      if (this.deadline !== null && this.deadline.now() > this.deadline.at)
        throw new OverBudget(rule.id);
    }
    candidates !== null && this.report(candidates, hunk, map);
  }
  /**
   * Runs an anchored rule: sticky attempts only at the positions from which a match could reach
   * an occurrence of the anchor literal. Finds the same matches as a global scan.
   */
  scanAnchored(rule, anchor, text, candidates) {
    let { literal, maxBefore, minBefore, sticky } = anchor, next = 0;
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, Math.max(at + 1, next))) {
      for (let start = Math.max(next, at - maxBefore); start <= at - minBefore; start++) {
        sticky.lastIndex = start;
        let match = sticky.exec(text);
        if (match !== null) {
          candidates = this.consider(rule, match, text, candidates), next = start + Math.max(match[0].length, 1);
          break;
        }
      }
      next <= at - minBefore && (next = at - minBefore + 1);
    }
    return candidates;
  }
  /**
   * Runs a rule whose every match starts with one of a few literals: sticky attempts only
   * where a literal occurs, in text order, never inside a previous match. Finds the same
   * matches as a global scan.
   */
  scanLeads(rule, leads, text, candidates) {
    let { literals, sticky } = leads, at = literals.map((literal) => text.indexOf(literal)), next = 0;
    for (; ; ) {
      let start = -1;
      for (let position of at)
        position !== -1 && (start === -1 || position < start) && (start = position);
      if (start === -1) break;
      sticky.lastIndex = start;
      let match = sticky.exec(text);
      match !== null ? (candidates = this.consider(rule, match, text, candidates), next = start + Math.max(match[0].length, 1)) : next = start + 1;
      for (let i = 0; i < at.length; i++)
        at[i] !== -1 && at[i] < next && (at[i] = text.indexOf(literals[i], next));
    }
    return candidates;
  }
  /**
   * Runs a keyword-led rule, or a lead rule whose leads start with its keywords: sticky attempts
   * only at the starts of the rule's own keywords (ascending; for a lead rule, only where one of
   * its `literals` occurs), never inside a previous match. Every match starts there, so this
   * finds what a global scan finds. `sorted` holds the packed starts (see sortStarts), chained
   * by keyword in `pass` (chainStarts) when they carry keyword ids (`bits` > 0).
   */
  scanStarts(rule, sticky, literals, sorted, bits, pass, text, candidates) {
    let next = 0, last = -1;
    this.attempted = !1;
    let cursors = scratch.cursors, mode = ALL_STARTS, count = 0;
    if (bits > 0) {
      let ids = rule.startIds, { head, headPass } = scratch;
      cursors.length < ids.length && (cursors = scratch.cursors = new Int32Array(ids.length));
      for (let i = 0; i < ids.length; i++) {
        let id = ids[i];
        headPass[id] === pass && (cursors[count++] = head[id]);
      }
      if (count === 0) return candidates;
      count === 1 ? mode = ONE_CHAIN : count <= MERGED_CHAINS && (mode = MERGED);
    }
    let chain = scratch.chain, k;
    mode === ALL_STARTS ? k = sorted.length > 0 ? 0 : -1 : mode === ONE_CHAIN ? k = cursors[0] : k = nextCursor(cursors, count);
    let own = rule.startKeywords, idMask = (1 << bits) - 1;
    for (; k !== -1; ) {
      let packed = sorted[k];
      if (mode === ALL_STARTS) {
        if (k = k + 1 < sorted.length ? k + 1 : -1, bits > 0 && own[packed & idMask] === 0) continue;
      } else mode === ONE_CHAIN ? k = chain[k] : k = advanceCursor(cursors, count, k, chain);
      let start = packed >> bits;
      if (start < next || start === last || (last = start, literals !== null && !startsWithAny(text, literals, start)) || rule.wordStart && !isWordStart(text, start)) continue;
      sticky.lastIndex = start, this.attempted = !0;
      let match = sticky.exec(text);
      match !== null && (candidates = this.consider(rule, match, text, candidates), next = start + Math.max(match[0].length, 1));
    }
    return candidates;
  }
  /** Applies the checks to one match; returns the (possibly new) candidate list. */
  consider(rule, match, text, candidates) {
    let group = match.groups?.secret, secret = group ?? match[0];
    if (secret === "" || !this.valueKept(rule, secret, match[0])) return candidates;
    let start = group === void 0 ? match.index : this.secretStart(rule, match.index, text);
    if (this.skipLine !== null) {
      let lineEnd = text.indexOf(`
`, start), line = text.slice(
        text.lastIndexOf(`
`, start - 1) + 1,
        lineEnd < 0 ? void 0 : lineEnd
      );
      if (this.skipLine(line)) return candidates;
    }
    if (!this.contextKept(rule, secret, text, start)) return candidates;
    let list = candidates ?? [];
    return list.push({ rule, start, end: start + secret.length, secret }), list;
  }
  /** Where the `secret` group of the rule's match at `index` starts. */
  secretStart(rule, index, text) {
    let locate = rule.locate;
    locate.lastIndex = index;
    let start = locate.exec(text)?.indices?.groups?.secret?.[0];
    if (start === void 0) throw new Error(`${rule.id}: the secret group could not be located`);
    return start;
  }
  /** Checks of the value alone, cheapest first (a rule's own allowlist is one: see below). */
  valueKept(rule, secret, match) {
    return rule.entropy > 0 && shannonEntropy(secret) < rule.entropy || isDecoy(secret, rule.generic) || (rule.context || rule.generic) && isCodeIdentifier(secret) || rule.kebabNames && isKebabName(secret) || rule.validator !== null && !rule.validator(secret, match) ? !1 : !allowlisted(secret, rule.allowlist);
  }
  /** Checks of where the value stands, then the counted global allowlist. */
  contextKept(rule, secret, text, at) {
    return rule.generic && (insideDataUri(text, at) || isTypeAnnotation(text, at, secret)) || this.format.lockfile && insideIntegrityHash(text, at) ? !1 : allowlisted(secret, this.compiled.allowlist) ? (this.counters.allowlisted++, !1) : !0;
  }
  /** Line numbers for candidates in offset order, with one running pass over `raw`. */
  report(candidates, hunk, map) {
    candidates.sort((a, b) => a.start - b.start || a.rule.index - b.rule.index);
    let { text: raw, startLine } = hunk, until = hunk.until ?? raw.length + 1, firstColumn = (hunk.startColumn ?? 1) - 1, line = startLine, lineStart = 0, nextNewline = raw.indexOf(`
`), file = this.file;
    for (let candidate of candidates) {
      let rawStart = map === null ? candidate.start : map(candidate.start);
      if (rawStart >= until) continue;
      for (rawStart < lineStart && (line = startLine, lineStart = 0, nextNewline = raw.indexOf(`
`)); nextNewline !== -1 && nextNewline < rawStart; )
        line++, lineStart = nextNewline + 1, nextNewline = raw.indexOf(`
`, lineStart);
      let rawLast = map === null ? candidate.end - 1 : map(candidate.end - 1), endLine = line;
      for (let nl = nextNewline; nl !== -1 && nl < rawLast; nl = raw.indexOf(`
`, nl + 1))
        endLine++;
      let lineEnd = nextNewline === -1 ? raw.length : nextNewline;
      lineEnd > lineStart && raw.charCodeAt(lineEnd - 1) === 13 && lineEnd--;
      let { rule } = candidate, why = rule.fixture === null ? null : testFixtureReason(candidate.secret, file.path, raw, file.certificates ?? []), as = why === null ? rule : rule.fixture, finding = {
        ruleId: as.id,
        kind: "secret",
        severity: as.severity,
        title: as.title,
        provider: as.provider,
        path: file.path,
        line,
        endLine,
        column: rawStart - lineStart + 1 + (line === startLine ? firstColumn : 0),
        secret: detached(candidate.secret),
        lineText: detached(raw.slice(lineStart, lineEnd)),
        blocking: as.blocking,
        ...rule.generic ? { contextual: !0 } : {}
      };
      why !== null && (finding.note = why), file.commit !== void 0 && (finding.commit = file.commit), this.out.push(finding);
    }
  }
};

// src/core/secret/validators.ts
init_cli_data();
import { Buffer } from "node:buffer";
var CRC32_TABLE = (() => {
  let table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(text) {
  let bytes = Buffer.from(text, "utf8"), crc = 4294967295;
  for (let byte of bytes) crc = CRC32_TABLE[(crc ^ byte) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62(value, width) {
  let out = "", n = Math.floor(value);
  for (; n > 0; )
    out = BASE62[n % 62] + out, n = Math.floor(n / 62);
  return out.padStart(width, "0");
}
function githubChecksum(random30) {
  return base62(crc32(random30), 6);
}
var CHECKSUMMED_BODY = /^[A-Za-z0-9]{36}$/;
function checksummedToken(prefixes) {
  return (secret) => {
    let underscore = secret.lastIndexOf("_");
    if (underscore < 0) return !1;
    let prefix = secret.slice(0, underscore + 1);
    if (!prefixes.some((p) => prefix.endsWith(p))) return !1;
    let body = secret.slice(underscore + 1);
    return CHECKSUMMED_BODY.test(body) ? githubChecksum(body.slice(0, 30)) === body.slice(30) : !1;
  };
}
var validateGithubChecksum = checksummedToken(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]), validateNpmChecksum = checksummedToken(["npm_"]);
function validateOpenaiMarker(secret) {
  return secret.includes("T3BlbkFJ");
}
function validateGroqMarker(secret) {
  return secret.includes("WGdyb3FY");
}
var BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
function decodeJsonObject(part) {
  if (!BASE64URL.test(part)) return null;
  try {
    let value = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof value == "object" && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
function validateJwt(secret) {
  let parts = secret.split(".");
  if (parts.length !== 3) return !1;
  let header = decodeJsonObject(parts[0]);
  return header === null || typeof header.alg != "string" ? !1 : decodeJsonObject(parts[1]) !== null;
}
var PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY(?: BLOCK)?-----([\s\S]*?)-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/, PEM_NOISE = /\\[nr]|\s|["'`+,]/g;
function validatePrivateKey(secret) {
  let block = PEM_BLOCK.exec(secret);
  if (block === null) return !1;
  let body = "";
  for (let rawLine of block[2].split(/\\n|\n/)) {
    let line = rawLine.trim();
    /^[A-Za-z-]+:\s/.test(line) || (body += line.replace(PEM_NOISE, ""));
  }
  if (body.length < 64 || !/^[A-Za-z0-9+/=]+$/.test(body)) return !1;
  let first = body[0];
  for (let i = 1; i < body.length; i++) if (body[i] !== first) return !0;
  return !1;
}
var PASSWORD_PLACEHOLDERS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "pwd",
  "secret",
  "changeme",
  "redacted",
  "example",
  "test",
  "user",
  "username"
]), PLACEHOLDER_CREDENTIAL_WORDS = /* @__PURE__ */ new Set([
  ...PASSWORD_PLACEHOLDERS,
  "admin",
  "administrator",
  "root",
  "guest",
  "demo",
  "testing",
  "tester",
  "testuser",
  "testpass",
  "testpassword",
  "foo",
  "bar",
  "baz",
  "foobar",
  "login",
  "default",
  "sample",
  "dummy",
  "fake",
  "letmein",
  "qwerty",
  "welcome",
  "hello",
  "alice",
  "bob",
  "john",
  "jane",
  "johndoe",
  "janedoe",
  "mypassword",
  "mysecret",
  "mypass",
  "myuser",
  "passw0rd",
  "p4ssw0rd",
  "p@ssw0rd",
  "s3cr3t",
  "token",
  "apikey",
  "key",
  "client",
  "clientid",
  "clientsecret"
]);
function isPlaceholderCredential(text) {
  let lower = text.toLowerCase();
  if (/^[0-9]{1,12}$/.test(lower)) return !0;
  let word = lower.replace(/[-_.]?[0-9]{1,6}$/, "");
  return PLACEHOLDER_CREDENTIAL_WORDS.has(word);
}
function lastWord(text) {
  let start = text.length;
  for (; start > 0 && !/[\s:"'=]/.test(text[start - 1]); ) start--;
  return text.slice(start);
}
var PLACEHOLDER_WORDS2 = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "pwd",
  "secret",
  "token",
  "key",
  "replace",
  "change",
  "changeme",
  "your",
  "my",
  "here",
  "placeholder",
  "redacted",
  "example",
  "dummy"
]);
function isWrittenPlaceholder(value) {
  if (!/^(?:[A-Z0-9]+(?:[_-][A-Z0-9]+)+|[a-z0-9]+(?:[_-][a-z0-9]+)+)$/.test(value)) return !1;
  let words = value.toLowerCase().split(/[_-]/);
  return words.filter((word) => PLACEHOLDER_WORDS2.has(word)).length * 2 >= words.length;
}
function plausiblePassword(password, user) {
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
  }
  return decoded.length < 3 || /^[$%<{[(]|\$\{|\{\{|<[^<>]*>|^\*+$|^x+$/i.test(decoded) || PASSWORD_PLACEHOLDERS.has(decoded.toLowerCase()) || isWrittenPlaceholder(decoded) || user !== "" && decoded === user || user !== "" && isPlaceholderCredential(decoded) && isPlaceholderCredential(safeDecode(user)) ? !1 : shannonEntropy(decoded) >= 1.5;
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function validateConnectionUri(secret, match = secret) {
  let uriMatch = match.includes("://") && !/\s/.test(match.slice(match.lastIndexOf("://"))), text = secret.includes("://") ? secret : uriMatch ? match : secret, schemeEnd = text.indexOf("://"), password, user = "";
  if (schemeEnd < 0 && match !== secret && match.endsWith(`:${secret}`) && (user = lastWord(match.slice(0, -secret.length - 1))), schemeEnd >= 0) {
    let rest = text.slice(schemeEnd + 3), at = rest.lastIndexOf("@");
    if (at < 0) return !1;
    let userinfo = rest.slice(0, at), colon = userinfo.indexOf(":");
    if (colon < 0) return !1;
    user = userinfo.slice(0, colon), password = userinfo.slice(colon + 1);
  } else
    password = text;
  return plausiblePassword(password, user);
}
var BASE64 = /^[A-Za-z0-9+/]+={0,2}$/, PRINTABLE = /^[\x20-\x7e\u00a0-\uffff]+$/;
function unpaddedLength(text) {
  let end = text.length;
  for (; end > 0 && text[end - 1] === "="; ) end--;
  return end;
}
function validateBasicAuth(secret) {
  if (!BASE64.test(secret) || unpaddedLength(secret) % 4 === 1) return !1;
  let decoded = Buffer.from(secret, "base64").toString("utf8");
  if (!PRINTABLE.test(decoded)) return !1;
  let colon = decoded.indexOf(":");
  return colon < 1 ? !1 : plausiblePassword(decoded.slice(colon + 1), decoded.slice(0, colon));
}
function validateGcpServiceAccount(secret, match = secret) {
  let text = secret === match ? secret : `${match}
${secret}`;
  return /"type"\s*:\s*"service_account"/.test(text) && /"private_key"\s*:\s*"-----BEGIN (?:RSA )?PRIVATE KEY-----/.test(text);
}
function validatePassword(secret) {
  return plausiblePassword(secret, "");
}
var VALIDATORS = {
  "github-checksum": validateGithubChecksum,
  "npm-checksum": validateNpmChecksum,
  "openai-marker": validateOpenaiMarker,
  "groq-marker": validateGroqMarker,
  jwt: validateJwt,
  "private-key": validatePrivateKey,
  "connection-uri": validateConnectionUri,
  password: validatePassword,
  "basic-auth": validateBasicAuth,
  "gcp-service-account": validateGcpServiceAccount
};
function isValidatorName(name) {
  return Object.hasOwn(VALIDATORS, name);
}

export {
  CONTEXT_TAGS,
  CHOSEN_VALUE_TAGS,
  githubChecksum,
  VALIDATORS,
  isValidatorName,
  FILE_BUDGET_MS,
  scanFile,
  scanFileInto
};
