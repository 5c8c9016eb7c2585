/**
 * The config schema's descriptions are what editors show: every rule id they name must exist —
 * a built-in secret rule, a review requirement of a built-in pack, a guardrail or policy rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARDRAIL_RULE_IDS } from '../../src/core/guardrails.js';
import { POLICY_RULES } from '../../src/core/policy/rules.js';
import { builtinPacks } from '../../src/rules/packs.js';

const SCHEMA = readFileSync(join(__dirname, '../../schema/mandate.schema.json'), 'utf8');

/** Rule ids named in backticks in the schema's descriptions. */
function namedIds(): string[] {
  const ids = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'description' && typeof value === 'string') {
          for (const m of value.matchAll(
            /`((?:review|artifact|personal-data|policy)\/[a-z0-9-]+)`/g,
          ))
            ids.add(m[1]!);
        } else walk(value);
      }
    }
  };
  walk(JSON.parse(SCHEMA));
  return [...ids].sort();
}

describe('the config schema names only rules that exist', () => {
  it('every review/, artifact/, personal-data/ and policy/ id in a description is real', () => {
    const packs = builtinPacks();
    const known = new Set<string>([
      ...packs.flatMap((pack) => (pack.reviews ?? []).map((spec) => `review/${spec.name}`)),
      // Requirements the runtime adds: inline allows, artifacts under review, CODEOWNERS.
      'review/inline-allow',
      'review/codeowners-any',
      'review/artifact',
      ...GUARDRAIL_RULE_IDS,
      ...Object.keys(POLICY_RULES),
    ]);
    const named = namedIds();
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !known.has(id))).toEqual([]);
  });
});
