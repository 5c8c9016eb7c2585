/**
 * The review half of a configuration: `reviews:` (named requirements) and `review_settings:`,
 * checked beyond what the schema can say (regexes compile, names are unique, `$security_team`
 * is set when a pack needs it), and resolved against the built-in packs a config extends.
 */
import { escape as escapeGlob } from 'minimatch';
import type { Config } from '../core/config.js';
import { describeName } from '../core/describe-value.js';
import { ConfigError } from '../core/errors.js';
import type { ResolvedRequirement } from '../core/review/evaluate.js';
import { matchGlobs } from '../core/review/globs.js';
import type { Condition, ReviewRequirementSpec, ReviewSettings } from '../core/review/types.js';
import type { RulePack } from '../core/rule-spec.js';
import type { AllowedFinding } from '../core/types.js';
import type { DataPath } from './locate.js';

/** What a built-in pack writes for "the team in `review_settings.security_team`". */
export const SECURITY_TEAM = '$security_team';

function regexProblem(source: string, flags = ''): string | null {
  try {
    const regex = new RegExp(source, flags);
    return regex.test('') ? 'matches the empty string, so it would match every added line' : null;
  } catch (error) {
    return `is not a valid regular expression: ${(error as Error).message}`;
  }
}

function checkCondition(
  condition: Condition,
  path: DataPath,
  fail: (path: DataPath, message: string) => never,
): void {
  condition.content?.forEach((pattern, i) => {
    const problem = regexProblem(pattern.pattern, pattern.flags);
    if (problem !== null) {
      fail(
        [...path, 'content', i, 'pattern'],
        `the content pattern \`${pattern.pattern}\` ${problem}`,
      );
    }
  });
  for (const key of ['all', 'any'] as const) {
    condition[key]?.forEach((child, i) => {
      checkCondition(child, [...path, key, i], fail);
    });
  }
}

/** Checks `reviews:` and `review_settings:` as written (the schema already held). */
export function checkReviewSemantics(
  reviews: ReviewRequirementSpec[] | undefined,
  settings: ReviewSettings | undefined,
  fail: (path: DataPath, message: string) => never,
): void {
  const seen = new Map<string, number>();
  reviews?.forEach((spec, i) => {
    const first = seen.get(spec.name);
    if (first !== undefined) {
      fail(
        ['reviews', i, 'name'],
        `the review requirement name \`${spec.name}\` is used twice (reviews[${first}] and reviews[${i}])`,
      );
    }
    seen.set(spec.name, i);
    checkCondition(spec.when, ['reviews', i, 'when'], fail);
    const who = [...(spec.require.teams ?? []), ...(spec.require.users ?? [])];
    if (who.length === 0) {
      fail(
        ['reviews', i, 'require'],
        `reviews[${i}] (\`${spec.name}\`) requires nobody: list \`teams\` or \`users\``,
      );
    }
    if (who.includes(SECURITY_TEAM) && settings?.security_team === undefined) {
      fail(
        ['reviews', i, 'require'],
        `reviews[${i}] names \`${SECURITY_TEAM}\`, but \`review_settings.security_team\` is not set`,
      );
    }
  });
}

function substitute(spec: ReviewRequirementSpec, team: string): ReviewRequirementSpec {
  const teams = spec.require.teams?.map((t) => (t === SECURITY_TEAM ? team : t));
  return { ...spec, require: { ...spec.require, ...(teams === undefined ? {} : { teams }) } };
}

/**
 * The review requirements a configuration asks for: those of the packs it extends (in order),
 * then its own `reviews:` (one with a pack requirement's name replaces it), minus `disable`d
 * `review/<name>` ids. `$security_team` becomes `review_settings.security_team`. An unknown
 * `review/…` id in `disable` is an error.
 */
