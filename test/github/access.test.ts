/**
 * The CLI's one token lookup (src/github/access.ts), used by central configs and by the
 * evidence commands alike: GITHUB_TOKEN, else GH_TOKEN, else `gh auth token` — here a stand-in
 * `gh` on PATH that prints a composed token, or fails as a logged-out GitHub CLI does.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiBaseUrl, findToken } from '../../src/github/access.js';
import { compose } from '../support/compose.js';
import { makeTempDir } from '../support/git.js';

let bin: { dir: string; cleanup: () => void } | undefined;
afterEach(() => bin?.cleanup());

/** A folder with a `gh` that prints `token` for `gh auth token` (null: exits 1, logged out). */
function fakeGh(token: string | null): string {
  bin = makeTempDir('mandate-gh-');
  const script = join(bin.dir, 'gh');
  writeFileSync(
    script,
    token === null
      ? '#!/bin/sh\necho "not logged in" >&2\nexit 1\n'
      : `#!/bin/sh\n[ "$1 $2" = "auth token" ] || exit 2\necho "${token}"\n`,
  );
  chmodSync(script, 0o755);
  return bin.dir;
}

const token = (seed: number) => compose('{{github:ghp_}}', seed);

describe('findToken', () => {
  it('takes GITHUB_TOKEN first, then GH_TOKEN (an empty one counts as unset)', () => {
    const [a, b] = [token(1), token(2)];
    const path = fakeGh(token(3));
    expect(findToken({ GITHUB_TOKEN: a, GH_TOKEN: b, PATH: path })).toBe(a);
    expect(findToken({ GITHUB_TOKEN: '', GH_TOKEN: b, PATH: path })).toBe(b);
    expect(findToken({ GITHUB_TOKEN: ' \n', GH_TOKEN: ` ${b}\n`, PATH: path })).toBe(b);
  });

  it('asks a logged-in GitHub CLI when the environment has none', () => {
    const fromGh = token(4);
    expect(findToken({ PATH: fakeGh(fromGh) })).toBe(fromGh);
  });

  it('is null when the GitHub CLI is logged out or not installed', () => {
    expect(findToken({ PATH: fakeGh(null) })).toBeNull();
    bin?.cleanup();
    bin = makeTempDir('mandate-no-gh-');
    expect(findToken({ PATH: bin.dir })).toBeNull();
  });
});

describe('apiBaseUrl', () => {
  it("is GITHUB_API_URL without trailing slashes, else github.com's", () => {
    expect(apiBaseUrl({})).toBe('https://api.github.com');
    expect(apiBaseUrl({ GITHUB_API_URL: '' })).toBe('https://api.github.com');
    expect(apiBaseUrl({ GITHUB_API_URL: 'https://ghes.example.test/api/v3//' })).toBe(
      'https://ghes.example.test/api/v3',
    );
  });
});
