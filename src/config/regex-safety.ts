/**
 * Whether a regular expression can backtrack super-linearly (ReDoS), decided by the `recheck`
 * checker (https://makenowjust-labs.github.io/recheck/). Used by the test over every built-in
 * pattern (test/rules/redos.test.ts) and at config load for user-supplied patterns (custom rules,
 * allowlists, review content patterns) — never on the hot path of a config without them: the
 * checker (a native binary, or its pure-JavaScript build when that is missing) is imported only
 * when there is a pattern to check, and verdicts are cached in memory by the pattern's hash.
 *
 * Two passes keep it fast. First a simplified twin of the pattern goes to the automaton checker,
 * which is exact and quick on small automata: lookarounds become empty groups (their bodies are
 * checked on their own) and every bounded repeat count is cut to at most 2 (a bounded repeat adds
 * no cycle to the automaton, so the cut keeps its ambiguity class while the automaton stays
 * small). Dropping lookarounds only adds ways to match, so "safe" there is safe. Anything else
 * goes to the checker again with the real pattern (its fuzzer runs a backtracking VM that honours
 * lookarounds), whose verdict stands. A pattern neither pass can decide in time is `unknown`;
 * a user's `unknown` pattern is then measured on pump strings (regex-pumps.ts).
 */
import { createRequire } from 'node:module';
import type { Config } from '../core/config.js';
import { ConfigError } from '../core/errors.js';
import type { Condition } from '../core/review/types.js';
import { sha256Hex } from '../core/sha256.js';
import type { DataPath } from './locate.js';
import { judgeOnPumps } from './regex-pumps.js';

export type RegexVerdict =
  | { status: 'safe' }
  | {
      status: 'vulnerable';
      /** `exponential` or `polynomial` (with its degree). */
      complexity: string;
      /** The checker's attack string, as a JavaScript expression (`'a'.repeat(31) + '!'`). */
      attack: string;
    }
  | { status: 'unknown'; reason: string };

export interface RegexSafetyOptions {
  /** Milliseconds the checker may spend on each pass (default 2,000). */
  timeout?: number;
}

const verdicts = new Map<string, RegexVerdict>();

type Recheck = typeof import('recheck');
let loading: Promise<Recheck> | null = null;

/**
 * recheck's own native binary when its platform package is installed (a development checkout),
 * else its pure-JavaScript build, which works inside our bundles (its default would look for a
 * worker script next to a module that the bundle no longer has).
 */
function chooseBackend(): void {
  if (process.env.RECHECK_BACKEND !== undefined) return;
  const os = ({ darwin: 'macos', linux: 'linux', win32: 'windows' } as Record<string, string>)[
    process.platform
  ];
  try {
    createRequire(import.meta.url).resolve(`recheck-${os}-${process.arch}/package.json`);
    process.env.RECHECK_BACKEND = 'native';
  } catch {
    process.env.RECHECK_BACKEND = 'pure';
  }
}

function recheck(): Promise<Recheck> {
  chooseBackend();
  loading ??= import('recheck').then((module) => {
    // CommonJS through ESM: the functions sit on the module or on its default export.
    const m = module as Recheck & { default?: Recheck };
    return typeof m.check === 'function' ? m : m.default!;
  });
  return loading;
}

/** The end of the character class that starts at `i` (`source[i] === '['`). */
function classEnd(source: string, i: number): number {
  let j = i + 1;
  if (source[j] === '^') j++;
  if (source[j] === ']') j++;
  while (j < source.length && source[j] !== ']') {
    if (source[j] === '\\') j++;
    j++;
  }
  return j;
}

/**
 * The pattern with lookarounds replaced by empty groups and bounded repeat counts cut to at
 * most 2, plus the (simplified) bodies of its lookarounds.
 */
