/**
 * The CLI bundle reads its large built-in data (the rule packs, their regex analysis,
 * libphonenumber's metadata) from dist/data/ at run time (scripts/cli-data.mjs). An install
 * that lost or damaged one of those files must fail with a sentence that names the file and
 * says what to do — never a stack trace, never "a bug in mandate", never a silent pass. Built
 * into a temporary folder (the committed dist/ is left alone), as scripts/build.mjs writes it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/git.js';
import { cleanEnv, ROOT, STACK_LINE } from './helpers.js';

let tmp: { dir: string; cleanup: () => void };
let dist: string;
let work: string;

beforeAll(() => {
  tmp = makeTempDir('mandate-data-');
  dist = join(tmp.dir, 'dist');
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outdir', dist], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  work = join(tmp.dir, 'work');
  execFileSync('git', ['init', '-q', work]);
  // A data file with phone numbers: the scan reads all three data files.
  writeFileSync(
    join(work, 'people.csv'),
    'name,phone\nann,+1 202 555 0143\nbob,+44 20 7946 0958\ncy,+1 415 555 2671\n',
  );
}, 60_000);

afterAll(() => tmp?.cleanup());

function scan() {
  return spawnSync(process.execPath, [join(dist, 'cli.js'), 'scan', '.'], {
    cwd: work,
    env: cleanEnv(),
    encoding: 'utf8',
  });
}

describe('dist/data read at run time', () => {
  it('scans with every data file in place', () => {
    const run = scan();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  for (const name of ['packs.json', 'rule-analysis.json', 'phone-metadata.json']) {
    it(`names ${name} and says to reinstall when it is missing or damaged`, () => {
      const file = join(dist, 'data', name);
      const text = readFileSync(file, 'utf8');
      try {
        renameSync(file, `${file}.away`);
        const missing = scan();
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain(`data/${name}`);
        expect(missing.stderr).toMatch(/missing/);
        expect(missing.stderr).toMatch(/reinstall/i);
        expect(missing.stderr).not.toMatch(/internal error|a bug in mandate/);
        expect(missing.stderr).not.toMatch(STACK_LINE);
        renameSync(`${file}.away`, file);

        writeFileSync(file, text.slice(0, text.length >> 1)); // a cut-off copy
        const damaged = scan();
        expect(damaged.status).toBe(2);
        expect(damaged.stderr).toContain(`data/${name}`);
        expect(damaged.stderr).toMatch(/damaged/);
        expect(damaged.stderr).toMatch(/reinstall/i);
        expect(damaged.stderr).not.toMatch(/internal error|a bug in mandate/);
        expect(damaged.stderr).not.toMatch(STACK_LINE);
      } finally {
        writeFileSync(file, text);
      }
    });
  }
});
