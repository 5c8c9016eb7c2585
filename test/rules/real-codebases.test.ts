/**
 * Issue 18: right on real AI codebases. Realistic files built at run time: code identifiers
 * after a provider's name, both `whsec_` formats, Google OAuth tokens in recorded cassettes,
 * placeholder credentials, and what the generic rule must not warn about.
 */
import { describe, expect, test } from 'vitest';
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { isCodeIdentifier } from '../../src/core/secret/identifier.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import type { RawFinding } from '../../src/core/types.js';
import { addedFile } from '../../src/rules/example-cases.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { captureSecret, compose, examplesFor, mulberry32 } from '../support/compose.js';

const specs: SecretRuleSpec[] = builtinPacks().flatMap((pack) => pack.rules);
const compiled = compileRules(specs, {
  allowlist: { paths: [], regexes: [], stopwords: [] },
  overrides: {},
});

function scan(text: string, path = 'src/app.ts'): RawFinding[] {
  return scanFile(addedFile(path, text), compiled);
}

/** Blocks under the default policy (fail_on: high); the generic rule's finding yields. */
function blocksOrYields(finding: RawFinding): boolean {
  if (finding.ruleId.startsWith('secret/generic-')) return true;
  return finding.blocking && (finding.severity === 'critical' || finding.severity === 'high');
}

const ids = (findings: RawFinding[]) => findings.map((f) => f.ruleId);
/**
 * The provider rules that found something (the generic rule's finding on the same value yields
 * to them when findings are post-processed).
 */
const specific = (findings: RawFinding[]) =>
  ids(findings).filter((id) => !id.startsWith('secret/generic-'));

