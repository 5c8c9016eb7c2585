/**
 * Look-alikes that are never real credentials: documentation examples, placeholders,
 * variable references and obviously synthetic values. Pure functions of the secret value.
 */

/** Variable references and template syntax: the value is read from elsewhere. */
const REFERENCE =
  /<[^<>\s]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|%\([^)]*\)s|process\.env|os\.environ|os\.getenv|ENV\[|getenv\(/i;
/**
 * A whole value that names a variable in the syntax of Windows and of .NET tooling: `%VAR%`
 * (cmd, and what NuGet expands in nuget.config), `$(VAR)` (MSBuild, Azure Pipelines),
 * `$env:VAR` (PowerShell), `#{VAR}#` (Octopus and Azure DevOps token replacement).
 */
const WHOLE_REFERENCE =
  /^(?:%[A-Za-z_][\w.]*%|\$\([A-Za-z_][\w.]*\)|\$env:[A-Za-z_]\w*|#\{[^{}\s]+\}#?)$/;

/** Placeholder runs: XXXX, xxxx, ****, ####, ...., 000000. */
const PLACEHOLDER_RUN = /[xX]{4,}|\*{4,}|#{4,}|\.{4,}|0{6,}/;
/** Long values (keys, JWTs) hold short runs by chance: demand longer ones. */
const LONG_PLACEHOLDER_RUN = /[xX]{8,}|\*{6,}|#{6,}|\.{6,}|0{10,}/;
const LONG_VALUE = 100;

/** Words that mark a value as a stand-in (case-insensitive). */
const PLACEHOLDER_WORDS =
  /changeme|change_me|redacted|dummy|example|placeholder|your_|your-|yourkey|insert|sample|fake|replace_?me|notreal|not_real/i;

/**
 * Values published in specifications and SDKs and copied into libraries, docstrings and tests:
 * the OAuth 2.0 (RFC 6749) and OAuth 1.0 (RFC 5849) example tokens, codes and client secrets,
 * the HTTP Basic examples of RFC 6749 (s6BhdRkqt3:gX1fBat3bV) and RFC 7617, and the SDK test
 * constants listed with their sources below. Documented in README ("Known examples").
 */
const DOCUMENTED_VALUES = new Set([
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'SplxlOBeZQQYbYS6WxSbIA',
  '7Fjfp0ZBr1KtDRbnfVdmIw',
  'mF_9.B5f-4.1JqM',
  'dpf43f3p2l4k3l03',
  'kd94hf93k423kf44',
  'hh5s93j4hdidpola',
  'hdk48Djdsa',
  'nnch734d00sl2jdk',
  'pfkkdhi9sl3r4s00',
  '9djdj82h48djs9d2',
  'kkk9d7dh3k39sjv7',
  'ad180jjd733klru7',
  'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
  'gX1fBat3bV',
  'QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
  'dGVzdDoxMjPCow==',
  // Test constants published by SDKs and copied into many public repositories' tests:
  // - the Standard Webhooks test vector (github.com/standard-webhooks/standard-webhooks, the
  //   test suites of its libraries in every language; also in Svix's documentation);
  ['whsec_', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'].join(''),
  'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  // - AWS's documented example access key and secret key (docs.aws.amazon.com, IAM user guide
  //   "Managing access keys"), also caught by the `example` placeholder word.
  ['AKIAIOSFODNN7', 'EXAMPLE'].join(''),
  ['wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'].join(''),
  // - the sample Google API keys of Firebase's Android SDK (github.com/firebase/firebase-android-sdk,
  //   its test fixtures and sample configurations), which other scanners' default configs also
  //   treat as known examples.
  ...[
    'Syabcdefghijklmnopqrstuvwxyz1234567',
    'SyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
    'SyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
    'SyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
    'SyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
    'yDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
    'SyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
    'SyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
    'SyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
    'SyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
    'SyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
    'SyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
    'SyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
    'SyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
    'SyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
    'SyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
  ].map((rest) => `AIza${rest}`),
]);

/** The generic rule also treats `test` as a stand-in; provider test-mode keys are real. */
const GENERIC_ONLY_WORDS = /test/i;

/** At least this many consecutive ascending characters (abcdef, 123456) is synthetic. */
const SEQUENCE_LENGTH = 6;

function hasSequentialRun(value: string): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    const previous = value.charCodeAt(i - 1);
    const current = value.charCodeAt(i);
    const alnum =
      (current >= 48 && current <= 57) ||
      (current >= 65 && current <= 90) ||
      (current >= 97 && current <= 122);
    if (alnum && current === previous + 1) {
      run++;
      if (run >= SEQUENCE_LENGTH) return true;
    } else {
      run = 1;
    }
  }
  return false;
}

/** Occurrences of each ASCII code unit in the value being checked (all zero between calls). */
const COUNTS = new Int32Array(128);
/** The distinct ASCII code units seen so far in that value. */
const SEEN = new Uint8Array(128);

/** One character makes up most of the value (aaaaaaaa, ghp_AAAAAAAA…). */
function isMostlyOneCharacter(value: string): boolean {
  if (value.length < 8) return false;
  const limit = value.length * 0.6;
  let distinct = 0;
  let found = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128) {
      found = isMostlyOneOfAny(value);
      break;
    }
    const count = COUNTS[code]! + 1;
    if (count === 1) SEEN[distinct++] = code;
    COUNTS[code] = count;
    if (count > limit) {
      found = true;
      break;
    }
  }
  for (let k = 0; k < distinct; k++) COUNTS[SEEN[k]!] = 0;
  return found;
}

function isMostlyOneOfAny(value: string): boolean {
  const counts = new Map<number, number>();
  const limit = value.length * 0.6;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const count = (counts.get(code) ?? 0) + 1;
    if (count > limit) return true;
    counts.set(code, count);
  }
  return false;
}

/**
 * Whether `secret` is a decoy. `generic` is true for the generic (non-provider) rule, which
 * additionally treats `test` as a placeholder word.
 */
export function isDecoy(secret: string, generic: boolean): boolean {
  return (
    DOCUMENTED_VALUES.has(secret) ||
    REFERENCE.test(secret) ||
    WHOLE_REFERENCE.test(secret) ||
    (secret.length > LONG_VALUE ? LONG_PLACEHOLDER_RUN : PLACEHOLDER_RUN).test(secret) ||
    PLACEHOLDER_WORDS.test(secret) ||
    (generic && GENERIC_ONLY_WORDS.test(secret)) ||
    isMostlyOneCharacter(secret) ||
    hasSequentialRun(secret)
  );
}
