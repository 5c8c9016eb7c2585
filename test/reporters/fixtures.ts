/**
 * Hand-built ScanResults for the reporter tests. Fake secrets are composed at run time from a
 * seeded generator (deterministic, so golden files are stable) and never stored as literals.
 * Only their redacted form and fingerprint reach the Finding objects; `rawSecrets` lets the
 * tests assert that no report ever contains a raw value.
 */
import { createHash } from 'node:crypto';
import type { Finding, RuleInfo, ScanResult, Severity } from '../../src/core/types.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** mulberry32: a tiny seeded PRNG. */
function generator(seed: number): (alphabet: string, length: number) => string {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (alphabet, length) =>
    Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

const random = generator(0x5eed);

/** A secret-shaped value: a provider prefix (split so no literal prefix appears) + noise. */
export function composeSecret(prefixParts: string[], length: number): string {
  const prefix = prefixParts.join('');
  return prefix + random(ALNUM, length - prefix.length);
}

export function sha256hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Same shape as the pipeline's redact(): a short prefix (or a PEM header) and the length. */
export function redactForTest(secret: string): string {
  const length = `(${secret.length.toLocaleString('en-US')} chars)`;
  const pem = /^-----BEGIN ([A-Z ]+)-----/.exec(secret);
  if (pem !== null) return `-----BEGIN ${pem[1]}…${length}`;
  return `${secret.slice(0, Math.min(6, Math.floor(secret.length / 5)))}…${length}`;
}

export function rule(
  id: string,
  title: string,
  severity: Severity,
  blocking = true,
  remediation = `Revoke the ${title} at its provider, issue a new one, and remove it from the code.`,
): RuleInfo {
  return {
    id,
    kind: 'secret',
    title,
    provider: title.split(' ')[0] ?? 'generic',
    severity,
    blocking,
    description: `Detects a ${title}.`,
    remediation,
    tags: ['secret', title.split(' ')[0]!.toLowerCase()],
  };
}

export const RULES: RuleInfo[] = [
  rule('secret/aws-access-key-id', 'AWS access key ID', 'critical'),
  rule('secret/private-key', 'Private key', 'critical'),
  rule('secret/openai-api-key', 'OpenAI API key', 'high'),
  rule('secret/github-token', 'GitHub token', 'high'),
  rule(
    'secret/generic-high-entropy',
    'Generic high-entropy secret',
    'medium',
    false,
    'If this is a credential, move it to a secret store and rotate it.',
  ),
];

/** The raw values behind the findings: for absence checks only. */
export const rawSecrets: string[] = [];

export function finding(
  r: RuleInfo,
  path: string,
  at: { line: number; column: number; endLine?: number },
  secret: string,
  extra: Partial<Pick<Finding, 'commit' | 'author' | 'date' | 'blocking'>> = {},
): Finding {
  rawSecrets.push(secret);
  return {
    ruleId: r.id,
    kind: r.kind,
    severity: r.severity,
    path,
    line: at.line,
    endLine: at.endLine ?? at.line,
    column: at.column,
    message: `${r.title} found.`,
    redacted: redactForTest(secret),
    fingerprint: `${r.id}:${path}:${sha256hex(secret)}`,
    blocking: r.blocking,
    title: r.title,
    provider: r.provider,
    ...extra,
  };
}

const byId = (id: string): RuleInfo => RULES.find((r) => r.id === id)!;

export function emptyStats(): ScanResult['stats'] {
  return {
    files: 0,
    bytes: 0,
    lines: 0,
    durationMs: 0,
    skipped: {},
    suppressed: { inline: 0, ignoreFile: 0, baseline: 0, allowlist: 0 },
  };
}

/** (a) a pass with no findings. */
export function passResult(): ScanResult {
  return {
    decision: 'pass',
    reasons: [],
    unblock: [],
    findings: [],
    stats: { ...emptyStats(), files: 3, bytes: 2_048, lines: 42, durationMs: 7 },
    rules: RULES,
    unusedIgnores: [],
    scope: 'staged',
    description: 'staged changes',
  };
}

const openai = composeSecret(['sk', '-', 'proj', '-'], 164);
const pem = [
  ['-----BEGIN', 'PRIVATE KEY-----'].join(' '),
  random(ALNUM, 64),
  random(ALNUM, 64),
  random(ALNUM, 40),
  ['-----END', 'PRIVATE KEY-----'].join(' '),
].join('\n');
const github = composeSecret(['gh', 'p_'], 40);
const generic = random(ALNUM, 40);

/** (b) a block: three files (one with a space and non-ASCII), a multi-line finding, a history finding, a warning. */
export function blockResult(): ScanResult {
  return {
    decision: 'block',
    reasons: [
      '3 blocking secret findings (secret/private-key, secret/openai-api-key, secret/github-token).',
    ],
    unblock: [
      'Remove the secrets, rotate them at their provider, and commit again.',
      'If a finding is not a secret, add `# mandate:allow <reason>` on its line or its fingerprint to .mandateignore.',
    ],
    findings: [
      finding(
        byId('secret/private-key'),
        'docs/setup notes/über config.md',
        { line: 3, endLine: 7, column: 1 },
        pem,
      ),
      finding(byId('secret/openai-api-key'), 'scripts/deploy.sh', { line: 9, column: 14 }, openai, {
        commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
        author: 'Alice Example',
        date: '2024-05-01T10:00:00Z',
      }),
      finding(byId('secret/github-token'), 'src/config.ts', { line: 12, column: 5 }, github),
      finding(
        byId('secret/generic-high-entropy'),
        'src/config.ts',
        { line: 30, column: 18 },
        generic,
      ),
    ],
    stats: {
      files: 14,
      bytes: 52_345,
      lines: 1_203,
      durationMs: 84,
      commits: 12,
      skipped: { binary: 1, 'too-large': 1 },
      suppressed: { inline: 1, ignoreFile: 0, baseline: 0, allowlist: 2 },
    },
    rules: RULES,
    unusedIgnores: [
      {
        fingerprint: `secret/github-token:old/file.txt:${sha256hex('retired test value')}`,
        line: 7,
        reason: 'old test token',
      },
    ],
    scope: 'history',
    description: 'history of main',
  };
}
