// The real-code corpus of `npm run bench`: nine pinned npm packages, as published (`npm pack`),
// extracted side by side. Real repositories are many small files; a generated tree of large
// files flatters a scanner whose cost is per file. The corpus is cached between runs under the
// user's cache folder (XDG_CACHE_HOME or ~/.cache), outside any repository, so that no default
// ignore rule leaves it out; a second bench running at the same time builds its own copy and
// renames it into place (the first rename wins, the other copy is removed).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/** The packages, pinned: changing one changes the corpus, so the folder name carries a version. */
export const REAL_CODE_PACKAGES = [
  'typescript@5.6.3',
  'three@0.170.0',
  'date-fns@4.1.0',
  'prettier@3.3.3',
  'highlight.js@11.10.0',
  'rxjs@7.8.1',
  '@types/node@22.9.0',
  'node-gyp@10.2.0',
  'lodash@4.17.21',
];
const CORPUS_VERSION = 'real-code-v1';

function cacheRoot() {
  const base = process.env.XDG_CACHE_HOME || join(os.homedir(), '.cache');
  return join(base, 'mandate-bench');
}

/** Files and bytes under a folder (regular files only, symlinks not followed). */
export function measureTree(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        files += 1;
        bytes += statSync(path).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

/**
 * The corpus folder, built on first use: `npm pack` of each package (from the registry, or
 * npm's own cache), extracted to `<name>/`. Returns null (and logs why) when it cannot be built,
 * e.g. offline with a cold npm cache.
 */
export function realCodeCorpus(log) {
  const root = cacheRoot();
  const dir = join(root, CORPUS_VERSION);
  if (existsSync(join(dir, '.complete'))) return dir;
  mkdirSync(root, { recursive: true });
  const work = mkdtempSync(join(root, `${CORPUS_VERSION}.tmp-`));
  try {
    const tarballs = join(work, '.tarballs');
    mkdirSync(tarballs);
    log(`real-code corpus: npm pack ${REAL_CODE_PACKAGES.length} packages into ${dir}…`);
    const packed = spawnSync(
      'npm',
      ['pack', '--silent', '--pack-destination', tarballs, ...REAL_CODE_PACKAGES],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (packed.status !== 0) {
      log(`real-code corpus: npm pack failed (${packed.stderr.trim().split('\n')[0]}); skipped`);
      return null;
    }
    for (const tarball of readdirSync(tarballs)) {
      const target = join(work, tarball.replace(/\.tgz$/, ''));
      mkdirSync(target);
      const untar = spawnSync('tar', ['-xzf', join(tarballs, tarball), '-C', target], {
        encoding: 'utf8',
      });
      if (untar.status !== 0) {
        log(`real-code corpus: could not extract ${tarball}: ${untar.stderr.trim()}; skipped`);
        return null;
      }
    }
    rmSync(tarballs, { recursive: true, force: true });
    writeFileSync(join(work, '.complete'), `${REAL_CODE_PACKAGES.join('\n')}\n`);
    try {
      renameSync(work, dir);
    } catch {
      // another bench finished first: use its copy
    }
    return existsSync(join(dir, '.complete')) ? dir : null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The reference for "reading and matching as fast as the machine allows": one ripgrep pass of
 * every built-in rule keyword (case-insensitive fixed strings, one automaton) over the tree,
 * no ignore files. Null when ripgrep is not installed.
 */
export function ripgrepCommand(rulesFile, parseYaml) {
  if (spawnSync('rg', ['--version']).status !== 0) return null;
  const packs = parseYaml(readFileSync(rulesFile, 'utf8'));
  const keywords = new Set();
  for (const pack of Array.isArray(packs) ? packs : [packs]) {
    for (const rule of pack.rules ?? []) for (const k of rule.keywords ?? []) keywords.add(k);
  }
  const args = ['--no-ignore', '--hidden', '--ignore-case', '--fixed-strings', '--count-matches'];
  for (const k of [...keywords].sort()) args.push('-e', k);
  return { args: [...args, '.'], keywords: keywords.size };
}

/**
 * A tree of `copies` hard-linked copies of the corpus (no extra disk), in a temporary folder
 * beside it, for "peak memory flat as the tree grows". The caller removes it.
 */
export function multipliedCorpus(corpus, copies) {
  const dir = mkdtempSync(join(cacheRoot(), 'real-code-x-'));
  for (let i = 0; i < copies; i++) {
    const made = spawnSync('cp', ['-al', corpus, join(dir, `copy-${i}`)], { encoding: 'utf8' });
    if (made.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      return null;
    }
  }
  return dir;
}
