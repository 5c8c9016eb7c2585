/**
 * No built-in pattern may backtrack super-linearly. Every regex compiled from rules/ (secret
 * rules, their allowlists, review content patterns) and from src/ (regex literals, the template
 * placeholders, the default template phrases) goes through the ReDoS checker that also judges
 * users' patterns at config load (src/config/regex-safety.ts, built on `recheck`). A pattern it
 * finds vulnerable fails the test with the rule and the attack string.
 *
 * A pattern the checker cannot decide in time is run instead, on V8, over long pump strings
 * made of its own literals and of the characters that make regexes backtrack; each run must end
 * well under the limit (a super-linear regex takes seconds to hours on them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { pumpStrings, slowestPump } from '../../src/config/regex-pumps.js';
import { checkRegexSafety, type RegexVerdict } from '../../src/config/regex-safety.js';
import { DEFAULT_TEMPLATE_PHRASES } from '../../src/core/policy/defaults.js';
import { PATTERNS, phrasePattern } from '../../src/core/policy/template.js';
import { builtinPacks } from '../../src/rules/packs.js';

interface Named {
  name: string;
  source: string;
  flags: string;
}

function fromPacks(): Named[] {
  const out: Named[] = [];
  for (const pack of builtinPacks()) {
    for (const rule of pack.rules) {
      out.push({ name: `${rule.id} regex`, source: rule.regex, flags: rule.flags ?? '' });
      rule.allowlist?.regexes?.forEach((source, i) => {
        out.push({ name: `${rule.id} allowlist.regexes[${i}]`, source, flags: '' });
      });
    }
    for (const review of pack.reviews ?? []) {
      const walk = (condition: typeof review.when, where: string) => {
        condition.content?.forEach((pattern, i) => {
          out.push({
            name: `review/${review.name} ${where}.content[${i}]`,
            source: pattern.pattern,
            flags: pattern.flags ?? '',
          });
        });
        for (const [i, child] of (condition.all ?? []).entries()) walk(child, `${where}.all[${i}]`);
        for (const [i, child] of (condition.any ?? []).entries()) walk(child, `${where}.any[${i}]`);
      };
      walk(review.when, 'when');
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every regex literal in src/ and action/src/, found by the TypeScript parser. */
function fromSource(): Named[] {
  const out: Named[] = [];
  for (const file of [...sourceFiles('src'), ...sourceFiles('action/src')]) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        out.push({
          name: `${file}:${line + 1}`,
          source: literal.slice(1, slash),
          flags: literal.slice(slash + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  PATTERNS.forEach((regex, i) => {
    out.push({
      name: `template placeholder pattern ${i}`,
      source: regex.source,
      flags: regex.flags,
    });
  });
  for (const phrase of DEFAULT_TEMPLATE_PHRASES) {
    const regex = phrasePattern(phrase)!;
    out.push({ name: `template phrase "${phrase}"`, source: regex.source, flags: regex.flags });
  }
  return out;
}

/** Generous: CI machines are slow, and what this catches takes seconds to hours. */
const LIMIT_MS = 300;

async function pool<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
  return results;
}

describe('no built-in pattern backtracks super-linearly', () => {
  const all = [...fromPacks(), ...fromSource()];
  const unique = new Map<string, Named>();
  for (const item of all) {
    const key = `${item.flags}/${item.source}`;
    if (!unique.has(key)) unique.set(key, item);
  }
  const items = [...unique.values()];

  test('finds the patterns of every family', () => {
    expect(all.some((item) => item.name.startsWith('secret/generic-secret allowlist'))).toBe(true);
    expect(all.some((item) => item.name.startsWith('review/iam-wildcard'))).toBe(true);
    expect(all.some((item) => item.name.startsWith('template phrase'))).toBe(true);
    expect(all.filter((item) => item.name.startsWith('src/')).length).toBeGreaterThan(50);
  });

  test('the checker finds none vulnerable, and the undecided ones run fast', async () => {
    const verdicts: RegexVerdict[] = await pool(items, 4, (item) =>
      checkRegexSafety(item.source, item.flags, { timeout: 1_000 }),
    );
    const problems: string[] = [];
    const undecided: string[] = [];
    items.forEach((item, i) => {
      const verdict = verdicts[i]!;
      if (verdict.status === 'vulnerable') {
        problems.push(
          `${item.name}: ${verdict.complexity} backtracking on ${verdict.attack}\n  /${item.source}/${item.flags}`,
        );
      } else if (verdict.status === 'unknown') {
        undecided.push(item.name);
        const worst = slowestPump(item.source, item.flags, pumpStrings(item.source));
        if (worst.ms > LIMIT_MS) {
          problems.push(
            `${item.name}: undecided by the checker (${verdict.reason}) and ${Math.round(worst.ms)} ms on ${worst.text}\n  /${item.source}/${item.flags}`,
          );
        }
      }
    });
    console.info(
      `${items.length} distinct patterns checked; ${undecided.length} undecided by the checker, run on pump strings instead`,
    );
    expect(problems, problems.join('\n')).toEqual([]);
  }, 600_000);
});
