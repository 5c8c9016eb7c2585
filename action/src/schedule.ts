/**
 * The scheduled run (`schedule`, `workflow_dispatch`): every policy document of the default
 * branch, read through the API (git trees + blobs, no checkout), evaluated with the config of
 * that commit, and exactly one open tracking issue — found by a hidden marker in its body and
 * the `mandate-policies` label — that lists the documents that are due soon, stale or invalid,
 * with their owners. Created on the first run that finds one, updated in place afterwards,
 * closed when every policy is fresh; a duplicate (made by hand, or by a race) is closed.
 */
import { minimatch } from 'minimatch';
import { resolveSecretRules } from '../../src/config/load.js';
import type { Config } from '../../src/core/config.js';
import { conclude } from '../../src/core/decision.js';
import { MandateError } from '../../src/core/errors.js';
import { addFamily, applyOverride } from '../../src/core/family.js';
import { calendarDateOf, formatDate, parseCalendarDate } from '../../src/core/policy/calendar.js';
import { evaluatePolicies, policyFinding, policyStatus } from '../../src/core/policy/evaluate.js';
import { POLICY_RULES } from '../../src/core/policy/rules.js';
import type { PolicyConfig, PolicyDocument, PolicyEntry } from '../../src/core/policy/types.js';
import { applyBaseline } from '../../src/core/postprocess/baseline.js';
import { sortFindings } from '../../src/core/postprocess/sort.js';
import { compileRules } from '../../src/core/secret/compile.js';
import type { Finding, ScanResult, Severity } from '../../src/core/types.js';
import { applyCentral } from '../../src/github/central.js';
import { type GitHubRest, listAll, malformedResponse } from '../../src/github/rest.js';
import { registerSummary, registerTable } from '../../src/reporters/policy-register.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { readBlob } from '../../src/sources/github.js';
import { loadPolicy, type Policy } from './policy.js';

export const REGISTER_MARKER = '<!-- mandate:policy-register -->';
export const REGISTER_LABEL = 'mandate-policies';
const LABEL_COLOR = 'd93f0b';

interface Repo {
  owner: string;
  repo: string;
}

export interface IssueOutcome {
  action: 'created' | 'updated' | 'closed' | 'none';
  number: number | null;
  url: string | null;
}

export interface RegisterRun {
  result: ScanResult;
  entries: PolicyEntry[];
  policy: Policy;
  config: Config;
  branch: string;
  commit: string;
  issue: IssueOutcome;
}

function status(error: unknown): number | undefined {
  const value = (error as { status?: unknown }).status;
  return typeof value === 'number' ? value : undefined;
}

/** The default branch and its head commit. */
export async function defaultBranchHead(
  client: GitHubRest,
  repo: Repo,
): Promise<{ branch: string; sha: string }> {
  const info = await client.request('GET /repos/{owner}/{repo}', { ...repo });
  const branch = (info.data as { default_branch?: string }).default_branch || 'main';
  const commit = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', {
    ...repo,
    ref: branch,
  });
  return { branch, sha: (commit.data as { sha: string }).sha };
}

/** The date (as GitHub reports it, UTC) of the last commit on `sha` that touched `path`. */
async function lastCommitDateAt(client: GitHubRest, repo: Repo, sha: string, path: string) {
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/commits', {
      ...repo,
      sha,
      path,
      per_page: 1,
    });
    const [latest] = response.data as { commit?: { committer?: { date?: string } } }[];
    return parseCalendarDate(latest?.commit?.committer?.date ?? null);
  } catch (error) {
    if (status(error) === 404) return null;
    throw error;
  }
}

