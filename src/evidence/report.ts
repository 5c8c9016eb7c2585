/**
 * `mandate evidence report`: a period's ledger folded into what an auditor reads (pure). The
 * population (the changes the API lists) is given first; the records then stream through `add`
 * one at a time and only counts, capped lists (a few records per change and per requirement)
 * and what the report lists stay, so memory does not grow with the number of records.
 *
 * Long because the report's data contract (ReportData, read by the three renderers) and its one
 * streaming builder, which must keep every count bounded, belong together.
 */
import { type Entry, parseEntry } from './chain.js';
import type { PolicyDocumentEvidence } from './record.js';
import type { Statement } from './statement.js';

export interface Period {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
  label: string;
}

/**
 * `2026-01-01..2026-12-31` (whole days in UTC, both ends included) or full ISO times with an
 * offset (`2026-01-01T00:00:00+01:00..2027-01-01T00:00:00+01:00`, end excluded).
 */
export function parsePeriod(text: string): Period {
  const parts = text.split('..');
  if (parts.length !== 2) throw new Error(`the period "${text}" is not FROM..TO.`);
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const [a, b] = parts as [string, string];
  const from = new Date(day.test(a) ? `${a}T00:00:00Z` : a);
  let to = new Date(day.test(b) ? `${b}T00:00:00Z` : b);
  if (day.test(b)) to = new Date(to.getTime() + 86_400_000);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from) {
    throw new Error(
      `the period "${text}" is not two dates in order (YYYY-MM-DD..YYYY-MM-DD, or ISO times with an offset).`,
    );
  }
  return { from, to, label: text };
}

/**
 * A change the API lists, for coverage: a merged pull request, or a commit pushed straight to
 * the default branch (on its first-parent line, not the merge of a listed pull request).
 */
export interface Change {
  repository: string;
  kind: 'pull-request' | 'push';
  /** The pull request's number; null for a push. */
  number: number | null;
  /** When it landed: the merge, or the pushed commit's committer date. */
  mergedAt: string;
  /** The merge commit of a pull request, or the pushed commit. */
  mergeCommitSha: string | null;
  /** A pushed commit's first parent (coverage follows a push record's range over them). */
  parentSha?: string | null;
  url: string;
  title: string;
}

/** `owner/repo#12` or `owner/repo@abc1234`. */
export function changeName(change: Change): string {
  return change.number !== null
    ? `${change.repository}#${change.number}`
    : `${change.repository}@${(change.mergeCommitSha ?? '').slice(0, 7)}`;
}

export interface RecordRef {
  repository: string;
  file: string;
  line: number;
  time: string;
  subject: string;
  decision: 'pass' | 'block';
}

/**
 * One policy document in the register, from the latest record of the period that carries it
 * (its `status` as the run evaluated it on `asOf`).
 */
export interface RegisterRow extends PolicyDocumentEvidence {
  repository: string;
  /** Overdue by the end of the period (the due date falls before it), whatever the status said. */
  overdueAtEnd: boolean;
  asOf: string;
  record: string;
}

