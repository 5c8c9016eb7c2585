/**
 * The `policies:` settings when a config does not set them. On their own (not in evaluate.ts)
 * so that loading a config does not load the policy evaluator and its YAML front-matter parser.
 */
import type { PolicyConfig } from './types.js';

export const DEFAULT_POLICY_PATHS = ['policies/**/*.md', 'SECURITY.md', 'docs/security/**/*.md'];
/**
 * Phrases that are leftovers in any organisation's policy — the text a template or a word
 * processor puts where the author was meant to write — and never a topic a real policy covers
 * (a clear desk rule is ISO 27001 Annex A 7.7, so "clean desk" is not one). Bracketed and
 * templated placeholders (`[Company Name]`, `<COMPANY>`, `{{ … }}`, TBD, Lorem ipsum) are found
 * by template.ts whatever this list says.
 */
export const DEFAULT_TEMPLATE_PHRASES = [
  'click here to enter text',
  'click or tap here to enter text',
  'enter text here',
  'insert company name',
  'your company name',
  'company name here',
  'your organisation name',
  'your organization name',
  'delete as appropriate',
];

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