/** Every file the policy globs match at `sha`, read through the git trees and blobs APIs. */
export async function readPolicyDocumentsAt(
  client: GitHubRest,
  repo: Repo,
  sha: string,
  config: PolicyConfig,
  note: (sentence: string) => void,
): Promise<PolicyDocument[]> {
  const tree = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    ...repo,
    tree_sha: sha,
    recursive: '1',
  });
  const data = tree.data as {
    truncated?: boolean;
    tree: { path: string; type: string; sha: string }[];
  };
  if (typeof data !== 'object' || data === null || !Array.isArray(data.tree)) {
    throw malformedResponse(
      `GET /repos/${repo.owner}/${repo.repo}/git/trees/${sha}`,
      'a git tree',
      data,
    );
  }
  if (data.truncated) {
    note(
      `GitHub truncated the file tree of ${sha.slice(0, 7)}; policy documents beyond the listing were not evaluated.`,
    );
  }
  const blobs = data.tree.filter(
    (entry) =>
      entry.type === 'blob' &&
      config.paths.some((glob) => minimatch(entry.path, glob.replace(/^\.\//, ''), { dot: true })),
  );
  return Promise.all(
    blobs.map(async (entry) => {
      const doc: PolicyDocument = {
        path: entry.path,
        text: (await readBlob(client, repo, entry.sha)).toString('utf8'),
      };
      if (config.fallback === 'git') {
        doc.lastCommitDate = await lastCommitDateAt(client, repo, sha, entry.path);
      }
      return doc;
    }),
  );
}

/**
 * `policy/unknown-owner` where the API can tell: a user owner that GitHub does not know
 * (`GET /users/{login}` answers 404). Team owners are checked with `GET /orgs/{org}/teams/{slug}`
 * only when the token can read the organisation's teams; otherwise the run says so.
 */
export async function checkOwners(
  client: GitHubRest,
  entries: PolicyEntry[],
  options: { blocks: boolean; failOn: Severity; note: (sentence: string) => void },
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const known = new Map<string, boolean | null>();
  const exists = async (owner: string): Promise<boolean | null> => {
    const cached = known.get(owner);
    if (cached !== undefined) return cached;
    const [login, slug] = owner.slice(1).split('/');
    let answer: boolean | null;
    try {
      if (slug === undefined) await client.request('GET /users/{username}', { username: login });
      else
        await client.request('GET /orgs/{org}/teams/{team_slug}', { org: login, team_slug: slug });
      answer = true;
    } catch (error) {
      // A team the token cannot see also answers 404: only a user's 404 is conclusive.
      answer = status(error) === 404 && slug === undefined ? false : null;
      if (answer === null) {
        options.note(
          `Could not check that the policy owner ${owner} exists (the token may not read the organisation's teams).`,
        );
      }
    }
    known.set(owner, answer);
    return answer;
  };
  for (const entry of entries) {
    if (entry.owner === null) continue;
    if ((await exists(entry.owner)) === false) {
      findings.push(
        policyFinding(
          'policy/unknown-owner',
          {
            path: entry.path,
            line: 1,
            message: `The owner ${entry.owner} is not a GitHub user or team, so nobody is told when the policy is due.`,
            key: entry.owner,
            detail: entry.owner,
          },
          { blocks: options.blocks, failOn: options.failOn },
        ),
      );
    }
  }
  return findings;
}

/** The tracking issue's title and body. */
export function issueContent(
  entries: PolicyEntry[],
  context: { today: string; branch: string; commit: string; runUrl: string | null },
): { title: string; body: string } {
  const open = entries.filter((e) => e.status !== 'fresh');
  const count = (s: PolicyEntry['status']) => open.filter((e) => e.status === s).length;
  const parts = [
    count('stale') > 0 ? `${count('stale')} stale` : '',
    count('invalid') > 0 ? `${count('invalid')} invalid` : '',
    count('due-soon') > 0 ? `${count('due-soon')} due soon` : '',
  ].filter((p) => p !== '');
  const title =
    open.length === 0
      ? 'Policy reviews: all policies are fresh'
      : `Policy reviews due: ${parts.join(', ')}`;
  const owners = [...new Set(open.flatMap((e) => (e.owner === null ? [] : [e.owner])))].sort();
  const body = [
    REGISTER_MARKER,
    '',
    `mandate checks the policy documents of \`${context.branch}\` on a schedule and keeps this one issue up to date. As of ${context.today} (UTC, commit \`${context.commit.slice(0, 7)}\`): ${registerSummary(entries)}.`,
    '',
    ...(open.length === 0
      ? ['Every policy is fresh. This issue is closed.']
      : [
          ...registerTable(open),
          '',
          `**Owners:** ${owners.length === 0 ? 'none named' : owners.join(', ')} — review each document, then set \`last_reviewed\` in its front matter in a pull request the owner approves. Stale and invalid documents fail \`mandate check\` in CI.`,
        ]),
    '',
    context.runUrl === null ? '' : `_Updated by [this run](${context.runUrl})._`,
  ];
  return { title, body: `${body.join('\n').trimEnd()}\n` };
}

interface IssueData {
  number: number;
  html_url?: string;
  body?: string | null;
  pull_request?: unknown;
}

/** Creates, updates or closes the one tracking issue. */
export async function syncRegisterIssue(
  client: GitHubRest,
  repo: Repo,
  entries: PolicyEntry[],
  context: { today: string; branch: string; commit: string; runUrl: string | null },
): Promise<IssueOutcome> {
  const listed = await listAll<IssueData>(
    client,
    'GET /repos/{owner}/{repo}/issues',
    { ...repo, state: 'open', labels: REGISTER_LABEL },
    10,
  );
  const ours = listed
    .filter((i) => i.pull_request === undefined && (i.body ?? '').includes(REGISTER_MARKER))
    .sort((a, b) => a.number - b.number);
  const [current, ...duplicates] = ours;
  for (const duplicate of duplicates) {
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: duplicate.number,
      state: 'closed',
      state_reason: 'not_planned',
      body: `${REGISTER_MARKER.replace('register', 'register-duplicate')}\n\nA duplicate of #${current!.number}, which mandate keeps up to date.\n`,
    });
  }
  const { title, body } = issueContent(entries, context);
  const due = entries.some((e) => e.status !== 'fresh');
  if (!due) {
    if (current === undefined) return { action: 'none', number: null, url: null };
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: current.number,
      title,
      body,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: current.number, url: current.html_url ?? null };
  }
  if (current !== undefined) {
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: current.number,
      title,
      body,
    });
    return { action: 'updated', number: current.number, url: current.html_url ?? null };
  }
  try {
    await client.request('POST /repos/{owner}/{repo}/labels', {
      ...repo,
      name: REGISTER_LABEL,
      color: LABEL_COLOR,
      description: 'The policy register: policy documents due for review (kept by mandate)',
    });
  } catch (error) {
    if (status(error) !== 422) throw error; // 422: the label exists already
  }
  const created = await client.request('POST /repos/{owner}/{repo}/issues', {
    ...repo,
    title,
    body,
    labels: [REGISTER_LABEL],
  });
  const issue = created.data as IssueData;
  return { action: 'created', number: issue.number, url: issue.html_url ?? null };
}

