// Bundles the GitHub Action (action/src/index.ts) into the committed file that action.yml
// runs, action/dist/index.js, and beside it action/dist/sigstore.js (action/src/sigstore.ts),
// which index.js imports only when a run signs its evidence. The built-in rule packs are
// embedded as data, the same way scripts/build.mjs does it for the CLI. The bundle targets
// node20 syntax so it runs on the Node 20 used for development and on the node24 runtime of
// GitHub's runners.
//
//   node scripts/build-action.mjs                 → action/dist/index.js
//   node scripts/build-action.mjs --outfile FILE  → FILE and sigstore.js beside it
//                                                   (test/action/check-dist.test.ts compares
//                                                   both with the committed bundle)
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions, root } from './packs.mjs';

export async function buildAction(outfile = join(root, 'action/dist/index.js')) {
  await build({ ...bundleOptions(), entryPoints: [join(root, 'action/src/index.ts')], outfile });
  // The Sigstore signer (evidence-signing), imported at run time only by runs that sign.
  await build({
    ...bundleOptions(),
    entryPoints: [join(root, 'action/src/sigstore.ts')],
    outfile: join(dirname(outfile), 'sigstore.js'),
  });
  return outfile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--outfile');
  const outfile = at === -1 ? undefined : resolve(process.argv[at + 1] ?? '');
  await buildAction(outfile);
}
