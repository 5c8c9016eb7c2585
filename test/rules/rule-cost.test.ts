/**
 * Rule cost stays bounded: every built-in secret rule's regex must be keyword-led (every match
 * starts with one of its keywords), lead-led (every match starts with a literal of 3 or more
 * characters) or anchored (every match holds a literal a bounded distance from its start). The
 * engine then tries the regex only near those places, never from every position of a file, so
 * one new rule cannot halve directory throughput. A rule that is none of these fails here by
 * id; rewrite it to start with its keyword or its token prefix (for a token whose fixed part is
 * in the middle, capture it in a look-ahead and repeat the part up to the literal after it, so
 * the literal is at the top level: rules/recommended.d/cloud.yml, secret/azure-search-key).
 *
 * The rules of rules/recommended.yml that predate this test and that the engine's analysis
 * (src/core/secret/anchor.ts) cannot yet classify — mostly prefixes written as a nested
 * alternation, `(?<secret>(?:AKIA|ASIA)…)`, which are cheap in practice — are listed in
 * UNCLASSIFIED. The list may only shrink: a listed rule that becomes bounded fails the test
 * until it is removed from the list.
 */
import { describe, expect, test } from 'vitest';
import { compileRules } from '../../src/core/secret/compile.js';
import { builtinPacks } from '../../src/rules/packs.js';

const packs = builtinPacks().filter((pack) => pack.rules.length > 0);
const UNCLASSIFIED: readonly string[] = [
  'secret/aws-access-key-id',
  'secret/azure-storage-account-key',
  'secret/azure-shared-access-key',
  'secret/azure-ad-client-secret',
  'secret/heroku-legacy-api-key',
  'secret/cloudflare-api-token',
  'secret/vercel-token',
  'secret/discord-bot-token',
  'secret/twilio-auth-token',
  'secret/huggingface-token',
  'secret/wandb-legacy-api-key',
  'secret/mistral-api-key',
  'secret/deepseek-api-key',
  'secret/together-api-key',
  'secret/voyage-api-key',
  'secret/elevenlabs-api-key',
  'secret/assemblyai-api-key',
  'secret/deepgram-api-key',
  'secret/asana-token',
  'secret/dropbox-token',
  'secret/okta-api-token',
  'secret/postgres-uri',
  'secret/mongodb-uri',
  'secret/redis-uri',
  'secret/amqp-uri',
  'secret/service-uri',
  'secret/curl-credentials',
  'secret/kafka-jaas-password',
];

const options = { allowlist: { paths: [], regexes: [], stopwords: [] }, overrides: {} };

/**
 * The literal a regex starts with after its leading zero-width look-behinds (and the opening of
 * a `secret` group): the regex engine itself skips ahead to it. '' when there is none, or when
 * the regex is case-insensitive and the literal has letters.
 */
function leadingLiteral(source: string, flags: string): string {
  let rest = source;
  for (;;) {
    const lookbehind = /^\(\?<[!=](?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\[\]])*\)/.exec(rest);
    if (lookbehind === null) break;
    rest = rest.slice(lookbehind[0].length);
  }
  if (rest.startsWith('(?<secret>')) rest = rest.slice('(?<secret>'.length);
  let literal = '';
  for (let i = 0; i < rest.length; i++) {
    let c = rest[i] ?? '';
    let width = 1;
    if (c === '\\') {
      const next = rest[i + 1] ?? '';
      if (/[A-Za-z0-9]/.test(next)) break; // a class (\w, \d), an assertion or a code
      c = next;
      width = 2;
    } else if ('^$.|?*+()[]{}'.includes(c)) break;
    const after = rest[i + width] ?? '';
    if ('?*{'.includes(after) && after !== '') break; // optional or counted: not a sure start
    literal += c;
    if (after === '+') break;
    i += width - 1;
  }
  if (flags.includes('i') && literal.toLowerCase() !== literal.toUpperCase()) return '';
  return literal;
}

/** How the engine runs each rule of a pack: keyword-led, lead, anchor, or from every position. */
function strategies(rules: (typeof packs)[number]['rules']) {
  const compiled = compileRules(rules, options);
  return compiled.rules.map((rule, i) => ({
    id: rule.id,
    how:
      leadingLiteral(rules[i]?.regex ?? '', rules[i]?.flags ?? '').length >= 3
        ? 'literal'
        : rule.anchor !== null
          ? 'anchor'
          : rule.leads !== null
            ? 'leads'
            : rule.keywordLed !== null
              ? 'keyword-led'
              : 'every position',
  }));
}

describe('rule cost', () => {
  test.each(packs.map((pack) => [pack.name, pack] as const))(
    'every rule of the %s pack is keyword-led, lead-led or anchored',
    (_name, pack) => {
      const unbounded = strategies(pack.rules)
        .filter((rule) => rule.how === 'every position')
        .map((rule) => rule.id);
      expect(
        unbounded.filter((id) => !UNCLASSIFIED.includes(id)),
        'rules the engine would run from every position of a file',
      ).toEqual([]);
      if (pack.name === 'recommended') {
        const bounded = UNCLASSIFIED.filter((id) => !unbounded.includes(id));
        expect(bounded, 'now bounded (or gone): remove them from UNCLASSIFIED').toEqual([]);
      }
    },
  );

  test('the check itself tells an unbounded regex from a keyword-led one', () => {
    const rule = (id: string, regex: string, flags?: 'i') => ({
      id,
      title: 'A test rule',
      provider: 'Test',
      description: 'A rule for the cost test.',
      severity: 'high' as const,
      keywords: ['acme'],
      regex,
      ...(flags === undefined ? {} : { flags }),
      remediation: 'Nothing to rotate: this rule exists only inside a test of the engine.',
    });
    const result = strategies([
      rule('secret/led', '(?:acme)[\\w.-]{0,20}?\\s*=\\s*(?<secret>[a-f0-9]{32})', 'i'),
      rule('secret/prefix', '(?<![A-Za-z0-9])(?<secret>acme_[a-f0-9]{32})'),
      rule(
        'secret/unbounded',
        '[A-Za-z_]{1,40}acme\\s*=\\s*(?<secret>[a-f0-9]{32})|x(?<x>acme)',
        'i',
      ),
    ]);
    expect(result.find((r) => r.id === 'secret/led')?.how).not.toBe('every position');
    expect(result.find((r) => r.id === 'secret/prefix')?.how).not.toBe('every position');
    expect(result.find((r) => r.id === 'secret/unbounded')?.how).toBe('every position');
  });

  test('a leading literal counts only when the regex engine can skip to it', () => {
    expect(leadingLiteral('(?<![\\w-])(?<secret>hooks\\.slack\\.com/x)', '')).toBe(
      'hooks.slack.com/x',
    );
    expect(leadingLiteral('_gitlab_session=(?<secret>[a-z]{32})', '')).toBe('_gitlab_session=');
    expect(leadingLiteral('abcd?e', '')).toBe('abc');
    expect(leadingLiteral('[a-z]acme', '')).toBe('');
    expect(leadingLiteral('\\\\"auth\\\\"[ ]', '')).toBe('\\"auth\\"');
    expect(leadingLiteral('acme[\\w]', 'i')).toBe('');
  });
});
