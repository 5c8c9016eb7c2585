/**
 * Compiling secret rule specs into what the scanner runs: regexes and allowlists checked and
 * compiled, overrides applied, keywords gathered into one prefilter, anchors and validators
 * attached, and the rules' infos for reporters.
 *
 * Long because every field of a rule spec is validated and compiled here, once, so that the
 * scanner never meets an unchecked rule.
 */
import { Minimatch } from 'minimatch';
import type { Allowlist, RuleOverride } from '../config.js';
import { ConfigError } from '../errors.js';
import type { SecretRuleSpec } from '../rule-spec.js';
import { type RuleInfo, SEVERITIES, type Severity } from '../types.js';
import { type Anchor, analyseRule, leadingKeywords, prebuiltAnalysis } from './anchor.js';
import { CHOSEN_VALUE_TAGS, CONTEXT_TAGS } from './identifier.js';
import { FIXTURE_RULE } from './key-pairing.js';
import { Prefilter } from './prefilter.js';
import { isValidatorName, VALIDATORS, type Validator } from './validators.js';

/** Tags of rules that find credentials inside URIs: they run everywhere, lockfiles included. */
export const URI_TAGS: readonly string[] = ['uri', 'connection-string'];
/** Tags of structured (fixed-format) rules that run in lockfiles (as do rules with a validator). */
export const STRUCTURED_TAGS: readonly string[] = ['structured', 'private-key'];
/** Tags that mark generic (keyword + entropy, no provider format) rules. */
export const GENERIC_TAGS: readonly string[] = ['generic', 'entropy-only'];

export interface CompiledAllowlist {
  /** In no significant order: the scanner moves the ones that match forward. */
  regexes: RegExp[];
  /** Lower-case. */
  stopwords: string[];
  paths: Minimatch[];
}

/** A rule ready to run. Internal to src/core/secret. */
export interface CompiledRule {
  index: number;
  id: string;
  title: string;
  provider: string;
  severity: Severity;
  blocking: boolean;
  /** Global (`g`), plus `i` when the spec asks. */
  regex: RegExp;
  /**
   * Sticky with indices (`yd`): run again at a match's start, only for a value that passed the
   * value checks, to find where its `secret` group starts. Indices make every exec about 3×
   * slower (measured on the generic rule: 197 against 56 ns per attempt), so the rule's other
   * regexes do without them.
   */
  locate: RegExp;
  /** When set, the regex runs only near occurrences of a literal every match contains. */
  anchor: (Anchor & { sticky: RegExp }) | null;
  /** When set (and `anchor` is not), every match starts with one of these literals. */
  leads: { literals: string[]; sticky: RegExp } | null;
  /**
   * When set (and neither `anchor` nor `leads` is), every match starts with one of the rule's
   * keywords: the regex is tried (sticky) only where the prefilter saw a keyword start.
   */
  keywordLed: RegExp | null;
  /**
   * Set for keyword-led rules and for lead rules whose every lead starts with one of the
   * rule's keywords (compared case-insensitively): which prefilter keyword ids are the rule's
   * (1) or not (0). When the prefilter records keyword starts, such a rule is tried only at
   * the starts of its own keywords — the only places a match can start.
   */
  startKeywords: Uint8Array | null;
  /** The ids set in `startKeywords`, ascending (null with it). */
  startIds: readonly number[] | null;
  /**
   * Set for keyword-led rules that find a value by the provider name before it (tag
   * `keyword-anchored`): a match counts only where that name starts a word or a camelCase part
   * (identifier.ts isWordStart) — `rookTable` is not Okta. Checked at the keyword start before
   * the regex runs, so the rule keeps the keyword starts the prefilter records.
   */
  wordStart: boolean;
  entropy: number;
  validator: Validator | null;
  allowlist: CompiledAllowlist;
  /** A generic rule: no provider format, so `test` counts as a placeholder. */
  generic: boolean;
  /** Finds its value by the name before it: a code identifier there is not a key (see identifier.ts). */
  context: boolean;
  /**
   * A `context` rule for a generated key: a kebab-case name there is not one either (not so for
   * a password a person chose, tag `password`: see identifier.ts isKebabName).
   */
  kebabNames: boolean;
  /**
   * For private-key rules: the rule a key is reported under instead when it pairs with a test
   * certificate (see key-pairing.ts), with its severity and blocking after overrides.
   */
  fixture: {
    id: string;
    title: string;
    provider: string;
    severity: Severity;
    blocking: boolean;
  } | null;
  /** Runs in minified bundles and source maps (every rule but the generic ones). */
  minified: boolean;
  /** Runs in lockfiles (structured and URI rules). */
  lockfile: boolean;
}

