import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  groupStreams,
  parseEntry
} from "./chunk-5GPVRSI7.js";
import {
  VERSION
} from "./chunk-46EZEH2E.js";
import {
  findRepoRoot,
  runGit
} from "./chunk-FIXNMEUT.js";
import {
  CONFIG_FILES
} from "./chunk-UTEVCP2S.js";
import "./chunk-ER5NK3Y5.js";
import "./chunk-JJZP777U.js";
import "./chunk-JV2Z5TBL.js";
import "./chunk-VMDRTWEM.js";
import "./chunk-H26BPTWG.js";
import {
  sha256Hex
} from "./chunk-RS4XBG4F.js";
import "./chunk-L47OS7X2.js";
import {
  MandateError
} from "./chunk-ZPHIZCRR.js";
import "./chunk-5ADPKSWX.js";

// src/cli/evidence.ts
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/evidence/record.ts
var EVIDENCE_VERSION = 1, EVIDENCE_SCHEMA_ID = "https://raw.githubusercontent.com/mandate-dev/mandate/main/schema/evidence.schema.json";
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
    ...input.protection === void 0 ? {} : { protection: input.protection }
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
      `Not computed: ${md(d.coverage.why ?? "")}. Run with a token to compare with every merged pull request.`,
      ""
    );
  else {
    out.push(
      "| Repository | Merged pull requests | With a record | Coverage | mandate required |",
      "|---|---:|---:|---:|---|"
    );
    for (let r of d.coverage.repositories)
      out.push(
        `| ${md(r.repository)} | ${r.changes} | ${r.covered} | ${pct(r.covered, r.changes)} | ${r.mandateRequired === null ? "unknown" : r.mandateRequired ? "yes" : "**no**"} |`
      );
    out.push("");
    let missing = d.coverage.repositories.flatMap((r) => r.missing);
    if (missing.length > 0) {
      out.push("Merged without a record:", "");
      for (let c of missing)
        out.push(
          `- [${md(c.repository)}#${c.number}](${c.url}) ${md(c.title)} (merged ${c.mergedAt})`
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
    out.push(`## Sample (seed ${d.sample.seed})`, "");
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
  let title = `Evidence report${d.org === null ? "" : ` for ${d.org}`}: ${d.period.label}`, coveredAll = d.coverage.repositories.reduce((n, r) => n + r.covered, 0), changesAll = d.coverage.repositories.reduce((n, r) => n + r.changes, 0), coverage = d.coverage.computed ? `<p class="big">${pct(coveredAll, changesAll)} <small>of ${changesAll} merged pull requests have a record</small></p>${table(
    ["Repository", "Merged PRs", "With a record", "Coverage", "mandate required"],
    d.coverage.repositories.map((r) => [
      esc(r.repository),
      String(r.changes),
      String(r.covered),
      pct(r.covered, r.changes),
      r.mandateRequired === null ? "unknown" : r.mandateRequired ? "yes" : '<strong class="bad">no</strong>'
    ])
  )}${d.coverage.repositories.some((r) => r.missing.length > 0) ? `<h3>Merged without a record</h3><ul>${d.coverage.repositories.flatMap((r) => r.missing).map(
    (c) => `<li><a href="${esc(c.url)}">${esc(c.repository)}#${c.number}</a> ${esc(c.title)} <small>merged ${esc(c.mergedAt)}</small></li>`
  ).join("")}</ul>` : ""}` : `<p>Not computed: ${esc(d.coverage.why ?? "")}. Run with a token to compare with every merged pull request.</p>`, gaps = [
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
    d.sample === null ? "" : `<section><h2>Sample (seed ${d.sample.seed})</h2>${table(
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

// src/evidence/report.ts
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
var ReportBuilder = class {
  constructor(period) {
    this.period = period;
  }
  period;
  index = [];
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
      decision: record.decision,
      pullRequest: record.pullRequest,
      headSha: record.headSha
    };
    this.index.push(ref2), this.decisions[record.decision]++;
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
  build(options = {}) {
    let changes = options.changes ?? null, repos = [...this.repositories].sort(), coverage = {
      computed: changes !== null,
      why: changes === null ? options.coverageWhy ?? "no token was given" : null,
      repositories: []
    }, byPull = /* @__PURE__ */ new Map(), bySha = /* @__PURE__ */ new Map();
    for (let ref2 of this.index) {
      if (ref2.pullRequest !== null) {
        let key2 = `${ref2.repository}#${ref2.pullRequest}`;
        byPull.set(key2, [...byPull.get(key2) ?? [], ref2]);
      }
      let key = `${ref2.repository}@${ref2.headSha}`;
      bySha.set(key, [...bySha.get(key) ?? [], ref2]);
    }
    let recordsOf = (change) => [
      ...byPull.get(`${change.repository}#${change.number}`) ?? [],
      ...change.mergeCommitSha === null ? [] : bySha.get(`${change.repository}@${change.mergeCommitSha}`) ?? []
    ];
    if (changes !== null) {
      let names = [.../* @__PURE__ */ new Set([...repos, ...changes.map((c) => c.repository)])].sort();
      for (let repository of names) {
        let mine = changes.filter((c) => c.repository === repository), missing = mine.filter((c) => recordsOf(c).length === 0), req = this.required.get(repository);
        coverage.repositories.push({
          repository,
          changes: mine.length,
          covered: mine.length - missing.length,
          missing,
          mandateRequired: req === void 0 || req.required + req.notRequired === 0 ? null : req.notRequired === 0
        });
      }
      coverage.repositories.sort(
        (a, b) => +(a.mandateRequired !== !1) - +(b.mandateRequired !== !1) || (a.repository < b.repository ? -1 : 1)
      );
    }
    let sample = null;
    if (options.sample) {
      let next = random(options.sample.seed), pool = [...changes !== null ? changes.map((c) => ({
        change: `${c.repository}#${c.number}`,
        records: recordsOf(c).map(plain)
      })) : this.index.map((ref2) => ({ change: ref2.subject, records: [plain(ref2)] }))], items = [];
      for (; items.length < options.sample.size && pool.length > 0; )
        items.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      sample = { seed: options.sample.seed, items };
    }
    let refsWhere = (keep) => this.index.filter(keep).slice(0, 5).map(plain), breakGlass = this.breakGlass.map((event) => ({
      ...event,
      followUpOpen: event.followUp !== null && this.openFollowUps.has(event.followUp)
    })), requiredCheck = [...this.required.values()].sort(
      (a, b) => a.repository < b.repository ? -1 : 1
    );
    return {
      period: {
        from: this.period.from.toISOString(),
        to: this.period.to.toISOString(),
        label: this.period.label
      },
      generatedAt: (options.now ?? /* @__PURE__ */ new Date()).toISOString(),
      org: options.org ?? null,
      records: this.index.length,
      decisions: { ...this.decisions },
      perWeek: [...this.weeks].map(([week, counts]) => ({ week, ...counts })).sort((a, b) => a.week < b.week ? -1 : 1),
      blockedByProvider: [...this.providers].map(([provider, count]) => ({ provider, count })).sort((a, b) => b.count - a.count || (a.provider < b.provider ? -1 : 1)),
      reviews: {
        requirements: Object.fromEntries([...this.requirementStatus].sort()),
        approvers: [...this.approvers].map(([user, count]) => ({ user, count })).sort((a, b) => b.count - a.count || (a.user < b.user ? -1 : 1))
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
          id: "A.5.4-require",
          title: "Management requires the policy to be applied",
          asks: "Management requires all personnel to apply information security in accordance with the established policy.",
          shows: [
            `${this.versions.size} policy version(s) in force, each with its hash and the commit it came from.`,
            `The mandate check was required on ${requiredCheck.reduce((n, r) => n + r.required, 0)} of ${this.index.length} judged changes (${requiredCheck.reduce((n, r) => n + r.unreadable, 0)} where the token could not read the protection).`
          ],
          refs: refsWhere(() => !0)
        },
        {
          id: "A.5.4-aware",
          title: "Personnel are aware of the policy",
          asks: "Personnel are briefed on their roles and the policy before and while they work.",
          shows: [
            `Every judged change got its decision with reasons and what would unblock it: ${this.decisions.block} blocked change(s) told their authors why.`
          ],
          refs: refsWhere((ref2) => ref2.decision === "block")
        },
        {
          id: "A.5.4-enforce",
          title: "The policy is enforced",
          asks: "Management ensures the policy is applied, and exceptions are authorised and reviewed.",
          shows: [
            coverage.computed ? `${coverage.repositories.reduce((n, r) => n + r.covered, 0)} of ${coverage.repositories.reduce((n, r) => n + r.changes, 0)} merged pull requests have a record.` : `Coverage against merged pull requests was not computed: ${coverage.why}.`,
            `${breakGlass.length} break-glass use(s), each with its reason, approver and follow-up.`,
            `${this.pushGaps.length} push(es) to a branch without a record; ${this.runGaps.length} run(s) that could not write their record.`
          ],
          refs: refsWhere((ref2) => ref2.decision === "block")
        }
      ]
    };
  }
};
function plain(ref2) {
  return {
    repository: ref2.repository,
    file: ref2.file,
    line: ref2.line,
    time: ref2.time,
    subject: ref2.subject,
    decision: ref2.decision
  };
}

