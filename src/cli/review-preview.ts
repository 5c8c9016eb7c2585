/**
 * Required reviews in the pre-commit hook: they are "not applicable locally" (no approvals
 * exist before a pull request), but the developer learns which approvals the change will need,
 * so nobody is surprised at PR time — the CODEOWNERS import too, read from HEAD the way the
 * Action reads it from the base commit. Never blocking.
 *
 * The evaluation (its predicates load the YAML parser) and the CODEOWNERS import are loaded only
 * when the config asks for reviews: a hook run without them loads neither.
 */
import { resolveReviewRequirements } from '../config/reviews.js';
import type { Config } from '../core/config.js';
import { ChangeListing } from '../core/listing.js';
import type { OwnedFile } from '../core/review/codeowners.js';
import type { ResolvedRequirement } from '../core/review/evaluate.js';
import { describeTriggers, verdictSentence } from '../core/review/explain.js';
import type { PullFacts, PullFile, RequirementResult } from '../core/review/types.js';
import type { RulePack } from '../core/rule-spec.js';
import type { ChangeSet } from '../core/types.js';

/** Facts of a local change: files only; no author, labels, base branch or approvals. */
export function localFacts(
  files: PullFile[],
  readHead?: (path: string) => Promise<string | null>,
): PullFacts {
  return {
    ...(readHead === undefined ? {} : { readHead }),
    author: null,
    headSha: null,
    baseBranch: null,
    labels: null,
    files,
    reviews: null,
    isTeamMember: async () => false,
    isOrgMember: async () => null,
    teamExists: async () => true,
    userExists: async () => true,
    teamMembers: async () => null,
  };
}

/** What the CODEOWNERS import adds to the preview. */
interface CodeownersPreview {
  requirements: ResolvedRequirement[];
  lines: string[];
}

/** Owned files named one by one, up to this many; the rest are counted. */
const NAMED_OWNED_FILES = 10;

/** The CODEOWNERS file at `readPolicy`'s commit, as requirements and one line per owned file. */
async function previewCodeowners(
  mode: 'any' | 'every',
  files: PullFile[],
  readPolicy: (path: string) => Promise<string | null>,
): Promise<CodeownersPreview> {
  const { codeownersRequirements, findCodeowners } = await import('../core/review/codeowners.js');
  const found = await findCodeowners(readPolicy);
  if (found === null) {
    return {
      requirements: [],
      lines: [
        `  ℹ \`review_settings.codeowners\` is \`${mode}\`, but HEAD has no CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS).`,
      ],
    };
  }
  const imported = codeownersRequirements(found.text, files, mode, found.path);
  return {
    requirements: imported.requirements,
    lines: [
      ...ownedLines(imported.owned, found.path),
      ...imported.errors.map((error) => `  ⚠ ${found.path}: ${error}`),
    ],
  };
}

function ownedLines(owned: OwnedFile[], codeownersPath: string): string[] {
  const named = owned.slice(0, NAMED_OWNED_FILES).map(({ path, line }) => {
    const owners = line.owners.map((o) => `@${o}`);
    const who = owners.length === 1 ? owners[0] : `one of ${owners.join(', ')}`;
    return `  ℹ ${path} will need ${who} (${codeownersPath} line ${line.line}: ${line.pattern}).`;
  });
  const more = owned.length - named.length;
  return more > 0 ? [...named, `  ℹ …and ${more} more files with code owners.`] : named;
}

/** Wraps `changeSet` to record its files when the config has review requirements. */
export function watchForReviews(
  changeSet: ChangeSet,
  config: Config,
  packs: RulePack[],
  /** The whole head version of a changed file (the index, or a diff's head commit). */
  readHead?: (path: string) => Promise<string | null>,
  /** A file of the commit the policy comes from (HEAD, or a diff's base), for CODEOWNERS. */
  readPolicy?: (path: string) => Promise<string | null>,
): { changeSet: ChangeSet; preview: () => Promise<string[]> } {
  const requirements = resolveReviewRequirements(config, packs);
  const codeowners = config.reviewSettings?.codeowners ?? 'off';
  const importsCodeowners = codeowners !== 'off' && readPolicy !== undefined;
  if (requirements.length === 0 && !importsCodeowners) {
    return { changeSet, preview: async () => [] };
  }
  // The change's listing (core/listing.ts), taken as the secret scan streams the change set.
  const listing = new ChangeListing(['pull-request']);
  const files = listing.files;
  return {
    changeSet: listing.changeSet(changeSet),
    preview: async () => {
      const owners = importsCodeowners
        ? await previewCodeowners(codeowners, files, readPolicy)
        : { requirements: [], lines: [] };
      const { evaluateReviews } = await import('../core/review/evaluate.js');
      const results = await evaluateReviews(
        [...requirements, ...owners.requirements],
        localFacts(files, readHead),
      );
      return formatPreview(results, owners.lines);
    },
  };
}

/** The hook's lines: which approvals the change will need on its pull request. */
export function formatPreview(results: RequirementResult[], codeowners: string[] = []): string[] {
  const needed = results.filter((r) => r.applies !== false);
  if (needed.length === 0 && codeowners.length === 0) return [];
  return [
    '',
    'Required reviews (not applicable locally — no approvals exist before a pull request; never blocking here):',
    ...needed.map(
      (r) =>
        `  ℹ ${verdictSentence(r)}${r.triggers.length > 0 ? ` Triggered by ${describeTriggers(r.triggers).replace(/`/g, '')}.` : ''}`,
    ),
    ...codeowners,
    '',
  ];
}
