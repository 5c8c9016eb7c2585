/**
 * The policy family (core/family.ts): needs the policy documents the config names, evaluates
 * their front matter, due dates and template leftovers, and returns the findings with the
 * policy rules. `entries` (the register) travels beside the family's output.
 */
import type { Family, FamilyOutput } from '../family.js';
import type { Context } from '../types.js';
import { type EvaluateOptions, evaluatePolicies, type PolicyReport } from './evaluate.js';
import { POLICY_RULES } from './rules.js';
import type { PolicyDocument } from './types.js';

export interface PolicyInput extends Omit<EvaluateOptions, 'context'> {
  documents: PolicyDocument[];
}

/** A policy report as the family's output: its findings, and every policy rule to list. */
export function policyOutput(report: PolicyReport): FamilyOutput {
  return {
    findings: report.findings,
    rules: Object.values(POLICY_RULES),
    documents: report.entries.length,
  };
}

export const policyFamily: Family<PolicyInput> = {
  kind: 'policy',
  needs: ['policy-documents'],
  evaluate(input: PolicyInput, context: Context): FamilyOutput {
    const { documents, ...options } = input;
    return policyOutput(evaluatePolicies(documents, { ...options, context }));
  },
};
