/**
 * The Action's side of the evidence: the record's builder lives in src/evidence/record.ts (one
 * builder for the Action and the CLI). Here: the branch protection snapshot, the append to the
 * ledger (the `mandate-evidence` branch, or `evidence-repository`) through the git data API,
 * the anchor written into the `mandate` check run, and the gap a fork's run leaves — recorded
 * by the next run that can write.
 *
 * Long because the record's life in a run — branch protection snapshot, prepare, commit to the
 * ledger, the check-run anchor, and the gaps a fork's run leaves — is one sequence whose steps
 * pass the same prepared evidence along.
 */
import { MandateError } from '../../src/core/errors.js';
import {
  LEDGER_BRANCH,
  nextLine,
  parseEntry,
  parseLedgerTarget,
  statementDigest,
} from '../../src/evidence/chain.js';
import {
  type Appended,
  appendViaApi,
  type LedgerTail,
  type LedgerTarget,
  readLedgerMonth,
  readLedgerTail,
} from '../../src/evidence/github-store.js';
import type { EvidenceRecord, MergedPull, ProtectionSnapshot } from '../../src/evidence/record.js';
import type { SigstoreBundle } from '../../src/evidence/signature.js';
import { toStatement } from '../../src/evidence/statement.js';
import { ANCHOR_PREFIX, anchorLine } from '../../src/evidence/verify.js';
import { malformedResponse, statusOf } from '../../src/github/rest.js';
import type { GitHubRest } from '../../src/sources/github.js';
import type { SignStatement } from './signing.js';

export {
  buildEvidence,
  EVIDENCE_SCHEMA_ID,
  EVIDENCE_VERSION,
  type EvidenceRecord,
  type ProtectionSnapshot,
} from '../../src/evidence/record.js';

const CHECK_NAME = 'mandate';
/** Marks an anchor whose record could not be written (a fork's read-only token). */
export const UNRECORDED = 'not recorded: this run could not write the ledger';

function checkNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    typeof item === 'string'
      ? [item]
      : typeof (item as { context?: unknown })?.context === 'string'
        ? [(item as { context: string }).context]
        : [],
  );
}

/**
 * The judged branch's protection and the ruleset rules that apply to it. The classic
 * protection needs admin rights (a workflow token gets 403/404: said out loud); the rules of a
 * branch are readable with read access.
 */
export async function readProtection(
  client: GitHubRest,
  repo: { owner: string; repo: string },
  branch: string | null,
): Promise<ProtectionSnapshot> {
  if (branch === null || branch === '') {
    return { readable: false, branch: null, reason: 'No branch is judged in this run.' };
  }
  const name = branch.replace(/^refs\/heads\//, '');
  let requiredChecks: string[] | null = null;
  let rulesets: { type: string; rulesetId: number | null; requiredChecks: string[] }[];
  try {
    const rules = await client.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
      ...repo,
      branch: name,
      per_page: 100,
    });
    rulesets = (Array.isArray(rules.data) ? rules.data : []).map((rule) => {
      const r = rule as { type?: unknown; ruleset_id?: unknown; parameters?: unknown };
      const params = (r.parameters ?? {}) as { required_status_checks?: unknown };
      return {
        type: typeof r.type === 'string' ? r.type : 'unknown',
        rulesetId: typeof r.ruleset_id === 'number' ? r.ruleset_id : null,
        requiredChecks: checkNames(params.required_status_checks),
      };
    });
  } catch (error) {
    return {
      readable: false,
      branch: name,
      reason: `The rulesets of ${name} are not readable with this token (HTTP ${statusOf(error) ?? 'error'}).`,
    };
  }
  try {
    const protection = await client.request(
      'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks',
      { ...repo, branch: name },
    );
    const data = protection.data as { contexts?: unknown; checks?: unknown };
    requiredChecks = [...new Set([...checkNames(data.contexts), ...checkNames(data.checks)])];
  } catch (error) {
    const status = statusOf(error);
    // 404: no protection (or no rights to see it); 403: no rights. Rulesets may still require it.
    if (status !== 404 && status !== 403) throw error;
    if (status === 403 && !rulesets.some((r) => r.requiredChecks.includes(CHECK_NAME))) {
      return {
        readable: false,
        branch: name,
        reason: `The branch protection of ${name} is not readable with this token (it needs administration: read); no ruleset requires the mandate check.`,
      };
    }
  }
  const mandateRequired =
    (requiredChecks ?? []).includes(CHECK_NAME) ||
    rulesets.some((r) => r.requiredChecks.includes(CHECK_NAME));
  return { readable: true, branch: name, requiredChecks, rulesets, mandateRequired };
}