describe('item 2: keyword-led rules never match code identifiers', () => {
  const contextRules = specs.filter((spec) => spec.tags?.includes('keyword-anchored'));

  /** Words of real SDK type and member names, to build identifiers of any length. */
  const WORDS = [
    'Mistral',
    'Transcription',
    'Model',
    'Options',
    'Bedrock',
    'Chat',
    'Complete',
    'Config',
    'Azure',
    'Token',
    'Provider',
    'Request',
    'Response',
    'Handler',
    'Stream',
    'Event',
    'Client',
    'Factory',
    'Builder',
    'Params',
    'Settings',
    'Embedding',
    'Default',
    'Async',
    'Tool',
    'Schema',
    'Input',
    'Output',
    'Voyage',
    'Cohere',
    'Together',
    'Deepgram',
    'Vercel',
    'Cloudflare',
  ];
  const FILL: Record<number, string> = {
    2: 'Id',
    3: 'Api',
    4: 'Chat',
    5: 'Model',
    6: 'Stream',
    7: 'Request',
    8: 'Response',
  };

  /** A CamelCase identifier of exactly `length` letters (length ≥ 2), deterministic per seed. */
  function identifier(length: number, seed: number): string {
    const random = mulberry32(seed);
    let out = '';
    while (length - out.length > 8) {
      const word = WORDS[Math.floor(random() * WORDS.length)]!;
      if (length - out.length - word.length >= 2 || length - out.length === word.length) {
        out += word;
      }
    }
    return out + (FILL[length - out.length] ?? '');
  }

  test('the identifiers of the field report are identifiers; random keys are not', () => {
    for (const name of [
      'MistralTranscriptionModelOptions',
      'BedrockMistralChatCompleteConfig',
      'AzureADTokenProvider',
      'MISTRAL_CHAT_COMPLETION_OPTIONS',
      'mistral_chat_completion_options',
      'getHTTPResponseCode',
      'CohereEmbedRequestTruncateOptionsCfg',
      'XMLHttpRequestEventTarget',
    ]) {
      expect(isCodeIdentifier(name), name).toBe(true);
    }
    // Random letters-only values (the 0.4 % of 32-alphanumeric keys without a digit) are not.
    const random = mulberry32(18);
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    let taken = 0;
    for (let i = 0; i < 20_000; i++) {
      let value = '';
      for (let k = 0; k < 32; k++) value += letters[Math.floor(random() * letters.length)];
      if (isCodeIdentifier(value)) taken++;
    }
    // About 0.4 % of letters-only values (themselves 0.4 % of random 32-alphanumeric keys).
    expect(taken).toBeLessThan(20_000 * 0.006);
    // Of random 32-alphanumeric keys, about 1 in 60,000: at most one of these 2,000 seeds.
    let alnum = 0;
    for (let i = 0; i < 2_000; i++) if (isCodeIdentifier(compose('{{alnum:32}}', i))) alnum++;
    expect(alnum).toBeLessThanOrEqual(1);
    expect(isCodeIdentifier(compose('{{alnum:32}}', 3))).toBe(false);
    expect(isCodeIdentifier('Mistral7bInstructV2ModelOptions')).toBe(false);
  });

  test.each([
    'providerOptions: { mistral: MistralTranscriptionModelOptions };',
    "import type { MistralChatModelId, BedrockMistralChatCompleteConfig } from './types';",
    'export type MistralOptions = MistralTranscriptionModelOptions;',
    '  mistral: BedrockMistralChatCompleteConfig,',
    'def mistral_client(config: MistralTranscriptionModelOptions):',
  ])('Mistral: %s is not a key', (line) => {
    expect(ids(scan(line))).toEqual([]);
  });

  test('a real-looking Mistral key still blocks', () => {
    const findings = scan(compose('client = Mistral(api_key="{{alnum:32}}")', 7));
    expect(specific(findings)).toEqual(['secret/mistral-api-key']);
    expect(findings.every(blocksOrYields)).toBe(true);
  });

  test('every keyword-anchored rule: an identifier in place of its secret is not reported', () => {
    let exercised = 0;
    for (const spec of contextRules) {
      for (const [i, example] of examplesFor(spec)
        .filter((e) => e.kind === 'positive')
        .entries()) {
        const secret = captureSecret(spec, example.text);
        if (secret === undefined) continue;
        const name = identifier(secret.length, i + 1);
        const text = example.text.replace(secret, name);
        // Only where the rule's own pattern accepts the identifier is the check exercised.
        if (captureSecret(spec, text) !== name) continue;
        exercised++;
        expect(
          scan(text).filter((f) => f.ruleId === spec.id),
          `${spec.id} reported the identifier ${name}`,
        ).toEqual([]);
      }
    }
    // Mistral, Cohere, Vercel, Cloudflare, Voyage…: the alphanumeric ones.
    expect(exercised).toBeGreaterThanOrEqual(6);
  });

  /** A kebab-case name of exactly `length` characters (length ≥ 10), deterministic per seed. */
  function kebab(length: number, seed: number): string {
    const random = mulberry32(seed);
    let out = '';
    while (length - out.length > 9) {
      const word = WORDS[Math.floor(random() * WORDS.length)]!.toLowerCase();
      const piece = out === '' ? word : `-${word}`;
      if (length - out.length - piece.length >= 3) out += piece;
    }
    return `${out}-${FILL[length - out.length - 1]!.toLowerCase()}`;
  }

  test('every keyword-anchored rule for a generated key: a kebab-case name in place of its secret is not reported', () => {
    let exercised = 0;
    for (const spec of contextRules.filter((rule) => !rule.tags?.includes('password'))) {
      for (const [i, example] of examplesFor(spec)
        .filter((e) => e.kind === 'positive')
        .entries()) {
        const secret = captureSecret(spec, example.text);
        if (secret === undefined || secret.length < 10) continue;
        const name = kebab(secret.length, i + 1);
        const text = example.text.replace(secret, name);
        // Only where the rule's own pattern accepts the name is the check exercised.
        if (captureSecret(spec, text) !== name) continue;
        exercised++;
        expect(
          scan(text).filter((f) => f.ruleId === spec.id),
          `${spec.id} reported the name ${name}`,
        ).toEqual([]);
      }
    }
    // Exoscale, LightOn, Infomaniak…: the rules whose values may hold a dash.
    expect(exercised).toBeGreaterThanOrEqual(6);
  });

  test.each([
    'exoscale_secret_name: "exoscale-production-api-credentials-in-kubernetes"',
    'lighton_mode: prefers-color-scheme-light-only-with-high-contrast',
  ])('%s is a name, not a key', (line) => {
    expect(specific(scan(line))).toEqual([]);
  });

  test('a passphrase of words is still a password to a password rule (tag `password`)', () => {
    // Composed at run time: this repository's own scan must pass.
    const words = ['correct', 'horse', 'battery', 'staple'].join('-');
    const line = `<add key="ClearTextPassword" value="${words}" />`;
    expect(specific(scan(line, 'nuget.config'))).toEqual(['secret/nuget-config-password']);
  });

  test('aws-secret-access-key is keyword-anchored too', () => {
    expect(contextRules.map((spec) => spec.id)).toContain('secret/aws-secret-access-key');
    expect(
      ids(scan('aws_secret_access_key: AwsSecretAccessKeyCredentialsProviderCfg')),
    ).not.toContain('secret/aws-secret-access-key');
  });
});

