/**
 * Fake secrets for the tests, composed at run time from templates (src/rules/compose.ts has the
 * template language), and the built-in rules' composed examples.
 */
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import { type Composed, compose, composeDetailed } from '../../src/rules/compose.js';
import { builtinPacks } from '../../src/rules/packs.js';

export { type Composed, compose, composeDetailed, mulberry32 } from '../../src/rules/compose.js';

export interface Example extends Composed {
  ruleId: string;
  template: string;
  kind: 'positive' | 'negative';
}

/** The composed positive and negative examples of one rule. */
export function examplesFor(spec: SecretRuleSpec, seed = 1): Example[] {
  const out: Example[] = [];
  const add = (kind: Example['kind'], templates: string[] | undefined) =>
    (templates ?? []).forEach((template, i) => {
      out.push({ ruleId: spec.id, template, kind, ...composeDetailed(template, seed + i) });
    });
  add('positive', spec.examples?.positive);
  add('negative', spec.examples?.negative);
  return out;
}

export interface PositiveSample {
  ruleId: string;
  text: string;
  /** A long substring of the composed secret that must never appear in any output. */
  secretHint?: string;
}

/** The value a rule's `secret` group captures in `text` (plain RegExp, no engine filters). */
export function captureSecret(spec: SecretRuleSpec, text: string): string | undefined {
  const match = new RegExp(spec.regex, `${spec.flags ?? ''}g`).exec(text);
  return match === null ? undefined : (match.groups?.secret ?? match[0]);
}

/**
 * One composed positive example per built-in rule (the first), for end-to-end tests such as
 * "no raw secret in any output". `secretHint` is the secret as the rule captures it.
 */
export function positiveSamples(seed = 1): PositiveSample[] {
  const out: PositiveSample[] = [];
  for (const pack of builtinPacks()) {
    for (const spec of pack.rules) {
      const template = spec.examples?.positive[0];
      if (template === undefined) continue;
      const { text, secretHint } = composeDetailed(template, seed);
      const hint = captureSecret(spec, text) ?? secretHint;
      out.push(
        hint === undefined
          ? { ruleId: spec.id, text }
          : { ruleId: spec.id, text, secretHint: hint },
      );
    }
  }
  return out;
}

/** The composed text of one positive example of a built-in rule. */
export function randomSecretFor(ruleId: string, seed = 1): string {
  for (const pack of builtinPacks()) {
    const spec = pack.rules.find((r) => r.id === ruleId);
    const template = spec?.examples?.positive[0];
    if (template !== undefined) return compose(template, seed);
  }
  throw new Error(`randomSecretFor: no built-in rule "${ruleId}" with a positive example.`);
}
