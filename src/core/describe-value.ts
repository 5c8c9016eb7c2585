/**
 * Values that failed validation are never echoed: a token pasted into the wrong field would
 * otherwise reach annotations, check runs, SARIF and logs. These describe a value by its kind
 * and size instead ("a 40-character string").
 */
import { formatCount } from './count.js';

/** "a 40-character", "an 8-character", "an 11-character". */
function sized(n: number, noun: string): string {
  const an = n === 11 || n === 18 || String(n).startsWith('8');
  return `${an ? 'an' : 'a'} ${formatCount(n)}-${noun}`;
}

/** What a value is, without showing it: "a 40-character string", "a list of 3 items". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'an empty string';
    const n = [...value].length;
    return `${sized(n, 'character string')}${/[\r\n]/.test(value) ? ' over several lines' : ''}`;
  }
  if (typeof value === 'number' || typeof value === 'bigint') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  if (Array.isArray(value)) {
    return `a list of ${formatCount(value.length)} ${value.length === 1 ? 'item' : 'items'}`;
  }
  if (value instanceof Date) return 'a date-time';
  if (typeof value === 'object') return 'a mapping';
  return `a value of type ${typeof value}`;
}

/** Keys that read as words (`alowlist`, `secret/acme-key`: no digits, no capitals) are shown. */
const WORD = /^[a-z][a-z_./-]{0,39}$/;

/**
 * A user-written key for an error message: as written (in backticks) when it reads as a word or
 * is a likely typo of `known`, else described by its length, e.g. "a 40-character key".
 */
export function describeKey(key: string, likelyTypo = false): string {
  if (likelyTypo || WORD.test(key)) return `\`${key}\``;
  return `(${sized([...key].length, 'character key')}, not shown)`;
}

/**
 * A name the user wrote where a known one was expected (a rule id, a pack, a service): as
 * written when it reads as one — lower-case words joined by `-`, `/`, `.` or `_`, none longer
 * than 20 characters — else described by its length: a token pasted into `disable` or `extends`
 * is not echoed (a long hex key is one long "word").
 */
export function describeName(name: string): string {
  const words = name.split(/[-/._]/);
  if (/^[a-z][a-z0-9]*(?:[-/._][a-z0-9]+)*$/.test(name) && words.every((w) => w.length <= 20)) {
    return `\`${name}\``;
  }
  return `(${sized([...name].length, 'character name')}, not shown)`;
}
