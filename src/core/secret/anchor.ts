/**
 * Anchors for rule regexes that do not start with a literal. If every match of a regex must
 * contain a literal (a top-level run like `://`) at most `maxBefore` characters after the match
 * start, the engine need not run the regex over the whole text: it finds the literal with
 * indexOf and tries the regex (sticky) only at the few positions before each occurrence.
 * Matches are exactly those of a global scan, since no match can start anywhere else.
 *
 * The analysis is deliberately small and conservative: any construct it does not understand
 * (top-level alternation, back-references, unbounded quantifiers before the literal) means
 * "no anchor", and the regex runs normally.
 *
 * Parsing every rule's regex at each start costs about 30 ms with the ~400 built-in rules, so
 * the analysis of the built-in packs' rules is done at build time (scripts/packs.mjs runs
 * `ruleAnalysis` below over them) and embedded as `__MANDATE_RULE_ANALYSIS__`; `analyseRule`
 * looks a rule up there by id, checks it was made from the same regex, flags and keywords
 * (all that the analysis reads), and analyses at run time only what is not there: a user's
 * rule, or a built-in rule whose regex or keywords a config changed.
 *
 * Long because it is a small parser of regex syntax: to be conservative it must recognise every
 * construct it accepts and refuse the rest.
 */

export interface Anchor {
  /** A literal every match contains. */
  literal: string;
  /** The most characters a match can have before the literal. */
  maxBefore: number;
  /** The fewest. */
  minBefore: number;
}

interface Item {
  /** The character when the item is one unquantified literal character. */
  literal: string | null;
  /** Maximal width; Infinity when unbounded. */
  max: number;
  /** Minimal width, when it differs from `max` (see minOf). */
  min?: number;
  /**
   * For an unquantified group: the literal run each alternative starts with ('' when one
   * starts otherwise).
   */
  leads?: string[];
  /**
   * For an unquantified, capturing or non-capturing group without alternation: its items, which
   * findAnchor reads as if they stood in the enclosing sequence.
   */
  inner?: Item[];
}

class Parser {
  private i = 0;
  constructor(private readonly source: string) {}

  /** Parses a sequence up to `)` or the end; null when there is an alternation in it. */
  sequence(): { items: Item[]; alternatives: Item[][] } {
    const alternatives: Item[][] = [];
    let items: Item[] = [];
    const s = this.source;
    while (this.i < s.length && s[this.i] !== ')') {
      if (s[this.i] === '|') {
        this.i++;
        alternatives.push(items);
        items = [];
        continue;
      }
      const atom = this.atom();
      const quantified = this.quantifier(atom);
      items.push(quantified);
    }
    alternatives.push(items);
    return { items: alternatives.length === 1 ? items : [], alternatives };
  }

  private atom(): Item {
    const s = this.source;
    const c = s[this.i]!;
    if (c === '\\') return this.escape();
    if (c === '[') {
      this.i++;
      if (s[this.i] === '^') this.i++;
      if (s[this.i] === ']') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { literal: null, max: 1 };
    }
    if (c === '(') return this.group();
    this.i++;
    if (c === '^' || c === '$') return { literal: null, max: 0 };
    if (c === '.') return { literal: null, max: 1 };
    return { literal: c, max: 1 };
  }

  private escape(): Item {
    const s = this.source;
    const c = s[this.i + 1] ?? '';
    this.i += 2;
    if ('dDwWsS'.includes(c)) return { literal: null, max: 1 };
    if (c === 'b' || c === 'B') return { literal: null, max: 0 };
    if (/[1-9]/.test(c) || c === 'k') return { literal: null, max: Number.POSITIVE_INFINITY };
    const simple: Record<string, string> = {
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      f: '\f',
      '0': '\0',
    };
    if (simple[c] !== undefined) return { literal: simple[c]!, max: 1 };
    if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(s.slice(this.i, this.i + 2))) {
      this.i += 2;
      return {
        literal: String.fromCharCode(Number.parseInt(s.slice(this.i - 2, this.i), 16)),
        max: 1,
      };
    }
    if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.i, this.i + 4))) {
      this.i += 4;
      return {
        literal: String.fromCharCode(Number.parseInt(s.slice(this.i - 4, this.i), 16)),
        max: 1,
      };
    }
    if (c === 'c' || c === 'x' || c === 'u' || c === 'p' || c === 'P') {
      return { literal: null, max: 1 };
    }
    return { literal: c, max: 1 };
  }

  private group(): Item {
    const s = this.source;
    this.i++; // (
    let lookaround = false;
    if (s[this.i] === '?') {
      const head = s.slice(this.i, this.i + 3);
      if (head.startsWith('?=') || head.startsWith('?!')) {
        lookaround = true;
        this.i += 2;
      } else if (head === '?<=' || head === '?<!') {
        lookaround = true;
        this.i += 3;
      } else if (head.startsWith('?:')) {
        this.i += 2;
      } else if (head.startsWith('?<')) {
        this.i = s.indexOf('>', this.i) + 1;
      } else {
        throw new Error('unsupported group');
      }
    }
    const { alternatives } = this.sequence();
    this.i++; // )
    if (lookaround) return { literal: null, max: 0 };
    let max = 0;
    let min = Number.POSITIVE_INFINITY;
    for (const items of alternatives) {
      max = Math.max(max, widthOf(items));
      min = Math.min(min, minWidthOf(items));
    }
    const group: Item = { literal: null, max, min, leads: alternatives.map(leadOf) };
    if (alternatives.length === 1) group.inner = alternatives[0]!;
    return group;
  }

  private quantifier(atom: Item): Item {
    const s = this.source;
    const c = s[this.i];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (m === null) return atom; // a literal `{`
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    } else {
      return atom;
    }
    if (s[this.i] === '?') this.i++; // lazy
    if (min === 1 && max === 1) return atom;
    return { literal: null, max: atom.max * max, min: minOf(atom) * min };
  }
}

