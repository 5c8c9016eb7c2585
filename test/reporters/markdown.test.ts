import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import {
  codeSpan,
  escapeText,
  formatMarkdown,
  MARKDOWN_LIMIT_BYTES,
  MAX_TABLE_ROWS,
} from '../../src/reporters/markdown.js';
import { blockResult, finding, passResult, RULES, rule } from './fixtures.js';

/**
 * Splits a GFM table row the way GitHub (cmark-gfm) does: a backslash and the character after
 * it are one unit, every other `|` ends a cell.
 */
function cells(row: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 1; i < row.length - 1; i++) {
    const c = row[i]!;
    if (c === '\\') {
      current += c + (row[i + 1] ?? '');
      i++;
    } else if (c === '|') {
      out.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current.trim());
  return out;
}

function tableRows(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
}

function manyFindings(n: number, path: (i: number) => string = (i) => `src/file-${i}.ts`) {
  const result = blockResult();
  const base = result.findings[2]!;
  result.findings = Array.from(
    { length: n },
    (_, i): Finding => ({
      ...base,
      path: path(i),
      line: i + 1,
      endLine: i + 1,
      fingerprint: `${base.ruleId}:${path(i)}:${String(i).padStart(64, '0')}`,
    }),
  );
  return result;
}

describe('formatMarkdown', () => {
  it('opens with the verdict and what was scanned', () => {
    const block = formatMarkdown(blockResult()).split('\n');
    expect(block[0]).toBe('## ❌ mandate: blocked');
    expect(block).toContain(
      '- If a finding is not a secret, add `# mandate:allow <reason>` on its line or its fingerprint to .mandateignore.',
    );
    expect(formatMarkdown(passResult())).toBe(
      '## ✅ mandate: passed\n\nScanned 3 files, 42 added lines in 7 ms\n\nNo findings.\n',
    );
  });

  it('has a five-column table row per finding and a how-to-fix section per rule', () => {
    const result = blockResult();
    const md = formatMarkdown(result);
    const rows = tableRows(md);
    expect(cells(rows[0]!)).toEqual(['Severity', 'Rule', 'File:line', 'Redacted', 'Blocking']);
    expect(rows).toHaveLength(1 + result.findings.length);
    for (const row of rows) expect(cells(row)).toHaveLength(5);
    expect(cells(rows[1]!)[2]).toBe('`docs/setup notes/über config.md:3-7`');
    expect(cells(rows[2]!)[2]).toBe('`scripts/deploy.sh:9` in `a1b2c3d`');
    expect(cells(rows[4]!)[4]).toBe('⚠️ no');
    for (const f of result.findings) {
      expect(md).toContain(`\n${f.fingerprint}  # <reason>\n`);
    }
    expect(md.match(/^#### /gm)).toHaveLength(4);
  });

  it('escapes pipes and backticks in cells', () => {
    const result = passResult();
    result.decision = 'block';
    const odd = rule('secret/odd', 'Odd | `title` <b>', 'high');
    result.findings = [finding(odd, 'dir|x/`tick``s`.md', { line: 4, column: 2 }, 'r'.repeat(30))];
    result.findings[0]!.redacted = 'ab|`c…(30 chars)';
    const md = formatMarkdown(result);
    const row = tableRows(md)[1]!;
    const [, ruleCell, fileCell, redactedCell] = cells(row);
    expect(cells(row)).toHaveLength(5);
    expect(ruleCell).toBe('Odd \\| \\`title\\` \\<b\\><br>`secret/odd`');
    // The fence is longer than any run of backticks inside, padded when content starts with one.
    expect(fileCell).toBe('```dir\\|x/`tick``s`.md:4```');
    expect(redactedCell).toBe('``ab\\|`c…(30 chars)``');
    expect(md).not.toContain('<b>');
  });

  it.each(['back\\|slash.md', 'two\\\\|slashes\\.md', 'trailing\\'])(
    'keeps five cells for the path %j',
    (path) => {
      const result = passResult();
      const odd = rule('secret/odd', 'Odd \\| title \\', 'high');
      result.findings = [finding(odd, path, { line: 1, column: 1 }, 'r'.repeat(30))];
      result.findings[0]!.redacted = '\\|\\…';
      const row = tableRows(formatMarkdown(result))[1]!;
      expect(cells(row)).toHaveLength(5);
    },
  );

  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['`start', '`` `start ``'],
    ['end`', '`` end` ``'],
    ['two``ticks', '```two``ticks```'],
    ['line\nbreak', '`line break`'],
    ['', ''],
  ])('codeSpan(%j) = %j', (input, expected) => {
    expect(codeSpan(input)).toBe(expected);
  });

  it('escapes Markdown and HTML in plain text', () => {
    expect(escapeText('a *b* _c_ [d](e) <img> &amp; ~f~ | g')).toBe(
      'a \\*b\\* \\_c\\_ \\[d\\](e) \\<img\\> \\&amp; \\~f\\~ \\| g',
    );
    expect(escapeText('# not a heading')).toBe('\\# not a heading');
    expect(escapeText('x\u001b[31m')).toBe('x\\\\x1b\\[31m');
  });

  it(`caps the table at ${MAX_TABLE_ROWS} rows and stays under 1 MiB with 10,000 findings`, () => {
    const result = manyFindings(10_000);
    const md = formatMarkdown(result);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(MARKDOWN_LIMIT_BYTES);
    expect(tableRows(md)).toHaveLength(1 + MAX_TABLE_ROWS);
    expect(md).toContain('### Findings (10,000)');
    expect(md).toContain('_… and 9,800 more findings not listed here;');
    expect(md).toContain('_… and 9,800 more fingerprints._');
    // Fingerprints listed only for the rows shown.
    expect(md).toContain(result.findings[199]!.fingerprint);
    expect(md).not.toContain(result.findings[200]!.fingerprint);
    expect(md).not.toContain('truncated');
  });

  it('truncates with a note when the report would exceed 1 MiB, never inside a code block', () => {
    const long = (i: number) => `deep/${'directory-name/'.repeat(300)}file-${i}.ts`;
    const result = manyFindings(MAX_TABLE_ROWS, long);
    // Many rules, so the how-to-fix section is long too.
    result.findings = result.findings.map((f, i) => ({ ...f, ruleId: `secret/rule-${i}` }));
    const md = formatMarkdown(result);
    const size = Buffer.byteLength(md, 'utf8');
    expect(size).toBeLessThanOrEqual(MARKDOWN_LIMIT_BYTES);
    expect(size).toBeGreaterThan(MARKDOWN_LIMIT_BYTES / 2);
    expect(md).toContain("> ⚠️ This report was truncated to fit GitHub's 1 MiB job-summary limit.");
    expect(md.trimEnd().endsWith('The JSON and SARIF reports have every finding.')).toBe(true);
    const fences = md.split('\n').filter((l) => /^```/.test(l));
    expect(fences.length % 2).toBe(0);
    expect(md.startsWith('## ❌ mandate: blocked')).toBe(true);
    expect(md).toContain('Scanned 12 commits');
  });

  it('lists unused .mandateignore entries with their line', () => {
    const md = formatMarkdown(blockResult());
    expect(md).toMatch(
      /^- line 7: `secret\/github-token:old\/file\.txt:[0-9a-f]{64}` — old test token$/m,
    );
  });

  it('names the rule even when the scan did not list it', () => {
    const result = passResult();
    result.rules = RULES.slice(0, 1);
    result.findings = [finding(RULES[2]!, 'a.txt', { line: 1, column: 1 }, 's'.repeat(20))];
    const md = formatMarkdown(result);
    expect(md).toContain('#### OpenAI API key (`secret/openai-api-key`)');
  });
});