export interface ReportData {
  period: { from: string; to: string; label: string };
  generatedAt: string;
  org: string | null;
  records: number;
  decisions: { pass: number; block: number };
  perWeek: { week: string; pass: number; block: number }[];
  blockedByProvider: { provider: string; count: number }[];
  reviews: {
    requirements: Record<string, number>;
    approvers: { user: string; count: number }[];
  };
  breakGlass: {
    repository: string;
    pullRequest: number | null;
    by: string;
    at: string;
    reason: string;
    waived: string[];
    followUp: string | null;
    followUpOpen: boolean;
    record: string;
  }[];
  policyVersions: {
    repository: string;
    path: string | null;
    sha256: string | null;
    firstSeen: string;
    lastSeen: string;
    records: number;
  }[];
  /**
   * The policy documents with their review dates, from the latest record of the period that
   * carries the register, per repository; `repositories` lists those with none in the period.
   */
  policyRegister: { documents: RegisterRow[]; missing: string[] };
  requiredCheck: {
    repository: string;
    required: number;
    notRequired: number;
    unreadable: number;
    lastNotRequired: string | null;
  }[];
  pushGaps: { repository: string; after: string; before: string; record: string }[];
  runGaps: { repository: string; subject: string; time: string; runUrl: string | null }[];
  coverage: {
    computed: boolean;
    why: string | null;
    repositories: {
      repository: string;
      /** Merged pull requests and direct pushes. */
      changes: number;
      covered: number;
      pullRequests: { changes: number; covered: number };
      pushes: { changes: number; covered: number };
      missing: Change[];
      /** Records of the period from this repository: 0 means mandate never ran there. */
      records: number;
      /**
       * Whether the branch protection required the `mandate` check on every judged change
       * (false: at least once it did not); null when no record could tell (none, or unreadable).
       */
      mandateRequired: boolean | null;
    }[];
  };
  sample: {
    seed: number;
    /** What was sampled: the changes the API listed, or (no token) the records. */
    population: 'changes' | 'records';
    size: number;
    items: { change: string; records: RecordRef[] }[];
  } | null;
  requirements: { id: string; title: string; asks: string; shows: string[]; refs: RecordRef[] }[];
}

/** The options that shape what the builder keeps while the records stream. */
export interface ReportOptions {
  /**
   * The population from the API (merged pull requests and pushes in the period), known before
   * the records stream so that only the records of these changes are kept; null without a token.
   */
  changes?: Change[] | null;
  /** Every repository the changes were listed for (an org's), listed even with none. */
  repositories?: string[];
  /** `--sample N --seed S`: drawn from the changes, or from the records without them. */
  sample?: { size: number; seed: number } | null;
}

/** Records kept per change (the count goes on): enough for an auditor to open them. */
const REFS_PER_CHANGE = 5;
/** Records listed as support per A 5.4 requirement. */
const REFS_PER_REQUIREMENT = 5;

interface Slot {
  change: Change;
  refs: RecordRef[];
  records: number;
}

