/**
 * Parsing and validating a `.mandate.yml` (YAML, the JSON Schema, then what the schema cannot
 * express). Loaded on demand by loadConfig: a scan without a config file never loads the YAML
 * parser or the validator.
 *
 * Long because it holds, next to the parse that applies them, every check the JSON Schema cannot
 * express: regex validity, rules across keys, and the policy and guardrail settings' defaults.
 */

import { LineCounter, parseDocument } from 'yaml';
import type { Allowlist, Config, RuleOverride } from '../core/config.js';
import { ConfigError } from '../core/errors.js';
import { DEFAULT_ARTIFACT_CONFIG, DEFAULT_PERSONAL_DATA_CONFIG } from '../core/guardrails.js';
import { defaultPolicyConfig } from '../core/policy/defaults.js';
import { INTERVAL_FORMS, parseInterval } from '../core/policy/interval.js';
import type { PolicyConfig } from '../core/policy/types.js';
import type { ReviewRequirementSpec, ReviewSettings } from '../core/review/types.js';
import type { SecretRuleSpec } from '../core/rule-spec.js';
import { sha256Hex } from '../core/sha256.js';
import type { Severity } from '../core/types.js';
import { validate } from './generated/validate-config.js';
import { defaultConfig, parseSize, rememberLocator } from './load.js';
import { type DataPath, describePath, locator, type Position } from './locate.js';
import { checkReviewSemantics } from './reviews.js';
import { describeError, relevantErrors } from './schema-errors.js';

const DEFAULT_REMEDIATION =
  'Rotate the credential where it was issued, then remove it from the code and load it from the environment or a secret manager.';

/** The shape the schema guarantees (snake_case, as written). */
interface RawConfig {
  extends?: string[];
  fail_on?: Severity;
  max_file_size?: number | string;
  fingerprint_salt?: string;
  disable?: string[];
  rules?: (RawRule & { locked?: boolean })[];
  overrides?: Record<string, RuleOverride & { locked?: boolean }>;
  allowlist?: Partial<Allowlist>;
  policies?: RawPolicies;
  reviews?: ReviewRequirementSpec[];
  review_settings?: ReviewSettings;
  inline_allow?: 'allow' | 'review';
  artifacts?: {
    enabled?: boolean;
    approved_paths?: string[];
    block_from_bytes?: number | string;
    pickle_allow?: string[];
    review?: string | string[] | false;
  };
  personal_data?: {
    enabled?: boolean;
    approved_paths?: string[];
    min_contacts?: number;
    min_sensitive?: number;
    extensions?: string[];
  };
  ai_services?: { approved?: string[] };
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
  // `locked` belongs to central configs, whose markers the Action reads and removes before
  // this parser sees them: here it would have no effect.
  const central =
    'only has an effect in a central config that repositories extend (`extends: owner/repo:path@ref`); remove it from this file';
  raw.rules?.forEach((rule, i) => {
    if (rule.locked !== undefined)
      fail(['rules', i, 'locked'], `\`rules[${i}].locked\` ${central}`);
  });
  for (const [id, override] of Object.entries(raw.overrides ?? {})) {
    if (override.locked !== undefined) {
      fail(['overrides', id, 'locked'], `\`overrides.${id}.locked\` ${central}`);
    }
  }
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
  let data: unknown;
  try {
    data = doc.contents === null ? {} : doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias to no anchor (`*a`), or one expanding too much (a "billion laughs" document).
    throw new ConfigError(file, `invalid YAML: ${(error as Error).message.split('\n')[0]}`, {
      line: 1,
      hint: 'Define each anchor (`&name`) before its alias (`*name`), and do not nest aliases to expand the document.',
    });
  }
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
  if (raw.inline_allow === 'review' && raw.review_settings?.security_team === undefined) {
    fail(
      ['inline_allow'],
      '`inline_allow: review` asks the security team to approve inline allows, but `review_settings.security_team` is not set',
    );
  }
  const defaults = defaultConfig();
  const config: Config = {
    extends: raw.extends ?? defaults.extends,
    failOn: raw.fail_on ?? defaults.failOn,
    maxFileSize:
      raw.max_file_size === undefined ? defaults.maxFileSize : parseSize(raw.max_file_size)!,
    ...(raw.fingerprint_salt === undefined ? {} : { fingerprintSalt: raw.fingerprint_salt }),
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
    ...(raw.inline_allow === undefined ? {} : { inlineAllow: raw.inline_allow }),
    ...guardrailConfig(raw, fail),
    source: { file, sha256: sha256Hex(text) },
  };
  rememberLocator(config, locate);
  return config;
}

/** `artifacts:`, `personal_data:` and `ai_services:`, defaults applied (absent: none set). */
function guardrailConfig(
  raw: RawConfig,
  fail: (path: DataPath, message: string) => never,
): Pick<Config, 'artifacts' | 'personalData' | 'aiServices'> {
  const out: Pick<Config, 'artifacts' | 'personalData' | 'aiServices'> = {};
  const a = raw.artifacts;
  if (a !== undefined) {
    let blockFromBytes = DEFAULT_ARTIFACT_CONFIG.blockFromBytes;
    if (a.block_from_bytes !== undefined && a.block_from_bytes !== 0) {
      const size = parseSize(a.block_from_bytes);
      if (size === null) {
        fail(
          ['artifacts', 'block_from_bytes'],
          '`artifacts.block_from_bytes` must be a size such as 65536 or "64KB"',
        );
      }
      blockFromBytes = size;
    }
    const reviewers = typeof a.review === 'string' ? [a.review] : a.review;
    if (
      reviewers !== undefined &&
      reviewers !== false &&
      reviewers.includes('$security_team') &&
      raw.review_settings?.security_team === undefined
    ) {
      fail(
        ['artifacts', 'review'],
        '`artifacts.review` names `$security_team`, but `review_settings.security_team` is not set',
      );
    }
    out.artifacts = {
      enabled: a.enabled ?? true,
      approvedPaths: a.approved_paths ?? [],
      blockFromBytes,
      allowImports: a.pickle_allow ?? [],
      ...(reviewers === undefined ? {} : { review: reviewers }),
    };
  }
  const p = raw.personal_data;
  if (p !== undefined) {
    out.personalData = {
      enabled: p.enabled ?? true,
      approvedPaths: p.approved_paths ?? [],
      minContacts: p.min_contacts ?? DEFAULT_PERSONAL_DATA_CONFIG.minContacts,
      minSensitive: p.min_sensitive ?? DEFAULT_PERSONAL_DATA_CONFIG.minSensitive,
      dataExtensions: (p.extensions ?? DEFAULT_PERSONAL_DATA_CONFIG.dataExtensions).map((ext) =>
        ext.toLowerCase(),
      ),
    };
  }
  if (raw.ai_services !== undefined) out.aiServices = { approved: raw.ai_services.approved ?? [] };
  return out;
}