/** The scheduled evaluation: policy at the default branch, findings, decision, the issue. */
export async function runPolicyRegister(options: {
  client: GitHubRest;
  repo: Repo;
  configInput: string;
  failOn: Severity | null;
  now: Date;
  runUrl: string | null;
  note: (sentence: string) => void;
}): Promise<RegisterRun> {
  const { client, repo, note } = options;
  const head = await defaultBranchHead(client, repo);
  const policy = await loadPolicy(client, repo, head.sha, options.configInput);
  if (policy.configPath === null) {
    note(
      `No ${options.configInput} on ${head.branch} (${head.sha.slice(0, 7)}): the default policy settings applied.`,
    );
  }
  const central = await applyCentral(client, policy.config, policy.ignore, policy.baseline);
  central.notes.forEach(note);
  const config = central.config;
  const failOn = options.failOn ?? config.failOn;
  const context = { mode: 'ci' as const, now: options.now };
  const docs = await readPolicyDocumentsAt(client, repo, head.sha, config.policies, note);
  // The register goes into an issue: the documents are scanned for secrets like any file, and a
  // secret found in one is reported and never copied into the issue.
  const secrets = compileRules(resolveSecretRules(config, builtinPacks()), {
    allowlist: config.allowlist,
    overrides: config.overrides,
  });
  const report = evaluatePolicies(docs, { config: config.policies, context, failOn, secrets });
  const owners = await checkOwners(client, report.entries, {
    blocks: config.policies.block.ci,
    failOn,
    note,
  });
  for (const finding of owners) {
    const entry = report.entries.find((e) => e.path === finding.path);
    if (entry === undefined) continue;
    if (!entry.problems.includes(finding.ruleId)) entry.problems.push(finding.ruleId);
    entry.status = policyStatus([finding, ...report.findings.filter((f) => f.path === entry.path)]);
  }
  const ignored = new Set(policy.ignore.map((entry) => entry.fingerprint));
  const disabled = new Set(config.disable);
  const kept = applyBaseline(
    [...report.findings, ...owners]
      .filter((f) => !ignored.has(f.fingerprint) && !disabled.has(f.ruleId))
      .map((f) => applyOverride(f, config.overrides[f.ruleId], failOn)),
    policy.baseline,
  ).kept;
  const findings = sortFindings(kept);
  const today = formatDate(calendarDateOf(options.now));
  let issue: IssueOutcome;
  try {
    issue = await syncRegisterIssue(client, repo, report.entries, {
      today,
      branch: head.branch,
      commit: head.sha,
      runUrl: options.runUrl,
    });
  } catch (error) {
    if (status(error) !== 403) throw error;
    throw new MandateError(
      `The token may not write issues (HTTP 403), so the policy register issue could not be kept up to date; give the job \`permissions: { contents: read, issues: write }\`.`,
      { cause: error },
    );
  }
  if (issue.action !== 'none') {
    note(
      `The policy register issue #${issue.number} was ${issue.action}${issue.url === null ? '' : ` (${issue.url})`}.`,
    );
  }
  const result: ScanResult = conclude(
    {
      findings,
      stats: {
        files: docs.length,
        bytes: docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0),
        lines: 0,
        durationMs: 0,
        skipped: {},
        suppressed: { inline: 0, ignoreFile: 0, baseline: 0, allowlist: 0 },
      },
      rules: [
        ...Object.values(POLICY_RULES),
        ...secrets.infos.filter((rule) => findings.some((f) => f.ruleId === rule.id)),
      ],
      unusedIgnores: [],
      scope: 'paths',
      description: `the policy documents of ${head.branch} (${head.sha.slice(0, 7)}): ${registerSummary(report.entries)}`,
    },
    context,
  );
  return {
    result,
    entries: report.entries,
    policy,
    config,
    branch: head.branch,
    commit: head.sha,
    issue,
  };
}

/** Adds the register's findings to a scan's result (workflow_dispatch scans secrets too). */
export function mergeRegister(
  result: ScanResult,
  register: ScanResult,
  context: { mode: 'ci'; now: Date },
): ScanResult {
  // The scan may have read the policy documents already: a secret is reported once.
  return addFamily(
    result,
    { findings: register.findings, rules: register.rules },
    { context, dedupe: true, describe: register.description },
  );
}
