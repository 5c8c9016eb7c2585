/**
 * One rule tester for every rule family, in the spirit of typescript-eslint's RuleTester: a
 * `valid` table (texts or changes no rule under test may report) and an `invalid` table (each
 * naming the rule ids and positions it must be reported at, and nothing else from the rules
 * under test). A duplicate case fails the table, and an invalid case that names no position
 * fails too. A family says how to run a case and what it found:
 *
 * - `secretFamily(specs)`: templates (src/rules/compose.ts) scanned by the compiled rules,
 *   positions `line:column` covered by the reported value;
 * - `reviewFamily(requirements)`: a change (files and added lines) judged by review
 *   requirements, positions `path:line` of the lines that triggered them;
 * - `policyFamily(now)`: policy documents judged by the policy rules, positions `path:line`.
 *
 * The built-in packs' `examples:` run through `packExamples()` (test/rules.test.ts), a user's
 * through `mandate rules --test` (src/rules/example-cases.ts, the same cases and comparison);
 * the review packs' case tables (`reviews-recommended`, `ai-services`) run through
 * `reviewFamily` (test/review/config-and-pack.test.ts, test/review/ai-services.test.ts), the
 * policy rules' table through `policyFamily` (test/policy/rule-table.test.ts).
 *
 * Long because it is the one tester: the table checks and a runner for each family.
 */
import { describe, expect, test } from 'vitest';
import { defaultPolicyConfig } from '../../src/core/policy/defaults.js';
import { evaluatePolicies } from '../../src/core/policy/evaluate.js';
import { POLICY_RULES } from '../../src/core/policy/rules.js';
import type { PolicyConfig } from '../../src/core/policy/types.js';
import type { ResolvedRequirement } from '../../src/core/review/evaluate.js';
import { evaluateReviews } from '../../src/core/review/evaluate.js';
import type { PullFile } from '../../src/core/review/types.js';
import type { RulePack, SecretRuleSpec } from '../../src/core/rule-spec.js';
import { type CompiledRules, compileRules } from '../../src/core/secret/compile.js';
import {
  type ExpectedFinding,
  exampleCases,
  type InvalidCase,
  runCase,
  type ValidCase,
} from '../../src/rules/example-cases.js';
import { fakeFacts, file } from '../review/fake-facts.js';

export type { ExpectedFinding, InvalidCase, ValidCase };

/** How one family runs a case: the problems with what it found (none when it passes). */
export interface Family<Valid, Invalid extends Valid> {
  /** The rule ids under test: only their findings count. */
  ruleIds: ReadonlySet<string>;
  /** The positions an invalid case expects (each must name a rule and a place). */
  positions(testCase: Invalid): readonly { ruleId: string; where: string }[];
  run(testCase: Valid | Invalid): Promise<string[]>;
  /** A stable key: two cases with the same key are duplicates. */
  key(testCase: Valid | Invalid): string;
}

export interface Tables<Valid, Invalid> {
  valid: readonly Valid[];
  invalid: readonly Invalid[];
}

function label(testCase: { name?: string }, fallback: string): string {
  return testCase.name ?? fallback;
}

/** What is wrong with the tables themselves: duplicate cases, invalid cases that name no place. */
export function tableProblems<Valid, Invalid extends Valid>(
  family: Family<Valid, Invalid>,
  tables: Tables<Valid, Invalid>,
): string[] {
  const problems: string[] = [];
  const keys = [...tables.valid, ...tables.invalid].map((c) => family.key(c));
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) problems.push(`duplicate case: ${JSON.stringify(key)}`);
    seen.add(key);
  }
  for (const testCase of tables.invalid) {
    const positions = family.positions(testCase);
    if (positions.length === 0) {
      problems.push(
        `invalid case names no expected finding: ${JSON.stringify(family.key(testCase))}`,
      );
    }
    for (const p of positions) {
      if (!family.ruleIds.has(p.ruleId)) problems.push(`${p.ruleId} is not a rule under test`);
      if (!/:\d+$/.test(p.where)) {
        problems.push(`${p.ruleId}: position ${p.where} is not line:column or path:line`);
      }
    }
  }
  return problems;
}

