/**
 * Publishing a run's outcome: the check run (or workflow-command annotations), the evidence
 * record and SARIF file in the workspace, the step outputs, and the job summary and log.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import type { CentralResult } from '../../src/config/central.js';
import type { PolicyEntry } from '../../src/core/policy/types.js';
import type { ScanResult } from '../../src/core/types.js';
import type { GitHubRest } from '../../src/github/rest.js';
import { formatSarif } from '../../src/reporters/sarif.js';
import { type CheckOutcome, publishAnnotations } from './annotations.js';
import type { RunEnvironment } from './event.js';
import {
  buildEvidence,
  commitEvidence,
  type EvidenceRecord,
  type MergeReads,
  mergedPulls,
  type PreparedEvidence,
  prepareEvidence,
  recordGaps,
  reprepare,
  withAnchor,
} from './evidence.js';
import type { Inputs } from './inputs.js';
import type { Plan } from './plan.js';
import type { Policy } from './policy.js';
import type { ReviewJudgement } from './reviews.js';
import { signingPlan } from './signing.js';
import { checkSummary, jobSummary, verdictLine } from './summary.js';

function workspacePath(file: string, env: NodeJS.ProcessEnv): string {
  return isAbsolute(file) ? file : resolve(env.GITHUB_WORKSPACE || process.cwd(), file);
}

async function writeOut(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

async function writeSummary(markdown: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown).write();
}

/** The check run's title and summary, as published (and anchored by the evidence ledger). */
export interface CheckText {
  title: string;
  summary: string;
}

/** The check run, or annotations as workflow commands when the token cannot write checks. */
export async function publishCheck(input: {
  client: GitHubRest;
  inputs: Inputs;
  runEnv: RunEnvironment;
  steps: Plan;
  result: ScanResult;
  reviews: ReviewJudgement | null;
  notes: string[];
  note: (sentence: string) => void;
  env: NodeJS.ProcessEnv;
  /** The evidence anchor, written in the same request that creates (or updates) the check. */
  anchor: string | null;
}): Promise<CheckOutcome & { check: CheckText }> {
  const { result, reviews, runEnv, env } = input;
  const check: CheckText = {
    title:
      reviews?.breakGlass?.status === 'active'
        ? `${verdictLine(result)} (BREAK-GLASS)`
        : verdictLine(result),
    summary: [...(reviews?.markdown ?? []), checkSummary(result, input.notes)].join('\n'),
  };
  const delivered = await publishAnnotations(input.client, {
    mode: input.inputs.annotations,
    owner: runEnv.repo.owner,
    repo: runEnv.repo.repo,
    headSha: input.steps.headSha,
    result,
    title: check.title,
    summary: input.anchor === null ? check.summary : withAnchor(check.summary, input.anchor),
    detailsUrl: runEnv.runUrl,
    // Re-evaluations (a review, a label, an edit, a re-run) update the check of this head
    // SHA. A new base is a new judgement: a fresh check run, so that no annotation of the
    // old base's diff stays on it (the Checks API cannot remove annotations).
    reuseExisting:
      (runEnv.event.kind === 'pull-request' &&
        runEnv.event.baseChange === null &&
        !['opened', 'synchronize', 'reopened'].includes(runEnv.event.action)) ||
      Number(env.GITHUB_RUN_ATTEMPT ?? '1') > 1,
  });
  if (delivered.delivered === 'commands') {
    const shown =
      result.findings.length > 10
        ? ' GitHub shows at most 10 errors and 10 warnings per step, so the table below is the complete list.'
        : '';
    input.note(
      `Findings were reported as workflow-command annotations, not on a \`mandate\` check run, because ${delivered.reason}.${shown}`,
    );
  }
  return { ...delivered, check };
}

/** What a run's record is made of: everything but how its findings reached the pull request. */
export interface RecordFacts {
  client: GitHubRest;
  version: string;
  inputs: Inputs;
  runEnv: RunEnvironment;
  steps: Plan;
  policy: Policy | null;
  central: CentralResult | null;
  result: ScanResult | null;
  reviews: ReviewJudgement | null;
  touched: Set<string>;
  notes: string[];
  /** The policy register, when the run evaluated the policy documents (schedule, dispatch). */
  policies?: readonly PolicyEntry[];
  /** What the run reads of a merge, once: shared by the linking and the gap check. */
  mergeReads: MergeReads;
}

function runEvidence(input: RecordFacts, annotations: CheckOutcome['delivered']): EvidenceRecord {
  const { runEnv, steps, policy, result, reviews, touched } = input;
  return buildEvidence({
    version: input.version,
    repository: `${runEnv.repo.owner}/${runEnv.repo.repo}`,
    event: runEnv.event.name,
    pullRequest: steps.pullRequest,
    ref: steps.ref,
    baseSha: steps.baseSha,
    headSha: steps.headSha,
    actor: runEnv.actor,
    now: new Date(),
    runUrl: runEnv.runUrl,
    config: {
      path: policy?.configPath ?? null,
      sha256: policy?.configSha256 ?? null,
      commit: policy?.commit ?? steps.headSha,
      source: policy?.configPath ? 'base-commit' : 'defaults',
      changedByChange: touched.size > 0,
      changedFiles: [...touched].sort(),
      central: input.central?.sources ?? [],
    },
    result,
    annotations,
    // A copy: what the run says later is not part of the record already hashed.
    notes: [...input.notes],
    ...(reviews === null ? {} : { reviews: reviews.evidence }),
    ...(input.policies === undefined ? {} : { policies: input.policies }),
  });
}

