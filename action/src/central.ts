/**
 * A central config shared by an organisation: a repository's `.mandate.yml` may list, in
 * `extends`, `owner/repo:path@ref` next to the built-in packs. The Action fetches that file
 * through the contents API (the token must be able to read that repository) and merges it under
 * the repository's own config. Central rules marked `locked: true` — a custom rule
 * (`rules[].locked`) or a built-in one (`overrides.<id>.locked`) — cannot be disabled or weakened
 * by the repository: a local `disable`, a weaker override (lower severity, not blocking), a
 * local rule with the same id, or an ignore-file / baseline entry for them is not applied, and
 * the summary says so.
 *
 * The config schema describes `locked` (so that editors complete central files), but parseConfig
 * rejects it, since in a repository's own config it would have no effect: it is read here and
 * removed before the central file is validated by parseConfig.
 */
import { createHash } from 'node:crypto';
import { isMap, isSeq, parseDocument } from 'yaml';
import { checkUserRegexes } from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import type { Config, RuleOverride } from '../../src/core/config.js';
import { ConfigError, MandateError } from '../../src/core/errors.js';
import { defaultPolicyConfig } from '../../src/core/policy/defaults.js';
import type { Interval, PolicyConfig } from '../../src/core/policy/types.js';
import type { IgnoreEntry } from '../../src/core/postprocess/index.js';
import { SEVERITIES } from '../../src/core/types.js';
import type { GitHubRest } from '../../src/sources/github.js';

/** `owner/repo:path` or `owner/repo:path@ref`. */
const REMOTE = /^([\w.-]+)\/([\w.-]+):([^@\s]+)(?:@(\S+))?$/;

export interface CentralSource {
  /** As written in `extends`. */
  ref: string;
  /** The blob SHA-256 of the central file as read. */
  sha256: string;
  locked: string[];
}

export function isRemoteExtends(name: string): boolean {
  return REMOTE.test(name);
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

/** Whether a local override would weaken a locked rule. */
function weakens(local: RuleOverride, central: RuleOverride | undefined): boolean {
  if (local.blocking === false && central?.blocking !== false) return true;
  if (local.severity !== undefined && central?.severity !== undefined) {
    return SEVERITIES.indexOf(local.severity) > SEVERITIES.indexOf(central.severity);
  }
  return false;
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
): { config: Config; notes: string[] } {
  const notes: string[] = [];
  const refused = (id: string, what: string) =>
    notes.push(
      `\`${id}\` is locked by the central config ${ref}; the local ${what} was not applied.`,
    );

  const disable = [...central.disable];
  for (const id of local.disable) {
    if (locked.has(id)) refused(id, '`disable`');
    else if (!disable.includes(id)) disable.push(id);
  }
  const overrides: Record<string, RuleOverride> = { ...central.overrides };
  for (const [id, override] of Object.entries(local.overrides)) {
    if (locked.has(id) && weakens(override, central.overrides[id])) refused(id, 'override');
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
  return {
    config: {
      extends: [...new Set([...builtin(central.extends), ...builtin(local.extends)])],
      failOn: stricter(central.failOn, local.failOn),
      maxFileSize: local.maxFileSize,
      disable,
      rules,
      overrides,
      allowlist: {
        paths: [...central.allowlist.paths, ...local.allowlist.paths],
        regexes: [...central.allowlist.regexes, ...local.allowlist.regexes],
        stopwords: [...central.allowlist.stopwords, ...local.allowlist.stopwords],
      },
      policies: mergePolicies(central.policies, local.policies),
      // Review requirements: the central ones stand (a same-named local one is not applied).
      reviews: [
        ...(central.reviews ?? []),
        ...(local.reviews ?? []).filter((r) => !central.reviews?.some((c) => c.name === r.name)),
      ],
      ...((central.reviewSettings ?? local.reviewSettings)
        ? { reviewSettings: (central.reviewSettings ?? local.reviewSettings)! }
        : {}),
      source: local.source,
    },
    notes,
  };
}

async function fetchCentral(client: GitHubRest, ref: string): Promise<string> {
  const m = REMOTE.exec(ref)!;
  const [, owner, repo, path, at] = m;
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo,
      path,
      ...(at === undefined ? {} : { ref: at }),
    });
    const data = response.data as { type?: string; content?: string; encoding?: string };
    if (data.type !== 'file')
      throw new MandateError(`The central config ${ref} named in \`extends\` is not a file.`);
    return Buffer.from(data.content ?? '', data.encoding === 'base64' ? 'base64' : 'utf8').toString(
      'utf8',
    );
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 404 || status === 403 || status === 401) {
      throw new MandateError(
        `The central config ${ref} named in \`extends\` cannot be read (HTTP ${status}): check the repository, path and ref, and pass a \`token\` that can read ${owner}/${repo} (the default GITHUB_TOKEN reads only this repository; use a GitHub App token or a fine-grained token with contents: read on ${owner}/${repo}).`,
      );
    }
    throw error;
  }
}

export interface CentralResult {
  config: Config;
  ignore: IgnoreEntry[];
  baseline: Set<string>;
  sources: CentralSource[];
  locked: Set<string>;
  notes: string[];
}

/** Resolves the remote entries of `extends` (none: the config as it is). */
export async function applyCentral(
  client: GitHubRest,
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
    const text = await fetchCentral(client, ref);
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
      sha256: createHash('sha256').update(text).digest('hex'),
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
