/**
 * The one policy loader (src/config/policy.ts) over an in-memory PolicyReader: discovery of the
 * config (never both names), an explicit path that must exist, the ignore file and baseline,
 * and the paths that count as policy. The CLI (disk, git at BASE) and the Action (contents API)
 * read through the same functions.
 */
import { describe, expect, it } from 'vitest';
import {
  BASELINE_FILE,
  CONFIG_FILES,
  findConfig,
  IGNORE_FILE,
  type PolicyReader,
  readRepositoryPolicy,
} from '../../src/config/policy.js';
import { MandateError } from '../../src/core/errors.js';

function reader(
  files: Record<string, string>,
  location = ' at the base commit 1a2b3c4',
): PolicyReader {
  return {
    location,
    read: async (path) => (path in files ? Buffer.from(files[path]!, 'utf8') : null),
  };
}

const missing = (path: string) => new MandateError(`missing ${path}`);

describe('the policy loader', () => {
  it.each(CONFIG_FILES)('finds %s, parses it and hashes its bytes', async (name) => {
    const found = await findConfig(reader({ [name]: 'fail_on: critical\n' }), { missing });
    expect(found.path).toBe(name);
    expect(found.config.failOn).toBe('critical');
    expect(found.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(found.config.source).toEqual({ file: name, sha256: found.sha256 });
  });

  it('refuses both config names, saying where', async () => {
    const both = reader({ '.mandate.yml': 'fail_on: low\n', '.mandate.yaml': 'fail_on: high\n' });
    await expect(findConfig(both, { missing })).rejects.toThrow(
      /both \.mandate\.yml and \.mandate\.yaml exist at the base commit 1a2b3c4; keep one of them/,
    );
  });

  it('uses the built-in defaults when there is no config, and an explicit path must exist', async () => {
    const none = await findConfig(reader({}), { missing });
    expect(none).toMatchObject({ path: null, sha256: null });
    await expect(findConfig(reader({}), { explicit: 'ci/m.yml', missing })).rejects.toThrow(
      'missing ci/m.yml',
    );
    // An explicit path is read alone: a .mandate.yml next to it does not count.
    const explicit = await findConfig(
      reader({ 'ci/m.yml': 'fail_on: high\n', '.mandate.yml': 'fail_on: low\n' }),
      { explicit: 'ci/m.yml', missing },
    );
    expect(explicit).toMatchObject({ path: 'ci/m.yml', config: { failOn: 'high' } });
  });

  it('reads the ignore file and the baseline, and names every policy path', async () => {
    const fingerprint = `secret/x:a.env:v2-${'a'.repeat(64)}`;
    const policy = await readRepositoryPolicy(
      reader({
        '.mandate.yml': 'fail_on: high\n',
        [IGNORE_FILE]: `${fingerprint} # a test key\n`,
        [BASELINE_FILE]: JSON.stringify({ version: 1, fingerprints: [fingerprint] }),
      }),
      { explicit: 'ci/m.yml', missing },
    ).catch((error: Error) => error);
    // The explicit file is absent here: the loader fails rather than fall back.
    expect(policy).toBeInstanceOf(MandateError);
    const found = await readRepositoryPolicy(
      reader({
        '.mandate.yml': 'fail_on: high\n',
        [IGNORE_FILE]: `${fingerprint} # a test key\n`,
        [BASELINE_FILE]: JSON.stringify({ version: 1, fingerprints: [fingerprint] }),
      }),
      { missing },
    );
    expect(found.ignore.map((entry) => entry.fingerprint)).toEqual([fingerprint]);
    expect([...found.baseline]).toEqual([fingerprint]);
    expect(found.policyPaths).toEqual([...CONFIG_FILES, IGNORE_FILE, BASELINE_FILE]);
  });
});
