/**
 * The personal-data family: a data file (CSV/TSV, JSON/JSONL, SQL dump, notebook) that holds
 * personal data — e-mail addresses, phone numbers, payment card numbers, IBANs, US social
 * security numbers, Spanish DNIs — is a dataset that belongs in the approved data store, not in
 * git. Judged per file with thresholds (one e-mail in a docstring is not a dataset; a column of
 * them is), a `.json` file only when it looks like records (an array of objects, JSON Lines,
 * rows — not a tool's settings, a message catalog, a font or a source map), values checked
 * (values.ts: Luhn and IIN ranges, mod-97, SSN ranges, DNI letter), example domains
 * (RFC 2606/6761) and well-known test values excluded. The finding carries counts per type,
 * never a value. Pure: phone numbers are validated by a function the caller injects
 * (libphonenumber-js, loaded only when a data file is seen).
 */
import type { RawFinding } from '../types.js';
import {
  cardNetwork,
  dniValid,
  ibanValid,
  luhn,
  repetitive,
  ssnValid,
  TEST_CARDS,
  TEST_IBANS,
} from './values.js';

export type PiiType = 'email' | 'phone' | 'card' | 'iban' | 'ssn' | 'national-id';

export const PII_LABELS: Record<PiiType, string> = {
  email: 'e-mail address',
  phone: 'phone number',
  card: 'payment card number',
  iban: 'IBAN',
  ssn: 'US social security number',
  'national-id': 'national ID number',
};

export const PII_RULE = 'personal-data/dataset';

export interface PiiSettings {
  /** Globs are matched by the caller; here: extensions (lower case, no dot) of data files. */
  dataExtensions: readonly string[];
  /** Distinct e-mail addresses or phone numbers in one file that make it a dataset. */
  minContacts: number;
  /** Distinct card numbers, IBANs, SSNs or national IDs in one file that make it a dataset. */
  minSensitive: number;
}

export const DEFAULT_PII_SETTINGS: PiiSettings = {
  dataExtensions: ['csv', 'tsv', 'psv', 'json', 'jsonl', 'ndjson', 'sql', 'ipynb'],
  minContacts: 10,
  minSensitive: 3,
};

/** Whether `isPhone(candidate)` says a candidate is a real phone number. */
export type PhoneCheck = (candidate: string) => boolean;

/** JSON files that configure tools or lock dependencies: never datasets (and often large). */
const NOT_DATA =
  /^(?:package|package-lock|npm-shrinkwrap|composer|tsconfig(?:\.[\w-]+)?|jsconfig|biome|renovate|turbo|nx|lerna|deno|angular|app|manifest|\.?[\w-]*rc)\.json$|\.schema\.json$/i;

/**
 * A key that opens the next object of an array (`},{"id":`) or of JSON Lines (`}\n{"id":`), or
 * a string that opens the next row of an array of arrays (`],["`). Linear: literal anchors,
 * bounded runs.
 */
const NEXT_RECORD =
  /\}\s{0,64}(?:,\s{0,64})?\{\s{0,64}"([^"\\\n]{1,64})"\s{0,16}:|\]\s{0,64},\s{0,64}\[\s{0,64}"/g;

/**
 * Whether a JSON text looks like records — an array of objects (or JSON Lines) whose objects
 * open with the same key, or an array of rows — rather than a tool's configuration, a lockfile,
 * a source map, a message catalog, a schema or a font: objects keyed by name are not rows of
 * people. Two objects after the first that open with the same key are enough (a dataset has
 * many; the family's thresholds then judge what they hold).
 */
export function looksLikeRecords(text: string): boolean {
  const seen = new Map<string, number>();
  for (const m of text.matchAll(NEXT_RECORD)) {
    const key = m[1] ?? '[';
    const count = (seen.get(key) ?? 0) + 1;
    if (count >= 2) return true;
    seen.set(key, count);
  }
  return false;
}

/** Whether the family reads a data file's text only when it looks like records (JSON). */
function recordsOnly(path: string): boolean {
  return path.slice(path.lastIndexOf('.') + 1).toLowerCase() === 'json';
}

/** Whether a path is a data file the family reads. */
export function isDataFile(path: string, settings: PiiSettings = DEFAULT_PII_SETTINGS): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (NOT_DATA.test(base)) return false;
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return false;
  return settings.dataExtensions.includes(base.slice(dot + 1).toLowerCase());
}

export type PiiCounts = Partial<Record<PiiType, number>>;

// Linear patterns: bounded runs, no nested quantifiers over the same class.
// An e-mail address is found from its `@` (a literal V8 can skip to; a pattern that starts with
// the local part's class is tried at every character of a large JSON file): the domain by the
// pattern, the local part (1 to 64 of its characters) by walking back.
const EMAIL_DOMAIN = /@((?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24})\b/g;
const LOCAL_PART = /[A-Za-z0-9._%+-]/;

/** The e-mail addresses of a text, lower-cased, with their domains. */
function* emails(text: string): Generator<{ address: string; domain: string }> {
  for (const m of text.matchAll(EMAIL_DOMAIN)) {
    let start = m.index;
    while (start > 0 && m.index - start < 64 && LOCAL_PART.test(text[start - 1] ?? '')) start--;
    if (start === m.index) continue;
    yield { address: text.slice(start, m.index + m[0].length), domain: m[1] ?? '' };
  }
}
// A card number is 13 to 19 digits together, or grouped as printed: 4-4-4-1…7 (Visa, Mastercard,
// Discover…) or 4-6-4…5 (Amex, Diners), one separator throughout. Digits spaced any other way
// are numbers of something else (a font's glyph outlines, coordinates, a table of counts).
const CARD =
  /(?<![\d.-]|\d[ -])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{4,5})(?![\d.]|[ -]\d)/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b/g;