export interface CompiledRules {
  readonly infos: RuleInfo[];
  /** Internal to the engine. */
  readonly rules: readonly CompiledRule[];
  readonly prefilter: Prefilter;
  readonly allowlist: CompiledAllowlist;
  /** Indices of rules that have path allowlists (checked per file). */
  readonly pathScoped: readonly number[];
  /**
   * Marks of the prefilter beyond the rules (indices in the mask it fills, after the rules'):
   * whether a text may hold what a format decoder looks for, found in the prefilter's one read
   * of the text instead of a search of its own (see TEXT_MARKS).
   */
  readonly marks: TextMarks;
}

/** Prefilter mask indices of the text marks (see TEXT_MARKS). */
export interface TextMarks {
  /** `LS0tLS1CRUdJTi` (base64 of `-----BEGIN`), any case: formats.ts base64PemValues. */
  base64Pem: number;
  /** A backslash before a line break: formats.ts continuedLines. */
  continued: number;
}

/**
 * The keywords of the text marks, lower-case like every prefilter keyword: each mark is a
 * superset of what its decoder searches for (the prefilter folds case), so a text without it
 * has nothing for that decoder. Searching the text for each of them cost a read of every text
 * apiece (base64's alone about 30 ms on the 128 MB real-code bench tree). String escapes
 * (`\u`, `\/`) are no mark: minified code holds them by the hundred thousand, and each cost more
 * as a hit of the automaton than escapedLines' own two searches.
 */
const TEXT_MARKS: readonly (readonly string[])[] = [['ls0tls1crudjti'], ['\\\n', '\\\r']];

const ID = /^secret\/[a-z0-9][a-z0-9._-]*$/;
const MATCH_OPTIONS = { dot: true, matchBase: true, nocomment: true } as const;

function compileRegex(source: unknown, flags: string, where: string, what: string): RegExp {
  if (typeof source !== 'string' || source === '') {
    throw new ConfigError(where, `${what} must be a non-empty regular expression`);
  }
  try {
    return new RegExp(source, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      where,
      `${what} is not a valid JavaScript regular expression: ${reason}`,
      {
        hint: 'Check the escaping: in YAML, prefer single-quoted strings for regexes.',
      },
    );
  }
}

function compileAllowlist(
  list: { regexes?: string[]; stopwords?: string[]; paths?: string[] } | undefined,
  where: string,
): CompiledAllowlist {
  const regexes = (list?.regexes ?? []).map((source, i) =>
    compileRegex(source, '', where, `allowlist regex ${i + 1}`),
  );
  const stopwords = (list?.stopwords ?? []).map((word, i) => {
    if (typeof word !== 'string' || word === '') {
      throw new ConfigError(where, `allowlist stopword ${i + 1} must be a non-empty string`);
    }
    return word.toLowerCase();
  });
  const paths = (list?.paths ?? []).map((glob, i) => {
    if (typeof glob !== 'string' || glob === '') {
      throw new ConfigError(where, `allowlist path ${i + 1} must be a non-empty glob`);
    }
    return new Minimatch(glob, MATCH_OPTIONS);
  });
  return { regexes, stopwords, paths };
}

