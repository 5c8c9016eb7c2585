/**
 * A central config shared by an organisation: a repository's `.mandate.yml` may list, in
 * `extends`, `owner/repo:path@ref` next to the built-in packs. The Action
 * (src/github/central.ts) and the CLI (src/cli/central.ts) read that file through the
 * contents API (the token must be able to read that repository); both merge it here, under the
 * repository's own config. Central rules marked `locked: true` — a custom rule
 * (`rules[].locked`) or a built-in one (`overrides.<id>.locked`) — cannot be disabled or weakened
 * by the repository: nothing in the repository's config that widens what passes reaches a
 * locked rule. Not applied (and the summary says so): a local `disable`, a weaker override (a
 * severity below the central one — or below the rule's own when the center sets none — or
 * `blocking: false`), a local rule with the same id, an ignore-file / baseline entry for them.
 * The repository's `allowlist` (paths, regexes, stopwords) applies to every rule but the locked
 * ones (`repoAllowlist`, folded into the other rules by resolveSecretRules), and a
 * `max_file_size` below the central one is raised to it while any rule is locked. Inline
 * `mandate:allow` comments are the change's own word and are handled (and shown) by the
 * engine's inline-allow step, not here.
 *
 * The config schema describes `locked` (so that editors complete central files), but parseConfig
 * rejects it, since in a repository's own config it would have no effect: it is read here and
 * removed before the central file is validated by parseConfig.
 *
 * Long because every way a repository's config could widen a locked central rule (disable,
 * overrides, local rules, allowlist, max_file_size, policies) is closed in this one merge, so
 * that no path around a lock lives elsewhere.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Allowlist, Config, RuleOverride } from '../core/config.js';
import { ConfigError } from '../core/errors.js';
import { isFamilyRuleId } from '../core/family.js';
import { defaultPolicyConfig } from '../core/policy/defaults.js';
import type { Interval, PolicyConfig } from '../core/policy/types.js';
import type { IgnoreEntry } from '../core/postprocess/index.js';
import { sha256Hex } from '../core/sha256.js';
import { SEVERITIES, type Severity } from '../core/types.js';
import { builtinPacks } from '../rules/packs.js';
import { checkUserRegexes, defaultConfig, isRemoteExtends, REMOTE_EXTENDS } from './load.js';
import { parseConfig } from './parse.js';

export interface CentralSource {
  /** As written in `extends`. */
  ref: string;
  /** The blob SHA-256 of the central file as read. */
  sha256: string;
  locked: string[];
}

export { isRemoteExtends };

/** The parts of an `owner/repo:path@ref` entry (`ref` undefined: the default branch). */
export function parseRemoteExtends(
  name: string,
): { owner: string; repo: string; path: string; ref: string | undefined } | null {
  const m = REMOTE_EXTENDS.exec(name);
  return m === null ? null : { owner: m[1]!, repo: m[2]!, path: m[3]!, ref: m[4] };
}

/** Reads the text of a central config named in `extends` (the Action and the CLI each have one). */
export type ReadCentral = (ref: string) => Promise<string>;

/**
 * Where central configs are read from: the contents API with the run's token (the Action,
 * src/github/central.ts), or the CLI's cache in front of it (src/cli/central.ts). The one
 * interface the policy loader (`mergeCentralConfigs`) reads them through.
 */
export interface CentralReader {
  /**
   * The text of the central config `ref` names, and the commit of its repository it was read
   * at (null when the reader did not ask for it). null: the file cannot be read and this run
   * goes on without it (the CLI on a developer's machine, offline, with no cached copy; the
   * reader has said so). A run that must not go on without it (CI) throws instead.
   */
  read(ref: string): Promise<{ text: string; commit: string | null } | null>;
}

/** Reads and removes the `locked` markers; returns the text parseConfig accepts today. */
export function stripLocked(text: string, file: string): { text: string; locked: string[] } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { text, locked: [] }; // parseConfig reports the syntax error
  const locked: string[] = [];
  const rules = doc.get('rules');
  if (isSeq(rules)) {
    rules.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const flag = item.get('locked');
      if (flag === undefined) return;
      if (typeof flag !== 'boolean')
        throw new ConfigError(file, `rules[${i}].locked must be true or false`);
      if (flag) locked.push(String(item.get('id')));
      item.delete('locked');
    });
  }
  const overrides = doc.get('overrides');
  if (isMap(overrides)) {
    for (const pair of overrides.items) {
      const value = pair.value;
      if (!isMap(value)) continue;
      const flag = value.get('locked');
      if (flag === undefined) continue;
      if (typeof flag !== 'boolean')
        throw new ConfigError(file, `overrides.${String(pair.key)}.locked must be true or false`);
      if (flag) locked.push(String((pair.key as { value?: unknown })?.value ?? pair.key));
      value.delete('locked');
    }
  }
  return { text: locked.length === 0 ? text : doc.toString(), locked };
}

