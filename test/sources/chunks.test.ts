/**
 * Files over max_file_size are scanned in overlapping chunks, never skipped: a secret padded past
 * the limit, one on a chunk seam and a PEM block across a seam are each reported once, on the
 * right line and column, by the directory scan and the git diff sources.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanChangeSet } from '../../src/core/engine.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import type { ChangeSet } from '../../src/core/types.js';
import { builtinPacks } from '../../src/rules/packs.js';
import {
  CHUNK_OVERLAP,
  chunkLines,
  chunkSize,
  nextChunkStart,
  TextChunker,
} from '../../src/sources/chunks.js';
import { diffSource } from '../../src/sources/diff.js';
import { pathsSource } from '../../src/sources/paths.js';
import { stagedSource } from '../../src/sources/staged.js';
import { UnifiedDiffParser } from '../../src/sources/unified-diff.js';
import { compose } from '../support/compose.js';
import { collect, makeTempDir } from '../support/git.js';
import { scratch } from '../support/scratch.js';

const rules = compileRules(
  builtinPacks().flatMap((pack) => pack.rules ?? []),
  { allowlist: { paths: [], regexes: [], stopwords: [] }, overrides: {} },
);
const SMALL = 1000; // max_file_size: chunks of chunkSize(SMALL) characters
const CHUNK = chunkSize(SMALL);

const { repo, track } = scratch();

async function findings(changeSet: ChangeSet) {
  const result = await scanChangeSet(
    changeSet,
    { rules, failOn: 'high', ignore: [], baseline: new Set() },
    { mode: 'ci', now: new Date(0) },
  );
  return result;
}

/** Filler lines of `width` characters (no secret shape) up to about `chars` characters. */
function filler(chars: number, width = 79): string[] {
  const line = 'x'.repeat(width - 10);
  return Array.from(
    { length: Math.ceil(chars / (width + 1)) },
    (_, i) => `${i}`.padStart(9) + ` ${line}`,
  );
}

/**
 * A file of filler with a token on the seam of its first two chunks (in the overlap), a PEM
 * block across the cut, and a token at the very end.
 */
function plantedFile(): { text: string; lines: Record<string, number> } {
  const lines = filler(CHUNK - CHUNK_OVERLAP / 2);
  const seamToken = compose('{{github:ghp_}}', 3);
  const endToken = compose('{{github:ghp_}}', 4);
  const at = { seam: 0, pem: 0, end: 0 };
  lines.push(`token = "${seamToken}"`);
  at.seam = lines.length;
  // Filler so the PEM block starts just before the first chunk's end.
  lines.push(...filler(CHUNK_OVERLAP / 2 - 200));
  at.pem = lines.length + 1;
  lines.push(...compose('{{pem:RSA PRIVATE KEY}}', 5).split('\n'));
  lines.push(...filler(3 * CHUNK));
  lines.push(`api = "${endToken}"`);
  at.end = lines.length;
  return { text: `${lines.join('\n')}\n`, lines: at };
}

