/**
 * The guardrail families' raw findings on one file, as the engine's one pass over a change set
 * judges it (core/engine.ts `fileOutcome`), with no secret rule beside them.
 */
import { fileOutcome, filePass } from '../../src/core/engine.js';
import type { Guardrails } from '../../src/core/guardrails.js';
import { compileRules } from '../../src/core/secret/compile.js';
import type { ChangedFile, RawFinding } from '../../src/core/types.js';

const NO_SECRET_RULES = compileRules([], {
  allowlist: { paths: [], regexes: [], stopwords: [] },
  overrides: {},
});

export function guardrailFindings(file: ChangedFile, guardrails: Guardrails): RawFinding[] {
  const outcome = fileOutcome(file, filePass(NO_SECRET_RULES, guardrails.families));
  return outcome.kind === 'allowlisted' ? [] : (outcome.raw ?? []);
}
