/**
 * The `when` predicates of a review requirement. Each returns a tri-state value — true, false,
 * or 'unknown' when the runtime lacks the fact (the hook knows no labels) — plus the triggers
 * that made it true, so the result can say which files, lines, labels or branch triggered it.
 */
import { glob, matchGlobs } from './globs.js';
import { structuredValues } from './structure.js';
import type { Condition, ContentPattern, PullFacts, PullFile, Trigger } from './types.js';

export type Truth = boolean | 'unknown';

export interface PredicateResult {
  value: Truth;
  triggers: Trigger[];
}

/** Content triggers reported per pattern; the rest are counted, not listed. */
const MAX_CONTENT_TRIGGERS = 20;

function filePaths(file: PullFile): string[] {
  return file.oldPath !== undefined && file.oldPath !== file.path
    ? [file.path, file.oldPath]
    : [file.path];
}

function pathTriggers(files: PullFile[], patterns: string[]): Trigger[] {
  const triggers: Trigger[] = [];
  for (const file of files) {
    for (const path of filePaths(file)) {
      const by = matchGlobs(path, patterns);
      if (by !== null) {
        triggers.push({ kind: 'path', path, glob: by });
        break;
      }
    }
  }
  return triggers;
}

const regexes = new Map<string, RegExp>();
function regex(pattern: ContentPattern): RegExp {
  const key = `${pattern.flags ?? ''}/${pattern.pattern}`;
  let compiled = regexes.get(key);
  if (compiled === undefined) {
    compiled = new RegExp(pattern.pattern, pattern.flags ?? '');
    regexes.set(key, compiled);
  }
  return compiled;
}

/**
 * The lines a structured pattern matches in `file`: the values it parses out of the file's added
 * lines (placed at their line numbers; a new file's added lines are the whole file) that the
 * pattern matches and that sit on an added line — the change introduced them.
 */
async function structuredLines(
  file: PullFile,
  pattern: ContentPattern,
  re: RegExp,
  facts: PullFacts,
): Promise<number[]> {
  if (file.unread === true && facts.readHead !== undefined) {
    // Skipped by the source (too large, binary): judge the whole head version.
    const whole = await facts.readHead(file.path);
    if (whole === null) return [];
    const hits = new Set<number>();
    for (const value of structuredValues(pattern.structure!, file.path, whole)) {
      if (re.test(value.value)) hits.add(value.line);
    }
    return [...hits].sort((a, b) => a - b);
  }
  if (file.added.length === 0) return [];
  let text: string | null = null;
  if (file.status !== 'added' && facts.readHead !== undefined) {
    text = await facts.readHead(file.path);
  }
  if (text === null) {
    const lines: string[] = [];
    for (const added of file.added) lines[added.line - 1] = added.text;
    text = Array.from(lines, (line) => line ?? '').join('\n');
  }
  const added = new Set(file.added.map((line) => line.line));
  const hits = new Set<number>();
  for (const value of structuredValues(pattern.structure!, file.path, text)) {
    if (added.has(value.line) && re.test(value.value)) hits.add(value.line);
  }
  return [...hits].sort((a, b) => a - b);
}

async function contentTriggers(facts: PullFacts, patterns: ContentPattern[]): Promise<Trigger[]> {
  const files = facts.files;
  const triggers: Trigger[] = [];
  for (const pattern of patterns) {
    const re = regex(pattern);
    let found = 0;
    for (const listed of files) {
      if (pattern.paths !== undefined && matchGlobs(listed.path, pattern.paths) === null) continue;
      const file = await movedIn(listed, pattern, facts);
      const lines =
        pattern.structure === undefined
          ? file.added.filter((added) => re.test(added.text))
          : (await structuredLines(file, pattern, re, facts)).map((line) => ({ line }));
      for (const added of lines) {
        if (found++ >= MAX_CONTENT_TRIGGERS) break;
        triggers.push({
          kind: 'content',
          path: file.path,
          line: added.line,
          pattern: pattern.pattern,
          ...(pattern.description === undefined ? {} : { description: pattern.description }),
        });
      }
    }
  }
  return triggers;
}

/**
 * A file renamed from a path the pattern does not cover into one it does (a `notes.txt` moved
 * to `requirements.txt`) brings all its lines into the pattern's reach: judged as added whole.
 */
