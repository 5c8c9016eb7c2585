/**
 * One run, one decision (issue 11, item 1): the engine's entry `run` streams the secret family
 * over a change set, joins every later family through the one chain, and concludes exactly
 * once; the CLI and the Action call it, and no entry point concludes on its own.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as decision from '../../src/core/decision.js';
import { secretFamily, secretRun } from '../../src/core/engine.js';
import { type FamilyRun, run, withInput } from '../../src/core/family.js';
import { defaultPolicyConfig } from '../../src/core/policy/defaults.js';
import { policyFamily } from '../../src/core/policy/family.js';
import { REVIEW_CHAIN, reviewFamily } from '../../src/core/review/apply.js';
import { evaluateRequirement } from '../../src/core/review/evaluate.js';
import type { RequirementResult } from '../../src/core/review/types.js';
import type { Context } from '../../src/core/types.js';
import { changeSetOf, compileTestRules, fileOf, ghToken } from '../engine/helpers.js';
import { fakeFacts, file } from '../review/fake-facts.js';
import { ROOT, tsSources } from '../support/sources.js';

vi.mock('../../src/core/decision.js', { spy: true });

const context: Context = { mode: 'ci', now: new Date('2026-01-01T00:00:00Z') };

const STALE =
  '---\nowner: "@acme/security"\nlast_reviewed: "2020-01-01"\nreview_interval: 1 year\n---\n# Access\n\nHow we work.\n';

/** A requirement judged by the real evaluator: infra/** needs @acme/security, none approved. */
function pending(): Promise<RequirementResult> {
  return evaluateRequirement(
    {
      spec: {
        name: 'security',
        when: { paths: ['infra/**'] },
        require: { teams: ['acme/security'] },
      },
      origin: '.mandate.yml',
    },
    fakeFacts({ files: [file('infra/main.tf', ['x'])] }),
  );
}

afterEach(() => {
  vi.mocked(decision.conclude).mockClear();
});

describe('run: one entry, one decision', () => {
  it('streams the secret family, joins the review and policy families, and concludes once', async () => {
    const rules = compileTestRules();
    const token = ghToken();
    const files = [fileOf('deploy/app.env', `TOKEN=${token}\n`)];
    const families: FamilyRun[] = [
      withInput(
        reviewFamily,
        {
          results: [await pending()],
          breakGlass: null,
          headSha: 'abc1234',
          configFile: '.mandate.yml',
        },
        REVIEW_CHAIN,
      ),
      withInput(
        policyFamily,
        {
          documents: [{ path: 'policies/access.md', text: STALE }],
          config: defaultPolicyConfig(),
          failOn: 'high',
        },
        { onlyFired: true },
      ),
    ];
    const result = await run(
      secretRun({
        changeSet: changeSetOf(files, 'pull-request', 'pull request #7'),
        options: { rules, failOn: 'high', ignore: [], baseline: new Set() },
      }),
      families,
      { context, disable: ['policy/due-soon'] },
    );
    expect(decision.conclude).toHaveBeenCalledTimes(1);
    expect(result.findings.map((f) => [f.kind, f.ruleId, f.path])).toEqual([
      ['secret', 'secret/test-github', 'deploy/app.env'],
      ['review', 'review/security', 'infra/main.tf'],
      ['policy', 'policy/stale', 'policies/access.md'],
    ]);
    expect(result.why?.map((reason) => reason.kind)).toEqual([
      'blocking-findings',
      'blocking-findings',
      'review-required',
    ]);
    expect(result.stats.files).toBe(1);
    expect(result.stats.policies).toBe(1);
    // The raw secret never leaves the engine: the finding shows a redacted prefix only.
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it("waives a break-glass's also_waive findings of earlier families through the chain", async () => {
    const rules = compileTestRules();
    const files = [fileOf('deploy/app.env', `TOKEN=${ghToken()}\n`)];
    const breakGlass = {
      status: 'active',
      label: 'break-glass',
      attempts: [],
      accepted: { by: 'carol', at: '2026-01-01T00:00:00Z', reason: 'outage' },
    };
    const result = await run(
      secretRun({
        changeSet: changeSetOf(files, 'pull-request', 'pull request #7'),
        options: { rules, failOn: 'high', ignore: [], baseline: new Set() },
      }),
      [
        withInput(
          reviewFamily,
          {
            results: [await pending()],
            breakGlass: breakGlass as never,
            headSha: 'abc1234',
            configFile: '.mandate.yml',
            alsoWaive: ['secret/test-github'],
          },
          REVIEW_CHAIN,
        ),
      ],
      { context },
    );
    expect(decision.conclude).toHaveBeenCalledTimes(1);
    expect(result.decision).toBe('pass');
    expect(result.findings.map((f) => [f.ruleId, f.blocking])).toEqual([
      ['secret/test-github', false],
      ['review/security', false],
    ]);
    expect(result.findings[0]!.message).toMatch(/^Waived by break-glass\. /);
    expect(result.why?.[0]).toMatchObject({
      kind: 'break-glass',
      by: 'carol',
      waived: ['review/security', 'secret/test-github'],
    });
  });

  it('is a Family object like the others: the secret family declares what it reads', () => {
    expect(secretFamily.kind).toBe('secret');
    expect(secretFamily.needs).toEqual(['added-lines', 'whole-file']);
  });

  it('concludes in one place of the sources, and no entry point concludes on its own', () => {
    const files = tsSources('src', 'action/src').map((file) => join(ROOT, file));
    const calls = (pattern: RegExp) =>
      files.flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return text
          .split('\n')
          .flatMap((line, i) =>
            pattern.test(line) && !/^\s*(\*|\/\/|\/\*\*)/.test(line) && !/function \w+\(/.test(line)
              ? [`${relative(ROOT, file)}:${i + 1}`]
              : [],
          );
      });
    expect(calls(/\bconclude\(/).map((at) => at.split(':')[0])).toEqual(['src/core/family.ts']);
    expect(calls(/\bdecide\(/).map((at) => at.split(':')[0])).toEqual(['src/core/decision.ts']);
    // The CLI and the Action run the engine (`run`, `evaluateAll`); the one-family helpers
    // that conclude alone are for tools and tests.
    const entry = files.filter((f) => /\/(src\/cli|action\/src)\//.test(f));
    const alone = /\b(addFamily|applyReviews|scanChangeSet|finishScan|runFamilies)\b/;
    expect(
      entry.filter((f) => alone.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f)),
    ).toEqual([]);
  });
});
