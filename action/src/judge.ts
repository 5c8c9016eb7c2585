/**
 * Judging one change under the policy of its base: one run of the engine (core/family.ts) —
 * the secret family over the change set, then, on a pull request, the review family and the
 * policy family (review integrity and the documents the pull request adds or changes), joined
 * through the one chain (the config's `disable` and `overrides`, `.mandateignore`, baseline).
 * The review and policy families read the change's listing (core/listing.ts), their declared
 * input, not the secret family's stream.
 * The evaluation is returned undecided: main.ts concludes the run once, after the scheduled
 * register (if any) has joined. Also records which policy files the change touches.
 */
import { resolveSecretRules } from '../../src/config/load.js';
import { artifactReview, artifactReviewers } from '../../src/core/artifact/review.js';
import { secretRun } from '../../src/core/engine.js';
import {
  type ChainOptions,
  evaluateAll,
  type FamilyOutput,
  type FamilyRun,
  type Need,
} from '../../src/core/family.js';
import { compileGuardrails, guardrailSettings } from '../../src/core/guardrails.js';
import { ChangeListing } from '../../src/core/listing.js';
import { POLICY_RULES } from '../../src/core/policy/rules.js';
import { migrationNotice } from '../../src/core/postprocess/legacy.js';
import { REVIEW_CHAIN } from '../../src/core/review/apply.js';
import { compileRules } from '../../src/core/secret/compile.js';
import type {
  ChangeSet,
  Context,
  Evaluation,
  FindingKind,
  Severity,
} from '../../src/core/types.js';
import type { GitHubRest } from '../../src/github/rest.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { readFileAt } from '../../src/sources/github.js';
import {
  attributesPath,
  type GuardrailReader,
  HEAD_READ_CAP,
  withGuardrailReads,
} from '../../src/sources/guardrail-reads.js';
import type { RunEnvironment } from './event.js';
import type { Plan } from './plan.js';
import type { Policy } from './policy.js';
import { checkChangedPolicies, checkPolicyReviews, readChangedPolicies } from './policy-review.js';
import {
  GitHubPullFacts,
  judgePullReviews,
  type ReviewJudgement,
  reviewsNotJudgedNote,
} from './reviews.js';

export interface Judgement {
  /** The run's evaluation, not yet decided (main.ts concludes it). */
  evaluation: Evaluation;
  /** The run's context, and its chain (the config's settings, ignore file, baseline). */
  chain: ChainOptions;
  reviews: ReviewJudgement | null;
  /** Policy files the change modifies (judged by the base's version all the same). */
  touched: Set<string>;
}

/**
 * A family after the secret family, reading the change's listing (core/listing.ts) — the input
 * its `needs` became. Null: nothing to say in this run (its output does not join).
 */
interface ListingFamily {
  readonly kind: FindingKind;
  readonly needs: readonly Need[];
  readonly chain: FamilyRun['chain'];
  evaluate(
    listing: ChangeListing,
    context: Context,
    sofar: Evaluation,
  ): Promise<FamilyOutput | null>;
}

function bindListing(family: ListingFamily, listing: ChangeListing): FamilyRun {
  return {
    kind: family.kind,
    ...(family.chain === undefined ? {} : { chain: family.chain }),
    evaluate: (context, sofar) => family.evaluate(listing, context, sofar),
  };
}