/** Monday (UTC) of the ISO week of `iso`, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const date = new Date(iso);
  const day = (date.getUTCDay() + 6) % 7;
  const monday = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day),
  );
  return monday.toISOString().slice(0, 10);
}

/** A reproducible PRNG (mulberry32) for the auditor's sample. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

const STATUS_ORDER = ['stale', 'invalid', 'due-soon', 'fresh'] as const;

export class ReportBuilder {
  private records = 0;
  private readonly decisions = { pass: 0, block: 0 };
  private readonly weeks = new Map<string, { pass: number; block: number }>();
  private readonly providers = new Map<string, number>();
  private readonly requirementStatus = new Map<string, number>();
  private readonly approvers = new Map<string, number>();
  private readonly breakGlass: ReportData['breakGlass'] = [];
  private readonly openFollowUps = new Set<string>();
  private readonly versions = new Map<string, ReportData['policyVersions'][number]>();
  private readonly required = new Map<string, ReportData['requiredCheck'][number]>();
  private readonly lastPush = new Map<string, { headSha: string; ref: string }>();
  private readonly pushGaps: ReportData['pushGaps'] = [];
  private readonly runGaps: ReportData['runGaps'] = [];
  private readonly repositories = new Set<string>();
  private readonly registers = new Map<
    string,
    { time: number; record: string; policies: NonNullable<Statement['predicate']['policies']> }
  >();
  /** The first records of the period, and the first blocked ones (support for A 5.4). */
  private readonly firstRefs: RecordRef[] = [];
  private readonly firstBlocked: RecordRef[] = [];
  /** The population (null without a token) and its lookups. */
  private readonly slots: Slot[] | null;
  private readonly byPull = new Map<string, Slot>();
  private readonly bySha = new Map<string, Slot>();
  /** Push records whose head is a listed push: their base..head range covers more pushes. */
  private readonly pushRanges: { slot: Slot; baseSha: string; ref: RecordRef }[] = [];
  private readonly listed: string[];
  private readonly sampleSpec: { size: number; seed: number } | null;
  private readonly sampleSlots: Slot[] = [];
  /** Without a population, a reservoir sample of the records (algorithm R, seeded). */
  private readonly reservoir: RecordRef[] = [];
  private readonly next: (() => number) | null;

  constructor(
    private readonly period: Period,
    options: ReportOptions = {},
  ) {
    const changes = options.changes ?? null;
    this.listed = options.repositories ?? [];
    this.sampleSpec = options.sample ?? null;
    this.next = this.sampleSpec === null ? null : random(this.sampleSpec.seed);
    this.slots =
      changes === null ? null : changes.map((change) => ({ change, refs: [], records: 0 }));
    for (const slot of this.slots ?? []) {
      const { change } = slot;
      if (change.number !== null) this.byPull.set(`${change.repository}#${change.number}`, slot);
      if (change.mergeCommitSha !== null) {
        this.bySha.set(`${change.repository}@${change.mergeCommitSha}`, slot);
      }
    }
    if (this.slots !== null && this.sampleSpec !== null && this.next !== null) {
      // The sample is drawn before any record is read: it depends on the population and the
      // seed only, never on what the ledger holds.
      const pool = [...this.slots];
      while (this.sampleSlots.length < this.sampleSpec.size && pool.length > 0) {
        this.sampleSlots.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
      }
    }
  }

  /** One ledger file's text (lines in chain order). */
  addFile(repository: string, file: string, text: string): void {
    let line = 0;
    let start = 0;
    while (start < text.length) {
      const end = text.indexOf('\n', start);
      const stop = end === -1 ? text.length : end;
      line++;
      const entry = parseEntry(text.slice(start, stop));
      if (entry !== null) this.add(repository, file, line, entry);
      start = stop + 1;
    }
  }

  /**
   * One ledger file as a stream of text chunks (a file read stream): split into lines here,
   * each parsed, folded in and dropped, so nothing of the file stays but the aggregates.
   */
  async addStream(repository: string, file: string, chunks: AsyncIterable<string>): Promise<void> {
    let line = 0;
    let rest = '';
    for await (const chunk of chunks) {
      const text = rest + chunk;
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        line++;
        const entry = parseEntry(text.slice(start, end));
        if (entry !== null) this.add(repository, file, line, entry);
        start = end + 1;
      }
      rest = text.slice(start);
    }
    if (rest !== '') {
      const entry = parseEntry(rest);
      if (entry !== null) this.add(repository, file, line + 1, entry);
    }
  }

  add(repository: string, file: string, line: number, entry: Entry): void {
    this.repositories.add(repository);
    if ('gap' in entry) {
      const t = Date.parse(entry.gap.time);
      if (t >= this.period.from.getTime() && t < this.period.to.getTime()) {
        this.runGaps.push({
          repository,
          subject: entry.gap.subject,
          time: entry.gap.time,
          runUrl: entry.gap.runUrl,
        });
      }
      return;
    }
    const statement: Statement = entry.statement;
    const record = statement.predicate;
    const time = Date.parse(record.time);
    if (!(time >= this.period.from.getTime() && time < this.period.to.getTime())) return;
    const ref: RecordRef = {
      repository,
      file,
      line,
      time: record.time,
      subject: statement.subject[0]?.name ?? repository,
      decision: record.decision,
    };
    this.records++;
    if (this.firstRefs.length < REFS_PER_REQUIREMENT) this.firstRefs.push(ref);
    if (record.decision === 'block' && this.firstBlocked.length < REFS_PER_REQUIREMENT) {
      this.firstBlocked.push(ref);
    }
    this.match(repository, record, ref);
    this.decisions[record.decision]++;
    const week = weekOf(record.time);
    const counts = this.weeks.get(week) ?? { pass: 0, block: 0 };
    counts[record.decision]++;
    this.weeks.set(week, counts);
    for (const finding of record.findings) {
      if (!finding.blocking || !finding.ruleId.startsWith('secret/')) continue;
      bump(this.providers, finding.ruleId.slice('secret/'.length).split('-')[0] ?? 'generic');
    }
    for (const requirement of record.reviews?.requirements ?? []) {
      bump(this.requirementStatus, requirement.status);
      for (const approval of requirement.approvals) {
        if (approval.counted) bump(this.approvers, approval.user);
      }
    }
    const bg = record.reviews?.breakGlass ?? null;
    if (bg !== null) {
      this.breakGlass.push({
        repository,
        pullRequest: record.pullRequest,
        by: bg.by,
        at: bg.at,
        reason: bg.reason,
        waived: bg.waived,
        followUp: bg.followUp?.url ?? null,
        followUpOpen: false,
        record: `${file}:${line}`,
      });
    }
    for (const open of record.reviews?.openFollowUps ?? []) this.openFollowUps.add(open.url);
    if (record.policies !== undefined) {
      const last = this.registers.get(repository);
      if (last === undefined || time >= last.time) {
        this.registers.set(repository, {
          time,
          record: `${file}:${line}`,
          policies: record.policies,
        });
      }
    }
    const versionKey = `${repository}\0${record.config.sha256 ?? 'defaults'}`;
    const version = this.versions.get(versionKey);
    if (version === undefined) {
      this.versions.set(versionKey, {
        repository,
        path: record.config.path,
        sha256: record.config.sha256,
        firstSeen: record.time,
        lastSeen: record.time,
        records: 1,
      });
    } else {
      version.lastSeen = record.time;
      version.records++;
    }
    const req = this.required.get(repository) ?? {
      repository,
      required: 0,
      notRequired: 0,
      unreadable: 0,
      lastNotRequired: null,
    };
    const protection = record.protection;
    if (protection === undefined || !protection.readable) req.unreadable++;
    else if (protection.mandateRequired) req.required++;
    else {
      req.notRequired++;
      req.lastNotRequired = record.time;
    }
    this.required.set(repository, req);
    // Pushes to a branch form a chain base → head: a base that is not the last head is a push
    // that no run judged.
    if (record.pullRequest === null && record.event === 'push' && record.ref !== null) {
      const key = `${repository}\0${record.ref}`;
      const last = this.lastPush.get(key);
      if (last !== undefined && record.baseSha !== null && record.baseSha !== last.headSha) {
        this.pushGaps.push({
          repository,
          after: last.headSha,
          before: record.baseSha,
          record: `${file}:${line}`,
        });
      }
      this.lastPush.set(key, { headSha: record.headSha, ref: record.ref });
    }
  }

  /** The record's change in the population (its pull request, or its head commit), or a draw. */
  private match(repository: string, record: Statement['predicate'], ref: RecordRef): void {
    if (this.slots === null) {
      if (this.sampleSpec === null || this.next === null) return;
      // Algorithm R over the records in ledger order: reproducible for a seed.
      const seen = this.records;
      if (this.reservoir.length < this.sampleSpec.size) this.reservoir.push(ref);
      else {
        const at = Math.floor(this.next() * seen);
        if (at < this.sampleSpec.size) this.reservoir[at] = ref;
      }
      return;
    }
    const byPull =
      record.pullRequest === null
        ? undefined
        : this.byPull.get(`${repository}#${record.pullRequest}`);
    const bySha = this.bySha.get(`${repository}@${record.headSha}`);
    if (byPull !== undefined) attach(byPull, ref);
    if (bySha !== undefined && bySha !== byPull) attach(bySha, ref);
    if (
      record.pullRequest === null &&
      record.baseSha !== null &&
      bySha !== undefined &&
      bySha.change.kind === 'push'
    ) {
      this.pushRanges.push({ slot: bySha, baseSha: record.baseSha, ref });
    }
  }

  build(options: { now?: Date; org?: string | null; coverageWhy?: string } = {}): ReportData {
    const slots = this.slots;
    const repos = [...this.repositories].sort();
    // A push record judged base..head: every listed push on the first-parent line between
    // them is covered by it.
    for (const range of this.pushRanges) {
      const repository = range.slot.change.repository;
      let slot: Slot | undefined = range.slot;
      const seen = new Set<Slot>([slot]);
      for (;;) {
        const parent: string | null | undefined = slot.change.parentSha;
        if (parent === null || parent === undefined || parent === range.baseSha) break;
        slot = this.bySha.get(`${repository}@${parent}`);
        if (slot === undefined || slot.change.kind !== 'push' || seen.has(slot)) break;
        seen.add(slot);
        attach(slot, range.ref);
      }
    }
    const coverage: ReportData['coverage'] = {
      computed: slots !== null,
      why: slots === null ? (options.coverageWhy ?? 'no token was given') : null,
      repositories: [],
    };
    if (slots !== null) {
      const byRepository = new Map<string, Slot[]>();
      for (const repository of [...repos, ...this.listed]) byRepository.set(repository, []);
      for (const slot of slots) {
        const list = byRepository.get(slot.change.repository) ?? [];
        list.push(slot);
        byRepository.set(slot.change.repository, list);
      }
      for (const [repository, mine] of [...byRepository].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const count = (kind: Change['kind']) => {
          const of = mine.filter((s) => s.change.kind === kind);
          return { changes: of.length, covered: of.filter((s) => s.records > 0).length };
        };
        const pullRequests = count('pull-request');
        const pushes = count('push');
        const req = this.required.get(repository);
        coverage.repositories.push({
          repository,
          changes: mine.length,
          covered: pullRequests.covered + pushes.covered,
          pullRequests,
          pushes,
          missing: mine.filter((s) => s.records === 0).map((s) => s.change),
          records: req === undefined ? 0 : req.required + req.notRequired + req.unreadable,
          mandateRequired:
            req === undefined || req.required + req.notRequired === 0
              ? null
              : req.notRequired === 0,
        });
      }
      // The org-wide gaps come first: repositories where the check was not required, then
      // those with changes where mandate never ran at all, then the rest.
      const rank = (r: ReportData['coverage']['repositories'][number]) =>
        r.mandateRequired === false ? 0 : r.records === 0 && r.changes > 0 ? 1 : 2;
      coverage.repositories.sort(
        (a, b) => rank(a) - rank(b) || (a.repository < b.repository ? -1 : 1),
      );
    }
    let sample: ReportData['sample'] = null;
    if (this.sampleSpec !== null) {
      sample = {
        seed: this.sampleSpec.seed,
        population: slots === null ? 'records' : 'changes',
        size: slots === null ? this.records : slots.length,
        items:
          slots === null
            ? [...this.reservoir]
                .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
                .map((ref) => ({ change: ref.subject, records: [ref] }))
            : this.sampleSlots.map((slot) => ({
                change: changeName(slot.change),
                records: [...slot.refs],
              })),
      };
    }
    const breakGlass = this.breakGlass.map((event) => ({
      ...event,
      followUpOpen: event.followUp !== null && this.openFollowUps.has(event.followUp),
    }));
    const requiredCheck = [...this.required.values()].sort((a, b) =>
      a.repository < b.repository ? -1 : 1,
    );
    const policyRegister = this.policyRegister(repos);
    const totals = coverage.repositories.reduce(
      (n, r) => ({
        pulls: n.pulls + r.pullRequests.changes,
        pullsCovered: n.pullsCovered + r.pullRequests.covered,
        pushes: n.pushes + r.pushes.changes,
        pushesCovered: n.pushesCovered + r.pushes.covered,
      }),
      { pulls: 0, pullsCovered: 0, pushes: 0, pushesCovered: 0 },
    );
    return {
      period: {
        from: this.period.from.toISOString(),
        to: this.period.to.toISOString(),
        label: this.period.label,
      },
      generatedAt: (options.now ?? new Date()).toISOString(),
      org: options.org ?? null,
      records: this.records,
      decisions: { ...this.decisions },
      perWeek: [...this.weeks]
        .map(([week, counts]) => ({ week, ...counts }))
        .sort((a, b) => (a.week < b.week ? -1 : 1)),
      blockedByProvider: [...this.providers]
        .map(([provider, count]) => ({ provider, count }))
        .sort((a, b) => b.count - a.count || (a.provider < b.provider ? -1 : 1)),
      reviews: {
        requirements: Object.fromEntries([...this.requirementStatus].sort()),
        approvers: [...this.approvers]
          .map(([user, count]) => ({ user, count }))
          .sort((a, b) => b.count - a.count || (a.user < b.user ? -1 : 1)),
      },
      breakGlass,
      policyVersions: [...this.versions.values()],
      policyRegister,
      requiredCheck,
      pushGaps: this.pushGaps,
      runGaps: this.runGaps,
      coverage,
      sample,
      requirements: [
        {
          id: 'A.5.4-require',
          title: 'Management requires the policy to be applied',
          asks: 'Management requires all personnel to apply information security in accordance with the established policy.',
          shows: [
            `${this.versions.size} policy version(s) in force, each with its hash and the commit it came from.`,
            policyRegister.documents.length === 0
              ? 'No record of the period carries the policy register (the scheduled run records it).'
              : `${policyRegister.documents.length} policy document(s) in the register, each with its owner and review dates; ${policyRegister.documents.filter((d) => d.status === 'stale' || d.overdueAtEnd).length} overdue.`,
            `The mandate check was required on ${requiredCheck.reduce((n, r) => n + r.required, 0)} of ${this.records} judged changes (${requiredCheck.reduce((n, r) => n + r.unreadable, 0)} where the token could not read the protection).`,
          ],
          refs: [...this.firstRefs],
        },
        {
          id: 'A.5.4-aware',
          title: 'Personnel are aware of the policy',
          asks: 'Personnel are briefed on their roles and the policy before and while they work.',
          shows: [
            `Every judged change got its decision with reasons and what would unblock it: ${this.decisions.block} blocked change(s) told their authors why.`,
          ],
          refs: [...this.firstBlocked],
        },
        {
          id: 'A.5.4-enforce',
          title: 'The policy is enforced',
          asks: 'Management ensures the policy is applied, and exceptions are authorised and reviewed.',
          shows: [
            coverage.computed
              ? `${totals.pullsCovered} of ${totals.pulls} merged pull requests and ${totals.pushesCovered} of ${totals.pushes} direct pushes to the default branch have a record.`
              : `Coverage against merged pull requests and pushes was not computed: ${coverage.why}.`,
            `${breakGlass.length} break-glass use(s), each with its reason, approver and follow-up.`,
            `${this.pushGaps.length} push(es) to a branch without a record; ${this.runGaps.length} run(s) that could not write their record.`,
          ],
          refs: [...this.firstBlocked],
        },
      ],
    };
  }

  private policyRegister(repos: string[]): ReportData['policyRegister'] {
    const documents: RegisterRow[] = [];
    const missing: string[] = [];
    const end = this.period.to.getTime();
    for (const repository of repos) {
      const register = this.registers.get(repository);
      if (register === undefined) {
        missing.push(repository);
        continue;
      }
      for (const doc of register.policies.documents) {
        const due = doc.due === null ? Number.NaN : Date.parse(`${doc.due}T00:00:00Z`);
        documents.push({
          repository,
          ...doc,
          overdueAtEnd: !Number.isNaN(due) && due + 86_400_000 < end,
          asOf: register.policies.today,
          record: register.record,
        });
      }
    }
    documents.sort(
      (a, b) =>
        (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0) ||
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        (a.path < b.path ? -1 : 1),
    );
    return { documents, missing };
  }
}

function attach(slot: Slot, ref: RecordRef): void {
  slot.records++;
  if (slot.refs.length < REFS_PER_CHANGE) slot.refs.push(ref);
}