/** `items` with every group that has `inner` items replaced by them, recursively. */
function flatten(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    if (item.inner === undefined) out.push(item);
    else out.push(...flatten(item.inner));
  }
  return out;
}

/** The literal run a sequence starts with, after zero-width items ('' for none). */
function leadOf(items: readonly Item[]): string {
  let lead = '';
  for (const item of items) {
    if (item.max === 0 && item.literal === null && lead === '') continue;
    if (item.literal === null) break;
    lead += item.literal;
  }
  return lead;
}

function widthOf(items: Item[]): number {
  let total = 0;
  for (const item of items) total += item.max;
  return total;
}

/** The least width of an item: a back-reference may match nothing. */
function minOf(item: Item): number {
  return item.min ?? (Number.isFinite(item.max) ? item.max : 0);
}

function minWidthOf(items: Item[]): number {
  let total = 0;
  for (const item of items) total += minOf(item);
  return total;
}

/** What the engine needs to know of a rule's regex (see compile.ts). */
export interface RuleAnalysis {
  /** findAnchor's answer. */
  anchor: Anchor | null;
  /** findLeads' answer with literals of any length (null when there is an anchor). */
  leads: string[] | null;
  /** isKeywordLed's answer. */
  keywordLed: boolean;
  /**
   * leadingKeywords' answer: the keywords a match can start with (a keyword-led rule's, or a
   * lead rule's whose leads start with its keywords); null when the rule is neither.
   */
  ledBy: string[] | null;
}

/** The analysis of one regex (compiled with `flags`) with its rule's `keywords`. */
export function ruleAnalysis(
  source: string,
  flags: string,
  keywords: readonly string[],
): RuleAnalysis {
  const anchor = findAnchor(source, flags);
  const leads = anchor === null ? findLeads(source, flags, 1) : null;
  const keywordLed = isKeywordLed(source, keywords);
  return {
    anchor,
    leads,
    keywordLed,
    ledBy: leadingKeywords(keywordLed ? keywordSpellings(source) : leads, keywords),
  };
}

/**
 * The keywords that `starts` (the spellings a match can start with, or a rule's leads) start
 * with, compared case-insensitively — the only keywords at whose occurrences a match can
 * start; null when some start begins with no keyword (or `starts` is null).
 */
export function leadingKeywords(
  starts: readonly string[] | null,
  keywords: readonly string[],
): string[] | null {
  if (starts === null) return null;
  const lower = starts.map((start) => start.toLowerCase());
  if (!lower.every((start) => keywords.some((word) => start.startsWith(word.toLowerCase())))) {
    return null;
  }
  return keywords.filter((word) => lower.some((start) => start.startsWith(word.toLowerCase())));
}

/** A built-in rule's analysis with what it was made from (the build-time table, by rule id). */
export interface PrebuiltAnalysis extends RuleAnalysis {
  regex: string;
  flags: string;
  keywords: string[];
}

/** The built-in rules' analysis as a JSON string, embedded at build time (scripts/packs.mjs). */
declare const __MANDATE_RULE_ANALYSIS__: string | undefined;
let prebuilt: Record<string, PrebuiltAnalysis> | undefined;

/**
 * The build-time analysis of rule `id`, when it was made from the same regex, flags and
 * keywords (all that the analysis reads); undefined otherwise.
 */
