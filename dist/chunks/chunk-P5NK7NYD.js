import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  CHOSEN_VALUE_TAGS,
  CONTEXT_TAGS,
  VALIDATORS,
  isValidatorName
} from "./chunk-CZ5I6W6C.js";
import {
  translateLegacyEntries
} from "./chunk-BBSOJMBS.js";
import {
  FIXTURE_RULE
} from "./chunk-6KLVVNOK.js";
import {
  KEYED_PREFIX,
  SEVERITIES,
  applyBaseline,
  fingerprintKey,
  keyedHash,
  parseFingerprint,
  redact,
  sortFindings,
  toFinding
} from "./chunk-GTFPKMOW.js";
import {
  Minimatch
} from "./chunk-QOVFVF66.js";
import {
  ConfigError,
  init_cli_data,
  init_errors,
  mandateData
} from "./chunk-EZXJEW2Z.js";

// src/core/secret/compile.ts
init_cli_data();
init_errors();

// src/core/secret/anchor.ts
init_cli_data();
var Parser = class {
  constructor(source) {
    this.source = source;
  }
  source;
  i = 0;
  /** Parses a sequence up to `)` or the end; null when there is an alternation in it. */
  sequence() {
    let alternatives = [], items = [], s = this.source;
    for (; this.i < s.length && s[this.i] !== ")"; ) {
      if (s[this.i] === "|") {
        this.i++, alternatives.push(items), items = [];
        continue;
      }
      let atom = this.atom(), quantified = this.quantifier(atom);
      items.push(quantified);
    }
    return alternatives.push(items), { items: alternatives.length === 1 ? items : [], alternatives };
  }
  atom() {
    let s = this.source, c = s[this.i];
    if (c === "\\") return this.escape();
    if (c === "[") {
      for (this.i++, s[this.i] === "^" && this.i++, s[this.i] === "]" && this.i++; this.i < s.length && s[this.i] !== "]"; ) this.i += s[this.i] === "\\" ? 2 : 1;
      return this.i++, { literal: null, max: 1 };
    }
    return c === "(" ? this.group() : (this.i++, c === "^" || c === "$" ? { literal: null, max: 0 } : c === "." ? { literal: null, max: 1 } : { literal: c, max: 1 });
  }
  escape() {
    let s = this.source, c = s[this.i + 1] ?? "";
    if (this.i += 2, "dDwWsS".includes(c)) return { literal: null, max: 1 };
    if (c === "b" || c === "B") return { literal: null, max: 0 };
    if (/[1-9]/.test(c) || c === "k") return { literal: null, max: Number.POSITIVE_INFINITY };
    let simple = {
      n: `
`,
      r: "\r",
      t: "	",
      v: "\v",
      f: "\f",
      0: "\0"
    };
    return simple[c] !== void 0 ? { literal: simple[c], max: 1 } : c === "x" && /^[0-9a-fA-F]{2}$/.test(s.slice(this.i, this.i + 2)) ? (this.i += 2, {
      literal: String.fromCharCode(Number.parseInt(s.slice(this.i - 2, this.i), 16)),
      max: 1
    }) : c === "u" && /^[0-9a-fA-F]{4}$/.test(s.slice(this.i, this.i + 4)) ? (this.i += 4, {
      literal: String.fromCharCode(Number.parseInt(s.slice(this.i - 4, this.i), 16)),
      max: 1
    }) : c === "c" || c === "x" || c === "u" || c === "p" || c === "P" ? { literal: null, max: 1 } : { literal: c, max: 1 };
  }
  group() {
    let s = this.source;
    this.i++;
    let lookaround = !1;
    if (s[this.i] === "?") {
      let head = s.slice(this.i, this.i + 3);
      if (head.startsWith("?=") || head.startsWith("?!"))
        lookaround = !0, this.i += 2;
      else if (head === "?<=" || head === "?<!")
        lookaround = !0, this.i += 3;
      else if (head.startsWith("?:"))
        this.i += 2;
      else if (head.startsWith("?<"))
        this.i = s.indexOf(">", this.i) + 1;
      else
        throw new Error("unsupported group");
    }
    let { alternatives } = this.sequence();
    if (this.i++, lookaround) return { literal: null, max: 0 };
    let max = 0, min = Number.POSITIVE_INFINITY;
    for (let items of alternatives)
      max = Math.max(max, widthOf(items)), min = Math.min(min, minWidthOf(items));
    let group = { literal: null, max, min, leads: alternatives.map(leadOf) };
    return alternatives.length === 1 && (group.inner = alternatives[0]), group;
  }
  quantifier(atom) {
    let s = this.source, c = s[this.i], min = 1, max = 1;
    if (c === "?" || c === "*" || c === "+")
      this.i++, min = c === "+" ? 1 : 0, max = c === "?" ? 1 : Number.POSITIVE_INFINITY;
    else if (c === "{") {
      let m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (m === null) return atom;
      this.i += m[0].length, min = Number(m[1]), max = m[2] === void 0 ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
    } else
      return atom;
    return s[this.i] === "?" && this.i++, min === 1 && max === 1 ? atom : { literal: null, max: atom.max * max, min: minOf(atom) * min };
  }
};
function flatten(items) {
  let out = [];
  for (let item of items)
    item.inner === void 0 ? out.push(item) : out.push(...flatten(item.inner));
  return out;
}
function leadOf(items) {
  let lead = "";
  for (let item of items)
    if (!(item.max === 0 && item.literal === null && lead === "")) {
      if (item.literal === null) break;
      lead += item.literal;
    }
  return lead;
}
function widthOf(items) {
  let total = 0;
  for (let item of items) total += item.max;
  return total;
}
function minOf(item) {
  return item.min ?? (Number.isFinite(item.max) ? item.max : 0);
}
function minWidthOf(items) {
  let total = 0;
  for (let item of items) total += minOf(item);
  return total;
}
function ruleAnalysis(source, flags, keywords) {
  let anchor = findAnchor(source, flags), leads = anchor === null ? findLeads(source, flags, 1) : null, keywordLed = isKeywordLed(source, keywords);
  return {
    anchor,
    leads,
    keywordLed,
    ledBy: leadingKeywords(keywordLed ? keywordSpellings(source) : leads, keywords)
  };
}
function leadingKeywords(starts, keywords) {
  if (starts === null) return null;
  let lower = starts.map((start) => start.toLowerCase());
  return lower.every((start) => keywords.some((word) => start.startsWith(word.toLowerCase()))) ? keywords.filter((word) => lower.some((start) => start.startsWith(word.toLowerCase()))) : null;
}
var prebuilt;
function prebuiltAnalysis(id, source, flags, keywords) {
  prebuilt === void 0 && (prebuilt = typeof mandateData.ruleAnalysis == "string" ? JSON.parse(mandateData.ruleAnalysis) : {});
  let known = Object.hasOwn(prebuilt, id) ? prebuilt[id] : void 0;
  if (!(known === void 0 || known.regex !== source || known.flags !== flags || known.keywords.length !== keywords.length || !known.keywords.every((word, i) => word === keywords[i])))
    return known;
}
function analyseRule(id, source, flags, keywords) {
  let known = prebuiltAnalysis(id, source, flags, keywords);
  return known === void 0 ? ruleAnalysis(source, flags, keywords) : {
    anchor: known.anchor === null ? null : { ...known.anchor },
    leads: known.leads === null ? null : [...known.leads],
    keywordLed: known.keywordLed,
    ledBy: known.ledBy === null ? null : [...known.ledBy]
  };
}
var MAX_BEFORE_LIMIT = 64, MIN_LITERAL = 3;
function findAnchor(source, flags) {
  let items;
  try {
    let parsed = new Parser(source).sequence();
    if (parsed.alternatives.length !== 1) return null;
    items = flatten(parsed.items);
  } catch {
    return null;
  }
  let lead = "";
  for (let item of items)
    if (!(item.max === 0 && item.literal === null)) {
      if (item.literal === null) break;
      lead += item.literal;
    }
  if (lead.length >= MIN_LITERAL) return null;
  let caseless = flags.includes("i"), best = null, before = 0, least = 0;
  for (let i = 0; i < items.length; ) {
    if (items[i].literal === null) {
      before += items[i].max, least += minOf(items[i]), i++;
      continue;
    }
    let literal = "", start = before, minBefore = least;
    for (; i < items.length && items[i].literal !== null; )
      literal += items[i].literal, before += 1, least += 1, i++;
    literal.length >= MIN_LITERAL && Number.isFinite(start) && (!caseless || literal.toLowerCase() === literal.toUpperCase()) && (best === null || literal.length > best.literal.length) && (best = { literal, maxBefore: start, minBefore });
  }
  return best === null || best.maxBefore === 0 || best.maxBefore > MAX_BEFORE_LIMIT ? null : best;
}
function findLeads(source, flags, minLiteral = MIN_LITERAL) {
  let items;
  try {
    let parsed = new Parser(source).sequence();
    if (parsed.alternatives.length !== 1) return null;
    items = parsed.items;
  } catch {
    return null;
  }
  let leads = items.find((item) => !(item.max === 0 && item.literal === null))?.leads;
  return leads === void 0 || leads.some((lead) => lead.length < Math.max(minLiteral, 1)) || flags.includes("i") && leads.some((lead) => lead.toLowerCase() !== lead.toUpperCase()) ? null : [...new Set(leads)];
}
var MAX_SPELLINGS = 256;
function isKeywordLed(source, keywords) {
  let spellings = keywordSpellings(source);
  if (spellings === null) return !1;
  let lower = keywords.map((word) => word.toLowerCase());
  return spellings.every((spelling) => {
    let text = spelling.toLowerCase();
    return lower.some((word) => text.startsWith(word));
  });
}
function keywordSpellings(source) {
  if (/^\(\?<[!=]/.test(source)) {
    let close = closingParen(source, 0);
    if (close === -1) return null;
    source = source.slice(close + 1);
  }
  if (!source.startsWith("(?:") || splitTopLevel(source).length !== 1) return null;
  let end = closingParen(source, 0);
  if (end === -1 || /[?*{]/.test(source[end + 1] ?? "")) return null;
  let body = source.slice(3, end), all = [];
  for (let alternative of splitTopLevel(body)) {
    let spellings = leadingSpellings(alternative);
    if (spellings === null) return null;
    all.push(...spellings);
  }
  return all;
}
function closingParen(source, open) {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    let c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") {
      for (; i < source.length && source[i] !== "]"; ) i += source[i] === "\\" ? 2 : 1;
      continue;
    }
    if (c === "(" && depth++, c === ")" && --depth === 0) return i;
  }
  return -1;
}
function splitTopLevel(body) {
  let parts = [], from = 0, depth = 0;
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === "\\") i++;
    else if (c === "[")
      for (; i < body.length && body[i] !== "]"; ) i += body[i] === "\\" ? 2 : 1;
    else c === "(" ? depth++ : c === ")" ? depth-- : c === "|" && depth === 0 && (parts.push(body.slice(from, i)), from = i + 1);
  }
  return parts.push(body.slice(from)), parts;
}
function leadingSpellings(alternative) {
  let spelled = spell(alternative);
  return spelled === null || spelled.spellings.includes("") ? null : spelled.spellings;
}
function spell(text) {
  let out = [""], i = 0;
  for (; i < text.length; i++) {
    let options, width = 1, c = text[i];
    if (c === "\\") {
      let next2 = text[i + 1] ?? "";
      if (!/^[.\-_/:@]$/.test(next2)) break;
      options = [next2], width = 2;
    } else if (c === "[") {
      let close = text.indexOf("]", i);
      if (close === -1) return null;
      let inner = text.slice(i + 1, close);
      if (inner === "" || inner.startsWith("^") || inner.includes("\\") || /.-./.test(inner)) break;
      options = [...inner], width = close - i + 1;
    } else if (c === "(" && text.startsWith("(?:", i)) {
      let close = closingParen(text, i);
      if (close === -1) return null;
      let parts = splitTopLevel(text.slice(i + 3, close)).map(spell);
      if (parts.some((part) => part === null || !part.complete)) break;
      options = parts.flatMap((part) => part.spellings), width = close - i + 1;
    } else if (/[A-Za-z0-9_:@/ -]/.test(c))
      options = [c];
    else
      break;
    let after = text[i + width] ?? "";
    if (/[*+{]/.test(after)) break;
    after === "?" && (options = [...options, ""], width++);
    let next = [];
    for (let prefix of out) for (let option of options) next.push(prefix + option);
    if (next.length > MAX_SPELLINGS) return null;
    out = next, i += width - 1;
  }
  return { spellings: out, complete: i >= text.length };
}

// src/core/secret/prefilter.ts
init_cli_data();
import { isAscii } from "node:buffer";

// src/core/secret/generated/automaton-wasm.ts
init_cli_data();
var AUTOMATON_WASM = "AGFzbQEAAAABMAZgAn9/AGADf39/AX9gBX9/f39/AX9gDn9/f39/f39/f39/f39/AGAAAX9gAX8BfwMIBwAAAQIDBAUFAwEAAQYpCH8BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAsHQggGbWVtb3J5AgAFc2V0dXAAAAVzY2FsZQABBHdhcm0AAgRydW4xAAMEcnVuNAAEBXN0YXRlAAUIbGFuZV9lbmQABgrzBAcKACAAJAAgASQBCzQBAX8CQANAIAAgAU8NASAAKAIAIQIgACACQQJ0IAJBH3VBA3FyNgIAIABBBGohAAwACwsLSQECfyMAIQMjASEEAkADQCAAIAFPDQEgAyACaiAEIAAtAABqLQAAaigCACECIAJBAEgEQCACQX9zIQILIABBAWohAAwACwsgAgtlAQJ/IwAhBSMBIQYCQANAIAAgAU8NASAFIAJqIAYgAC0AAGotAABqKAIAIQIgAEEBaiEAIAJBAEgEQCACQX9zIQIgBCACNgIAIAQgACADazYCBCAEQQhqIQQLDAALCyACJAMgBAvXAgEDfyMAIQ4jASEPIAAgBGohEAJAA0AgACAQTw0BIA4gBWogDyAALQAAai0AAGooAgAhBSAOIAZqIA8gAS0AAGotAABqKAIAIQYgDiAHaiAPIAItAABqLQAAaigCACEHIA4gCGogDyADLQAAai0AAGooAgAhCCAAQQFqIQAgAUEBaiEBIAJBAWohAiADQQFqIQMgBSAGciAHIAhyckEASARAIAVBAEgEQCAFQX9zIQUgCiAFNgIAIAogACAJazYCBCAKQQhqIQoLIAZBAEgEQCAGQX9zIQYgCyAGNgIAIAsgASAJazYCBCALQQhqIQsLIAdBAEgEQCAHQX9zIQcgDCAHNgIAIAwgAiAJazYCBCAMQQhqIQwLIAhBAEgEQCAIQX9zIQggDSAINgIAIA0gAyAJazYCBCANQQhqIQ0LCwwACwsgCiQEIAskBSAMJAYgDSQHIAgkAwsEACMDCyMAIABFBH8jBAUgAEEBRgR/IwUFIABBAkYEfyMGBSMHCwsLCw==";

// src/core/secret/prefilter.ts
var NO_CHILDREN = /* @__PURE__ */ new Map(), NO_RULES = [];
function newNode() {
  return { children: NO_CHILDREN, rules: NO_RULES, positionalLength: 0, keyword: -1 };
}
function insertWord(root, word) {
  let node = root;
  for (let i = 0; i < word.length; i++) {
    let code = word.charCodeAt(i), child = node.children.get(code);
    child === void 0 && (child = newNode(), node.children === NO_CHILDREN && (node.children = /* @__PURE__ */ new Map()), node.children.set(code, child)), node = child;
  }
  return node;
}
function escapeChar(char) {
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}
function trieSource(node) {
  let singles = [], branches = [];
  for (let [code, child] of node.children) {
    let char = escapeChar(String.fromCharCode(code));
    child.rules.length > 0 || child.children.size === 0 ? singles.push(char) : branches.push(char + trieSource(child));
  }
  let alternatives = [...branches];
  return singles.length === 1 ? alternatives.push(singles[0]) : singles.length > 1 && alternatives.push(`[${singles.join("")}]`), alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join("|")})`;
}
var AUTOMATON_AFTER = 0, USELESS_HITS_BEFORE_NARROWING = 8, NARROWED_CACHE_SIZE = 64, Prefilter = class {
  ruleCount;
  root = newNode();
  /** Distinct keywords and the rules each one serves. */
  keywords = [];
  /** The id (index in `keywords`) of each distinct keyword. */
  keywordId = /* @__PURE__ */ new Map();
  keywordRules = [];
  regexCache;
  narrowed = /* @__PURE__ */ new Map();
  /**
   * The automaton: undefined until built, null when a keyword has a non-ASCII character
   * (regex fallback).
   */
  dfa;
  /** Characters to scan with the regex before building the automaton (see the constructor). */
  regexBudget;
  /** Whether to run ASCII texts on the WebAssembly automaton (false: tests of the loop). */
  wasmWanted;
  /**
   * `keywords[i]` are rule i's keywords, already lower-case. The first `automatonAfter`
   * characters (default 0) are searched with the trie-shaped regex, the rest with the
   * automaton, built on first use; both find the same keywords (the tests compare them).
   */
  constructor(keywords, options = {}) {
    this.regexBudget = options.automatonAfter ?? AUTOMATON_AFTER, this.wasmWanted = options.wasm ?? !0, this.ruleCount = keywords.length;
    let byKeyword = /* @__PURE__ */ new Map();
    keywords.forEach((words, rule) => {
      for (let word of words) {
        let rules = byKeyword.get(word) ?? [];
        rules.includes(rule) || rules.push(rule), byKeyword.set(word, rules);
      }
    });
    for (let [word, rules] of byKeyword) {
      let node = insertWord(this.root, word);
      node.keyword = this.keywords.length, this.keywordId.set(word, node.keyword), this.keywords.push(word), this.keywordRules.push(rules), node.rules = rules;
      let recorded = (rule) => options.positional?.[rule] === !0 && (options.leading?.[rule]?.includes(word) ?? !0);
      rules.some(recorded) && (node.positionalLength = word.length);
    }
    this.keywords.every((word) => ASCII.test(word)) || (this.dfa = null);
  }
  /** Regex source over every keyword (trie-shaped; what the non-ASCII fallback runs). */
  get source() {
    return this.regex === null ? "" : this.regex.source;
  }
  get regex() {
    if (this.regexCache === void 0) {
      let source = sourceOf(this.keywords);
      this.regexCache = source === "" ? null : new RegExp(source, "g");
    }
    return this.regexCache;
  }
  /**
   * Whether the last `candidates` call ran the automaton, so that `starts` it was given holds
   * every start of a positional rule's keyword (the regex path records none).
   */
  get recordsStarts() {
    return this.dfa !== void 0 && this.dfa !== null;
  }
  /**
   * Whether ASCII texts run on the WebAssembly automaton (once it is built: on the first text
   * long enough for it).
   */
  get runsWasm() {
    return this.dfa !== void 0 && this.dfa !== null && this.dfa.wasm != null;
  }
  /** Distinct keywords (their index is the keyword id recorded with each start). */
  get keywordCount() {
    return this.keywords.length;
  }
  /** Ids of the given keywords (as passed to the constructor), in that order, deduplicated. */
  keywordIds(words) {
    let ids = [];
    for (let word of words) {
      let id = this.keywordId.get(word);
      id !== void 0 && !ids.includes(id) && ids.push(id);
    }
    return ids;
  }
  /**
   * Marks in `out` (length ruleCount, zeroed by the caller) every rule with a keyword in
   * `text`; returns how many were marked. Stops early once every rule is marked, unless
   * `starts` is given: the automaton then appends to it the start offset of every occurrence
   * of a positional rule's keyword (in order of where they end; see recordsStarts), and to
   * `keywordIds` (when given) the id of each of those keywords, in the same order.
   *
   * The text is lower-cased once (cheap, and faster than a case-insensitive regex); offsets in
   * it are never reported, so a length change by lower-casing does not matter. Keywords that
   * keep hitting after their rules are all marked (`password` in a form handler) are dropped
   * from the search by switching to a narrowed regex.
   */
  candidates(text, out, starts = null, keywordIds = null) {
    let dfa = this.dfa;
    if (dfa === void 0) {
      if (this.regexBudget > 0)
        return this.regexBudget -= text.length, this.candidatesByRegex(text, out);
      dfa = this.dfa = buildAutomaton(this.root);
    }
    if (dfa === null) return this.candidatesByRegex(text, out);
    let { delta, outputs, lengths, ids, width } = dfa, n = text.length, wasm = null;
    if (n >= WASM_FROM && n <= WASM_UP_TO && (dfa.wasm === void 0 && (dfa.wasm = this.wasmWanted ? WasmAutomaton.create(delta, dfa.classes, width, dfa.longest) : null), wasm = dfa.wasm), wasm !== null) {
      let run = wasm.run(text);
      if (run?.truncated)
        return this.verifiedHits(dfa, text, run.hits, out, starts, keywordIds);
      let hits = run?.hits ?? null;
      if (hits !== null) {
        let marked2 = 0;
        for (let h = 0; h < hits.length; h += 2) {
          let state2 = hits[h] / width;
          marked2 += mark(outputs[state2], out), starts !== null && record(lengths[state2], ids[state2], hits[h + 1], starts, keywordIds);
        }
        return marked2;
      }
    }
    let ruleCount = starts === null ? this.ruleCount : -1, marked = 0, state = 0;
    if (text.indexOf("\u0130") !== -1)
      return this.candidatesDottedI(dfa, text, out, starts, keywordIds);
    let wide = dfa.wide;
    for (let i = 0; i < n; i++)
      if (state = delta[state + wide[text.charCodeAt(i)]], state < 0) {
        state = ~state;
        let node = state / width;
        if (marked += mark(outputs[node], out), starts !== null && record(lengths[node], ids[node], i + 1, starts, keywordIds), marked === ruleCount) return marked;
      }
    return marked;
  }
  /**
   * candidates() from the hits of the automaton run on a non-ASCII text's code units cut to
   * their low byte (WasmAutomaton.run, `truncated`): a character above U+00FF may have become
   * an ASCII letter there, so a hit counts only for the keywords that end at it over characters
   * that are ASCII in the text itself. Every real occurrence is a hit (its characters are
   * unchanged), so this finds exactly what the loop finds.
   */
  verifiedHits(dfa, text, hits, out, starts, keywordIds) {
    let { outputs, lengths, ids, keywordLengths, keywordIdsAt, width } = dfa, marked = 0;
    for (let h = 0; h < hits.length; h += 2) {
      let state = hits[h] / width, end = hits[h + 1], all = keywordLengths[state], longest = 0;
      for (let length of all) length > longest && (longest = length);
      let ascii = 0;
      for (; ascii < longest; ) {
        let code = text.charCodeAt(end - 1 - ascii);
        if (code >= 128 && code !== 8490 && (code !== 304 || ascii > 0)) break;
        ascii++;
      }
      if (ascii === longest) {
        marked += mark(outputs[state], out), starts !== null && record(lengths[state], ids[state], end, starts, keywordIds);
        continue;
      }
      let here = keywordIdsAt[state];
      for (let k = 0; k < all.length; k++) {
        if (all[k] > ascii) continue;
        let id = here[k];
        marked += mark(this.keywordRules[id], out), starts !== null && dfa.positional[id] === 1 && (starts.push(end - all[k]), keywordIds?.push(id));
      }
    }
    return marked;
  }
  /** candidates() on the automaton for a text with U+0130 (capital I with dot) in it. */
  candidatesDottedI(dfa, text, out, starts, keywordIds) {
    let { delta, classes, outputs, lengths, ids, width } = dfa, ruleCount = starts === null ? this.ruleCount : -1, kelvin = dfa.kelvin, dottedI = dfa.dottedI, marked = 0, state = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      let code = text.charCodeAt(i);
      if (code < 128) state = delta[state + classes[code]];
      else if (code === 8490) state = delta[state + kelvin];
      else if (code === 304) {
        if (state = delta[state + dottedI], state < 0) {
          let node = ~state / width;
          marked += mark(outputs[node], out), starts !== null && record(lengths[node], ids[node], i + 1, starts, keywordIds);
        }
        if (marked === ruleCount) return marked;
        state = 0;
        continue;
      } else state = delta[state];
      if (state < 0) {
        state = ~state;
        let node = state / width;
        if (marked += mark(outputs[node], out), starts !== null && record(lengths[node], ids[node], i + 1, starts, keywordIds), marked === ruleCount) return marked;
      }
    }
    return marked;
  }
  /** candidates() for keywords the automaton does not handle: the trie-shaped regex. */
  candidatesByRegex(text, out) {
    let regex = this.regex;
    if (regex === null) return 0;
    let lower = text.toLowerCase(), marked = 0, useless = 0;
    regex.lastIndex = 0;
    for (let match = regex.exec(lower); match !== null; match = regex.exec(lower)) {
      let start = match.index, before = marked, node = this.root;
      for (let i = start; i < lower.length && (node = node.children.get(lower.charCodeAt(i)), node !== void 0); i++) {
        for (let rule of node.rules)
          out[rule] === 0 && (out[rule] = 1, marked++);
        if (node.children.size === 0) break;
      }
      if (marked === this.ruleCount || marked === before && ++useless >= USELESS_HITS_BEFORE_NARROWING && (useless = 0, regex = this.narrow(out), regex === null))
        break;
      regex.lastIndex = start + 1;
    }
    return marked;
  }
  /** A regex over the keywords that still have an unmarked rule (cached). */
  narrow(out) {
    let useful = [], ids = [];
    this.keywords.forEach((word, id) => {
      this.keywordRules[id].some((rule) => out[rule] === 0) && (useful.push(word), ids.push(id));
    });
    let key = ids.join(","), regex = this.narrowed.get(key);
    if (regex === void 0) {
      let source = sourceOf(useful);
      regex = source === "" ? null : new RegExp(source, "g"), this.narrowed.size >= NARROWED_CACHE_SIZE && this.narrowed.clear(), this.narrowed.set(key, regex);
    }
    return regex;
  }
};
function sourceOf(keywords) {
  let root = newNode();
  for (let word of keywords) insertWord(root, word).rules = [0];
  return root.children.size === 0 ? "" : trieSource(root);
}
var ASCII = /^[\x00-\x7f]*$/;
function record(lengths, ids, end, starts, keywordIds) {
  if (lengths !== void 0)
    for (let k = 0; k < lengths.length; k++)
      starts.push(end - lengths[k]), keywordIds !== null && keywordIds.push(ids[k]);
}
function mark(rules, out) {
  let marked = 0;
  for (let rule of rules)
    out[rule] === 0 && (out[rule] = 1, marked++);
  return marked;
}
function buildAutomaton(root) {
  let classes = new Uint8Array(128), classCount = 1, nodes = [root], index = /* @__PURE__ */ new Map([[root, 0]]);
  for (let i = 0; i < nodes.length; i++)
    nodes[i].children.forEach((child, code) => {
      classes[code] === 0 && (classes[code] = classCount++), index.set(child, nodes.length), nodes.push(child);
    });
  for (let code = 65; code <= 90; code++)
    classes[code] === 0 && (classes[code] = classes[code + 32]);
  let count = nodes.length, width = classCount, next = new Int32Array(count * width), fail = new Int32Array(count), outputs = new Array(count), lengths = new Array(count), ids = new Array(count), allLengths = new Array(count), allIds = new Array(count), depth = new Int32Array(count), positional = new Uint8Array(count), longest = 0;
  for (let i = 0; i < count; i++) {
    let node = nodes[i];
    node.children.forEach((child) => {
      depth[index.get(child)] = depth[i] + 1;
    }), node.rules.length > 0 && (outputs[i] = [...node.rules]), node.positionalLength > 0 && (lengths[i] = [node.positionalLength], ids[i] = [node.keyword], positional[node.keyword] = 1), node.keyword >= 0 && (allLengths[i] = [depth[i]], allIds[i] = [node.keyword]), depth[i] > longest && (longest = depth[i]);
  }
  let accepting = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    let node = nodes[i];
    if (i !== 0) {
      let f = fail[i], failOutputs = outputs[f];
      if (failOutputs !== void 0) {
        let own = outputs[i] ?? [];
        for (let rule of failOutputs) own.includes(rule) || own.push(rule);
        outputs[i] = own;
      }
      inherit(lengths, ids, i, f), inherit(allLengths, allIds, i, f), next.copyWithin(i * width, f * width, f * width + width);
    }
    node.children.forEach((child, code) => {
      let c = index.get(child), f = 0;
      if (i !== 0) {
        let target = next[fail[i] * width + classes[code]];
        f = (target < 0 ? ~target : target) / width;
      }
      fail[c] = f, (child.rules.length > 0 || accepting[f] === 1) && (accepting[c] = 1), next[i * width + classes[code]] = accepting[c] === 1 ? ~(c * width) : c * width;
    });
  }
  let delta = next, wide = new Uint8Array(65536);
  return wide.set(classes), wide[8490] = classes[107], {
    delta,
    classes,
    width,
    outputs,
    lengths,
    ids,
    keywordLengths: allLengths,
    keywordIdsAt: allIds,
    positional,
    wide,
    kelvin: classes[107],
    dottedI: classes[105],
    wasm: void 0,
    longest
  };
}
function inherit(lengths, ids, i, f) {
  let from = lengths[f];
  if (from === void 0) return;
  let fromIds = ids[f], own = lengths[i] ?? [], ownIds = ids[i] ?? [];
  for (let k = 0; k < from.length; k++)
    own.includes(from[k]) || (own.push(from[k]), ownIds.push(fromIds[k]));
  own.length > 0 && (lengths[i] = own, ids[i] = ownIds);
}
var WIDE = /[^\x00-\xff]/, WASM_FROM = 256, WASM_UP_TO = 4 * 1048576, LANES_FROM = 1024, WasmAutomaton = class _WasmAutomaton {
  constructor(exports, textAt, longest) {
    this.exports = exports;
    this.textAt = textAt;
    this.longest = longest;
    this.memory = exports.memory, this.bytes = Buffer.from(this.memory.buffer);
  }
  exports;
  textAt;
  longest;
  memory;
  bytes;
  /**
   * The automaton in WebAssembly; null where WebAssembly is unavailable (`node --jitless`) or
   * the automaton has more classes than a byte-sized class table can address.
   */
  static create(delta, classes, width, longest) {
    let api = globalThis.WebAssembly;
    if (width * 4 > 255 || api === void 0) return null;
    let exports;
    try {
      let module = new api.Module(Buffer.from(AUTOMATON_WASM, "base64"));
      exports = new api.Instance(module, {}).exports;
    } catch {
      return null;
    }
    let classesAt = delta.length * 4, textAt = classesAt + 256 + 7 & -8, automaton = new _WasmAutomaton(exports, textAt, longest);
    if (!automaton.reserve(textAt)) return null;
    new Int32Array(automaton.memory.buffer, 0, delta.length).set(delta), exports.scale(0, classesAt);
    let classTable = new Uint8Array(automaton.memory.buffer, classesAt, 256);
    for (let code = 0; code < 128; code++) classTable[code] = classes[code] * 4;
    return exports.setup(0, classesAt), automaton;
  }
  /** Grows the memory to at least `bytes`; false when it cannot grow (the caller falls back). */
  reserve(bytes) {
    let missing = bytes - this.memory.buffer.byteLength;
    if (missing <= 0) return !0;
    try {
      this.memory.grow(Math.ceil(missing / 65536));
    } catch {
      return !1;
    }
    return this.bytes = Buffer.from(this.memory.buffer), !0;
  }
  /**
   * Runs over `text`: the hits as pairs (accepting row offset in the JavaScript table, offset
   * just past the keyword) in the order of those offsets, or null when it cannot run (no
   * memory). A text that is not ASCII runs on its code units cut to their low byte (U+212A
   * and U+0130 as `k` and `i`), `truncated`: its hits are a superset, for the caller to
   * verify. The pairs are valid until the next run.
   */
  run(text) {
    let n = text.length, at = this.textAt, hitsAt = at + n + 7 & -8;
    if (!this.reserve(at + n)) return null;
    let bytes = this.bytes;
    bytes.write(text, at, "latin1");
    let truncated = WIDE.test(text) || !isAscii(bytes.subarray(at, at + n));
    if (truncated) {
      for (let k = text.indexOf("\u212A"); k !== -1; k = text.indexOf("\u212A", k + 1))
        bytes[at + k] = 107;
      for (let k = text.indexOf("\u0130"); k !== -1; k = text.indexOf("\u0130", k + 1))
        bytes[at + k] = 105;
    }
    if (!this.reserve(hitsAt + 8 * n + 40)) return null;
    let wasm = this.exports, end;
    if (n >= LANES_FROM) {
      let quarter = n >> 2, room = 8 * (quarter + 1), lane1 = at + quarter, lane2 = lane1 + quarter, lane3 = lane2 + quarter, back = this.longest - 1;
      wasm.run4(
        at,
        lane1,
        lane2,
        lane3,
        quarter,
        0,
        wasm.warm(Math.max(at, lane1 - back), lane1, 0),
        wasm.warm(Math.max(at, lane2 - back), lane2, 0),
        wasm.warm(Math.max(at, lane3 - back), lane3, 0),
        at,
        hitsAt,
        hitsAt + room,
        hitsAt + 2 * room,
        hitsAt + 3 * room
      );
      let last = wasm.run1(lane3 + quarter, at + n, wasm.state(), at, wasm.lane_end(3)), memory = this.bytes;
      end = wasm.lane_end(0);
      for (let k = 1; k < 4; k++) {
        let stop = k === 3 ? last : wasm.lane_end(k), region = hitsAt + k * room;
        memory.copyWithin(end, region, stop), end += stop - region;
      }
    } else
      end = wasm.run1(at, at + n, 0, at, hitsAt);
    let hits = new Int32Array(this.memory.buffer, hitsAt, end - hitsAt >> 2);
    for (let h = 0; h < hits.length; h += 2) hits[h] = hits[h] >> 2;
    return { hits, truncated };
  }
};

// src/core/secret/compile.ts
var URI_TAGS = ["uri", "connection-string"], STRUCTURED_TAGS = ["structured", "private-key"], GENERIC_TAGS = ["generic", "entropy-only"], TEXT_MARKS = [["ls0tls1crudjti"], [`\\
`, "\\\r"]], ID = /^secret\/[a-z0-9][a-z0-9._-]*$/, MATCH_OPTIONS = { dot: !0, matchBase: !0, nocomment: !0 };
function compileRegex(source, flags, where, what) {
  if (typeof source != "string" || source === "")
    throw new ConfigError(where, `${what} must be a non-empty regular expression`);
  try {
    return new RegExp(source, flags);
  } catch (error) {
    let reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      where,
      `${what} is not a valid JavaScript regular expression: ${reason}`,
      {
        hint: "Check the escaping: in YAML, prefer single-quoted strings for regexes."
      }
    );
  }
}
function compileAllowlist(list, where) {
  let regexes = (list?.regexes ?? []).map(
    (source, i) => compileRegex(source, "", where, `allowlist regex ${i + 1}`)
  ), stopwords = (list?.stopwords ?? []).map((word, i) => {
    if (typeof word != "string" || word === "")
      throw new ConfigError(where, `allowlist stopword ${i + 1} must be a non-empty string`);
    return word.toLowerCase();
  }), paths = (list?.paths ?? []).map((glob, i) => {
    if (typeof glob != "string" || glob === "")
      throw new ConfigError(where, `allowlist path ${i + 1} must be a non-empty glob`);
    return new Minimatch(glob, MATCH_OPTIONS);
  });
  return { regexes, stopwords, paths };
}
function validateSpec(spec, where) {
  if (!ID.test(spec.id))
    throw new ConfigError(where, "the rule id must look like `secret/<kebab-case-name>`");
  if (!SEVERITIES.includes(spec.severity))
    throw new ConfigError(where, `severity must be one of ${SEVERITIES.join(", ")}`);
  if (!Array.isArray(spec.keywords) || spec.keywords.length === 0)
    throw new ConfigError(where, "keywords must list at least one literal", {
      hint: "Keywords are the cheap prefilter: a literal that every match contains."
    });
  for (let keyword of spec.keywords) {
    if (typeof keyword != "string" || keyword === "")
      throw new ConfigError(where, "every keyword must be a non-empty string");
    if (keyword !== keyword.toLowerCase())
      throw new ConfigError(where, `keyword "${keyword}" must be lower-case`, {
        hint: "Keywords match case-insensitively; write them in lower case."
      });
  }
  if (spec.flags !== void 0 && spec.flags !== "i")
    throw new ConfigError(where, "flags may only be 'i' (the engine adds 'g')");
  if (spec.entropy !== void 0 && (typeof spec.entropy != "number" || !Number.isFinite(spec.entropy) || spec.entropy < 0 || spec.entropy > 8))
    throw new ConfigError(where, "entropy must be a number of bits per character from 0 to 8");
  if (spec.validator !== void 0 && !isValidatorName(spec.validator))
    throw new ConfigError(where, `unknown validator "${String(spec.validator)}"`, {
      hint: `Known validators: ${Object.keys(VALIDATORS).join(", ")}.`
    });
}
function infoOf(spec, severity, blocking) {
  return {
    id: spec.id,
    kind: "secret",
    title: spec.title,
    provider: spec.provider,
    severity,
    blocking,
    description: spec.description,
    remediation: spec.remediation,
    tags: [...spec.tags ?? []]
  };
}
var RuleRegexes = class {
  constructor(source, flags, compiled) {
    this.source = source;
    this.flags = flags;
    compiled !== null && (this.global = compiled);
  }
  source;
  flags;
  global;
  located;
  twin;
  get regex() {
    return this.global ??= new RegExp(this.source, this.flags), this.global;
  }
  get locate() {
    return this.located ??= new RegExp(this.source, this.flags.replace("g", "yd")), this.located;
  }
  get sticky() {
    return this.twin ??= new RegExp(this.source, this.flags.replace("g", "y")), this.twin;
  }
}, LazyRule = class {
  constructor(regexes, led, fields) {
    this.regexes = regexes;
    this.led = led;
    Object.assign(this, fields);
  }
  regexes;
  led;
  index;
  id;
  title;
  provider;
  severity;
  blocking;
  anchor;
  leads;
  startKeywords;
  startIds;
  wordStart;
  entropy;
  validator;
  allowlist;
  generic;
  context;
  kebabNames;
  fixture;
  minified;
  lockfile;
  get regex() {
    return this.regexes.regex;
  }
  get locate() {
    return this.regexes.locate;
  }
  get keywordLed() {
    return this.led ? this.regexes.sticky : null;
  }
}, StickyAnchor = class {
  constructor(anchor, regexes) {
    this.regexes = regexes;
    this.literal = anchor.literal, this.maxBefore = anchor.maxBefore, this.minBefore = anchor.minBefore;
  }
  regexes;
  literal;
  maxBefore;
  minBefore;
  get sticky() {
    return this.regexes.sticky;
  }
}, StickyLeads = class {
  constructor(literals, regexes) {
    this.literals = literals;
    this.regexes = regexes;
  }
  literals;
  regexes;
  get sticky() {
    return this.regexes.sticky;
  }
};
function compileRules(specs, options) {
  let seen = /* @__PURE__ */ new Set(), rules = [], infos = [], startLed = [], ledBy = [];
  for (let spec of specs) {
    let where = `rule ${spec.id}`;
    if (validateSpec(spec, where), seen.has(spec.id)) throw new ConfigError(where, "the rule id is defined twice");
    seen.add(spec.id);
    let flags = spec.flags === "i" ? "gi" : "g", builtIn = prebuiltAnalysis(spec.id, spec.regex, flags, spec.keywords) !== void 0, regexes = new RuleRegexes(
      spec.regex,
      flags,
      builtIn ? null : compileRegex(spec.regex, flags, where, "regex")
    ), analysis = analyseRule(spec.id, spec.regex, flags, spec.keywords), anchor = analysis.anchor, anyLeads = analysis.leads, leads = anyLeads?.every((lead) => lead.length >= 3) ? anyLeads : keywordLeads(anyLeads, spec.keywords), isLed = anchor === null && leads === null && analysis.keywordLed;
    startLed.push(isLed || keywordLeads(leads, spec.keywords) !== null && !exactCaseLeads(leads)), ledBy.push(analysis.ledBy);
    let override = options.overrides[spec.id], severity = override?.severity ?? spec.severity, blocking = override?.blocking ?? spec.blocking ?? !0, tags = spec.tags ?? [], generic = tags.some((tag) => GENERIC_TAGS.includes(tag)) || spec.id.startsWith("secret/generic"), uri = tags.some((tag) => URI_TAGS.includes(tag)), context = tags.some((tag) => CONTEXT_TAGS.includes(tag)), structured = !generic && (spec.validator !== void 0 || tags.some((tag) => STRUCTURED_TAGS.includes(tag)));
    rules.push(
      new LazyRule(regexes, isLed, {
        index: rules.length,
        id: spec.id,
        title: spec.title,
        provider: spec.provider,
        severity,
        blocking,
        // One sticky twin of the regex serves whichever of anchor / leads / keyword starts applies.
        anchor: anchor === null ? null : new StickyAnchor(anchor, regexes),
        leads: leads === null ? null : new StickyLeads(leads, regexes),
        startKeywords: null,
        startIds: null,
        wordStart: isLed && context,
        entropy: spec.entropy ?? 0,
        validator: spec.validator === void 0 ? null : VALIDATORS[spec.validator],
        allowlist: compileAllowlist(spec.allowlist, where),
        generic,
        context,
        kebabNames: context && !tags.some((tag) => CHOSEN_VALUE_TAGS.includes(tag)),
        fixture: spec.validator === "private-key" ? fixtureRule(options.overrides) : null,
        minified: !generic || uri,
        lockfile: uri || structured
      })
    ), infos.push(infoOf(spec, severity, blocking));
  }
  let fixture = rules.find((rule) => rule.fixture !== null)?.fixture;
  fixture != null && !seen.has(fixture.id) && infos.push({
    id: fixture.id,
    kind: "secret",
    title: fixture.title,
    provider: fixture.provider,
    severity: fixture.severity,
    blocking: fixture.blocking,
    description: FIXTURE_RULE.description,
    remediation: FIXTURE_RULE.remediation,
    tags: ["private-key", "crypto", "test-fixture"]
  });
  let allowlist = compileAllowlist(options.allowlist, "allowlist"), prefilter = new Prefilter([...specs.map((spec) => spec.keywords), ...TEXT_MARKS], {
    positional: startLed,
    leading: ledBy,
    ...options.automatonAfter === void 0 ? {} : { automatonAfter: options.automatonAfter }
  });
  for (let rule of rules) {
    if (!startLed[rule.index]) continue;
    let own = new Uint8Array(prefilter.keywordCount), words = ledBy[rule.index] ?? specs[rule.index].keywords, ids = prefilter.keywordIds(words).sort((a, b) => a - b);
    for (let id of ids) own[id] = 1;
    rule.startKeywords = own, rule.startIds = ids;
  }
  return {
    infos,
    rules,
    prefilter,
    allowlist,
    pathScoped: rules.filter((rule) => rule.allowlist.paths.length > 0).map((rule) => rule.index),
    marks: { base64Pem: rules.length, continued: rules.length + 1 }
  };
}
function fixtureRule(overrides) {
  let override = overrides[FIXTURE_RULE.id];
  return {
    id: FIXTURE_RULE.id,
    title: FIXTURE_RULE.title,
    provider: FIXTURE_RULE.provider,
    severity: override?.severity ?? FIXTURE_RULE.severity,
    blocking: override?.blocking ?? !1
  };
}
function exactCaseLeads(leads) {
  return leads?.every((lead) => /^[A-Z]{3}/.test(lead)) ?? !1;
}
function keywordLeads(leads, keywords) {
  return leadingKeywords(leads, keywords) === null ? null : leads;
}
function isPathAllowed(path, rules) {
  let globs = rules.allowlist.paths;
  for (let glob of globs) if (glob.match(path)) return !0;
  return !1;
}

// src/core/postprocess/index.ts
init_cli_data();

// src/core/postprocess/dedupe.ts
init_cli_data();
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
init_cli_data();
function applyIgnoreFile(findings, entries) {
  let byFingerprint = new Set(entries.map((entry) => entry.fingerprint)), used = /* @__PURE__ */ new Set(), kept = [];
  for (let finding of findings)
    byFingerprint.has(finding.fingerprint) ? used.add(finding.fingerprint) : kept.push(finding);
  let unused = entries.filter((entry) => !used.has(entry.fingerprint)).map(({ fingerprint, line, reason }) => ({ fingerprint, line, reason }));
  return { kept, dropped: findings.length - kept.length, unused };
}

// src/core/postprocess/inline-allow.ts
init_cli_data();
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
  compileRules,
  isPathAllowed,
  finalizeFindings
};
