/**
 * `mandate rules --test`: a user's custom rules checked against their own `examples:`, with the
 * rules in force (built-in packs, allowlist, overrides) as a scan would run them. A positive
 * example must be reported by its rule where the template puts it; a negative one not at all.
 * Exit 1 on a failing example, naming the rule, the example and what was expected and found
 * (values redacted; templates are not echoed, as a literal one could hold a real secret).
 */
import type { Config } from '../core/config.js';
import type { SecretRuleSpec } from '../core/rule-spec.js';
import type { CompiledRules } from '../core/secret/compile.js';
import { plural } from '../reporters/summary-line.js';
import { checkRuleExamples } from '../rules/example-cases.js';

export function testCustomRules(
  config: Config,
  inForce: readonly SecretRuleSpec[],
  rules: CompiledRules,
  write: (text: string) => void,
): number {
  const where = config.source.file ?? 'the config';
  const active = new Set(inForce.map((spec) => spec.id));
  const custom = config.rules.filter((spec) => active.has(spec.id));
  if (custom.length === 0) {
    write(`No custom rules in ${where}: nothing to test.\n`);
    return 0;
  }
  const withExamples = custom.filter(
    (spec) => (spec.examples?.positive.length ?? 0) + (spec.examples?.negative.length ?? 0) > 0,
  );
  const { cases, failures } = checkRuleExamples(withExamples, rules);
  const lines = failures.map(
    (failure) =>
      `✗ ${failure.ruleId}, ${failure.example.replace(`${failure.ruleId} `, '')}: ${failure.problems.join('; ')}.`,
  );
  const untested = custom.length - withExamples.length;
  if (untested > 0) {
    lines.push(
      `${plural(untested, 'custom rule has', 'custom rules have')} no \`examples:\` (${custom
        .filter((spec) => !withExamples.includes(spec))
        .map((spec) => spec.id)
        .join(', ')}): add a positive and a negative template to test it.`,
    );
  }
  lines.push(
    failures.length === 0
      ? `✔ ${plural(cases, 'example')} of ${plural(withExamples.length, 'custom rule')} pass (${where}).`
      : `${plural(failures.length, 'example')} of ${plural(cases, 'example')} failed (${where}). Fix the rule's regex or its examples.`,
  );
  write(`${lines.join('\n')}\n`);
  return failures.length === 0 ? 0 : 1;
}