async function movedIn(
  file: PullFile,
  pattern: ContentPattern,
  facts: PullFacts,
): Promise<PullFile> {
  if (
    file.oldPath === undefined ||
    pattern.paths === undefined ||
    matchGlobs(file.oldPath, pattern.paths) !== null ||
    facts.readHead === undefined
  ) {
    return file;
  }
  const head = await facts.readHead(file.path);
  if (head === null) return file;
  const added = head.split('\n').map((text, i) => ({ line: i + 1, text }));
  return { path: file.path, status: 'added', added };
}

function normalise(name: string): string {
  return name.replace(/^@/, '');
}

/** Whether `user` is one of `members` (users and `org/team` teams). */
export async function isOneOf(
  facts: PullFacts,
  user: string,
  members: readonly string[],
): Promise<string | null> {
  for (const raw of members) {
    const member = normalise(raw);
    if (member.includes('/')) {
      if (await facts.isTeamMember(member, user)) return member;
    } else if (member.toLowerCase() === user.toLowerCase()) {
      return member;
    }
  }
  return null;
}

const and = (a: Truth, b: Truth): Truth =>
  a === false || b === false ? false : a === 'unknown' || b === 'unknown' ? 'unknown' : true;
const or = (a: Truth, b: Truth): Truth =>
  a === true || b === true ? true : a === 'unknown' || b === 'unknown' ? 'unknown' : false;

/** Evaluates a condition: every key present must hold. */
export async function evaluateCondition(
  condition: Condition,
  facts: PullFacts,
): Promise<PredicateResult> {
  const parts: PredicateResult[] = [];
  if (condition.paths !== undefined) {
    const triggers = pathTriggers(facts.files, condition.paths);
    parts.push({ value: triggers.length > 0, triggers });
  }
  if (condition.content !== undefined) {
    const triggers = await contentTriggers(facts, condition.content);
    parts.push({ value: triggers.length > 0, triggers });
  }
  if (condition.labels !== undefined) {
    if (facts.labels === null) parts.push({ value: 'unknown', triggers: [] });
    else {
      const wanted = new Set(condition.labels.map((l) => l.toLowerCase()));
      const labels = facts.labels.filter((label) => wanted.has(label.toLowerCase()));
      parts.push({
        value: labels.length > 0,
        triggers: labels.map((label) => ({ kind: 'label', label })),
      });
    }
  }
  if (condition.base_branches !== undefined) {
    if (facts.baseBranch === null) parts.push({ value: 'unknown', triggers: [] });
    else {
      const branch = facts.baseBranch;
      const hit = condition.base_branches.some((b) => glob(b).match(branch));
      parts.push({ value: hit, triggers: hit ? [{ kind: 'base-branch', branch }] : [] });
    }
  }
  for (const [key, wantIn] of [
    ['author_in', true],
    ['author_not_in', false],
  ] as const) {
    const members = condition[key];
    if (members === undefined) continue;
    if (facts.author === null) {
      parts.push({ value: 'unknown', triggers: [] });
      continue;
    }
    const via = await isOneOf(facts, facts.author, members);
    const hit = wantIn ? via !== null : via === null;
    parts.push({
      value: hit,
      triggers: hit
        ? [
            {
              kind: 'author',
              author: facts.author,
              in: wantIn ? via! : `not in ${members.map(normalise).join(', ')}`,
            },
          ]
        : [],
    });
  }
  if (condition.all !== undefined) {
    let value: Truth = true;
    const triggers: Trigger[] = [];
    for (const child of condition.all) {
      const result = await evaluateCondition(child, facts);
      value = and(value, result.value);
      triggers.push(...result.triggers);
    }
    parts.push({ value, triggers });
  }
  if (condition.any !== undefined) {
    let value: Truth = false;
    const triggers: Trigger[] = [];
    for (const child of condition.any) {
      const result = await evaluateCondition(child, facts);
      value = or(value, result.value);
      if (result.value === true) triggers.push(...result.triggers);
    }
    parts.push({ value, triggers });
  }
  let value: Truth = parts.length > 0;
  const triggers: Trigger[] = [];
  for (const part of parts) {
    value = and(value, part.value);
    triggers.push(...part.triggers);
  }
  return { value, triggers: value === false ? [] : triggers };
}