/** The `fail_on` that blocks more: the lower severity (`low` blocks more than `high`). */
function stricter(a: Config['failOn'], b: Config['failOn']): Config['failOn'] {
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b;
}

/**
 * Whether a local override would weaken a locked rule: `blocking: false`, or a severity below
 * the central override's, else below the rule's own (`own`); when neither is known a severity
 * change cannot be told from a lowering and counts as one.
 */
function weakens(
  local: RuleOverride,
  central: RuleOverride | undefined,
  own: Severity | undefined,
): boolean {
  if (local.blocking === false && central?.blocking !== false) return true;
  if (local.severity === undefined) return false;
  const floor = central?.severity ?? own;
  return floor === undefined || SEVERITIES.indexOf(local.severity) > SEVERITIES.indexOf(floor);
}

const EMPTY_ALLOWLIST: Allowlist = { paths: [], regexes: [], stopwords: [] };

function joinAllowlists(a: Allowlist, b: Allowlist): Allowlist {
  const join = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return {
    paths: join(a.paths, b.paths),
    regexes: join(a.regexes, b.regexes),
    stopwords: join(a.stopwords, b.stopwords),
  };
}

function withoutAllowlist(a: Allowlist, b: Allowlist): Allowlist {
  return {
    paths: a.paths.filter((x) => !b.paths.includes(x)),
    regexes: a.regexes.filter((x) => !b.regexes.includes(x)),
    stopwords: a.stopwords.filter((x) => !b.stopwords.includes(x)),
  };
}

/** The severity built-in rule `id` has in the packs (undefined for an unknown id). */
export function builtinSeverity(id: string): Severity | undefined {
  for (const pack of builtinPacks()) {
    const rule = pack.rules.find((r) => r.id === id);
    if (rule !== undefined) return rule.severity;
  }
  return undefined;
}

/** Roughly how long an interval is, to tell the stricter of two. */
function approxDays(interval: Interval): number {
  const days = { day: 1, week: 7, month: 30.44, year: 365.25 }[interval.unit];
  return interval.amount * days;
}

/**
 * The central `policies:` with the repository's on top. A key the repository leaves at its
 * default takes the central value; a key both set is combined so that the stricter stands:
 * more paths and template phrases, the shorter `review_interval`, the longer `warn_before`,
 * blocking if either blocks. `fallback` is the repository's when it sets one.
 */
export function mergePolicies(central: PolicyConfig, local: PolicyConfig): PolicyConfig {
  const defaults = defaultPolicyConfig();
  const pick = <K extends keyof PolicyConfig>(
    key: K,
    both: (c: PolicyConfig[K], l: PolicyConfig[K]) => PolicyConfig[K],
  ): PolicyConfig[K] =>
    JSON.stringify(local[key]) === JSON.stringify(defaults[key])
      ? central[key]
      : both(central[key], local[key]);
  const union = (c: string[], l: string[]) => [...new Set([...c, ...l])];
  return {
    paths: pick('paths', union),
    reviewInterval: pick('reviewInterval', (c, l) => (approxDays(l) < approxDays(c) ? l : c)),
    warnBefore: pick('warnBefore', (c, l) => (approxDays(l) > approxDays(c) ? l : c)),
    block: pick('block', (c, l) => ({ ci: c.ci || l.ci, hook: c.hook || l.hook })),
    templatePhrases: pick('templatePhrases', union),
    fallback: pick('fallback', (_c, l) => l),
  };
}