/** Registers one vitest test per case, plus the table checks, under `describe(name)`. */
export function ruleTester<Valid extends { name?: string }, Invalid extends Valid>(
  name: string,
  family: Family<Valid, Invalid>,
  tables: Tables<Valid, Invalid>,
): void {
  describe(name, () => {
    test('the tables have no duplicate case, and every invalid case names its positions', () => {
      expect(tableProblems(family, tables)).toEqual([]);
    });
    tables.valid.forEach((testCase, i) => {
      test(`valid: ${label(testCase, `case ${i + 1}`)}`, async () => {
        expect(await family.run(testCase)).toEqual([]);
      });
    });
    tables.invalid.forEach((testCase, i) => {
      test(`invalid: ${label(testCase, `case ${i + 1}`)}`, async () => {
        expect(await family.run(testCase)).toEqual([]);
      });
    });
  });
}

/** Rules compiled together, as a scan with no config allowlist compiles them. */
export function compileTogether(specs: readonly SecretRuleSpec[]): CompiledRules {
  return compileRules([...specs], {
    allowlist: { paths: [], regexes: [], stopwords: [] },
    overrides: {},
  });
}

function isCompiled(value: readonly SecretRuleSpec[] | CompiledRules): value is CompiledRules {
  return !Array.isArray(value);
}

/** Seeds each template is composed with: a case must hold for every one. */
export const SEEDS = [1, 2, 3] as const;

/**
 * Secret rules: `specs` are the rules under test, compiled together with `context` (all the
 * rules of a real scan, so that overlaps between rules show).
 */
export function secretFamily(
  specs: readonly SecretRuleSpec[],
  context: readonly SecretRuleSpec[] | CompiledRules = specs,
): Family<ValidCase, InvalidCase> {
  const rules = isCompiled(context) ? context : compileTogether(context);
  const ruleIds = new Set(specs.map((s) => s.id));
  return {
    ruleIds,
    positions: (c) => c.errors.map((e) => ({ ruleId: e.ruleId, where: `${e.line}:${e.column}` })),
    key: (c) => `${c.path ?? ''}\u0000${c.code}`,
    async run(testCase) {
      const problems: string[] = [];
      for (const seed of SEEDS) {
        // Positions derived from a template move with the seed; explicit ones do not.
        const { problems: found } = runCase(rules, testCase, ruleIds, seed);
        problems.push(...found.map((p) => `seed ${seed}: ${p}`));
      }
      return problems;
    },
  };
}

/** The built-in (or any) rules' `examples:` as tester tables, one rule after another. */
export function packExamples(specs: readonly SecretRuleSpec[]): Tables<ValidCase, InvalidCase> {
  const valid: ValidCase[] = [];
  const invalid: InvalidCase[] = [];
  for (const spec of specs) {
    const cases = exampleCases(spec);
    valid.push(...cases.valid);
    invalid.push(...cases.invalid);
  }
  return { valid, invalid };
}

/** A change judged by review requirements: files with their added lines. */
export interface ReviewCase {
  name?: string;
  files: PullFile[];
}

/** Where a review requirement must be triggered: a path, and the added line for content. */
export interface ExpectedTrigger {
  ruleId: string;
  path: string;
  /** The added line that triggered it; 0 for a path (glob) trigger. */
  line: number;
}

export interface InvalidReviewCase extends ReviewCase {
  errors: ExpectedTrigger[];
}

