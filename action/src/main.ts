/**
 * The Action's run: read the event, read the change through the API, judge it under the
 * policy of the base commit, report (check run or workflow commands, job summary, SARIF,
 * evidence, outputs). `run` never throws and never calls setFailed: it returns the one
 * failure message, if any, and src/index.ts passes it to setFailed in exactly one place.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import { resolveSecretRules } from '../../src/config/load.js';
import { scanChangeSet } from '../../src/core/engine.js';
import { MandateError } from '../../src/core/errors.js';
import { applyBaseline } from '../../src/core/postprocess/baseline.js';
import { migrationNotice } from '../../src/core/postprocess/legacy.js';
import type { PullFile } from '../../src/core/review/types.js';
import { compileRules } from '../../src/core/secret/compile.js';
import {
  type ChangedFile,
  type ChangeSet,
  type Context,
  type ScanResult,
  SEVERITIES,
  type Severity,
} from '../../src/core/types.js';
import { formatSarif } from '../../src/reporters/sarif.js';
import { builtinPacks } from '../../src/rules/packs.js';
import {
  compareSource,
  type GitHubRest,
  malformedResponse,
  pullRequestSource,
  treeSource,
} from '../../src/sources/github.js';
import { type AnnotationMode, type CheckOutcome, publishAnnotations } from './annotations.js';
import { applyCentral } from './central-fetch.js';
import type { Client } from './client.js';
import { describeFailure } from './errors.js';
import { type ActionEvent, type RunEnvironment, readEventFromEnv } from './event.js';
import { buildEvidence, type EvidenceRecord, recordEvidence, recordGaps } from './evidence.js';
import { loadPolicy } from './policy.js';
import {
  checkChangedPolicies,
  checkPolicyReviews,
  readChangedPolicies,
  withPolicyReviews,
} from './policy-review.js';
import {
  collectPullFiles,
  GitHubPullFacts,
  judgePullReviews,
  type ReviewJudgement,
  reviewsNotJudgedNote,
} from './reviews.js';
import { mergeRegister, type RegisterRun, runPolicyRegister } from './schedule.js';
import { checkSummary, jobSummary, verdictLine } from './summary.js';

declare const __MANDATE_VERSION__: string | undefined;
const VERSION = typeof __MANDATE_VERSION__ === 'undefined' ? '0.0.0-dev' : __MANDATE_VERSION__;

export interface Inputs {
  token: string;
  config: string;
  annotations: AnnotationMode;
  sarifFile: string | null;
  evidenceFile: string | null;
  /** `branch`: append each record to the ledger (issue 12); `off`: the evidence file only. */
  evidenceLedger: 'branch' | 'off';
  /** `owner/repo[@branch]`: the organisation's evidence repository instead of this one. */
  evidenceRepository: string | null;
  failOn: Severity | null;
}

export function readInputs(): Inputs {
  const token = core.getInput('token');
  if (token === '') {
    throw new MandateError(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression, verbatim.
      'The `token` input is empty; leave it at its default (`${{ github.token }}`) or pass a token that can read the repository.',
    );
  }
  const annotations = core.getInput('annotations') || 'checks';
  if (annotations !== 'checks' && annotations !== 'commands' && annotations !== 'none') {
    throw new MandateError(
      `The \`annotations\` input is "${annotations}"; use checks, commands or none.`,
    );
  }
  const failOn = core.getInput('fail-on');
  if (failOn !== '' && !SEVERITIES.includes(failOn as Severity)) {
    throw new MandateError(
      `The \`fail-on\` input is "${failOn}"; use one of ${SEVERITIES.join(', ')}, or leave it empty to use the config's fail_on.`,
    );
  }
  // The runner applies action.yml's default (`branch`); an empty input (a test harness that
  // sets only some inputs) leaves the ledger off.
  const evidenceLedger = core.getInput('evidence-ledger') || 'off';
  if (evidenceLedger !== 'branch' && evidenceLedger !== 'off') {
    throw new MandateError(
      `The \`evidence-ledger\` input is "${evidenceLedger}"; use branch or off.`,
    );
  }
  return {
    token,
    evidenceLedger,
    evidenceRepository: core.getInput('evidence-repository') || null,
    config: core.getInput('config') || '.mandate.yml',
    annotations,
    sarifFile: core.getInput('sarif-file') || null,
    evidenceFile: core.getInput('evidence-file') || null,
    failOn: failOn === '' ? null : (failOn as Severity),
  };
}

