import type { Config } from '../core/config.js';
import { describeName } from '../core/describe-value.js';
import { ConfigError, MandateError } from '../core/errors.js';
import { isFamilyRuleId } from '../core/family.js';
import { defaultPolicyConfig } from '../core/policy/defaults.js';
import type { RulePack, SecretRuleSpec } from '../core/rule-spec.js';
import { sha256Hex } from '../core/sha256.js';
import type { DataPath, Locator } from './locate.js';

export { formatBaseline, parseBaseline } from './baseline.js';
export { parseIgnoreFile } from './ignore-file.js';

/** Names `loadConfig` looks for in the working directory. */
export const CONFIG_FILES = ['.mandate.yml', '.mandate.yaml'] as const;
/** The ignore file, next to the config. */
export const IGNORE_FILE = '.mandateignore';
/** The baseline, next to the config. */
export const BASELINE_FILE = '.mandate-baseline.json';

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** The configuration when there is no `.mandate.yml`. */
export function defaultConfig(): Config {
  return {
    extends: ['recommended'],
    failOn: 'high',
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    disable: [],
    rules: [],
    overrides: {},
    allowlist: { paths: [], regexes: [], stopwords: [] },
    policies: defaultPolicyConfig(),
    source: { file: null, sha256: null },
  };
}

/** Where each parsed config's keys are, so later checks (rule ids, packs) can point at them. */
const locators = new WeakMap<Config, Locator>();

/** Where a key of a parsed config is (line and column), when the config came from a file. */
export function positionIn(
  config: Config,
  path: DataPath,
): { line: number; column: number } | undefined {
  return locators.get(config)?.(path);
}

/**
 * Rejects a config whose own regexes (custom rules, allowlists, review content patterns) can
 * backtrack super-linearly (src/config/regex-safety.ts). Loaded on demand: a config without
 * patterns of its own never loads the checker.
 */
export async function checkUserRegexes(config: Config): Promise<void> {
  const { assertSafeUserRegexes, userPatterns } = await import('./regex-safety.js');
  if (userPatterns(config).length === 0) return;
  await assertSafeUserRegexes(config, (path) => positionIn(config, path));
}

/** Records where a parsed config's keys are (called by parseConfig). */
export function rememberLocator(config: Config, locate: Locator): void {
  locators.set(config, locate);
}

const SIZE = /^([0-9]+(?:\.[0-9]+)?)\s*([kmg]?)(i?b?)$/i;
const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `2MB` → 2097152; K, M and G are powers of 1024. Returns null for anything else. */
export function parseSize(value: number | string): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  const match = SIZE.exec(value.trim());
  if (match === null) return null;
  const [, amount, unit, suffix] = match;
  if (unit === '' && suffix !== '' && suffix!.toLowerCase() !== 'b') return null;
  const bytes = Math.floor(Number(amount) * UNITS[unit!.toLowerCase()]!);
  return bytes > 0 ? bytes : null;
}

/**
 * Loads the configuration: `file` when given (it must exist), else `.mandate.yml` or
 * `.mandate.yaml` in `cwd`, else the defaults (src/config/policy.ts, over the files on disk).
 * `source.sha256` hashes the file's bytes.
 */
export async function loadConfig(options: { cwd: string; file?: string }): Promise<Config> {
  const { diskReader, findConfig } = await import('./policy.js');
  const found = await findConfig(diskReader(options.cwd), {
    ...(options.file === undefined ? {} : { explicit: options.file }),
    missing: (file) =>
      new MandateError(
        `config file ${file} not found; a config named explicitly is never replaced by the built-in defaults`,
        {
          hint: `Check the path given to --config (relative to ${options.cwd}), or leave --config out to use .mandate.yml (or the defaults when there is none).`,
        },
      ),
  });
  return found.config;
}

/**
 * Parses a config file's bytes. The YAML parser and the schema validator are loaded only here,
 * when there is a file: a scan without one starts faster.
 */
async function fromBytes(bytes: Buffer, file: string): Promise<Config> {
  const { parseConfig } = await import('./parse.js');
  const config = parseConfig(bytes.toString('utf8'), file);
  config.source.sha256 = sha256Hex(bytes);
  await checkUserRegexes(config);
  return config;
}

/**
 * `owner/repo:path` or `owner/repo:path@ref`: a central config in another repository, which the
 * Action and the CLI read through the API and merge (src/config/central.ts) before the rules are
 * resolved.
 */
