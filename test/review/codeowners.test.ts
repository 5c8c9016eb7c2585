/** CODEOWNERS import: last matching line wins; `any` vs the stricter `every` mode. */
import { describe, expect, it } from 'vitest';
import {
  CODEOWNERS_MAX_BYTES,
  codeownersRequirements,
  ownersOf,
  parseCodeowners,
} from '../../src/core/review/codeowners.js';
import { evaluateReviews } from '../../src/core/review/evaluate.js';
import { approve, fakeFacts, file } from './fake-facts.js';

const CODEOWNERS = `# owners
*            @acme/everyone
/infra/      @acme/platform @acme/security
*.tf         @acme/security
docs/        @acme/docs
/docs/public # no owner
`;

const teams = {
  'acme/everyone': ['x'],
  'acme/platform': ['paul'],
  'acme/security': ['alice'],
  'acme/docs': ['dora'],
};

describe('CODEOWNERS', () => {
  it.each([
    ['README.md', '*'],
    ['infra/net/vpc.yaml', '/infra/'],
    ['infra/main.tf', '*.tf'],
    ['modules/x/main.tf', '*.tf'],
    ['docs/guide.md', 'docs/'],
    ['src/docs/a.md', 'docs/'],
    ['docs/public/a.md', '/docs/public'],
  ])('%s is decided by %s (the last matching line)', (path, pattern) => {
    const { lines } = parseCodeowners(CODEOWNERS);
    expect(ownersOf(lines, path)?.pattern).toBe(pattern);
  });

  it('reports e-mail owners it cannot resolve', () => {
    expect(parseCodeowners('* ops@acme.com').errors[0]).toContain('ops@acme.com');
  });

  const files = [
    file('infra/net/vpc.yaml', ['a']),
    file('infra/main.tf', ['b']),
    file('docs/public/a.md'),
  ];

  it('any: one approval from any owner of the matched files', async () => {
    const { requirements } = codeownersRequirements(CODEOWNERS, files, 'any');
    expect(requirements.map((r) => r.spec.name)).toEqual(['codeowners-any']);
    expect(requirements[0]!.spec.require.teams).toEqual(['acme/platform', 'acme/security']);
    const [result] = await evaluateReviews(
      requirements,
      fakeFacts({ teams, files, reviews: [approve('paul')] }),
    );
    expect(result!.status).toBe('satisfied');
  });

  it('every: one approval from every owner group', async () => {
    const { requirements } = codeownersRequirements(CODEOWNERS, files, 'every');
    expect(requirements.map((r) => r.spec.name)).toEqual([
      'codeowners-acme-platform-acme-security',
      'codeowners-acme-security',
    ]);
    const results = await evaluateReviews(
      requirements,
      fakeFacts({ teams, files, reviews: [approve('paul')] }),
    );
    expect(results.map((r) => r.status)).toEqual(['satisfied', 'pending']);
    expect(results[1]!.triggers).toEqual([
      { kind: 'path', path: 'infra/main.tf', glob: 'infra/main.tf' },
    ]);
  });
});

/**
 * GitHub's documented reading of each pattern ("About code owners", and the gitignore rules it
 * follows): [pattern, path, whether the pattern decides the path].
 */
const GITHUB_PATTERNS: [pattern: string, path: string, matches: boolean][] = [
  // `*.js` at any depth.
  ['*.js', 'app.js', true],
  ['*.js', 'src/deep/app.js', true],
  ['*.js', 'app.jsx', false],
  // `/build/logs/` is anchored at the root and owns everything below.
  ['/build/logs/', 'build/logs/a.log', true],
  ['/build/logs/', 'build/logs/2026/b.log', true],
  ['/build/logs/', 'src/build/logs/a.log', false],
  ['/build/logs/', 'build/logs', false],
  // `docs/*` owns the files directly in docs/, not the nested ones.
  ['docs/*', 'docs/getting-started.md', true],
  ['docs/*', 'docs/build-app/troubleshooting.md', false],
  ['docs/*', 'src/docs/a.md', false],
  ['/*', 'README.md', true],
  ['/*', 'src/index.ts', false],
  // `apps/` is a directory anywhere.
  ['apps/', 'apps/web/index.js', true],
  ['apps/', 'services/apps/web/index.js', true],
  ['apps/', 'apps', false],
  // `/docs/` only at the root.
  ['/docs/', 'docs/a.md', true],
  ['/docs/', 'docs/deep/a.md', true],
  ['/docs/', 'src/docs/a.md', false],
  // `**/logs`: a logs directory at any depth.
  ['**/logs', 'logs/a.log', true],
  ['**/logs', 'build/logs/a.log', true],
  ['**/logs', 'deeply/nested/logs/a.log', true],
  ['**/logs', 'catalogs/a.log', false],
  // A path without a trailing slash: the file, or the directory and all below it.
  ['/apps/github', 'apps/github', true],
  ['/apps/github', 'apps/github/main.go', true],
  ['/apps/github', 'apps/githubber/main.go', false],
  // A slash in the middle anchors at the root.
  ['foo/bar', 'foo/bar/baz', true],
  ['foo/bar', 'qux/foo/bar', false],
  ['foo/*.txt', 'foo/a.txt', true],
  ['foo/*.txt', 'foo/sub/a.txt', false],
  ['foo/**/bar', 'foo/bar', true],
  ['foo/**/bar', 'foo/x/y/bar/z', true],
  ['foo/**/bar', 'x/foo/bar', false],
  ['foo/bar/**', 'foo/bar', false],
  ['foo/bar/**', 'foo/bar/baz/qux', true],
  ['foo/**/', 'foo/bar', true],
  ['foo/**/*', 'foo/a/b', true],
  ['*', 'a/b/c', true],
  ['f?o', 'foo', true],
  ['f?o', 'fooo', false],
  // Escapes: a literal `*`, a space.
  ['f\\*o', 'f*o', true],
  ['f\\*o', 'foo', false],
  ['my\\ dir/', 'my dir/a.md', true],
  // Paths are case-sensitive on GitHub.
  ['/Docs/', 'docs/a.md', false],
  ['*.MD', 'README.md', false],
];

