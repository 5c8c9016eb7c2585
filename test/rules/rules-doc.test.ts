/**
 * docs/rules.md is generated from the rule packs (scripts/gen-rules-doc.mjs): a change to a
 * rule's title, provider, severity or blocking flag, or a new rule, must come with the
 * regenerated document. The script writes to a temporary file here and the two must be equal.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

test('docs/rules.md is up to date (run node scripts/gen-rules-doc.mjs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-rules-doc-'));
  try {
    const out = join(dir, 'rules.md');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'gen-rules-doc.mjs'), out], {
      cwd: ROOT,
    });
    const fresh = readFileSync(out, 'utf8');
    expect(fresh).toContain('# Built-in secret rules');
    expect(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8') === fresh).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