export function ledgerTarget(
  repo: { owner: string; repo: string },
  evidenceRepository: string | null,
): LedgerTarget {
  if (evidenceRepository === null) return { ...repo, branch: LEDGER_BRANCH };
  const target = parseLedgerTarget(evidenceRepository);
  if (target === null) {
    throw new MandateError(
      `The \`evidence-repository\` input is "${evidenceRepository}"; use owner/repo (optionally @branch).`,
    );
  }
  return { ...target, branch: target.branch ?? LEDGER_BRANCH };
}

/**
 * The check run's summary with the anchor at its end: the summary is cut to make room (the
 * Checks API takes 65,535 characters), never the anchor, which verify and the gap reader need.
 */
export function withAnchor(summary: string, anchor: string): string {
  const tail = `\n\n<sub>${anchor}</sub>`;
  return `${summary.slice(0, 65_000 - tail.length)}${tail}`;
}

export interface Recorded {
  record: EvidenceRecord;
  statementSha256: string;
  appended: Appended | null;
  /** The line written into the check run (and the log). */
  anchor: string;
  /** Whether the ledger line carries a Sigstore bundle of the Statement. */
  signed: boolean;
}

/**
 * A record made ready before the check run is written: the protection snapshot taken, the
 * Statement hashed, the ledger's tail read (GET requests only) — so the check run can be
 * created with its anchor in the same request, and the ledger written after it.
 */
export interface PreparedEvidence {
  record: EvidenceRecord;
  statementSha256: string;
  target: LedgerTarget;
  /** Where the record goes; null when the ledger could not be read (the append reads again). */
  tail: LedgerTail | null;
  /** The anchor the check run is given: the Statement's hash and the chain head it will have. */
  anchor: string;
  /** Signs the Statement (evidence-signing); null: records are not signed. */
  signer: SignStatement | null;
  /** The Statement's Sigstore bundle, null until signed (or when signing failed). */
  sigstore: SigstoreBundle | null;
}

/** The ledger line's body: the Statement, with its Sigstore bundle when it has one. */
function bodyOf(record: EvidenceRecord, sigstore: SigstoreBundle | null) {
  return { statement: toStatement(record), ...(sigstore === null ? {} : { sigstore }) };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function anchorFor(
  digest: string,
  tail: LedgerTail | null,
  record: EvidenceRecord,
  sigstore: SigstoreBundle | null,
): string {
  return tail === null
    ? `${ANCHOR_PREFIX}${digest} ${UNRECORDED}`
    : anchorLine(digest, nextLine(tail.head, bodyOf(record, sigstore)).head);
}

/** The bundle of `record`'s Statement, or null with a note when signing failed. */
async function signRecord(
  signer: SignStatement | null,
  record: EvidenceRecord,
  note: (sentence: string) => void,
): Promise<SigstoreBundle | null> {
  if (signer === null) return null;
  try {
    return await signer(toStatement(record));
  } catch (error) {
    note(`The evidence record was not signed: ${errorText(error)}`);
    return null;
  }
}

/** The same preparation for a changed record (the check run fell back to workflow commands). */
export function reprepare(prepared: PreparedEvidence, record: EvidenceRecord): PreparedEvidence {
  const { protection, merged } = prepared.record;
  const full: EvidenceRecord = {
    ...record,
    ...(protection === undefined ? {} : { protection }),
    ...(merged === undefined ? {} : { merged }),
  };
  const digest = statementDigest(toStatement(full));
  // The bundle signed the prepared Statement: the changed one is signed when it is committed.
  return {
    ...prepared,
    record: full,
    statementSha256: digest,
    sigstore: null,
    anchor: anchorFor(digest, prepared.tail, full, null),
  };
}

export async function prepareEvidence(input: {
  client: GitHubRest;
  repo: { owner: string; repo: string };
  record: EvidenceRecord;
  branch: string | null;
  evidenceRepository: string | null;
  /** A push to the default branch: the pull requests it merged (mergedPulls). */
  merged?: MergedPull[];
  /** Signs the Statement before the anchor is computed (the bundle is on the ledger line). */
  signer?: SignStatement | null;
  /** Where a failed signature is said (the record's notes are already hashed). */
  note?: (sentence: string) => void;
}): Promise<PreparedEvidence> {
  const { client, repo } = input;
  const protection = await readProtection(client, repo, input.branch).catch(
    (error: unknown): ProtectionSnapshot => ({
      readable: false,
      branch: input.branch,
      reason: `The branch protection could not be read (${errorText(error)}).`,
    }),
  );
  const record: EvidenceRecord = {
    ...input.record,
    notes: [...input.record.notes],
    protection,
    ...(input.merged === undefined || input.merged.length === 0 ? {} : { merged: input.merged }),
  };
  const target = ledgerTarget(repo, input.evidenceRepository);
  // Unreadable now: the anchor says "not recorded" until the append (which reads again) lands.
  const tail = await readLedgerTail(client, target, record.repository, record.time).catch(
    () => null,
  );
  const digest = statementDigest(toStatement(record));
  const signer = input.signer ?? null;
  const sigstore = await signRecord(signer, record, input.note ?? (() => {}));
  return {
    record,
    statementSha256: digest,
    target,
    tail,
    anchor: anchorFor(digest, tail, record, sigstore),
    signer,
    sigstore,
  };
}

/**
 * Appends the prepared record to the ledger. The check run was created with `check.anchored`;
 * only when the record landed elsewhere in the chain (another run appended first) or not at all
 * is the check run's anchor rewritten — a fork's token cannot write, and says so there.
 */
export async function commitEvidence(input: {
  client: GitHubRest;
  repo: { owner: string; repo: string };
  prepared: PreparedEvidence;
  check: { id: number; title: string; summary: string; anchored: string | null } | null;
  note: (sentence: string) => void;
}): Promise<Recorded> {
  const { client, repo, prepared, note } = input;
  const { record, target, statementSha256: digest } = prepared;
  let appended: Appended | null = null;
  let anchor: string;
  const sigstore = prepared.sigstore ?? (await signRecord(prepared.signer, record, note));
  try {
    appended = await appendViaApi(
      client,
      target,
      record.repository,
      record.time,
      bodyOf(record, sigstore),
      prepared.tail === null ? {} : { tail: prepared.tail },
    );
    anchor = anchorLine(digest, appended.head);
    note(
      `The evidence record was appended to ${target.owner}/${target.repo}@${target.branch} (${appended.path}, record ${appended.head.seq}${sigstore === null ? '' : ', signed with Sigstore: its bundle is on the same line'}); its SHA-256 is in the mandate check run.`,
    );
  } catch (error) {
    anchor = `${ANCHOR_PREFIX}${digest} ${UNRECORDED}`;
    note(
      `The evidence record could not be appended to the ledger ${target.owner}/${target.repo}@${target.branch}: ${errorText(error)} It is in the job summary and the evidence file (upload it as an artifact); the next run that can write records the gap.`,
    );
  }
  if (input.check !== null && input.check.anchored !== anchor) {
    await client
      .request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        ...repo,
        check_run_id: input.check.id,
        output: {
          title: input.check.title,
          summary: withAnchor(input.check.summary, anchor),
        },
      })
      .catch(() => note('The evidence anchor could not be written into the mandate check run.'));
  }
  return { record, statementSha256: digest, appended, anchor, signed: sigstore !== null };
}

