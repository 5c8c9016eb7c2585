import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  formatDate
} from "./chunk-KY34HLMB.js";
import {
  groupStreams,
  parseEntry,
  parseLedgerTarget
} from "./chunk-TEYIA6JR.js";
import {
  apiBaseUrl,
  findToken
} from "./chunk-ZHZRJBAR.js";
import {
  isObject,
  malformedResponse,
  pages
} from "./chunk-3PG2BAVY.js";
import {
  VERSION
} from "./chunk-I6EP2H7X.js";
import {
  findRepoRoot,
  runGit
} from "./chunk-SGSUYQD6.js";
import {
  formatInterval
} from "./chunk-YSXXMAGR.js";
import {
  CONFIG_FILES
} from "./chunk-HDBPAX76.js";
import "./chunk-GTFPKMOW.js";
import {
  sha256Hex
} from "./chunk-4T47BLQ7.js";
import "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import {
  MandateError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/cli/evidence.ts
init_cli_data();
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
init_errors();

// src/evidence/record.ts
init_cli_data();
var EVIDENCE_VERSION = 1;
function policyRegisterEvidence(entries, today) {
  return {
    today: today.toISOString().slice(0, 10),
    documents: entries.map((entry) => ({
      path: entry.path,
      title: entry.title,
      owner: entry.owner,
      lastReviewed: entry.lastReviewed === null ? null : formatDate(entry.lastReviewed),
      reviewInterval: entry.reviewInterval === null ? null : formatInterval(entry.reviewInterval),
      due: entry.due === null ? null : formatDate(entry.due),
      status: entry.status
    }))
  };
}
var EVIDENCE_SCHEMA_ID = "https://raw.githubusercontent.com/mandate-dev/mandate/main/schema/evidence.schema.json";
function buildEvidence(input) {
  let { result } = input;
  return {
    $schema: EVIDENCE_SCHEMA_ID,
    version: EVIDENCE_VERSION,
    tool: { name: "mandate", version: input.version },
    repository: input.repository,
    event: input.event,
    pullRequest: input.pullRequest,
    ref: input.ref,
    baseSha: input.baseSha,
    headSha: input.headSha,
    actor: input.actor,
    time: input.now.toISOString(),
    runUrl: input.runUrl,
    config: input.config,
    rules: result === null ? [] : result.rules.map((rule) => rule.id),
    scan: {
      scope: result?.scope ?? "none",
      description: result?.description ?? "nothing scanned",
      files: result?.stats.files ?? 0,
      lines: result?.stats.lines ?? 0,
      skipped: Object.fromEntries(
        Object.entries(result?.stats.skipped ?? {}).filter(
          (entry) => entry[1] !== void 0
        )
      )
    },
    findings: (result?.findings ?? []).map((finding) => ({
      ...recorded(finding),
      blocking: finding.blocking
    })),
    ...(result?.allowed ?? []).length === 0 ? {} : {
      allowed: (result?.allowed ?? []).map((finding) => ({
        ...recorded(finding),
        marker: finding.allow.marker,
        reason: finding.allow.reason
      }))
    },
    decision: result?.decision ?? "pass",
    reasons: result?.reasons ?? [],
    unblock: result?.unblock ?? [],
    annotations: input.annotations,
    notes: input.notes,
    ...input.reviews === void 0 ? {} : { reviews: input.reviews },
    rulesVersion: rulesVersion(input.version, result?.rules.map((rule) => rule.id) ?? []),
    ...input.protection === void 0 ? {} : { protection: input.protection },
    ...input.policies === void 0 ? {} : { policies: policyRegisterEvidence(input.policies, input.now) }
  };
}
function rulesVersion(version, ruleIds) {
  return `${version}+rules.${sha256Hex([...ruleIds].sort().join(`
`)).slice(0, 12)}`;
}
function recorded(finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    path: finding.path,
    line: finding.line,
    redacted: finding.redacted,
    fingerprint: finding.fingerprint
  };
}

// src/evidence/render.ts
init_cli_data();