function validateSpec(spec: SecretRuleSpec, where: string): void {
  if (!ID.test(spec.id)) {
    throw new ConfigError(where, 'the rule id must look like `secret/<kebab-case-name>`');
  }
  if (!SEVERITIES.includes(spec.severity)) {
    throw new ConfigError(where, `severity must be one of ${SEVERITIES.join(', ')}`);
  }
  if (!Array.isArray(spec.keywords) || spec.keywords.length === 0) {
    throw new ConfigError(where, 'keywords must list at least one literal', {
      hint: 'Keywords are the cheap prefilter: a literal that every match contains.',
    });
  }
  for (const keyword of spec.keywords) {
    if (typeof keyword !== 'string' || keyword === '') {
      throw new ConfigError(where, 'every keyword must be a non-empty string');
    }
    if (keyword !== keyword.toLowerCase()) {
      throw new ConfigError(where, `keyword "${keyword}" must be lower-case`, {
        hint: 'Keywords match case-insensitively; write them in lower case.',
      });
    }
  }
  if (spec.flags !== undefined && spec.flags !== 'i') {
    throw new ConfigError(where, "flags may only be 'i' (the engine adds 'g')");
  }
  if (
    spec.entropy !== undefined &&
    (typeof spec.entropy !== 'number' ||
      !Number.isFinite(spec.entropy) ||
      spec.entropy < 0 ||
      spec.entropy > 8)
  ) {
    throw new ConfigError(where, 'entropy must be a number of bits per character from 0 to 8');
  }
  if (spec.validator !== undefined && !isValidatorName(spec.validator)) {
    throw new ConfigError(where, `unknown validator "${String(spec.validator)}"`, {
      hint: `Known validators: ${Object.keys(VALIDATORS).join(', ')}.`,
    });
  }
}

function infoOf(spec: SecretRuleSpec, severity: Severity, blocking: boolean): RuleInfo {
  return {
    id: spec.id,
    kind: 'secret',
    title: spec.title,
    provider: spec.provider,
    severity,
    blocking,
    description: spec.description,
    remediation: spec.remediation,
    tags: [...(spec.tags ?? [])],
  };
}

/**
 * A rule's RegExps — the global one, `locate` (sticky with indices) and the sticky twin — each
 * made on first use when the rule is built in (`compiled` null): a scan of a few files runs few
 * of some 460 rules, and making all of theirs at every start cost about 5 ms of each hook run.
 */
class RuleRegexes {
  private global: RegExp | undefined;
  private located: RegExp | undefined;
  private twin: RegExp | undefined;

  constructor(
    private readonly source: string,
    private readonly flags: string,
    compiled: RegExp | null,
  ) {
    if (compiled !== null) this.global = compiled;
  }

  get regex(): RegExp {
    this.global ??= new RegExp(this.source, this.flags);
    return this.global;
  }

  get locate(): RegExp {
    this.located ??= new RegExp(this.source, this.flags.replace('g', 'yd'));
    return this.located;
  }

  get sticky(): RegExp {
    this.twin ??= new RegExp(this.source, this.flags.replace('g', 'y'));
    return this.twin;
  }
}

/**
 * A compiled rule whose RegExps come from its RuleRegexes (getters on one class: every rule has
 * the same shape, so the scanner's reads stay monomorphic).
 */
class LazyRule implements CompiledRule {
  index!: number;
  id!: string;
  title!: string;
  provider!: string;
  severity!: Severity;
  blocking!: boolean;
  anchor!: CompiledRule['anchor'];
  leads!: CompiledRule['leads'];
  startKeywords!: Uint8Array | null;
  startIds!: readonly number[] | null;
  wordStart!: boolean;
  entropy!: number;
  validator!: Validator | null;
  allowlist!: CompiledAllowlist;
  generic!: boolean;
  context!: boolean;
  kebabNames!: boolean;
  fixture!: CompiledRule['fixture'];
  minified!: boolean;
  lockfile!: boolean;

