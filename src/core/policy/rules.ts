import type { RuleInfo, Severity } from '../types.js';

export type PolicyRuleId =
  | 'policy/stale'
  | 'policy/due-soon'
  | 'policy/invalid-front-matter'
  | 'policy/future-date'
  | 'policy/template-leftover'
  | 'policy/unknown-owner'
  | 'policy/review-integrity';

interface PolicyRule extends RuleInfo {
  id: PolicyRuleId;
}

function rule(
  id: PolicyRuleId,
  title: string,
  severity: Severity,
  blocking: boolean,
  description: string,
  remediation: string,
): PolicyRule {
  return {
    id,
    kind: 'policy',
    title,
    provider: 'policy',
    severity,
    blocking,
    description,
    remediation,
    tags: ['policy', 'iso27001-a5.1'],
  };
}

/** The freshness rules. `blocking` here is the rule's nature; the mode decides in the end. */
export const POLICY_RULES: Record<PolicyRuleId, PolicyRule> = {
  'policy/stale': rule(
    'policy/stale',
    'Policy past its review date',
    'high',
    true,
    'A policy document was not reviewed within its review interval.',
    "Have the policy's owner review it, then set `last_reviewed` in its front matter to the review date (a pull request the owner approves).",
  ),
  'policy/due-soon': rule(
    'policy/due-soon',
    'Policy review due soon',
    'low',
    false,
    'A policy document reaches its review date within the warning period (`warn_before`).',
    "Ask the policy's owner to review it before the due date and update `last_reviewed`.",
  ),
  'policy/invalid-front-matter': rule(
    'policy/invalid-front-matter',
    'Policy front matter missing or invalid',
    'high',
    true,
    'A policy document has no front matter, or its `owner`, `last_reviewed` or `review_interval` is missing or malformed, so nobody can tell when it is due.',
    'Start the file with a front matter block: `---`, `owner: @org/security`, `last_reviewed: "2025-01-31"`, `review_interval: 1 year`, `---`.',
  ),
  'policy/future-date': rule(
    'policy/future-date',
    'Policy reviewed in the future',
    'high',
    true,
    "A policy's `last_reviewed` date lies after today, which would keep it fresh without a review.",
    'Set `last_reviewed` to the date the review actually happened (ISO format, `YYYY-MM-DD`).',
  ),
  'policy/template-leftover': rule(
    'policy/template-leftover',
    'Policy template leftover',
    'high',
    true,
    'A policy document still contains a placeholder (`[Company Name]`, `<COMPANY>`, `{{ … }}`, `TBD`, Lorem ipsum) or a phrase that betrays a template nobody adapted.',
    'Adapt the document to the organisation: fill in or remove the placeholder, and rewrite passages that do not describe how you work. Configure the phrases under `policies.template_phrases`.',
  ),
  'policy/unknown-owner': rule(
    'policy/unknown-owner',
    'Policy owner unknown',
    'high',
    true,
    "A policy's `owner` is neither a user nor a team GitHub knows, so nobody is warned when it is due.",
    'Set `owner` to an existing GitHub user (`@login`) or team (`@org/team`).',
  ),
  'policy/review-integrity': rule(
    'policy/review-integrity',
    'Policy review not approved by its owner',
    'high',
    true,
    "A pull request changes a policy's `last_reviewed` date without an approval from the policy's owner on the head commit.",
    "Ask the policy's owner (the user, or a member of the team, named in `owner`) to approve the pull request.",
  ),
};