describe('item 4: whsec_ secrets named right', () => {
  test('whsec_ + base64 (Standard Webhooks: Svix, OpenAI) is its own rule with its own fix', () => {
    const findings = scan(
      compose('const wh = new Webhook("{{lit:whsec_}}{{base64:20}}{{lit:+}}{{base64:11}}");', 4),
    );
    expect(specific(findings)).toEqual(['secret/standard-webhooks-secret']);
    expect(findings.every(blocksOrYields)).toBe(true);
    const rule = specs.find((spec) => spec.id === 'secret/standard-webhooks-secret')!;
    expect(rule.remediation).not.toMatch(/Stripe/);
    expect(rule.remediation).toMatch(/Svix/);
  });

  test('whsec_ + alphanumerics (Stripe) stays Stripe, with the Stripe fix', () => {
    const findings = scan(compose('STRIPE_WEBHOOK_SECRET={{lit:whsec_}}{{alnum:32}}', 5));
    expect(specific(findings)).toEqual(['secret/stripe-webhook-secret']);
    const rule = specs.find((spec) => spec.id === 'secret/stripe-webhook-secret')!;
    expect(rule.remediation).toMatch(/Stripe Dashboard/);
  });

  test('the Standard Webhooks test vector published in its libraries is a known example', () => {
    const vector = ['whsec_', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'].join('');
    expect(ids(scan(`const wh = new Webhook("${vector}");`))).toEqual([]);
  });
});

describe('item 5: Google OAuth tokens block, in cassettes as anywhere', () => {
  const refresh = () => compose('{{lit:1//0}}{{base64url:99}}', 11);
  const access = () => compose('{{lit:ya29}}{{lit:.}}{{base64url:150}}', 12);

  test('VCR YAML cassette: the token response body', () => {
    const cassette = [
      'interactions:',
      '- request:',
      '    body: grant_type=refresh_token&client_id=123.apps.googleusercontent.com',
      '    method: POST',
      '    uri: https://oauth2.googleapis.com/token',
      '  response:',
      '    body:',
      `      string: '{"access_token": "${access()}", "expires_in": 3599, "refresh_token": "${refresh()}", "token_type": "Bearer"}'`,
      '    status: {code: 200, message: OK}',
    ].join('\n');
    const findings = scan(cassette, 'tests/cassettes/test_drive_upload.yaml');
    expect(specific(findings).sort()).toEqual([
      'secret/google-oauth-access-token',
      'secret/google-oauth-refresh-token',
    ]);
    expect(findings.every(blocksOrYields)).toBe(true);
  });

  test('VCR YAML cassette: the Authorization header of a request', () => {
    const cassette = [
      '- request:',
      '    headers:',
      `      Authorization: [Bearer ${access()}]`,
      '    uri: https://www.googleapis.com/drive/v3/files',
    ].join('\n');
    const findings = scan(cassette, 'tests/fixtures/vcr_cassettes/drive.yml');
    expect(ids(findings)).toEqual(['secret/google-oauth-access-token']);
  });

  test('Polly JSON recording and HAR (escaped JSON inside JSON)', () => {
    const body = JSON.stringify({ access_token: access(), refresh_token: refresh() });
    const har = JSON.stringify(
      {
        log: {
          entries: [
            {
              request: {
                headers: [{ name: 'authorization', value: `Bearer ${access()}` }],
              },
              response: { content: { mimeType: 'application/json', text: body } },
            },
          ],
        },
      },
      null,
      2,
    );
    for (const path of ['__recordings__/google_1/recording.har', 'test/fixtures/auth.har']) {
      const found = ids(scan(har, path));
      expect(found).toContain('secret/google-oauth-refresh-token');
      expect(found).toContain('secret/google-oauth-access-token');
      expect(found).not.toContain('secret/generic-secret');
    }
  });

  test('a refresh token in a credentials file, and placeholders that are not tokens', () => {
    const findings = scan(`{"type": "authorized_user", "refresh_token": "${refresh()}"}`);
    expect(specific(findings)).toEqual(['secret/google-oauth-refresh-token']);
    expect(ids(scan('"refresh_token": "1//0-your-refresh-token"'))).toEqual([]);
    expect(ids(scan('Authorization: Bearer ya29.<access-token>'))).toEqual([]);
  });
});

describe('item 3: placeholders by meaning', () => {
  const basic = (userPassword: string) => Buffer.from(userPassword, 'utf8').toString('base64');

  test.each([
    'user1:password123',
    'test:secret1',
    'admin:admin',
    'admin:password1',
    'root:root123',
    'alice:secret',
    'testuser:testpass',
    'demo:demo2024',
  ])('Basic %s (a placeholder user and password) does not block', (pair) => {
    const text = `    headers = {"Authorization": "Basic ${basic(pair)}"}`;
    expect(specific(scan(text, 'tests/test_client.py'))).toEqual([]);
  });

  test.each([
    'postgres://user1:password123@localhost:5432/app',
    'mysql://test:secret1@db/test',
    'redis://admin:admin@cache:6379/0',
    'amqp://guest:guest@rabbit:5672/',
  ])('URI %s (placeholder credentials) does not block', (uri) => {
    expect(specific(scan(`DATABASE_URL="${uri}"`, 'docker-compose.test.yml'))).toEqual([]);
  });

  test('a real-looking password still blocks, whatever the user name', () => {
    const password = compose('{{alnum:18}}', 21);
    const text = `    headers = {"Authorization": "Basic ${basic(`admin:${password}`)}"}`;
    expect(specific(scan(text))).toEqual(['secret/basic-auth-credentials']);
    const uri = `DATABASE_URL="postgres://user1:${password}@db.internal:5432/app"`;
    expect(specific(scan(uri))).toEqual(['secret/postgres-uri']);
    // A placeholder password is a placeholder only beside a placeholder user.
    const service = `    headers = {"Authorization": "Basic ${basic('svc-billing-export:Password123')}"}`;
    expect(specific(scan(service))).toEqual(['secret/basic-auth-credentials']);
  });

  test("AWS's documented example keys are known examples", () => {
    const id = ['AKIAIOSFODNN7', 'EXAMPLE'].join('');
    const key = ['wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'].join('');
    const text = `aws_access_key_id = ${id}\naws_secret_access_key = ${key}\n`;
    expect(ids(scan(text, 'docs/aws.md'))).toEqual([]);
  });
});

describe('item 6: fewer generic warnings', () => {
  const generic = (text: string) => ids(scan(text)).filter((id) => id === 'secret/generic-secret');

  test.each([
    'credential_id="{{alnum:24}}"',
    '  "api_token_id": "{{alnum:32}}",',
    'const apiTokenId = "{{alnum:20}}";',
    'SECRET_NAME={{alnum:6}}-{{alnum:12}}',
    '  secretName: prod{{alnum:16}}',
    'TOKEN_IDS={{alnum:20}}',
    'passwordName: {{alnum:20}}',
  ])('a name ending in _id / Id / _name is not a secret: %s', (template) => {
    expect(generic(compose(template, 31))).toEqual([]);
  });

  test.each([
    '    tokenProvider: AzureADTokenProvider,',
    'def refresh(credentials: OAuth2CredentialsProvider) -> None:',
    '  private readonly secretStore: SecretManagerServiceClient;',
    'fun sign(signingKey: JwtSigningKeyResolver): String',
    '    api_key: ClientAPIKeyHeaderProvider',
    "  token: 'AzureADTokenProvider',",
  ])('a type annotation or identifier is not a secret: %s', (line) => {
    expect(generic(line)).toEqual([]);
  });

  test.each([
    'DB_PASSWORD={{alnum:24}}',
    'password: {{alnum:18}}',
    '  client_secret: {{base64url:40}}',
    'apiToken: Xk9{{alnum:16}}',
  ])('a value still warns: %s', (template) => {
    expect(generic(compose(template, 32))).toEqual(['secret/generic-secret']);
  });
});