/** The repository's config on top of a central one, locked rules kept as the center says. */
export function mergeCentral(
  local: Config,
  central: Config,
  locked: ReadonlySet<string>,
  ref: string,
  severityOf: (id: string) => Severity | undefined = builtinSeverity,
): { config: Config; notes: string[] } {
  const notes: string[] = [];
  const refused = (id: string, what: string) =>
    notes.push(
      `\`${id}\` is locked by the central config ${ref}; the local ${what} was not applied.`,
    );

  if (central.fingerprintSalt !== undefined) {
    notes.push(
      `\`fingerprint_salt\` in the central config ${ref} was not applied: the salt is per repository (the hook reads only the repository's own .mandate.yml).`,
    );
  }
  const disable = [...central.disable];
  for (const id of local.disable) {
    if (locked.has(id)) refused(id, '`disable`');
    else if (!disable.includes(id)) disable.push(id);
  }
  const overrides: Record<string, RuleOverride> = { ...central.overrides };
  for (const [id, override] of Object.entries(local.overrides)) {
    const own = central.rules.find((rule) => rule.id === id)?.severity ?? severityOf(id);
    if (locked.has(id) && weakens(override, central.overrides[id], own)) refused(id, 'override');
    else overrides[id] = { ...overrides[id], ...override };
  }
  const centralIds = new Set(central.rules.map((rule) => rule.id));
  const rules = [...central.rules];
  for (const rule of local.rules) {
    if (centralIds.has(rule.id)) {
      if (locked.has(rule.id)) refused(rule.id, 'rule with the same id');
      else rules[rules.findIndex((r) => r.id === rule.id)] = rule;
    } else {
      rules.push(rule);
    }
  }
  const builtin = (names: string[]) => names.filter((name) => !isRemoteExtends(name));
  // The repository's own allowlist, kept apart from the central ones so that it never reaches a
  // locked rule. `local` may already be a merge (several central configs): then its
  // `repoAllowlist` is the repository's and the rest of its allowlist is central.
  const repoAllowlist = local.repoAllowlist ?? local.allowlist;
  const centralAllowlist = joinAllowlists(
    central.allowlist,
    local.repoAllowlist === undefined
      ? EMPTY_ALLOWLIST
      : withoutAllowlist(local.allowlist, local.repoAllowlist),
  );
  const lockedRules = [...new Set([...(local.lockedRules ?? []), ...locked])].sort();
  const allowlist =
    lockedRules.length === 0 ? joinAllowlists(centralAllowlist, repoAllowlist) : centralAllowlist;
  const repoEntries =
    repoAllowlist.paths.length + repoAllowlist.regexes.length + repoAllowlist.stopwords.length;
  if (lockedRules.length > 0 && repoEntries > 0 && local.repoAllowlist === undefined) {
    notes.push(
      `The repository's \`allowlist\` (${repoEntries} entr${repoEntries === 1 ? 'y' : 'ies'}) does not apply to the rules locked by ${ref}.`,
    );
  }
  let maxFileSize = local.maxFileSize;
  if (lockedRules.length > 0 && local.maxFileSize < central.maxFileSize) {
    maxFileSize = central.maxFileSize;
    notes.push(
      `The local \`max_file_size\` (${local.maxFileSize} bytes) is below ${ref}'s (${central.maxFileSize} bytes), which locks rules; ${central.maxFileSize} bytes applies.`,
    );
  }
  const guardrail = <K extends 'artifacts' | 'personalData'>(
    key: K,
    isLocked: boolean,
  ): Partial<Pick<Config, K>> => {
    if (isLocked && central[key] === undefined && local[key] !== undefined) {
      const name = key === 'artifacts' ? 'artifacts' : 'personal_data';
      notes.push(
        `The local \`${name}\` settings were not applied: ${ref} locks that family's rules; its defaults apply.`,
      );
    }
    const chosen = central[key] ?? (isLocked ? undefined : local[key]);
    return chosen === undefined ? {} : ({ [key]: chosen } as Partial<Pick<Config, K>>);
  };
  return {
    config: {
      extends: [...new Set([...builtin(central.extends), ...builtin(local.extends)])],
      failOn: stricter(central.failOn, local.failOn),
      maxFileSize,
      // The repository's own salt: the hook reads the same file, so fingerprints agree.
      ...(local.fingerprintSalt === undefined ? {} : { fingerprintSalt: local.fingerprintSalt }),
      disable,
      rules,
      overrides,
      allowlist,
      repoAllowlist,
      lockedRules,
      policies: mergePolicies(central.policies, local.policies),
      // Review requirements: the central ones stand (a same-named local one is not applied).
      reviews: [
        ...(central.reviews ?? []),
        ...(local.reviews ?? []).filter((r) => !central.reviews?.some((c) => c.name === r.name)),
      ],
      ...((central.reviewSettings ?? local.reviewSettings)
        ? { reviewSettings: (central.reviewSettings ?? local.reviewSettings)! }
        : {}),
      // AI guardrails: the central settings stand; the repository's apply where it is silent —
      // unless the center locks the family's rules: then the repository's `artifacts` /
      // `personal_data` (approved paths, pickle_allow, enabled: false, its own reviewers) would
      // widen what the locked rules let pass, and the defaults stand in for the center's.
      ...guardrail(
        'artifacts',
        lockedRules.some((id) => id.startsWith('artifact/')),
      ),
      ...guardrail('personalData', lockedRules.includes('personal-data/dataset')),
      ...((central.aiServices ?? local.aiServices)
        ? { aiServices: (central.aiServices ?? local.aiServices)! }
        : {}),
      // The stricter of the two: either asking for review makes inline allows need one.
      ...(central.inlineAllow === 'review' || local.inlineAllow === 'review'
        ? { inlineAllow: 'review' as const }
        : {}),
      source: local.source,
    },
    notes,
  };
}