export interface Outcome {
  /** The one message for setFailed, or null when the run passes. */
  failure: string | null;
  result: ScanResult | null;
}

/** Where the scan starts from, what it reads, and where the policy comes from. */
interface Plan {
  changeSet: ChangeSet | null;
  policyCommit: string;
  headSha: string;
  baseSha: string | null;
  ref: string | null;
  pullRequest: number | null;
  idleReason?: string;
  context: Omit<Context, 'now' | 'mode'>;
}

async function resolveCommit(
  client: GitHubRest,
  owner: string,
  repo: string,
  ref: string,
): Promise<string> {
  const response = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', {
    owner,
    repo,
    ref,
  });
  const sha = (response.data as { sha?: unknown } | null)?.sha;
  if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) {
    throw malformedResponse(
      `GET /repos/${owner}/${repo}/commits/${ref}`,
      'a commit',
      response.data,
    );
  }
  return sha;
}

async function plan(
  event: ActionEvent,
  runEnv: RunEnvironment,
  client: GitHubRest,
  sourceOptions: { client: GitHubRest; owner: string; repo: string; onNote: (s: string) => void },
  env: NodeJS.ProcessEnv,
): Promise<(maxFileSize: number) => Plan> {
  const { owner, repo } = runEnv.repo;
  switch (event.kind) {
    case 'pull-request':
      return (maxFileSize) => ({
        changeSet: pullRequestSource({
          ...sourceOptions,
          maxFileSize,
          number: event.number,
          baseSha: event.baseSha,
          headSha: event.headSha,
        }),
        policyCommit: event.baseSha,
        headSha: event.headSha,
        baseSha: event.baseSha,
        ref: event.headRef,
        pullRequest: event.number,
        context: {
          author: event.author,
          headSha: event.headSha,
          baseSha: event.baseSha,
          labels: event.labels,
        },
      });
    case 'range': {
      let baseSha = event.baseSha;
      if (baseSha === null) {
        // A new branch or tag: judge what it adds to the default branch.
        const branch = event.defaultBranch ?? 'main';
        baseSha = await resolveCommit(client, owner, repo, branch);
        sourceOptions.onNote(
          `${event.ref} is new, so it was compared with the default branch ${branch}.`,
        );
      }
      const base = baseSha;
      return (maxFileSize) => ({
        changeSet:
          base === event.headSha
            ? treeSource({ ...sourceOptions, maxFileSize, sha: event.headSha })
            : compareSource({
                ...sourceOptions,
                maxFileSize,
                baseSha: base,
                headSha: event.headSha,
                scope: 'push',
                description: `${event.name === 'merge_group' ? 'merge group' : 'push'} ${base.slice(0, 7)}...${event.headSha.slice(0, 7)}`,
              }),
        policyCommit: base,
        headSha: event.headSha,
        baseSha: base,
        ref: event.ref,
        pullRequest: null,
        context: { headSha: event.headSha, baseSha: base },
      });
    }
    case 'ref':
      return (maxFileSize) => ({
        changeSet: treeSource({
          ...sourceOptions,
          maxFileSize,
          sha: event.sha,
          description: `every file of ${event.ref || event.sha.slice(0, 7)}`,
        }),
        policyCommit: event.sha,
        headSha: event.sha,
        baseSha: null,
        ref: event.ref,
        pullRequest: null,
        context: { headSha: event.sha },
      });
    case 'idle':
      return () => ({
        changeSet: null,
        policyCommit: '',
        headSha: env.GITHUB_SHA ?? '0'.repeat(40),
        baseSha: null,
        ref: env.GITHUB_REF ?? null,
        pullRequest: null,
        idleReason: event.reason,
        context: {},
      });
  }
}

/** Records which policy files the change touches while the engine reads it. */
function watchPolicyFiles(
  files: AsyncIterable<ChangedFile>,
  policyPaths: string[],
  touched: Set<string>,
): AsyncIterable<ChangedFile> {
  const watched = new Set(policyPaths);
  return (async function* () {
    for await (const file of files) {
      if (watched.has(file.path)) touched.add(file.path);
      if (file.oldPath !== undefined && watched.has(file.oldPath)) touched.add(file.oldPath);
      yield file;
    }
  })();
}

function workspacePath(file: string, env: NodeJS.ProcessEnv): string {
  return isAbsolute(file) ? file : resolve(env.GITHUB_WORKSPACE || process.cwd(), file);
}

