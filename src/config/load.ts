import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Allowlist, Config, RuleOverride } from '../core/config.js';
import { ConfigError, MandateError } from '../core/errors.js';
import { defaultPolicyConfig } from '../core/policy/evaluate.js';
import { INTERVAL_FORMS, parseInterval } from '../core/policy/interval.js';
import type { PolicyConfig } from '../core/policy/types.js';
import type { ReviewRequirementSpec, ReviewSettings } from '../core/review/types.js';
import type { RulePack, SecretRuleSpec } from '../core/rule-spec.js';
import type { Severity } from '../core/types.js';
import { validate } from './generated/validate-config.js';
import { type DataPath, describePath, type Locator, locator, type Position } from './locate.js';
import { checkReviewSemantics } from './reviews.js';
import { describeError, relevantErrors } from './schema-errors.js';

export { formatBaseline, parseBaseline } from './baseline.js';
export { parseIgnoreFile } from './ignore-file.js';

/** Names `loadConfig` looks for in the working directory. */
export const CONFIG_FILES = ['.mandate.yml', '.mandate.yaml'] as const;

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

const DEFAULT_REMEDIATION =
  'Rotate the credential where it was issued, then remove it from the code and load it from the environment or a secret manager.';

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

/** The shape the schema guarantees (snake_case, as written). */
interface RawConfig {
  extends?: string[];
  fail_on?: Severity;
  max_file_size?: number | string;
  disable?: string[];
  rules?: RawRule[];
  overrides?: Record<string, RuleOverride>;
  allowlist?: Partial<Allowlist>;
  policies?: RawPolicies;
  reviews?: ReviewRequirementSpec[];
  review_settings?: ReviewSettings;
}
interface RawPolicies {
  paths?: string[];
  review_interval?: string;
  warn_before?: string;
  block?: { ci?: boolean; hook?: boolean };
  template_phrases?: string[];
  fallback?: 'none' | 'git';
}
type RawRule = Partial<SecretRuleSpec> &
  Pick<SecretRuleSpec, 'id' | 'title' | 'keywords' | 'regex'>;

const SIZE = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([kmg]?)(i?b?)\s*$/i;
const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `2MB` → 2097152; K, M and G are powers of 1024. Returns null for anything else. */
export function parseSize(value: number | string): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  const match = SIZE.exec(value);
  if (match === null) return null;
  const [, amount, unit, suffix] = match;
  if (unit === '' && suffix !== '' && suffix!.toLowerCase() !== 'b') return null;
  const bytes = Math.floor(Number(amount) * UNITS[unit!.toLowerCase()]!);
  return bytes > 0 ? bytes : null;
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Compiles a user-supplied regex the way the engine will, or says why it cannot. */
function regexProblem(source: string, flags = ''): string | null {
  let regex: RegExp;
  try {
    regex = new RegExp(source, `g${flags}`);
  } catch (error) {
    return `is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')}`;
  }
  regex.lastIndex = 0;
  return regex.test('') ? 'matches the empty string, so it would match everywhere' : null;
}

function customRule(raw: RawRule): SecretRuleSpec {
  const rule: SecretRuleSpec = {
    id: raw.id,
    title: raw.title,
    provider: raw.provider ?? 'custom',
    description: raw.description ?? raw.title,
    severity: raw.severity ?? 'high',
    keywords: raw.keywords,
    regex: raw.regex,
    remediation: raw.remediation ?? DEFAULT_REMEDIATION,
  };
  if (raw.blocking !== undefined) rule.blocking = raw.blocking;
  if (raw.flags !== undefined) rule.flags = raw.flags;
  if (raw.entropy !== undefined) rule.entropy = raw.entropy;
  if (raw.validator !== undefined) rule.validator = raw.validator;
  if (raw.allowlist !== undefined) rule.allowlist = raw.allowlist;
  if (raw.tags !== undefined) rule.tags = raw.tags;
  if (raw.examples !== undefined) rule.examples = raw.examples;
  return rule;
}

