/**
 * The evidence commands, loaded only when used (`mandate check --staged` never pays for them):
 * `mandate check --evidence-ledger DIR` appends the run's record to a local ledger;
 * `mandate evidence verify` checks a ledger's chain, schema and (with a token) check-run
 * anchors; `mandate evidence report` renders a period for an auditor.
 *
 * The population a report compares against is listed by src/github/changes.ts.
 *
 * Long because the three commands share the ledger reading, the ledger target and the optional
 * GitHub client.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILES } from '../config/load.js';
import { MandateError } from '../core/errors.js';
import type { PolicyEntry } from '../core/policy/types.js';
import { sha256Hex } from '../core/sha256.js';
import type { ScanResult } from '../core/types.js';
import { groupStreams, type LedgerFile, parseLedgerTarget } from '../evidence/chain.js';
import { buildEvidence } from '../evidence/record.js';
import { type ReportFormat, renderReport } from '../evidence/render.js';
import { type Change, parsePeriod, ReportBuilder } from '../evidence/report.js';
import { toStatement } from '../evidence/statement.js';
import { apiBaseUrl, findToken } from '../github/access.js';
import { listDirectPushes, listMergedPulls, listOrgRepositories } from '../github/changes.js';
import { isObject, pages as listPages, malformedResponse } from '../github/rest.js';
import { findRepoRoot, runGit } from '../sources/git.js';
import type { GitHubRest } from '../sources/github.js';
import { VERSION } from './version.js';

/** A page of `GET …/check-runs`: `{ total_count, check_runs: [...] }`. */
function checkRunList<T>(data: unknown, call: string): T[] {
  if (isObject(data) && Array.isArray(data.check_runs)) return data.check_runs as T[];
  throw malformedResponse(call, 'a list of check runs', data);
}

async function git(args: string[], cwd: string): Promise<string | null> {
  const result = await runGit(args, cwd);
  return result.code === 0 ? result.stdout.toString('utf8').trim() : null;
}

