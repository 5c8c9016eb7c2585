/**
 * Artifacts in a pull request as a review requirement (core/artifact/review.ts): which findings
 * become `review/artifact`, which stay blocking, and who reviews (`artifacts.review`).
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { artifactReview, artifactReviewers } from '../../src/core/artifact/review.js';
import { compileGuardrails, guardrailSettings } from '../../src/core/guardrails.js';
import type { ChangedFile, Finding } from '../../src/core/types.js';
import { guardrailFindings } from '../support/guardrail-findings.js';

const finding = (ruleId: string, path: string, blocking = true): Finding => ({
  ruleId,
  kind: 'artifact',
  severity:
    ruleId === 'artifact/key-store' || ruleId === 'artifact/unsafe-pickle' ? 'critical' : 'high',
  path,
  line: 1,
  endLine: 1,
  column: 1,
  message: `${path} is an artifact.`,
  redacted: ruleId,
  fingerprint: `fp-${path}`,
  blocking,
  title: 'Artifact',
});

const config = (yaml: string) => parseConfig(yaml, '.mandate.yml');

describe('artifactReviewers', () => {
  it('defaults to the security team; `artifacts.review` names teams; false turns it off', () => {
    expect(
      artifactReviewers(config('review_settings: { security_team: acme/security }\n')),
    ).toEqual(['acme/security']);
    expect(artifactReviewers(config('extends: [recommended]\n'))).toBeNull();
    expect(
      artifactReviewers(
        config(
          'review_settings: { security_team: acme/security }\nartifacts: { review: [acme/ml, $security_team, "@acme/ml"] }\n',
        ),
      ),
    ).toEqual(['acme/ml', 'acme/security']);
    expect(artifactReviewers(config('artifacts: { review: acme/ml }\n'))).toEqual(['acme/ml']);
    expect(
      artifactReviewers(
        config('review_settings: { security_team: acme/security }\nartifacts: { review: false }\n'),
      ),
    ).toBeNull();
  });

  it('`$security_team` without review_settings.security_team is a config error', () => {
    expect(() => config('artifacts: { review: [$security_team] }\n')).toThrow(
      /`artifacts.review` names `\$security_team`, but `review_settings.security_team` is not set/,
    );
    expect(() => config('artifacts: { review: [not a team] }\n')).toThrow(/artifacts/);
  });
});

describe('artifactReview', () => {
  const findings = [
    finding('artifact/model-weights', 'models/a.safetensors'),
    finding('artifact/serialized-object', 'models/b.pkl'),
    finding('artifact/data-dump', 'small.npy', false),
    finding('artifact/unsafe-pickle', 'evil.pkl'),
    finding('artifact/key-store', 'release.jks'),
    { ...finding('secret/x', 'models/c.safetensors'), kind: 'secret' as const },
  ];

  it('reviewable blocking artifacts become one requirement; unsafe pickles and key stores still block', () => {
    const out = artifactReview(findings, ['acme/security'], '.mandate.yml');
    expect(out.requirements).toHaveLength(1);
    const [req] = out.requirements;
    expect(req!.spec).toMatchObject({
      name: 'artifact',
      when: { paths: ['models/a.safetensors', 'models/b.pkl'] },
      require: { teams: ['acme/security'] },
    });
    expect(req!.spec.description).toContain('models/a.safetensors');
    expect(req!.origin).toBe('.mandate.yml (artifacts.review)');
    expect(out.findings.map((f) => [f.path, f.blocking])).toEqual([
      ['models/a.safetensors', false],
      ['models/b.pkl', false],
      ['small.npy', false],
      ['evil.pkl', true],
      ['release.jks', true],
      ['models/c.safetensors', true],
    ]);
    expect(out.findings[0]!.message).toBe(findings[0]!.message);
  });

  it('changes nothing without reviewers or without a reviewable finding', () => {
    expect(artifactReview(findings, null, 'x')).toEqual({ findings, requirements: [] });
    const rest = findings.slice(2);
    expect(artifactReview(rest, ['acme/security'], 'x')).toEqual({
      findings: rest,
      requirements: [],
    });
  });

  it('the finding itself says who approves it in a pull request (the hook shows it too)', () => {
    const guardrails = (yaml: string) => compileGuardrails(guardrailSettings(config(yaml)));
    const file: ChangedFile = {
      path: 'models/m.pkl',
      status: 'added',
      hunks: [{ startLine: 1, text: ['(dp0\n', 'Va\n', 'p1\n', 'I1\n', 's.'].join('') }],
      size: 20,
      lines: 5,
      binary: false,
    };
    const withTeam = guardrailFindings(
      file,
      guardrails('review_settings: { security_team: acme/security }\n'),
    );
    expect(withTeam.map((f) => [f.ruleId, f.blocking])).toEqual([
      ['artifact/serialized-object', true],
    ]);
    expect(withTeam[0]!.message).toContain(
      'a pull request that adds it needs an approval from @acme/security on its head commit (review/artifact)',
    );
    const without = guardrailFindings(file, guardrails('extends: [recommended]\n'));
    expect(without[0]!.message).not.toContain('review/artifact');
  });
});
