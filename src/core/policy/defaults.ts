/**
 * The `policies:` settings when a config does not set them. On their own (not in evaluate.ts)
 * so that loading a config does not load the policy evaluator and its YAML front-matter parser.
 */
import type { PolicyConfig } from './types.js';

export const DEFAULT_POLICY_PATHS = ['policies/**/*.md', 'SECURITY.md', 'docs/security/**/*.md'];
export const DEFAULT_TEMPLATE_PHRASES = ['clean desk', 'filing cabinet'];

export function defaultPolicyConfig(): PolicyConfig {
  return {
    paths: [...DEFAULT_POLICY_PATHS],
    reviewInterval: { amount: 12, unit: 'month' },
    warnBefore: { amount: 30, unit: 'day' },
    block: { ci: true, hook: false },
    templatePhrases: [...DEFAULT_TEMPLATE_PHRASES],
    fallback: 'none',
  };
}
