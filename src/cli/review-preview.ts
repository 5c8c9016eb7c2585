/**
 * Required reviews in the pre-commit hook: they are "not applicable locally" (no approvals
 * exist before a pull request), but the developer learns which approvals the change will need,
 * so nobody is surprised at PR time. Never blocking.
 */
import { resolveReviewRequirements } from '../config/reviews.js';
import type { Config } from '../core/config.js';
import { collectPullFiles } from '../core/review/collect.js';
import { evaluateReviews } from '../core/review/evaluate.js';
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

/** Wraps `changeSet` to record its files when the config has review requirements. */
export function watchForReviews(
  changeSet: ChangeSet,
  config: Config,
  packs: RulePack[],
  /** The whole head version of a changed file (the index, or a diff's head commit). */
  readHead?: (path: string) => Promise<string | null>,
): { changeSet: ChangeSet; preview: () => Promise<string[]> } {
  const requirements = resolveReviewRequirements(config, packs);
  if (requirements.length === 0) return { changeSet, preview: async () => [] };
  const files: PullFile[] = [];
  return {
    changeSet: { ...changeSet, files: collectPullFiles(changeSet.files, files) },
    preview: async () =>
      formatPreview(await evaluateReviews(requirements, localFacts(files, readHead))),
  };
}

/** The hook's lines: which approvals the change will need on its pull request. */
export function formatPreview(results: RequirementResult[]): string[] {
  const needed = results.filter((r) => r.applies !== false);
  if (needed.length === 0) return [];
  return [
    '',
    'Required reviews (not applicable locally — no approvals exist before a pull request; never blocking here):',
    ...needed.map(
      (r) =>
        `  ℹ ${verdictSentence(r)}${r.triggers.length > 0 ? ` Triggered by ${describeTriggers(r.triggers).replace(/`/g, '')}.` : ''}`,
    ),
    '',
  ];
}
