import { describe, expect, test } from 'vitest';
import { isDecoy } from '../../src/core/secret/decoys.js';
import { shannonEntropy } from '../../src/core/secret/entropy.js';
import { Prefilter } from '../../src/core/secret/prefilter.js';
import { ALNUM, awsKeyId, generator, randomAlnum, stripeTestKey } from './helpers.js';

describe('shannonEntropy', () => {
  test.each([
    ['', 0],
    ['aaaa', 0],
    ['ab', 1],
    ['abab', 1],
    ['abcd', 2],
    ['0123456789abcdef', 4],
  ])('%j → %d bits/char', (value, expected) => {
    expect(shannonEntropy(value)).toBeCloseTo(expected, 10);
  });

  test('random base62 is close to log2(62) and above typical thresholds', () => {
    const value = generator(5)(ALNUM, 4000);
    expect(shannonEntropy(value)).toBeGreaterThan(5.9);
    expect(shannonEntropy(value)).toBeLessThanOrEqual(Math.log2(62));
    expect(shannonEntropy('password')).toBeLessThan(3);
  });
});

describe('isDecoy', () => {
  const aws = ['AK', 'IA'].join('');
  test.each([
    // [value, generic, expected]
    [`${aws}IOSFODNN7${'EXAM'}PLE`, false, true],
    [`${randomAlnum(30)}${'EXAM'}PLEKEY`, false, true],
    [`sk_live_${'X'.repeat(24)}`, false, true],
    [`sk_live_${'x'.repeat(4)}${randomAlnum(20)}`, false, true],
    ['****************', true, true],
    [`sk_live_${'0'.repeat(24)}`, false, true],
    ['<YOUR_API_KEY>', true, true],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder is the input
    ['${API_KEY}', true, true],
    ['{{ secrets.API_KEY }}', true, true],
    ['%(api_key)s', true, true],
    ['process.env.API_KEY', true, true],
    ["os.environ['API_KEY']", true, true],
    ["os.getenv('API_KEY')", true, true],
    ["ENV['API_KEY']", true, true],
    // Whole-value references of Windows and .NET tooling (cmd, MSBuild, PowerShell, Octopus).
    ['%NUGET_FEED_PASSWORD%', false, true],
    ['$(NuGetFeedPassword)', true, true],
    ['$env:NUGET_FEED_PASSWORD', false, true],
    ['#{NugetFeedPassword}#', true, true],
    [`%${randomAlnum(12)}%${randomAlnum(8)}`, true, false],
    ['changeme-changeme', true, true],
    ['REDACTED', true, true],
    ['dummy-secret-value', true, true],
    ['placeholder-value-1', true, true],
    ['your_api_key_here', true, true],
    ['your-token-goes-here', true, true],
    ['insert-key-here-now', true, true],
    ['sample_key_abcdefg9', true, true],
    ['fake_key_q8w7e6r5t4', true, true],
    ['aaaaaaaaaaaaaaaaaaaa', true, true],
    [`ghp_${'A'.repeat(36)}`, false, true],
    ['abcdefghijklmnopqrstuvwx', true, true],
    ['Zq12345678901234567890', true, true],
    // `test` is a placeholder only for the generic rule: provider test-mode keys are real.
    [`test_${randomAlnum(20)}`, true, true],
    [stripeTestKey(), false, false],
    [`token_test_${randomAlnum(20)}`, false, false],
    // Real-looking values are kept.
    [awsKeyId(), false, false],
    [randomAlnum(32), true, false],
    [randomAlnum(40), false, false],
  ])('%j (generic=%s) → %s', (value, generic, expected) => {
    expect(isDecoy(value, generic)).toBe(expected);
  });

  test('random values are not decoys (no false decoys on 2000 samples)', () => {
    const gen = generator(11);
    let decoys = 0;
    for (let i = 0; i < 2000; i++) if (isDecoy(gen(ALNUM, 40), false)) decoys++;
    expect(decoys).toBe(0);
  });
});

describe('Prefilter', () => {
  // rule 0: ghp_ ; rule 1: sk_live_ / sk_test_ ; rule 2: key ; rule 3: api_key ; rule 4: a.b|c (regex chars)
  const prefilter = new Prefilter([
    ['ghp_'],
    ['sk_live_', 'sk_test_'],
    ['key'],
    ['api_key'],
    ['a.b|c'],
  ]);
  const candidates = (text: string) => {
    const out = new Uint8Array(prefilter.ruleCount);
    const count = prefilter.candidates(text, out);
    const rules = [...out.keys()].filter((i) => out[i] === 1);
    expect(count).toBe(rules.length);
    return rules;
  };

  test.each([
    ['nothing here', []],
    ['GHP_ in upper case', [0]],
    ['x = sk_test_abc', [1]],
    ['sk_live and sk_test_ and SK_LIVE_', [1]],
    ['the KEY', [2]],
    // `key` starts inside `api_key`: both rules become candidates.
    ['API_KEY=1', [2, 3]],
    ['a.b|c', [4]],
    ['axb|c', []],
    ['ghp_ sk_live_ api_key a.b|c', [0, 1, 2, 3, 4]],
    ['', []],
  ])('%j → rules %j', (text, expected) => {
    expect(candidates(text)).toEqual(expected);
  });

  test('the regex is trie-shaped: shared prefixes appear once', () => {
    const p = new Prefilter([['sk_live_', 'sk_test_'], ['sk-ant-'], ['ghp_', 'gho_']]);
    expect(p.source.match(/sk/g)?.length).toBe(1);
    expect(p.source.match(/gh/g)?.length).toBe(1);
    expect(() => new RegExp(p.source)).not.toThrow();
  });

  test('after a keyword keeps hitting (narrowing), later keywords are still found', () => {
    const p = new Prefilter([['password', 'passwd'], ['ghp_'], ['sk_live_']]);
    const out = new Uint8Array(3);
    const text = `${'password = x; passwd\n'.repeat(50)} then ghp_ at the end`;
    expect(p.candidates(text, out)).toBe(2);
    expect([...out]).toEqual([1, 1, 0]);
    // The narrowed regex is cached; a second text with other keywords still works.
    out.fill(0);
    expect(p.candidates(`${'password '.repeat(30)} SK_LIVE_`, out)).toBe(2);
    expect([...out]).toEqual([1, 0, 1]);
  });

  test('a keyword that is a prefix of another marks both when the longer one occurs', () => {
    const p = new Prefilter([['sk-'], ['sk-ant-']]);
    const out = new Uint8Array(2);
    expect(p.candidates('key: sk-ant-xyz', out)).toBe(2);
    out.fill(0);
    expect(p.candidates('key: sk-proj', out)).toBe(1);
    expect([...out]).toEqual([1, 0]);
  });
});
