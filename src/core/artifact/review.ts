/**
 * Artifacts in a pull request as a review requirement. The hook stops a model, a pickle with
 * only allowlisted imports or a data dump before the commit exists; in a pull request, the one
 * place approvals exist, the change goes to the reviewers of `artifacts.review` (default: the
 * security team) instead: the requirement `review/artifact`, on the artifacts' paths, settled
 * by an approval on the head commit. The artifact findings stay in the result, informing.
 * A pickle that imports code and a key store are not reviewable: they stay blocking findings
 * that no approval clears. Pure: the caller judges the requirement with the reviews family.
 */
import { escape as escapeGlob } from 'minimatch';
import type { Config } from '../config.js';
import type { ResolvedRequirement } from '../review/evaluate.js';
import type { Finding } from '../types.js';
import { ARTIFACT_RULES } from './family.js';

/** The requirement's name (rule id `review/artifact`). */
export const ARTIFACT_REVIEW = 'artifact';

/** What `review_settings.security_team` is called in `artifacts.review`. */
const SECURITY_TEAM = '$security_team';

/** Rules whose blocking findings an approval may settle. */
export const REVIEWABLE_ARTIFACT_RULES: readonly string[] = [
  ARTIFACT_RULES.model,
  ARTIFACT_RULES.pickle,
  ARTIFACT_RULES.array,
];
const REVIEWABLE: ReadonlySet<string> = new Set(REVIEWABLE_ARTIFACT_RULES);

/** How many artifacts the requirement's description names before "and N more". */
const NAMED = 5;

/**
 * The teams that review artifacts in a pull request, or null when artifacts block as findings
 * there too: `artifacts.review` (`$security_team` stands for `review_settings.security_team`),
 * by default the security team, none when it is `false` or no security team is set.
 */
export function artifactReviewers(
  config: Pick<Config, 'artifacts' | 'reviewSettings'>,
): string[] | null {
  const team = config.reviewSettings?.security_team;
  const listed = config.artifacts?.review;
  if (listed === false) return null;
  const teams = (listed ?? [SECURITY_TEAM]).flatMap((name) =>
    name === SECURITY_TEAM ? (team === undefined ? [] : [team]) : [name],
  );
  const unique = [...new Set(teams.map((name) => name.replace(/^@/, '')))];
  return unique.length === 0 ? null : unique;
}

/**
 * Turns the blocking, reviewable artifact findings of a pull request into one requirement of
 * `reviewers`: the findings stay (non-blocking, saying who must approve), the requirement
 * names the artifacts and triggers on their paths. Nothing changes without reviewers or such
 * findings.
 */
export function artifactReview(
  findings: readonly Finding[],
  reviewers: readonly string[] | null,
  origin: string,
): { findings: Finding[]; requirements: ResolvedRequirement[] } {
  const reviewable = (finding: Finding) =>
    finding.kind === 'artifact' && finding.blocking && REVIEWABLE.has(finding.ruleId);
  const artifacts = findings.filter(reviewable);
  if (reviewers === null || reviewers.length === 0 || artifacts.length === 0) {
    return { findings: [...findings], requirements: [] };
  }
  const paths = [...new Set(artifacts.map((finding) => finding.path))];
  const named = artifacts.slice(0, NAMED).map((f) => `${f.path} (${f.title ?? f.ruleId})`);
  const more = artifacts.length - named.length;
  const description =
    `This change adds ${artifacts.length === 1 ? 'an artifact' : `${artifacts.length} artifacts`} ` +
    `(model weights, pickles or data dumps) to the repository: ${named.join('; ')}` +
    `${more > 0 ? `; and ${more} more` : ''}. The reviewers confirm it belongs in git rather ` +
    'than in the model registry, Git LFS or the approved data store.';
  return {
    findings: findings.map((finding) =>
      // The finding already says who approves (artifact/family.ts): it now informs.
      reviewable(finding) ? { ...finding, blocking: false } : finding,
    ),
    requirements: [
      {
        spec: {
          name: ARTIFACT_REVIEW,
          description,
          // Literal paths (a glob character in a file name matches only itself).
          when: { paths: paths.map((path) => escapeGlob(path)) },
          require: { teams: [...reviewers] },
        },
        origin: `${origin} (artifacts.review)`,
      },
    ],
  };
}