/** Review requirements, judged on a change with no approvals (what the hook previews). */
export function reviewFamily(
  requirements: readonly ResolvedRequirement[],
): Family<ReviewCase, InvalidReviewCase> {
  const ruleIds = new Set(requirements.map((r) => `review/${r.spec.name}`));
  return {
    ruleIds,
    positions: (c) => c.errors.map((e) => ({ ruleId: e.ruleId, where: `${e.path}:${e.line}` })),
    key: (c) =>
      JSON.stringify(c.files.map((f) => [f.path, f.status, f.added.map((l) => [l.line, l.text])])),
    async run(testCase) {
      const results = await evaluateReviews(
        [...requirements],
        fakeFacts({ files: testCase.files, reviews: [] }),
      );
      const found = results
        .filter((r) => r.status !== 'not-triggered')
        .flatMap((r) =>
          r.triggers.flatMap((t) =>
            t.kind === 'content'
              ? [`${r.ruleId} ${t.path}:${t.line}`]
              : t.kind === 'path'
                ? [`${r.ruleId} ${t.path}:0`]
                : [],
          ),
        );
      return compareFound(
        found,
        ('errors' in testCase ? (testCase as InvalidReviewCase).errors : []).map(
          (e) => `${e.ruleId} ${e.path}:${e.line}`,
        ),
      );
    },
  };
}

/** What differs between `rule path:line` lists found and expected. */
function compareFound(found: readonly string[], expected: readonly string[]): string[] {
  const missing = expected.filter((e) => !found.includes(e));
  const extra = found.filter((f) => !expected.includes(f));
  return [
    ...missing.map(
      (m) => `expected ${m}, found ${found.length === 0 ? 'nothing' : found.join(', ')}`,
    ),
    ...extra.map((f) => `did not expect ${f}`),
  ];
}

/** A policy document as the policy family reads it (a path, and its text). */
export interface PolicyCase {
  name?: string;
  path: string;
  text: string;
}

/** Where a policy rule must report a document: the rule and the line (1 for the document). */
export interface InvalidPolicyCase extends PolicyCase {
  errors: { ruleId: string; line: number }[];
}

/**
 * Policy rules (src/core/policy, rules/families/policy.yml): each document evaluated alone on
 * `now`, in CI, under `config` (the defaults unless given). Owners are not looked up here
 * (`policy/unknown-owner` needs the API: test/action/schedule.test.ts).
 */
export function policyFamily(
  now: Date,
  config: PolicyConfig = defaultPolicyConfig(),
): Family<PolicyCase, InvalidPolicyCase> {
  const ruleIds = new Set(Object.keys(POLICY_RULES));
  return {
    ruleIds,
    positions: (c) => c.errors.map((e) => ({ ruleId: e.ruleId, where: `${c.path}:${e.line}` })),
    key: (c) => `${c.path}\u0000${c.text}`,
    async run(testCase) {
      const { findings } = evaluatePolicies([{ path: testCase.path, text: testCase.text }], {
        config,
        context: { mode: 'ci', now },
      });
      return compareFound(
        findings.filter((f) => ruleIds.has(f.ruleId)).map((f) => `${f.ruleId} ${f.path}:${f.line}`),
        ('errors' in testCase ? (testCase as InvalidPolicyCase).errors : []).map(
          (e) => `${e.ruleId} ${testCase.path}:${e.line}`,
        ),
      );
    },
  };
}

/**
 * A review pack's case tables: each `[requirement, path, added lines]` must trigger exactly
 * `review/<requirement>`, at its first added line when the requirement has a content pattern
 * and by its path (line 0) otherwise; each quiet `[path, added lines]` triggers nothing.
 */
export function reviewPackTables(
  pack: RulePack,
  cases: readonly (readonly [name: string, path: string, lines: string[]])[],
  quiet: readonly (readonly [path: string, lines: string[]])[],
): Tables<ReviewCase, InvalidReviewCase> {
  const line = (name: string) =>
    pack.reviews?.find((review) => review.name === name)?.when.content === undefined ? 0 : 1;
  return {
    valid: quiet.map(([path, lines]) => ({
      name: `nothing for ${path} ${JSON.stringify(lines)}`,
      files: [file(path, lines)],
    })),
    invalid: cases.map(([name, path, lines]) => ({
      name: `${name}: ${path} ${JSON.stringify(lines)}`,
      files: [file(path, lines)],
      errors: [{ ruleId: `review/${name}`, path, line: line(name) }],
    })),
  };
}

/** An expected secret finding, for hand-written invalid cases. */
export function at(ruleId: string, line: number, column: number): ExpectedFinding {
  return { ruleId, line, column };
}
