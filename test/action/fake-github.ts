/**
 * A real HTTP server on 127.0.0.1 that serves the REST endpoints the Action uses, from an
 * in-memory repository model, and records every request (method, path, body) for assertions.
 *
 * Switches: `checksWritable = false` (403 on check-run create, as a fork's read-only token
 * gets), `failures` (one-shot responses — a 502, a 429 with retry-after — for a matching
 * request), `binaryListed` (paths listed as GitHub lists a binary file: no patch, 0 additions),
 * `missingPatch` (paths whose `patch` is left out of the file listings, as GitHub does
 * for large diffs), `forbidContents` (403 on the contents API), `symlinks` and `goneContents`
 * (what the contents API says of a path: a symlink, or 404), `hangs` (requests never answered).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Tree = Record<string, string>;

export interface RecordedRequest {
  method: string;
  /** Path with query string, e.g. `/repos/o/r/pulls/1/files?per_page=100&page=1`. */
  path: string;
  body: string;
  /** The Authorization header, when one was sent. */
  authorization?: string;
}

export interface Failure {
  method: string;
  /** Matched against the path (with query). */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  message: string;
  /** How many times to fail before answering normally. */
  times?: number;
}

export interface PullModel {
  base: string;
  head: string;
}

export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A commit SHA for tests: 40 hex from a label. */
export function shaOf(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

interface DiffEntry {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  previous_filename?: string;
  sha: string | null;
  additions: number;
  deletions: number;
  changes: number;
  patch?: string;
}

/** A minimal unified-diff patch: common head and tail kept out, the middle replaced. */
export function makePatch(before: string | undefined, after: string): string {
  const a = before === undefined || before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const b = after === '' ? [] : after.replace(/\n$/, '').split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const removed = a.slice(start, endA);
  const added = b.slice(start, endB);
  const oldStart = removed.length === 0 ? start : start + 1;
  const newStart = added.length === 0 ? start : start + 1;
  return [
    `@@ -${oldStart},${removed.length} +${newStart},${added.length} @@`,
    ...removed.map((line) => `-${line}`),
    ...added.map((line) => `+${line}`),
  ].join('\n');
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly commits = new Map<string, Tree>();
  readonly branches = new Map<string, string>();
  readonly pulls = new Map<number, PullModel>();
  readonly requests: RecordedRequest[] = [];
  readonly blobs = new Map<string, string>();
  checksWritable = true;
  forbidContents = false;
  missingPatch = new Set<string>();
  /** Paths GitHub deems binary: listed with no patch and `additions: 0`, `deletions: 0`. */
  binaryListed = new Set<string>();
  /**
   * Paths the contents API describes as symlinks (type `symlink`, no content): GitHub does so
   * for a link whose target is not a file of the repository (a link to a file is served as
   * that file).
   */
  symlinks = new Set<string>();
  /** Renames the listings report (new path → old path), as git's rename detection would. */
  renames = new Map<string, string>();
  /** Paths the contents API answers 404 for, though the listings have them. */
  goneContents = new Set<string>();
  failures: Failure[] = [];
  /**
   * Answers that replace the model's for a matching request (status 200 unless given): a
   * `null` file list, a contents answer without content — what a broken proxy or API returns.
   */
  answers: { method: string; path: RegExp; data: unknown; status?: number; times?: number }[] = [];
  /**
   * Requests the server receives and never answers (no status, no body), as a stuck API does;
   * `times` (default: always) counts the held requests; `afterHeaders` sends a 200 and the start
   * of a body first. `stop()` drops the held connections.
   */
  hangs: { method: string; path: RegExp; times?: number; afterHeaders?: boolean }[] = [];
  /** Other repositories, contents API only: full name → ref → files (no ref: `main`). */
  otherRepos = new Map<string, Map<string, Tree>>();
  /** GitHub's caps, lowered in tests only when a test says so. */
  prFilesLimit = 3000;
  compareFilesLimit = 300;
  /** Required reviews (test/action/reviews.test.ts): see routeReviews. */
  readonly reviews = new Map<number, FakeReview[]>();
  readonly comments = new Map<number, FakeComment[]>();
  /** `org/slug` → active members. */
  readonly teams = new Map<string, string[]>();
  readonly orgMembers = new Set<string>();
  /** Logins that exist besides team and organisation members (authors, former members, bots). */
  readonly users = new Set<string>();
  readonly issues: FakeIssue[] = [];
  readonly checkRuns: { id: number; head_sha: string; name: string }[] = [];
  /** Check run id → its annotations, appended by every create and update (as GitHub does). */
  readonly annotations = new Map<number, unknown[]>();
  /** Policy register (test/action/schedule.test.ts): see routePolicies. */
  defaultBranch = 'main';
  readonly labels = new Set<string>();
  /** path → ISO date of the last commit touching it (`GET /commits?path=`). */
  readonly lastCommitDates = new Map<string, string>();
  /**
   * The git data API (the evidence ledger): per repository (`owner/repo`, any repository), refs,
   * trees and commits written through it; blobs go to `blobs`. A ref update with `force: false`
   * that is not a fast forward gets 422, as GitHub answers a concurrent writer.
   */
  readonly git = new Map<string, FakeGitStore>();
  /** Repositories whose git data the token may read but not write (403), as a fork's token. */
  readonly gitReadOnly = new Set<string>();
  /** Ref updates refused as not a fast forward. */
  refConflicts = 0;
  /** Closed pull requests the list endpoint serves (`GET /pulls?state=closed`), any repository. */
  readonly closedPulls = new Map<string, FakeClosedPull[]>();
  /**
   * A repository's default branch history (`GET /repos/{r}/commits?sha=&since=&until=`, newest
   * first, paginated), any repository; `GET /repos/{r}` names the branch `main` for those.
   */
  readonly branchCommits = new Map<string, FakeBranchCommit[]>();
  /** Organisation → repositories (`GET /orgs/{org}/repos`). */
  readonly orgRepos = new Map<string, string[]>();
  /** Commit → the pull requests it belongs to (`GET /commits/{sha}/pulls`). */
  readonly commitPulls = new Map<
    string,
    { number: number; head: { sha: string }; merged_at?: string; merge_commit_sha?: string }[]
  >();
  /** Branch → ruleset rules that apply (`GET /rules/branches/{branch}`); unset: 404. */
  readonly branchRules = new Map<string, unknown[]>();
  /** Branch → classic protection's required checks; unset: 404; `'forbidden'`: 403. */
  readonly requiredChecks = new Map<string, string[] | 'forbidden'>();
  private server: Server | null = null;
  private nextCheckRun = 1;
  /** The app whose token creates check runs (`github-actions`: the workflow token). */
  checkRunApp = 'github-actions';
  url = '';

  constructor(fullName = 'octo-org/octo-repo') {
    const [owner, repo] = fullName.split('/');
    this.owner = owner!;
    this.repo = repo!;
  }

  commit(sha: string, tree: Tree): string {
    this.commits.set(sha, tree);
    for (const content of Object.values(tree)) this.blobs.set(blobSha(content), content);
    return sha;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        this.requests.push({
          method: req.method ?? 'GET',
          path: req.url ?? '',
          body,
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        });
        const hang = this.hangs.find(
          (h) => h.method === req.method && h.path.test(req.url ?? '') && (h.times ?? 1) > 0,
        );
        if (hang !== undefined) {
          if (hang.times !== undefined) hang.times--;
          // afterHeaders: a 200 and the start of a body, then nothing more.
          if (hang.afterHeaders) {
            res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
            res.write('[{"filename":');
          }
          return;
        }
        try {
          this.handle(req, res, body);
        } catch (error) {
          send(res, 500, { message: (error as Error).message });
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /** Requests whose method and decoded path (without query) match. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.method === method && path.test(decodeURIComponent(r.path.split('?')[0]!)),
    );
  }

  private resolve(ref: string): string | undefined {
    return this.commits.has(ref) ? ref : this.branches.get(ref);
  }

  private tree(ref: string): Tree | undefined {
    const sha = this.resolve(ref);
    return sha === undefined ? undefined : this.commits.get(sha);
  }

  private diff(baseSha: string, headSha: string): DiffEntry[] {
    const base = this.tree(baseSha) ?? {};
    const head = this.tree(headSha) ?? {};
    const paths = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
    const renamed = new Map(
      [...this.renames].filter(
        ([to, from]) =>
          base[to] === undefined &&
          head[to] !== undefined &&
          base[from] !== undefined &&
          head[from] === undefined,
      ),
    );
    const renamedFrom = new Set(renamed.values());
    const entries: DiffEntry[] = [];
    for (const path of paths) {
      if (renamedFrom.has(path)) continue;
      const from = renamed.get(path);
      const before = from === undefined ? base[path] : base[from];
      const after = head[path];
      if (before === after && from === undefined) continue;
      if (after === undefined) {
        const removedLines = before!.split('\n').length;
        entries.push({
          filename: path,
          status: 'removed',
          sha: null,
          additions: 0,
          deletions: removedLines,
          changes: removedLines,
        });
        continue;
      }
      const patch = makePatch(before, after);
      const binary = this.binaryListed.has(path);
      const additions = binary
        ? 0
        : patch.split('\n').filter((line) => line.startsWith('+')).length;
      const deletions = binary
        ? 0
        : patch.split('\n').filter((line) => line.startsWith('-')).length;
      entries.push({
        filename: path,
        status: from !== undefined ? 'renamed' : before === undefined ? 'added' : 'modified',
        ...(from === undefined ? {} : { previous_filename: from }),
        sha: blobSha(after),
        additions,
        deletions,
        changes: additions + deletions,
        ...(this.missingPatch.has(path) || binary ? {} : { patch }),
      });
    }
    return entries;
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const reply = this.route(
      req.method ?? 'GET',
      new URL(req.url ?? '/', 'http://127.0.0.1'),
      body,
    );
    send(res, reply.status, reply.data, reply.headers);
  }

  /** Teams, members, users, reviews, comments, issues and check-run lookup (required reviews). */
  /** The repository, issue updates, labels and per-path commit lists (the policy register). */
  private routePolicies(method: string, url: URL, body: string): Reply | null {
    const prefix = `/repos/${this.owner}/${this.repo}`;
    const path = decodeURIComponent(url.pathname);
    if (method === 'GET' && path === prefix) {
      return {
        status: 200,
        data: { full_name: `${this.owner}/${this.repo}`, default_branch: this.defaultBranch },
      };
    }
    if (!path.startsWith(`${prefix}/`)) return null;
    const rest = path.slice(prefix.length);
    const issue = method === 'PATCH' ? /^\/issues\/(\d+)$/.exec(rest) : null;
    if (issue) {
      const found = this.issues.find((i) => i.number === Number(issue[1]));
      if (found === undefined) return { status: 404, data: { message: 'Not Found' } };
      const input = JSON.parse(body) as Partial<Pick<FakeIssue, 'title' | 'body' | 'state'>>;
      Object.assign(found, input);
      return {
        status: 200,
        data: { number: found.number, state: found.state, title: found.title },
      };
    }
    if (method === 'POST' && rest === '/labels') {
      const { name } = JSON.parse(body) as { name: string };
      if (this.labels.has(name)) {
        return {
          status: 422,
          data: { message: 'Validation Failed', errors: [{ code: 'already_exists' }] },
        };
      }
      this.labels.add(name);
      return { status: 201, data: { name } };
    }
    if (method === 'GET' && rest === '/commits' && url.searchParams.has('path')) {
      const date = this.lastCommitDates.get(url.searchParams.get('path') ?? '');
      return {
        status: 200,
        data: date === undefined ? [] : [{ sha: shaOf(date), commit: { committer: { date } } }],
      };
    }
    return null;
  }

  private routeReviews(method: string, url: URL, body: string): Reply | null {
    const path = decodeURIComponent(url.pathname);
    const paged = (items: unknown[]): Reply => pageOf(this.url, url, items);
    const missing: Reply = { status: 404, data: { message: 'Not Found' } };
    const on = (verb: string, pattern: RegExp, subject: string) =>
      method === verb ? pattern.exec(subject) : null;
    const teamOf = (org: string, slug: string) => this.teams.get(`${org}/${slug}`);
    let m = on('GET', /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/, path);
    if (m) {
      const members = teamOf(m[1]!, m[2]!);
      return members?.includes(m[3]!)
        ? { status: 200, data: { state: 'active', role: 'member' } }
        : missing;
    }
    m = on('GET', /^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/, path);
    if (m) {
      const members = teamOf(m[1]!, m[2]!);
      return members === undefined ? missing : paged(members.map((login) => ({ login })));
    }
    m = on('GET', /^\/orgs\/([^/]+)\/teams\/([^/]+)$/, path);
    if (m) {
      return teamOf(m[1]!, m[2]!) === undefined
        ? missing
        : { status: 200, data: { slug: m[2], name: m[2] } };
    }
    m = on('GET', /^\/orgs\/([^/]+)\/members\/([^/]+)$/, path);
    if (m) {
      return m[1] === this.owner && this.orgMembers.has(m[2]!)
        ? { status: 204, data: '' }
        : missing;
    }
    m = on('GET', /^\/orgs\/([^/]+)$/, path);
    if (m) {
      return m[1] === this.owner ? { status: 200, data: { login: this.owner } } : missing;
    }
    m = on('GET', /^\/users\/([^/]+)$/, path);
    if (m) {
      // Logins are case-insensitive, as on GitHub.
      const login = m[1]!.toLowerCase();
      const known = [...this.users, ...this.orgMembers, ...[...this.teams.values()].flat()].some(
        (user) => user.toLowerCase() === login,
      );
      return known ? { status: 200, data: { login: m[1] } } : missing;
    }
    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (!path.startsWith(`${prefix}/`)) return null;
    const rest = path.slice(prefix.length);
    m = on('GET', /^\/pulls\/(\d+)\/reviews$/, rest);
    if (m) {
      const reviews = this.reviews.get(Number(m[1])) ?? [];
      return paged(
        reviews.map((r, i) => ({
          id: i + 1,
          user: { login: r.user, type: r.type ?? (r.user.endsWith('[bot]') ? 'Bot' : 'User') },
          state: r.state,
          commit_id: r.commit_id,
          submitted_at: r.submitted_at,
        })),
      );
    }
    m = on('GET', /^\/issues\/(\d+)\/comments$/, rest);
    if (m) {
      const comments = this.comments.get(Number(m[1])) ?? [];
      return paged(
        comments.map((c, i) => ({
          id: c.id ?? i + 1,
          user: { login: c.user },
          body: c.body,
          created_at: c.created_at,
          updated_at: c.updated_at ?? c.created_at,
          html_url: `https://github.com/${this.owner}/${this.repo}/pull/${m![1]}#issuecomment-${i + 1}`,
        })),
      );
    }
    const issueData = (issue: FakeIssue) => ({
      number: issue.number,
      html_url: `https://github.com/${this.owner}/${this.repo}/issues/${issue.number}`,
      state: issue.state,
      title: issue.title,
      body: issue.body,
      labels: issue.labels.map((name) => ({ name })),
      assignees: issue.assignees.map((login) => ({ login })),
      user: issue.user ?? { login: 'github-actions[bot]', type: 'Bot' },
    });
    m = on('GET', /^\/issues\/(\d+)$/, rest);
    if (m) {
      const found = this.issues.find((i) => i.number === Number(m![1]));
      if (found === undefined) return { status: 404, data: { message: 'Not Found' } };
      // Only the issue itself names who closed it (the listing does not).
      const closer = found.state === 'closed' && found.closedBy !== undefined;
      return {
        status: 200,
        data: { ...issueData(found), closed_by: closer ? { login: found.closedBy } : null },
      };
    }
    if (method === 'GET' && rest === '/issues') {
      const state = url.searchParams.get('state') ?? 'open';
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      return paged(
        this.issues
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => labels.every((l) => i.labels.includes(l)))
          .map(issueData),
      );
    }
    if (method === 'POST' && rest === '/issues') {
      const input = JSON.parse(body) as {
        title: string;
        body?: string;
        labels?: string[];
        assignees?: string[];
      };
      const issue: FakeIssue = {
        number: 1000 + this.issues.length,
        title: input.title,
        body: input.body ?? '',
        state: 'open',
        labels: input.labels ?? [],
        assignees: input.assignees ?? [],
      };
      this.issues.push(issue);
      return { status: 201, data: issueData(issue) };
    }
    m = on('GET', /^\/commits\/([^/]+)\/check-runs$/, rest);
    if (m) {
      const name = url.searchParams.get('check_name');
      const runs = this.checkRuns
        .filter((run) => run.head_sha === m![1] && (name === null || run.name === name))
        .reverse();
      // Paged as GitHub pages it (`per_page` default 30, at most 100; `Link: rel="next"`).
      const page = pageOf(this.url, url, runs);
      return { ...page, data: { total_count: runs.length, check_runs: page.data } };
    }
    return null;
  }

  gitStore(fullName: string): FakeGitStore {
    let store = this.git.get(fullName);
    if (store === undefined) {
      store = { refs: new Map(), trees: new Map(), commits: new Map() };
      this.git.set(fullName, store);
    }
    return store;
  }

  /** The files (path → content) of a branch written through the git data API. */
  gitFiles(fullName: string, branch: string): Tree {
    const store = this.git.get(fullName);
    const commit = store?.refs.get(`heads/${branch}`);
    if (store === undefined || commit === undefined) return {};
    const files: Tree = {};
    for (const [path, entry] of flattenTree(store, store.commits.get(commit)!.tree, '')) {
      files[path] = this.blobs.get(entry.sha) ?? '';
    }
    return files;
  }

  /**
   * Closed pull requests, a branch's commits and an organisation's repositories, 100 per page
   * at most, the next page named in a `Link` header as GitHub does.
   */
  private routeListings(method: string, url: URL): Reply | null {
    if (method !== 'GET') return null;
    const path = decodeURIComponent(url.pathname);
    const pulls = /^\/repos\/([^/]+\/[^/]+)\/pulls$/.exec(path);
    if (pulls && this.closedPulls.has(pulls[1]!) && url.searchParams.get('state') === 'closed') {
      const all = [...this.closedPulls.get(pulls[1]!)!].sort((a, b) =>
        a.updated_at < b.updated_at ? 1 : -1,
      );
      return pageOf(
        this.url,
        url,
        all.map((p) => ({ ...p, html_url: `https://github.com/${pulls[1]}/pull/${p.number}` })),
      );
    }
    const repository = /^\/repos\/([^/]+\/[^/]+)$/.exec(path);
    if (repository && this.branchCommits.has(repository[1]!)) {
      return { status: 200, data: { full_name: repository[1], default_branch: 'main' } };
    }
    const history = /^\/repos\/([^/]+\/[^/]+)\/commits$/.exec(path);
    if (history && this.branchCommits.has(history[1]!) && url.searchParams.has('sha')) {
      // GitHub filters on the commit date, both ends included, and lists the newest first.
      const since = url.searchParams.get('since');
      const until = url.searchParams.get('until');
      const all = [...this.branchCommits.get(history[1]!)!]
        .filter(
          (c) =>
            (since === null || Date.parse(c.date) >= Date.parse(since)) &&
            (until === null || Date.parse(c.date) <= Date.parse(until)),
        )
        .sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
      return pageOf(
        this.url,
        url,
        all.map((c) => ({
          sha: c.sha,
          html_url: `https://github.com/${history[1]}/commit/${c.sha}`,
          commit: { message: c.message, committer: { date: c.date } },
          parents: c.parents.map((sha) => ({ sha })),
        })),
      );
    }
    const prefix = `/repos/${this.owner}/${this.repo}`;
    const commitPulls = /^\/commits\/([0-9a-f]{40})\/pulls$/.exec(path.slice(prefix.length));
    if (path.startsWith(prefix) && commitPulls) {
      return { status: 200, data: this.commitPulls.get(commitPulls[1]!) ?? [] };
    }
    const rules = /^\/rules\/branches\/(.+)$/.exec(path.slice(prefix.length));
    if (path.startsWith(prefix) && rules) {
      const found = this.branchRules.get(rules[1]!);
      return found === undefined
        ? { status: 404, data: { message: 'Not Found' } }
        : { status: 200, data: found };
    }
    const checks = /^\/branches\/(.+)\/protection\/required_status_checks$/.exec(
      path.slice(prefix.length),
    );
    if (path.startsWith(prefix) && checks) {
      const found = this.requiredChecks.get(checks[1]!);
      if (found === 'forbidden') {
        return { status: 403, data: { message: 'Resource not accessible by integration' } };
      }
      return found === undefined
        ? { status: 404, data: { message: 'Branch not protected' } }
        : { status: 200, data: { strict: true, contexts: found, checks: [] } };
    }
    const org = /^\/orgs\/([^/]+)\/repos$/.exec(path);
    if (org && this.orgRepos.has(org[1]!)) {
      const all = this.orgRepos.get(org[1]!)!.map((name) => ({ full_name: name, archived: false }));
      return pageOf(this.url, url, all);
    }
    return null;
  }

  private routeGitData(method: string, url: URL, body: string): Reply | null {
    const match = /^\/repos\/([^/]+\/[^/]+)\/git\/(.+)$/.exec(decodeURIComponent(url.pathname));
    if (match === null) return null;
    const fullName = match[1]!;
    const rest = match[2]!;
    const store = this.gitStore(fullName);
    const forbidden: Reply = {
      status: 403,
      data: { message: 'Resource not accessible by integration' },
    };
    const input = method === 'GET' ? {} : (JSON.parse(body || '{}') as Record<string, unknown>);
    const writing = method === 'POST' || method === 'PATCH';
    if (writing && this.gitReadOnly.has(fullName)) return forbidden;
    let m = /^ref\/(heads\/.+)$/.exec(rest);
    if (method === 'GET' && m) {
      const sha = store.refs.get(m[1]!);
      if (sha === undefined) return { status: 404, data: { message: 'Not Found' } };
      return { status: 200, data: { ref: `refs/${m[1]}`, object: { sha, type: 'commit' } } };
    }
    if (method === 'POST' && rest === 'refs') {
      const ref = String(input.ref).replace(/^refs\//, '');
      if (store.refs.has(ref)) {
        return { status: 422, data: { message: 'Reference already exists' } };
      }
      store.refs.set(ref, String(input.sha));
      return { status: 201, data: { ref: `refs/${ref}`, object: { sha: input.sha } } };
    }
    m = /^refs\/(heads\/.+)$/.exec(rest);
    if (method === 'PATCH' && m) {
      const current = store.refs.get(m[1]!);
      if (current === undefined) return { status: 404, data: { message: 'Not Found' } };
      const sha = String(input.sha);
      if (input.force !== true && !isAncestor(store, current, sha)) {
        this.refConflicts++;
        return { status: 422, data: { message: 'Update is not a fast forward' } };
      }
      store.refs.set(m[1]!, sha);
      return { status: 200, data: { ref: `refs/${m[1]}`, object: { sha } } };
    }
    m = /^commits\/([0-9a-f]{40})$/.exec(rest);
    if (method === 'GET' && m) {
      const commit = store.commits.get(m[1]!);
      if (commit === undefined) return null;
      return {
        status: 200,
        data: {
          sha: m[1],
          tree: { sha: commit.tree },
          parents: commit.parents.map((sha) => ({ sha })),
          message: commit.message,
        },
      };
    }
    if (method === 'POST' && rest === 'commits') {
      const commit = {
        tree: String(input.tree),
        parents: (input.parents as string[]) ?? [],
        message: String(input.message ?? ''),
      };
      if (!store.trees.has(commit.tree)) {
        return { status: 422, data: { message: 'Tree SHA does not exist' } };
      }
      const sha = shaOf(`commit ${JSON.stringify(commit)} ${store.commits.size}`);
      store.commits.set(sha, commit);
      return { status: 201, data: { sha, tree: { sha: commit.tree } } };
    }
    if (method === 'POST' && rest === 'trees') {
      const base = typeof input.base_tree === 'string' ? input.base_tree : null;
      if (base !== null && !store.trees.has(base)) {
        return { status: 422, data: { message: 'base_tree is not a valid tree' } };
      }
      const files = new Map(base === null ? [] : flattenTree(store, base, ''));
      for (const entry of input.tree as {
        path: string;
        mode: string;
        sha?: string | null;
        content?: string;
      }[]) {
        if (entry.sha === null) {
          files.delete(entry.path);
          continue;
        }
        const sha = entry.content === undefined ? entry.sha! : blobSha(entry.content);
        if (entry.content !== undefined) this.blobs.set(sha, entry.content);
        files.set(entry.path, { mode: entry.mode, type: 'blob', sha });
      }
      const sha = buildTree(store, files);
      return { status: 201, data: { sha } };
    }
    m = /^blobs\/([0-9a-f]{40})$/.exec(rest);
    if (method === 'GET' && m && fullName !== `${this.owner}/${this.repo}`) {
      const content = this.blobs.get(m[1]!);
      if (content === undefined) return { status: 404, data: { message: 'Not Found' } };
      return {
        status: 200,
        data: { sha: m[1], encoding: 'base64', content: Buffer.from(content).toString('base64') },
      };
    }
    m = /^trees\/([0-9a-f]{40})$/.exec(rest);
    if (method === 'GET' && m) {
      // A commit's SHA names its tree, as GitHub resolves it.
      const sha = store.commits.get(m[1]!)?.tree ?? m[1]!;
      const tree = store.trees.get(sha);
      if (tree === undefined) return null;
      const entries =
        url.searchParams.get('recursive') === null
          ? tree
          : [...flattenTree(store, sha, '', true)].map(([path, entry]) => ({ path, ...entry }));
      return { status: 200, data: { sha, truncated: false, tree: entries } };
    }
    return null;
  }

  private route(method: string, url: URL, body: string): Reply {
    const fullPath = `${url.pathname}${url.search}`;
    const failure = this.failures.find(
      (f) => f.method === method && f.path.test(fullPath) && (f.times ?? 1) > 0,
    );
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      return {
        status: failure.status,
        data: { message: failure.message },
        headers: failure.headers ?? {},
      };
    }
    const answer = this.answers.find(
      (a) => a.method === method && a.path.test(fullPath) && (a.times ?? 1) > 0,
    );
    if (answer) {
      if (answer.times !== undefined) answer.times--;
      return { status: answer.status ?? 200, data: answer.data };
    }
    const notFound: Reply = { status: 404, data: { message: 'Not Found' } };
    const review = this.routeReviews(method, url, body);
    if (review !== null) return review;
    const policies = this.routePolicies(method, url, body);
    if (policies !== null) return policies;
    const git = this.routeGitData(method, url, body);
    if (git !== null) return git;
    const listing = this.routeListings(method, url);
    if (listing !== null) return listing;
    const other = /^\/repos\/([^/]+\/[^/]+)\/contents\/(.+)$/.exec(url.pathname);
    const otherRepo = other ? this.otherRepos.get(other[1]!) : undefined;
    if (other && otherRepo) {
      const content = otherRepo.get(url.searchParams.get('ref') ?? 'main')?.[
        decodeURIComponent(other[2]!)
      ];
      if (content === undefined) return notFound;
      const data = {
        type: 'file',
        encoding: 'base64',
        content: Buffer.from(content).toString('base64'),
      };
      return { status: 200, data };
    }
    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (!url.pathname.startsWith(`${prefix}/`)) return notFound;
    const rest = decodeURIComponent(url.pathname.slice(prefix.length));
    const on = (verb: string, pattern: RegExp) => (method === verb ? pattern.exec(rest) : null);

    const files = on('GET', /^\/pulls\/(\d+)\/files$/);
    if (files) {
      const pull = this.pulls.get(Number(files[1]));
      if (!pull) return notFound;
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? '30'), 100);
      const page = Number(url.searchParams.get('page') ?? '1');
      const all = this.diff(pull.base, pull.head).slice(0, this.prFilesLimit);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        headers.link = `<${this.url}${prefix}/pulls/${files[1]}/files?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      }
      return { status: 200, data: all.slice((page - 1) * perPage, page * perPage), headers };
    }
    const compare = on('GET', /^\/compare\/([^.]+)\.\.\.(.+)$/);
    if (compare) {
      const base = this.resolve(compare[1]!);
      const head = this.resolve(compare[2]!);
      if (base === undefined || head === undefined) return notFound;
      const data = {
        status: 'ahead',
        merge_base_commit: { sha: base },
        commits: [],
        files: this.diff(base, head).slice(0, this.compareFilesLimit),
      };
      return { status: 200, data };
    }
    const contents = on('GET', /^\/contents\/(.+)$/);
    if (contents) {
      if (this.forbidContents) {
        return { status: 403, data: { message: 'Resource not accessible by integration' } };
      }
      const content = this.tree(url.searchParams.get('ref') ?? '')?.[contents[1]!];
      if (content === undefined || this.goneContents.has(contents[1]!)) return notFound;
      if (this.symlinks.has(contents[1]!)) {
        return { status: 200, data: { type: 'symlink', path: contents[1], target: content } };
      }
      const size = Buffer.byteLength(content);
      // Above 1 MB GitHub sends no content (`encoding: none`): the blob API serves it.
      const large = size > 1024 * 1024;
      const data = {
        type: 'file',
        path: contents[1],
        sha: blobSha(content),
        size,
        encoding: large ? 'none' : 'base64',
        content: large ? '' : Buffer.from(content, 'utf8').toString('base64'),
      };
      return { status: 200, data };
    }
    const trees = on('GET', /^\/git\/trees\/(.+)$/);
    if (trees) {
      const tree = this.tree(trees[1]!);
      if (!tree) return notFound;
      const entries = Object.entries(tree).map(([path, content]) => ({
        path,
        mode: '100644',
        type: 'blob',
        sha: blobSha(content),
        size: Buffer.byteLength(content),
      }));
      return { status: 200, data: { sha: trees[1], truncated: false, tree: entries } };
    }
    const blobs = on('GET', /^\/git\/blobs\/([0-9a-f]{40})$/);
    if (blobs) {
      const content = this.blobs.get(blobs[1]!);
      if (content === undefined) return notFound;
      const data = {
        sha: blobs[1],
        size: Buffer.byteLength(content),
        encoding: 'base64',
        content: Buffer.from(content).toString('base64'),
      };
      return { status: 200, data };
    }
    const commits = on('GET', /^\/commits\/(.+)$/);
    if (commits) {
      const sha = this.resolve(commits[1]!);
      return sha === undefined ? notFound : { status: 200, data: { sha } };
    }
    if (on('POST', /^\/check-runs$/)) {
      if (!this.checksWritable) {
        return { status: 403, data: { message: 'Resource not accessible by integration' } };
      }
      const run = { id: this.nextCheckRun++, app: { slug: this.checkRunApp }, ...JSON.parse(body) };
      this.checkRuns.push(run);
      this.annotations.set(run.id, [...(run.output?.annotations ?? [])]);
      return { status: 201, data: run };
    }
    const update = on('PATCH', /^\/check-runs\/(\d+)$/);
    if (update) {
      const id = Number(update[1]);
      const input = JSON.parse(body);
      const added = input.output?.annotations ?? [];
      this.annotations.set(id, [...(this.annotations.get(id) ?? []), ...added]);
      const run = this.checkRuns.find((r) => r.id === id) as { output?: unknown } | undefined;
      if (run !== undefined && input.output?.summary !== undefined) {
        run.output = { ...input.output, annotations: undefined };
      }
      return { status: 200, data: { id } };
    }
    const listed = on('GET', /^\/check-runs\/(\d+)\/annotations$/);
    if (listed) {
      return pageOf(this.url, url, this.annotations.get(Number(listed[1])) ?? []);
    }
    return { status: 404, data: { message: `Not Found: ${method} ${rest}` } };
  }
}

export interface FakeClosedPull {
  number: number;
  title: string;
  merged_at: string | null;
  updated_at: string;
  merge_commit_sha: string | null;
}

/** A commit of a default branch's history (`branchCommits`). */
export interface FakeBranchCommit {
  sha: string;
  /** First parent first, as git lists them. */
  parents: string[];
  /** Committer date (ISO). */
  date: string;
  message: string;
}

export interface FakeGitEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
}

export interface FakeGitStore {
  /** `heads/<branch>` → commit. */
  refs: Map<string, string>;
  trees: Map<string, FakeGitEntry[]>;
  commits: Map<string, { tree: string; parents: string[]; message: string }>;
}

/** Every entry below a tree: blobs only, or (`withTrees`) trees too, by full path. */
function flattenTree(
  store: FakeGitStore,
  sha: string,
  prefix: string,
  withTrees = false,
): Map<string, { mode: string; type: 'blob' | 'tree'; sha: string }> {
  const out = new Map<string, { mode: string; type: 'blob' | 'tree'; sha: string }>();
  for (const entry of store.trees.get(sha) ?? []) {
    const path = `${prefix}${entry.path}`;
    if (entry.type === 'tree') {
      if (withTrees) out.set(path, { mode: entry.mode, type: 'tree', sha: entry.sha });
      for (const [p, e] of flattenTree(store, entry.sha, `${path}/`, withTrees)) out.set(p, e);
    } else {
      out.set(path, { mode: entry.mode, type: 'blob', sha: entry.sha });
    }
  }
  return out;
}

/** Stores the nested trees of `files` (path → blob) and returns the root tree's SHA. */
function buildTree(store: FakeGitStore, files: Map<string, { mode: string; sha: string }>): string {
  const direct: FakeGitEntry[] = [];
  const below = new Map<string, Map<string, { mode: string; sha: string }>>();
  for (const [path, entry] of files) {
    const slash = path.indexOf('/');
    if (slash === -1) {
      direct.push({ path, mode: entry.mode, type: 'blob', sha: entry.sha });
      continue;
    }
    const dir = path.slice(0, slash);
    const sub = below.get(dir) ?? new Map();
    sub.set(path.slice(slash + 1), entry);
    below.set(dir, sub);
  }
  for (const [dir, sub] of below) {
    direct.push({ path: dir, mode: '040000', type: 'tree', sha: buildTree(store, sub) });
  }
  direct.sort((a, b) => (a.path < b.path ? -1 : 1));
  const sha = shaOf(`tree ${JSON.stringify(direct)}`);
  store.trees.set(sha, direct);
  return sha;
}

function isAncestor(store: FakeGitStore, ancestor: string, sha: string): boolean {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (next === ancestor) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(store.commits.get(next)?.parents ?? []));
  }
  return false;
}

export interface FakeReview {
  user: string;
  type?: 'User' | 'Bot';
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  commit_id: string;
  submitted_at: string;
}

export interface FakeComment {
  user: string;
  body: string;
  created_at: string;
  /** The comment's id (default: its place in the list, from 1). */
  id?: number;
  /** When it was last edited (default: never, `created_at`). */
  updated_at?: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  /** Who opened it: the Action's token is `github-actions[bot]`, a Bot (the default). */
  user?: { login: string; type: 'User' | 'Bot' };
  /** Who closed it (served as `closed_by` by `GET /issues/{n}` while it is closed). */
  closedBy?: string;
}

/** One page of a listing as GitHub serves it: `per_page`/`page`, and a `Link: rel="next"`. */
function pageOf(base: string, url: URL, items: unknown[]): Reply {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? '30'), 100);
  const page = Number(url.searchParams.get('page') ?? '1');
  if (page * perPage >= items.length) {
    return { status: 200, data: items.slice((page - 1) * perPage, page * perPage) };
  }
  const next = new URL(url.pathname + url.search, base);
  next.searchParams.set('page', String(page + 1));
  return {
    status: 200,
    data: items.slice((page - 1) * perPage, page * perPage),
    headers: { link: `<${next.href}>; rel="next"` },
  };
}

interface Reply {
  status: number;
  data: unknown;
  headers?: Record<string, string>;
}

function send(
  res: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(data);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}