export function prebuiltAnalysis(
  id: string,
  source: string,
  flags: string,
  keywords: readonly string[],
): RuleAnalysis | undefined {
  if (prebuilt === undefined) {
    prebuilt =
      typeof __MANDATE_RULE_ANALYSIS__ === 'string'
        ? (JSON.parse(__MANDATE_RULE_ANALYSIS__) as Record<string, PrebuiltAnalysis>)
        : {};
  }
  const known = Object.hasOwn(prebuilt, id) ? prebuilt[id] : undefined;
  if (
    known === undefined ||
    known.regex !== source ||
    known.flags !== flags ||
    known.keywords.length !== keywords.length ||
    !known.keywords.every((word, i) => word === keywords[i])
  ) {
    return undefined;
  }
  return known;
}

/** `ruleAnalysis`, from the build-time table when the rule is there unchanged. */
export function analyseRule(
  id: string,
  source: string,
  flags: string,
  keywords: readonly string[],
): RuleAnalysis {
  const known = prebuiltAnalysis(id, source, flags, keywords);
  if (known === undefined) return ruleAnalysis(source, flags, keywords);
  // Copies: a caller may keep and change what it gets.
  return {
    anchor: known.anchor === null ? null : { ...known.anchor },
    leads: known.leads === null ? null : [...known.leads],
    keywordLed: known.keywordLed,
    ledBy: known.ledBy === null ? null : [...known.ledBy],
  };
}

/** Most attempts per literal occurrence worth making instead of a plain scan. */
const MAX_BEFORE_LIMIT = 64;
const MIN_LITERAL = 3;

/**
 * An anchor for `source` (compiled with `flags`), or null when the regex already starts with a
 * literal (the regex engine scans for it fast), or the analysis cannot prove one.
 */
export function findAnchor(source: string, flags: string): Anchor | null {
  let items: Item[];
  try {
    const parser = new Parser(source);
    const parsed = parser.sequence();
    if (parsed.alternatives.length !== 1) return null;
    items = flatten(parsed.items);
  } catch {
    return null;
  }
  // A regex that starts with a literal is scanned fast by the regex engine itself.
  let lead = '';
  for (const item of items) {
    if (item.max === 0 && item.literal === null) continue;
    if (item.literal === null) break;
    lead += item.literal;
  }
  if (lead.length >= MIN_LITERAL) return null;
  const caseless = flags.includes('i');
  let best: Anchor | null = null;
  let before = 0;
  let least = 0;
  for (let i = 0; i < items.length; ) {
    if (items[i]!.literal === null) {
      before += items[i]!.max;
      least += minOf(items[i]!);
      i++;
      continue;
    }
    let literal = '';
    const start = before;
    const minBefore = least;
    while (i < items.length && items[i]!.literal !== null) {
      literal += items[i]!.literal;
      before += 1;
      least += 1;
      i++;
    }
    const usable =
      literal.length >= MIN_LITERAL &&
      Number.isFinite(start) &&
      (!caseless || literal.toLowerCase() === literal.toUpperCase());
    if (usable && (best === null || literal.length > best.literal.length)) {
      best = { literal, maxBefore: start, minBefore };
    }
  }
  if (best === null || best.maxBefore === 0 || best.maxBefore > MAX_BEFORE_LIMIT) return null;
  return best;
}

/**
 * Literals one of which every match of `source` starts with, when the regex begins (after
 * zero-width assertions such as a look-behind) with a group whose every alternative starts
 * with a literal of at least 3 characters: `(?<![\w-])(?<secret>ntn_…|secret_…)`. The regex
 * engine cannot skip ahead to such a start the way it does for a leading literal, so the
 * engine finds the literals with indexOf and tries the regex (sticky) only there; the matches
 * are exactly those of a global scan. null when not provable (or the regex is
 * case-insensitive and a literal has letters). Literals shorter than `minLiteral` (default 3;
 * at least 1) are not worth an indexOf: null too.
 */
export function findLeads(
  source: string,
  flags: string,
  minLiteral: number = MIN_LITERAL,
): string[] | null {
  let items: Item[];
  try {
    const parsed = new Parser(source).sequence();
    if (parsed.alternatives.length !== 1) return null;
    items = parsed.items;
  } catch {
    return null;
  }
  const first = items.find((item) => !(item.max === 0 && item.literal === null));
  const leads = first?.leads;
  if (leads === undefined || leads.some((lead) => lead.length < Math.max(minLiteral, 1))) {
    return null;
  }
  if (flags.includes('i') && leads.some((lead) => lead.toLowerCase() !== lead.toUpperCase())) {
    return null;
  }
  return [...new Set(leads)];
}

