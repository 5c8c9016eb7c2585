/**
 * The auditor's report as JSON, Markdown or one self-contained HTML page: inline CSS and SVG,
 * a Content-Security-Policy that forbids every request, and print rules for A4.
 *
 * Long because the HTML page carries its own CSS, SVG chart and print rules inline (it may make
 * no request), beside the Markdown rendering of the same sections.
 */
import { changeName, type RecordRef, type ReportData } from './report.js';

export type ReportFormat = 'json' | 'markdown' | 'html';

export function renderReport(data: ReportData, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  if (format === 'markdown') return renderMarkdown(data);
  return renderHtml(data);
}

function ref(r: RecordRef): string {
  return `${r.file}:${r.line}`;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((1000 * part) / whole) / 10} %`;
}

function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

function renderMarkdown(d: ReportData): string {
  const out: string[] = [
    `# Evidence report${d.org === null ? '' : ` for ${md(d.org)}`}: ${md(d.period.label)}`,
    '',
    `Period ${d.period.from} (included) to ${d.period.to} (excluded). Generated ${d.generatedAt} by \`mandate evidence report\`.`,
    '',
    `**${d.records} judged changes**: ${d.decisions.pass} passed, ${d.decisions.block} blocked.`,
    '',
    '## Coverage',
    '',
  ];
  if (!d.coverage.computed) {
    out.push(
      `Not computed: ${md(d.coverage.why ?? '')}. Run with a token to compare with every merged pull request and push to the default branch.`,
      '',
    );
  } else {
    out.push(
      '| Repository | Merged pull requests (with a record) | Direct pushes (with a record) | Coverage | mandate required |',
      '|---|---:|---:|---:|---|',
    );
    for (const r of d.coverage.repositories) {
      out.push(
        `| ${md(r.repository)} | ${r.pullRequests.changes} (${r.pullRequests.covered}) | ${r.pushes.changes} (${r.pushes.covered}) | ${pct(r.covered, r.changes)} | ${r.mandateRequired === false ? '**no**' : r.records === 0 ? '**never ran**' : r.mandateRequired ? 'yes' : 'unknown'} |`,
      );
    }
    out.push('');
    const missing = d.coverage.repositories.flatMap((r) => r.missing);
    if (missing.length > 0) {
      out.push('Landed without a record:', '');
      for (const c of missing)
        out.push(
          `- [${md(changeName(c))}](${c.url}) ${md(c.title)} (${c.kind === 'push' ? 'pushed' : 'merged'} ${c.mergedAt})`,
        );
      out.push('');
    }
  }
  for (const gap of d.pushGaps) {
    out.push(
      `- Push gap in ${md(gap.repository)}: commits ${gap.after.slice(0, 7)}..${gap.before.slice(0, 7)} were pushed without a run (next record ${gap.record}).`,
    );
  }
  for (const gap of d.runGaps) {
    out.push(
      `- ${md(gap.subject)} at ${gap.time}: the run could not write its record (kept in its job summary and artifact${gap.runUrl === null ? '' : `: ${gap.runUrl}`}).`,
    );
  }
  out.push('', '## Decisions per week', '', '| Week of | Passed | Blocked |', '|---|---:|---:|');
  for (const w of d.perWeek) out.push(`| ${w.week} | ${w.pass} | ${w.block} |`);
  out.push('', '## Secrets stopped, by provider', '');
  if (d.blockedByProvider.length === 0) out.push('None in the period.');
  for (const p of d.blockedByProvider) out.push(`- ${md(p.provider)}: ${p.count}`);
  out.push('', '## Required reviews', '');
  const statuses = Object.entries(d.reviews.requirements);
  out.push(
    statuses.length === 0
      ? 'No review requirement was triggered.'
      : statuses.map(([s, n]) => `${s}: ${n}`).join(', '),
  );
  if (d.reviews.approvers.length > 0) {
    out.push('', 'Approvals that counted, by reviewer:', '');
    for (const a of d.reviews.approvers) out.push(`- @${md(a.user)}: ${a.count}`);
  }
  out.push('', '## Break-glass', '');
  if (d.breakGlass.length === 0) out.push('No break-glass in the period.');
  for (const b of d.breakGlass) {
    out.push(
      `- ${md(b.repository)}${b.pullRequest === null ? '' : `#${b.pullRequest}`} by @${md(b.by)} at ${b.at}: "${md(b.reason)}"; waived ${b.waived.map(md).join(', ') || 'nothing'}; follow-up ${b.followUp === null ? 'none' : `${b.followUp} (${b.followUpOpen ? 'open' : 'closed'})`}; record ${b.record}`,
    );
  }
  out.push(
    '',
    '## Policy versions in force',
    '',
    '| Repository | Config | SHA-256 | First seen | Last seen | Records |',
    '|---|---|---|---|---|---:|',
  );
  for (const v of d.policyVersions) {
    out.push(
      `| ${md(v.repository)} | ${md(v.path ?? 'built-in defaults')} | ${v.sha256?.slice(0, 12) ?? '–'} | ${v.firstSeen} | ${v.lastSeen} | ${v.records} |`,
    );
  }
  out.push('', '## Policy register', '');
  if (d.policyRegister.documents.length > 0) {
    out.push(
      '| Repository | Policy | Owner | Last reviewed | Interval | Next due | Status | As of (record) |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const p of d.policyRegister.documents) {
      out.push(
        `| ${md(p.repository)} | ${md(p.title)} (${md(p.path)}) | ${md(p.owner ?? '–')} | ${p.lastReviewed ?? '–'} | ${md(p.reviewInterval ?? '–')} | ${p.due ?? '–'} | ${registerStatus(p)} | ${p.asOf} (${md(p.record)}) |`,
      );
    }
  }
  for (const repository of d.policyRegister.missing) {
    out.push(
      `- ${md(repository)}: no record of the period carries the policy register (the Action's scheduled run records it).`,
    );
  }
  out.push(
    '',
    '## Required check',
    '',
    '| Repository | Required | Not required | Not readable | Last not required |',
    '|---|---:|---:|---:|---|',
  );
  for (const r of d.requiredCheck) {
    out.push(
      `| ${md(r.repository)} | ${r.required} | ${r.notRequired} | ${r.unreadable} | ${r.lastNotRequired ?? '–'} |`,
    );
  }
  out.push('', '## ISO 27001:2022 A 5.4, requirement by requirement', '');
  for (const q of d.requirements) {
    out.push(`### ${md(q.title)}`, '', `*Asks:* ${md(q.asks)}`, '');
    for (const s of q.shows) out.push(`- ${md(s)}`);
    if (q.refs.length > 0) out.push(`- Records: ${q.refs.map(ref).join(', ')}`);
    out.push('');
  }
  if (d.sample !== null) {
    out.push(`## Sample (seed ${d.sample.seed})`, '', sampleLine(d.sample), '');
    for (const item of d.sample.items) {
      out.push(
        `- ${md(item.change)}: ${item.records.length === 0 ? '**no record**' : item.records.map((r) => `${r.decision} (${ref(r)})`).join(', ')}`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function registerStatus(p: ReportData['policyRegister']['documents'][number]): string {
  const status = p.status === 'due-soon' ? 'due soon' : p.status;
  return p.overdueAtEnd && p.status !== 'stale' ? `${status}; overdue by the period's end` : status;
}

function sampleLine(sample: NonNullable<ReportData['sample']>): string {
  return `${sample.items.length} drawn at random from ${sample.size} ${sample.population === 'changes' ? 'changes the API lists (merged pull requests and direct pushes)' : 'records (no token: the changes without a record are not in this population)'}; the same seed over the same population draws the same sample.`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A stacked bar chart of decisions per week, as inline SVG. */
function weekChart(d: ReportData): string {
  const weeks = d.perWeek;
  if (weeks.length === 0) return '<p>No judged change in the period.</p>';
  const width = 680;
  const height = 160;
  const max = Math.max(...weeks.map((w) => w.pass + w.block), 1);
  const bar = width / weeks.length;
  const bars = weeks
    .map((w, i) => {
      const hp = (w.pass / max) * (height - 20);
      const hb = (w.block / max) * (height - 20);
      const x = (i * bar + 1).toFixed(1);
      const bw = Math.max(bar - 2, 1).toFixed(1);
      return `<g><title>${esc(w.week)}: ${w.pass} passed, ${w.block} blocked</title><rect x="${x}" y="${(height - hp).toFixed(1)}" width="${bw}" height="${hp.toFixed(1)}" fill="#2e7d32"/><rect x="${x}" y="${(height - hp - hb).toFixed(1)}" width="${bw}" height="${hb.toFixed(1)}" fill="#c62828"/></g>`;
    })
    .join('');
  return `<svg role="img" aria-label="Decisions per week" viewBox="0 0 ${width} ${height}" width="100%" height="${height}">${bars}</svg><p class="legend"><span class="pass">■</span> passed <span class="block">■</span> blocked · ${esc(weeks[0]!.week)} – ${esc(weeks.at(-1)!.week)}</p>`;
}

function table(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p>None in the period.</p>';
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function renderHtml(d: ReportData): string {
  const title = `Evidence report${d.org === null ? '' : ` for ${d.org}`}: ${d.period.label}`;
  const coveredAll = d.coverage.repositories.reduce((n, r) => n + r.covered, 0);
  const changesAll = d.coverage.repositories.reduce((n, r) => n + r.changes, 0);
  const coverage = d.coverage.computed
    ? `<p class="big">${pct(coveredAll, changesAll)} <small>of ${changesAll} merged pull requests and direct pushes have a record</small></p>${table(
        [
          'Repository',
          'Merged PRs',
          'With a record',
          'Direct pushes',
          'With a record',
          'Coverage',
          'mandate required',
        ],
        d.coverage.repositories.map((r) => [
          esc(r.repository),
          String(r.pullRequests.changes),
          String(r.pullRequests.covered),
          String(r.pushes.changes),
          String(r.pushes.covered),
          pct(r.covered, r.changes),
          r.mandateRequired === false
            ? '<strong class="bad">no</strong>'
            : r.records === 0
              ? '<strong class="bad">never ran</strong>'
              : r.mandateRequired
                ? 'yes'
                : 'unknown',
        ]),
      )}${
        d.coverage.repositories.some((r) => r.missing.length > 0)
          ? `<h3>Landed without a record</h3><ul>${d.coverage.repositories
              .flatMap((r) => r.missing)
              .map(
                (c) =>
                  `<li><a href="${esc(c.url)}">${esc(changeName(c))}</a> ${esc(c.title)} <small>${c.kind === 'push' ? 'pushed' : 'merged'} ${esc(c.mergedAt)}</small></li>`,
              )
              .join('')}</ul>`
          : ''
      }`
    : `<p>Not computed: ${esc(d.coverage.why ?? '')}. Run with a token to compare with every merged pull request and push to the default branch.</p>`;
  const gaps = [
    ...d.pushGaps.map(
      (g) =>
        `<li>${esc(g.repository)}: commits ${esc(g.after.slice(0, 7))}..${esc(g.before.slice(0, 7))} pushed without a run (next record <code>${esc(g.record)}</code>)</li>`,
    ),
    ...d.runGaps.map(
      (g) =>
        `<li>${esc(g.subject)} at ${esc(g.time)}: the run could not write its record (job summary and artifact)</li>`,
    ),
  ];
  const body = [
    `<header><h1>${esc(title)}</h1><p>From ${esc(d.period.from)} (included) to ${esc(d.period.to)} (excluded). Generated ${esc(d.generatedAt)} by <code>mandate evidence report</code> from the hash-chained ledger; verify it with <code>mandate evidence verify</code>.</p></header>`,
    `<section class="cards"><div><b>${d.records}</b>judged changes</div><div><b>${d.decisions.pass}</b>passed</div><div><b>${d.decisions.block}</b>blocked</div><div><b>${d.breakGlass.length}</b>break-glass</div></section>`,
    `<section><h2>Coverage</h2>${coverage}${gaps.length === 0 ? '' : `<h3>Gaps</h3><ul>${gaps.join('')}</ul>`}</section>`,
    `<section><h2>Decisions per week</h2>${weekChart(d)}</section>`,
    `<section><h2>Secrets stopped, by provider</h2>${table(
      ['Provider', 'Blocked'],
      d.blockedByProvider.map((p) => [esc(p.provider), String(p.count)]),
    )}</section>`,
    `<section><h2>Required reviews</h2>${table(
      ['Status', 'Requirements'],
      Object.entries(d.reviews.requirements).map(([s, n]) => [esc(s), String(n)]),
    )}${table(
      ['Reviewer', 'Approvals that counted'],
      d.reviews.approvers.map((a) => [`@${esc(a.user)}`, String(a.count)]),
    )}</section>`,
    `<section><h2>Break-glass</h2>${table(
      ['Change', 'By', 'At', 'Reason', 'Waived', 'Follow-up', 'Record'],
      d.breakGlass.map((b) => [
        `${esc(b.repository)}${b.pullRequest === null ? '' : `#${b.pullRequest}`}`,
        `@${esc(b.by)}`,
        esc(b.at),
        esc(b.reason),
        esc(b.waived.join(', ')),
        b.followUp === null
          ? '<strong class="bad">none</strong>'
          : `<a href="${esc(b.followUp)}">${b.followUpOpen ? 'open' : 'closed'}</a>`,
        `<code>${esc(b.record)}</code>`,
      ]),
    )}</section>`,
    `<section><h2>Policy versions in force</h2>${table(
      ['Repository', 'Config', 'SHA-256', 'First seen', 'Last seen', 'Records'],
      d.policyVersions.map((v) => [
        esc(v.repository),
        esc(v.path ?? 'built-in defaults'),
        `<code>${esc(v.sha256?.slice(0, 12) ?? '–')}</code>`,
        esc(v.firstSeen),
        esc(v.lastSeen),
        String(v.records),
      ]),
    )}</section>`,
    `<section><h2>Policy register</h2>${table(
      ['Repository', 'Policy', 'Owner', 'Last reviewed', 'Interval', 'Next due', 'Status', 'As of'],
      d.policyRegister.documents.map((p) => [
        esc(p.repository),
        `${esc(p.title)}<br><code>${esc(p.path)}</code>`,
        esc(p.owner ?? '–'),
        esc(p.lastReviewed ?? '–'),
        esc(p.reviewInterval ?? '–'),
        esc(p.due ?? '–'),
        p.status === 'fresh' && !p.overdueAtEnd
          ? esc(registerStatus(p))
          : `<strong class="bad">${esc(registerStatus(p))}</strong>`,
        `${esc(p.asOf)} <code>${esc(p.record)}</code>`,
      ]),
    )}${
      d.policyRegister.missing.length === 0
        ? ''
        : `<p>No record of the period carries the policy register of ${d.policyRegister.missing.map(esc).join(', ')} (the Action's scheduled run records it).</p>`
    }</section>`,
    `<section><h2>Required check</h2>${table(
      ['Repository', 'Required', 'Not required', 'Not readable', 'Last not required'],
      d.requiredCheck.map((r) => [
        esc(r.repository),
        String(r.required),
        r.notRequired === 0 ? '0' : `<strong class="bad">${r.notRequired}</strong>`,
        String(r.unreadable),
        esc(r.lastNotRequired ?? '–'),
      ]),
    )}</section>`,
    `<section><h2>ISO 27001:2022 A 5.4, requirement by requirement</h2>${d.requirements
      .map(
        (q) =>
          `<article><h3>${esc(q.title)}</h3><p class="asks">${esc(q.asks)}</p><ul>${q.shows.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>${
            q.refs.length === 0
              ? ''
              : `<p>Records: ${q.refs.map((r) => `<code>${esc(`${r.file}:${r.line}`)}</code>`).join(' ')}</p>`
          }</article>`,
      )
      .join('')}</section>`,
    d.sample === null
      ? ''
      : `<section><h2>Sample (seed ${d.sample.seed})</h2><p>${esc(sampleLine(d.sample))}</p>${table(
          ['Change', 'Records'],
          d.sample.items.map((i) => [
            esc(i.change),
            i.records.length === 0
              ? '<strong class="bad">no record</strong>'
              : i.records
                  .map((r) => `${esc(r.decision)} <code>${esc(`${r.file}:${r.line}`)}</code>`)
                  .join('<br>'),
          ]),
        )}</section>`,
  ].join('\n');
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
