/**
 * Housekeeping that issue 11 asked for, kept by reading the sources: one place hashes, one
 * parser reads hunk headers (git's output and the API's patches alike), and ajv — which
 * generates the config validator at build time and is bundled where it runs — is no runtime
 * dependency an install would fetch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tsSources } from './support/sources.js';

const FILES = tsSources('src', 'action/src');

/** The source files whose text matches `pattern`. */
function filesMatching(pattern: RegExp): string[] {
  return FILES.filter((file) => pattern.test(readFileSync(join(ROOT, file), 'utf8')));
}

describe('one place for each', () => {
  it('reads the sources', () => {
    expect(FILES).toContain('src/core/sha256.ts');
    expect(FILES.length).toBeGreaterThan(100);
  });

  it('hashes through src/core/sha256.ts only', () => {
    expect(filesMatching(/\bcreateHash\(/)).toEqual(['src/core/sha256.ts']);
  });

  it('parses hunk headers in src/sources/unified-diff.ts only', () => {
    expect(filesMatching(/\^@@/)).toEqual(['src/sources/unified-diff.ts']);
  });

  it('needs no runtime dependency for ajv: it is a devDependency, bundled where it runs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('ajv');
    expect(Object.keys(pkg.devDependencies)).toContain('ajv');
  });
});