export async function judge(input: {
  client: GitHubRest;
  runEnv: RunEnvironment;
  steps: Plan & { changeSet: ChangeSet };
  /** The policy at the policy commit; the run is judged by its central merge (`central`). */
  policy: Policy;
  failOn: Severity | null;
  note: (sentence: string) => void;
}): Promise<Judgement> {
  const { client, runEnv, steps, policy, note } = input;
  const { central } = policy;
  const { config } = central;
  const event = runEnv.event;
  const failOn = input.failOn ?? config.failOn;
  const specs = resolveSecretRules(config, builtinPacks());
  // The AI guardrail families (artifacts, personal data), judged in the same pass over each
  // file as the secret rules; the head's .gitattributes (LFS) is read only when an artifact
  // turns up.
  const guardrails = compileGuardrails(guardrailSettings(config));
  const rules = compileRules(specs, { allowlist: config.allowlist, overrides: config.overrides });
  const headSha = steps.context.headSha;
  // The GitHub source attaches the heads of the files it reads whole; a file whose patch it
  // scanned (a modified or renamed artifact: the patch holds only its changed lines) is read
  // here, and each folder's `.gitattributes` at the head.
  const readHead = async (path: string) =>
    headSha === undefined ? null : readFileAt(client, runEnv.repo, path, headSha);
  const guardrailReader: GuardrailReader = {
    head: async (path) => {
      const bytes = await readHead(path);
      if (bytes === null) return null;
      const whole = bytes.length <= HEAD_READ_CAP;
      return { bytes: whole ? bytes : bytes.subarray(0, HEAD_READ_CAP), whole };
    },
    gitattributes: async (dir) => (await readHead(attributesPath(dir)))?.toString('utf8') ?? null,
  };
  const context: Context = { mode: 'ci', now: new Date(), ...steps.context };
  const chain: ChainOptions = {
    context,
    ignore: central.ignore,
    baseline: central.baseline,
    disable: config.disable,
    overrides: config.overrides,
    failOn,
  };
  let reviews: ReviewJudgement | null = null;
  const families: ListingFamily[] = [];
  if (event.kind === 'pull-request') {
    // Looked up once, when a family first asks (after the listing has been taken).
    let pullFacts: GitHubPullFacts | undefined;
    const facts = (files: ChangeListing): GitHubPullFacts => {
      pullFacts ??= new GitHubPullFacts(client, runEnv.repo, event, files.files);
      return pullFacts;
    };
    // Required reviews (src/core/review): their findings after the others, unsorted.
    families.push({
      kind: 'review',
      needs: ['pull-request'],
      chain: REVIEW_CHAIN,
      evaluate: async (files, _context, sofar) => {
        reviews = await judgePullReviews({
          client,
          repo: runEnv.repo,
          event,
          facts: facts(files),
          config,
          packs: builtinPacks(),
          policyCommit: policy.commit,
          policyFiles: policy.policyPaths,
          files: files.files,
          scan: sofar,
          note,
        });
        return reviews?.output ?? null;
      },
    });
    // The policy family on a pull request: policy/review-integrity (a new `last_reviewed`
    // needs its owner), and the documents it adds or changes, as the head leaves them.
    families.push({
      kind: 'policy',
      needs: ['pull-request', 'policy-documents'],
      chain: (output) => ({ onlyFired: true, sort: output.findings.length > 0 }),
      evaluate: async (files, runContext) => {
        const heads = await readChangedPolicies({
          client,
          repo: runEnv.repo,
          headSha: event.headSha,
          files: files.files,
          config,
        });
        const integrity = await checkPolicyReviews({
          client,
          repo: runEnv.repo,
          facts: facts(files),
          pr: event,
          heads,
          config,
        });
        const changed = checkChangedPolicies({ heads, config, failOn, now: runContext.now });
        return {
          findings: [...integrity, ...changed.findings],
          rules: Object.values(POLICY_RULES),
          ...(changed.documents > 0 ? { documents: changed.documents } : {}),
        };
      },
    });
  } else {
    const notJudged = reviewsNotJudgedNote(config, builtinPacks());
    if (notJudged !== null) note(notJudged);
  }
  // The listing is what the families after the secret family read (their declared needs), taken
  // once as the secret family streams the change set. The policy paths are watched on every
  // event: a change that modifies the policy is said so.
  const listing = new ChangeListing(
    ['policy-documents', ...families.flatMap((family) => family.needs)],
    policy.policyPaths,
  );
  const changeSet = listing.changeSet({
    ...steps.changeSet,
    files: withGuardrailReads(steps.changeSet.files, guardrails, guardrailReader),
  });
  const secret = secretRun({
    changeSet,
    options: {
      rules,
      families: guardrails.families,
      failOn,
      // The central merge's (as the chain's): a locked rule is not ignored or baselined locally.
      ignore: central.ignore,
      baseline: central.baseline,
      ...(config.fingerprintSalt === undefined ? {} : { fingerprintSalt: config.fingerprintSalt }),
      // A changed file the API does not serve as a file leaves the scan incomplete.
      blockUnreadable: true,
    },
  });
  let evaluation = await evaluateAll(
    secret,
    families.map((family) => bindListing(family, listing)),
    chain,
  );
  if (event.kind !== 'pull-request') {
    // Artifacts are settled by their reviewers on pull requests (core/artifact/review.ts): a
    // push or a scan of every file does not block on one a pull request had approved.
    const reviewers = artifactReviewers(config);
    const artifacts = artifactReview(
      evaluation.findings,
      reviewers,
      config.source.file ?? 'built-in defaults',
    );
    if (reviewers !== null && artifacts.requirements.length > 0) {
      evaluation = { ...evaluation, findings: artifacts.findings };
      note(
        `Artifacts are reported without blocking on this event: the pull request that adds one needs an approval from ${reviewers.map((team) => `@${team}`).join(' or ')} (review/artifact).`,
      );
    }
  }
  const migrate = migrationNotice(evaluation.migrations);
  if (migrate !== null) note(migrate);
  const touched = new Set(listing.touches());
  if (touched.size > 0) {
    note(
      `This change modifies the policy (${[...touched].join(', ')}); it was judged by the version on ${policy.commit.slice(0, 7)}, and the new version applies only once merged — have the policy owners review it.`,
    );
  }
  return { evaluation, chain, reviews, touched };
}
