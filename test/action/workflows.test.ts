/**
 * Issue 10.8 (and 9.11): the workflows people copy — the README's snippets, the reusable
 * workflow and this repository's own — agree with each other and with action.yml:
 *
 * - a called workflow's jobs ask for no permission beyond what the README's caller grants
 *   (GitHub refuses the whole call otherwise, and no check appears at all);
 * - every `with:` names an input that exists (the Action's, or the reusable workflow's);
 * - pull requests are judged on `opened, synchronize, reopened, edited` (a retargeted base is a
 *   new change), reviews on `submitted, dismissed`;
 * - the SARIF upload is opt-in, and opting in needs `security-events: write` from the caller.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './run-action.js';

// biome-ignore lint/suspicious/noExplicitAny: workflows are untyped YAML.
type Yaml = any;

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };
const PULL_REQUEST_TYPES = ['opened', 'synchronize', 'reopened', 'edited'];
const ACTION = /^(?:mandate-dev\/mandate@|\.\/?$)/;
const REUSABLE = /\/\.github\/workflows\/reusable\.yml@/;

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** The README's YAML blocks that are workflows, named by their first-line comment. */
function readmeWorkflows(): { name: string; workflow: Yaml }[] {
  const blocks = [...read('README.md').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .map((text) => ({ name: /^#\s*(\S+)/.exec(text)?.[1] ?? '(unnamed)', workflow: parse(text) }))
    .filter(({ workflow }) => workflow?.jobs !== undefined && workflow?.on !== undefined);
}

const actionInputs = Object.keys(parse(read('action.yml')).inputs);
const reusable: Yaml = parse(read('.github/workflows/reusable.yml'));
const own: Yaml = parse(read('.github/workflows/mandate.yml'));

/** A permissions block as a map; `read-all`/`write-all` expanded for the scopes we name. */
function permissions(block: Yaml): Record<string, string> | null {
  if (block === undefined || block === null) return null;
  if (block === 'read-all' || block === 'write-all') {
    const level = block.split('-')[0];
    return new Proxy({}, { get: () => level });
  }
  return block as Record<string, string>;
}

/** What one job's token may do: the job's block, else the workflow's. */
function grantOf(workflow: Yaml, job: Yaml): Record<string, string> {
  return permissions(job.permissions) ?? permissions(workflow.permissions) ?? {};
}

function exceeds(asked: Record<string, string>, granted: Record<string, string>): string[] {
  return Object.entries(asked)
    .filter(([scope, level]) => (LEVEL[level] ?? 0) > (LEVEL[granted[scope] ?? 'none'] ?? 0))
    .map(([scope, level]) => `${scope}: ${level} (granted: ${granted[scope] ?? 'none'})`);
}

/** Problems of a workflow that calls the reusable workflow, for one calling job. */
function callProblems(caller: Yaml, jobName: string, callee: Yaml): string[] {
  const job = caller.jobs[jobName];
  const problems: string[] = [];
  const granted = grantOf(caller, job);
  for (const [name, calleeJob] of Object.entries<Yaml>(callee.jobs)) {
    const asked = permissions(calleeJob.permissions);
    if (asked === null) continue; // inherits the caller's grant
    for (const excess of exceeds(asked, granted)) {
      problems.push(`reusable job ${name} asks for ${excess}: GitHub refuses the call`);
    }
  }
  const inputs = callee.on.workflow_call.inputs ?? {};
  for (const [key, value] of Object.entries<Yaml>(job.with ?? {})) {
    const input = inputs[key];
    if (input === undefined) problems.push(`with: ${key} is not an input of the reusable workflow`);
    else if (input.type === 'boolean' && typeof value !== 'boolean')
      problems.push(`with: ${key} must be a boolean`);
  }
  for (const [key, input] of Object.entries<Yaml>(inputs)) {
    if (input.required === true && job.with?.[key] === undefined)
      problems.push(`with: ${key} is required by the reusable workflow`);
  }
  if (job.with?.['upload-sarif'] === true) {
    for (const excess of exceeds({ 'security-events': 'write' }, granted)) {
      problems.push(`upload-sarif: true needs ${excess}`);
    }
  }
  return problems;
}

function pullRequestTypes(workflow: Yaml): string[] | null {
  const on = workflow.on;
  const trigger = on.pull_request ?? on.pull_request_target;
  if (trigger === undefined) return null;
  return trigger?.types ?? ['opened', 'synchronize', 'reopened'];
}

/** Steps that run the Action, with their job. */
function actionSteps(workflow: Yaml): { job: Yaml; step: Yaml }[] {
  return Object.values<Yaml>(workflow.jobs).flatMap((job) =>
    (job.steps ?? [])
      .filter((step: Yaml) => typeof step.uses === 'string' && ACTION.test(step.uses))
      .map((step: Yaml) => ({ job, step })),
  );
}

const snippets = readmeWorkflows();

describe('the README workflow snippets', () => {
  it('are found: per repository, organisation-wide, reviews companion, policy register', () => {
    expect(snippets.map((s) => s.name)).toEqual([
      '.github/workflows/mandate-policies.yml',
      '.github/workflows/mandate.yml',
      'acme/.github/.github/workflows/mandate.yml',
      '.github/workflows/mandate-review.yml',
    ]);
  });

  it.each(snippets)('$name: inputs exist, permissions suffice, events re-judge', ({ workflow }) => {
    for (const { job, step } of actionSteps(workflow)) {
      for (const key of Object.keys(step.with ?? {})) expect(actionInputs).toContain(key);
      const granted = grantOf(workflow, job);
      expect(exceeds({ contents: 'read' }, granted)).toEqual([]);
    }
    const types = pullRequestTypes(workflow);
    const judgesChanges = types !== null && !types.every((t) => /labeled$/.test(t));
    if (judgesChanges) {
      for (const { job } of actionSteps(workflow)) {
        expect(
          exceeds({ 'pull-requests': 'read', checks: 'write' }, grantOf(workflow, job)),
        ).toEqual([]);
      }
      expect(types).toEqual(expect.arrayContaining(PULL_REQUEST_TYPES));
    }
    const review = workflow.on.pull_request_review;
    if (review !== undefined) {
      expect(review.types).toEqual(expect.arrayContaining(['submitted', 'dismissed']));
    }
    for (const [name, job] of Object.entries<Yaml>(workflow.jobs)) {
      if (typeof job.uses === 'string' && REUSABLE.test(job.uses)) {
        expect(callProblems(workflow, name, reusable)).toEqual([]);
      }
    }
  });

  it('the organisation-wide caller really calls the reusable workflow', () => {
    const caller = snippets.find((s) => s.name.startsWith('acme/'))!.workflow;
    expect(Object.values<Yaml>(caller.jobs).some((job) => REUSABLE.test(job.uses ?? ''))).toBe(
      true,
    );
  });
});

describe('the reusable workflow', () => {
  it('passes its inputs to the Action, which has them', () => {
    for (const { step } of actionSteps(reusable)) {
      for (const key of Object.keys(step.with ?? {})) expect(actionInputs).toContain(key);
    }
    const inputs = Object.keys(reusable.on.workflow_call.inputs);
    expect(inputs).toEqual(['config', 'fail-on', 'annotations', 'upload-sarif']);
    expect(reusable.on.workflow_call.inputs['upload-sarif']).toMatchObject({
      type: 'boolean',
      default: false,
    });
  });

  it('uploads SARIF only on opt-in, in a job that asks for nothing beyond the caller’s grant', () => {
    const uploads = Object.entries<Yaml>(reusable.jobs).filter(([, job]) =>
      (job.steps ?? []).some((step: Yaml) => /codeql-action\/upload-sarif/.test(step.uses ?? '')),
    );
    expect(uploads).toHaveLength(1);
    const [, job] = uploads[0]!;
    expect(job.if).toContain('inputs.upload-sarif');
    expect(job.permissions).toBeUndefined();
    // No job asks for security-events: a caller that does not opt in never grants it.
    for (const other of Object.values<Yaml>(reusable.jobs)) {
      expect(other.permissions?.['security-events']).toBeUndefined();
    }
  });

  it('the check catches the call GitHub would refuse (security-events asked, not granted)', () => {
    const caller = snippets.find((s) => s.name.startsWith('acme/'))!.workflow;
    const [name] = Object.keys(caller.jobs);
    const greedy = structuredClone(reusable);
    greedy.jobs.mandate.permissions['security-events'] = 'write';
    expect(callProblems(caller, name!, greedy)).toEqual([
      'reusable job mandate asks for security-events: write (granted: none): GitHub refuses the call',
    ]);
    const optedIn = structuredClone(caller);
    optedIn.jobs[name!].with['upload-sarif'] = true;
    expect(callProblems(optedIn, name!, reusable)).toEqual([
      'upload-sarif: true needs security-events: write (granted: none)',
    ]);
    optedIn.permissions['security-events'] = 'write';
    expect(callProblems(optedIn, name!, reusable)).toEqual([]);
    const typo = structuredClone(caller);
    typo.jobs[name!].with = { 'upload-sarif': 'yes', fail_on: 'high' };
    expect(callProblems(typo, name!, reusable)).toEqual([
      'with: upload-sarif must be a boolean',
      'with: fail_on is not an input of the reusable workflow',
    ]);
  });
});

describe("this repository's own workflow", () => {
  it('runs the Action on the events and with the permissions the README documents', () => {
    const types = pullRequestTypes(own);
    expect(types).toEqual(expect.arrayContaining(PULL_REQUEST_TYPES));
    const steps = actionSteps(own);
    expect(steps).toHaveLength(1);
    for (const { job, step } of steps) {
      for (const key of Object.keys(step.with ?? {})) expect(actionInputs).toContain(key);
      expect(
        exceeds({ contents: 'read', 'pull-requests': 'read', checks: 'write' }, grantOf(own, job)),
      ).toEqual([]);
    }
  });
});