const SSN = /(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])/g;
const DNI = /\b(\d{8})-?([A-Z])\b/g;
/** The pre-checks of the passes above (no flag `g`: `test` keeps no state). */
const DIGIT_RUN = /\d{4}/;
const IBAN_START = /[A-Z]{2}\d{2}/;
const PHONE =
  /(?<![\w+])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\w])/g;

/** RFC 2606 / RFC 6761 names and the usual placeholders. */
const EXAMPLE_DOMAIN =
  /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost|local|domain\.com|email\.com|foo\.com|bar\.com|acme\.com|company\.com|yourcompany\.com|mycompany\.com|users\.noreply\.github\.com)$/i;

/** Distinct valid values per type in `text`. */
export function countPii(text: string, isPhone?: PhoneCheck): PiiCounts {
  const found: Record<PiiType, Set<string>> = {
    email: new Set(),
    phone: new Set(),
    card: new Set(),
    iban: new Set(),
    ssn: new Set(),
    'national-id': new Set(),
  };
  for (const { address, domain } of emails(text)) {
    if (!EXAMPLE_DOMAIN.test(domain)) found.email.add(address.toLowerCase());
  }
  // A card number, an SSN and a DNI each hold four digits in a row; an IBAN opens with its
  // country and check digits. Text without them (a message catalog) skips those passes.
  const digitRuns = DIGIT_RUN.test(text);
  for (const m of digitRuns ? text.matchAll(CARD) : []) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length < 13 || digits.length > 19 || TEST_CARDS.has(digits) || repetitive(digits))
      continue;
    if (cardNetwork(digits) !== null && luhn(digits)) found.card.add(digits);
  }
  for (const m of IBAN_START.test(text) ? text.matchAll(IBAN) : []) {
    const iban = m[0].replace(/ /g, '');
    if (!TEST_IBANS.has(iban) && ibanValid(iban)) found.iban.add(iban);
  }
  for (const m of digitRuns ? text.matchAll(SSN) : []) {
    if (ssnValid(m[1] ?? '', m[2] ?? '', m[3] ?? '')) found.ssn.add(m[0]);
  }
  for (const m of digitRuns ? text.matchAll(DNI) : []) {
    if (dniValid(m[1] ?? '', m[2] ?? '')) found['national-id'].add(`${m[1]}${m[2]}`);
  }
  if (isPhone !== undefined) {
    for (const m of text.matchAll(PHONE)) {
      const digits = m[0].replace(/\D/g, '');
      if (found.card.has(digits) || /^(\d)\1+$/.test(digits.slice(-7))) continue;
      if (/555[.\s-]?01\d\d$/.test(m[0])) continue; // North American fictional numbers
      if (isPhone(m[0])) found.phone.add(digits);
    }
  }
  const counts: PiiCounts = {};
  for (const type of Object.keys(found) as PiiType[]) {
    const size = found[type].size;
    if (size > 0) counts[type] = size;
  }
  return counts;
}

const CONTACT: readonly PiiType[] = ['email', 'phone'];

/** The types whose counts reach their threshold. */
export function overThreshold(counts: PiiCounts, settings: PiiSettings): PiiType[] {
  return (Object.keys(counts) as PiiType[]).filter((type) => {
    const count = counts[type] ?? 0;
    return count >= (CONTACT.includes(type) ? settings.minContacts : settings.minSensitive);
  });
}

/** "200 e-mail addresses, 12 payment card numbers" (types in a fixed order). */
export function describeCounts(counts: PiiCounts): string {
  return (Object.keys(PII_LABELS) as PiiType[])
    .filter((type) => (counts[type] ?? 0) > 0)
    .map((type) => {
      const n = counts[type] ?? 0;
      const label = PII_LABELS[type];
      return `${n} ${n === 1 ? label : label.endsWith('s') ? `${label}es` : `${label}s`}`;
    })
    .join(', ');
}

/**
 * The family's verdict on one data file's scanned text (all of it for a paths scan, the added
 * lines for a diff): a finding when a type reaches its threshold, none otherwise.
 */
export function judgePersonalData(
  path: string,
  text: string,
  settings: PiiSettings = DEFAULT_PII_SETTINGS,
  isPhone?: PhoneCheck,
): RawFinding | null {
  if (recordsOnly(path) && !looksLikeRecords(text)) return null;
  const counts = countPii(text, isPhone);
  const over = overThreshold(counts, settings);
  if (over.length === 0) return null;
  const sensitive = over.some((type) => !CONTACT.includes(type));
  const summary = describeCounts(counts);
  return {
    ruleId: PII_RULE,
    kind: 'personal-data',
    severity: sensitive ? 'critical' : 'high',
    title: 'Personal data in a data file',
    provider: '',
    path,
    line: 1,
    endLine: 1,
    column: 1,
    secret: PII_RULE,
    lineText: '',
    blocking: true,
    message: `${path} holds personal data (${summary}): a dataset of people belongs in the approved data store, not in git. Remove the file (or the rows) from the change and load it from the data store; use synthetic or anonymised data for tests, or add the path to \`personal_data.approved_paths\` if it is approved.`,
    redacted: summary,
  };
}