/** Checks the schema cannot express: regexes compile, custom rule ids are unique. */
function checkSemantics(raw: RawConfig, fail: (path: DataPath, message: string) => never): void {
  const check = (path: DataPath, source: string, flags?: string) => {
    const problem = regexProblem(source, flags);
    if (problem !== null) fail(path, `\`${describePath(path)}\` ${problem}`);
  };
  for (const [i, source] of (raw.allowlist?.regexes ?? []).entries()) {
    check(['allowlist', 'regexes', i], source);
  }
  const seen = new Map<string, number>();
  raw.rules?.forEach((rule, i) => {
    const first = seen.get(rule.id);
    if (first !== undefined) {
      fail(
        ['rules', i, 'id'],
        `rule id \`${rule.id}\` is used twice (rules[${first}] and rules[${i}])`,
      );
    }
    seen.set(rule.id, i);
    check(['rules', i, 'regex'], rule.regex, rule.flags);
    for (const [j, source] of (rule.allowlist?.regexes ?? []).entries()) {
      check(['rules', i, 'allowlist', 'regexes', j], source);
    }
  });
  if (raw.max_file_size !== undefined && parseSize(raw.max_file_size) === null) {
    fail(['max_file_size'], '`max_file_size` must be at least 1 byte');
  }
  for (const key of ['review_interval', 'warn_before'] as const) {
    const value = raw.policies?.[key];
    if (value !== undefined && parseInterval(value) === null) {
      fail(
        ['policies', key],
        `\`policies.${key}\` "${value}" is not an interval; write ${INTERVAL_FORMS}`,
      );
    }
  }
}

/** The `policies:` section with defaults applied (intervals were checked in checkSemantics). */
function policyConfig(raw: RawPolicies | undefined): PolicyConfig {
  const defaults = defaultPolicyConfig();
  return {
    paths: raw?.paths ?? defaults.paths,
    reviewInterval:
      raw?.review_interval === undefined
        ? defaults.reviewInterval
        : parseInterval(raw.review_interval)!,
    warnBefore:
      raw?.warn_before === undefined ? defaults.warnBefore : parseInterval(raw.warn_before)!,
    block: {
      ci: raw?.block?.ci ?? defaults.block.ci,
      hook: raw?.block?.hook ?? defaults.block.hook,
    },
    templatePhrases: raw?.template_phrases ?? defaults.templatePhrases,
    fallback: raw?.fallback ?? defaults.fallback,
  };
}

