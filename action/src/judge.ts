/**
 * Judging one change under the policy of its base: the engine over the change set, then — on a
 * pull request — the required reviews and the policy documents the pull request adds or changes
 * (with `.mandateignore` and the baseline applied to them too), folded into one result. Also
 * records which policy files the change touches, for the note and the evidence.
 */
import type { CentralResult } from '../../src/config/central.js';
import { resolveSecretRules } from '../../src/config/load.js';
import { artifactReview, artifactReviewers } from '../../src/core/artifact/review.js';
import type { Config } from '../../src/core/config.js';
import { conclude } from '../../src/core/decision.js';
import { scanChangeSet } from '../../src/core/engine.js';
import { compileGuardrails, guardrailSettings, withGuardrails } from '../../src/core/guardrails.js';
import { applyBaseline } from '../../src/core/postprocess/baseline.js';
import { migrationNotice } from '../../src/core/postprocess/legacy.js';
import type { PullFile } from '../../src/core/review/types.js';
import { compileRules } from '../../src/core/secret/compile.js';
import type { ChangedFile, ChangeSet, ScanResult, Severity } from '../../src/core/types.js';
import type { GitHubRest } from '../../src/github/rest.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { readFileAt } from '../../src/sources/github.js';
import {
  attributesPath,
  type GuardrailReader,
  withGuardrailReads,
} from '../../src/sources/guardrail-reads.js';
import type { RunEnvironment } from './event.js';
import type { Plan } from './plan.js';
import type { Policy } from './policy.js';
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

export interface Judgement {
  result: ScanResult;
  reviews: ReviewJudgement | null;
  /** Policy files the change modifies (judged by the base's version all the same). */
  touched: Set<string>;
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

export async function judge(input: {
  client: GitHubRest;
  runEnv: RunEnvironment;
  steps: Plan & { changeSet: ChangeSet };
  policy: Policy;
  central: CentralResult;
  config: Config;
  failOn: Severity | null;
  note: (sentence: string) => void;
}): Promise<Judgement> {
  const { client, runEnv, steps, policy, central, config, note } = input;
  const event = runEnv.event;
  const failOn = input.failOn ?? config.failOn;
  const specs = resolveSecretRules(config, builtinPacks());
  // The AI guardrail families (artifacts, personal data) beside the secret rules; the
  // head's .gitattributes files (LFS) are read only when an artifact turns up below them.
  const guardrails = compileGuardrails(guardrailSettings(config));
  const rules = withGuardrails(
    compileRules(specs, { allowlist: config.allowlist, overrides: config.overrides }),
    guardrails,
  );
  const headSha = steps.context.headSha;
  const guardrailReader: GuardrailReader = {
    head: async () => null, // the GitHub source attaches binary heads itself
    gitattributes: async (dir) =>
      headSha === undefined
        ? null
        : ((await readFileAt(client, runEnv.repo, attributesPath(dir), headSha))?.toString(
            'utf8',
          ) ?? null),
  };
  const touched = new Set<string>();
  const pullFiles: PullFile[] = [];
  const watched = watchPolicyFiles(
    withGuardrailReads(steps.changeSet.files, guardrails, guardrailReader),
    policy.policyPaths,
    touched,
  );
  const changeSet: ChangeSet = {
    ...steps.changeSet,
    files: event.kind === 'pull-request' ? collectPullFiles(watched, pullFiles) : watched,
  };
  let result = await scanChangeSet(
    changeSet,
    {
      rules,
      failOn,
      ignore: policy.ignore,
      baseline: policy.baseline,
      ...(config.fingerprintSalt === undefined ? {} : { fingerprintSalt: config.fingerprintSalt }),
      // A changed file the API does not serve as a file leaves the scan incomplete.
      blockUnreadable: true,
    },
    { mode: 'ci', now: new Date(), ...steps.context },
  );
  const migrate = migrationNotice(result.migrations);
  if (migrate !== null) note(migrate);
  let reviews: ReviewJudgement | null = null;
  // Required reviews (src/core/review): judged on pull requests, folded into the result.
  if (event.kind === 'pull-request') {
    const facts = new GitHubPullFacts(client, runEnv.repo, event, pullFiles);
    reviews = await judgePullReviews({
      client,
      repo: runEnv.repo,
      event,
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
      headSha: event.headSha,
      files: pullFiles,
      config,
    });
    const policyReviews = await checkPolicyReviews({
      client,
      repo: runEnv.repo,
      facts,
      pr: event,
      heads,
      config,
    });
    // The policy documents the pull request adds or changes: front matter, due date,
    // template leftovers, as the head leaves them (`.mandateignore` and baseline apply).
    const changed = checkChangedPolicies({ heads, config, failOn, now: new Date() });
    const ignored = new Set(central.ignore.map((entry) => entry.fingerprint));
    const policyFindings = applyBaseline(
      changed.findings.filter((finding) => !ignored.has(finding.fingerprint)),
      central.baseline,
    ).kept;
    result = withPolicyReviews(result, [...policyReviews, ...policyFindings], new Date(), {
      ...config,
      failOn,
    });
    if (changed.documents > 0) {
      result = { ...result, stats: { ...result.stats, policies: changed.documents } };
    }
  } else {
    const notJudged = reviewsNotJudgedNote(config, builtinPacks());
    if (notJudged !== null) note(notJudged);
    // Artifacts are settled by their reviewers on pull requests (core/artifact/review.ts): a
    // push or a scan of every file does not block on one a pull request had approved.
    const reviewers = artifactReviewers(config);
    const artifacts = artifactReview(
      result.findings,
      reviewers,
      config.source.file ?? 'built-in defaults',
    );
    if (reviewers !== null && artifacts.requirements.length > 0) {
      result = conclude(
        { ...result, findings: artifacts.findings },
        { mode: 'ci', now: new Date(), ...steps.context },
      );
      note(
        `Artifacts are reported without blocking on this event: the pull request that adds one needs an approval from ${reviewers.map((team) => `@${team}`).join(' or ')} (review/artifact).`,
      );
    }
  }
  if (touched.size > 0) {
    note(
      `This change modifies the policy (${[...touched].sort().join(', ')}); it was judged by the version on ${policy.commit.slice(0, 7)}, and the new version applies only once merged — have the policy owners review it.`,
    );
  }
  return { result, reviews, touched };
}