describe('CODEOWNERS patterns as GitHub documents them', () => {
  it.each(GITHUB_PATTERNS)('%s decides %s: %s', (pattern, path, matches) => {
    const { lines, errors } = parseCodeowners(`${pattern} @acme/owners\n`);
    expect(errors).toEqual([]);
    expect(ownersOf(lines, path) !== null).toBe(matches);
  });

  it('has no duplicate cases', () => {
    const keys = GITHUB_PATTERNS.map(([pattern, path]) => `${pattern} ${path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

/** GitHub's documented example file, in the same order (the last matching line wins). */
const DOCUMENTED = [
  '# a comment',
  '*       @global-owner1 @global-owner2',
  '*.js    @js-owner #an inline comment',
  '*.go docs@example.com',
  '*.txt @octo-org/octocats',
  '/build/logs/ @doctocat',
  'docs/*  docs@example.com',
  'apps/ @octocat',
  '/docs/ @doctocat',
  '/scripts/ @doctocat @octocat',
  '**/logs @octocat',
  '/apps/ @octocat',
  '/apps/github',
  '',
].join('\n');

describe('the last matching line decides', () => {
  it.each([
    ['README.md', '*', ['global-owner1', 'global-owner2']],
    ['src/app.js', '*.js', ['js-owner']],
    ['notes/todo.txt', '*.txt', ['octo-org/octocats']],
    // `**/logs` comes after `/build/logs/`.
    ['build/logs/a.log', '**/logs', ['octocat']],
    ['docs/getting-started.md', '/docs/', ['doctocat']],
    ['scripts/deploy.sh', '/scripts/', ['doctocat', 'octocat']],
    ['apps/web/index.ts', '/apps/', ['octocat']],
    // A line with no owners un-owns: matched, and owned by nobody.
    ['apps/github/main.go', '/apps/github', []],
  ])('%s: %s, owners %j', (path, pattern, owners) => {
    const decided = ownersOf(parseCodeowners(DOCUMENTED).lines, path);
    expect(decided?.pattern).toBe(pattern);
    expect(decided?.owners).toEqual(owners);
  });

  it('a later line with owners takes the directory back', () => {
    const { lines } = parseCodeowners('/apps/ @octocat\n/apps/github @doctocat\n');
    expect(ownersOf(lines, 'apps/github/x.go')?.owners).toEqual(['doctocat']);
    expect(ownersOf(lines, 'apps/web/x.go')?.owners).toEqual(['octocat']);
    expect(ownersOf(lines, 'README.md')).toBeNull();
  });

  it('an unowned file needs no approval', () => {
    const { requirements } = codeownersRequirements(
      DOCUMENTED,
      [file('apps/github/main.go')],
      'any',
    );
    expect(requirements).toEqual([]);
  });
});

describe('lines GitHub skips', () => {
  it.each([
    ['!docs/*.md @acme/docs', 'negation'],
    ['src/*.[ch] @acme/c', 'character ranges'],
    ['\\#notes.md @acme/docs', 'escaping a leading `#`'],
    ['docs/ acme-docs', '`acme-docs` is not @user, @org/team or an e-mail address'],
  ])('%s is skipped (%s), naming its line; the other lines still apply', (line, why) => {
    const { lines, errors } = parseCodeowners(`* @acme/everyone\n${line}\n`);
    expect(lines.map((l) => l.pattern)).toEqual(['*']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('CODEOWNERS line 2');
    expect(errors[0]).toContain(why);
    expect(ownersOf(lines, 'docs/a.md')?.owners).toEqual(['acme/everyone']);
  });

  it('a file of 3 MB or more is not loaded at all', () => {
    const filler = '# padding\n'.repeat(Math.ceil(CODEOWNERS_MAX_BYTES / 10));
    const { lines, errors } = parseCodeowners(`* @acme/everyone\n${filler}`);
    expect(lines).toEqual([]);
    expect(errors[0]).toContain('3 MB');
    const under = parseCodeowners(`* @acme/everyone\n${'# padding\n'.repeat(1000)}`);
    expect(under.lines).toHaveLength(1);
  });
});
