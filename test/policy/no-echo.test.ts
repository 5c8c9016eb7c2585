/**
 * Issue 9.4: a token pasted into a policy document's front matter (`owner`, `last_reviewed`,
 * `review_interval`, the title) or into a config key is never echoed. Values that fail
 * validation are described by kind and length; policy documents are scanned by the secret rules
 * like any other file, and a secret found there is masked in the register.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveSecretRules } from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import { resolveReviewRequirements } from '../../src/config/reviews.js';
import { defaultPolicyConfig, evaluatePolicy } from '../../src/core/policy/evaluate.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { FakeGitHub, shaOf } from '../action/fake-github.js';
import { runAction } from '../action/run-action.js';
import { ensureBuilt, mandate } from '../e2e/helpers.js';
import { compose } from '../support/compose.js';
import { makeRepo, type TestRepo } from '../support/git.js';

const token = (seed: number) => compose('{{github:ghp_}}', seed);

const NOW = new Date('2026-06-01T12:00:00Z');

function doc(frontMatter: string, title = 'Access') {
  return {
    path: 'policies/access.md',
    text: `---\n${frontMatter}---\n# ${title}\n\nHow we work.\n`,
  };
}

describe('front-matter values that fail validation are described, not echoed', () => {
  const secret = token(61);
  it.each([
    [
      'owner',
      `owner: "${secret}"\nlast_reviewed: "2026-05-01"\n`,
      /`owner` must be .* not a 40-character string/,
    ],
    [
      'last_reviewed',
      `owner: "@alice"\nlast_reviewed: "${secret}"\n`,
      /`last_reviewed` \(a 40-character string\) is not a date/,
    ],
    [
      'review_interval',
      `owner: "@alice"\nlast_reviewed: "2026-05-01"\nreview_interval: ${secret}\n`,
      /`review_interval` \(a 40-character string\) is not an interval/,
    ],
  ])('%s', (_key, frontMatter, message) => {
    const { entry, findings } = evaluatePolicy(doc(frontMatter), {
      config: defaultPolicyConfig(),
      context: { mode: 'ci', now: NOW },
    });
    expect(findings.map((f) => f.message).join('\n')).toMatch(message);
    expect(JSON.stringify({ entry, findings })).not.toContain(secret);
  });

  it('with the secret rules, the document is scanned and a secret in the title is masked', () => {
    const config = parseConfig('extends: [recommended]\n', '.mandate.yml');
    const secrets = compileRules(resolveSecretRules(config, builtinPacks()), {
      allowlist: config.allowlist,
      overrides: config.overrides,
    });
    const { entry, findings } = evaluatePolicy(
      doc(`title: "Access ${secret}"\nowner: "${secret}"\nlast_reviewed: "2026-05-01"\n`),
      { config: defaultPolicyConfig(), context: { mode: 'ci', now: NOW }, secrets },
    );
    expect(findings.filter((f) => f.ruleId === 'secret/github-pat').map((f) => f.line)).toEqual([
      2, 3,
    ]);
    expect(entry.problems).toContain('secret/github-pat');
    expect(entry.title).toMatch(/^Access ghp_.*…\(40 chars\)$/);
    expect(JSON.stringify({ entry, findings })).not.toContain(secret);
  });

  it('a config key that does not read as a word is described by its length', () => {
    const error = (() => {
      try {
        parseConfig(`fail_on: high\n${secret}: 1\n`, '.mandate.yml');
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected a config error');
    })();
    expect(error.message).toContain('unknown key (a 40-character key, not shown)');
    expect(`${error.message}\n${(error as { hint?: string }).hint ?? ''}`).not.toContain(secret);
    // A likely typo is still named, so the user can find it.
    expect(() => parseConfig('fail_onn: high\n', '.mandate.yml')).toThrow(/`fail_onn`/);
  });
});

describe('a token pasted where a rule id, a pack or a service is named is described, not echoed', () => {
  const messageOf = (yaml: string): string => {
    try {
      const config = parseConfig(yaml, '.mandate.yml');
      resolveSecretRules(config, builtinPacks());
      resolveReviewRequirements(config, builtinPacks());
    } catch (caught) {
      return `${(caught as Error).message}\n${(caught as { hint?: string }).hint ?? ''}`;
    }
    throw new Error('expected a config error');
  };

  it.each([
    [
      'extends',
      (t: string) => `extends: [recommended, ${t}]\n`,
      'unknown rule pack (a 40-character name, not shown)',
    ],
    [
      'disable',
      (t: string) => `disable: [${t}]\n`,
      '`disable` names (a 40-character name, not shown)',
    ],
    [
      'disable review/',
      (t: string) =>
        `extends: [recommended, reviews-recommended]\nreview_settings: { security_team: acme/security }\ndisable: [review/${t}]\n`,
      '(a 47-character name, not shown)',
    ],
    [
      'overrides, a lower-case hex key',
      (t: string) => `overrides:\n  secret/${t}: { severity: low }\n`,
      '`overrides` names (a 39-character name, not shown)',
    ],
    [
      'ai_services.approved, a lower-case hex key',
      (t: string) =>
        `extends: [recommended, ai-services]\nreview_settings: { security_team: acme/security }\nai_services: { approved: [${t}] }\n`,
      '`ai_services.approved` names (a 32-character name, not shown)',
    ],
  ])('%s', (where, yaml, said) => {
    // A hex key (Datadog, Mailgun…) passes a kebab-case pattern: it is one long word.
    const secret = where.includes('hex') ? randomBytes(16).toString('hex') : token(31);
    const message = messageOf(yaml(secret));
    expect(message).toContain(said);
    expect(message).not.toContain(secret.slice(4, 24));
    expect(message).not.toContain(secret.slice(0, 12));
  });

  it('a mistyped rule id is still named, so the user can find it', () => {
    expect(messageOf('disable: [secret/github-patt]\n')).toContain('`secret/github-patt`');
    expect(messageOf('extends: [recomended]\n')).toContain('`recomended`');
  });
});

describe('the CLI never prints a token pasted into a policy document', () => {
  beforeAll(() => ensureBuilt(), 120_000);
  let repo: TestRepo | undefined;
  afterEach(() => {
    repo?.cleanup();
    repo = undefined;
  });

  it('mandate policies (text, JSON, Markdown) and mandate check', () => {
    const [owner, date, interval, title] = [token(62), token(63), token(64), token(65)];
    repo = makeRepo();
    repo.commit('policies', {
      'README.md': '# app\n',
      'policies/a.md': `---\ntitle: "Access ${title}"\nowner: "${owner}"\nlast_reviewed: "2026-01-01"\n---\n# Access\n`,
      'policies/b.md': `---\nowner: "@alice"\nlast_reviewed: "${date}"\n---\n# Backup\n`,
      'policies/c.md': `---\nowner: "@alice"\nlast_reviewed: "2026-01-01"\nreview_interval: "${interval}"\n---\n# Crypto\n`,
    });
    const runs = [
      mandate(repo.dir, ['policies']),
      mandate(repo.dir, ['policies', '--format', 'json']),
      mandate(repo.dir, ['policies', '--format', 'markdown']),
      mandate(repo.dir, ['check', '--mode', 'ci']),
      mandate(repo.dir, ['check', '--mode', 'ci', '--format', 'sarif']),
    ];
    const all = runs.map((r) => `${r.stdout}\n${r.stderr}`).join('\n');
    for (const secret of [owner, date, interval, title]) expect(all).not.toContain(secret);
    expect(runs[0]!.stdout).toContain('a 40-character string');
    expect(runs[1]!.stdout).toContain('secret/github-pat');
    expect(runs[3]!.status).toBe(1);
  });
});

describe('the scheduled register run never copies a token into the issue', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = new FakeGitHub('octo-org/octo-repo');
    await gh.start();
  });
  afterEach(async () => {
    await gh.stop();
  });

  it('a token in the title, owner or review date is reported and masked', async () => {
    const [owner, date, title] = [token(66), token(67), token(68)];
    const sha = gh.commit(shaOf('no-echo'), {
      'README.md': '# octo\n',
      'policies/a.md': `---\ntitle: "Access ${title}"\nowner: "${owner}"\nlast_reviewed: "2026-01-01"\n---\n# Access\n`,
      'policies/b.md': `---\nowner: "@alice"\nlast_reviewed: "${date}"\n---\n# Backup\n`,
    });
    gh.branches.set('main', sha);
    const result = await runAction({
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      event: 'schedule',
      payload: { schedule: '0 6 * * 1' },
    });
    expect(result.code).toBe(1);
    expect(result.evidence!.findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'secret/github-pat',
    );
    const everything = [
      result.stdout,
      result.stderr,
      result.summary,
      result.evidenceText,
      ...gh.requests.map((r) => r.body),
      ...gh.issues.map((i) => `${i.title}\n${i.body}`),
    ].join('\n');
    expect(gh.issues.length).toBeGreaterThan(0);
    for (const secret of [owner, date, title]) expect(everything).not.toContain(secret);
  });
});