// src/evidence/report.ts
init_cli_data();
function parsePeriod(text) {
  let parts = text.split("..");
  if (parts.length !== 2) throw new Error(`the period "${text}" is not FROM..TO.`);
  let day = /^\d{4}-\d{2}-\d{2}$/, [a, b] = parts, from = new Date(day.test(a) ? `${a}T00:00:00Z` : a), to = new Date(day.test(b) ? `${b}T00:00:00Z` : b);
  if (day.test(b) && (to = new Date(to.getTime() + 864e5)), Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from)
    throw new Error(
      `the period "${text}" is not two dates in order (YYYY-MM-DD..YYYY-MM-DD, or ISO times with an offset).`
    );
  return { from, to, label: text };
}
function changeName(change) {
  return change.number !== null ? `${change.repository}#${change.number}` : `${change.repository}@${(change.mergeCommitSha ?? "").slice(0, 7)}`;
}
var REFS_PER_CHANGE = 5, REFS_PER_REQUIREMENT = 5;
function weekOf(iso) {
  let date = new Date(iso), day = (date.getUTCDay() + 6) % 7;
  return new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day)
  ).toISOString().slice(0, 10);
}
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    return t = Math.imul(t ^ t >>> 15, t | 1), t ^= t + Math.imul(t ^ t >>> 7, t | 61), ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function bump(map, key, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}
var STATUS_ORDER = ["stale", "invalid", "due-soon", "fresh"], ReportBuilder = class {
  constructor(period, options = {}) {
    this.period = period;
    let changes = options.changes ?? null;
    this.listed = options.repositories ?? [], this.sampleSpec = options.sample ?? null, this.next = this.sampleSpec === null ? null : random(this.sampleSpec.seed), this.slots = changes === null ? null : changes.map((change) => ({ change, refs: [], records: 0 }));
    for (let slot of this.slots ?? []) {
      let { change } = slot;
      change.number !== null && this.byPull.set(`${change.repository}#${change.number}`, slot), change.mergeCommitSha !== null && this.bySha.set(`${change.repository}@${change.mergeCommitSha}`, slot);
    }
    if (this.slots !== null && this.sampleSpec !== null && this.next !== null) {
      let pool = [...this.slots];
      for (; this.sampleSlots.length < this.sampleSpec.size && pool.length > 0; )
        this.sampleSlots.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    }
  }
  period;
  records = 0;
  decisions = { pass: 0, block: 0 };
  weeks = /* @__PURE__ */ new Map();
  providers = /* @__PURE__ */ new Map();
  requirementStatus = /* @__PURE__ */ new Map();
  approvers = /* @__PURE__ */ new Map();
  breakGlass = [];
  openFollowUps = /* @__PURE__ */ new Set();
  versions = /* @__PURE__ */ new Map();
  required = /* @__PURE__ */ new Map();
  lastPush = /* @__PURE__ */ new Map();
  pushGaps = [];
  runGaps = [];
  repositories = /* @__PURE__ */ new Set();
  registers = /* @__PURE__ */ new Map();
  /** The first records of the period, and the first blocked ones (support for A 5.4). */
  firstRefs = [];
  firstBlocked = [];
  /** The population (null without a token) and its lookups. */
  slots;
  byPull = /* @__PURE__ */ new Map();
  bySha = /* @__PURE__ */ new Map();
  /** Push records whose head is a listed push: their base..head range covers more pushes. */
  pushRanges = [];
  listed;
  sampleSpec;
  sampleSlots = [];
  /** Without a population, a reservoir sample of the records (algorithm R, seeded). */
  reservoir = [];
  next;
  /** One ledger file's text (lines in chain order). */
  addFile(repository, file, text) {
    let line = 0, start = 0;
    for (; start < text.length; ) {
      let end = text.indexOf(`
`, start), stop = end === -1 ? text.length : end;
      line++;
      let entry = parseEntry(text.slice(start, stop));
      entry !== null && this.add(repository, file, line, entry), start = stop + 1;
    }
  }
  /**
   * One ledger file as a stream of text chunks (a file read stream): split into lines here,
   * each parsed, folded in and dropped, so nothing of the file stays but the aggregates.
   */
  async addStream(repository, file, chunks) {
    let line = 0, rest = "";
    for await (let chunk of chunks) {
      let text = rest + chunk, start = 0;
      for (let end = text.indexOf(`
`); end !== -1; end = text.indexOf(`
`, start)) {
        line++;
        let entry = parseEntry(text.slice(start, end));
        entry !== null && this.add(repository, file, line, entry), start = end + 1;
      }
      rest = text.slice(start);
    }
    if (rest !== "") {
      let entry = parseEntry(rest);
      entry !== null && this.add(repository, file, line + 1, entry);
    }
  }
  add(repository, file, line, entry) {
    if (this.repositories.add(repository), "gap" in entry) {
      let t = Date.parse(entry.gap.time);
      t >= this.period.from.getTime() && t < this.period.to.getTime() && this.runGaps.push({
        repository,
        subject: entry.gap.subject,
        time: entry.gap.time,
        runUrl: entry.gap.runUrl
      });
      return;
    }
    let statement = entry.statement, record = statement.predicate, time = Date.parse(record.time);
    if (!(time >= this.period.from.getTime() && time < this.period.to.getTime())) return;
    let ref2 = {
      repository,
      file,
      line,
      time: record.time,
      subject: statement.subject[0]?.name ?? repository,
      decision: record.decision
    };
    this.records++, this.firstRefs.length < REFS_PER_REQUIREMENT && this.firstRefs.push(ref2), record.decision === "block" && this.firstBlocked.length < REFS_PER_REQUIREMENT && this.firstBlocked.push(ref2), this.match(repository, record, ref2), this.decisions[record.decision]++;
    let week = weekOf(record.time), counts = this.weeks.get(week) ?? { pass: 0, block: 0 };
    counts[record.decision]++, this.weeks.set(week, counts);
    for (let finding of record.findings)
      !finding.blocking || !finding.ruleId.startsWith("secret/") || bump(this.providers, finding.ruleId.slice(7).split("-")[0] ?? "generic");
    for (let requirement of record.reviews?.requirements ?? []) {
      bump(this.requirementStatus, requirement.status);
      for (let approval of requirement.approvals)
        approval.counted && bump(this.approvers, approval.user);
    }
    let bg = record.reviews?.breakGlass ?? null;
    bg !== null && this.breakGlass.push({
      repository,
      pullRequest: record.pullRequest,
      by: bg.by,
      at: bg.at,
      reason: bg.reason,
      waived: bg.waived,
      followUp: bg.followUp?.url ?? null,
      followUpOpen: !1,
      record: `${file}:${line}`
    });
    for (let open of record.reviews?.openFollowUps ?? []) this.openFollowUps.add(open.url);
    if (record.policies !== void 0) {
      let last = this.registers.get(repository);
      (last === void 0 || time >= last.time) && this.registers.set(repository, {
        time,
        record: `${file}:${line}`,
        policies: record.policies
      });
    }
    let versionKey = `${repository}\0${record.config.sha256 ?? "defaults"}`, version = this.versions.get(versionKey);
    version === void 0 ? this.versions.set(versionKey, {
      repository,
      path: record.config.path,
      sha256: record.config.sha256,
      firstSeen: record.time,
      lastSeen: record.time,
      records: 1
    }) : (version.lastSeen = record.time, version.records++);
    let req = this.required.get(repository) ?? {
      repository,
      required: 0,
      notRequired: 0,
      unreadable: 0,
      lastNotRequired: null
    }, protection = record.protection;
    if (protection === void 0 || !protection.readable ? req.unreadable++ : protection.mandateRequired ? req.required++ : (req.notRequired++, req.lastNotRequired = record.time), this.required.set(repository, req), record.pullRequest === null && record.event === "push" && record.ref !== null) {
      let key = `${repository}\0${record.ref}`, last = this.lastPush.get(key);
      last !== void 0 && record.baseSha !== null && record.baseSha !== last.headSha && this.pushGaps.push({
        repository,
        after: last.headSha,
        before: record.baseSha,
        record: `${file}:${line}`
      }), this.lastPush.set(key, { headSha: record.headSha, ref: record.ref });
    }
  }
  /** The record's change in the population (its pull request, or its head commit), or a draw. */
  match(repository, record, ref2) {
    if (this.slots === null) {
      if (this.sampleSpec === null || this.next === null) return;
      let seen = this.records;
      if (this.reservoir.length < this.sampleSpec.size) this.reservoir.push(ref2);
      else {
        let at = Math.floor(this.next() * seen);
        at < this.sampleSpec.size && (this.reservoir[at] = ref2);
      }
      return;
    }
    let byPull = record.pullRequest === null ? void 0 : this.byPull.get(`${repository}#${record.pullRequest}`), bySha = this.bySha.get(`${repository}@${record.headSha}`);
    byPull !== void 0 && attach(byPull, ref2), bySha !== void 0 && bySha !== byPull && attach(bySha, ref2), record.pullRequest === null && record.baseSha !== null && bySha !== void 0 && bySha.change.kind === "push" && this.pushRanges.push({ slot: bySha, baseSha: record.baseSha, ref: ref2 });
  }
  build(options = {}) {
    let slots = this.slots, repos = [...this.repositories].sort();
    for (let range of this.pushRanges) {
      let repository = range.slot.change.repository, slot = range.slot, seen = /* @__PURE__ */ new Set([slot]);
      for (; ; ) {
        let parent = slot.change.parentSha;
        if (parent == null || parent === range.baseSha || (slot = this.bySha.get(`${repository}@${parent}`), slot === void 0 || slot.change.kind !== "push" || seen.has(slot))) break;
        seen.add(slot), attach(slot, range.ref);
      }
    }
    let coverage = {
      computed: slots !== null,
      why: slots === null ? options.coverageWhy ?? "no token was given" : null,
      repositories: []
    };
    if (slots !== null) {
      let byRepository = /* @__PURE__ */ new Map();
      for (let repository of [...repos, ...this.listed]) byRepository.set(repository, []);
      for (let slot of slots) {
        let list = byRepository.get(slot.change.repository) ?? [];
        list.push(slot), byRepository.set(slot.change.repository, list);
      }
      for (let [repository, mine] of [...byRepository].sort(([a], [b]) => a < b ? -1 : 1)) {
        let count = (kind) => {
          let of = mine.filter((s) => s.change.kind === kind);
          return { changes: of.length, covered: of.filter((s) => s.records > 0).length };
        }, pullRequests = count("pull-request"), pushes = count("push"), req = this.required.get(repository);
        coverage.repositories.push({
          repository,
          changes: mine.length,
          covered: pullRequests.covered + pushes.covered,
          pullRequests,
          pushes,
          missing: mine.filter((s) => s.records === 0).map((s) => s.change),
          records: req === void 0 ? 0 : req.required + req.notRequired + req.unreadable,
          mandateRequired: req === void 0 || req.required + req.notRequired === 0 ? null : req.notRequired === 0
        });
      }
      let rank = (r) => r.mandateRequired === !1 ? 0 : r.records === 0 && r.changes > 0 ? 1 : 2;
      coverage.repositories.sort(
        (a, b) => rank(a) - rank(b) || (a.repository < b.repository ? -1 : 1)
      );
    }
    let sample = null;
    this.sampleSpec !== null && (sample = {
      seed: this.sampleSpec.seed,
      population: slots === null ? "records" : "changes",
      size: slots === null ? this.records : slots.length,
      items: slots === null ? [...this.reservoir].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line).map((ref2) => ({ change: ref2.subject, records: [ref2] })) : this.sampleSlots.map((slot) => ({
        change: changeName(slot.change),
        records: [...slot.refs]
      }))
    });
    let breakGlass = this.breakGlass.map((event) => ({
      ...event,
      followUpOpen: event.followUp !== null && this.openFollowUps.has(event.followUp)
    })), requiredCheck = [...this.required.values()].sort(
      (a, b) => a.repository < b.repository ? -1 : 1
    ), policyRegister = this.policyRegister(repos), totals = coverage.repositories.reduce(
      (n, r) => ({
        pulls: n.pulls + r.pullRequests.changes,
        pullsCovered: n.pullsCovered + r.pullRequests.covered,
        pushes: n.pushes + r.pushes.changes,
        pushesCovered: n.pushesCovered + r.pushes.covered
      }),
      { pulls: 0, pullsCovered: 0, pushes: 0, pushesCovered: 0 }
    );
    return {
      period: {
        from: this.period.from.toISOString(),
        to: this.period.to.toISOString(),
        label: this.period.label
      },
      generatedAt: (options.now ?? /* @__PURE__ */ new Date()).toISOString(),
      org: options.org ?? null,
      records: this.records,
      decisions: { ...this.decisions },
      perWeek: [...this.weeks].map(([week, counts]) => ({ week, ...counts })).sort((a, b) => a.week < b.week ? -1 : 1),
      blockedByProvider: [...this.providers].map(([provider, count]) => ({ provider, count })).sort((a, b) => b.count - a.count || (a.provider < b.provider ? -1 : 1)),
      reviews: {
        requirements: Object.fromEntries([...this.requirementStatus].sort()),
        approvers: [...this.approvers].map(([user, count]) => ({ user, count })).sort((a, b) => b.count - a.count || (a.user < b.user ? -1 : 1))
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
          id: "A.5.4-require",
          title: "Management requires the policy to be applied",
          asks: "Management requires all personnel to apply information security in accordance with the established policy.",
          shows: [
            `${this.versions.size} policy version(s) in force, each with its hash and the commit it came from.`,
            policyRegister.documents.length === 0 ? "No record of the period carries the policy register (the scheduled run records it)." : `${policyRegister.documents.length} policy document(s) in the register, each with its owner and review dates; ${policyRegister.documents.filter((d) => d.status === "stale" || d.overdueAtEnd).length} overdue.`,
            `The mandate check was required on ${requiredCheck.reduce((n, r) => n + r.required, 0)} of ${this.records} judged changes (${requiredCheck.reduce((n, r) => n + r.unreadable, 0)} where the token could not read the protection).`
          ],
          refs: [...this.firstRefs]
        },
        {
          id: "A.5.4-aware",
          title: "Personnel are aware of the policy",
          asks: "Personnel are briefed on their roles and the policy before and while they work.",
          shows: [
            `Every judged change got its decision with reasons and what would unblock it: ${this.decisions.block} blocked change(s) told their authors why.`
          ],
          refs: [...this.firstBlocked]
        },
        {
          id: "A.5.4-enforce",
          title: "The policy is enforced",
          asks: "Management ensures the policy is applied, and exceptions are authorised and reviewed.",
          shows: [
            coverage.computed ? `${totals.pullsCovered} of ${totals.pulls} merged pull requests and ${totals.pushesCovered} of ${totals.pushes} direct pushes to the default branch have a record.` : `Coverage against merged pull requests and pushes was not computed: ${coverage.why}.`,
            `${breakGlass.length} break-glass use(s), each with its reason, approver and follow-up.`,
            `${this.pushGaps.length} push(es) to a branch without a record; ${this.runGaps.length} run(s) that could not write their record.`
          ],
          refs: [...this.firstBlocked]
        }
      ]
    };
  }
  policyRegister(repos) {
    let documents = [], missing = [], end = this.period.to.getTime();
    for (let repository of repos) {
      let register = this.registers.get(repository);
      if (register === void 0) {
        missing.push(repository);
        continue;
      }
      for (let doc of register.policies.documents) {
        let due = doc.due === null ? Number.NaN : Date.parse(`${doc.due}T00:00:00Z`);
        documents.push({
          repository,
          ...doc,
          overdueAtEnd: !Number.isNaN(due) && due + 864e5 < end,
          asOf: register.policies.today,
          record: register.record
        });
      }
    }
    return documents.sort(
      (a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0) || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (a.path < b.path ? -1 : 1)
    ), { documents, missing };
  }
};
function attach(slot, ref2) {
  slot.records++, slot.refs.length < REFS_PER_CHANGE && slot.refs.push(ref2);
}

