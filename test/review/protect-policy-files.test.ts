/**
 * Issue 9.12: `review/mandate-config` covers the policy files a run really reads (a config named
 * by the Action's `config` input), whatever shape the requirement's `when` has.
 */
import { describe, expect, it } from 'vitest';
import { protectPolicyFiles } from '../../src/config/reviews.js';
import type { ResolvedRequirement } from '../../src/core/review/evaluate.js';
import { evaluateRequirement } from '../../src/core/review/evaluate.js';
import type { Condition, PullFile } from '../../src/core/review/types.js';
import { fakeFacts, file } from './fake-facts.js';

function requirement(when: Condition, name = 'mandate-config'): ResolvedRequirement {
  return { spec: { name, when, require: { teams: ['acme/security'] } }, origin: 'test' };
}

async function triggered(
  req: ResolvedRequirement,
  path: string,
  status: PullFile['status'] = 'modified',
) {
  const facts = fakeFacts({
    teams: { 'acme/security': ['alice'] },
    files: [file(path, [], status)],
  });
  return (await evaluateRequirement(req, facts)).triggers.map((t) =>
    'path' in t ? t.path : t.kind,
  );
}

const FILES = ['ci/mandate[prod].yml', '.mandate.yml', '.mandateignore'];

describe('protectPolicyFiles', () => {
  it.each<[string, Condition]>([
    ['paths only (the pack)', { paths: ['.mandate.yml', '.mandateignore'] }],
    ['no paths (content only)', { content: [{ pattern: 'never-matches-\\d{99}' }] }],
    ['paths and labels', { paths: ['.mandate.yml'], labels: ['policy'] }],
  ])('%s: the configured file triggers it, once', async (_name, when) => {
    const [req] = protectPolicyFiles([requirement(when)], FILES);
    expect(await triggered(req!, 'ci/mandate[prod].yml')).toEqual(['ci/mandate[prod].yml']);
    expect(await triggered(req!, 'ci/mandatep.yml')).toEqual([]);
    expect(await triggered(req!, 'ci/mandate[prod].yml', 'deleted')).toEqual([
      'ci/mandate[prod].yml',
    ]);
  });

  it('adds nothing the list already covers, and leaves other requirements alone', () => {
    const pack = requirement({ paths: ['.mandate.yml', '.mandateignore'] });
    const [same] = protectPolicyFiles([pack], ['.mandate.yml', '.mandateignore']);
    expect(same).toBe(pack);
    const other = requirement({ paths: ['infra/**'] }, 'infra');
    expect(protectPolicyFiles([other], FILES)[0]).toBe(other);
  });
});