/**
 * With the ledger on, the record is made ready before the check run (protection snapshot,
 * Statement hash, ledger tail — reads only), so that the check run is created with its anchor
 * in one request and the ledger is written after it: four writes a run, none repeated.
 */
export async function prepareRecord(input: RecordFacts): Promise<PreparedEvidence | null> {
  const { inputs, runEnv, steps } = input;
  // A scheduled run judges no change but records the policy register it evaluated.
  if (
    inputs.evidenceLedger !== 'branch' ||
    (steps.changeSet === null && input.policies === undefined)
  )
    return null;
  const { event } = runEnv;
  const repository = `${runEnv.repo.owner}/${runEnv.repo.repo}`;
  // A push to the default branch lands merged pull requests: link each to its record.
  const merged =
    event.kind === 'range' &&
    event.name === 'push' &&
    event.defaultBranch !== null &&
    event.ref === `refs/heads/${event.defaultBranch}`
      ? await mergedPulls({
          client: input.client,
          repo: runEnv.repo,
          repository,
          headSha: steps.headSha,
          evidenceRepository: inputs.evidenceRepository,
          now: new Date(),
          reads: input.mergeReads,
        }).catch((error: unknown) => {
          input.notes.push(
            `The pull requests this push merged could not be linked to their records (${error instanceof Error ? error.message : String(error)}).`,
          );
          return [];
        })
      : [];
  // Said in the record itself: why it carries no signature (a private repository, no OIDC).
  const signing = signingPlan(inputs.evidenceSigning, runEnv.visibility, process.env);
  if (!signing.sign && signing.why !== null) input.notes.push(signing.why);
  return prepareEvidence({
    client: input.client,
    repo: runEnv.repo,
    record: runEvidence(input, input.result === null ? 'none' : inputs.annotations),
    branch: event.kind === 'pull-request' ? event.baseRef : steps.ref,
    evidenceRepository: inputs.evidenceRepository,
    merged,
    signer: signing.sign ? signing.signer : null,
    note: (sentence) => core.warning(sentence),
  });
}

/** The evidence record, SARIF, outputs, job summary and log lines of a run. */
export async function publishRecord(
  input: RecordFacts & {
    delivered: CheckOutcome;
    check: CheckText | null;
    prepared: PreparedEvidence | null;
    note: (sentence: string) => void;
    env: NodeJS.ProcessEnv;
  },
): Promise<void> {
  const { client, inputs, runEnv, steps, result, reviews, notes, env } = input;
  const { delivered, check, note } = input;
  let evidence: EvidenceRecord;

  // The ledger (src/evidence/): append the prepared record; the check run has its anchor.
  if (input.prepared !== null) {
    // A check run carries the prepared record's anchor: that record is the one written. With
    // no check run (workflow commands, or none) nothing carries it yet, so the record is made
    // again with how the findings went and what the run said about it.
    const prepared =
      delivered.delivered === 'checks'
        ? input.prepared
        : reprepare(input.prepared, runEvidence(input, delivered.delivered));
    const recorded = await commitEvidence({
      client,
      repo: runEnv.repo,
      prepared,
      check:
        delivered.delivered === 'checks' && check !== null
          ? { id: delivered.checkRunId, ...check, anchored: prepared.anchor }
          : null,
      note,
    });
    evidence = recorded.record;
    core.info(recorded.anchor);
    if (recorded.appended !== null && runEnv.event.kind === 'range') {
      // A writable run on a merge records the forks' runs that could not write.
      await recordGaps({
        client,
        repo: runEnv.repo,
        repository: `${runEnv.repo.owner}/${runEnv.repo.repo}`,
        headSha: steps.headSha,
        evidenceRepository: inputs.evidenceRepository,
        now: new Date(),
        reads: input.mergeReads,
      }).catch(() =>
        note('The runs of merged fork pull requests could not be checked for missing records.'),
      );
    }
  } else {
    evidence = runEvidence(input, delivered.delivered);
  }

  if (inputs.sarifFile !== null && result !== null) {
    const file = workspacePath(inputs.sarifFile, env);
    await writeOut(file, formatSarif(result, { toolVersion: input.version }));
    core.setOutput('sarif-file', file);
  }
  const evidenceFile = workspacePath(inputs.evidenceFile ?? 'mandate-evidence.json', env);
  await writeOut(evidenceFile, `${JSON.stringify(evidence, null, 2)}\n`);
  core.setOutput('evidence-file', evidenceFile);

  core.setOutput('decision', result?.decision ?? 'pass');
  core.setOutput('findings', String(result?.findings.length ?? 0));
  core.setOutput(
    'blocking',
    String(result?.findings.filter((finding) => finding.blocking).length ?? 0),
  );
  await writeSummary(
    jobSummary({
      result,
      notes,
      evidence,
      ...(steps.idleReason === undefined ? {} : { idleReason: steps.idleReason }),
      ...(reviews === null ? {} : { reviews: reviews.markdown }),
    }),
    env,
  );
  core.info(verdictLine(result));
  for (const sentence of notes) core.info(sentence);
}
