import type { ReviewRequirementSpec } from './review/types.js';
import type { Severity } from './types.js';

/**
 * Offline structural checks that tell real credentials from look-alikes.
 * Each is implemented in src/core/secret/validators.ts.
 */
export type ValidatorName =
  | 'github-checksum' // ghp_/gho_/ghu_/ghs_/ghr_ + 30 random + CRC32 base62 (6)
  | 'npm-checksum' // npm_ + 30 random + CRC32 base62 (6)
  | 'openai-marker' // contains T3BlbkFJ ("OpenAI" in base64)
  | 'groq-marker' // contains WGdyb3FY
  | 'jwt' // header and payload decode to JSON objects
  | 'private-key' // a PEM body with plausible base64 of reasonable length
  | 'connection-uri' // a password that is not a placeholder / variable reference
  | 'password' // the captured value alone is a plausible password (command-line options)
  | 'basic-auth' // base64 of user:password with a plausible password (HTTP Basic, Docker auth)
  | 'gcp-service-account'; // JSON with "type": "service_account" and a private_key

export interface RuleAllowlist {
  /** Regexes tested against the secret value; a match drops the finding. */
  regexes?: string[];
  /** Case-insensitive substrings of the secret value that drop the finding. */
  stopwords?: string[];
  /** Globs (minimatch) of paths where the rule does not apply. */
  paths?: string[];
}

/** A template for a rule example; see test/support/compose.ts for the `{{…}}` generators. */
export type ExampleTemplate = string;

/** A secret rule as written in a rule pack (rules/*.yml) or in a user's `.mandate.yml`. */
export interface SecretRuleSpec {
  /** `secret/<kebab-name>`. */
  id: string;
  title: string;
  provider: string;
  description: string;
  severity: Severity;
  /** Defaults to true. The generic rule sets false: it warns. */
  blocking?: boolean;
  /** Case-insensitive literals; the regex runs only when one of them occurs in the text. */
  keywords: string[];
  /** JavaScript regex source. A named group `secret` marks the value; else the whole match. */
  regex: string;
  /** Extra regex flags; only `i` is allowed (the engine adds `g`). */
  flags?: 'i';
  /** Minimum Shannon entropy (bits per character) of the secret value. */
  entropy?: number;
  validator?: ValidatorName;
  allowlist?: RuleAllowlist;
  /** How to fix: rotate where, then remove. */
  remediation: string;
  tags?: string[];
  /** Composed at test time; no secret-shaped literal is ever stored. */
  examples?: { positive: ExampleTemplate[]; negative: ExampleTemplate[] };
}

export interface RulePack {
  name: string;
  description: string;
  rules: SecretRuleSpec[];
  /** Review requirements (a review pack such as `reviews-recommended`); absent in secret packs. */
  reviews?: ReviewRequirementSpec[];
}
