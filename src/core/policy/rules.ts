/**
 * The policy family's rules: data in rules/families/policy.yml (ids, titles, severities,
 * blocking, descriptions, remediation), embedded at build time by esbuild `define` (and by
 * vitest.config.ts for the tests) from scripts/packs.mjs, like the secret packs. The ids are
 * declared here too, since the evaluator names them; the data must list each exactly once.
 */
import type { RuleInfo } from '../types.js';

declare const __MANDATE_POLICY_RULES__: string;

const POLICY_RULE_IDS = [
  'policy/stale',
  'policy/due-soon',
  'policy/invalid-front-matter',
  'policy/future-date',
  'policy/template-leftover',
  'policy/unknown-owner',
  'policy/review-integrity',
] as const;

export type PolicyRuleId = (typeof POLICY_RULE_IDS)[number];

interface PolicyRule extends RuleInfo {
  id: PolicyRuleId;
}

/** The rules from their data, checked against the ids the evaluator names. */
function load(): Record<PolicyRuleId, PolicyRule> {
  const data = JSON.parse(__MANDATE_POLICY_RULES__) as RuleInfo[];
  const byId = new Map(data.map((rule) => [rule.id, rule]));
  const known = new Set<string>(POLICY_RULE_IDS);
  const unknown = data.filter((rule) => !known.has(rule.id)).map((rule) => rule.id);
  const missing = POLICY_RULE_IDS.filter((id) => !byId.has(id));
  if (unknown.length > 0 || missing.length > 0) {
    throw new Error(
      `rules/families/policy.yml does not match the policy family (${[...missing.map((id) => `missing ${id}`), ...unknown.map((id) => `unknown ${id}`)].join(', ')})`,
    );
  }
  return Object.fromEntries(POLICY_RULE_IDS.map((id) => [id, { ...byId.get(id)!, id }])) as Record<
    PolicyRuleId,
    PolicyRule
  >;
}

/** The freshness rules. `blocking` here is the rule's nature; the mode decides in the end. */
export const POLICY_RULES: Record<PolicyRuleId, PolicyRule> = load();
