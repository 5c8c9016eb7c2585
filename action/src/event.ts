/**
 * What the workflow run is about, read from the event payload GitHub writes to
 * GITHUB_EVENT_PATH. `parseEvent` is pure (payload in, plan out); `readEventFromEnv` reads
 * the environment and the file. Nothing here trusts or executes anything from a PR head:
 * the payload only supplies numbers, SHAs and names.
 */
import { readFileSync } from 'node:fs';
import { MandateError } from '../../src/core/errors.js';
import { apiBaseUrl } from '../../src/github/access.js';
import { type Visibility, visibilityOf } from './signing.js';

export type EventName =
  | 'pull_request'
  | 'pull_request_target'
  | 'pull_request_review'
  | 'merge_group'
  | 'push'
  | 'workflow_dispatch'
  | 'schedule';

export const SUPPORTED_EVENTS: readonly EventName[] = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'merge_group',
  'push',
  'workflow_dispatch',
  'schedule',
];

export interface Repo {
  owner: string;
  repo: string;
}

/** A pull request: the files it changes, judged by the config of its base commit. */
export interface PullRequestEvent {
  kind: 'pull-request';
  name: 'pull_request' | 'pull_request_target' | 'pull_request_review';
  action: string;
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
  /** The head lives in another repository: the token is read-only there. */
  fork: boolean;
  author: string;
  labels: string[];
  /** As the payload reports it; lists beyond 3,000 files need the tree fallback. */
  changedFiles: number | null;
  /**
   * An `edited` event that retargeted the pull request (`changes.base`): the base it had before.
   * The pull request is judged again against the new base (its diff and its policy).
   */
  baseChange: { fromRef: string; fromSha: string | null } | null;
}

/** A commit range: a push or a merge-queue group. `baseSha` is the commit it builds on. */
export interface RangeEvent {
  kind: 'range';
  name: 'push' | 'merge_group';
  /** null: a new branch or tag whose base is unknown (scan against the default branch). */
  baseSha: string | null;
  headSha: string;
  ref: string;
  defaultBranch: string | null;
}

/** A manual run: scan every file of a ref. */
export interface RefEvent {
  kind: 'ref';
  name: 'workflow_dispatch';
  ref: string;
  sha: string;
}

/** Nothing to scan for this event (yet), or nothing left to scan (a deleted branch). */
export interface IdleEvent {
  kind: 'idle';
  name: EventName;
  /** One sentence for the summary. */
  reason: string;
}

export type ActionEvent = PullRequestEvent | RangeEvent | RefEvent | IdleEvent;

const ZERO_SHA = /^0{40}$/;
const SHA = /^[0-9a-f]{40}$/;

function fail(name: string, what: string): never {
  throw new MandateError(
    `The ${name} event payload is malformed: ${what}. mandate reads the payload GitHub writes to GITHUB_EVENT_PATH; run it from a workflow triggered by ${name}, not with a hand-made payload.`,
  );
}