/**
 * Snapshots the protection into the record, appends its Statement to the ledger and anchors
 * its hash (and the chain head) in the check run `check` (which has no anchor yet). A token
 * that cannot write (a fork's) leaves the record in the job summary and evidence file, says
 * so, and marks the anchor unrecorded so the next writable run records the gap.
 */
export async function recordEvidence(input: {
  client: GitHubRest;
  repo: { owner: string; repo: string };
  record: EvidenceRecord;
  branch: string | null;
  evidenceRepository: string | null;
  check: { id: number; title: string; summary: string } | null;
  note: (sentence: string) => void;
}): Promise<Recorded> {
  const prepared = await prepareEvidence(input);
  return commitEvidence({
    client: input.client,
    repo: input.repo,
    prepared,
    check: input.check === null ? null : { ...input.check, anchored: null },
    note: input.note,
  });
}

/**
 * What a run reads once of a merge, for both the linking (mergedPulls) and the gap check
 * (recordGaps): the pull requests the commit merged, and the ledger's lines of last month and
 * this one as they were before the run appended its own record (which is the push's, never a
 * pull request's, so it changes no answer).
 */
export interface MergeReads {
  merged?: Promise<{ number: number; headSha: string }[]>;
  recent?: Promise<string>;
}

/** What a run on a merge commit knows to follow its pull requests into the ledger. */
export interface MergeFacts {
  client: GitHubRest;
  repo: { owner: string; repo: string };
  repository: string;
  headSha: string;
  evidenceRepository: string | null;
  now: Date;
  /** The run's one reading of the merge (absent: read here). */
  reads?: MergeReads;
}

function mergedOnce(input: MergeFacts): Promise<{ number: number; headSha: string }[]> {
  if (input.reads === undefined) return mergedBy(input);
  input.reads.merged ??= mergedBy(input);
  return input.reads.merged;
}

function recentOnce(input: MergeFacts): Promise<string> {
  if (input.reads === undefined) return recentLedger(input);
  input.reads.recent ??= recentLedger(input);
  return input.reads.recent;
}

