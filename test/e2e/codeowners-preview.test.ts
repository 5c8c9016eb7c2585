/**
 * The hook's review preview includes the CODEOWNERS import, read from HEAD in GitHub's lookup
 * order, so that a developer sees before pushing which owners a change will need. Real git
 * repositories, the built CLI.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/git.js';
import { ensureBuilt, mandate } from './helpers.js';

beforeAll(() => {
  ensureBuilt();
});

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

const CONFIG = `extends: [recommended]
review_settings:
  codeowners: any
`;

const CODEOWNERS = `# owners
*        @acme/everyone
docs/*   @acme/docs
/build/  @acme/release
/apps/   @acme/apps
/apps/github
`;

function withCodeowners(at: string, text = CODEOWNERS, config = CONFIG): TestRepo {
  repo = makeRepo();
  repo.commit('init', { '.mandate.yml': config, [at]: text, 'README.md': '# app\n' });
  return repo;
}

function stage(r: TestRepo, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    r.write(path, content);
    r.git('add', '--', path);
  }
}

describe('mandate scan --staged previews CODEOWNERS requirements from HEAD', () => {
  it('names the owners each staged file will need, with the deciding line', () => {
    const r = withCodeowners('.github/CODEOWNERS');
    stage(r, {
      'docs/a.md': 'intro\n',
      'docs/sub/b.md': 'nested\n',
      'apps/github/main.go': 'package main\n',
      'build/x/Makefile': 'all:\n',
    });
    const result = mandate(r.dir, ['scan', '--staged']);
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toContain('docs/a.md will need @acme/docs (.github/CODEOWNERS line 3: docs/*).');
    // docs/* owns only the files directly in docs/: the nested one falls back to `*`.
    expect(out).toContain('docs/sub/b.md will need @acme/everyone (.github/CODEOWNERS line 2: *).');
    expect(out).toContain('build/x/Makefile will need @acme/release');
    // A line with no owners un-owns.
    expect(out).not.toContain('apps/github/main.go will need');
    expect(out).toMatch(/review\/codeowners-any will need an approval from .*@acme\/docs/);
  });

  it('reads HEAD, not the staged CODEOWNERS (a change cannot pick its own owners)', () => {
    const r = withCodeowners('CODEOWNERS');
    stage(r, { CODEOWNERS: '* @mallory\n', 'docs/a.md': 'intro\n' });
    const out = mandate(r.dir, ['scan', '--staged']).stdout;
    expect(out).toContain('docs/a.md will need @acme/docs (CODEOWNERS line 3: docs/*).');
    expect(out).not.toContain('@mallory');
  });

  it('uses the first file in GitHub order: .github/, then the root, then docs/', () => {
    const r = withCodeowners('docs/CODEOWNERS', '* @acme/from-docs\n');
    r.commit('root codeowners', { CODEOWNERS: '* @acme/from-root\n' });
    stage(r, { 'src/a.ts': 'export {};\n' });
    const out = mandate(r.dir, ['scan', '--staged']).stdout;
    expect(out).toContain('src/a.ts will need @acme/from-root (CODEOWNERS line 1: *).');
    expect(out).not.toContain('@acme/from-docs');
  });

  it('says which line GitHub would skip, and says when there is no file', () => {
    const r = withCodeowners('CODEOWNERS', '* @acme/everyone\n!docs/*.md @acme/docs\n');
    stage(r, { 'docs/a.md': 'intro\n' });
    const out = mandate(r.dir, ['scan', '--staged']).stdout;
    expect(out).toContain('CODEOWNERS line 2: negation (`!`) is not supported');
    expect(out).toContain('docs/a.md will need @acme/everyone');

    repo?.cleanup();
    repo = makeRepo();
    repo.commit('init', { '.mandate.yml': CONFIG });
    stage(repo, { 'docs/a.md': 'intro\n' });
    expect(mandate(repo.dir, ['scan', '--staged']).stdout).toContain('HEAD has no CODEOWNERS file');
  });

  it('shows nothing of CODEOWNERS when the import is off', () => {
    const r = withCodeowners('CODEOWNERS', CODEOWNERS, 'extends: [recommended]\n');
    stage(r, { 'docs/a.md': 'intro\n' });
    const out = mandate(r.dir, ['scan', '--staged']).stdout;
    expect(out).not.toContain('@acme/docs');
  });
});
