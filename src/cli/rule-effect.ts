import { atOrAbove } from '../core/postprocess/redact.js';
import type { RuleInfo, Severity } from '../core/types.js';

/** What a secret rule's findings do under the config in force, and why. */
export interface RuleEffect {
  blocks: boolean;
  /** Why, in a few words: "high ≥ fail_on high", "medium < fail_on high", "warn-only rule". */
  why: string;
}

/**
 * The effect of a secret rule under `fail_on`: the same test that `toFinding` applies to each
 * finding (the rule blocks and its severity is at or above the threshold), said in words.
 */
export function ruleEffect(
  rule: Pick<RuleInfo, 'blocking' | 'severity'>,
  failOn: Severity,
): RuleEffect {
  if (!rule.blocking) return { blocks: false, why: 'warn-only rule' };
  return atOrAbove(rule.severity, failOn)
    ? { blocks: true, why: `${rule.severity} ≥ fail_on ${failOn}` }
    : { blocks: false, why: `${rule.severity} < fail_on ${failOn}` };
}