function object(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function field(name: string, from: unknown, path: string): Record<string, unknown> {
  let current: unknown = from;
  for (const key of path.split('.')) {
    const parent = object(current);
    if (parent === undefined) fail(name, `${path} is missing`);
    current = parent[key];
  }
  const found = object(current);
  if (found === undefined) fail(name, `${path} is missing`);
  return found;
}

function sha(name: string, from: Record<string, unknown>, key: string, where: string): string {
  const value = from[key];
  if (typeof value !== 'string' || !SHA.test(value))
    fail(name, `${where}.${key} is not a commit SHA`);
  return value;
}

function text(from: Record<string, unknown>, key: string): string | undefined {
  const value = from[key];
  return typeof value === 'string' ? value : undefined;
}

/** `changes.base` of an `edited` pull request event: the base before it was retargeted. */
function baseChangeOf(payload: Record<string, unknown>): PullRequestEvent['baseChange'] {
  const base = object(object(payload.changes)?.base);
  if (base === undefined) return null;
  const fromRef = text(object(base.ref) ?? {}, 'from') ?? '';
  const fromSha = text(object(base.sha) ?? {}, 'from');
  return { fromRef, fromSha: fromSha !== undefined && SHA.test(fromSha) ? fromSha : null };
}

/** The plan for one event. Throws MandateError, one sentence, on a payload it cannot use. */
export function parseEvent(
  name: string,
  payload: unknown,
  env: { sha?: string } = {},
): ActionEvent {
  if (object(payload) === undefined) fail(name, 'it is not a JSON object');
  switch (name) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review': {
      const pr = field(name, payload, 'pull_request');
      const base = field(name, pr, 'base');
      const head = field(name, pr, 'head');
      const number = pr.number;
      if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
        fail(name, 'pull_request.number is not a pull request number');
      }
      const baseRepo = text(object(base.repo) ?? {}, 'full_name');
      const headRepo = text(object(head.repo) ?? {}, 'full_name');
      const labels = Array.isArray(pr.labels)
        ? pr.labels.flatMap((label) => {
            const labelName = object(label)?.name;
            return typeof labelName === 'string' ? [labelName] : [];
          })
        : [];
      return {
        kind: 'pull-request',
        name,
        action: text(payload as Record<string, unknown>, 'action') ?? '',
        number,
        baseSha: sha(name, base, 'sha', 'pull_request.base'),
        headSha: sha(name, head, 'sha', 'pull_request.head'),
        baseRef: text(base, 'ref') ?? '',
        headRef: text(head, 'ref') ?? '',
        // A deleted fork has no head repository: treat it as a fork (read-only token).
        fork: headRepo === undefined || (baseRepo !== undefined && headRepo !== baseRepo),
        author: text(object(pr.user) ?? {}, 'login') ?? '',
        labels,
        changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : null,
        baseChange: baseChangeOf(payload as Record<string, unknown>),
      };
    }
    case 'merge_group': {
      const group = field(name, payload, 'merge_group');
      return {
        kind: 'range',
        name,
        baseSha: sha(name, group, 'base_sha', 'merge_group'),
        headSha: sha(name, group, 'head_sha', 'merge_group'),
        ref: text(group, 'head_ref') ?? '',
        defaultBranch: null,
      };
    }
    case 'push': {
      const push = payload as Record<string, unknown>;
      const ref = text(push, 'ref') ?? fail(name, 'ref is missing');
      if (push.deleted === true) {
        return { kind: 'idle', name, reason: `${ref} was deleted: there is nothing to scan.` };
      }
      const headSha = sha(name, push, 'after', 'push');
      const before = text(push, 'before');
      const defaultBranch = text(object(push.repository) ?? {}, 'default_branch') ?? null;
      const baseSha =
        before === undefined || ZERO_SHA.test(before) ? null : sha(name, push, 'before', 'push');
      return { kind: 'range', name, baseSha, headSha, ref, defaultBranch };
    }
    case 'workflow_dispatch': {
      const ref = text(payload as Record<string, unknown>, 'ref') ?? '';
      const commit = env.sha;
      if (commit === undefined || !SHA.test(commit)) {
        throw new MandateError(
          'GITHUB_SHA is not set to a commit SHA, so mandate does not know which commit of the dispatched ref to scan; run it inside a GitHub Actions job.',
        );
      }
      return { kind: 'ref', name, ref, sha: commit };
    }
    case 'schedule':
      return {
        kind: 'idle',
        name,
        reason:
          'Scheduled run: the policy documents of the default branch were evaluated and their tracking issue kept up to date; secrets are judged on pull requests and pushes.',
      };
    default:
      throw new MandateError(
        `mandate does not handle the ${name} event; trigger it on ${SUPPORTED_EVENTS.join(', ')} (see the workflow examples in the README).`,
      );
  }
}

export interface RunEnvironment {
  event: ActionEvent;
  repo: Repo;
  actor: string;
  runUrl: string | null;
  serverUrl: string;
  apiUrl: string;
  /** The repository's visibility as the payload says it (signing.ts decides on it). */
  visibility: Visibility;
}

/** Reads GITHUB_EVENT_NAME, GITHUB_EVENT_PATH and friends; throws MandateError, one sentence. */
export function readEventFromEnv(env: NodeJS.ProcessEnv = process.env): RunEnvironment {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) {
    throw new MandateError(
      'GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set: mandate runs as a step of a GitHub Actions workflow (uses: …/mandate@v1); use the CLI (`mandate scan`) elsewhere.',
    );
  }
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new MandateError(
      `The event payload ${path} (GITHUB_EVENT_PATH) cannot be read; run mandate inside a GitHub Actions job, which writes that file.`,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    fail(name, 'it is not valid JSON');
  }
  const event = parseEvent(
    name,
    payload,
    env.GITHUB_SHA === undefined ? {} : { sha: env.GITHUB_SHA },
  );
  const repo = parseRepository(env.GITHUB_REPOSITORY, payload);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const runUrl = env.GITHUB_RUN_ID
    ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`
    : null;
  const sender = text(object(object(payload)?.sender) ?? {}, 'login');
  return {
    event,
    repo,
    actor: env.GITHUB_ACTOR || sender || '',
    runUrl,
    serverUrl,
    apiUrl: apiBaseUrl(env),
    visibility: visibilityOf(payload),
  };
}

function parseRepository(value: string | undefined, payload: unknown): Repo {
  const fullName = value || text(object(object(payload)?.repository) ?? {}, 'full_name');
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(fullName ?? '');
  if (match === null) {
    throw new MandateError(
      'GITHUB_REPOSITORY is not set to owner/repo and the payload names no repository; run mandate inside a GitHub Actions job.',
    );
  }
  return { owner: match[1]!, repo: match[2]! };
}
