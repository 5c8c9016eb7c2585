/**
 * dist/ (the bundled CLI) is committed, so `npm install <git URL>` and the pre-commit framework
 * install mandate without building it (no dev dependencies, no network beyond the clone). It
 * must be what the sources build: this test fails when it is stale.
 * Fix with `npm run build:cli` and commit dist/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

it('dist/ is byte-identical to a fresh build of the sources', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'mandate-dist-'));
  try {
    const outdir = join(tmp, 'dist');
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outdir', outdir], {
      cwd: ROOT,
    });
    const committed = join(ROOT, 'dist');
    const stale = 'dist/ is stale: run `npm run build:cli` and commit dist/';
    expect(files(committed), stale).toEqual(files(outdir));
    for (const name of files(outdir)) {
      expect(
        readFileSync(join(committed, name)).equals(readFileSync(join(outdir, name))),
        `${stale} (${name})`,
      ).toBe(true);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
