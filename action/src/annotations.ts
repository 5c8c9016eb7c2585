/**
 * Line annotations for every finding: on a check run named `mandate` (the Checks API takes 50
 * annotations per request, so the first 50 go with the create and the rest in updates; it
 * appends them, so a re-evaluation of the same head commit sends only new ones), or as
 * workflow commands (`::error file=…,line=…::`) when the token cannot write checks — a pull
 * request from a fork gets a read-only token.
 */
import * as core from '@actions/core';
import type { AllowedFinding, Finding, ScanResult } from '../../src/core/types.js';
import { type GitHubRest, pages } from '../../src/github/rest.js';

export const CHECK_NAME = 'mandate';
/** The Checks API's limit of annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
const MAX_TITLE = 255;
const MAX_OUTPUT = 65_000;

export type AnnotationMode = 'checks' | 'commands' | 'none';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

/** The annotation text of a finding: its message and the redacted value, never the raw one. */
export function annotationMessage(finding: Finding): string {
  const value = finding.redacted === '' ? '' : ` Value: ${finding.redacted}.`;
  return `${finding.message}${value} Fingerprint: ${finding.fingerprint}`;
}

function annotationTitle(finding: Finding): string {
  const title = `${finding.blocking ? 'Blocking' : 'Warning'}: ${finding.title ?? finding.ruleId} (${finding.ruleId})`;
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

export function toCheckAnnotation(finding: Finding): CheckAnnotation {
  return {
    path: finding.path,
    start_line: finding.line,
    end_line: Math.max(finding.line, finding.endLine),
    annotation_level: finding.blocking ? 'failure' : 'warning',
    title: annotationTitle(finding),
    message: annotationMessage(finding),
  };
}

/** A notice on the line of an inline allow: what it suppressed and the author's reason. */
export function toAllowAnnotation(finding: AllowedFinding): CheckAnnotation {
  const title = `Inline allow: ${finding.title ?? finding.ruleId} (${finding.ruleId})`;
  return {
    path: finding.path,
    start_line: finding.line,
    end_line: Math.max(finding.line, finding.endLine),
    annotation_level: 'notice',
    title: title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title,
    message: `Suppressed by \`${finding.allow.marker}\` in this change, not by a review. Reason given: ${finding.allow.reason}. Value: ${finding.redacted}. Fingerprint: ${finding.fingerprint}`,
  };
}

export function batches<T>(items: T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

function clip(text: string): string {
  return text.length > MAX_OUTPUT
    ? `${text.slice(0, MAX_OUTPUT)}\n\n…(cut; the job summary has the rest)`
    : text;
}

export type CheckOutcome =
  | { delivered: 'checks'; checkRunId: number; requests: number }
  | { delivered: 'commands'; reason: string }
  | { delivered: 'none' };

/**
 * Creates the `mandate` check run with every finding annotated. Returns `commands` (after
 * writing workflow-command annotations) when the token may not create check runs.
 */
export async function publishAnnotations(
  client: GitHubRest,
  options: {
    mode: AnnotationMode;
    owner: string;
    repo: string;
    headSha: string;
    result: ScanResult;
    title: string;
    summary: string;
    detailsUrl: string | null;
    /** Update the `mandate` check run of this head SHA if there is one (re-evaluations). */
    reuseExisting?: boolean;
  },
): Promise<CheckOutcome> {
  const { result } = options;
  if (options.mode === 'none') return { delivered: 'none' };
  if (options.mode === 'commands') {
    writeCommandAnnotations(result.findings);
    return { delivered: 'commands', reason: 'the `annotations` input is `commands`' };
  }
  let all = [
    ...result.findings.map(toCheckAnnotation),
    ...(result.allowed ?? []).map(toAllowAnnotation),
  ];
  let id = options.reuseExisting
    ? await findCheckRun(client, options.owner, options.repo, options.headSha)
    : null;
  if (id !== null) {
    // The Checks API appends annotations: on a re-evaluation send only those the check run
    // does not have yet, so that a review or a label does not repeat every finding.
    const sent = await existingAnnotations(client, options.owner, options.repo, id);
    all = all.filter((annotation) => !sent.has(annotationKey(annotation)));
  }
  const [first = [], ...rest] = batches(all);
  const output = { title: options.title, summary: clip(options.summary) };
  const repo = { owner: options.owner, repo: options.repo };
  const completed = {
    status: 'completed',
    conclusion: result.decision === 'block' ? 'failure' : 'success',
    completed_at: new Date().toISOString(),
    ...(options.detailsUrl === null ? {} : { details_url: options.detailsUrl }),
    output: { ...output, annotations: first },
  } as const;
  if (id !== null) {
    // A re-evaluation (a review, a label): update the same check rather than add a second one.
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: id,
      ...completed,
    });
  } else {
    try {
      const created = await client.request('POST /repos/{owner}/{repo}/check-runs', {
        ...repo,
        name: CHECK_NAME,
        head_sha: options.headSha,
        ...completed,
      });
      id = (created.data as { id: number }).id;
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (status === 403 || status === 404) {
        writeCommandAnnotations(result.findings);
        return {
          delivered: 'commands',
          reason: `the token cannot create check runs (HTTP ${status}: a pull request from a fork gets a read-only token, or the workflow lacks \`permissions: checks: write\`)`,
        };
      }
      throw error;
    }
  }
  // The Checks API takes 50 annotations per request and appends them across updates.
  for (const batch of rest) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: id,
      output: { ...output, annotations: batch },
    });
  }
  return { delivered: 'checks', checkRunId: id, requests: 1 + rest.length };
}

/** What identifies an annotation: the same place, level and text. */
function annotationKey(a: Omit<CheckAnnotation, 'title'>): string {
  return [a.path, a.start_line, a.end_line, a.annotation_level, a.message].join('\u0000');
}

/** The annotations a check run already has (keys), or none when they cannot be listed. */
async function existingAnnotations(
  client: GitHubRest,
  owner: string,
  repo: string,
  id: number,
): Promise<Set<string>> {
  const keys = new Set<string>();
  try {
    const listing = pages<Omit<CheckAnnotation, 'title'>>(
      client,
      'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
      { owner, repo, check_run_id: id },
      { maxPages: 50 },
    );
    for await (const items of listing) for (const item of items) keys.add(annotationKey(item));
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status !== 403 && status !== 404) throw error;
  }
  return keys;
}

/** The id of the latest `mandate` check run on `headSha`, or null (none, or not readable). */
async function findCheckRun(
  client: GitHubRest,
  owner: string,
  repo: string,
  headSha: string,
): Promise<number | null> {
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      owner,
      repo,
      ref: headSha,
      check_name: CHECK_NAME,
      filter: 'latest',
    });
    const runs = (response.data as { check_runs?: { id: number; name: string }[] }).check_runs;
    return runs?.find((run) => run.name === CHECK_NAME)?.id ?? null;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 403 || status === 404) return null;
    throw error;
  }
}

/** `::error`/`::warning` workflow commands; GitHub shows 10 of each per step. */
export function writeCommandAnnotations(findings: Finding[]): void {
  for (const finding of findings) {
    const properties = {
      title: annotationTitle(finding),
      file: finding.path,
      startLine: finding.line,
      endLine: Math.max(finding.line, finding.endLine),
    };
    if (finding.blocking) core.error(annotationMessage(finding), properties);
    else core.warning(annotationMessage(finding), properties);
  }
}
