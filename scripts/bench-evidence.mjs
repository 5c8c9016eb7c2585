// The evidence report's benchmark part (scripts/bench.mjs --evidence-only, or alone:
// `node scripts/bench-evidence.mjs [--records-per-month 2000] [--scale 4]`): writes a
// hash-chained ledger of 12 months × N records (realistic Statements: findings, reviews,
// protection), then times `mandate evidence report --format html` over the year and over one
// quarter, and over a year of a ledger `scale` times larger, with each run's peak memory
// (maxRSS), to show the time is seconds and the memory flat in the number of records.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sha1 = (text) => createHash('sha1').update(text).digest('hex');
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

function statement(i, time) {
  const head = sha1(`head ${i}`);
  const block = i % 9 === 0;
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: `acme/app@pull/${i}`, digest: { gitCommit: head } }],
    predicateType: 'https://mandate.dev/evidence/v1',
    predicate: {
      $schema:
        'https://raw.githubusercontent.com/mandate-dev/mandate/main/schema/evidence.schema.json',
      version: 1,
      tool: { name: 'mandate', version: '0.1.0' },
      repository: 'acme/app',
      event: 'pull_request',
      pullRequest: i,
      ref: `feature-${i}`,
      baseSha: sha1(`base ${i}`),
      headSha: head,
      actor: `dev${i % 40}`,
      time,
      runUrl: `https://github.com/acme/app/actions/runs/${i}`,
      config: {
        path: '.mandate.yml',
        sha256: sha256(`config ${Math.floor(i / 5000)}`),
        commit: sha1(`base ${i}`),
        source: 'base-commit',
        changedByChange: false,
        changedFiles: [],
        central: [],
      },
      rules: ['secret/aws-access-key', 'secret/github-pat', 'secret/stripe-secret-key'],
      scan: {
        scope: 'pull-request',
        description: `pull request #${i}`,
        files: 12,
        lines: 340,
        skipped: {},
      },
      findings: block
        ? [
            {
              ruleId: ['secret/aws-access-key', 'secret/github-pat'][i % 2],
              severity: 'critical',
              path: 'config/app.env',
              line: 3,
              redacted: 'AKIA…(20)',
              fingerprint: sha256(`fp ${i}`).slice(0, 32),
              blocking: true,
            },
          ]
        : [],
      decision: block ? 'block' : 'pass',
      reasons: block ? ['1 blocking finding at or above high.'] : [],
      unblock: [],
      annotations: 'checks',
      notes: [],
      reviews: {
        requirements: [
          {
            ruleId: 'review/security-team',
            origin: '.mandate.yml',
            status: i % 4 === 0 ? 'satisfied' : 'not-triggered',
            required: { teams: ['acme/security'], users: [], count: 1 },
            triggers: [],
            approvals:
              i % 4 === 0
                ? [{ user: `sec${i % 3}`, commitId: head, submittedAt: time, counted: true }]
                : [],
            changesRequestedBy: [],
            configErrors: [],
          },
        ],
        breakGlass: null,
        refusedBreakGlass: [],
        openFollowUps: [],
      },
      rulesVersion: '0.1.0+rules.0123456789ab',
      protection: {
        readable: true,
        branch: 'main',
        requiredChecks: ['mandate'],
        rulesets: [],
        mandateRequired: true,
      },
    },
  };
}

/** Writes the ledger; returns its folder. */
export function writeLedger(dir, perMonth) {
  let prev = null;
  let seq = 0;
  for (let month = 0; month < 12; month++) {
    const lines = [];
    for (let k = 0; k < perMonth; k++) {
      seq++;
      const t = new Date(Date.UTC(2026, month, 1) + Math.floor((k * 27 * 86_400_000) / perMonth));
      const line = JSON.stringify({ seq, prev, statement: statement(seq, t.toISOString()) });
      prev = sha256(line);
      lines.push(line);
    }
    const file = join(
      dir,
      'acme',
      'app',
      '2026',
      `2026-${String(month + 1).padStart(2, '0')}.jsonl`,
    );
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${lines.join('\n')}\n`);
  }
  return seq;
}

const PRELOAD =
  "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nmaxrss '+u.maxRSS+' cpu '+(u.userCPUTime+u.systemCPUTime)+'\\n')})";

function timeReport(cli, dir, period, output) {
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      PRELOAD,
      cli,
      'evidence',
      'report',
      '--from',
      dir,
      '--period',
      period,
      '--format',
      'html',
      '--output',
      output,
    ],
    { encoding: 'utf8' },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`evidence report failed: ${run.stderr}`);
  const usage = /maxrss (\d+) cpu (\d+)/.exec(run.stderr);
  return { ms, rssMb: Number(usage?.[1] ?? 0) / 1024, cpuMs: Number(usage?.[2] ?? 0) / 1000 };
}

export function benchEvidence(options = {}) {
  const perMonth = options.perMonth ?? 2000;
  // A second, larger ledger (scale × the records) shows whether memory grows with the records.
  const scale = options.scale ?? 4;
  const cli = options.cli ?? join(root, 'dist/cli.js');
  const dir = mkdtempSync(join(os.tmpdir(), 'mandate-bench-ledger-'));
  try {
    const records = writeLedger(join(dir, 'ledger'), perMonth);
    const year = timeReport(
      cli,
      join(dir, 'ledger'),
      '2026-01-01..2026-12-31',
      join(dir, 'year.html'),
    );
    const quarter = timeReport(
      cli,
      join(dir, 'ledger'),
      '2026-01-01..2026-03-31',
      join(dir, 'q.html'),
    );
    let larger = null;
    if (scale > 1) {
      rmSync(join(dir, 'ledger'), { recursive: true, force: true });
      const count = writeLedger(join(dir, 'large'), perMonth * scale);
      larger = {
        records: count,
        ...timeReport(cli, join(dir, 'large'), '2026-01-01..2026-12-31', join(dir, 'large.html')),
      };
    }
    return { records, perMonth, year, quarter, scale, larger };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : Number(process.argv[at + 1]);
  };
  const perMonth = arg('--records-per-month');
  const scale = arg('--scale');
  const result = benchEvidence({
    ...(perMonth === undefined ? {} : { perMonth }),
    ...(scale === undefined ? {} : { scale }),
  });
  const line = (r) =>
    `${(r.ms / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU, ${r.rssMb.toFixed(0)} MB peak`;
  process.stdout.write(
    `evidence report, ${result.records} records (12 months × ${result.perMonth}): year ${line(result.year)}; one quarter ${line(result.quarter)}${
      result.larger === null
        ? ''
        : `; ${result.scale}× the records (${result.larger.records}), a year: ${line(result.larger)}`
    }\n`,
  );
}
