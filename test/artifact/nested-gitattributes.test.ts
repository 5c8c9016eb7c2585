/**
 * Git LFS tracking honours every folder's `.gitattributes` (gitattributes(5)): patterns are
 * relative to the file's folder, a file deeper down overrides the ones above, last match wins.
 */
import { describe, expect, it } from 'vitest';
import { attributeFolders, LfsTree, lazyLfs } from '../../src/core/artifact/lfs.js';

const FILES: Record<string, string> = {
  '': '*.bin filter=lfs\n',
  models: '*.pt filter=lfs\nsub/*.onnx filter=lfs\n*.bin -filter\n',
  'models/vendor': '*.pt -filter\n',
};

describe('nested .gitattributes', () => {
  it('names the folders above a path, the root first', () => {
    expect(attributeFolders('a.pt')).toEqual(['']);
    expect(attributeFolders('models/vendor/x.pt')).toEqual(['', 'models', 'models/vendor']);
  });

  it('patterns are relative to their folder; deeper files override', () => {
    const tree = new LfsTree();
    for (const [dir, text] of Object.entries(FILES)) tree.add(dir, text);
    expect(tree.tracks('x.bin')).toBe(true); // root
    expect(tree.tracks('other/x.bin')).toBe(true); // root, any depth
    expect(tree.tracks('models/x.bin')).toBe(false); // models/ unsets it
    expect(tree.tracks('models/deep/x.bin')).toBe(false);
    expect(tree.tracks('models/a.pt')).toBe(true); // models/, any depth below it
    expect(tree.tracks('models/x/y/a.pt')).toBe(true);
    expect(tree.tracks('a.pt')).toBe(false); // not above models/
    expect(tree.tracks('models/vendor/a.pt')).toBe(false); // vendor/ overrides
    expect(tree.tracks('models/sub/m.onnx')).toBe(true); // anchored at models/
    expect(tree.tracks('models/x/sub/m.onnx')).toBe(false);
    expect(tree.tracks('sub/m.onnx')).toBe(false);
  });

  it('reads each folder once, only the folders above the paths asked about', () => {
    const read: string[] = [];
    const lfs = lazyLfs((dir) => {
      read.push(dir);
      return FILES[dir] ?? null;
    });
    expect(lfs.tracks('models/vendor/a.pt')).toBe(false);
    expect(lfs.tracks('models/a.pt')).toBe(true);
    expect(lfs.tracks('models/vendor/b.pt')).toBe(false);
    expect(read).toEqual(['', 'models', 'models/vendor']);
  });
});
