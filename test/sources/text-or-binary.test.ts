/**
 * Issue 9.2: one NUL byte made a file "binary" and unscanned. Text is told from binary by more
 * than a NUL in the first 8,000 bytes (detect.ts, the one place every source asks): UTF-16 with
 * and without a byte order mark is decoded, a text file with stray NULs is scanned, real binary
 * content is still skipped. Shown through the directory scan of real files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanChangeSet } from '../../src/core/engine.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { decodeText, looksBinary, textEncoding } from '../../src/sources/detect.js';
import { pathsSource } from '../../src/sources/paths.js';
import { UnifiedDiffParser } from '../../src/sources/unified-diff.js';
import { compose, mulberry32 } from '../support/compose.js';
import { makeTempDir } from '../support/git.js';

const rules = compileRules(
  builtinPacks().flatMap((pack) => pack.rules ?? []),
  { allowlist: { paths: [], regexes: [], stopwords: [] }, overrides: {} },
);

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
}

function randomBytes(length: number, seed: number): Buffer {
  const random = mulberry32(seed);
  return Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));
}

const token = compose('{{github:ghp_}}', 41);
const config = `# settings\nname: deploy\ngithub_token: ${token}\n`;

describe('text or binary', () => {
  it.each([
    ['UTF-16LE with BOM', utf16(config, 'le', true), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(config, 'be', true), 'utf-16be'],
    ['UTF-16LE without BOM', utf16(config, 'le', false), 'utf-16le'],
    ['UTF-16BE without BOM', utf16(config, 'be', false), 'utf-16be'],
    ['UTF-8 with one stray NUL', Buffer.from(`\0${config}`), 'utf-8'],
    ['UTF-8 with NULs between lines', Buffer.from(config.replaceAll('\n', '\n\0\0')), 'utf-8'],
  ])('%s is text, decoded', (_name, bytes, encoding) => {
    expect(textEncoding(bytes)).toBe(encoding);
    expect(decodeText(bytes).replaceAll('\0', '')).toBe(config);
  });

  it.each([
    ['random bytes', randomBytes(4000, 1)],
    [
      'a PNG header and pixels',
      Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), randomBytes(3000, 2)]),
    ],
    [
      'an ELF header and zeros',
      Buffer.concat([
        Buffer.from('\x7fELF\x02\x01\x01', 'latin1'),
        Buffer.alloc(600),
        randomBytes(2000, 3),
      ]),
    ],
    [
      'a NUL-padded record file',
      Buffer.concat(
        Array.from({ length: 50 }, (_, i) =>
          Buffer.concat([Buffer.from(`id${i}`), Buffer.alloc(60)]),
        ),
      ),
    ],
  ])('%s is binary', (_name, bytes) => {
    expect(looksBinary(bytes)).toBe(true);
  });

  it('scans UTF-16 and NUL-bearing files in a directory scan; skips real binaries', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    writeFileSync(join(dir, 'le-bom.yml'), utf16(config, 'le', true));
    writeFileSync(join(dir, 'le-nobom.yml'), utf16(config, 'le', false));
    writeFileSync(join(dir, 'be-nobom.yml'), utf16(config, 'be', false));
    writeFileSync(join(dir, 'stray-nul.yml'), Buffer.from(`\0${config}`));
    writeFileSync(join(dir, 'creds.png'), config); // a text file with a binary-looking name
    writeFileSync(
      join(dir, 'real.png'),
      Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), randomBytes(3000, 4)]),
    );
    const result = await scanChangeSet(
      pathsSource({ root: dir, paths: ['.'], maxFileSize: 1 << 20, respectGitignore: false }),
      { rules, failOn: 'high', ignore: [], baseline: new Set() },
      { mode: 'ci', now: new Date(0) },
    );
    expect(result.findings.map((f) => [f.path, f.line, f.column])).toEqual([
      ['be-nobom.yml', 3, 15],
      ['creds.png', 3, 15],
      ['le-bom.yml', 3, 15],
      ['le-nobom.yml', 3, 15],
      ['stray-nul.yml', 3, 15],
    ]);
    expect(result.stats.skipped).toEqual({ binary: 1 });
    expect(result.decision).toBe('block');
  });
});

describe('UTF-16 in a git diff (git prints its bytes with --text)', () => {
  it('decodes added UTF-16LE and UTF-16BE lines, keeps stray NULs', () => {
    const asBytes = (buf: Buffer) => buf.toString('latin1');
    const le = asBytes(utf16(config, 'le', false));
    const be = asBytes(utf16(config, 'be', false));
    // Lines as git splits the bytes: at each 0x0A byte.
    const plus = (text: string) =>
      text
        .split('\n')
        .slice(0, -1)
        .map((line) => `+${line}`)
        .join('\n');
    const parser = new UnifiedDiffParser({ maxFileSize: 1 << 20 });
    parser.write(
      [
        'diff --git a/le.yml b/le.yml\nnew file mode 100644\n--- /dev/null\n+++ b/le.yml\n@@ -0,0 +1,4 @@',
        plus(`${le}\n`),
        'diff --git a/be.yml b/be.yml\nnew file mode 100644\n--- /dev/null\n+++ b/be.yml\n@@ -0,0 +1,4 @@',
        plus(`${be}\n`),
        'diff --git a/nul.txt b/nul.txt\nnew file mode 100644\n--- /dev/null\n+++ b/nul.txt\n@@ -0,0 +1 @@',
        '+key\0value = 1',
        '',
      ].join('\n'),
    );
    parser.end();
    const files = parser.take();
    const texts = files.map((file) => file.hunks.map((hunk) => hunk.text).join('\n'));
    expect(texts[0]).toBe(config);
    expect(texts[1]).toBe(config);
    expect(texts[2]).toBe('key\0value = 1');
  });
});