export function simplifyPattern(source: string): { source: string; lookarounds: string[] } {
  let out = '';
  const lookarounds: string[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[') {
      const end = classEnd(source, i);
      out += source.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const look = c === '(' ? /^\(\?<?[=!]/.exec(source.slice(i, i + 4)) : null;
    if (look !== null) {
      let depth = 1;
      let j = i + look[0].length;
      while (j < source.length && depth > 0) {
        const d = source[j];
        if (d === '\\') {
          j += 2;
          continue;
        }
        if (d === '[') {
          j = classEnd(source, j) + 1;
          continue;
        }
        if (d === '(') depth++;
        else if (d === ')') depth--;
        j++;
      }
      const inner = simplifyPattern(source.slice(i + look[0].length, j - 1));
      lookarounds.push(inner.source, ...inner.lookarounds);
      out += '(?:)';
      i = j;
      continue;
    }
    const repeat = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null;
    if (repeat !== null) {
      const min = Math.min(Number(repeat[1]), 2);
      if (repeat[2] === undefined) out += `{${min}}`;
      else if (repeat[3] === '') out += `{${min},}`;
      else out += `{${min},${Math.max(min, Math.min(Number(repeat[3]), 2))}}`;
      i += repeat[0].length;
      continue;
    }
    out += c;
    i++;
  }
  return { source: out, lookarounds };
}

function isValid(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

type Diagnostics = Awaited<ReturnType<Recheck['check']>>;

function verdictOf(d: Diagnostics): RegexVerdict {
  if (d.status === 'safe') return { status: 'safe' };
  if (d.status === 'vulnerable') {
    const complexity =
      d.complexity.type === 'polynomial'
        ? `polynomial (degree ${d.complexity.degree})`
        : d.complexity.type;
    return { status: 'vulnerable', complexity, attack: d.attack.pattern };
  }
  const kind = (d.error as { kind?: string }).kind ?? 'error';
  return { status: 'unknown', reason: kind === 'timeout' ? 'the checker timed out' : kind };
}

async function judgeRegex(source: string, flags: string, timeout: number): Promise<RegexVerdict> {
  const { check } = await recheck();
  const simple = simplifyPattern(source);
  const parts = [simple.source, ...simple.lookarounds];
  if (parts.every((part) => isValid(part, flags))) {
    let allSafe = true;
    for (const part of parts) {
      const d = await check(part, flags, { checker: 'automaton', timeout: timeout / 2 });
      if (d.status !== 'safe') {
        allSafe = false;
        break;
      }
    }
    if (allSafe) return { status: 'safe' };
  }
  return verdictOf(await check(source, flags, { timeout }));
}

/** The checker's verdict on `source` with `flags` (cached in memory by hash). */
export async function checkRegexSafety(
  source: string,
  flags = '',
  options: RegexSafetyOptions = {},
): Promise<RegexVerdict> {
  const key = sha256Hex(`${flags}/${source}`);
  const cached = verdicts.get(key);
  if (cached !== undefined) return cached;
  const verdict = await judgeRegex(source, flags.replace(/[gyd]/g, ''), options.timeout ?? 2_000);
  if (verdict.status !== 'unknown') verdicts.set(key, verdict);
  return verdict;
}

/** A user-supplied pattern and where it is in the config. */
export interface UserPattern {
  path: DataPath;
  source: string;
  flags: string;
}

/** Every regex a config supplies: custom rules, their allowlists, the allowlist, reviews. */
export function userPatterns(config: Config): UserPattern[] {
  const out: UserPattern[] = [];
  config.rules.forEach((rule, i) => {
    out.push({ path: ['rules', i, 'regex'], source: rule.regex, flags: rule.flags ?? '' });
    rule.allowlist?.regexes?.forEach((source, j) => {
      out.push({ path: ['rules', i, 'allowlist', 'regexes', j], source, flags: '' });
    });
  });
  config.allowlist.regexes.forEach((source, i) => {
    out.push({ path: ['allowlist', 'regexes', i], source, flags: '' });
  });
  const walk = (condition: Condition, path: DataPath) => {
    condition.content?.forEach((pattern, i) => {
      out.push({
        path: [...path, 'content', i, 'pattern'],
        source: pattern.pattern,
        flags: pattern.flags ?? '',
      });
    });
    for (const key of ['all', 'any'] as const) {
      for (const [i, child] of (condition[key] ?? []).entries()) walk(child, [...path, key, i]);
    }
  };
  config.reviews?.forEach((spec, i) => {
    walk(spec.when, ['reviews', i, 'when']);
  });
  return out;
}

function describe(path: DataPath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/**
 * Rejects a config whose patterns can backtrack super-linearly: a ConfigError naming the file,
 * the line, the key and the attack string. A config without patterns of its own costs nothing
 * (the checker is not even loaded). A pattern the checker cannot decide runs over long pump
 * strings in a worker; one that is slow there, or cannot be judged, is rejected too (fail
 * closed), with the reason.
 */
export async function assertSafeUserRegexes(
  config: Config,
  locate: (path: DataPath) => { line: number; column: number } | undefined,
  options: RegexSafetyOptions & { pumpLimitMs?: number } = {},
): Promise<void> {
  const patterns = userPatterns(config);
  if (patterns.length === 0) return;
  const file = config.source.file ?? 'config';
  const verdicts = await Promise.all(
    patterns.map((p) => checkRegexSafety(p.source, p.flags, options)),
  );
  for (const [i, pattern] of patterns.entries()) {
    const verdict = verdicts[i]!;
    if (verdict.status === 'safe') continue;
    const where = describe(pattern.path);
    let reason: string;
    if (verdict.status === 'vulnerable') {
      reason = `\`${where}\` can backtrack in ${verdict.complexity} time: a line such as ${verdict.attack} would keep a scan busy for minutes or more`;
    } else {
      const judged = await judgeOnPumps(pattern.source, pattern.flags, options.pumpLimitMs ?? 250);
      if (judged.ok) continue;
      reason = `\`${where}\` could not be shown to run in linear time (the ReDoS checker: ${verdict.reason}; on its own test strings it ${judged.reason})`;
    }
    throw new ConfigError(file, reason, {
      ...(locate(pattern.path) ?? {}),
      hint: 'Rewrite the pattern so that each character can be matched one way only: no nested or adjacent quantifiers over overlapping characters (`(a+)+`, `\\s*\\[?\\s*`); bound repeats (`{0,40}`) and anchor where you can.',
    });
  }
}
