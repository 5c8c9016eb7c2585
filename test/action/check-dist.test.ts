/**
 * The committed bundle must be what the sources build: CI fails when action/dist/index.js is
 * (or action/dist/sigstore.js) is stale (the ecosystem's check-dist habit). Fix with `node scripts/build-action.mjs`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { BUNDLE, ROOT } from './run-action.js';

it('action/dist/index.js and sigstore.js are byte-identical to a fresh build', () => {
  const outfile = join(mkdtempSync(join(tmpdir(), 'mandate-dist-')), 'index.js');
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-action.mjs'), '--outfile', outfile], {
    cwd: ROOT,
  });
  const fresh = readFileSync(outfile);
  const committed = readFileSync(BUNDLE);
  expect(
    fresh.equals(committed),
    'action/dist/index.js is stale: run `node scripts/build-action.mjs` and commit the result',
  ).toBe(true);
  // The Sigstore signer, built beside it and imported only by runs that sign.
  expect(
    readFileSync(join(dirname(outfile), 'sigstore.js')).equals(
      readFileSync(join(dirname(BUNDLE), 'sigstore.js')),
    ),
    'action/dist/sigstore.js is stale: run `node scripts/build-action.mjs` and commit the result',
  ).toBe(true);
});
