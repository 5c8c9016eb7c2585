import { describe, expect, it } from 'vitest';
import { ChangeListing } from '../../src/core/listing.js';
import type { ChangedFile, ChangeSet } from '../../src/core/types.js';
import { changeSetOf } from './helpers.js';

function file(path: string, text: string, extra: Partial<ChangedFile> = {}): ChangedFile {
  return {
    path,
    status: 'modified',
    hunks: text === '' ? [] : [{ startLine: 3, text }],
    size: text.length,
    lines: text.split('\n').length,
    binary: false,
    ...extra,
  };
}

const changeSet = (files: ChangedFile[]): ChangeSet =>
  changeSetOf(files, 'pull-request', 'a change');

async function drain(set: ChangeSet): Promise<string[]> {
  const seen: string[] = [];
  for await (const f of set.files) seen.push(f.path);
  return seen;
}

const FILES = [
  file('src/a.ts', 'one\ntwo'),
  file('SECURITY.md', 'policy'),
  file('docs/new.md', '', { status: 'renamed', oldPath: 'docs/policy.md' }),
  file('big.bin', '', { skipped: 'binary', binary: true }),
];

describe('ChangeListing', () => {
  it('passes every file through unchanged and, for `pull-request`, lists each with its added lines', async () => {
    const listing = new ChangeListing(['pull-request', 'policy-documents'], ['SECURITY.md']);
    expect(await drain(listing.changeSet(changeSet(FILES)))).toEqual(FILES.map((f) => f.path));
    expect(listing.files).toEqual([
      {
        path: 'src/a.ts',
        status: 'modified',
        added: [
          { line: 3, text: 'one' },
          { line: 4, text: 'two' },
        ],
      },
      { path: 'SECURITY.md', status: 'modified', added: [{ line: 3, text: 'policy' }] },
      { path: 'docs/new.md', oldPath: 'docs/policy.md', status: 'renamed', added: [] },
      { path: 'big.bin', status: 'modified', added: [], unread: true },
    ]);
    expect(listing.touches()).toEqual(['SECURITY.md']);
  });

  it('keeps only the policy files, without lines, under `policy-documents` alone (by path or old path)', async () => {
    const listing = new ChangeListing(['policy-documents'], ['docs/policy.md', 'SECURITY.md']);
    await drain(listing.changeSet(changeSet(FILES)));
    expect(listing.files.map((f) => [f.path, f.added.length])).toEqual([
      ['SECURITY.md', 0],
      ['docs/new.md', 0],
    ]);
    expect(listing.touches()).toEqual(['SECURITY.md', 'docs/policy.md']);
  });

  it('lists a file read in overlapping pieces once, each added line once', async () => {
    const listing = new ChangeListing(['pull-request']);
    const pieces = [
      file('big.ts', 'a\nb\nc', { status: 'added' }),
      file('big.ts', 'c\nd', {
        status: 'added',
        hunks: [{ startLine: 5, text: 'c\nd' }],
        continued: true,
      }),
      file('next.ts', 'x'),
    ];
    await drain(listing.changeSet(changeSet(pieces)));
    expect(listing.files.map((f) => [f.path, f.added.map((a) => `${a.line}:${a.text}`)])).toEqual([
      ['big.ts', ['3:a', '4:b', '5:c', '6:d']],
      ['next.ts', ['3:x']],
    ]);
  });

  it('keeps nothing when no need asks for the listing', async () => {
    const listing = new ChangeListing(['added-lines'], ['SECURITY.md']);
    expect(await drain(listing.changeSet(changeSet(FILES)))).toHaveLength(4);
    expect(listing.files).toEqual([]);
    expect(listing.touches()).toEqual([]);
  });
});
