/**
 * Runs the bundled Action the way a runner does: `node` on the bundle with INPUT_* and GITHUB_*
 * set, against a FakeGitHub. Payloads come from @octokit/webhooks-examples, adjusted
 * (repository, SHAs, numbers). The bundle is the committed action/dist/index.js, or a fresh
 * build of action/src (`freshBundle()`, with scripts/build-action.mjs's options) when a test
 * asks for it or MANDATE_ACTION_BUNDLE=source is set for a whole run.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FakeGitHub } from './fake-github.js';

// biome-ignore lint/suspicious/noExplicitAny: webhook payloads and evidence are untyped JSON here.
export type Json = any;

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLE = join(ROOT, 'action/dist/index.js');

let fresh: string | undefined;

/**
 * action/src built to a temporary folder by scripts/build-action.mjs (the options the committed
 * bundle is built with), once per test process.
 */
export function freshBundle(): string {
  if (fresh === undefined) {
    const outfile = join(mkdtempSync(join(tmpdir(), 'mandate-action-build-')), 'index.js');
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-action.mjs'), '--outfile', outfile], {
      cwd: ROOT,
    });
    fresh = outfile;
  }
  return fresh;
}

/** The bundle a run uses by default: MANDATE_ACTION_BUNDLE=source builds action/src. */
function defaultBundle(): string {
  const choice = process.env.MANDATE_ACTION_BUNDLE;
  if (choice === 'source') return freshBundle();
  return choice ? choice : BUNDLE;
}

/** Validates an evidence record against schema/evidence.schema.json (errors on `.errors`). */
export const validateEvidence = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormatsModule.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema/evidence.schema.json'), 'utf8')));
})();

interface ExampleGroup {
  name: string;
  examples: Record<string, unknown>[];
}
const require = createRequire(import.meta.url);
const EXAMPLES = require('@octokit/webhooks-examples') as ExampleGroup[];

/** A deep copy of the first example payload of `event` (with `action`, when given). */
export function examplePayload(event: string, action?: string): Record<string, Json> {
  const group = EXAMPLES.find((g) => g.name === event);
  const example = group?.examples.find((e) => action === undefined || e.action === action);
  if (example === undefined) throw new Error(`no webhooks example for ${event}/${action ?? '*'}`);
  return structuredClone(example) as Record<string, Json>;
}

export function pullRequestPayload(
  gh: FakeGitHub,
  options: { number: number; base: string; head: string; fork?: boolean; action?: string },
): Record<string, Json> {
  const payload = examplePayload('pull_request', options.action ?? 'opened');
  const fullName = `${gh.owner}/${gh.repo}`;
  payload.repository.full_name = fullName;
  payload.repository.name = gh.repo;
  payload.repository.owner.login = gh.owner;
  payload.number = options.number;
  const pr = payload.pull_request;
  pr.number = options.number;
  pr.base.sha = options.base;
  pr.head.sha = options.head;
  pr.base.repo.full_name = fullName;
  pr.head.repo.full_name = options.fork ? 'someone/octo-repo-fork' : fullName;
  pr.changed_files = undefined;
  return payload;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  evidenceText: string;
  evidence: Record<string, Json> | null;
  dir: string;
}

/** Parses the GITHUB_OUTPUT file (`name<<delimiter` … `delimiter` blocks). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}

export async function runAction(options: {
  apiUrl: string;
  repository: string;
  event: string;
  payload: unknown;
  /** Written to the event file verbatim instead of `payload`. */
  rawPayload?: string;
  inputs?: Record<string, string>;
  sha?: string;
  env?: Record<string, string>;
  /** The bundle to run (default: the committed one; see defaultBundle). */
  bundle?: string;
  /** Options for `node` before the bundle (e.g. `--require` of a probe). */
  execArgv?: string[];
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-action-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, options.rawPayload ?? JSON.stringify(options.payload));
  const outputPath = join(dir, 'output.txt');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs: Record<string, string> = {
    token: 'fake-token-for-tests',
    config: '.mandate.yml',
    annotations: 'checks',
    'sarif-file': '',
    'evidence-file': 'evidence.json',
    'fail-on': '',
    ...options.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: options.repository,
    GITHUB_SHA: options.sha ?? '0'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    MANDATE_RETRY_SCALE: '0.001',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const { code, stdout, stderr } = await new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
  }>((resolve) => {
    execFile(
      process.execPath,
      [...(options.execArgv ?? []), options.bundle ?? defaultBundle()],
      { env, cwd: dir, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
  const evidencePath = join(dir, inputs['evidence-file']!);
  const evidenceText = existsSync(evidencePath) ? readFileSync(evidencePath, 'utf8') : '';
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    evidenceText,
    evidence: evidenceText === '' ? null : JSON.parse(evidenceText),
    dir,
  };
}
