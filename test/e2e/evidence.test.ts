/**
 * The evidence commands as a user runs them (dist/cli.js): `mandate check --evidence-ledger`
 * appends to a local ledger, `mandate evidence verify` passes it and then names the file and line
 * of an edit (exit 1), `mandate evidence report` writes the HTML page, and a bad period is one
 * sentence (exit 2), never a trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratch } from '../support/scratch.js';
import { ensureBuilt, mandate, STACK_LINE } from './helpers.js';

const s = scratch();
beforeAll(() => ensureBuilt());

describe('mandate evidence', () => {
  it('check --evidence-ledger appends; verify passes, then names an edited line', () => {
    const repo = s.repo();
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/app.git');
    repo.commit('init', { 'src/app.ts': 'export const a = 1;\n' });
    const ledger = s.tempDir('mandate-ledger-');
    for (let i = 0; i < 3; i++) {
      const run = mandate(repo.dir, ['check', '--evidence-ledger', ledger, '.']);
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(
        /evidence record \d appended to .*acme\/app\/\d{4}\/\d{4}-\d{2}\.jsonl/,
      );
    }
    const ok = mandate(repo.dir, ['evidence', 'verify', ledger]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/✓ acme\/app: 3 records, chain intact/);
    const month = new Date().toISOString().slice(0, 7);
    const file = join(ledger, 'acme', 'app', month.slice(0, 4), `${month}.jsonl`);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[0] = lines[0]!.replace('"decision":"pass"', '"decision":"block"');
    writeFileSync(file, lines.join('\n'));
    const broken = mandate(repo.dir, ['evidence', 'verify', ledger]);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(
      `✗ acme/app: acme/app/${month.slice(0, 4)}/${month}.jsonl:1: edited:`,
    );
  });

  it('report writes a self-contained HTML page; a bad period is one sentence', () => {
    const repo = s.repo();
    repo.git('remote', 'add', 'origin', 'https://github.com/acme/app.git');
    repo.commit('init', { 'a.txt': 'hi\n' });
    const ledger = s.tempDir('mandate-ledger-');
    expect(mandate(repo.dir, ['check', '--evidence-ledger', ledger, '.']).status).toBe(0);
    const out = join(s.tempDir('mandate-report-'), 'report.html');
    const year = new Date().getUTCFullYear();
    const run = mandate(repo.dir, [
      'evidence',
      'report',
      '--from',
      ledger,
      '--period',
      `${year}-01-01..${year}-12-31`,
      '--format',
      'html',
      '--output',
      out,
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 records');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
    const bad = mandate(repo.dir, [
      'evidence',
      'report',
      '--from',
      ledger,
      '--period',
      '2026-13-01..2026-01-01',
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^mandate: --period: /);
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });
});