describe('chunked reading', () => {
  it('cuts at line starts with at least CHUNK_OVERLAP characters shared', () => {
    const text = `${'a'.repeat(CHUNK_OVERLAP * 3)}\n${'b'.repeat(100)}\n${'c'.repeat(CHUNK_OVERLAP)}`;
    const start = nextChunkStart(text);
    expect(text.length - start).toBeGreaterThanOrEqual(CHUNK_OVERLAP);
    expect(text[start - 1]).toBe('\n');
  });

  it("counts each chunk's lines once, while cutting, as chunkLines would", () => {
    const chunker = new TextChunker(CHUNK);
    const text = Array.from({ length: 30_000 }, (_, i) => `line ${i} ${'z'.repeat(i % 90)}`).join(
      '\n',
    );
    // Pushed a read at a time, as readChunked does.
    const hunks = [];
    for (let at = 0; at < text.length; at += CHUNK)
      hunks.push(...chunker.push(text.slice(at, at + CHUNK)));
    hunks.push(chunker.finish()!);
    expect(hunks.length).toBeGreaterThan(2);
    for (const hunk of hunks) expect(chunker.lines(hunk)).toBe(chunkLines(hunk));
    expect(hunks.reduce((sum, hunk) => sum + chunker.lines(hunk), 0)).toBe(30_000);
  });

  it('cuts a line longer than the overlap mid-line and keeps columns', () => {
    const chunker = new TextChunker(CHUNK);
    const hunks = [...chunker.push('y'.repeat(CHUNK * 2)), chunker.finish()!];
    expect(hunks.length).toBeGreaterThan(1);
    expect(hunks[1]).toMatchObject({ startLine: 1, startColumn: hunks[0]!.until! + 1 });
  });

  it('scans a file over max_file_size in pieces: every secret once, on its line', async () => {
    const { dir, cleanup } = makeTempDir();
    track(cleanup);
    const { text, lines } = plantedFile();
    writeFileSync(join(dir, 'padded.txt'), text);
    const source = pathsSource({
      root: dir,
      paths: ['.'],
      maxFileSize: SMALL,
      respectGitignore: false,
    });
    const result = await findings(source);
    expect(result.stats.skipped).toEqual({});
    expect(result.stats.files).toBe(1);
    expect(result.stats.lines).toBe(text.split('\n').length - 1);
    expect(result.stats.bytes).toBe(Buffer.byteLength(text));
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['secret/github-pat', lines.seam],
      ['secret/private-key', lines.pem],
      ['secret/github-pat', lines.end],
    ]);
    expect(result.decision).toBe('block');
  });

  it('reads a large file a chunk at a time (pieces, each bounded)', async () => {
    const { dir, cleanup } = makeTempDir();
    track(cleanup);
    const { text } = plantedFile();
    writeFileSync(join(dir, 'padded.txt'), text);
    const source = pathsSource({
      root: dir,
      paths: ['.'],
      maxFileSize: SMALL,
      respectGitignore: false,
    });
    const pieces = await collect(source.files);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.slice(1).every((piece) => piece.continued === true)).toBe(true);
    for (const piece of pieces) {
      expect(piece.hunks[0]!.text.length).toBeLessThan(CHUNK + 128 * 1024);
    }
    // Each secret is found by exactly one piece, before any dedupe step.
    const raw = pieces.flatMap((piece) => scanFile(piece, rules));
    expect(raw.map((finding) => finding.ruleId)).toEqual([
      'secret/github-pat',
      'secret/private-key',
      'secret/github-pat',
    ]);
  });

  it('decodes UTF-8 across read boundaries as the whole file decodes (BOM dropped, characters whole)', async () => {
    const { dir, cleanup } = makeTempDir();
    track(cleanup);
    // Two-, three- and four-byte characters, so one of them straddles every read boundary.
    const line = 'é€😀 naïve café — ünïcödé text, line of filler abcdefghijklmnopqrstu\n';
    const text = line.repeat(Math.ceil((3 * CHUNK) / line.length));
    writeFileSync(
      join(dir, 'utf8.txt'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    const pieces = await collect(
      pathsSource({ root: dir, paths: ['.'], maxFileSize: SMALL, respectGitignore: false }).files,
    );
    expect(pieces.length).toBeGreaterThan(2);
    // Each piece's text up to `until` (the next piece's start), laid end to end, is the file.
    const joined = pieces
      .map((piece) => piece.hunks[0]!.text.slice(0, piece.hunks[0]!.until))
      .join('');
    expect(joined.length).toBe(text.length);
    expect(joined === text).toBe(true);
    expect(joined).not.toContain('\ufffd');
  });

  it('scans added text over max_file_size in --diff and --staged', async () => {
    const r = repo();
    r.commit('init', { 'README.md': 'hello\n' });
    const { text, lines } = plantedFile();
    r.commit('pad', { 'data/dump.sql': text });
    const diff = await findings(
      diffSource({ repoRoot: r.dir, range: 'HEAD~1..HEAD', maxFileSize: SMALL }),
    );
    expect(diff.stats.skipped).toEqual({});
    expect(diff.stats.files).toBe(1);
    expect(diff.findings.map((f) => f.line)).toEqual([lines.seam, lines.pem, lines.end]);

    r.write('data/other.sql', text);
    r.git('add', 'data/other.sql');
    const staged = await findings(stagedSource({ repoRoot: r.dir, maxFileSize: SMALL }));
    expect(staged.findings.map((f) => [f.path, f.line])).toEqual([
      ['data/other.sql', lines.seam],
      ['data/other.sql', lines.pem],
      ['data/other.sql', lines.end],
    ]);
  });

  it('keeps separate hunks of a large diff whole and counts each added line once', () => {
    const parser = new UnifiedDiffParser({ maxFileSize: SMALL });
    const body = filler(CHUNK * 2);
    parser.write(
      `diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -0,0 +1,${body.length} @@\n${body.map((l) => `+${l}`).join('\n')}\n`,
    );
    parser.end();
    const pieces = parser.take();
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.reduce((sum, piece) => sum + piece.lines, 0)).toBe(body.length);
    expect(pieces.filter((piece) => piece.continued !== true)).toHaveLength(1);
  });
});
