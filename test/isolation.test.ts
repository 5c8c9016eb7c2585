/**
 * Two clones running `npm test` at the same time on one machine must not interfere (issue 9,
 * "Also"): no fixed path in the temporary folder, no fixed port, no build lock outside the
 * clone. This reads the test and script sources and fails on the patterns that would share
 * something between runs, naming file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|mts|mjs|js)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((path) => !path.includes('fixtures'))
    .sort();
}

const FILES = [...sources('test'), ...sources('scripts')];

/** Lines of every source that match `pattern`, as `file:line: text`, less the allowed ones. */
function offending(pattern: RegExp, allowed: (line: string) => boolean = () => false): string[] {
  const found: string[] = [];
  for (const file of FILES) {
    if (file === relative(ROOT, import.meta.filename)) continue;
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (pattern.test(line) && !allowed(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('test runs share nothing with a run beside them', () => {
  it('reads the test and script sources', () => {
    expect(FILES).toContain('test/e2e/helpers.ts');
    expect(FILES).toContain('test/action/fake-github.ts');
    expect(FILES.length).toBeGreaterThan(100);
  });

  it('names no fixed path in a temporary folder', () => {
    expect(offending(/["'`]\/(?:var\/)?tmp\b/)).toEqual([]);
  });

  it('makes every temporary folder with mkdtemp (a unique name per run)', () => {
    // `tmpdir()` only as the parent of a fresh mkdtemp folder, or read (`test -x`) as it is.
    expect(
      offending(
        /\btmpdir\(\)/,
        (line) => /mkdtemp(?:Sync)?\(/.test(line) || /'-x', tmpdir\(\)/.test(line),
      ),
    ).toEqual([]);
  });

  it('listens on port 0 only (the system picks a free port)', () => {
    expect(offending(/\.listen\(/, (line) => /\.listen\(0\b/.test(line))).toEqual([]);
    // An options object with a port of its own (`listen({ port: 8080 })`) counts too.
    expect(offending(/\blisten\(\{[^}]*\bport:\s*[1-9]/)).toEqual([]);
  });

  it('keeps the e2e build lock inside this clone', () => {
    const helpers = readFileSync(join(ROOT, 'test/e2e/helpers.ts'), 'utf8');
    expect(helpers).toMatch(/const lock = join\(ROOT, /);
  });
});
