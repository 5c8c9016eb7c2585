/**
 * `mandate evidence report`: a period's ledger folded into what an auditor reads (pure). The
 * records stream through `add` one at a time and only aggregates and a small index per record
 * stay, so memory does not grow with the size of the records.
 */
import { type Entry, parseEntry } from './chain.js';
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

/** A change the API lists (a merged pull request), for coverage. */
export interface Change {
  repository: string;
  number: number;
  mergedAt: string;
  mergeCommitSha: string | null;
  url: string;
  title: string;
}

export interface RecordRef {
  repository: string;
  file: string;
  line: number;
  time: string;
  subject: string;
  decision: 'pass' | 'block';
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
      changes: number;
      covered: number;
      missing: Change[];
      mandateRequired: boolean | null;
    }[];
  };
  sample: { seed: number; items: { change: string; records: RecordRef[] }[] } | null;
  requirements: { id: string; title: string; asks: string; shows: string[]; refs: RecordRef[] }[];
}

interface Indexed extends RecordRef {
  pullRequest: number | null;
  headSha: string;
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

export class ReportBuilder {
  private readonly index: Indexed[] = [];
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

  constructor(private readonly period: Period) {}

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
    const ref: Indexed = {
      repository,
      file,
      line,
      time: record.time,
      subject: statement.subject[0]?.name ?? repository,
      decision: record.decision,
      pullRequest: record.pullRequest,
      headSha: record.headSha,
    };
    this.index.push(ref);
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

  build(
    options: {
      now?: Date;
      org?: string | null;
      changes?: Change[] | null;
      coverageWhy?: string;
      sample?: { size: number; seed: number } | null;
    } = {},
  ): ReportData {
    const changes = options.changes ?? null;
    const repos = [...this.repositories].sort();
    const coverage: ReportData['coverage'] = {
      computed: changes !== null,
      why: changes === null ? (options.coverageWhy ?? 'no token was given') : null,
      repositories: [],
    };
    const byPull = new Map<string, Indexed[]>();
    const bySha = new Map<string, Indexed[]>();
    for (const ref of this.index) {
      if (ref.pullRequest !== null) {
        const key = `${ref.repository}#${ref.pullRequest}`;
        byPull.set(key, [...(byPull.get(key) ?? []), ref]);
      }
      const key = `${ref.repository}@${ref.headSha}`;
      bySha.set(key, [...(bySha.get(key) ?? []), ref]);
    }
    const recordsOf = (change: Change): Indexed[] => [
      ...(byPull.get(`${change.repository}#${change.number}`) ?? []),
      ...(change.mergeCommitSha === null
        ? []
        : (bySha.get(`${change.repository}@${change.mergeCommitSha}`) ?? [])),
    ];
    if (changes !== null) {
      const names = [...new Set([...repos, ...changes.map((c) => c.repository)])].sort();
      for (const repository of names) {
        const mine = changes.filter((c) => c.repository === repository);
        const missing = mine.filter((c) => recordsOf(c).length === 0);
        const req = this.required.get(repository);
        coverage.repositories.push({
          repository,
          changes: mine.length,
          covered: mine.length - missing.length,
          missing,
          mandateRequired:
            req === undefined || req.required + req.notRequired === 0
              ? null
              : req.notRequired === 0,
        });
      }
      // Repositories where mandate is not required at all come first: the org-wide gap.
      coverage.repositories.sort(
        (a, b) =>
          Number(a.mandateRequired !== false) - Number(b.mandateRequired !== false) ||
          (a.repository < b.repository ? -1 : 1),
      );
    }
    let sample: ReportData['sample'] = null;
    if (options.sample) {
      const next = random(options.sample.seed);
      const population: { change: string; records: RecordRef[] }[] =
        changes !== null
          ? changes.map((c) => ({
              change: `${c.repository}#${c.number}`,
              records: recordsOf(c).map(plain),
            }))
          : this.index.map((ref) => ({ change: ref.subject, records: [plain(ref)] }));
      const pool = [...population];
      const items: typeof population = [];
      while (items.length < options.sample.size && pool.length > 0) {
        items.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      }
      sample = { seed: options.sample.seed, items };
    }
    const refsWhere = (keep: (ref: Indexed) => boolean) =>
      this.index.filter(keep).slice(0, 5).map(plain);
    const breakGlass = this.breakGlass.map((event) => ({
      ...event,
      followUpOpen: event.followUp !== null && this.openFollowUps.has(event.followUp),
    }));
    const requiredCheck = [...this.required.values()].sort((a, b) =>
      a.repository < b.repository ? -1 : 1,
    );
    return {
      period: {
        from: this.period.from.toISOString(),
        to: this.period.to.toISOString(),
        label: this.period.label,
      },
      generatedAt: (options.now ?? new Date()).toISOString(),
      org: options.org ?? null,
      records: this.index.length,
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
            `The mandate check was required on ${requiredCheck.reduce((n, r) => n + r.required, 0)} of ${this.index.length} judged changes (${requiredCheck.reduce((n, r) => n + r.unreadable, 0)} where the token could not read the protection).`,
          ],
          refs: refsWhere(() => true),
        },
        {
          id: 'A.5.4-aware',
          title: 'Personnel are aware of the policy',
          asks: 'Personnel are briefed on their roles and the policy before and while they work.',
          shows: [
            `Every judged change got its decision with reasons and what would unblock it: ${this.decisions.block} blocked change(s) told their authors why.`,
          ],
          refs: refsWhere((ref) => ref.decision === 'block'),
        },
        {
          id: 'A.5.4-enforce',
          title: 'The policy is enforced',
          asks: 'Management ensures the policy is applied, and exceptions are authorised and reviewed.',
          shows: [
            coverage.computed
              ? `${coverage.repositories.reduce((n, r) => n + r.covered, 0)} of ${coverage.repositories.reduce((n, r) => n + r.changes, 0)} merged pull requests have a record.`
              : `Coverage against merged pull requests was not computed: ${coverage.why}.`,
            `${breakGlass.length} break-glass use(s), each with its reason, approver and follow-up.`,
            `${this.pushGaps.length} push(es) to a branch without a record; ${this.runGaps.length} run(s) that could not write their record.`,
          ],
          refs: refsWhere((ref) => ref.decision === 'block'),
        },
      ],
    };
  }
}

function plain(ref: Indexed): RecordRef {
  return {
    repository: ref.repository,
    file: ref.file,
    line: ref.line,
    time: ref.time,
    subject: ref.subject,
    decision: ref.decision,
  };
}