/**
 * Parses and validates a `.mandate.yml`. Throws a ConfigError naming the file, line, column
 * and key for YAML syntax errors, schema violations and invalid regexes.
 */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    const { line, col } = lineCounter.linePos(syntax.pos[0]);
    const reason = syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(file, `invalid YAML: ${reason}`, { line, column: col });
  }
  const locate = locator(doc.contents, lineCounter);
  const fail = (
    path: DataPath,
    message: string,
    options: { key?: boolean; hint?: string } = {},
  ) => {
    const position: Position | undefined = locate(path, { key: options.key ?? false });
    throw new ConfigError(file, message, {
      ...(position ?? {}),
      ...(options.hint === undefined ? {} : { hint: options.hint }),
    });
  };
  const data: unknown = doc.contents === null ? {} : doc.toJS({ maxAliasCount: 100 });
  if (!validate(data)) {
    const problems = relevantErrors(validate.errors ?? [])
      .map(describeError)
      .map((problem) => ({ problem, position: locate(problem.path, { key: problem.key }) }))
      .sort(
        (a, b) =>
          (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
          (a.position?.column ?? 0) - (b.position?.column ?? 0),
      );
    const [first, ...rest] = problems;
    if (first !== undefined) {
      const others = rest.map(
        ({ problem, position }) =>
          `${file}${position === undefined ? '' : `:${position.line}:${position.column}`}: ${problem.message}`,
      );
      const hints = [
        ...(first.problem.hint === undefined ? [] : [first.problem.hint]),
        ...(others.length === 0 ? [] : [`Also:\n${others.join('\n')}`]),
      ];
      throw new ConfigError(file, first.problem.message, {
        ...(first.position ?? {}),
        ...(hints.length === 0 ? {} : { hint: hints.join('\n') }),
      });
    }
  }
  const raw = data as RawConfig;
  checkSemantics(raw, fail);
  checkReviewSemantics(raw.reviews, raw.review_settings, fail);
  const defaults = defaultConfig();
  const config: Config = {
    extends: raw.extends ?? defaults.extends,
    failOn: raw.fail_on ?? defaults.failOn,
    maxFileSize:
      raw.max_file_size === undefined ? defaults.maxFileSize : parseSize(raw.max_file_size)!,
    disable: raw.disable ?? [],
    rules: (raw.rules ?? []).map(customRule),
    overrides: raw.overrides ?? {},
    allowlist: {
      paths: raw.allowlist?.paths ?? [],
      regexes: raw.allowlist?.regexes ?? [],
      stopwords: raw.allowlist?.stopwords ?? [],
    },
    policies: policyConfig(raw.policies),
    ...(raw.reviews === undefined ? {} : { reviews: raw.reviews }),
    ...(raw.review_settings === undefined ? {} : { reviewSettings: raw.review_settings }),
    source: { file, sha256: sha256(text) },
  };
  locators.set(config, locate);
  return config;
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new MandateError(`cannot read config file ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Loads the configuration: `file` when given (it must exist), else `.mandate.yml` or
 * `.mandate.yaml` in `cwd`, else the defaults. `source.sha256` hashes the file's bytes.
 */
export async function loadConfig(options: { cwd: string; file?: string }): Promise<Config> {
  if (options.file !== undefined) {
    const path = isAbsolute(options.file) ? options.file : resolve(options.cwd, options.file);
    const bytes = await readIfExists(path);
    if (bytes === null) {
      throw new MandateError(`config file ${options.file} not found`, {
        hint: `Check the path given to --config (relative to ${options.cwd}).`,
      });
    }
    return fromBytes(bytes, options.file);
  }
  const found: { name: string; bytes: Buffer }[] = [];
  for (const name of CONFIG_FILES) {
    const bytes = await readIfExists(resolve(options.cwd, name));
    if (bytes !== null) found.push({ name, bytes });
  }
  if (found.length > 1) {
    throw new ConfigError(
      found[1]!.name,
      `both ${CONFIG_FILES.join(' and ')} exist; keep one of them`,
    );
  }
  const [config] = found;
  return config === undefined ? defaultConfig() : fromBytes(config.bytes, basename(config.name));
}

function fromBytes(bytes: Buffer, file: string): Config {
  const config = parseConfig(bytes.toString('utf8'), file);
  config.source.sha256 = sha256(bytes);
  return config;
}

/** `owner/repo:path` or `owner/repo:path@ref`: a central config only the Action resolves. */
const REMOTE_EXTENDS = /^[\w.-]+\/[\w.-]+:[^@\s]+(?:@\S+)?$/;

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
        REMOTE_EXTENDS.test(name)
          ? `\`${name}\` in \`extends\` names a central config in another repository; only the GitHub Action resolves \`owner/repo:path@ref\` entries (through the API); the CLI does not yet, so locally pass \`--config\` a file without that entry`
          : `unknown rule pack \`${name}\` in \`extends\`; available packs: ${[...byName.keys()].join(', ')}`,
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
      ? `\`${where}\` names \`${id}\`, but no rule has that id`
      : `\`${where}\` names \`${id}\`, which is in the pack \`${pack}\` that this configuration does not extend`;
  };
  config.disable.forEach((id, i) => {
    // `review/…` ids are checked by resolveReviewRequirements (src/config/reviews.ts).
    if (!rules.has(id) && !id.startsWith('review/')) fail(['disable', i], unknown(id, 'disable'));
  });
  for (const id of Object.keys(config.overrides)) {
    if (!rules.has(id)) fail(['overrides', id], unknown(id, 'overrides'), true);
  }
  const disabled = new Set(config.disable);
  return [...rules.values()].filter((rule) => !disabled.has(rule.id));
}