// src/evidence/statement.ts
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

// src/cli/evidence.ts
async function git(args, cwd) {
  let result = await runGit(args, cwd);
  return result.code === 0 ? result.stdout.toString("utf8").trim() : null;
}
function repositoryFromRemote(url) {
  return /(?:github\.com[:/]|^[\w.-]+@[\w.-]+:|\/\/[^/]+\/)([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url)?.[1] ?? null;
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
  let configFile = options.config !== void 0 ? resolve(options.config) : CONFIG_FILES.map((name) => join(options.policyDir, name)).find((file) => existsSync(file)), configBytes = configFile !== void 0 && existsSync(configFile) ? await readFile(configFile) : null, ref2 = await git(["symbolic-ref", "-q", "HEAD"], root), record = buildEvidence({
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
    config: {
      path: configBytes === null ? null : configFile ?? null,
      sha256: configBytes === null ? null : sha256Hex(configBytes),
      commit: headSha,
      source: configBytes === null ? "defaults" : "base-commit",
      changedByChange: !1,
      changedFiles: [],
      central: []
    },
    result,
    annotations: "none",
    notes: [
      "Recorded by the CLI (`mandate check --evidence-ledger`): no pull request, reviews or branch protection are known here."
    ],
    protection: {
      readable: !1,
      branch: ref2,
      reason: "The CLI does not read branch protection; the Action records it."
    }
  }), { appendLocal } = await import("./local-store-GQWYG4ID.js"), appended = await appendLocal(resolve(options.dir), repository, record.time, {
    statement: toStatement(record)
  });
  return `mandate: evidence record ${appended.head.seq} appended to ${join(options.dir, appended.path)}.`;
}
async function readLedger(from) {
  if (existsSync(from) && statSync(from).isDirectory()) {
    let { readLedgerDir } = await import("./local-store-GQWYG4ID.js");
    return { files: await readLedgerDir(from), client: await optionalClient() };
  }
  let match = /^([\w.-]+)\/([\w.-]+)(?:@(.+))?$/.exec(from);
  if (match === null)
    throw new MandateError(`${from} is neither a folder nor owner/repo[@branch].`, {
      hint: "Name a ledger folder (a clone of the mandate-evidence branch) or a repository."
    });
  let client = await optionalClient();
  if (client === null)
    throw new MandateError(`reading the ledger of ${match[1]}/${match[2]} needs a token.`, {
      hint: "Set GITHUB_TOKEN (read access to the repository), or clone the mandate-evidence branch and name the folder."
    });
  let { readLedgerViaApi } = await import("./github-store-5PJHBDWZ.js");
  return { files: await readLedgerViaApi(client, {
    owner: match[1],
    repo: match[2],
    ...match[3] === void 0 ? {} : { branch: match[3] }
  }), client };
}
async function optionalClient() {
  let token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  if (!token) return null;
  let { createClient } = await import("./client-Y3L6Q5DV.js");
  return createClient(token, {
    baseUrl: process.env.GITHUB_API_URL ?? "https://api.github.com",
    scale: 1,
    onNote: (sentence) => process.stderr.write(`mandate: ${sentence}
`)
  });
}
async function runEvidenceVerify(dir, flags) {
  let from = flags.from ?? dir ?? ".", { files, client } = await readLedger(from);
  if (files.length === 0)
    return process.stderr.write(
      `mandate: no ledger files (<owner>/<repo>/<YYYY>/<YYYY-MM>.jsonl) in ${from}.
`
    ), 1;
  let { verifyLedger, readAnchors } = await import("./verify-JZRP5NAA.js"), anchors = client === null || !flags.anchors ? null : {
    async anchors(repository, headSha) {
      let [owner, repo] = repository.split("/");
      return ((await client.request(
        "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
        { owner, repo, ref: headSha, check_name: "mandate", per_page: 100 }
      )).data.check_runs ?? []).flatMap((run) => readAnchors(run.output?.summary ?? ""));
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
  return anchors === null ? process.stdout.write(
    `Check-run anchors not compared (set GITHUB_TOKEN to compare each record with its mandate check run); the last record of a stream is only protected by its anchor.
`
  ) : process.stdout.write(`${report.anchored} record(s) matched their check run's anchor.
`), report.breaks.length === 0 ? 0 : 1;
}
async function runEvidenceReport(flags) {
  let period;
  try {
    period = parsePeriod(flags.period);
  } catch (error) {
    throw new MandateError(`--period: ${error.message}`, {
      hint: "Write it as 2026-01-01..2026-12-31 (whole days, UTC)."
    });
  }
  let from = flags.from ?? ".", builder = new ReportBuilder(period), client, repositories;
  if (existsSync(from) && statSync(from).isDirectory()) {
    let { listLedgerDir } = await import("./local-store-GQWYG4ID.js"), paths = await listLedgerDir(from), streams = groupStreams(paths.map((path) => ({ path, text: "" })));
    for (let [repository, streamFiles] of streams)
      for (let { path } of streamFiles) {
        if (!monthOverlaps(path, period)) continue;
        let text2 = await readFile(join(from, ...path.split("/")), "utf8");
        builder.addFile(repository, path, text2);
      }
    repositories = [...streams.keys()], client = await optionalClient();
  } else {
    let ledger = await readLedger(from), streams = groupStreams(ledger.files);
    for (let [repository, streamFiles] of streams)
      for (let file of streamFiles) builder.addFile(repository, file.path, file.text);
    repositories = [...streams.keys()], client = ledger.client;
  }
  let changes = null, coverageWhy = "no token was given (set GITHUB_TOKEN)";
  if (client !== null) {
    let population = flags.org ? await listOrgRepositories(client, flags.org) : repositories;
    changes = [];
    for (let repository of population)
      changes.push(...await listMergedPulls(client, repository, period.from, period.to));
    coverageWhy = "";
  }
  let data = builder.build({
    org: flags.org ?? null,
    changes,
    coverageWhy,
    sample: flags.sample === void 0 ? null : { size: flags.sample, seed: flags.seed ?? 1 }
  }), text = renderReport(data, flags.format);
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
async function pages(client, route, params, stop = () => !1) {
  let out = [];
  for (let page = 1; ; page++) {
    let response = await client.request(route, { ...params, per_page: 100, page }), items = Array.isArray(response.data) ? response.data : [];
    if (out.push(...items), items.length < 100 || items.some(stop)) return out;
  }
}
async function listOrgRepositories(client, org) {
  return (await pages(
    client,
    "GET /orgs/{org}/repos",
    { org, type: "all" }
  )).filter((r) => !r.archived).map((r) => r.full_name).sort();
}
async function listMergedPulls(client, repository, from, to) {
  let [owner, repo] = repository.split("/");
  return (await pages(
    client,
    "GET /repos/{owner}/{repo}/pulls",
    { owner, repo, state: "closed", sort: "updated", direction: "desc" },
    (pull) => Date.parse(pull.updated_at) < from.getTime()
  )).filter((pull) => {
    if (pull.merged_at === null) return !1;
    let merged = Date.parse(pull.merged_at);
    return merged >= from.getTime() && merged < to.getTime();
  }).map((pull) => ({
    repository,
    number: pull.number,
    mergedAt: pull.merged_at,
    mergeCommitSha: pull.merge_commit_sha,
    url: pull.html_url,
    title: pull.title
  })).sort((a, b) => a.number - b.number);
}
export {
  appendScanEvidence,
  listMergedPulls,
  listOrgRepositories,
  repositoryFromRemote,
  runEvidenceReport,
  runEvidenceVerify
};
