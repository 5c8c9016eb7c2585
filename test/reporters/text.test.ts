import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/reporters/text.js';
import { blockResult, emptyStats, finding, passResult, RULES } from './fixtures.js';

const ANSI = /\u001b\[[0-9;]*m/g;

describe('formatText', () => {
  it('has no ANSI escapes without colour, and has them with colour', () => {
    for (const build of [passResult, blockResult]) {
      const plain = formatText(build(), { color: false });
      const colored = formatText(build(), { color: true });
      expect(plain).not.toContain('\u001b');
      expect(colored).toMatch(ANSI);
      // Colour changes nothing else: the same text with the escapes removed.
      expect(colored.replace(ANSI, '')).toBe(plain);
    }
  });

  it('groups findings under their file and shows position, severity, redacted and rule', () => {
    const out = formatText(blockResult(), { color: false });
    const lines = out.split('\n');
    const header = lines.indexOf('src/config.ts');
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toMatch(
      /^ {2}12:5 +✖ high +GitHub token +ghp_.{2}…\(40 chars\) +secret\/github-token$/,
    );
    expect(lines[header + 2]).toMatch(/^ {2}30:18 +⚠ medium +Generic high-entropy secret /);
    expect(out).toContain('  3-7:1  ✖ critical  Private key');
    expect(out).toContain('(commit a1b2c3d by Alice Example, 2024-05-01)');
    expect(lines).toContain('docs/setup notes/über config.md');
  });

  it('prints each finding fingerprint once per rule, ready for .mandateignore', () => {
    const result = blockResult();
    const out = formatText(result, { color: false });
    for (const f of result.findings) {
      expect(out).toContain(`      ${f.fingerprint}  # <reason>`);
    }
    expect(out.match(/^How to fix$/gm)).toHaveLength(1);
    for (const id of new Set(result.findings.map((f) => f.ruleId))) {
      expect(out.match(new RegExp(`^ {2}[✖⚠] .* \\(${id}\\)$`, 'gm'))).toHaveLength(1);
    }
    expect(out).toContain('mandate:allow <reason>');
    expect(out).toContain('Revoke the Private key at its provider');
  });

  it('suggests each fingerprint once, however many lines hold the same secret', () => {
    const result = blockResult();
    const github = result.findings.find((f) => f.ruleId === 'secret/github-token')!;
    // The same secret on three more lines of the same file: one fingerprint.
    for (const line of [40, 41, 90]) result.findings.push({ ...github, line, endLine: line });
    const out = formatText(result, { color: false });
    const entry = `      ${github.fingerprint}  # <reason>`;
    expect(out.split('\n').filter((l) => l === entry)).toHaveLength(1);
    // Every finding is still listed under its file.
    expect(out.match(/secret\/github-token$/gm)).toHaveLength(4);
  });

  it('warns about unused .mandateignore entries with their line', () => {
    const out = formatText(blockResult(), { color: false });
    expect(out).toMatch(
      /^⚠ \.mandateignore:7: entry matched nothing in this run \(old test token\)/m,
    );
  });

  it('ends with the scanned summary and the verdict', () => {
    const block = formatText(blockResult(), { color: false }).trimEnd().split('\n');
    expect(block.slice(-4)).toEqual([
      'Scanned 12 commits, 14 files, 1,203 added lines, 2 skipped (binary: 1, too-large: 1), 3 suppressed (inline: 1, allowlist: 2) in 84 ms',
      '✖ blocked: 3 blocking secret findings (secret/private-key, secret/openai-api-key, secret/github-token).',
      '  → Remove the secrets, rotate them at their provider, and commit again.',
      '  → If a finding is not a secret, add `# mandate:allow <reason>` on its line or its fingerprint to .mandateignore.',
    ]);
    const pass = passResult();
    pass.scope = 'paths';
    pass.reasons = ['1 warning (not blocking).'];
    expect(formatText(pass, { color: false })).toBe(
      'Scanned 3 files, 42 lines in 7 ms\n✔ passed: 1 warning (not blocking).\n',
    );
  });

  it('quiet: only findings and the verdict', () => {
    const out = formatText(blockResult(), { color: false, quiet: true });
    expect(out).not.toContain('How to fix');
    expect(out).not.toContain('Scanned');
    expect(out).not.toContain('.mandateignore:7');
    expect(out).toContain('  12:5 ');
    expect(out).toMatch(/✖ blocked: 3 blocking/);
    expect(formatText(passResult(), { color: false, quiet: true })).toBe('✔ passed\n');
  });

  it('quiet still says so when nothing was scanned', () => {
    const result = passResult();
    result.stats = emptyStats();
    expect(formatText(result, { color: false, quiet: true })).toBe(
      'Scanned 0 files, 0 added lines in 0 ms\n✔ passed\n',
    );
    expect(formatText(result, { color: false })).toContain('Scanned 0 files');
  });

  it('neutralises control characters in paths and authors', () => {
    const result = passResult();
    result.findings = [
      finding(RULES[2]!, 'evil\u001b[2J\rname.txt', { line: 1, column: 1 }, 'q'.repeat(20), {
        commit: 'b'.repeat(40),
        author: 'Mallory\u001b]0;pwned\u0007',
      }),
    ];
    const out = formatText(result, { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\r');
    expect(out).not.toContain('\u0007');
    expect(out).toContain('evil\\x1b[2J\\x0dname.txt');
  });
});