// src/evidence/render.ts
function renderReport(data, format) {
  return format === "json" ? `${JSON.stringify(data, null, 2)}
` : format === "markdown" ? renderMarkdown(data) : renderHtml(data);
}
function ref(r) {
  return `${r.file}:${r.line}`;
}
function pct(part, whole) {
  return whole === 0 ? "\u2013" : `${Math.round(1e3 * part / whole) / 10} %`;
}
function md(text) {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\n/g, " ");
}
function renderMarkdown(d) {
  let out = [
    `# Evidence report${d.org === null ? "" : ` for ${md(d.org)}`}: ${md(d.period.label)}`,
    "",
    `Period ${d.period.from} (included) to ${d.period.to} (excluded). Generated ${d.generatedAt} by \`mandate evidence report\`.`,
    "",
    `**${d.records} judged changes**: ${d.decisions.pass} passed, ${d.decisions.block} blocked.`,
    "",
    "## Coverage",
    ""
  ];
  if (!d.coverage.computed)
    out.push(
      `Not computed: ${md(d.coverage.why ?? "")}. Run with a token to compare with every merged pull request and push to the default branch.`,
      ""
    );
  else {
    out.push(
      "| Repository | Merged pull requests (with a record) | Direct pushes (with a record) | Coverage | mandate required |",
      "|---|---:|---:|---:|---|"
    );
    for (let r of d.coverage.repositories)
      out.push(
        `| ${md(r.repository)} | ${r.pullRequests.changes} (${r.pullRequests.covered}) | ${r.pushes.changes} (${r.pushes.covered}) | ${pct(r.covered, r.changes)} | ${r.mandateRequired === !1 ? "**no**" : r.records === 0 ? "**never ran**" : r.mandateRequired ? "yes" : "unknown"} |`
      );
    out.push("");
    let missing = d.coverage.repositories.flatMap((r) => r.missing);
    if (missing.length > 0) {
      out.push("Landed without a record:", "");
      for (let c of missing)
        out.push(
          `- [${md(changeName(c))}](${c.url}) ${md(c.title)} (${c.kind === "push" ? "pushed" : "merged"} ${c.mergedAt})`
        );
      out.push("");
    }
  }
  for (let gap of d.pushGaps)
    out.push(
      `- Push gap in ${md(gap.repository)}: commits ${gap.after.slice(0, 7)}..${gap.before.slice(0, 7)} were pushed without a run (next record ${gap.record}).`
    );
  for (let gap of d.runGaps)
    out.push(
      `- ${md(gap.subject)} at ${gap.time}: the run could not write its record (kept in its job summary and artifact${gap.runUrl === null ? "" : `: ${gap.runUrl}`}).`
    );
  out.push("", "## Decisions per week", "", "| Week of | Passed | Blocked |", "|---|---:|---:|");
  for (let w of d.perWeek) out.push(`| ${w.week} | ${w.pass} | ${w.block} |`);
  out.push("", "## Secrets stopped, by provider", ""), d.blockedByProvider.length === 0 && out.push("None in the period.");
  for (let p of d.blockedByProvider) out.push(`- ${md(p.provider)}: ${p.count}`);
  out.push("", "## Required reviews", "");
  let statuses = Object.entries(d.reviews.requirements);
  if (out.push(
    statuses.length === 0 ? "No review requirement was triggered." : statuses.map(([s, n]) => `${s}: ${n}`).join(", ")
  ), d.reviews.approvers.length > 0) {
    out.push("", "Approvals that counted, by reviewer:", "");
    for (let a of d.reviews.approvers) out.push(`- @${md(a.user)}: ${a.count}`);
  }
  out.push("", "## Break-glass", ""), d.breakGlass.length === 0 && out.push("No break-glass in the period.");
  for (let b of d.breakGlass)
    out.push(
      `- ${md(b.repository)}${b.pullRequest === null ? "" : `#${b.pullRequest}`} by @${md(b.by)} at ${b.at}: "${md(b.reason)}"; waived ${b.waived.map(md).join(", ") || "nothing"}; follow-up ${b.followUp === null ? "none" : `${b.followUp} (${b.followUpOpen ? "open" : "closed"})`}; record ${b.record}`
    );
  out.push(
    "",
    "## Policy versions in force",
    "",
    "| Repository | Config | SHA-256 | First seen | Last seen | Records |",
    "|---|---|---|---|---|---:|"
  );
  for (let v of d.policyVersions)
    out.push(
      `| ${md(v.repository)} | ${md(v.path ?? "built-in defaults")} | ${v.sha256?.slice(0, 12) ?? "\u2013"} | ${v.firstSeen} | ${v.lastSeen} | ${v.records} |`
    );
  if (out.push("", "## Policy register", ""), d.policyRegister.documents.length > 0) {
    out.push(
      "| Repository | Policy | Owner | Last reviewed | Interval | Next due | Status | As of (record) |",
      "|---|---|---|---|---|---|---|---|"
    );
    for (let p of d.policyRegister.documents)
      out.push(
        `| ${md(p.repository)} | ${md(p.title)} (${md(p.path)}) | ${md(p.owner ?? "\u2013")} | ${p.lastReviewed ?? "\u2013"} | ${md(p.reviewInterval ?? "\u2013")} | ${p.due ?? "\u2013"} | ${registerStatus(p)} | ${p.asOf} (${md(p.record)}) |`
      );
  }
  for (let repository of d.policyRegister.missing)
    out.push(
      `- ${md(repository)}: no record of the period carries the policy register (the Action's scheduled run records it).`
    );
  out.push(
    "",
    "## Required check",
    "",
    "| Repository | Required | Not required | Not readable | Last not required |",
    "|---|---:|---:|---:|---|"
  );
  for (let r of d.requiredCheck)
    out.push(
      `| ${md(r.repository)} | ${r.required} | ${r.notRequired} | ${r.unreadable} | ${r.lastNotRequired ?? "\u2013"} |`
    );
  out.push("", "## ISO 27001:2022 A 5.4, requirement by requirement", "");
  for (let q of d.requirements) {
    out.push(`### ${md(q.title)}`, "", `*Asks:* ${md(q.asks)}`, "");
    for (let s of q.shows) out.push(`- ${md(s)}`);
    q.refs.length > 0 && out.push(`- Records: ${q.refs.map(ref).join(", ")}`), out.push("");
  }
  if (d.sample !== null) {
    out.push(`## Sample (seed ${d.sample.seed})`, "", sampleLine(d.sample), "");
    for (let item of d.sample.items)
      out.push(
        `- ${md(item.change)}: ${item.records.length === 0 ? "**no record**" : item.records.map((r) => `${r.decision} (${ref(r)})`).join(", ")}`
      );
    out.push("");
  }
  return `${out.join(`
`)}
`;
}
function registerStatus(p) {
  let status = p.status === "due-soon" ? "due soon" : p.status;
  return p.overdueAtEnd && p.status !== "stale" ? `${status}; overdue by the period's end` : status;
}
function sampleLine(sample) {
  return `${sample.items.length} drawn at random from ${sample.size} ${sample.population === "changes" ? "changes the API lists (merged pull requests and direct pushes)" : "records (no token: the changes without a record are not in this population)"}; the same seed over the same population draws the same sample.`;
}
function esc(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function weekChart(d) {
  let weeks = d.perWeek;
  if (weeks.length === 0) return "<p>No judged change in the period.</p>";
  let width = 680, height = 160, max = Math.max(...weeks.map((w) => w.pass + w.block), 1), bar = width / weeks.length, bars = weeks.map((w, i) => {
    let hp = w.pass / max * (height - 20), hb = w.block / max * (height - 20), x = (i * bar + 1).toFixed(1), bw = Math.max(bar - 2, 1).toFixed(1);
    return `<g><title>${esc(w.week)}: ${w.pass} passed, ${w.block} blocked</title><rect x="${x}" y="${(height - hp).toFixed(1)}" width="${bw}" height="${hp.toFixed(1)}" fill="#2e7d32"/><rect x="${x}" y="${(height - hp - hb).toFixed(1)}" width="${bw}" height="${hb.toFixed(1)}" fill="#c62828"/></g>`;
  }).join("");
  return `<svg role="img" aria-label="Decisions per week" viewBox="0 0 ${width} ${height}" width="100%" height="${height}">${bars}</svg><p class="legend"><span class="pass">\u25A0</span> passed <span class="block">\u25A0</span> blocked \xB7 ${esc(weeks[0].week)} \u2013 ${esc(weeks.at(-1).week)}</p>`;
}
function table(head, rows) {
  return rows.length === 0 ? "<p>None in the period.</p>" : `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}
function renderHtml(d) {
  let title = `Evidence report${d.org === null ? "" : ` for ${d.org}`}: ${d.period.label}`, coveredAll = d.coverage.repositories.reduce((n, r) => n + r.covered, 0), changesAll = d.coverage.repositories.reduce((n, r) => n + r.changes, 0), coverage = d.coverage.computed ? `<p class="big">${pct(coveredAll, changesAll)} <small>of ${changesAll} merged pull requests and direct pushes have a record</small></p>${table(
    [
      "Repository",
      "Merged PRs",
      "With a record",
      "Direct pushes",
      "With a record",
      "Coverage",
      "mandate required"
    ],
    d.coverage.repositories.map((r) => [
      esc(r.repository),
      String(r.pullRequests.changes),
      String(r.pullRequests.covered),
      String(r.pushes.changes),
      String(r.pushes.covered),
      pct(r.covered, r.changes),
      r.mandateRequired === !1 ? '<strong class="bad">no</strong>' : r.records === 0 ? '<strong class="bad">never ran</strong>' : r.mandateRequired ? "yes" : "unknown"
    ])
  )}${d.coverage.repositories.some((r) => r.missing.length > 0) ? `<h3>Landed without a record</h3><ul>${d.coverage.repositories.flatMap((r) => r.missing).map(
    (c) => `<li><a href="${esc(c.url)}">${esc(changeName(c))}</a> ${esc(c.title)} <small>${c.kind === "push" ? "pushed" : "merged"} ${esc(c.mergedAt)}</small></li>`
  ).join("")}</ul>` : ""}` : `<p>Not computed: ${esc(d.coverage.why ?? "")}. Run with a token to compare with every merged pull request and push to the default branch.</p>`, gaps = [
    ...d.pushGaps.map(
      (g) => `<li>${esc(g.repository)}: commits ${esc(g.after.slice(0, 7))}..${esc(g.before.slice(0, 7))} pushed without a run (next record <code>${esc(g.record)}</code>)</li>`
    ),
    ...d.runGaps.map(
      (g) => `<li>${esc(g.subject)} at ${esc(g.time)}: the run could not write its record (job summary and artifact)</li>`
    )
  ], body = [
    `<header><h1>${esc(title)}</h1><p>From ${esc(d.period.from)} (included) to ${esc(d.period.to)} (excluded). Generated ${esc(d.generatedAt)} by <code>mandate evidence report</code> from the hash-chained ledger; verify it with <code>mandate evidence verify</code>.</p></header>`,
    `<section class="cards"><div><b>${d.records}</b>judged changes</div><div><b>${d.decisions.pass}</b>passed</div><div><b>${d.decisions.block}</b>blocked</div><div><b>${d.breakGlass.length}</b>break-glass</div></section>`,
    `<section><h2>Coverage</h2>${coverage}${gaps.length === 0 ? "" : `<h3>Gaps</h3><ul>${gaps.join("")}</ul>`}</section>`,
    `<section><h2>Decisions per week</h2>${weekChart(d)}</section>`,
    `<section><h2>Secrets stopped, by provider</h2>${table(
      ["Provider", "Blocked"],
      d.blockedByProvider.map((p) => [esc(p.provider), String(p.count)])
    )}</section>`,
    `<section><h2>Required reviews</h2>${table(
      ["Status", "Requirements"],
      Object.entries(d.reviews.requirements).map(([s, n]) => [esc(s), String(n)])
    )}${table(
      ["Reviewer", "Approvals that counted"],
      d.reviews.approvers.map((a) => [`@${esc(a.user)}`, String(a.count)])
    )}</section>`,
    `<section><h2>Break-glass</h2>${table(
      ["Change", "By", "At", "Reason", "Waived", "Follow-up", "Record"],
      d.breakGlass.map((b) => [
        `${esc(b.repository)}${b.pullRequest === null ? "" : `#${b.pullRequest}`}`,
        `@${esc(b.by)}`,
        esc(b.at),
        esc(b.reason),
        esc(b.waived.join(", ")),
        b.followUp === null ? '<strong class="bad">none</strong>' : `<a href="${esc(b.followUp)}">${b.followUpOpen ? "open" : "closed"}</a>`,
        `<code>${esc(b.record)}</code>`
      ])
    )}</section>`,
    `<section><h2>Policy versions in force</h2>${table(
      ["Repository", "Config", "SHA-256", "First seen", "Last seen", "Records"],
      d.policyVersions.map((v) => [
        esc(v.repository),
        esc(v.path ?? "built-in defaults"),
        `<code>${esc(v.sha256?.slice(0, 12) ?? "\u2013")}</code>`,
        esc(v.firstSeen),
        esc(v.lastSeen),
        String(v.records)
      ])
    )}</section>`,
    `<section><h2>Policy register</h2>${table(
      ["Repository", "Policy", "Owner", "Last reviewed", "Interval", "Next due", "Status", "As of"],
      d.policyRegister.documents.map((p) => [
        esc(p.repository),
        `${esc(p.title)}<br><code>${esc(p.path)}</code>`,
        esc(p.owner ?? "\u2013"),
        esc(p.lastReviewed ?? "\u2013"),
        esc(p.reviewInterval ?? "\u2013"),
        esc(p.due ?? "\u2013"),
        p.status === "fresh" && !p.overdueAtEnd ? esc(registerStatus(p)) : `<strong class="bad">${esc(registerStatus(p))}</strong>`,
        `${esc(p.asOf)} <code>${esc(p.record)}</code>`
      ])
    )}${d.policyRegister.missing.length === 0 ? "" : `<p>No record of the period carries the policy register of ${d.policyRegister.missing.map(esc).join(", ")} (the Action's scheduled run records it).</p>`}</section>`,
    `<section><h2>Required check</h2>${table(
      ["Repository", "Required", "Not required", "Not readable", "Last not required"],
      d.requiredCheck.map((r) => [
        esc(r.repository),
        String(r.required),
        r.notRequired === 0 ? "0" : `<strong class="bad">${r.notRequired}</strong>`,
        String(r.unreadable),
        esc(r.lastNotRequired ?? "\u2013")
      ])
    )}</section>`,
    `<section><h2>ISO 27001:2022 A 5.4, requirement by requirement</h2>${d.requirements.map(
      (q) => `<article><h3>${esc(q.title)}</h3><p class="asks">${esc(q.asks)}</p><ul>${q.shows.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>${q.refs.length === 0 ? "" : `<p>Records: ${q.refs.map((r) => `<code>${esc(`${r.file}:${r.line}`)}</code>`).join(" ")}</p>`}</article>`
    ).join("")}</section>`,
    d.sample === null ? "" : `<section><h2>Sample (seed ${d.sample.seed})</h2><p>${esc(sampleLine(d.sample))}</p>${table(
      ["Change", "Records"],
      d.sample.items.map((i) => [
        esc(i.change),
        i.records.length === 0 ? '<strong class="bad">no record</strong>' : i.records.map((r) => `${esc(r.decision)} <code>${esc(`${r.file}:${r.line}`)}</code>`).join("<br>")
      ])
    )}</section>`
  ].join(`
`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
@page { size: A4; margin: 16mm; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; max-width: 190mm; margin: 0 auto; padding: 8mm; }
h1 { font-size: 20pt; margin: 0 0 4pt; } h2 { font-size: 14pt; border-bottom: 1px solid #d0d7de; padding-bottom: 2pt; margin-top: 18pt; } h3 { font-size: 12pt; }
section, article, table, tr { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 9.5pt; }
th, td { border: 1px solid #d0d7de; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
code { font: 9pt ui-monospace, monospace; }
.cards { display: flex; gap: 8pt; } .cards div { flex: 1; border: 1px solid #d0d7de; border-radius: 6pt; padding: 6pt; text-align: center; }
.cards b { display: block; font-size: 18pt; }
.big { font-size: 18pt; font-weight: 600; } .big small { font-size: 10pt; font-weight: 400; }
.bad { color: #c62828; } .pass { color: #2e7d32; } .block { color: #c62828; } .legend { font-size: 9pt; }
.asks { font-style: italic; }
a { color: #0b57d0; }
@media print { a { color: inherit; text-decoration: none; } body { padding: 0; } }
</style></head>
<body>
${body}
</body></html>
`;
}

// src/evidence/statement.ts
init_cli_data();
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1", PREDICATE_TYPE = "https://mandate.dev/evidence/v1";
function toStatement(record) {
  let name = `${record.repository}@${record.pullRequest === null ? record.ref ?? record.headSha : `pull/${record.pullRequest}`}`;
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name, digest: { gitCommit: record.headSha } }],
    predicateType: PREDICATE_TYPE,
    predicate: {
      ...record,
      protection: record.protection ?? {
        readable: !1,
        branch: null,
        reason: "The branch protection was not read for this run."
      }
    }
  };
}

