import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/core/types.js';
import {
  parseDiffStream,
  parseGitHeader,
  parseHunks,
  UnifiedDiffParser,
  unquoteCString,
} from '../../src/sources/unified-diff.js';
import { collect } from '../support/git.js';

const MARKER = '\x01m\x02';

const SAMPLE = [
  `${MARKER}aaaa\0Ada\0ada@example.test\x002024-01-02T03:04:05+00:00\0first subject`,
  '',
  'diff --git a/src/app.ts b/src/app.ts',
  'index 1111111..2222222 100644',
  '--- a/src/app.ts',
  '+++ b/src/app.ts',
  '@@ -3,2 +3,3 @@ function f() {',
  '-old one',
  '--- a/looks-like-a-header',
  '+new one\r',
  '++++ b/also-content',
  '+diff --git a/x b/x',
  '@@ -10 +11,0 @@',
  '-removed only',
  '@@ -20,0 +21 @@',
  '+last line',
  '\\ No newline at end of file',
  'diff --git a/docs/ré sumé.txt b/docs/ré sumé.txt',
  'new file mode 100644',
  'index 0000000..3333333',
  '--- /dev/null',
  '+++ b/docs/ré sumé.txt\t',
  '@@ -0,0 +1,2 @@',
  '+a',
  '+b',
  `${MARKER}bbbb\0Bob\0bob@example.test\x002024-01-01T00:00:00+00:00\0second`,
  '',
  'diff --git "a/q\\"uote\\tx" "b/q\\"uote\\tx"',
  'deleted file mode 100644',
  'index 4444444..0000000',
  '--- "a/q\\"uote\\tx"',
  '+++ /dev/null',
  '@@ -1 +0,0 @@',
  '-gone',
  'diff --git a/img.png b/img.png',
  'new file mode 100644',
  'index 0000000..5555555',
  'Binary files /dev/null and b/img.png differ',
  'diff --git a/old name.txt b/new name.txt',
  'similarity index 90%',
  'rename from old name.txt',
  'rename to new name.txt',
  'index 6666666..7777777 100644',
  '--- a/old name.txt\t',
  '+++ b/new name.txt\t',
  '@@ -5,0 +6 @@',
  '+added',
  'diff --git a/vendor/lib b/vendor/lib',
  'new file mode 160000',
  'index 0000000..8888888',
  '--- /dev/null',
  '+++ b/vendor/lib',
  '@@ -0,0 +1 @@',
  '+Subproject commit 8888888888888888888888888888888888888888',
  '',
].join('\n');

function parseAll(chunks: string[], maxFileSize = 1 << 20): ChangedFile[] {
  const parser = new UnifiedDiffParser({ maxFileSize, commitMarker: MARKER });
  const out: ChangedFile[] = [];
  for (const chunk of chunks) {
    parser.write(chunk);
    out.push(...parser.take());
  }
  parser.end();
  out.push(...parser.take());
  return out;
}