  constructor(
    private readonly regexes: RuleRegexes,
    private readonly led: boolean,
    fields: Omit<CompiledRule, 'regex' | 'locate' | 'keywordLed'>,
  ) {
    Object.assign(this, fields);
  }

  get regex(): RegExp {
    return this.regexes.regex;
  }

  get locate(): RegExp {
    return this.regexes.locate;
  }

  get keywordLed(): RegExp | null {
    return this.led ? this.regexes.sticky : null;
  }
}

/** An anchor with its rule's sticky twin (made on first use). */
class StickyAnchor {
  readonly literal: string;
  readonly maxBefore: number;
  readonly minBefore: number;

  constructor(
    anchor: Anchor,
    private readonly regexes: RuleRegexes,
  ) {
    this.literal = anchor.literal;
    this.maxBefore = anchor.maxBefore;
    this.minBefore = anchor.minBefore;
  }

  get sticky(): RegExp {
    return this.regexes.sticky;
  }
}

/** A rule's leads with its sticky twin (made on first use). */
class StickyLeads {
  constructor(
    readonly literals: string[],
    private readonly regexes: RuleRegexes,
  ) {}

  get sticky(): RegExp {
    return this.regexes.sticky;
  }
}

/**
 * Validates and compiles secret rules into one keyword prefilter plus per-rule regexes.
 * Throws ConfigError(`rule <id>`, reason) for an invalid rule.
 */