// src/github/changes.ts
init_cli_data();
async function listUntil(client, route, params, options = {}) {
  let out = [], listing = pages(client, route, params, {
    maxPages: Number.POSITIVE_INFINITY,
    conflictIsEmpty: options.conflictIsEmpty ?? !1
  }), stop = options.stop ?? (() => !1);
  for await (let items of listing)
    if (out.push(...items), items.some(stop)) break;
  return out;
}
async function listOrgRepositories(client, org) {
  return (await listUntil(
    client,
    "GET /orgs/{org}/repos",
    { org, type: "all" }
  )).filter((r) => !r.archived).map((r) => r.full_name).sort();
}
async function listMergedPulls(client, repository, from, to) {
  let [owner, repo] = repository.split("/");
  return (await listUntil(
    client,
    "GET /repos/{owner}/{repo}/pulls",
    { owner, repo, state: "closed", sort: "updated", direction: "desc" },
    { stop: (pull) => Date.parse(pull.updated_at) < from.getTime() }
  )).filter((pull) => {
    if (pull.merged_at === null) return !1;
    let merged = Date.parse(pull.merged_at);
    return merged >= from.getTime() && merged < to.getTime();
  }).map((pull) => ({
    repository,
    kind: "pull-request",
    number: pull.number,
    mergedAt: pull.merged_at,
    mergeCommitSha: pull.merge_commit_sha,
    url: pull.html_url,
    title: pull.title
  })).sort((a, b) => a.number - b.number);
}
async function listDirectPushes(client, repository, from, to, merges) {
  let [owner, repo] = repository.split("/"), branch = (await client.request("GET /repos/{owner}/{repo}", { owner, repo })).data.default_branch ?? "main", listed = await listUntil(
    client,
    "GET /repos/{owner}/{repo}/commits",
    {
      owner,
      repo,
      sha: branch,
      // No `until`: the list then starts at the branch's head, so the first-parent line is
      // the branch's own, never a side branch merged after the period.
      since: from.toISOString()
    },
    { conflictIsEmpty: !0 }
  ), bySha = new Map(listed.map((c) => [c.sha, c])), at = listed[0], out = [], seen = /* @__PURE__ */ new Set();
  for (; at !== void 0 && !seen.has(at.sha); ) {
    seen.add(at.sha);
    let date = at.commit.committer?.date ?? "", time = Date.parse(date);
    time >= from.getTime() && time < to.getTime() && !merges.has(at.sha) && out.push({
      repository,
      kind: "push",
      number: null,
      mergedAt: date,
      mergeCommitSha: at.sha,
      parentSha: at.parents[0]?.sha ?? null,
      url: at.html_url,
      title: at.commit.message.split(`
`)[0].slice(0, 120)
    });
    let parent = at.parents[0]?.sha;
    at = parent === void 0 ? void 0 : bySha.get(parent);
  }
  return out.reverse();
}

