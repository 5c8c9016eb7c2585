import { INCOMPLETE_REMEDIATION } from '../core/decision.js';
import type { AllowedFinding, Finding, RuleInfo, ScanResult } from '../core/types.js';

/** The findings of one rule, in the order the rule first occurs in the result. */
export interface RuleGroup {
  rule: RuleInfo;
  findings: Finding[];
}

const FALLBACK_REMEDIATION =
  'Remove the value from the code, and if it is a real credential, revoke it at its provider and issue a new one.';

/** The rule a finding came from, or a stand-in built from the finding when it is not listed. */
export function ruleFor(result: ScanResult, finding: Finding): RuleInfo {
  return (
    result.rules.find((r) => r.id === finding.ruleId) ?? {
      id: finding.ruleId,
      kind: finding.kind,
      title: finding.title ?? finding.ruleId,
      provider: finding.provider ?? '',
      severity: finding.severity,
      blocking: finding.blocking,
      description: finding.title ?? finding.ruleId,
      // An incomplete scan (`scan/incomplete`) is no value to remove: say how to complete it.
      remediation: finding.kind === 'scan' ? INCOMPLETE_REMEDIATION : FALLBACK_REMEDIATION,
      tags: [],
    }
  );
}

/** One group per rule that produced a finding, in order of first occurrence. */
export function groupByRule(result: ScanResult): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const finding of result.findings) {
    let group = groups.get(finding.ruleId);
    if (group === undefined) {
      group = { rule: ruleFor(result, finding), findings: [] };
      groups.set(finding.ruleId, group);
    }
    group.findings.push(finding);
  }
  return [...groups.values()];
}

/** The rule's remediation, never empty. */
export function remediationOf(rule: RuleInfo): string {
  const text = rule.remediation.trim();
  return text === '' ? FALLBACK_REMEDIATION : text;
}

/** How to mark a false positive, as one sentence (for rule help, where no finding is known). */
export const FALSE_POSITIVE_HINT =
  'Not a secret? Add a comment containing `mandate:allow <reason>` on its line, ' +
  "or add the finding's fingerprint to .mandateignore with a reason.";

/** Findings in history cannot be fixed by editing the line: the secret stays in old commits. */
export const HISTORY_HINT =
  'Findings from git history stay in old commits: rotate the secret; editing the file does not remove it.';

/**
 * A secret in a Jupyter notebook is often in a cell's saved output, not its code: editing the
 * code leaves the printed value in the file until the output is cleared.
 */
export const NOTEBOOK_HINT =
  'In a notebook (.ipynb), a value printed by a cell stays in its saved output: clear the outputs (`jupyter nbconvert --clear-output --inplace NOTEBOOK.ipynb`, or `nbstripout NOTEBOOK.ipynb`), and run `nbstripout --install` so outputs are stripped on every commit.';

/** Whether any of the findings is in a notebook. */
export function inNotebook(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.path.toLowerCase().endsWith('.ipynb'));
}

/**
 * Whether an ignore entry could accept the findings: not an incomplete scan (kind `scan`), which
 * no ignore file, baseline or inline allow suppresses (its remediation says what does).
 */
export function ignorable(findings: readonly Finding[]): boolean {
  return !findings.every((f) => f.kind === 'scan');
}

/** The false-positive hint that introduces the fingerprint lines of a rule's findings. */
export function falsePositiveHint(findings: readonly Finding[]): string {
  const these = findings.length === 1 ? 'this line' : 'these lines';
  if (findings.every((f) => f.kind === 'policy')) {
    return `To accept it for now, add ${these} to .mandateignore with a reason (a stale policy's entry lapses with its next review):`;
  }
  return findings.every((f) => f.commit !== undefined)
    ? `Not a secret? Add ${these} to .mandateignore:`
    : `Not a secret? Add a comment \`mandate:allow <reason>\` on the line, or add ${these} to .mandateignore:`;
}

/** A `.mandateignore` line for a finding, ready to copy. */
export function ignoreLine(finding: Finding): string {
  return `${finding.fingerprint}  # <reason>`;
}

/** `12:5`, or `12-14:5` for a finding that spans lines. */
export function position(finding: Finding): string {
  const lines =
    finding.endLine > finding.line ? `${finding.line}-${finding.endLine}` : `${finding.line}`;
  return `${lines}:${finding.column}`;
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** The heading of the list of inline allows, e.g. "2 findings suppressed by inline allows". */
export function allowedHeading(allowed: readonly AllowedFinding[]): string {
  const n = allowed.length;
  return `${n} ${n === 1 ? 'finding' : 'findings'} suppressed by an inline allow (the author's reason, not a review):`;
}

/** Where an allowed finding is and the allow's reason, as plain text. */
export function allowedLine(f: AllowedFinding): string {
  return `${f.path}:${position(f)}  ${f.ruleId}  ${f.redacted}  ${f.allow.marker}: ${f.allow.reason}`;
}
