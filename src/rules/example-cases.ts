/**
 * A rule's own examples as test cases, in the spirit of ESLint's RuleTester: each positive
 * example is an *invalid* case that must be reported by its rule at a position (line, column),
 * each negative example a *valid* case that its rule must not report. One implementation serves
 * the built-in packs' tests (test/support/rule-tester.ts) and `mandate rules --test`, which
 * checks a user's custom rules against their own `examples:`. Pure: no I/O.
 */

import { redact } from '../core/redact.js';
import type { SecretRuleSpec } from '../core/rule-spec.js';
import type { CompiledRules } from '../core/secret/compile.js';
import { scanFile } from '../core/secret/scan-file.js';
import type { ChangedFile } from '../core/types.js';
import { composeDetailed } from './compose.js';

/** Where a finding is expected: its rule, and a (line, column) its value covers (1-based). */
export interface ExpectedFinding {
  ruleId: string;
  line: number;
  column: number;
  /**
   * Other columns the value may cover instead: a template without `{{mark}}` names every value
   * it generates on the line, since which of them is the secret is the rule's to say.
   */
  orColumns?: readonly number[];
}

/** A text no rule under test may report. `code` is a template (src/rules/compose.ts). */
export interface ValidCase {
  name?: string;
  code: string;
  /** The file the text is scanned as (path-scoped allowlists and rules read it). */
  path?: string;
}

/** A text that must be reported exactly as `errors` say (and by no other rule under test). */
export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

/** A finding as a case reports it: never the secret, only its redacted form. */
export interface FoundFinding {
  ruleId: string;
  line: number;
  column: number;
  /** Characters of the value on its first line (the span a column must fall in). */
  width: number;
  redacted: string;
}

export const DEFAULT_EXAMPLE_PATH = 'src/settings.txt';

/** `text` as the whole of one added file at `path` (the shape every paths scan yields). */
export function addedFile(path: string, text: string): ChangedFile {
  return {
    path,
    status: 'added',
    hunks: [{ startLine: 1, text }],
    size: text.length,
    lines: text.split('\n').length,
    binary: false,
  };
}

/** Scans `text` as one added file with `rules`: the findings, redacted. */
export function findSecrets(
  rules: CompiledRules,
  text: string,
  path = DEFAULT_EXAMPLE_PATH,
): FoundFinding[] {
  return scanFile(addedFile(path, text), rules).map((f) => ({
    ruleId: f.ruleId,
    line: f.line,
    column: f.column,
    width: Math.max(1, f.secret.split('\n')[0]?.length ?? 1),
    redacted: redact(f.secret),
  }));
}

function covers(found: FoundFinding, expected: ExpectedFinding): boolean {
  return (
    found.ruleId === expected.ruleId &&
    found.line === expected.line &&
    [expected.column, ...(expected.orColumns ?? [])].some(
      (column) => found.column <= column && column < found.column + found.width,
    )
  );
}

function describeFound(found: readonly FoundFinding[]): string {
  return found.length === 0
    ? 'nothing'
    : found.map((f) => `${f.ruleId} at ${f.line}:${f.column} (${f.redacted})`).join(', ');
}

/**
 * What is wrong with a case's findings, as sentences (none when it passes). Only findings of
 * `underTest` count as unexpected: other rules may report the same text.
 */
export function caseProblems(
  expected: readonly ExpectedFinding[],
  found: readonly FoundFinding[],
  underTest: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const relevant = found.filter((f) => underTest.has(f.ruleId));
  for (const want of expected) {
    if (!relevant.some((f) => covers(f, want))) {
      problems.push(
        `expected ${want.ruleId} at ${want.line}:${want.column}, found ${describeFound(relevant)}`,
      );
    }
  }
  const extra = relevant.filter((f) => !expected.some((want) => covers(f, want)));
  if (extra.length > 0 && expected.length === 0) {
    problems.push(`expected no finding, found ${describeFound(extra)}`);
  } else if (extra.length > 0 && problems.length === 0) {
    problems.push(`expected only the findings named, also found ${describeFound(extra)}`);
  }
  return problems;
}

/**
 * Where a positive template expects its finding: the line of `{{mark}}`, else of the first
 * generated value; the columns of the values generated on that line.
 */
function expectedPosition(
  template: string,
  seed: number,
): { line: number; column: number; orColumns?: number[] } {
  const composed = composeDetailed(template, seed);
  const line = composed.line;
  const lines = composed.text.split('\n');
  const lineStart = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  const lineEnd = lineStart + (lines[line - 1]?.length ?? 0);
  const columns: number[] = [];
  let from = lineStart;
  for (const value of composed.generated) {
    const first = value.split('\n')[0] ?? '';
    const at = first === '' ? -1 : composed.text.indexOf(first, from);
    if (at < 0 || at > lineEnd) continue;
    columns.push(at - lineStart + 1);
    from = at + first.length;
  }
  // A line with no generated value (a PEM's BEGIN line): the finding starts at `{{mark}}`.
  if (columns.length === 0 && composed.markColumn !== undefined) columns.push(composed.markColumn);
  const [column = 1, ...orColumns] = columns;
  return orColumns.length === 0 ? { line, column } : { line, column, orColumns };
}

/** A rule's `examples:` as cases: negatives are valid, positives invalid at their position. */
export function exampleCases(
  spec: SecretRuleSpec,
  seed = 1,
): { valid: ValidCase[]; invalid: InvalidCase[] } {
  const positives = spec.examples?.positive ?? [];
  const negatives = spec.examples?.negative ?? [];
  return {
    valid: negatives.map((code, i) => ({ name: `${spec.id} negative example ${i + 1}`, code })),
    invalid: positives.map((code, i) => ({
      name: `${spec.id} positive example ${i + 1}`,
      code,
      errors: [{ ruleId: spec.id, ...expectedPosition(code, seed) }],
    })),
  };
}

/** One case, run: the composed text's findings and what is wrong with them. */
export function runCase(
  rules: CompiledRules,
  testCase: ValidCase | InvalidCase,
  underTest: ReadonlySet<string>,
  seed = 1,
): { found: FoundFinding[]; problems: string[] } {
  const text = composeDetailed(testCase.code, seed).text;
  const found = findSecrets(rules, text, testCase.path);
  const expected = 'errors' in testCase ? testCase.errors : [];
  return { found, problems: caseProblems(expected, found, underTest) };
}

/** A failing example of a user's rule, said so that it can be fixed (values redacted). */
export interface ExampleFailure {
  ruleId: string;
  example: string;
  template: string;
  problems: string[];
}

/** Every custom rule's examples against the rules in force: the failures, in rule order. */
export function checkRuleExamples(
  specs: readonly SecretRuleSpec[],
  rules: CompiledRules,
): { cases: number; failures: ExampleFailure[] } {
  let cases = 0;
  const failures: ExampleFailure[] = [];
  for (const spec of specs) {
    const { valid, invalid } = exampleCases(spec);
    for (const testCase of [...invalid, ...valid]) {
      cases++;
      const { problems } = runCase(rules, testCase, new Set([spec.id]));
      if (problems.length > 0) {
        failures.push({
          ruleId: spec.id,
          example: testCase.name ?? spec.id,
          template: testCase.code,
          problems,
        });
      }
    }
  }
  return { cases, failures };
}
