import type { PolicyConfig } from './policy/types.js';
import type { ReviewRequirementSpec, ReviewSettings } from './review/types.js';
import type { SecretRuleSpec } from './rule-spec.js';
import type { Severity } from './types.js';

export interface Allowlist {
  /** minimatch globs of paths never scanned (matched against the POSIX relative path). */
  paths: string[];
  /** Regex sources tested against a secret value; a match drops the finding. */
  regexes: string[];
  /** Case-insensitive substrings of a secret value that drop the finding. */
  stopwords: string[];
}

export interface RuleOverride {
  severity?: Severity;
  blocking?: boolean;
}

/** A resolved `.mandate.yml` (defaults applied). Keys in the file are snake_case. */
export interface Config {
  /** Built-in packs, e.g. `recommended`. */
  extends: string[];
  /** Findings at or above this severity block (if their rule blocks). */
  failOn: Severity;
  /** Files larger than this many bytes are read and scanned in overlapping chunks of it. */
  maxFileSize: number;
  /** Rule ids switched off. */
  disable: string[];
  /** The user's own secret rules. */
  rules: SecretRuleSpec[];
  overrides: Record<string, RuleOverride>;
  allowlist: Allowlist;
  /** Policy documents and their freshness (`policies:`). */
  policies: PolicyConfig;
  /** Required reviews (`reviews:`), added to those of the packs in `extends`. */
  reviews?: ReviewRequirementSpec[];
  /** `review_settings:` — the security team, option defaults, CODEOWNERS import, break-glass. */
  reviewSettings?: ReviewSettings;
  /** Where the config came from: the file (null for built-in defaults) and its SHA-256. */
  source: { file: string | null; sha256: string | null };
}