export interface CentralResult {
  config: Config;
  ignore: IgnoreEntry[];
  baseline: Set<string>;
  sources: CentralSource[];
  locked: Set<string>;
  notes: string[];
}

/**
 * The policy loader's central step, the same for the CLI and the Action: the config with the
 * central configs of its `extends` merged under it and the ignore and baseline entries of
 * locked rules dropped; all unchanged when `extends` names none. Read in merge order (the
 * furthest first). An entry `central` cannot read (null) is left out: the rest is merged, and
 * `disable` / `overrides` entries naming rules only it could define are left out too; with no
 * built-in pack left either, the default packs apply rather than no rules at all.
 */
export async function mergeCentralConfigs(
  central: CentralReader,
  local: Config,
  ignore: IgnoreEntry[],
  baseline: Set<string>,
): Promise<CentralResult> {
  const texts = new Map<string, string>();
  for (const ref of local.extends.filter(isRemoteExtends).reverse()) {
    const copy = await central.read(ref);
    if (copy !== null) texts.set(ref, copy.text);
  }
  const kept = local.extends.filter((name) => !isRemoteExtends(name) || texts.has(name));
  const readable = { ...local, extends: kept };
  if (kept.length < local.extends.length) {
    if (kept.every(isRemoteExtends)) readable.extends = [...defaultConfig().extends, ...kept];
    const known = new Set([
      ...builtinPacks().flatMap((pack) => pack.rules.map((rule) => rule.id)),
      ...local.rules.map((rule) => rule.id),
    ]);
    // A family's rule (review, policy, guardrail) is no pack's: the repository's setting stands.
    const named = (id: string) => known.has(id) || isFamilyRuleId(id);
    readable.disable = local.disable.filter(named);
    readable.overrides = Object.fromEntries(
      Object.entries(local.overrides).filter(([id]) => named(id)),
    );
  }
  return applyCentral(async (ref) => texts.get(ref)!, readable, ignore, baseline);
}

/** Resolves the remote entries of `extends` (none: the config as it is), read by `read`. */
export async function applyCentral(
  read: ReadCentral,
  local: Config,
  ignore: IgnoreEntry[],
  baseline: Set<string>,
): Promise<CentralResult> {
  const remote = local.extends.filter(isRemoteExtends);
  if (remote.length === 0)
    return { config: local, ignore, baseline, sources: [], locked: new Set(), notes: [] };
  let config = local;
  const sources: CentralSource[] = [];
  const locked = new Set<string>();
  const notes: string[] = [];
  // The last entry is the closest to the repository; merge the furthest first.
  for (const ref of [...remote].reverse()) {
    const text = await read(ref);
    const stripped = stripLocked(text, ref);
    const central = parseConfig(stripped.text, ref);
    await checkUserRegexes(central);
    if (central.extends.some(isRemoteExtends)) {
      throw new ConfigError(
        ref,
        'a central config cannot itself extend another repository’s config; list both in the repository’s `extends`',
      );
    }
    for (const id of stripped.locked) locked.add(id);
    const merged = mergeCentral(config, central, new Set(stripped.locked), ref);
    config = merged.config;
    notes.push(...merged.notes);
    sources.push({
      ref,
      sha256: sha256Hex(text),
      locked: stripped.locked,
    });
  }
  const isLocked = (fingerprint: string) =>
    locked.has(fingerprint.slice(0, fingerprint.indexOf(':')));
  const keptIgnore = ignore.filter((entry) => !isLocked(entry.fingerprint));
  if (keptIgnore.length < ignore.length) {
    notes.push(
      `${ignore.length - keptIgnore.length} .mandateignore entries name locked rules and were not applied.`,
    );
  }
  const keptBaseline = new Set([...baseline].filter((fingerprint) => !isLocked(fingerprint)));
  if (keptBaseline.size < baseline.size) {
    notes.push(
      `${baseline.size - keptBaseline.size} baseline entries name locked rules and were not applied.`,
    );
  }
  notes.unshift(
    `Central config: ${sources.map((s) => `${s.ref} (sha256 ${s.sha256.slice(0, 12)}…)`).join(', ')}${locked.size === 0 ? '' : `; locked rules: ${[...locked].sort().join(', ')}`}.`,
  );
  return { config, ignore: keptIgnore, baseline: keptBaseline, sources, locked, notes };
}
