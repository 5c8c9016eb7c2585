/**
 * User-supplied regexes (custom rules, their allowlists, the allowlist, review content patterns)
 * go through the ReDoS checker at config load: a pattern that can backtrack super-linearly is a
 * config error naming the file, the line, the key and an attack string — before it can hang a
 * commit or hold an Action runner.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { userPatterns } from '../../src/config/regex-safety.js';
import { ConfigError } from '../../src/core/errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mandate-user-regex-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function loadError(yaml: string): Promise<ConfigError> {
  await writeFile(join(dir, '.mandate.yml'), yaml);
  const error = await loadConfig({ cwd: dir }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

const RULE = (regex: string) => `rules:
  - id: secret/acme-token
    title: Acme token
    keywords: [acme]
    regex: '${regex}'
`;

describe('user regexes at config load', () => {
  it('rejects a custom rule whose regex backtracks exponentially', async () => {
    const error = await loadError(RULE('acme_(?:[a-z]+)+!'));
    expect(error.message).toContain('.mandate.yml');
    expect(error.message).toContain('rules[0].regex');
    expect(error.message).toMatch(/exponential time: a line such as '.*'\.repeat\(\d+\)/);
    expect(error.line).toBe(5);
    expect(error.hint).toMatch(/each character can be matched one way only/);
  });

  it('rejects the old CamelCase allowlist regex (14 s on 28 letters)', async () => {
    const error = await loadError(`allowlist:
  regexes:
    - '^[0-9]+$'
    - '^[A-Za-z][a-z]*(?:[A-Z_.-]?[A-Z]?[a-z]+)+$'
`);
    expect(error.message).toContain('allowlist.regexes[1]');
    expect(error.line).toBe(4);
  });

  it('rejects a rule allowlist regex that backtracks polynomially', async () => {
    const error = await loadError(`${RULE('acme_[a-z0-9]{32}')}    allowlist:
      regexes: ['^\\s*x?\\s*y$']
`);
    expect(error.message).toContain('rules[0].allowlist.regexes[0]');
    expect(error.message).toMatch(/polynomial \(degree 2\) time/);
  });

  it('rejects a review content pattern with \\s*\\[?\\s* (the IAM pattern that took 76 s)', async () => {
    const error = await loadError(`review_settings: { security_team: acme/security }
reviews:
  - name: iam
    description: IAM wildcards
    when:
      any:
        - content:
            - pattern: '"Action"\\s*:\\s*\\[?\\s*"\\*"'
    require: { teams: [acme/security] }
`);
    expect(error.message).toContain('reviews[0].when.any[0].content[0].pattern');
    expect(error.line).toBe(8);
  });

  it('accepts linear patterns', async () => {
    await writeFile(
      join(dir, '.mandate.yml'),
      `${RULE('acme_[a-z0-9]{32}')}allowlist:\n  regexes: ['^[A-Za-z](?:[A-Z_.-][A-Z]?)?[a-z]+(?:[A-Z_.-][A-Z]?[a-z]+)*$']\n`,
    );
    const config = await loadConfig({ cwd: dir });
    expect(userPatterns(config)).toHaveLength(2);
  });

  it('has nothing to check (and loads no checker) without patterns of its own', async () => {
    await writeFile(join(dir, '.mandate.yml'), 'fail_on: low\n');
    const config = await loadConfig({ cwd: dir });
    expect(userPatterns(config)).toEqual([]);
  });
});