/**
 * A push to the default branch: the pull requests its commit merged (`merge_commit_sha` is the
 * pushed commit, so the record's subject is the commit that landed), each linked to the last
 * record of it in the ledger (this month or the last) — so coverage and verify can follow the
 * merged commit back to the judgement of its pull request.
 */
export async function mergedPulls(input: MergeFacts): Promise<MergedPull[]> {
  const merged = await mergedOnce(input);
  if (merged.length === 0) return [];
  const text = await recentOnce(input);
  const last = new Map<string, MergedPull['record']>();
  for (const line of text.split('\n')) {
    const entry = line === '' ? null : parseEntry(line);
    if (entry === null || !('statement' in entry)) continue;
    const name = entry.statement.subject[0]?.name;
    if (name === undefined) continue;
    last.set(name, {
      seq: entry.seq,
      statementSha256: statementDigest(entry.statement),
      headSha: entry.statement.predicate.headSha,
    });
  }
  return merged.map((p) => ({
    pullRequest: p.number,
    headSha: p.headSha,
    record: last.get(`${input.repository}@pull/${p.number}`) ?? null,
  }));
}

/**
 * On a writable run of a merge: each pull request merged by `headSha` that has no record in the
 * ledger (this month or the last) — its run could not write, as a fork's cannot, or did not run —
 * gets a gap entry, once, with the Statement hash its check run names when it has one.
 */
export async function recordGaps(input: MergeFacts): Promise<number> {
  const { client, repo } = input;
  const target = ledgerTarget(repo, input.evidenceRepository);
  const list = await mergedOnce(input);
  if (list.length === 0) return 0;
  const recent = await recentOnce(input);
  let recorded = 0;
  for (const p of list) {
    const subject = `${input.repository}@pull/${p.number}`;
    // A record of the pull request, or a gap already recorded for it.
    if (recent.includes(`"name":"${subject}"`) || recent.includes(`"subject":"${subject}"`)) {
      continue;
    }
    const runs = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      ...repo,
      ref: p.headSha,
      check_name: CHECK_NAME,
    });
    const run = ((runs.data as { check_runs?: unknown[] }).check_runs ?? [])[0] as
      | { html_url?: string; conclusion?: string | null; output?: { summary?: string | null } }
      | undefined;
    const anchored = new RegExp(
      `<sub>${ANCHOR_PREFIX}([0-9a-f]{64}) ${UNRECORDED}</sub>\\s*$`,
    ).exec(run?.output?.summary ?? '');
    await appendViaApi(client, target, input.repository, input.now.toISOString(), {
      gap: {
        subject,
        headSha: p.headSha,
        runUrl: run?.html_url ?? null,
        time: input.now.toISOString(),
        decision:
          run?.conclusion === 'failure' ? 'block' : run?.conclusion === 'success' ? 'pass' : null,
        statementSha256: anchored?.[1] ?? null,
      },
    });
    recorded++;
  }
  return recorded;
}

/**
 * The pull requests `headSha` merged: of those GitHub associates with the commit (which also
 * lists the open ones it belongs to), the merged ones whose merge commit it is.
 */
async function mergedBy(input: {
  client: GitHubRest;
  repo: { owner: string; repo: string };
  headSha: string;
}): Promise<{ number: number; headSha: string }[]> {
  const pulls = await input.client.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
    ...input.repo,
    commit_sha: input.headSha,
  });
  // Not a list: a merge whose pull requests cannot be told, never one that merged none.
  if (!Array.isArray(pulls.data)) {
    throw malformedResponse(
      `GET /repos/${input.repo.owner}/${input.repo.repo}/commits/${input.headSha}/pulls`,
      'a list',
      pulls.data,
    );
  }
  return (pulls.data as unknown[]).flatMap((item) => {
    const p = item as {
      number?: unknown;
      merged_at?: unknown;
      merge_commit_sha?: unknown;
      head?: { sha?: unknown };
    };
    return typeof p.number === 'number' &&
      typeof p.merged_at === 'string' &&
      p.merge_commit_sha === input.headSha &&
      typeof p.head?.sha === 'string'
      ? [{ number: p.number, headSha: p.head.sha }]
      : [];
  });
}

/** The repository's ledger lines of last month and this one (where a merged PR's record is). */
async function recentLedger(input: {
  client: GitHubRest;
  repo: { owner: string; repo: string };
  repository: string;
  evidenceRepository: string | null;
  now: Date;
}): Promise<string> {
  const target = ledgerTarget(input.repo, input.evidenceRepository);
  const lastMonth = new Date(Date.UTC(input.now.getUTCFullYear(), input.now.getUTCMonth() - 1, 15));
  return [
    await readLedgerMonth(input.client, target, input.repository, lastMonth),
    await readLedgerMonth(input.client, target, input.repository, input.now),
  ].join('\n');
}
