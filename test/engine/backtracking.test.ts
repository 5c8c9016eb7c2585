/**
 * No built-in rule may backtrack catastrophically. Each rule's regex runs over texts built
 * around each of its keywords to provoke it: long indented YAML blocks with no value (LF and
 * CRLF), blank lines, long runs of value characters, repeated separators and keywords, URL and
 * connection-string parameter runs, shell line continuations. A linear regex takes well under
 * a millisecond on each; the bound only catches the exponential kind — the Spring rule's
 * `(?:[ \t]+[^\n]*\n){0,12}?` once took over a second on a `datasource:` block of 8 indented
 * lines and minutes on one of 9 (the blocks here stay short so that such a regex still ends).
 */
import { describe, expect, test } from 'vitest';
import { builtinPacks } from '../../src/rules/packs.js';

const TEXTS: ((keyword: string) => string)[] = [
  // Eight lines: enough for an exponential regex to take seconds, few enough that it ends.
  (k) => `${k}:\n${'          maximum-pool-size: 20\n'.repeat(8)}server: 1\n`,
  (k) => `${k}:\r\n${'          maximum-pool-size: 20\r\n'.repeat(8)}server: 1\r\n`,
  (k) => `spring:\n  ${k}:\n${'    \n        a: b\n'.repeat(4)}x`,
  (k) => `${k} = "${'a'.repeat(20_000)}`,
  (k) => `${k}=${'a1/'.repeat(5_000)}`,
  (k) => `${k} ${'ab '.repeat(5_000)}`,
  (k) => `${k}${' '.repeat(5_000)}x`,
  (k) => `${k}://${'a:'.repeat(3_000)}`,
  (k) => `${k}://u:${'@a'.repeat(3_000)}`,
  (k) => `${k};${'a=b;'.repeat(3_000)}`,
  (k) => `jdbc:x:${k}${'?a=b&'.repeat(3_000)}`,
  (k) => `${k}${' -x \\\n'.repeat(3_000)}`,
  (k) => `${k}"${', "value": '.repeat(2_000)}`,
  (k) => `${k}>${'<a>'.repeat(3_000)}`,
  (k) => `${k} `.repeat(3_000),
  (k) => `${k}=`.repeat(3_000),
  (k) => `${k}:\n  `.repeat(1_000),
];

/** Generous: CI machines are slow, and the bug this catches takes seconds to hours. */
const LIMIT_MS = 250;

const rules = builtinPacks().flatMap((pack) => pack.rules ?? []);

describe('no built-in rule backtracks catastrophically', () => {
  test.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const regex = new RegExp(rule.regex, rule.flags === 'i' ? 'gi' : 'g');
    let worst = 0;
    let worstText = '';
    for (const keyword of rule.keywords) {
      for (const spelling of [keyword, keyword.toUpperCase()]) {
        for (const make of TEXTS) {
          const text = make(spelling);
          const started = performance.now();
          regex.lastIndex = 0;
          for (let n = 0; regex.exec(text) !== null && n < 10_000; n++) {
            if (regex.lastIndex === 0) break;
          }
          const took = performance.now() - started;
          if (took > worst) {
            worst = took;
            worstText = text.slice(0, 60);
          }
        }
      }
    }
    expect(worst, `slowest on ${JSON.stringify(worstText)}`).toBeLessThan(LIMIT_MS);
  });
});