export function resolveReviewRequirements(
  config: Config,
  packs: RulePack[],
): ResolvedRequirement[] {
  const file = config.source.file ?? 'built-in defaults';
  const byName = new Map(packs.map((pack) => [pack.name, pack]));
  const requirements = new Map<string, ResolvedRequirement>();
  const team = config.reviewSettings?.security_team;
  for (const name of config.extends) {
    for (const spec of byName.get(name)?.reviews ?? []) {
      const needsTeam = spec.require.teams?.includes(SECURITY_TEAM) ?? false;
      if (needsTeam && team === undefined) {
        throw new ConfigError(
          file,
          `the pack \`${name}\` asks for approvals from the security team, but \`review_settings.security_team\` is not set; add e.g. \`review_settings: { security_team: acme/security }\``,
        );
      }
      if (!requirements.has(spec.name)) {
        requirements.set(spec.name, {
          spec: needsTeam ? substitute(spec, team!) : spec,
          origin: name,
        });
      }
    }
  }
  for (const spec of config.reviews ?? []) {
    requirements.set(spec.name, {
      spec: team === undefined ? spec : substitute(spec, team),
      origin: file,
    });
  }
  // The `ai-services` pack names each service; its requirements supersede the generic one,
  // and `ai_services.approved` (services with a signed DPA) switches theirs off.
  if (config.extends.includes(AI_SERVICES_PACK)) requirements.delete(GENERIC_AI_REVIEW);
  const services = [...requirements.keys()].filter((name) => name.startsWith('ai-service-'));
  for (const id of config.aiServices?.approved ?? []) {
    requirements.delete(`ai-service-${id}`);
    if (!services.includes(`ai-service-${id}`) && config.extends.includes(AI_SERVICES_PACK)) {
      throw new ConfigError(
        file,
        `\`ai_services.approved\` names ${describeName(id)}, but the ai-services pack has no such service; known: ${services.map((name) => name.slice('ai-service-'.length)).join(', ')}`,
      );
    }
  }
  const disabled = new Set(config.disable.filter((id) => id.startsWith('review/')));
  for (const id of disabled) {
    if (!requirements.has(id.slice('review/'.length))) {
      throw new ConfigError(
        file,
        `\`disable\` names ${describeName(id)}, but no review requirement has that name`,
      );
    }
  }
  return [...requirements.values()].filter((r) => !disabled.has(`review/${r.spec.name}`));
}

/** The built-in pack of third-party AI services (rules/ai-services.yml). */
export const AI_SERVICES_PACK = 'ai-services';
/** reviews-recommended's requirement for any AI SDK, superseded by the ai-services pack. */
const GENERIC_AI_REVIEW = 'ai-sdk-dependency';

/** The review requirement that guards mandate's own policy files. */
export const POLICY_REVIEW = 'mandate-config';

/**
 * Makes the `mandate-config` requirement (when a config asks for it) cover the policy files this
 * run really reads — a config named by the Action's `config` input, the ignore file, the
 * baseline — besides the paths it lists: changing or deleting any of them needs its reviewers.
 */
export function protectPolicyFiles(
  requirements: ResolvedRequirement[],
  files: readonly string[],
): ResolvedRequirement[] {
  return requirements.map((requirement) => {
    if (requirement.spec.name !== POLICY_REVIEW || files.length === 0) return requirement;
    const when = requirement.spec.when;
    const listed = when.paths ?? [];
    // Literal paths (a glob character in a file name matches only itself), those not covered yet.
    const paths = files
      .filter((file) => listed.length === 0 || matchGlobs(file, listed) === null)
      .map((f) => escapeGlob(f));
    if (paths.length === 0) return requirement;
    const onlyPaths = Object.keys(when).every((key) => key === 'paths');
    return {
      ...requirement,
      spec: {
        ...requirement.spec,
        when: onlyPaths ? { paths: [...listed, ...paths] } : { any: [when, { paths }] },
      },
    };
  });
}

/** Allows listed in the requirement's description; the rest are counted. */
const MAX_DESCRIBED_ALLOWS = 5;

/**
 * `inline_allow: review`: the inline allows a pull request adds (the findings they suppressed)
 * need an approval from the security team, as the requirement `review/inline-allow` on the
 * files that carry them. None when the switch is off or nothing was allowed.
 */
export function inlineAllowRequirements(
  config: Config,
  allowed: readonly AllowedFinding[],
): ResolvedRequirement[] {
  const team = config.reviewSettings?.security_team;
  if (config.inlineAllow !== 'review' || allowed.length === 0) return [];
  const file = config.source.file ?? 'built-in defaults';
  if (team === undefined) {
    throw new ConfigError(
      file,
      '`inline_allow: review` asks the security team to approve inline allows, but `review_settings.security_team` is not set',
    );
  }
  const paths = [...new Set(allowed.map((f) => f.path))];
  const listed = allowed
    .slice(0, MAX_DESCRIBED_ALLOWS)
    .map((f) => `${f.path}:${f.line} (${f.ruleId}, "${f.allow.reason}")`);
  const more = allowed.length - listed.length;
  const description =
    `This change adds ${allowed.length === 1 ? 'an inline allow' : `${allowed.length} inline allows`} ` +
    `that suppress secret findings: ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
  return [
    {
      spec: {
        name: 'inline-allow',
        description,
        when: { paths: paths.map((path) => escapeGlob(path)) },
        require: { teams: [team] },
      },
      origin: `${file} (inline_allow: review)`,
    },
  ];
}
