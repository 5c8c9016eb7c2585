/**
 * Keyword-led rules (every match starts with one of the rule's keywords) are tried only at the
 * keyword starts the prefilter's automaton records. They must find exactly what a global scan
 * finds — checked here against the same rules scanned before the automaton exists (the
 * prefilter then runs its regex, which records no starts, and rules scan globally).
 */
import { describe, expect, test } from 'vitest';
import { isKeywordLed, ruleAnalysis } from '../../src/core/secret/anchor.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { Prefilter } from '../../src/core/secret/prefilter.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { mulberry32 } from '../support/compose.js';
import { ALNUM, EMPTY_ALLOWLIST, fileOf } from './helpers.js';

describe('isKeywordLed', () => {
  test.each([
    ['(?:password|token)\\s*=', ['password', 'token'], true],
    ['(?:password|api[_-]?key)=', ['password', 'apikey', 'api_key', 'api-key'], true],
    ['(?:password|api[_-]?key)=', ['password', 'api_key'], false], // `apikey` is no keyword
    ['(?:aws[\\w.-]{0,20}secret|secret_key)', ['aws', 'secret'], true],
    ['(?:passw?ord)', ['passord', 'password'], true],
    ['(?:passw?ord)', ['password'], false],
    ['(?:AKIA|ASIA)x', ['akia', 'asia'], true],
    // Not provable: led by a class, nested group, an optional lead, a second top-level branch.
    ['(?:[a-z]+token)', ['token'], false],
    ['(?:(?:a|b)token)', ['token'], false],
    ['(?:token)?=x', ['token'], false],
    ['x(?:token)', ['token'], false],
    ['(?:k?)x', ['k'], false],
    // A leading look-behind is zero-width; look-arounds after the literal do not move the start.
    ['(?<![\\w])(?:create|alter)\\s+user', ['create', 'alter'], true],
    ['(?:password(?<=host=[^;]{0,9};password)=|jdbc:oracle:)x', ['password', 'jdbc'], true],
    ['(?:(?<=x)password)=', ['password'], false],
    ['(?:(?:password|pwd)(?<=x;(?:password|pwd))=|jdbc:)', ['password', 'pwd', 'jdbc'], true],
    ['(?:(?:password|p[a-z]d)=)', ['password', 'pwd'], false],
    ['(?:password)=|secret', ['password', 'secret'], false],
    ['(?<![\\w])(?:token)|x', ['token'], false],
  ])('%s with %j → %s', (source, keywords, expected) => {
    expect(isKeywordLed(source, keywords)).toBe(expected);
  });
});

describe('the keywords a match can start with (RuleAnalysis.ledBy)', () => {
  test.each([
    // sql-password: `password` and `identified` are keywords, but no match starts with them.
    [
      '(?<![\\w])(?:create|alter|grant)\\s+user[^;]{0,20}password',
      ['identified', 'password', 'create', 'alter', 'grant'],
      ['create', 'alter', 'grant'],
    ],
    ['(?:password|api[_-]?key)=', ['password', 'apikey', 'api_key', 'api-key'], null],
    ['(?:password|api[_-]?key)=', ['password', 'apikey', 'api_key', 'api-key', 'api'], null],
    ['(?:passw?ord)', ['passord', 'password', 'word'], ['passord', 'password']],
    // A lead rule: the keywords its leads start with.
    ['(?<![\\w])(?:sk_live_|rk_live_)[a-z]{8}', ['sk_live_', 'rk_live_', 'live'], null],
    ['(?:token)?=x', ['token'], null],
  ])('%s with %j → %j', (source, keywords, expected) => {
    const ledBy = ruleAnalysis(source, 'g', keywords).ledBy;
    if (expected === null) {
      // Either every keyword may start a match, or the rule is not led by its keywords.
      if (ledBy !== null) expect(ledBy.length).toBeGreaterThan(0);
    } else {
      expect(ledBy).toEqual(expected);
    }
  });

  test('a keyword-led rule records and tries only the starts of its leading keywords', () => {
    const spec = {
      id: 'secret/test-sql',
      title: 'SQL password',
      provider: 'Test',
      description: 'x',
      remediation: 'x',
      severity: 'high' as const,
      flags: 'i' as const,
      keywords: ['password', 'create'],
      regex: "(?<![\\w])(?:create)\\s+user\\s+\\w+\\s+password\\s+'(?<secret>[^']{8,40})'",
    };
    const rules = compileRules([spec], { allowlist: EMPTY_ALLOWLIST, overrides: {} });
    const random = mulberry32(7);
    const value = Array.from({ length: 16 }, () => ALNUM[Math.floor(random() * ALNUM.length)]);
    const text = `password password\nCREATE USER ada PASSWORD '${value.join('')}'\n`;
    const starts: number[] = [];
    const ids: number[] = [];
    const out = new Uint8Array(1);
    rules.prefilter.candidates('x'.repeat(300), out, [], []); // builds the automaton
    out.fill(0);
    rules.prefilter.candidates(text, out, starts, ids);
    expect(starts).toEqual([text.indexOf('CREATE')]);
    expect(scanFile(fileOf('a.sql', text), rules).map((f) => f.line)).toEqual([2]);
  });
});