export function compileRules(
  specs: SecretRuleSpec[],
  options: {
    allowlist: Allowlist;
    overrides: Record<string, RuleOverride>;
    /** Characters the keyword prefilter searches with its regex first (tests; see Prefilter). */
    automatonAfter?: number;
  },
): CompiledRules {
  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  const infos: RuleInfo[] = [];
  const startLed: boolean[] = [];
  /** Per rule, the keywords a match can start with (see RuleAnalysis.ledBy). */
  const ledBy: (readonly string[] | null)[] = [];
  for (const spec of specs) {
    const where = `rule ${spec.id}`;
    validateSpec(spec, where);
    if (seen.has(spec.id)) throw new ConfigError(where, 'the rule id is defined twice');
    seen.add(spec.id);
    // `g` (+ `i`) as documented; `locate` adds `d` (indices) to find the secret group.
    const flags = spec.flags === 'i' ? 'gi' : 'g';
    // Built-in rules were analysed at build time (see anchor.ts), from this very regex: its
    // RegExps are made on first use. Any other rule's now, so that a bad regex is a config error.
    const builtIn = prebuiltAnalysis(spec.id, spec.regex, flags, spec.keywords) !== undefined;
    const regexes = new RuleRegexes(
      spec.regex,
      flags,
      builtIn ? null : compileRegex(spec.regex, flags, where, 'regex'),
    );
    const analysis = analyseRule(spec.id, spec.regex, flags, spec.keywords);
    const anchor = analysis.anchor;
    // Leads shorter than 3 characters are worth it only when the prefilter finds them.
    const anyLeads = analysis.leads;
    const leads = anyLeads?.every((lead) => lead.length >= 3)
      ? anyLeads
      : keywordLeads(anyLeads, spec.keywords);
    const isLed = anchor === null && leads === null && analysis.keywordLed;
    // Rules tried at the keyword starts the prefilter records — except lead rules whose every
    // lead starts with three capitals (`KEY…`, `AKIA`, `NRAK-`): indexOf finds that exact case
    // far more rarely than the prefilter's case-insensitive keyword starts (Telnyx's `key` is in
    // nearly every file), and their keywords then add no starts for the other rules to skip.
    startLed.push(isLed || (keywordLeads(leads, spec.keywords) !== null && !exactCaseLeads(leads)));
    ledBy.push(analysis.ledBy);
    const override = options.overrides[spec.id];
    const severity = override?.severity ?? spec.severity;
    const blocking = override?.blocking ?? spec.blocking ?? true;
    const tags = spec.tags ?? [];
    const generic =
      tags.some((tag) => GENERIC_TAGS.includes(tag)) || spec.id.startsWith('secret/generic');
    const uri = tags.some((tag) => URI_TAGS.includes(tag));
    const context = tags.some((tag) => CONTEXT_TAGS.includes(tag));
    const structured =
      !generic &&
      (spec.validator !== undefined || tags.some((tag) => STRUCTURED_TAGS.includes(tag)));
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
        validator: spec.validator === undefined ? null : VALIDATORS[spec.validator],
        allowlist: compileAllowlist(spec.allowlist, where),
        generic,
        context,
        kebabNames: context && !tags.some((tag) => CHOSEN_VALUE_TAGS.includes(tag)),
        fixture: spec.validator === 'private-key' ? fixtureRule(options.overrides) : null,
        minified: !generic || uri,
        lockfile: uri || structured,
      }),
    );
    infos.push(infoOf(spec, severity, blocking));
  }
  // A key that pairs with a test certificate is reported under its own (derived) rule.
  const fixture = rules.find((rule) => rule.fixture !== null)?.fixture;
  if (fixture !== undefined && fixture !== null && !seen.has(fixture.id)) {
    infos.push({
      id: fixture.id,
      kind: 'secret',
      title: fixture.title,
      provider: fixture.provider,
      severity: fixture.severity,
      blocking: fixture.blocking,
      description: FIXTURE_RULE.description,
      remediation: FIXTURE_RULE.remediation,
      tags: ['private-key', 'crypto', 'test-fixture'],
    });
  }
  const allowlist = compileAllowlist(options.allowlist, 'allowlist');
  const prefilter = new Prefilter([...specs.map((spec) => spec.keywords), ...TEXT_MARKS], {
    positional: startLed,
    leading: ledBy,
    ...(options.automatonAfter === undefined ? {} : { automatonAfter: options.automatonAfter }),
  });
  for (const rule of rules) {
    if (!startLed[rule.index]) continue;
    const own = new Uint8Array(prefilter.keywordCount);
    const words = ledBy[rule.index] ?? specs[rule.index]!.keywords;
    const ids = prefilter.keywordIds(words).sort((a, b) => a - b);
    for (const id of ids) own[id] = 1;
    rule.startKeywords = own;
    rule.startIds = ids;
  }
  return {
    infos,
    rules,
    prefilter,
    allowlist,
    pathScoped: rules.filter((rule) => rule.allowlist.paths.length > 0).map((rule) => rule.index),
    marks: { base64Pem: rules.length, continued: rules.length + 1 },
  };
}

/** The derived test-fixture rule, with the config's override for its id (a warning by default). */
function fixtureRule(
  overrides: Record<string, RuleOverride>,
): NonNullable<CompiledRule['fixture']> {
  const override = overrides[FIXTURE_RULE.id];
  return {
    id: FIXTURE_RULE.id,
    title: FIXTURE_RULE.title,
    provider: FIXTURE_RULE.provider,
    severity: override?.severity ?? FIXTURE_RULE.severity,
    blocking: override?.blocking ?? false,
  };
}

/** Whether every lead starts with three upper-case letters. */
function exactCaseLeads(leads: readonly string[] | null): boolean {
  return leads?.every((lead) => /^[A-Z]{3}/.test(lead)) ?? false;
}

/** `leads` when each one starts with one of `keywords` (case-insensitively), else null. */
function keywordLeads(leads: string[] | null, keywords: readonly string[]): string[] | null {
  return leadingKeywords(leads, keywords) === null ? null : leads;
}

/** Whether the global allowlist excludes `path` (the file is counted, not scanned). */
export function isPathAllowed(path: string, rules: CompiledRules): boolean {
  const globs = rules.allowlist.paths;
  for (const glob of globs) if (glob.match(path)) return true;
  return false;
}