describe('UnifiedDiffParser', () => {
  const expected = parseAll([SAMPLE]);

  it('parses files, hunks, names, statuses and commits', () => {
    expect(
      expected.map((f) => [f.path, f.oldPath, f.status, f.skipped, f.hunks, f.commit?.sha]),
    ).toEqual([
      [
        'src/app.ts',
        undefined,
        'modified',
        undefined,
        [
          { startLine: 3, text: 'new one\n+++ b/also-content\ndiff --git a/x b/x' },
          { startLine: 21, text: 'last line' },
        ],
        'aaaa',
      ],
      ['docs/ré sumé.txt', undefined, 'added', undefined, [{ startLine: 1, text: 'a\nb' }], 'aaaa'],
      ['q"uote\tx', undefined, 'deleted', 'deleted', [], 'bbbb'],
      ['img.png', undefined, 'added', 'binary', [], 'bbbb'],
      [
        'new name.txt',
        'old name.txt',
        'renamed',
        undefined,
        [{ startLine: 6, text: 'added' }],
        'bbbb',
      ],
      ['vendor/lib', undefined, 'added', 'submodule', [], 'bbbb'],
    ]);
    expect(expected[0]?.commit).toEqual({
      sha: 'aaaa',
      author: 'Ada',
      email: 'ada@example.test',
      date: '2024-01-02T03:04:05+00:00',
      summary: 'first subject',
    });
    expect(expected[0]?.lines).toBe(4);
    expect(expected[0]?.size).toBe(
      'new one\n+++ b/also-content\ndiff --git a/x b/x\nlast line\n'.length,
    );
  });

  it('gives the same result however the text is split', () => {
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: string[] = [];
      for (let i = 0; i < SAMPLE.length; i += size) chunks.push(SAMPLE.slice(i, i + size));
      expect(parseAll(chunks)).toEqual(expected);
    }
  });

  it('emits a file as soon as the next one starts (incremental, not buffered)', () => {
    const parser = new UnifiedDiffParser({ maxFileSize: 1 << 20 });
    parser.write('diff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -1,0 +2 @@\n+x\n');
    expect(parser.take()).toEqual([]);
    parser.write('diff --git a/b b/b\n');
    expect(parser.take().map((f) => f.path)).toEqual(['a']);
    parser.end();
    expect(parser.take().map((f) => f.path)).toEqual(['b']);
  });

  it('keeps memory flat over a long log: files leave as they complete', () => {
    const parser = new UnifiedDiffParser({ maxFileSize: 1 << 20, commitMarker: MARKER });
    let files = 0;
    let maxReady = 0;
    for (let c = 0; c < 5000; c++) {
      parser.write(
        `${MARKER}${c}\0A\0a@b\0d\0s\n\ndiff --git a/f${c} b/f${c}\nnew file mode 100644\n--- /dev/null\n+++ b/f${c}\n@@ -0,0 +1,2 @@\n+l1\n+l2\n`,
      );
      const ready = parser.take();
      maxReady = Math.max(maxReady, ready.length);
      files += ready.length;
    }
    parser.end();
    files += parser.take().length;
    expect(files).toBe(5000);
    expect(parser.commits).toBe(5000);
    expect(maxReady).toBeLessThanOrEqual(1);
  });

  it('keeps the text of a file over maxFileSize (scanned in chunks, never skipped)', () => {
    const [file] = parseAll(
      ['diff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -0,0 +1,3 @@\n+12345\n+12345\n+x\n'],
      10,
    );
    expect(file).toMatchObject({
      hunks: [{ startLine: 1, text: '12345\n12345\nx' }],
      lines: 3,
      size: 14,
    });
    expect(file?.skipped).toBeUndefined();
  });

  it('decodes a byte stream with multi-byte characters split across chunks', async () => {
    const bytes = Buffer.from('diff --git a/é b/é\n--- a/é\n+++ b/é\n@@ -0,0 +1 @@\n+naïve ☃\n');
    const chunks = Array.from(bytes, (b) => Uint8Array.of(b));
    async function* source() {
      yield* chunks;
    }
    const files = await collect(
      parseDiffStream(source(), new UnifiedDiffParser({ maxFileSize: 100 })),
    );
    expect(files.map((f) => [f.path, f.hunks])).toEqual([
      ['é', [{ startLine: 1, text: 'naïve ☃' }]],
    ]);
  });
});

describe('unquoteCString', () => {
  it.each([
    ['"a\\"b"', 'a"b'],
    ['"tab\\there"', 'tab\there'],
    ['"back\\\\slash"', 'back\\slash'],
    ['"nl\\nx"', 'nl\nx'],
    ['"caf\\303\\251"', 'café'],
    ['"ré \\"q\\""', 'ré "q"'],
  ])('%s', (quoted, value) => {
    expect(unquoteCString(quoted)?.value).toBe(value);
  });

  it('rejects an unterminated string', () => {
    expect(unquoteCString('"open')).toBeNull();
  });
});

describe('parseGitHeader', () => {
  it.each([
    ['a/x.txt b/x.txt', { old: 'x.txt', new: 'x.txt' }],
    ['a/has b/inside b/has b/inside', { old: 'has b/inside', new: 'has b/inside' }],
    ['a/sp ace b/sp ace', { old: 'sp ace', new: 'sp ace' }],
    ['"a/q\\"x" "b/q\\"x"', { old: 'q"x', new: 'q"x' }],
    ['a/plain "b/q\\"x"', { old: 'plain', new: 'q"x' }],
  ])('%s', (rest, names) => {
    expect(parseGitHeader(rest)).toEqual(names);
  });
});

describe('parseHunks (a GitHub API patch: hunks without file headers)', () => {
  const gitOutput = [
    'diff --git a/src/app.ts b/src/app.ts',
    'index 1111111..2222222 100644',
    '--- a/src/app.ts',
    '+++ b/src/app.ts',
    '@@ -1,2 +1,3 @@',
    ' keep',
    '--- a/looks/like/a/header',
    '+changed\r',
    '+++ b/also/added',
    '@@ -9,0 +10,1 @@',
    '+later',
    '',
  ].join('\n');

  it('reads the same hunks as the git parser reads from full diff output', () => {
    const parser = new UnifiedDiffParser({ maxFileSize: 1_000_000 });
    parser.write(gitOutput);
    parser.end();
    const [fromGit] = parser.take();
    const patch = gitOutput.slice(gitOutput.indexOf('@@'));
    const fromApi = parseHunks(patch);
    expect(fromApi.hunks).toEqual(fromGit!.hunks);
    expect(fromApi.hunks).toEqual([
      { startLine: 2, text: 'changed\n++ b/also/added' },
      { startLine: 10, text: 'later' },
    ]);
    expect(fromApi.lines).toBe(fromGit!.lines);
    expect(fromApi.size).toBe(fromGit!.size);
    expect(fromApi.binary).toBe(false);
  });

  it('judges binary content as the git sources do', () => {
    expect(parseHunks('@@ -0,0 +1,1 @@\n+\u0000\u0001\u0002\u0003binary\u0000').binary).toBe(true);
  });
});
