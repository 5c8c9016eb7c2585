/** CODEOWNERS import: last matching line wins; `any` vs the stricter `every` mode. */
import { describe, expect, it } from 'vitest';
import {
  codeownersGlobs,
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

  it('translates patterns to globs', () => {
    expect(codeownersGlobs('/infra/')).toEqual(['infra/**']);
    expect(codeownersGlobs('*.tf')).toEqual(['**/*.tf', '**/*.tf/**']);
    expect(codeownersGlobs('*')).toEqual(['**']);
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
