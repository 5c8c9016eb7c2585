/**
 * Small inline rules and generators for the engine tests. Fake secrets are generated at run
 * time from a seeded PRNG; no secret-shaped literal is stored here.
 */
import type { Allowlist, RuleOverride } from '../../src/core/config.js';
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import { type CompiledRules, compileRules } from '../../src/core/secret/compile.js';
import { githubChecksum } from '../../src/core/secret/validators.js';
import type { ChangedFile, ChangeSet } from '../../src/core/types.js';
import { mulberry32 } from '../support/compose.js';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const BASE64 = `${ALNUM}+/`;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A deterministic random string generator. */
export function generator(seed = 7): (alphabet: string, length: number) => string {
  const random = mulberry32(seed);
  return (alphabet, length) => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  };
}

const gen = generator(42);
export const randomAlnum = (length: number): string => gen(ALNUM, length);

/** `prefix` + 30 random + a correct (or deliberately wrong) checksum. */
export function checksummedToken(prefix: string, valid = true): string {
  const random = randomAlnum(30);
  const sum = githubChecksum(random);
  const wrong = sum === '000000' ? '000001' : `${sum.slice(0, 5)}${sum[5] === 'A' ? 'B' : 'A'}`;
  return `${prefix}${random}${valid ? sum : wrong}`;
}

export const ghToken = (valid = true): string => checksummedToken(['gh', 'p_'].join(''), valid);
export const stripeTestKey = (): string => `${['sk', 'test'].join('_')}_${randomAlnum(24)}`;
export const awsKeyId = (): string => `${['AK', 'IA'].join('')}${gen(BASE32, 16)}`;
export const genericValue = (): string => randomAlnum(24);

/** A PEM private key block with a random body of `lines` 64-char lines. */
export function pemKey(kind = 'RSA PRIVATE KEY', lines = 6, eol = '\n'): string {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(gen(BASE64, 64));
  const dashes = '-----';
  return [`${dashes}BEGIN ${kind}${dashes}`, ...body, `${dashes}END ${kind}${dashes}`].join(eol);
}

export function jwtOf(header: unknown, payload: unknown, signature = gen(ALNUM, 43)): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode(header)}.${encode(payload)}.${signature}`;
}

const PEM_KINDS = '(?:RSA |EC |ENCRYPTED |OPENSSH )?';

/** A bare GitHub-token rule (no validator, no anchors), for the time-budget and worker tests. */
export const GITHUB_TEST_SPEC: SecretRuleSpec = {
  id: 'secret/github-test',
  title: 'GitHub token',
  provider: 'github',
  description: 'a token',
  severity: 'high',
  keywords: ['ghp_'],
  regex: 'ghp_[A-Za-z0-9]{36}',
  remediation: 'rotate it',
};

/** Inline test rules, independent of the rule packs. */
export const TEST_RULES: SecretRuleSpec[] = [
  {
    id: 'secret/test-github',
    title: 'GitHub token',
    provider: 'GitHub',
    description: 'A GitHub personal access token.',
    severity: 'critical',
    keywords: ['ghp_'],
    regex: '(?<![A-Za-z0-9_])(?<secret>ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])',
    validator: 'github-checksum',
    remediation: 'Revoke it.',
  },
  {
    id: 'secret/test-stripe',
    title: 'Stripe key',
    provider: 'Stripe',
    description: 'A Stripe secret key.',
    severity: 'high',
    keywords: ['sk_live_', 'sk_test_'],
    regex: '(?<secret>sk_(?:live|test)_[A-Za-z0-9]{24,99})',
    entropy: 3,
    remediation: 'Roll it.',
  },
  {
    id: 'secret/test-aws',
    title: 'AWS access key id',
    provider: 'AWS',
    description: 'An AWS access key id.',
    severity: 'high',
    keywords: ['akia'],
    regex: '(?<![A-Z0-9])(?<secret>AKIA[A-Z2-7]{16})(?![A-Z0-9])',
    remediation: 'Deactivate it.',
  },
  {
    id: 'secret/test-private-key',
    title: 'Private key',
    provider: 'Cryptography',
    description: 'A PEM private key.',
    severity: 'critical',
    keywords: ['private key-----'],
    regex: `(?<secret>-----BEGIN ${PEM_KINDS}PRIVATE KEY-----[\\s\\S]{64,20000}?-----END ${PEM_KINDS}PRIVATE KEY-----)`,
    validator: 'private-key',
    tags: ['private-key'],
    remediation: 'Replace the key.',
  },
  {
    id: 'secret/test-uri',
    title: 'Password in URL',
    provider: 'Generic',
    description: 'A password in a URL.',
    severity: 'high',
    keywords: ['://'],
    regex:
      '[a-z][a-z0-9+.-]{1,20}://[^\\s:@/"\']{1,64}:(?<secret>[^\\s:@/"\']{3,128})@[A-Za-z0-9.-]+',
    validator: 'connection-uri',
    tags: ['generic', 'connection-string'],
    remediation: 'Rotate the password.',
  },
  {
    id: 'secret/generic-test',
    title: 'Generic secret',
    provider: 'Generic',
    description: 'A high-entropy value assigned to a secret-looking name.',
    severity: 'medium',
    blocking: false,
    keywords: ['password', 'secret', 'token'],
    regex:
      '(?:password|secret|token)[\\w.-]{0,20}["\']?\\s*[:=]\\s*["\']?(?<secret>[A-Za-z0-9+/_=-]{16,128})',
    flags: 'i',
    entropy: 3,
    tags: ['generic'],
    remediation: 'Move it to a secret store.',
  },
];

export const EMPTY_ALLOWLIST: Allowlist = { paths: [], regexes: [], stopwords: [] };

export function compileTestRules(
  options: {
    specs?: SecretRuleSpec[];
    allowlist?: Partial<Allowlist>;
    overrides?: Record<string, RuleOverride>;
  } = {},
): CompiledRules {
  return compileRules(options.specs ?? TEST_RULES, {
    allowlist: { ...EMPTY_ALLOWLIST, ...options.allowlist },
    overrides: options.overrides ?? {},
  });
}

/** A path-scan style file: one hunk holding the whole text. */
export function fileOf(path: string, text: string, startLine = 1): ChangedFile {
  return {
    path,
    status: 'added',
    hunks: [{ startLine, text }],
    size: Buffer.byteLength(text),
    lines: text.split('\n').length,
    binary: false,
  };
}

/** A file the source listed but could not read (`skipped: 'unreadable'`), with why if given. */
export function unreadable(path: string, because?: string): ChangedFile {
  return {
    path,
    status: 'unchanged',
    hunks: [],
    size: 0,
    lines: 0,
    binary: false,
    skipped: 'unreadable',
    ...(because === undefined ? {} : { unreadableBecause: because }),
  };
}

/** A change set streaming the given files, as a source would. */
export function changeSetOf(
  files: ChangedFile[],
  scope: ChangeSet['scope'] = 'paths',
  description = 'test files',
): ChangeSet {
  return {
    scope,
    description,
    files: (async function* () {
      yield* files;
    })(),
  };
}
