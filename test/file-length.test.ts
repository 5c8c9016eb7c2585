/**
 * Each file names one responsibility, and nothing in src/ or action/src/ is above 300 lines
 * without a reason in its opening comment (issue 11 item 4). The reason is a sentence of the
 * comment the file opens with, starting "Long because", so it is read where the length is seen
 * and a long file cannot slip in unremarked. Generated files (`generated/`) are exempt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tsSources } from './support/sources.js';

const MAX_LINES = 300;
/** "Long because" opening a line of the comment or a sentence in it. */
const MARKER = /(?:^[\s*/]*|[.)]\s+)Long because\b/m;

/** Lines as `wc -l` counts them: a last line without a newline still counts. */
function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** The block comment a file opens with (only blank lines before it), or null. */
function openingComment(text: string): string | null {
  const match = /^\s*(\/\*[\s\S]*?\*\/)/.exec(text);
  return match?.[1] ?? null;
}

/** Why a file breaks the rule, or null when it keeps it. */
function offence(text: string): string | null {
  const lines = lineCount(text);
  if (lines <= MAX_LINES) return null;
  const comment = openingComment(text);
  if (comment === null) return `${lines} lines, no opening comment`;
  if (!MARKER.test(comment)) return `${lines} lines, no "Long because" in its opening comment`;
  return null;
}

describe('file length', () => {
  const files = tsSources('src', 'action/src');

  it('finds the sources it guards', () => {
    expect(files).toContain('src/core/engine.ts');
    expect(files).toContain('action/src/main.ts');
    expect(files.some((file) => file.includes('/generated/'))).toBe(false);
  });

  it(`gives every file over ${MAX_LINES} lines a reason in its opening comment`, () => {
    const offenders = files.flatMap((file) => {
      const why = offence(readFileSync(join(ROOT, file), 'utf8'));
      return why === null ? [] : [`${file}: ${why}`];
    });
    // Split the file by responsibility, or say in its opening comment "Long because …".
    expect(offenders).toEqual([]);
  });

  it('reads only the opening comment, and counts lines as wc -l does', () => {
    const long = (head: string) => `${head}\n${'x;\n'.repeat(MAX_LINES)}`;
    expect(offence('x;\n'.repeat(MAX_LINES))).toBeNull();
    expect(offence('x;\n'.repeat(MAX_LINES - 1) + 'x;')).toBeNull();
    expect(offence(long('/**\n * A parser.\n * Long because one state machine.\n */'))).toBeNull();
    expect(offence(long('\n/* Long because a table. */'))).toBeNull();
    expect(offence(long('/** A parser. */'))).toMatch(/no "Long because"/);
    expect(offence(long('import x from "y";\n/** Long because a table. */'))).toMatch(
      /no opening comment/,
    );
    expect(offence(long('/** A parser. */\n// Long because a table.'))).toMatch(
      /no "Long because"/,
    );
    expect(offence(long('/** Not long because of anything. */'))).toMatch(/no "Long because"/);
  });
});