// src/cli/evidence.ts
function checkRunList(data, call) {
  if (isObject(data) && Array.isArray(data.check_runs)) return data.check_runs;
  throw malformedResponse(call, "a list of check runs", data);
}
async function git(args, cwd) {
  let result = await runGit(args, cwd);
  return result.code === 0 ? result.stdout.toString("utf8").trim() : null;
}
function repositoryFromRemote(url) {
  return /(?:github\.com[:/]|^[\w.-]+@[\w.-]+:|\/\/[^/]+\/)([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url)?.[1] ?? null;
}
async function configAsCommitted(root, headSha, file, bytes) {
  if (file === null || bytes === null)
    return { path: null, sha256: null, commit: headSha, source: "defaults" };
  let inside = relative(root, file), path = inside === "" || inside.startsWith("..") || isAbsolute(inside) ? null : inside, committed = path === null ? null : await runGit(["show", `${headSha}:${path.split(sep).join("/")}`], root), same = committed !== null && committed.code === 0 && committed.stdout.equals(bytes);
  return {
    path: path === null ? file : path.split(sep).join("/"),
    sha256: sha256Hex(bytes),
    commit: headSha,
    source: same ? "base-commit" : "working-tree"
  };
}
async function appendScanEvidence(result, options) {
  let cwd = process.cwd(), root = await findRepoRoot(cwd) ?? cwd, headSha = await git(["rev-parse", "HEAD"], root);
  if (headSha === null || !/^[0-9a-f]{40}$/.test(headSha))
    throw new MandateError("--evidence-ledger needs a git repository with a commit to record.", {
      hint: "Run it in the repository whose change you judge."
    });
  let remote = await git(["remote", "get-url", "origin"], root), repository = options.repository ?? process.env.GITHUB_REPOSITORY ?? (remote === null ? null : repositoryFromRemote(remote));
  if (repository === null)
    throw new MandateError("--evidence-ledger cannot tell which repository this is.", {
      hint: "Set GITHUB_REPOSITORY=owner/repo, or add an `origin` remote."
    });
  let configFile = options.config !== void 0 ? resolve(options.config) : CONFIG_FILES.map((name) => join(options.policyDir, name)).find((file) => existsSync(file)), configBytes = configFile !== void 0 && existsSync(configFile) ? await readFile(configFile) : null, ref2 = await git(["symbolic-ref", "-q", "HEAD"], root), config = await configAsCommitted(root, headSha, configFile ?? null, configBytes), record = buildEvidence({
    version: VERSION,
    repository,
    event: process.env.CI ? "ci" : "local",
    pullRequest: null,
    ref: ref2,
    baseSha: null,
    headSha,
    actor: process.env.GITHUB_ACTOR ?? process.env.USER ?? "unknown",
    now: /* @__PURE__ */ new Date(),
    runUrl: null,
    config: { ...config, changedByChange: !1, changedFiles: [], central: [] },
    result,
    annotations: "none",
    notes: [
      "Recorded by the CLI (`mandate check --evidence-ledger`): no pull request, reviews or branch protection are known here."
    ],
    protection: {
      readable: !1,
      branch: ref2,
      reason: "The CLI does not read branch protection; the Action records it."
    },
    ...options.policies === void 0 ? {} : { policies: options.policies }
  }), { appendLocal } = await import("./local-store-PNJVKFJQ.js"), appended = await appendLocal(resolve(options.dir), repository, record.time, {
    statement: toStatement(record)
  });
  return `mandate: evidence record ${appended.head.seq} appended to ${join(options.dir, appended.path)}.`;
}
async function readLedger(from) {
  if (existsSync(from) && statSync(from).isDirectory()) {
    let { readLedgerDir } = await import("./local-store-PNJVKFJQ.js");
    return { files: await readLedgerDir(from), client: await optionalClient() };
  }
  let target = ledgerTarget(from), client = await optionalClient();
  if (client === null) throw needsToken(target);
  let { readLedgerViaApi } = await import("./github-store-Z6NDQFKQ.js");
  return { files: await readLedgerViaApi(client, target), client };
}
function ledgerTarget(from) {
  let target = parseLedgerTarget(from);
  if (target === null)
    throw new MandateError(`${from} is neither a folder nor owner/repo[@branch].`, {
      hint: "Name a ledger folder (a clone of the mandate-evidence branch) or a repository."
    });
  return target;
}
function needsToken(target) {
  return new MandateError(`reading the ledger of ${target.owner}/${target.repo} needs a token.`, {
    hint: "Set GITHUB_TOKEN (read access to the repository) or run `gh auth login`, or clone the mandate-evidence branch and name the folder."
  });
}
async function optionalClient() {
  let token = findToken(process.env);
  if (token === null) return null;
  let { createClient } = await import("./client-JNU67VLT.js");
  return createClient(token, {
    baseUrl: apiBaseUrl(process.env),
    scale: 1,
    onNote: (sentence) => process.stderr.write(`mandate: ${sentence}
`)
  });
}
async function runEvidenceVerify(dir, flags) {
  let from = flags.from ?? dir ?? ".", apps = new Set(flags.checkApp ?? [DEFAULT_CHECK_APP]), otherApps = /* @__PURE__ */ new Set(), { files, client } = await readLedger(from);
  if (files.length === 0)
    return process.stderr.write(
      `mandate: no ledger files (<owner>/<repo>/<YYYY>/<YYYY-MM>.jsonl) in ${from}.
`
    ), 1;
  let { verifyLedger, readAnchors } = await import("./verify-FZA2ANXC.js"), anchors = client === null || !flags.anchors ? null : {
    async anchors(repository, headSha) {
      let [owner, repo] = repository.split("/"), found = [], listing = pages(
        client,
        "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
        { owner, repo, ref: headSha, check_name: "mandate" },
        { maxPages: 10, check: checkRunList }
      );
      for await (let runs of listing)
        for (let run of runs) {
          let anchors2 = readAnchors(run.output?.summary ?? ""), app = run.app?.slug ?? "";
          apps.has(app) ? found.push(...anchors2) : anchors2.length > 0 && otherApps.add(app === "" ? "(unknown)" : app);
        }
      return found;
    }
  }, report = await verifyLedger(files, anchors);
  for (let stream of report.streams) {
    let brk = report.breaks.find((b) => b.file.startsWith(`${stream.repository}/`));
    process.stdout.write(
      brk === void 0 ? `\u2713 ${stream.repository}: ${stream.records} records${stream.gaps === 0 ? "" : ` and ${stream.gaps} gaps`}, chain intact, head ${stream.head?.digest.slice(0, 12) ?? "\u2013"} (record ${stream.head?.seq ?? 0})
` : `\u2717 ${stream.repository}: ${brk.file}:${brk.line}: ${brk.kind}: ${brk.message}
`
    );
  }
  let signed = report.signed.length;
  process.stdout.write(
    signed === 0 ? `No record carries a Sigstore bundle (signing is off, or the runs had no id-token: write).
` : `${signed} of ${report.records} record(s) carry a Sigstore bundle whose DSSE payload is their Statement, byte for byte (the certificate chain and transparency log entry are not checked offline: use cosign or sigstore-js on the bundle for that).
`
  );
  for (let item of report.signed.slice(0, 20))
    process.stdout.write(`  signed: ${item.file}:${item.line}
`);
  if (signed > 20 && process.stdout.write(`  \u2026 and ${signed - 20} more.
`), anchors === null) {
    if (process.stdout.write(
      `Check-run anchors not compared (set GITHUB_TOKEN to compare each record with its mandate check run); the last record of a stream is only protected by its anchor.
`
    ), flags.strict)
      return process.stderr.write(
        `mandate: --strict needs the check-run anchors compared: set GITHUB_TOKEN (and leave out --no-anchors).
`
      ), 1;
  } else {
    process.stdout.write(
      `${report.anchored} record(s) matched their check run's anchor.
Anchors were read from the mandate check runs of ${[...apps].join(", ")} (--check-app).
`
    ), otherApps.size > 0 && process.stdout.write(
      `Anchors in mandate check runs of another app (${[...otherApps].join(", ")}) were not read: any app with checks: write can name a check run mandate. If the Action runs with that app's token, pass --check-app ${[...otherApps][0]}.
`
    );
    let missing = report.unanchored;
    if (missing.length > 0) {
      process.stdout.write(
        `${missing.length} record(s) have no mandate check run with an anchor to compare with (a run that could not write its check run, a record written by the CLI, or a check run deleted): their hashes were not checked${flags.strict ? "" : " (--strict fails on them)"}.
`
      );
      for (let item of missing)
        process.stdout.write(`  ${item.file}:${item.line}: ${item.headSha.slice(0, 12)}
`);
      if (flags.strict) return 1;
    }
  }
  return report.breaks.length === 0 ? 0 : 1;
}
var DEFAULT_CHECK_APP = "github-actions";
async function runEvidenceReport(flags) {
  let period;
  try {
    period = parsePeriod(flags.period);
  } catch (error) {
    throw new MandateError(`--period: ${error.message}`, {
      hint: "Write it as 2026-01-01..2026-12-31 (whole days, UTC)."
    });
  }
  let from = flags.from ?? ".", folder = existsSync(from) && statSync(from).isDirectory(), feed, client, repositories;
  if (folder) {
    let { listLedgerDir } = await import("./local-store-PNJVKFJQ.js"), paths = await listLedgerDir(from), streams = groupStreams(paths.map((path) => ({ path, text: "" })));
    repositories = [...streams.keys()], client = await optionalClient(), feed = async (builder2) => {
      let { createReadStream } = await import("node:fs");
      for (let [repository, streamFiles] of streams)
        for (let { path } of streamFiles) {
          if (!monthOverlaps(path, period)) continue;
          let input = createReadStream(join(from, ...path.split("/")), {
            encoding: "utf8",
            highWaterMark: 65536
          });
          try {
            await builder2.addStream(repository, path, input);
          } finally {
            input.destroy();
          }
        }
    };
  } else {
    let target = ledgerTarget(from);
    if (client = await optionalClient(), client === null) throw needsToken(target);
    let { listLedgerViaApi } = await import("./github-store-Z6NDQFKQ.js"), listed = await listLedgerViaApi(client, target), streams = groupStreams(listed.map((file) => ({ path: file.path, text: "" }))), readers = new Map(listed.map((file) => [file.path, file.read]));
    repositories = [...streams.keys()], feed = async (builder2) => {
      for (let [repository, streamFiles] of streams)
        for (let { path } of streamFiles)
          monthOverlaps(path, period) && builder2.addFile(repository, path, await readers.get(path)());
    };
  }
  let changes = null, population = [], coverageWhy = "no token was given (set GITHUB_TOKEN)";
  if (client !== null) {
    population = flags.org ? await listOrgRepositories(client, flags.org) : repositories, changes = [];
    for (let repository of population) {
      let pulls = await listMergedPulls(client, repository, period.from, period.to), merges = new Set(
        pulls.flatMap((p) => p.mergeCommitSha === null ? [] : [p.mergeCommitSha])
      );
      changes.push(
        ...pulls,
        ...await listDirectPushes(client, repository, period.from, period.to, merges)
      );
    }
    coverageWhy = "";
  }
  let builder = new ReportBuilder(period, {
    changes,
    repositories: population,
    sample: flags.sample === void 0 ? null : { size: flags.sample, seed: flags.seed ?? 1 }
  });
  await feed(builder);
  let data = builder.build({ org: flags.org ?? null, coverageWhy }), text = renderReport(data, flags.format);
  if (flags.output) {
    let { mkdir, writeFile } = await import("node:fs/promises"), { dirname } = await import("node:path");
    await mkdir(dirname(resolve(flags.output)), { recursive: !0 }), await writeFile(resolve(flags.output), text), process.stdout.write(
      `mandate: ${data.records} records of ${period.label} \u2192 ${flags.output} (${flags.format}).
`
    );
  } else
    process.stdout.write(text);
  return 0;
}
function monthOverlaps(path, period) {
  let month = /(\d{4})-(\d{2})\.jsonl$/.exec(path);
  if (month === null) return !0;
  let start = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1), end = Date.UTC(Number(month[1]), Number(month[2]), 1);
  return start < period.to.getTime() && end > period.from.getTime();
}
export {
  DEFAULT_CHECK_APP,
  appendScanEvidence,
  configAsCommitted,
  repositoryFromRemote,
  runEvidenceReport,
  runEvidenceVerify
};
