/**
 * A real HTTP server on 127.0.0.1 that serves the REST endpoints the Action uses, from an
 * in-memory repository model, and records every request (method, path, body) for assertions.
 *
 * Switches: `checksWritable = false` (403 on check-run create, as a fork's read-only token
 * gets), `failures` (one-shot responses — a 502, a 429 with retry-after — for a matching
 * request), `missingPatch` (paths whose `patch` is left out of the file listings, as GitHub does
 * for large diffs), `forbidContents` (403 on the contents API).
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
  status: 'added' | 'removed' | 'modified';
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
  failures: Failure[] = [];
  /** Other repositories, contents API only: full name → ref → files (no ref: `main`). */
  otherRepos = new Map<string, Map<string, Tree>>();
  /** GitHub's caps, lowered in tests only when a test says so. */
  prFilesLimit = 3000;
  compareFilesLimit = 300;
  private server: Server | null = null;
  private nextCheckRun = 1;
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
        this.requests.push({ method: req.method ?? 'GET', path: req.url ?? '', body });
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
    const entries: DiffEntry[] = [];
    for (const path of paths) {
      const before = base[path];
      const after = head[path];
      if (before === after) continue;
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
      const additions = patch.split('\n').filter((line) => line.startsWith('+')).length;
      const deletions = patch.split('\n').filter((line) => line.startsWith('-')).length;
      entries.push({
        filename: path,
        status: before === undefined ? 'added' : 'modified',
        sha: blobSha(after),
        additions,
        deletions,
        changes: additions + deletions,
        ...(this.missingPatch.has(path) ? {} : { patch }),
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
    const notFound: Reply = { status: 404, data: { message: 'Not Found' } };
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
      if (content === undefined) return notFound;
      const data = {
        type: 'file',
        path: contents[1],
        sha: blobSha(content),
        size: Buffer.byteLength(content),
        encoding: 'base64',
        content: Buffer.from(content, 'utf8').toString('base64'),
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
      return { status: 201, data: { id: this.nextCheckRun++, ...JSON.parse(body) } };
    }
    const update = on('PATCH', /^\/check-runs\/(\d+)$/);
    if (update) return { status: 200, data: { id: Number(update[1]) } };
    return { status: 404, data: { message: `Not Found: ${method} ${rest}` } };
  }
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