async function writeOut(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<Outcome> {
  const notes: string[] = [];
  const note = (sentence: string) => {
    if (!notes.includes(sentence)) notes.push(sentence);
  };
  try {
    const inputs = readInputs();
    const runEnv = readEventFromEnv(env);
    const { owner, repo } = runEnv.repo;
    // Loaded only now: @actions/github parses the event file when it is imported, and a
    // malformed event must fail with readEventFromEnv's sentence, not a JSON stack trace.
    const { createClient, requestTimeout, retryScale } = await import('./client.js');
    const octokit: Client = createClient(inputs.token, {
      baseUrl: runEnv.apiUrl,
      scale: retryScale(env),
      timeoutMs: requestTimeout(env),
      onNote: note,
    });
    const client = octokit as unknown as GitHubRest;
    const sourceOptions = { client, owner, repo, onNote: note };
    const makePlan = await plan(runEnv.event, runEnv, client, sourceOptions, env);

    if (runEnv.event.kind === 'pull-request' && runEnv.event.baseChange !== null) {
      const { fromRef, fromSha } = runEnv.event.baseChange;
      note(
        `The pull request was retargeted from ${fromRef || 'another branch'}${fromSha === null ? '' : ` (${fromSha.slice(0, 7)})`} to ${runEnv.event.baseRef || 'a new base'} (${runEnv.event.baseSha.slice(0, 7)}): it was judged again, with the new base's diff and policy, and the verdict on the old base no longer applies.`,
      );
    }
    const preliminary = makePlan(0);
    let policy =
      preliminary.changeSet === null
        ? null
        : await loadPolicy(client, runEnv.repo, preliminary.policyCommit, inputs.config);
    const central =
      policy === null
        ? null
        : await applyCentral(client, policy.config, policy.ignore, policy.baseline);
    central?.notes.forEach(note);
    const config = central?.config ?? null;
    const steps = makePlan(config?.maxFileSize ?? 0);
    if (policy !== null && policy.configPath === null) {
      note(
        `No ${inputs.config} on the policy commit ${policy.commit.slice(0, 7)}: the built-in defaults applied (the recommended rule pack, blocking at ${policy.config.failOn} and above).`,
      );
    }

    let result: ScanResult | null = null;
    let reviews: ReviewJudgement | null = null;
    const touched = new Set<string>();
    if (steps.changeSet !== null && policy !== null && central !== null && config !== null) {
      const specs = resolveSecretRules(config, builtinPacks());
      const rules = compileRules(specs, {
        allowlist: config.allowlist,
        overrides: config.overrides,
      });
      const pullFiles: PullFile[] = [];
      const watched = watchPolicyFiles(steps.changeSet.files, policy.policyPaths, touched);
      const changeSet: ChangeSet = {
        ...steps.changeSet,
        files:
          runEnv.event.kind === 'pull-request' ? collectPullFiles(watched, pullFiles) : watched,
      };
      result = await scanChangeSet(
        changeSet,
        {
          rules,
          failOn: inputs.failOn ?? config.failOn,
          ignore: policy.ignore,
          baseline: policy.baseline,
          ...(config.fingerprintSalt === undefined
            ? {}
            : { fingerprintSalt: config.fingerprintSalt }),
          // A changed file the API does not serve as a file leaves the scan incomplete.
          blockUnreadable: true,
        },
        { mode: 'ci', now: new Date(), ...steps.context },
      );
      const migrate = migrationNotice(result.migrations);
      if (migrate !== null) note(migrate);
      // Required reviews (src/core/review): judged on pull requests, folded into the result.
      if (runEnv.event.kind === 'pull-request') {
        const facts = new GitHubPullFacts(client, runEnv.repo, runEnv.event, pullFiles);
        reviews = await judgePullReviews({
          client,
          repo: runEnv.repo,
          event: runEnv.event,
          facts,
          config,
          packs: builtinPacks(),
          policyCommit: policy.commit,
          policyFiles: policy.policyPaths,
          files: pullFiles,
          scan: result,
          context: { mode: 'ci', now: new Date(), ...steps.context },
          note,
        });
        if (reviews !== null) result = reviews.result;
        // policy/review-integrity (policy-review.ts): a new `last_reviewed` needs its owner.
        const heads = await readChangedPolicies({
          client,
          repo: runEnv.repo,
          headSha: runEnv.event.headSha,
          files: pullFiles,
          config,
        });
        const policyReviews = await checkPolicyReviews({
          client,
          repo: runEnv.repo,
          facts,
          pr: runEnv.event,
          heads,
          config,
        });
        // The policy documents the pull request adds or changes: front matter, due date,
        // template leftovers, as the head leaves them (`.mandateignore` and baseline apply).
        const changed = checkChangedPolicies({
          heads,
          config,
          failOn: inputs.failOn ?? config.failOn,
          now: new Date(),
        });
        const ignored = new Set(central.ignore.map((entry) => entry.fingerprint));
        const policyFindings = applyBaseline(
          changed.findings.filter((finding) => !ignored.has(finding.fingerprint)),
          central.baseline,
        ).kept;
        result = withPolicyReviews(result, [...policyReviews, ...policyFindings], new Date());
        if (changed.documents > 0) {
          result = { ...result, stats: { ...result.stats, policies: changed.documents } };
        }
      } else {
        const notJudged = reviewsNotJudgedNote(config, builtinPacks());
        if (notJudged !== null) note(notJudged);
      }
      if (touched.size > 0) {
        note(
          `This change modifies the policy (${[...touched].sort().join(', ')}); it was judged by the version on ${policy.commit.slice(0, 7)}, and the new version applies only once merged — have the policy owners review it.`,
        );
      }
    }

    // Policy documents (schedule.ts): the register of the default branch and its one issue.
    let register: RegisterRun | null = null;
    if (runEnv.event.name === 'schedule' || runEnv.event.name === 'workflow_dispatch') {
      register = await runPolicyRegister({
        client,
        repo: runEnv.repo,
        configInput: inputs.config,
        failOn: inputs.failOn,
        now: new Date(),
        runUrl: runEnv.runUrl,
        note,
      });
      result =
        result === null
          ? register.result
          : mergeRegister(result, register.result, { mode: 'ci', now: new Date() });
      policy ??= register.policy;
    }

    let delivered: CheckOutcome = { delivered: 'none' };
    let check: { title: string; summary: string } | null = null;
    if (result !== null && steps.changeSet !== null) {
      check = {
        title:
          reviews?.breakGlass?.status === 'active'
            ? `${verdictLine(result)} (BREAK-GLASS)`
            : verdictLine(result),
        summary: [...(reviews?.markdown ?? []), checkSummary(result, notes)].join('\n'),
      };
      delivered = await publishAnnotations(client, {
        mode: inputs.annotations,
        owner,
        repo,
        headSha: steps.headSha,
        result,
        title: check.title,
        summary: check.summary,
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
        note(
          `Findings were reported as workflow-command annotations, not on a \`mandate\` check run, because ${delivered.reason}.${shown}`,
        );
      }
    }

    let evidence: EvidenceRecord = buildEvidence({
      version: VERSION,
      repository: `${owner}/${repo}`,
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
        central: central?.sources ?? [],
      },
      result,
      annotations: delivered.delivered,
      notes,
      ...(reviews === null ? {} : { reviews: reviews.evidence }),
    });

    // The ledger (src/evidence/): protection snapshot, append, anchor in the check run.
    if (inputs.evidenceLedger === 'branch' && steps.changeSet !== null) {
      const recorded = await recordEvidence({
        client,
        repo: runEnv.repo,
        record: evidence,
        branch: runEnv.event.kind === 'pull-request' ? runEnv.event.baseRef : steps.ref,
        evidenceRepository: inputs.evidenceRepository,
        check:
          delivered.delivered === 'checks' && check !== null
            ? { id: delivered.checkRunId, ...check }
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
          repository: `${owner}/${repo}`,
          headSha: steps.headSha,
          evidenceRepository: inputs.evidenceRepository,
          now: new Date(),
        }).catch(() =>
          note('The runs of merged fork pull requests could not be checked for missing records.'),
        );
      }
    }

    if (inputs.sarifFile !== null && result !== null) {
      const file = workspacePath(inputs.sarifFile, env);
      await writeOut(file, formatSarif(result, { toolVersion: VERSION }));
      core.setOutput('sarif-file', file);
    }
    const evidenceFile = workspacePath(inputs.evidenceFile ?? 'mandate-evidence.json', env);
    await writeOut(evidenceFile, `${JSON.stringify(evidence, null, 2)}\n`);
    core.setOutput('evidence-file', evidenceFile);

    const decision = result?.decision ?? 'pass';
    core.setOutput('decision', decision);
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

    if (decision === 'block') {
      const reasons = result?.reasons.join(' ') ?? '';
      return { failure: `${verdictLine(result)}. ${reasons}`.trim(), result };
    }
    return { failure: null, result };
  } catch (error) {
    return { failure: describeFailure(error, env), result: null };
  }
}

async function writeSummary(markdown: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown).write();
}