export const REMOTE_EXTENDS = /^([\w.-]+)\/([\w.-]+):([^@\s]+)(?:@(\S+))?$/;

export function isRemoteExtends(name: string): boolean {
  return REMOTE_EXTENDS.test(name);
}

/**
 * The secret rules a configuration asks for: the rules of the packs it extends (in order; a
 * rule in two packs counts once), plus its own rules, minus the disabled ones. An unknown pack,
 * a custom rule reusing a built-in id, or an unknown id in `disable` or `overrides` is an error.
 */
export function resolveSecretRules(config: Config, packs: RulePack[]): SecretRuleSpec[] {
  const file = config.source.file ?? 'built-in defaults';
  const locate = locators.get(config);
  const fail = (path: DataPath, message: string, key = false): never => {
    const position = locate?.(path, { key });
    throw new ConfigError(file, message, position ?? {});
  };
  const byName = new Map(packs.map((pack) => [pack.name, pack]));
  const rules = new Map<string, SecretRuleSpec>();
  const packOf = new Map<string, string>();
  for (const pack of packs) {
    for (const rule of pack.rules) if (!packOf.has(rule.id)) packOf.set(rule.id, pack.name);
  }
  config.extends.forEach((name, i) => {
    const pack = byName.get(name);
    if (pack === undefined) {
      fail(
        ['extends', i],
        isRemoteExtends(name)
          ? `\`${name}\` in \`extends\` names a central config in another repository, which was not resolved; a central config cannot itself extend another one (list both in the repository's \`extends\`)`
          : `unknown rule pack ${describeName(name)} in \`extends\`; available packs: ${[...byName.keys()].join(', ')}`,
      );
      return;
    }
    for (const rule of pack.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  });
  config.rules.forEach((rule, i) => {
    const builtin = packOf.get(rule.id);
    if (builtin !== undefined) {
      fail(
        ['rules', i, 'id'],
        `custom rule id \`${rule.id}\` is already used by the built-in pack \`${builtin}\`; give your rule a new id (and add \`${rule.id}\` to \`disable\` to replace it, or use \`overrides\` to change its severity)`,
      );
    }
    rules.set(rule.id, rule);
  });
  const unknown = (id: string, where: string): string => {
    const pack = packOf.get(id);
    return pack === undefined
      ? `\`${where}\` names ${describeName(id)}, but no rule has that id`
      : `\`${where}\` names \`${id}\`, which is in the pack \`${pack}\` that this configuration does not extend`;
  };
  config.disable.forEach((id, i) => {
    // `review/…` ids are checked by resolveReviewRequirements (src/config/reviews.ts); policy/…
    // ids apply in their family's chain (core/family.ts); `artifact/…` and `personal-data/…`
    // belong to the guardrail families (core/guardrails.ts).
    if (!rules.has(id) && !isFamilyRuleId(id)) {
      fail(['disable', i], unknown(id, 'disable'));
    }
  });
  for (const id of Object.keys(config.overrides)) {
    if (!rules.has(id) && !isFamilyRuleId(id, 'overrides')) {
      fail(['overrides', id], unknown(id, 'overrides'), true);
    }
  }
  const disabled = new Set(config.disable);
  const enabled = [...rules.values()].filter((rule) => !disabled.has(rule.id));
  return withRepoAllowlist(enabled, config);
}

/**
 * With rules locked by a central config, the repository's own allowlist is not global: each
 * rule that is not locked gets it as part of its own allowlist (see mergeCentral).
 */
function withRepoAllowlist(specs: SecretRuleSpec[], config: Config): SecretRuleSpec[] {
  const repo = config.repoAllowlist;
  const locked = new Set(config.lockedRules ?? []);
  if (repo === undefined || locked.size === 0) return specs;
  if (repo.paths.length + repo.regexes.length + repo.stopwords.length === 0) return specs;
  const join = (own: string[] | undefined, more: string[]) => [
    ...new Set([...(own ?? []), ...more]),
  ];
  return specs.map((spec) =>
    locked.has(spec.id)
      ? spec
      : {
          ...spec,
          allowlist: {
            paths: join(spec.allowlist?.paths, repo.paths),
            regexes: join(spec.allowlist?.regexes, repo.regexes),
            stopwords: join(spec.allowlist?.stopwords, repo.stopwords),
          },
        },
  );
}

/** Parses config bytes read from elsewhere than the disk (a commit: `--diff` in CI). */
export function configFromBytes(bytes: Buffer, file: string): Promise<Config> {
  return fromBytes(bytes, file);
}
