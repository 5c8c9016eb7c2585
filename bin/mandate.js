#!/usr/bin/env node
// The CLI is bundled (dist/cli.js and its chunks, built by `npm run build:cli`; committed)
// so the pre-commit hook starts fast.
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('mandate: dist/cli.js is missing. Run `npm run build:cli`.\n');
  } else {
    process.stderr.write(`mandate: could not start: ${error?.message}\n`);
  }
  process.exit(2);
});
