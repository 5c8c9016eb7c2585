/**
 * Code identifiers are not keys. A rule that finds a value by the provider name before it
 * (`mistral…: <32 alphanumerics>`) also finds type and member names after that name
 * (`mistral: MistralTranscriptionModelOptions`); such a value is letters only, made of words.
 */

/** Tags of rules that find a value by the name before it (see isCodeIdentifier). */
export const CONTEXT_TAGS: readonly string[] = ['keyword-anchored'];
/**
 * Tags of rules whose value a person chooses (a password, a passphrase): words joined by dashes
 * are a passphrase there, not a name (see isKebabName).
 */
export const CHOSEN_VALUE_TAGS: readonly string[] = ['password'];

/**
 * One word of an identifier: an acronym run (`AD` in `AzureADToken`), or an optionally
 * capitalised lower-case run. Each character has one way to match: linear.
 */
const WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g;
const LETTERS = /^[A-Za-z_$]+$/;
/** The dashes of a kebab-case name (isKebabName reads its parts as snake_case words). */
const KEBAB = /-+/g;
const LOWER = /[a-z]/;
const VOWEL = /[aeiouy]/i;

/** Mean word length at or above which letters read as words, not noise. */
const MEAN_WORD = 3.5;

/**
 * Whether `value` has the shape of a code identifier: letters (and `_` `$`) only — no digit,
 * which 99.6 % of random 32-character alphanumeric keys hold — made of CamelCase or
 * snake_case words that read as words: a mean length of 3.5 letters or more, at most a quarter
 * (at least one allowed) of 1–2 letters, at most two acronyms inside a word run, and at most
 * one word of three or more letters without a vowel (`Cfg`). Random mixed-case letters change
 * case every second character or so: about 0.4 % of letters-only 32-character values pass,
 * so about 1 in 60,000 random 32-alphanumeric keys (test/rules/real-codebases.test.ts).
 * `MistralTranscriptionModelOptions`, `BedrockMistralChatCompleteConfig`,
 * `AzureADTokenProvider` and `MISTRAL_CHAT_COMPLETION_OPTIONS` are identifiers.
 */
export function isCodeIdentifier(value: string): boolean {
  if (!LETTERS.test(value)) return false;
  let words = 0;
  let letters = 0;
  let short = 0;
  let acronyms = 0;
  let voiceless = 0;
  for (const part of value.split(/[_$]+/)) {
    for (const word of part.match(WORD) ?? []) {
      words++;
      letters += word.length;
      if (word.length <= 2) short++;
      const lower = LOWER.test(word);
      if (!lower && word.length >= 2 && word !== part) acronyms++;
      if (lower && word.length >= 3 && !VOWEL.test(word)) voiceless++;
    }
  }
  return (
    words > 0 &&
    letters / words >= MEAN_WORD &&
    short <= Math.max(1, words / 4) &&
    acronyms <= 2 &&
    voiceless <= 1
  );
}

/**
 * Whether `value` is a kebab-case name made of words (`exoscale-production-api-credentials`,
 * `prefers-color-scheme-light-only`): letters and `-` only, its parts words as isCodeIdentifier
 * reads them. A Kubernetes secret's or a bucket's name after a provider's name, not that
 * provider's key, which is random (and holds a digit). Only for rules that find a generated key
 * by the name before it: the generic rule and the password rules (CHOSEN_VALUE_TAGS) keep such
 * values, since a passphrase (`correct-horse-battery-staple`) is words joined by dashes.
 */
export function isKebabName(value: string): boolean {
  return value.includes('-') && isCodeIdentifier(value.replace(KEBAB, '_'));
}

/** A type name as code writes it: starts with a capital, letters and at most two digits. */
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
const DIGIT = /[0-9]/g;

/**
 * Whether the value at `at` of `text` is an unquoted type annotation (`tokenProvider:
 * AzureADTokenProvider`, `credentials: OAuth2CredentialsProvider`): a `:` then only blanks
 * before it (no opening quote), and a type name made of words (at most two digits, dropped
 * before the word test). An unquoted YAML value (`password: Xk9s8d7fQ2`) is not: random
 * characters do not make words.
 */
export function isTypeAnnotation(text: string, at: number, value: string): boolean {
  if (!TYPE_NAME.test(value)) return false;
  if ((value.match(DIGIT)?.length ?? 0) > 2) return false;
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (text[i] !== ':') return false;
  return isCodeIdentifier(value.replace(DIGIT, ''));
}

/** Whether the UTF-16 code unit is an ASCII upper-case letter. */
function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether the UTF-16 code unit is an ASCII lower-case letter. */
function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Whether a name found at `at` in `text` starts a word or a camelCase part of one, as a
 * provider name before a value must (rules tagged `keyword-anchored`): after no letter
 * (`OKTA_API_TOKEN`, `okta.token`, `"okta"`), after a lower-case letter when it starts
 * upper-case (`myOktaToken`), or as the last capital before a lower-case run (`HTTPOkta`).
 * Not inside a word: `rookTable` holds `okTa`, which is not Okta. Case-sensitive on purpose —
 * the rules' own regexes are case-insensitive, so this check cannot be a look-behind in them.
 */
export function isWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (!isUpper(before) && !isLower(before)) return true;
  const first = text.charCodeAt(at);
  if (!isUpper(first)) return false;
  return isLower(before) || isLower(text.charCodeAt(at + 1));
}
