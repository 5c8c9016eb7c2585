/**
 * One keyword prefilter for all rules: every rule whose keywords occur in the text (compared
 * case-insensitively, as in the lower-cased text) becomes a candidate; only candidates run
 * their own regex.
 *
 * The keywords are compiled into one Aho-Corasick automaton (a DFA over character classes),
 * which reads each character of the text once, folding ASCII case as it goes, and reports
 * every keyword occurrence — overlapping ones and keywords that are prefixes of others
 * included. Measured on a 50 MB code tree (Node 20) it took about half the time of the
 * previous design, a trie-shaped regex over the lower-cased text (which also had to allocate
 * that copy), and its cost does not grow with how often common keywords (`token`, `secret`)
 * hit. Keywords with non-ASCII characters (user rules) fall back to that trie-shaped regex.
 * The per-character step is one class lookup in a 64K table (every UTF-16 code unit) and one
 * transition; texts with U+0130 take a branchier loop. (JavaScript variants measured that did
 * not pay in whole CLI runs: a skip loop over positions where no keyword's first two characters
 * are, two interleaved lanes, running it on the file's bytes.)
 *
 * An ASCII text of a few hundred characters or more (nearly every file) runs instead on the
 * same automaton compiled to WebAssembly (automaton.wat), which advances four lanes — four
 * quarters of the text — per step: about 3.5× faster on a 50 MB tree, the copy of the text into
 * its memory included. Other texts, and machines without WebAssembly, take the loop above; the
 * tests compare the two.
 *
 * Lower-casing equivalence: besides A-Z, only two UTF-16 code units lower-case to something
 * containing ASCII — U+212A KELVIN SIGN to `k` and U+0130 (capital I with dot) to `i` plus
 * U+0307 — and the automaton maps them the same way (test/engine/primitives.test.ts checks
 * the whole of Unicode).
 *
 * Long because the automaton's construction, its JavaScript loops, the WebAssembly loader and the
 * non-ASCII fallback are one prefilter whose variants must agree (the tests compare them).
 */

import { isAscii } from 'node:buffer';
import { AUTOMATON_WASM } from './generated/automaton-wasm.js';

interface TrieNode {
  children: Map<number, TrieNode>;
  /** Rules having the keyword that ends at this node. */
  rules: number[];
  /** Length of that keyword when a positional rule has it (its starts are recorded); else 0. */
  positionalLength: number;
  /** Index of that keyword in Prefilter's distinct keywords (-1 for none). */
  keyword: number;
}

/**
 * The children and rules of a node that has none, shared (never changed: insertWord gives a
 * node its own map, the constructor its own rules): most of the thousands of nodes are leaves
 * or inner nodes without rules, built at every start and in every scan worker.
 */
const NO_CHILDREN: Map<number, TrieNode> = new Map();
const NO_RULES: number[] = [];

function newNode(): TrieNode {
  return { children: NO_CHILDREN, rules: NO_RULES, positionalLength: 0, keyword: -1 };
}

/** The node for `word` under `root`, created with its path when missing. */
function insertWord(root: TrieNode, word: string): TrieNode {
  let node = root;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let child = node.children.get(code);
    if (child === undefined) {
      child = newNode();
      if (node.children === NO_CHILDREN) node.children = new Map();
      node.children.set(code, child);
    }
    node = child;
  }
  return node;
}

function escapeChar(char: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}