/** `owner/repo` from the `origin` remote (GitHub HTTPS or SSH URL), or null. */
export function repositoryFromRemote(url: string): string | null {
  const match =
    /(?:github\.com[:/]|^[\w.-]+@[\w.-]+:|\/\/[^/]+\/)([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return match?.[1] ?? null;
}

/**
 * What the record says of the config that judged: its hash (of the bytes that were applied)
 * and where they came from — `base-commit` only when they are the file as committed at
 * `commit`; `working-tree` when the file has uncommitted edits, is not committed, or lies
 * outside the repository.
 */
export async function configAsCommitted(
  root: string,
  headSha: string,
  file: string | null,
  bytes: Buffer | null,
): Promise<{
  path: string | null;
  sha256: string | null;
  commit: string;
  source: 'base-commit' | 'working-tree' | 'defaults';
}> {
  if (file === null || bytes === null) {
    return { path: null, sha256: null, commit: headSha, source: 'defaults' };
  }
  const inside = relative(root, file);
  const path = inside === '' || inside.startsWith('..') || isAbsolute(inside) ? null : inside;
  const committed =
    path === null ? null : await runGit(['show', `${headSha}:${path.split(sep).join('/')}`], root);
  const same = committed !== null && committed.code === 0 && committed.stdout.equals(bytes);
  return {
    path: path === null ? file : path.split(sep).join('/'),
    sha256: sha256Hex(bytes),
    commit: headSha,
    source: same ? 'base-commit' : 'working-tree',
  };
}

/** `mandate check --evidence-ledger DIR`: the run's record, appended to DIR's chain. */
export async function appendScanEvidence(
  result: ScanResult,
  options: {
    dir: string;
    policyDir: string;
    config?: string;
    repository?: string;
    /** The policy register `mandate check` evaluated, recorded with the run. */
    policies?: readonly PolicyEntry[];
  },
): Promise<string> {
  const cwd = process.cwd();
  const root = (await findRepoRoot(cwd)) ?? cwd;
  const headSha = await git(['rev-parse', 'HEAD'], root);
  if (headSha === null || !/^[0-9a-f]{40}$/.test(headSha)) {
    throw new MandateError('--evidence-ledger needs a git repository with a commit to record.', {
      hint: 'Run it in the repository whose change you judge.',
    });
  }
  const remote = await git(['remote', 'get-url', 'origin'], root);
  const repository =
    options.repository ??
    process.env.GITHUB_REPOSITORY ??
    (remote === null ? null : repositoryFromRemote(remote));
  if (repository === null) {
    throw new MandateError('--evidence-ledger cannot tell which repository this is.', {
      hint: 'Set GITHUB_REPOSITORY=owner/repo, or add an `origin` remote.',
    });
  }
  const configFile =
    options.config !== undefined
      ? resolve(options.config)
      : CONFIG_FILES.map((name) => join(options.policyDir, name)).find((file) => existsSync(file));
  const configBytes =
    configFile !== undefined && existsSync(configFile) ? await readFile(configFile) : null;
  const ref = await git(['symbolic-ref', '-q', 'HEAD'], root);
  const config = await configAsCommitted(root, headSha, configFile ?? null, configBytes);
  const record = buildEvidence({
    version: VERSION,
    repository,
    event: process.env.CI ? 'ci' : 'local',
    pullRequest: null,
    ref,
    baseSha: null,
    headSha,
    actor: process.env.GITHUB_ACTOR ?? process.env.USER ?? 'unknown',
    now: new Date(),
    runUrl: null,
    config: { ...config, changedByChange: false, changedFiles: [], central: [] },
    result,
    annotations: 'none',
    notes: [
      'Recorded by the CLI (`mandate check --evidence-ledger`): no pull request, reviews or branch protection are known here.',
    ],
    protection: {
      readable: false,
      branch: ref,
      reason: 'The CLI does not read branch protection; the Action records it.',
    },
    ...(options.policies === undefined ? {} : { policies: options.policies }),
  });
  const { appendLocal } = await import('../evidence/local-store.js');
  const appended = await appendLocal(resolve(options.dir), repository, record.time, {
    statement: toStatement(record),
  });
  return `mandate: evidence record ${appended.head.seq} appended to ${join(options.dir, appended.path)}.`;
}

/** Where a ledger is read from: a folder, or `owner/repo[@branch]` through the API. */
async function readLedger(
  from: string,
): Promise<{ files: LedgerFile[]; client: GitHubRest | null }> {
  if (existsSync(from) && statSync(from).isDirectory()) {
    const { readLedgerDir } = await import('../evidence/local-store.js');
    return { files: await readLedgerDir(from), client: await optionalClient() };
  }
  const target = ledgerTarget(from);
  const client = await optionalClient();
  if (client === null) throw needsToken(target);
  const { readLedgerViaApi } = await import('../evidence/github-store.js');
  const files = await readLedgerViaApi(client, target);
  return { files, client };
}

/** `owner/repo[@branch]`: a ledger read through the API. */
function ledgerTarget(from: string): { owner: string; repo: string; branch?: string } {
  const target = parseLedgerTarget(from);
  if (target === null) {
    throw new MandateError(`${from} is neither a folder nor owner/repo[@branch].`, {
      hint: 'Name a ledger folder (a clone of the mandate-evidence branch) or a repository.',
    });
  }
  return target;
}

function needsToken(target: { owner: string; repo: string }): MandateError {
  return new MandateError(`reading the ledger of ${target.owner}/${target.repo} needs a token.`, {
    hint: 'Set GITHUB_TOKEN (read access to the repository) or run `gh auth login`, or clone the mandate-evidence branch and name the folder.',
  });
}

/** A client when a token is found (src/github/access.ts: the environment, else `gh auth token`). */
async function optionalClient(): Promise<GitHubRest | null> {
  const token = findToken(process.env);
  if (token === null) return null;
  const { createClient } = await import('../github/client.js');
  return createClient(token, {
    baseUrl: apiBaseUrl(process.env),
    scale: 1,
    onNote: (sentence) => process.stderr.write(`mandate: ${sentence}\n`),
  }) as unknown as GitHubRest;
}

export async function runEvidenceVerify(
  dir: string | undefined,
  flags: { from?: string; anchors: boolean; strict?: boolean; checkApp?: string[] },
): Promise<number> {
  const from = flags.from ?? dir ?? '.';
  // Any GitHub App with `checks: write` can name a check run `mandate`: only the app whose
  // token runs the Action writes anchors (README: "How to verify it").
  const apps = new Set(flags.checkApp ?? [DEFAULT_CHECK_APP]);
  const otherApps = new Set<string>();
  const { files, client } = await readLedger(from);
  if (files.length === 0) {
    process.stderr.write(
      `mandate: no ledger files (<owner>/<repo>/<YYYY>/<YYYY-MM>.jsonl) in ${from}.\n`,
    );
    return 1;
  }
  const { verifyLedger, readAnchors } = await import('../evidence/verify.js');
  const anchors =
    client === null || !flags.anchors
      ? null
      : {
          async anchors(repository: string, headSha: string): Promise<string[]> {
            const [owner, repo] = repository.split('/');
            const found: string[] = [];
            const listing = listPages<{
              app?: { slug?: string | null } | null;
              output?: { summary?: string | null } | null;
            }>(
              client,
              'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
              { owner, repo, ref: headSha, check_name: 'mandate' },
              { maxPages: 10, check: checkRunList },
            );
            for await (const runs of listing) {
              for (const run of runs) {
                const anchors = readAnchors(run.output?.summary ?? '');
                const app = run.app?.slug ?? '';
                if (apps.has(app)) found.push(...anchors);
                else if (anchors.length > 0) otherApps.add(app === '' ? '(unknown)' : app);
              }
            }
            return found;
          },
        };
  const report = await verifyLedger(files, anchors);
  for (const stream of report.streams) {
    const brk = report.breaks.find((b) => b.file.startsWith(`${stream.repository}/`));
    process.stdout.write(
      brk === undefined
        ? `✓ ${stream.repository}: ${stream.records} records${stream.gaps === 0 ? '' : ` and ${stream.gaps} gaps`}, chain intact, head ${stream.head?.digest.slice(0, 12) ?? '–'} (record ${stream.head?.seq ?? 0})\n`
        : `✗ ${stream.repository}: ${brk.file}:${brk.line}: ${brk.kind}: ${brk.message}\n`,
    );
  }
  const signed = report.signed.length;
  process.stdout.write(
    signed === 0
      ? 'No record carries a Sigstore bundle (signing is off, or the runs had no id-token: write).\n'
      : `${signed} of ${report.records} record(s) carry a Sigstore bundle whose DSSE payload is their Statement, byte for byte (the certificate chain and transparency log entry are not checked offline: use cosign or sigstore-js on the bundle for that).\n`,
  );
  for (const item of report.signed.slice(0, 20)) {
    process.stdout.write(`  signed: ${item.file}:${item.line}\n`);
  }
  if (signed > 20) process.stdout.write(`  … and ${signed - 20} more.\n`);
  if (anchors === null) {
    process.stdout.write(
      'Check-run anchors not compared (set GITHUB_TOKEN to compare each record with its mandate check run); the last record of a stream is only protected by its anchor.\n',
    );
    if (flags.strict) {
      process.stderr.write(
        'mandate: --strict needs the check-run anchors compared: set GITHUB_TOKEN (and leave out --no-anchors).\n',
      );
      return 1;
    }
  } else {
    process.stdout.write(
      `${report.anchored} record(s) matched their check run's anchor.\nAnchors were read from the mandate check runs of ${[...apps].join(', ')} (--check-app).\n`,
    );
    if (otherApps.size > 0) {
      process.stdout.write(
        `Anchors in mandate check runs of another app (${[...otherApps].join(', ')}) were not read: any app with checks: write can name a check run mandate. If the Action runs with that app's token, pass --check-app ${[...otherApps][0]}.\n`,
      );
    }
    const missing = report.unanchored;
    if (missing.length > 0) {
      process.stdout.write(
        `${missing.length} record(s) have no mandate check run with an anchor to compare with (a run that could not write its check run, a record written by the CLI, or a check run deleted): their hashes were not checked${flags.strict ? '' : ' (--strict fails on them)'}.\n`,
      );
      for (const item of missing) {
        process.stdout.write(`  ${item.file}:${item.line}: ${item.headSha.slice(0, 12)}\n`);
      }
      if (flags.strict) return 1;
    }
  }
  return report.breaks.length === 0 ? 0 : 1;
}

/** The app of the workflow token (GITHUB_TOKEN), whose check runs the Action creates by default. */
export const DEFAULT_CHECK_APP = 'github-actions';

export interface ReportFlags {
  period: string;
  from?: string;
  format: ReportFormat;
  output?: string;
  sample?: number;
  seed?: number;
  org?: string;
}

export async function runEvidenceReport(flags: ReportFlags): Promise<number> {
  let period: ReturnType<typeof parsePeriod>;
  try {
    period = parsePeriod(flags.period);
  } catch (error) {
    throw new MandateError(`--period: ${(error as Error).message}`, {
      hint: 'Write it as 2026-01-01..2026-12-31 (whole days, UTC).',
    });
  }
  const from = flags.from ?? '.';
  // The population comes first (from the API, with a token), so that the records then stream
  // through the builder keeping only aggregates, capped lists and the population's matches.
  const folder = existsSync(from) && statSync(from).isDirectory();
  let feed: (builder: ReportBuilder) => Promise<void>;
  let client: GitHubRest | null;
  let repositories: string[];
  if (folder) {
    // A folder is read one line at a time: memory stays flat however many records it holds.
    const { listLedgerDir } = await import('../evidence/local-store.js');
    const paths = await listLedgerDir(from);
    const streams = groupStreams(paths.map((path) => ({ path, text: '' })));
    repositories = [...streams.keys()];
    client = await optionalClient();
    feed = async (builder) => {
      const { createReadStream } = await import('node:fs');
      for (const [repository, streamFiles] of streams) {
        for (const { path } of streamFiles) {
          if (!monthOverlaps(path, period)) continue;
          const input = createReadStream(join(from, ...path.split('/')), {
            encoding: 'utf8',
            highWaterMark: 1 << 16,
          });
          try {
            await builder.addStream(repository, path, input);
          } finally {
            input.destroy();
          }
        }
      }
    };
  } else {
    // Through the API: the tree is listed once, then only the month files of the period are
    // fetched, one at a time.
    const target = ledgerTarget(from);
    client = await optionalClient();
    if (client === null) throw needsToken(target);
    const { listLedgerViaApi } = await import('../evidence/github-store.js');
    const listed = await listLedgerViaApi(client, target);
    const streams = groupStreams(listed.map((file) => ({ path: file.path, text: '' })));
    const readers = new Map(listed.map((file) => [file.path, file.read]));
    repositories = [...streams.keys()];
    feed = async (builder) => {
      for (const [repository, streamFiles] of streams) {
        for (const { path } of streamFiles) {
          if (!monthOverlaps(path, period)) continue;
          builder.addFile(repository, path, await readers.get(path)!());
        }
      }
    };
  }
  let changes: Change[] | null = null;
  let population: string[] = [];
  let coverageWhy = 'no token was given (set GITHUB_TOKEN)';
  if (client !== null) {
    population = flags.org ? await listOrgRepositories(client, flags.org) : repositories;
    changes = [];
    for (const repository of population) {
      const pulls = await listMergedPulls(client, repository, period.from, period.to);
      const merges = new Set(
        pulls.flatMap((p) => (p.mergeCommitSha === null ? [] : [p.mergeCommitSha])),
      );
      changes.push(
        ...pulls,
        ...(await listDirectPushes(client, repository, period.from, period.to, merges)),
      );
    }
    coverageWhy = '';
  }
  const builder = new ReportBuilder(period, {
    changes,
    repositories: population,
    sample: flags.sample === undefined ? null : { size: flags.sample, seed: flags.seed ?? 1 },
  });
  await feed(builder);
  const data = builder.build({ org: flags.org ?? null, coverageWhy });
  const text = renderReport(data, flags.format);
  if (flags.output) {
    const { mkdir, writeFile } = await import('node:fs/promises');
    const { dirname } = await import('node:path');
    await mkdir(dirname(resolve(flags.output)), { recursive: true });
    await writeFile(resolve(flags.output), text);
    process.stdout.write(
      `mandate: ${data.records} records of ${period.label} → ${flags.output} (${flags.format}).\n`,
    );
  } else {
    process.stdout.write(text);
  }
  return 0;
}

/** Whether the month file `…/<YYYY-MM>.jsonl` (UTC) can hold records of the period. */
function monthOverlaps(path: string, period: { from: Date; to: Date }): boolean {
  const month = /(\d{4})-(\d{2})\.jsonl$/.exec(path);
  if (month === null) return true;
  const start = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1);
  const end = Date.UTC(Number(month[1]), Number(month[2]), 1);
  return start < period.to.getTime() && end > period.from.getTime();
}