/** Most spellings of a keyword-led group worth checking. */
const MAX_SPELLINGS = 256;

/**
 * Whether every match of the regex starts with one of `keywords` (compared case-insensitively):
 * the source begins with a group `(?:a|b…)` and each alternative begins with literal text —
 * optional characters allowed (`api[_-]?key`, `aws[\w.-]{0,20}secret` begins with `aws`) —
 * every spelling of which starts with a keyword. The engine then tries the regex (sticky) only
 * where the prefilter saw a keyword start, which finds what a global scan finds. A leading
 * look-behind is allowed (zero-width), and so is anything after an alternative's literal text
 * (look-arounds, groups). Anything else (an alternative led by a class or a group, a top-level
 * alternation outside the group) means no.
 */
export function isKeywordLed(source: string, keywords: readonly string[]): boolean {
  const spellings = keywordSpellings(source);
  if (spellings === null) return false;
  const lower = keywords.map((word) => word.toLowerCase());
  return spellings.every((spelling) => {
    const text = spelling.toLowerCase();
    return lower.some((word) => text.startsWith(word));
  });
}

/**
 * The spellings of the literal text every match of `source` starts with, when the source
 * begins (after a leading look-behind) with a group `(?:a|b…)` whose every alternative begins
 * with literal text (see isKeywordLed); null otherwise.
 */
function keywordSpellings(source: string): string[] | null {
  // A leading look-behind (`(?<![\w])`) is zero-width: matches still start at the group.
  if (/^\(\?<[!=]/.test(source)) {
    const close = closingParen(source, 0);
    if (close === -1) return null;
    source = source.slice(close + 1);
  }
  if (!source.startsWith('(?:') || splitTopLevel(source).length !== 1) return null;
  const end = closingParen(source, 0);
  if (end === -1 || /[?*{]/.test(source[end + 1] ?? '')) return null;
  const body = source.slice(3, end);
  // Each alternative must begin with literal text; what follows it (look-arounds, groups,
  // classes) does not move where a match starts.
  const all: string[] = [];
  for (const alternative of splitTopLevel(body)) {
    const spellings = leadingSpellings(alternative);
    if (spellings === null) return null;
    all.push(...spellings);
  }
  return all;
}

/** Index of the `)` closing the group that opens at `open`; -1 when unbalanced. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits at `|` outside character classes and nested groups. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < body.length && body[i] !== ']') i += body[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

/**
 * The spellings of the literal text an alternative begins with (up to the first construct that
 * is not a plain or optional character); null when it begins with no literal text at all or
 * has too many spellings.
 */
function leadingSpellings(alternative: string): string[] | null {
  const spelled = spell(alternative);
  return spelled === null || spelled.spellings.includes('') ? null : spelled.spellings;
}

/**
 * The spellings of the literal text `text` begins with, and whether that text is all of it.
 * Literal text: plain characters, `\.`-style escapes, small classes (`[_-]`), any of them
 * optional (`?`), and groups `(?:a|b)` of literal text.
 */
function spell(text: string): { spellings: string[]; complete: boolean } | null {
  let out = [''];
  let i = 0;
  for (; i < text.length; i++) {
    let options: string[];
    let width = 1;
    const c = text[i]!;
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      if (!/^[.\-_/:@]$/.test(next)) break;
      options = [next];
      width = 2;
    } else if (c === '[') {
      const close = text.indexOf(']', i);
      if (close === -1) return null;
      const inner = text.slice(i + 1, close);
      // Only small sets of plain characters: no negation, ranges or escapes.
      if (inner === '' || inner.startsWith('^') || inner.includes('\\') || /.-./.test(inner)) break;
      options = [...inner];
      width = close - i + 1;
    } else if (c === '(' && text.startsWith('(?:', i)) {
      const close = closingParen(text, i);
      if (close === -1) return null;
      const parts = splitTopLevel(text.slice(i + 3, close)).map(spell);
      if (parts.some((part) => part === null || !part.complete)) break;
      options = parts.flatMap((part) => part!.spellings);
      width = close - i + 1;
    } else if (/[A-Za-z0-9_:@/ -]/.test(c)) {
      options = [c];
    } else {
      break;
    }
    const after = text[i + width] ?? '';
    if (/[*+{]/.test(after)) break;
    if (after === '?') {
      options = [...options, ''];
      width++;
    }
    const next: string[] = [];
    for (const prefix of out) for (const option of options) next.push(prefix + option);
    if (next.length > MAX_SPELLINGS) return null;
    out = next;
    i += width - 1;
  }
  return { spellings: out, complete: i >= text.length };
}