/** Regex source matching any keyword in the subtree; stops at the first complete keyword. */
function trieSource(node: TrieNode): string {
  const singles: string[] = [];
  const branches: string[] = [];
  for (const [code, child] of node.children) {
    const char = escapeChar(String.fromCharCode(code));
    if (child.rules.length > 0 || child.children.size === 0) singles.push(char);
    else branches.push(char + trieSource(child));
  }
  const alternatives = [...branches];
  if (singles.length === 1) alternatives.push(singles[0]!);
  else if (singles.length > 1) alternatives.push(`[${singles.join('')}]`);
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

/**
 * Characters searched with the regex before the automaton is built: none. Building the
 * automaton (~3 ms) costs less than compiling the trie-shaped regex and its narrowed variants,
 * even for a pre-commit scan of a few files (measured: 20 files 133 against 138 ms, a 50 MB
 * tree 361 against 379 ms, whole CLI runs).
 */
const AUTOMATON_AFTER = 0;
/** Hits that mark nothing new before the regex is narrowed to the keywords still useful. */
const USELESS_HITS_BEFORE_NARROWING = 8;
/** Narrowed regexes kept per prefilter (keyed by the keywords they search). */
const NARROWED_CACHE_SIZE = 64;

export class Prefilter {
  readonly ruleCount: number;
  private readonly root: TrieNode = newNode();
  /** Distinct keywords and the rules each one serves. */
  private readonly keywords: string[] = [];
  /** The id (index in `keywords`) of each distinct keyword. */
  private readonly keywordId = new Map<string, number>();
  private readonly keywordRules: number[][] = [];
  private regexCache: RegExp | null | undefined;
  private readonly narrowed = new Map<string, RegExp | null>();
  /**
   * The automaton: undefined until built, null when a keyword has a non-ASCII character
   * (regex fallback).
   */
  private dfa: Automaton | null | undefined;
  /** Characters to scan with the regex before building the automaton (see the constructor). */
  private regexBudget: number;
  /** Whether to run ASCII texts on the WebAssembly automaton (false: tests of the loop). */
  private readonly wasmWanted: boolean;

  /**
   * `keywords[i]` are rule i's keywords, already lower-case. The first `automatonAfter`
   * characters (default 0) are searched with the trie-shaped regex, the rest with the
   * automaton, built on first use; both find the same keywords (the tests compare them).
   */
  constructor(
    keywords: readonly (readonly string[])[],
    options: {
      automatonAfter?: number;
      positional?: readonly boolean[];
      /**
       * Per positional rule, the keywords whose starts it needs (those a match can start with);
       * null or missing: all of its keywords.
       */
      leading?: readonly (readonly string[] | null)[];
      wasm?: boolean;
    } = {},
  ) {
    this.regexBudget = options.automatonAfter ?? AUTOMATON_AFTER;
    this.wasmWanted = options.wasm ?? true;
    this.ruleCount = keywords.length;
    const byKeyword = new Map<string, number[]>();
    keywords.forEach((words, rule) => {
      for (const word of words) {
        const rules = byKeyword.get(word) ?? [];
        if (!rules.includes(rule)) rules.push(rule);
        byKeyword.set(word, rules);
      }
    });
    for (const [word, rules] of byKeyword) {
      const node = insertWord(this.root, word);
      node.keyword = this.keywords.length;
      this.keywordId.set(word, node.keyword);
      this.keywords.push(word);
      this.keywordRules.push(rules);
      node.rules = rules;
      const recorded = (rule: number) =>
        options.positional?.[rule] === true && (options.leading?.[rule]?.includes(word) ?? true);
      if (rules.some(recorded)) {
        node.positionalLength = word.length;
      }
    }
    if (!this.keywords.every((word) => ASCII.test(word))) this.dfa = null;
  }

  /** Regex source over every keyword (trie-shaped; what the non-ASCII fallback runs). */
  get source(): string {
    return this.regex === null ? '' : this.regex.source;
  }

  private get regex(): RegExp | null {
    if (this.regexCache === undefined) {
      const source = sourceOf(this.keywords);
      this.regexCache = source === '' ? null : new RegExp(source, 'g');
    }
    return this.regexCache;
  }

  /**
   * Whether the last `candidates` call ran the automaton, so that `starts` it was given holds
   * every start of a positional rule's keyword (the regex path records none).
   */
  get recordsStarts(): boolean {
    return this.dfa !== undefined && this.dfa !== null;
  }

  /**
   * Whether ASCII texts run on the WebAssembly automaton (once it is built: on the first text
   * long enough for it).
   */
  get runsWasm(): boolean {
    return this.dfa !== undefined && this.dfa !== null && this.dfa.wasm != null;
  }

  /** Distinct keywords (their index is the keyword id recorded with each start). */
  get keywordCount(): number {
    return this.keywords.length;
  }

  /** Ids of the given keywords (as passed to the constructor), in that order, deduplicated. */
  keywordIds(words: readonly string[]): number[] {
    const ids: number[] = [];
    for (const word of words) {
      const id = this.keywordId.get(word);
      if (id !== undefined && !ids.includes(id)) ids.push(id);
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
  candidates(
    text: string,
    out: Uint8Array,
    starts: number[] | null = null,
    keywordIds: number[] | null = null,
  ): number {
    let dfa = this.dfa;
    if (dfa === undefined) {
      if (this.regexBudget > 0) {
        this.regexBudget -= text.length;
        return this.candidatesByRegex(text, out);
      }
      dfa = this.dfa = buildAutomaton(this.root);
    }
    if (dfa === null) return this.candidatesByRegex(text, out);
    const { delta, outputs, lengths, ids, width } = dfa;
    const n = text.length;
    let wasm: WasmAutomaton | null = null;
    if (n >= WASM_FROM && n <= WASM_UP_TO) {
      if (dfa.wasm === undefined) {
        dfa.wasm = this.wasmWanted
          ? WasmAutomaton.create(delta, dfa.classes, width, dfa.longest)
          : null;
      }
      wasm = dfa.wasm;
    }
    if (wasm !== null) {
      const run = wasm.run(text);
      if (run?.truncated) {
        return this.verifiedHits(dfa, text, run.hits, out, starts, keywordIds);
      }
      const hits = run?.hits ?? null;
      if (hits !== null) {
        let marked = 0;
        for (let h = 0; h < hits.length; h += 2) {
          const state = hits[h]! / width;
          marked += mark(outputs[state]!, out);
          if (starts !== null) record(lengths[state], ids[state], hits[h + 1]!, starts, keywordIds);
        }
        return marked;
      }
    }
    const ruleCount = starts === null ? this.ruleCount : -1;
    let marked = 0;
    let state = 0;
    if (text.indexOf('\u0130') !== -1)
      return this.candidatesDottedI(dfa, text, out, starts, keywordIds);
    // The class of every UTF-16 code unit from one table: no branch per character.
    const wide = dfa.wide;
    for (let i = 0; i < n; i++) {
      state = delta[state + wide[text.charCodeAt(i)]!]!;
      if (state < 0) {
        state = ~state;
        const node = state / width;
        marked += mark(outputs[node]!, out);
        if (starts !== null) record(lengths[node], ids[node], i + 1, starts, keywordIds);
        if (marked === ruleCount) return marked;
      }
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
  private verifiedHits(
    dfa: Automaton,
    text: string,
    hits: Int32Array,
    out: Uint8Array,
    starts: number[] | null,
    keywordIds: number[] | null,
  ): number {
    const { outputs, lengths, ids, keywordLengths, keywordIdsAt, width } = dfa;
    let marked = 0;
    for (let h = 0; h < hits.length; h += 2) {
      const state = hits[h]! / width;
      const end = hits[h + 1]!;
      const all = keywordLengths[state]!;
      let longest = 0;
      for (const length of all) if (length > longest) longest = length;
      // How many characters before `end` are what the automaton read there, up to the longest
      // keyword here: ASCII, the Kelvin sign (`k`), and U+0130 (`i`) as the last one only.
      let ascii = 0;
      while (ascii < longest) {
        const code = text.charCodeAt(end - 1 - ascii);
        if (code >= 0x80 && code !== 0x212a && (code !== 0x130 || ascii > 0)) break;
        ascii++;
      }
      if (ascii === longest) {
        marked += mark(outputs[state]!, out);
        if (starts !== null) record(lengths[state], ids[state], end, starts, keywordIds);
        continue;
      }
      const here = keywordIdsAt[state]!;
      for (let k = 0; k < all.length; k++) {
        if (all[k]! > ascii) continue;
        const id = here[k]!;
        marked += mark(this.keywordRules[id]!, out);
        if (starts !== null && dfa.positional[id] === 1) {
          starts.push(end - all[k]!);
          keywordIds?.push(id);
        }
      }
    }
    return marked;
  }

  /** candidates() on the automaton for a text with U+0130 (capital I with dot) in it. */
  private candidatesDottedI(
    dfa: Automaton,
    text: string,
    out: Uint8Array,
    starts: number[] | null,
    keywordIds: number[] | null,
  ): number {
    const { delta, classes, outputs, lengths, ids, width } = dfa;
    const ruleCount = starts === null ? this.ruleCount : -1;
    const kelvin = dfa.kelvin;
    const dottedI = dfa.dottedI;
    let marked = 0;
    let state = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) state = delta[state + classes[code]!]!;
      else if (code === 0x212a) state = delta[state + kelvin]!;
      else if (code === 0x130) {
        // Lower-cases to `i` + U+0307: report what `i` completes, then restart (U+0307 is in
        // no keyword).
        state = delta[state + dottedI]!;
        if (state < 0) {
          const node = ~state / width;
          marked += mark(outputs[node]!, out);
          if (starts !== null) record(lengths[node], ids[node], i + 1, starts, keywordIds);
        }
        if (marked === ruleCount) return marked;
        state = 0;
        continue;
      } else state = delta[state]!; // class 0: a character in no keyword
      if (state < 0) {
        state = ~state;
        const node = state / width;
        marked += mark(outputs[node]!, out);
        if (starts !== null) record(lengths[node], ids[node], i + 1, starts, keywordIds);
        if (marked === ruleCount) return marked;
      }
    }
    return marked;
  }

  /** candidates() for keywords the automaton does not handle: the trie-shaped regex. */
  private candidatesByRegex(text: string, out: Uint8Array): number {
    let regex = this.regex;
    if (regex === null) return 0;
    const lower = text.toLowerCase();
    let marked = 0;
    let useless = 0;
    regex.lastIndex = 0;
    for (let match = regex.exec(lower); match !== null; match = regex.exec(lower)) {
      const start = match.index;
      const before = marked;
      let node: TrieNode | undefined = this.root;
      for (let i = start; i < lower.length; i++) {
        node = node.children.get(lower.charCodeAt(i));
        if (node === undefined) break;
        for (const rule of node.rules) {
          if (out[rule] === 0) {
            out[rule] = 1;
            marked++;
          }
        }
        if (node.children.size === 0) break;
      }
      if (marked === this.ruleCount) break;
      if (marked === before && ++useless >= USELESS_HITS_BEFORE_NARROWING) {
        useless = 0;
        regex = this.narrow(out);
        if (regex === null) break;
      }
      // Keywords may overlap (`key` inside `api_key`): continue right after this start.
      regex.lastIndex = start + 1;
    }
    return marked;
  }

  /** A regex over the keywords that still have an unmarked rule (cached). */
  private narrow(out: Uint8Array): RegExp | null {
    const useful: string[] = [];
    const ids: number[] = [];
    this.keywords.forEach((word, id) => {
      if (this.keywordRules[id]!.some((rule) => out[rule] === 0)) {
        useful.push(word);
        ids.push(id);
      }
    });
    const key = ids.join(',');
    let regex = this.narrowed.get(key);
    if (regex === undefined) {
      const source = sourceOf(useful);
      regex = source === '' ? null : new RegExp(source, 'g');
      if (this.narrowed.size >= NARROWED_CACHE_SIZE) this.narrowed.clear();
      this.narrowed.set(key, regex);
    }
    return regex;
  }
}

/** The trie-shaped regex source of a set of lower-case keywords ('' for none). */
function sourceOf(keywords: readonly string[]): string {
  const root = newNode();
  for (const word of keywords) insertWord(root, word).rules = [0];
  return root.children.size === 0 ? '' : trieSource(root);
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * A DFA over character classes. `delta[state + class]` is the next state, where states are
 * row offsets (state number × class count); an accepting next state is stored as `~offset`.
 * `outputs[offset / width]` lists the rules of every keyword ending there (suffix keywords
 * included): the per-state arrays are indexed by state number, looked up only on a hit (arrays
 * by row offset would be class-count times longer — with 398 rules 5 × 144K elements, about
 * 25 ms to allocate and fill on every start).
 */
interface Automaton {
  delta: Int32Array;
  /** Classes per row: a row offset divided by it is the state number. */
  width: number;
  /** Class of each ASCII code unit (upper case folded to lower); 0 for none. */
  classes: Uint8Array;
  outputs: (readonly number[] | undefined)[];
  /** Class of `k` (U+212A KELVIN SIGN lower-cases to it). */
  kelvin: number;
  /** Class of `i` (U+0130 lower-cases to `i` + U+0307). */
  dottedI: number;
  /** Lengths of the positional keywords ending at each accepting row (suffixes included). */
  lengths: (readonly number[] | undefined)[];
  /** Their keyword ids, in the same order. */
  ids: (readonly number[] | undefined)[];
  /** Lengths of every keyword ending at each accepting row (suffixes included). */
  keywordLengths: (readonly number[] | undefined)[];
  /** Their keyword ids, in the same order. */
  keywordIdsAt: (readonly number[] | undefined)[];
  /** 1 for the keyword ids whose starts are recorded (a positional rule has them). */
  positional: Uint8Array;
  /**
   * Class of every UTF-16 code unit but U+0130 (texts with it take a slower path): `classes`,
   * U+212A KELVIN SIGN as `k`, 0 for the rest.
   */
  wide: Uint8Array;
  /**
   * The same automaton in WebAssembly, for ASCII texts: undefined until the first text long
   * enough for it (a scan of small files never needs it; making it costs ~8 ms with 398
   * rules), null where it cannot run or is not wanted.
   */
  wasm: WasmAutomaton | null | undefined;
  /** Length of the longest keyword. */
  longest: number;
}

/**
 * Appends the start of each keyword of `lengths` that ends just before `end` to `starts`, and
 * its id (from `ids`) to `keywordIds` when given.
 */
function record(
  lengths: readonly number[] | undefined,
  ids: readonly number[] | undefined,
  end: number,
  starts: number[],
  keywordIds: number[] | null,
): void {
  if (lengths === undefined) return;
  for (let k = 0; k < lengths.length; k++) {
    starts.push(end - lengths[k]!);
    if (keywordIds !== null) keywordIds.push(ids![k]!);
  }
}

/** Marks `rules` in `out`; returns how many were newly marked. */
function mark(rules: readonly number[], out: Uint8Array): number {
  let marked = 0;
  for (const rule of rules) {
    if (out[rule] === 0) {
      out[rule] = 1;
      marked++;
    }
  }
  return marked;
}

/**
 * Aho-Corasick over the keyword trie (whose characters are all ASCII and lower-case). Built on
 * the first text of every process and scan worker, so it allocates little: a row's lists stay
 * undefined until it has an entry (most rows never do), and the transition table becomes the
 * signed row offsets in place — allocation was most of its cost (young-generation collections
 * during the build, ~11 ms with 463 rules).
 */
function buildAutomaton(root: TrieNode): Automaton {
  const classes = new Uint8Array(128);
  let classCount = 1;
  const nodes: TrieNode[] = [root];
  const index = new Map<TrieNode, number>([[root, 0]]);
  for (let i = 0; i < nodes.length; i++) {
    nodes[i]!.children.forEach((child, code) => {
      if (classes[code] === 0) classes[code] = classCount++;
      index.set(child, nodes.length);
      nodes.push(child);
    });
  }
  for (let code = 65; code <= 90; code++) {
    if (classes[code] === 0) classes[code] = classes[code + 32]!;
  }
  const count = nodes.length;
  const width = classCount;
  const next = new Int32Array(count * width); // the delta (see below)
  const fail = new Int32Array(count);
  // Indexed by state number; undefined for none (see Automaton).
  const outputs: (number[] | undefined)[] = new Array(count);
  const lengths: (number[] | undefined)[] = new Array(count);
  const ids: (number[] | undefined)[] = new Array(count);
  const allLengths: (number[] | undefined)[] = new Array(count);
  const allIds: (number[] | undefined)[] = new Array(count);
  const depth = new Int32Array(count);
  const positional = new Uint8Array(count);
  let longest = 0;
  for (let i = 0; i < count; i++) {
    const node = nodes[i]!;
    node.children.forEach((child) => {
      depth[index.get(child)!] = depth[i]! + 1;
    });
    if (node.rules.length > 0) outputs[i] = [...node.rules];
    if (node.positionalLength > 0) {
      lengths[i] = [node.positionalLength];
      ids[i] = [node.keyword];
      positional[node.keyword] = 1;
    }
    if (node.keyword >= 0) {
      allLengths[i] = [depth[i]!];
      allIds[i] = [node.keyword];
    }
    if (depth[i]! > longest) longest = depth[i]!;
  }
  // Breadth-first (nodes is already in BFS order): a node's failure link is resolved first.
  // The table holds each target as its row's offset, bitwise-negated when it accepts, written
  // so as it is built (a pass over every entry afterwards cost ~3 ms of each start). A state
  // accepts when a keyword ends there or at its failure state, which is shallower and so was
  // reached, and judged, before it.
  const accepting = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const node = nodes[i]!;
    if (i !== 0) {
      const f = fail[i]!;
      const failOutputs = outputs[f];
      if (failOutputs !== undefined) {
        const own = outputs[i] ?? [];
        for (const rule of failOutputs) if (!own.includes(rule)) own.push(rule);
        outputs[i] = own;
      }
      inherit(lengths, ids, i, f);
      inherit(allLengths, allIds, i, f);
      // The failure state's row (already complete) is the default; row 0 starts all zeros.
      next.copyWithin(i * width, f * width, f * width + width);
    }
    node.children.forEach((child, code) => {
      const c = index.get(child)!;
      let f = 0;
      if (i !== 0) {
        const target = next[fail[i]! * width + classes[code]!]!;
        f = (target < 0 ? ~target : target) / width;
      }
      fail[c] = f;
      if (child.rules.length > 0 || accepting[f] === 1) accepting[c] = 1;
      next[i * width + classes[code]!] = accepting[c] === 1 ? ~(c * width) : c * width;
    });
  }
  const delta = next;
  const wide = new Uint8Array(65536);
  wide.set(classes);
  wide[0x212a] = classes[107]!;
  return {
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
    kelvin: classes[107]!,
    dottedI: classes[105]!,
    wasm: undefined,
    longest,
  };
}

/**
 * Appends to row `i` of `lengths` (and `ids` beside it) the entries of row `f` (its failure
 * state) it does not have yet, by length.
 */
function inherit(
  lengths: (number[] | undefined)[],
  ids: (number[] | undefined)[],
  i: number,
  f: number,
): void {
  const from = lengths[f];
  if (from === undefined) return;
  const fromIds = ids[f]!;
  const own = lengths[i] ?? [];
  const ownIds = ids[i] ?? [];
  for (let k = 0; k < from.length; k++) {
    if (own.includes(from[k]!)) continue;
    own.push(from[k]!);
    ownIds.push(fromIds[k]!);
  }
  if (own.length > 0) {
    lengths[i] = own;
    ids[i] = ownIds;
  }
}

/** A character above U+00FF (its low byte is all that a copy in Latin-1 keeps). */
const WIDE = /[^\x00-\xff]/;

/** Texts from this many characters run on the WebAssembly automaton (shorter: not worth it). */
const WASM_FROM = 256;
/** ...and up to this many (its memory holds the text and up to 8 bytes of hits per character). */
const WASM_UP_TO = 4 * 1_048_576;
/** Texts from this many characters run in four lanes (each lane much longer than a keyword). */
const LANES_FROM = 1024;

/**
 * The automaton's inner loop in WebAssembly (automaton.wat), over the bytes of an ASCII text:
 * it reports every accepting state with the offset after it, and candidates() turns those
 * into rules and keyword starts exactly as its own loop does.
 */
class WasmAutomaton {
  private memory: WasmMemory;
  private bytes: Buffer;

  private constructor(
    private readonly exports: WasmExports,
    private readonly textAt: number,
    private readonly longest: number,
  ) {
    this.memory = exports.memory;
    this.bytes = Buffer.from(this.memory.buffer);
  }

  /**
   * The automaton in WebAssembly; null where WebAssembly is unavailable (`node --jitless`) or
   * the automaton has more classes than a byte-sized class table can address.
   */
  static create(
    delta: Int32Array,
    classes: Uint8Array,
    width: number,
    longest: number,
  ): WasmAutomaton | null {
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    if (width * 4 > 255 || api === undefined) return null;
    let exports: WasmExports;
    try {
      const module = new api.Module(Buffer.from(AUTOMATON_WASM, 'base64'));
      exports = new api.Instance(module, {}).exports as WasmExports;
    } catch {
      return null;
    }
    // The table (states as byte offsets of their rows: the JavaScript table copied, then
    // scaled), then the classes (byte offsets in a row), then the text from an 8-byte boundary.
    const classesAt = delta.length * 4;
    const textAt = (classesAt + 256 + 7) & ~7;
    const automaton = new WasmAutomaton(exports, textAt, longest);
    if (!automaton.reserve(textAt)) return null;
    new Int32Array(automaton.memory.buffer, 0, delta.length).set(delta);
    exports.scale(0, classesAt);
    const classTable = new Uint8Array(automaton.memory.buffer, classesAt, 256);
    for (let code = 0; code < 128; code++) classTable[code] = classes[code]! * 4;
    exports.setup(0, classesAt);
    return automaton;
  }

  /** Grows the memory to at least `bytes`; false when it cannot grow (the caller falls back). */
  private reserve(bytes: number): boolean {
    const missing = bytes - this.memory.buffer.byteLength;
    if (missing <= 0) return true;
    try {
      this.memory.grow(Math.ceil(missing / 65_536));
    } catch {
      return false;
    }
    this.bytes = Buffer.from(this.memory.buffer);
    return true;
  }

  /**
   * Runs over `text`: the hits as pairs (accepting row offset in the JavaScript table, offset
   * just past the keyword) in the order of those offsets, or null when it cannot run (no
   * memory). A text that is not ASCII runs on its code units cut to their low byte (U+212A
   * and U+0130 as `k` and `i`), `truncated`: its hits are a superset, for the caller to
   * verify. The pairs are valid until the next run.
   */
  run(text: string): { hits: Int32Array; truncated: boolean } | null {
    const n = text.length;
    const at = this.textAt;
    const hitsAt = (at + n + 7) & ~7;
    // The memory for the hits grows only for texts that will run.
    if (!this.reserve(at + n)) return null;
    // One byte per code unit, its low byte (a copy for a one-byte string). Without a character
    // above U+00FF the bytes are the code units, and the text is ASCII exactly when they are;
    // with one, it is not ASCII (and a character above U+00FF may have become an ASCII byte).
    // V8 answers WIDE on a one-byte string without reading it (measured: 1 ms for the 88 MB
    // generated tree, where the UTF-8 write that used to answer took 15 ms).
    const bytes = this.bytes;
    bytes.write(text, at, 'latin1');
    const truncated = WIDE.test(text) || !isAscii(bytes.subarray(at, at + n));
    if (truncated) {
      // Not ASCII: one byte per code unit, its low byte (the caller verifies each hit). The two
      // characters that lower-case to ASCII are written as what they lower-case to: U+212A as
      // `k`, U+0130 as `i` (its U+0307 breaks any keyword going on: verifiedHits keeps only
      // keywords that end at it).
      for (let k = text.indexOf('\u212a'); k !== -1; k = text.indexOf('\u212a', k + 1)) {
        bytes[at + k] = 0x6b;
      }
      for (let k = text.indexOf('\u0130'); k !== -1; k = text.indexOf('\u0130', k + 1)) {
        bytes[at + k] = 0x69;
      }
    }
    // At most one hit (8 bytes) per character: each lane gets room for a quarter and the tail.
    if (!this.reserve(hitsAt + 8 * n + 40)) return null;
    const wasm = this.exports;
    let end: number;
    if (n >= LANES_FROM) {
      // Lane k starts at at + k * quarter and writes its hits from hitsAt + k * room.
      const quarter = n >> 2;
      const room = 8 * (quarter + 1);
      const lane1 = at + quarter;
      const lane2 = lane1 + quarter;
      const lane3 = lane2 + quarter;
      // Lanes 1-3 start a longest keyword early, without reporting, so that each reaches its
      // first character in the state one pass would have there.
      const back = this.longest - 1;
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
        hitsAt + 3 * room,
      );
      // The tail (under four characters) continues lane 3, in its region.
      const last = wasm.run1(lane3 + quarter, at + n, wasm.state(), at, wasm.lane_end(3));
      // Each lane's hits are in text order: laid end to end, all of them are. (this.bytes
      // views the whole memory; reserve() above renewed it if the memory grew.)
      const memory = this.bytes;
      end = wasm.lane_end(0);
      for (let k = 1; k < 4; k++) {
        const stop = k === 3 ? last : wasm.lane_end(k);
        const region = hitsAt + k * room;
        memory.copyWithin(end, region, stop);
        end += stop - region;
      }
    } else {
      end = wasm.run1(at, at + n, 0, at, hitsAt);
    }
    const hits = new Int32Array(this.memory.buffer, hitsAt, (end - hitsAt) >> 2);
    // States are byte offsets of rows here; the JavaScript tables index rows by element.
    for (let h = 0; h < hits.length; h += 2) hits[h] = hits[h]! >> 2;
    return { hits, truncated };
  }
}

/** What the automaton uses of the WebAssembly API (the DOM typings are not in this project). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** The functions automaton.wat exports. */
interface WasmExports {
  memory: WasmMemory;
  setup(table: number, classes: number): void;
  scale(from: number, to: number): void;
  warm(from: number, to: number, state: number): number;
  run1(from: number, to: number, state: number, base: number, hits: number): number;
  run4(
    p0: number,
    p1: number,
    p2: number,
    p3: number,
    steps: number,
    s0: number,
    s1: number,
    s2: number,
    s3: number,
    base: number,
    hits0: number,
    hits1: number,
    hits2: number,
    hits3: number,
  ): void;
  state(): number;
  lane_end(lane: number): number;
}
