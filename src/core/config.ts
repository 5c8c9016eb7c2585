import type { ArtifactConfig, PersonalDataConfig } from './guardrails.js';
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
  /**
   * `fingerprint_salt`: keys the fingerprints of secret findings (core/fingerprint.ts). Only the
   * repository's own config sets it, so every runtime computes the same fingerprints.
   */
  fingerprintSalt?: string;
  /** Rule ids switched off. */
  disable: string[];
  /** The user's own secret rules. */
  rules: SecretRuleSpec[];
  overrides: Record<string, RuleOverride>;
  allowlist: Allowlist;
  /**
   * Set when a central config is merged in: the repository's own allowlist, which applies to
   * every rule except `lockedRules` (resolveSecretRules folds it into those rules' own
   * allowlists; `allowlist` then holds only the central entries).
   */
  repoAllowlist?: Allowlist;
  /** Rule ids a central config locks: the repository's config cannot widen what they pass. */
  lockedRules?: string[];
  /** Policy documents and their freshness (`policies:`). */
  policies: PolicyConfig;
  /** Required reviews (`reviews:`), added to those of the packs in `extends`. */
  reviews?: ReviewRequirementSpec[];
  /** `review_settings:` — the security team, option defaults, CODEOWNERS import, break-glass. */
  reviewSettings?: ReviewSettings;
  /**
   * `inline_allow:` — `review`: an inline allow added in a pull request needs the security
   * team's approval (`review/inline-allow`). Absent or `allow`: it suppresses, traced.
   */
  inlineAllow?: 'allow' | 'review';
  /** `artifacts:` — the artifact family's settings (defaults: DEFAULT_ARTIFACT_CONFIG). */
  artifacts?: ArtifactConfig;
  /** `personal_data:` — the personal-data family's settings (DEFAULT_PERSONAL_DATA_CONFIG). */
  personalData?: PersonalDataConfig;
  /** `ai_services:` — AI services approved for use (no review for their SDKs and hosts). */
  aiServices?: { approved: string[] };
  /** Where the config came from: the file (null for built-in defaults) and its SHA-256. */
  source: { file: string | null; sha256: string | null };
}
