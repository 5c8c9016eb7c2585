/**
 * The Action's composition root: read the inputs and the event, plan what to read, load the
 * policy of the base commit, judge the change (and, scheduled, the policy register) in one run
 * of the engine that decides once, publish. `run` never throws and never calls
 * setFailed: it returns the one failure message, if any, and src/index.ts passes it to
 * setFailed in exactly one place.
 */

import { run as runEngine } from '../../src/core/family.js';
import type { ScanResult } from '../../src/core/types.js';
import type { Client } from '../../src/github/client.js';
import { describeFailure } from '../../src/github/errors.js';
import type { GitHubRest } from '../../src/github/rest.js';
import type { CheckOutcome } from './annotations.js';
import { readEventFromEnv } from './event.js';
import { readInputs } from './inputs.js';
import { type Judgement, judge } from './judge.js';
import { plan } from './plan.js';
import { loadPolicy } from './policy.js';
import { prepareRecord, publishCheck, publishRecord, type RecordFacts } from './publish.js';
import { type RegisterRun, runPolicyRegister } from './schedule.js';
import { verdictLine } from './summary.js';

export { type Inputs, readInputs } from './inputs.js';

declare const __MANDATE_VERSION__: string | undefined;
const VERSION = typeof __MANDATE_VERSION__ === 'undefined' ? '0.0.0-dev' : __MANDATE_VERSION__;

export interface Outcome {
  /** The one message for setFailed, or null when the run passes. */
  failure: string | null;
  result: ScanResult | null;
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
    // Loaded only now, after readEventFromEnv has read (and judged) the event: the client reads
    // no event itself (src/github/client.ts imports no @actions/github).
    const { createClient, requestTimeout, retryScale } = await import('../../src/github/client.js');
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
    const central = policy?.central ?? null;
    central?.notes.forEach(note);
    const config = central?.config ?? null;
    const steps = makePlan(config?.maxFileSize ?? 0);
    if (policy !== null && policy.configPath === null) {
      note(
        `No ${inputs.config} on the policy commit ${policy.commit.slice(0, 7)}: the built-in defaults applied (the recommended rule pack, blocking at ${policy.config.failOn} and above).`,
      );
    }

    let judged: Judgement | null = null;
    const { changeSet } = steps;
    if (changeSet !== null && policy !== null) {
      judged = await judge({
        client,
        runEnv,
        steps: { ...steps, changeSet },
        policy,
        failOn: inputs.failOn,
        note,
      });
    }
    const reviews = judged?.reviews ?? null;

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
      policy ??= register.policy;
    }
    // The run's one decision: the judged change, the register joined after it (or alone).
    const context = judged?.chain.context ?? { mode: 'ci' as const, now: new Date() };
    const result: ScanResult | null =
      judged === null && register === null
        ? null
        : await runEngine(
            judged?.evaluation ?? register!.base,
            register === null ? [] : [register.family(judged !== null)],
            judged?.chain ?? { context },
          );

    const facts: RecordFacts = {
      client,
      version: VERSION,
      inputs,
      runEnv,
      steps,
      policy,
      central,
      result,
      reviews,
      touched: judged?.touched ?? new Set(),
      notes,
      ...(register === null ? {} : { policies: register.entries }),
      mergeReads: {},
    };
    // The ledger's record is prepared first, so the check run is created with its anchor.
    const prepared = await prepareRecord(facts);
    const published =
      result !== null && steps.changeSet !== null
        ? await publishCheck({
            client,
            inputs,
            runEnv,
            steps,
            result,
            reviews,
            notes,
            note,
            env,
            anchor: prepared?.anchor ?? null,
          })
        : null;
    const delivered: CheckOutcome = published ?? { delivered: 'none' };
    await publishRecord({
      ...facts,
      delivered,
      check: published?.check ?? null,
      prepared,
      note,
      env,
    });

    if (result?.decision === 'block') {
      const reasons = result.reasons.join(' ');
      return { failure: `${verdictLine(result)}. ${reasons}`.trim(), result };
    }
    return { failure: null, result };
  } catch (error) {
    return { failure: describeFailure(error, env), result: null };
  }
}