test('the automaton records the start of every occurrence of a positional keyword', () => {
  const keywords = [['token', 'secret'], ['akia'], ['ret']];
  const prefilter = new Prefilter(keywords, {
    automatonAfter: 0,
    positional: [true, false, true],
  });
  const text = 'x TOKEN=1 seCRET akia token';
  const starts: number[] = [];
  const out = new Uint8Array(3);
  expect(prefilter.candidates(text, out, starts)).toBe(3);
  expect(prefilter.recordsStarts).toBe(true);
  // `ret` ends inside `seCRET` (a suffix keyword); `akia` belongs to no positional rule.
  expect([...starts].sort((a, b) => a - b)).toEqual([2, 10, 13, 22]);
});

test('keyword-led rules find exactly what a global scan finds', () => {
  const specs = builtinPacks().flatMap((pack) => pack.rules ?? []);
  const options = { allowlist: EMPTY_ALLOWLIST, overrides: {} };
  // `global` stays on the prefilter's regex path, which records no keyword starts.
  const global = compileRules(specs, { ...options, automatonAfter: Number.POSITIVE_INFINITY });
  const led = compileRules(specs, options);
  const ledRules = led.rules.filter((rule) => rule.keywordLed !== null);
  expect(ledRules.map((rule) => rule.id)).toEqual(
    expect.arrayContaining(['secret/generic-secret', 'secret/aws-secret-access-key']),
  );
  scanFile(fileOf('warm.txt', 'x'), led); // the automaton is built on the first call
  scanFile(fileOf('warm.txt', 'x'), global);
  expect(led.prefilter.recordsStarts).toBe(true);
  expect(global.prefilter.recordsStarts).toBe(false);

  const random = mulberry32(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const value = (length: number) =>
    Array.from({ length }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join('');
  const words = [
    'PASSWORD',
    'db_password',
    'Token',
    'secret',
    'API-KEY',
    'aws_secret',
    'akia',
    'Server=db.internal;Database=app;User Id=app;Password',
    'jdbc:postgresql://db/app?user=app&password',
    'jdbc:oracle:thin:scott/',
    "CREATE USER app IDENTIFIED BY '",
    "alter role app with password '",
    'mysql://app:',
    'DD_API_KEY',
    'SUPABASE_SERVICE_ROLE_KEY',
    'COHERE_API_KEY',
    'Authorization: Bearer ',
    '"Authorization", "value": "token ',
    'Basic ',
    '"auth": "',
    'x_auth=',
    '_auth=',
    'SECRET_KEY = "',
    'app.SECRET_KEY = "',
    'secret_key_base: ',
    'app.secret_key = "',
    'APP_KEY=base64:',
  ];
  const glue = [' = "', '=', ': ', " => '", '\n', ' ', '_access_key: ', '@db.internal/app', ';'];
  const texts: string[] = [];
  for (let n = 0; n < 200; n++) {
    let text = '';
    for (let piece = 0; piece < 6; piece++) {
      text +=
        pick(words) + pick(glue) + value(Math.floor(random() * 44)) + pick(['"\n', ' ', '\n']);
    }
    texts.push(text);
  }
  let found = 0;
  for (const [i, text] of texts.entries()) {
    const file = fileOf(`t${i}.env`, text);
    const expected = scanFile(file, global);
    found += expected.length;
    expect(scanFile(file, led)).toEqual(expected);
  }
  expect(found).toBeGreaterThan(50); // the texts really exercise the rules
});

test('a rule led by several keywords walks their starts in order, each start once', () => {
  // Three keywords, one a prefix of another (two starts at one offset), matches that run over
  // later starts (tried only after the match), and the keyword of another rule between them.
  const specs = [
    {
      id: 'secret/multi-led',
      title: 'Multi',
      provider: 'test',
      description: 'keyword-led by three keywords',
      severity: 'high' as const,
      keywords: ['tok', 'token', 'key'],
      regex: '(?:token|tok|key)[=:](?<secret>[A-Za-z0-9:=]{6,40})',
      remediation: 'rotate it',
    },
    {
      id: 'secret/other-led',
      title: 'Other',
      provider: 'test',
      description: 'keyword-led by its own keyword',
      severity: 'high' as const,
      keywords: ['pass'],
      regex: '(?:pass)=(?<secret>[A-Za-z0-9]{6,40})',
      remediation: 'rotate it',
    },
  ];
  const options = { allowlist: EMPTY_ALLOWLIST, overrides: {} };
  const global = compileRules(specs, { ...options, automatonAfter: Number.POSITIVE_INFINITY });
  const led = compileRules(specs, options);
  expect(led.rules.map((rule) => rule.startIds?.length)).toEqual([3, 1]);
  scanFile(fileOf('warm.txt', 'x'), led);
  expect(led.prefilter.recordsStarts).toBe(true);
  const random = mulberry32(7);
  const pieces = ['token=', 'tok:', 'key=', 'pass=', 'TOKEN:', 'tokey=', ' ', '\n', 'x', '=', ':'];
  let found = 0;
  for (let n = 0; n < 300; n++) {
    let text = '';
    for (let k = 0; k < 12; k++) {
      text += pieces[Math.floor(random() * pieces.length)];
      text += ALNUM[Math.floor(random() * ALNUM.length)]!.repeat(Math.floor(random() * 9));
    }
    const file = fileOf(`t${n}.txt`, text);
    const expected = scanFile(file, global);
    found += expected.length;
    expect(scanFile(file, led)).toEqual(expected);
  }
  expect(found).toBeGreaterThan(100);
});
