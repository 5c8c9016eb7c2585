/**
 * Blobs read through two long-running `git cat-file` processes (`--batch-check` for the size,
 * `--batch` for the content) instead of one git process per blob: a history scan asks for the
 * first bytes of every binary file of every commit, and a process each would cost more than
 * the whole log. Blobs over the cap are not read here (the batch would stream all of them);
 * the caller reads their start with a process of its own that it stops early. Requests are
 * served one at a time, in order. `close()` ends both processes.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { gitEnv } from './git.js';

/** One `git cat-file --batch…` process and a reader of its output. */
class CatFile {
  readonly #child: ChildProcessWithoutNullStreams;
  #chunks: Buffer[] = [];
  #length = 0;
  #ended = false;
  #wake: (() => void) | null = null;

  constructor(repoRoot: string, mode: '--batch' | '--batch-check') {
    this.#child = spawn('git', ['cat-file', mode], {
      cwd: repoRoot,
      env: gitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const end = () => {
      this.#ended = true;
      this.#wake?.();
    };
    this.#child.stdout.on('data', (chunk: Buffer) => {
      this.#chunks.push(chunk);
      this.#length += chunk.length;
      this.#wake?.();
    });
    this.#child.stdout.on('end', end);
    this.#child.on('error', end);
    this.#child.stdin.on('error', end); // git gone: the next read reports it
    this.#child.stderr.resume();
  }

  async #until(ready: () => boolean): Promise<void> {
    while (!ready()) {
      if (this.#ended) throw new Error('git cat-file ended');
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
      this.#wake = null;
    }
  }

  #take(n: number): Buffer {
    const all = this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks);
    const rest = all.subarray(n);
    this.#chunks = rest.length === 0 ? [] : [rest];
    this.#length = rest.length;
    return all.subarray(0, n);
  }

  #newline(): number {
    let offset = 0;
    for (const chunk of this.#chunks) {
      const at = chunk.indexOf(10);
      if (at >= 0) return offset + at;
      offset += chunk.length;
    }
    return -1;
  }

  async line(request: string): Promise<string> {
    this.#child.stdin.write(`${request}\n`);
    await this.#until(() => this.#newline() >= 0);
    const line = this.#take(this.#newline() + 1);
    return line.subarray(0, line.length - 1).toString('utf8');
  }

  async bytes(n: number): Promise<Buffer> {
    await this.#until(() => this.#length >= n);
    return Buffer.from(this.#take(n));
  }

  close(): void {
    this.#child.stdin.end();
  }
}

export type BatchBlob =
  | { kind: 'blob'; bytes: Buffer }
  | { kind: 'too-large'; size: number }
  | { kind: 'missing' };

export class GitBlobBatch {
  readonly #repoRoot: string;
  #check: CatFile | null = null;
  #batch: CatFile | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(repoRoot: string) {
    this.#repoRoot = repoRoot;
  }

  /**
   * The blob `rev:path` when it is at most `cap` bytes; its size when larger; `missing` when
   * it is not a blob (or git could not be asked: the caller falls back to its own read).
   */
  read(rev: string, path: string, cap: number): Promise<BatchBlob> {
    const next = this.#queue.then(() => this.#read(rev, path, cap));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #read(rev: string, path: string, cap: number): Promise<BatchBlob> {
    // The protocol is line-based: a name with a line break cannot be asked for.
    if (/[\n\r]/.test(path) || /[\n\r]/.test(rev)) return { kind: 'missing' };
    this.#check ??= new CatFile(this.#repoRoot, '--batch-check');
    const info = await this.#check.line(`${rev}:${path}`);
    const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(info);
    if (m === null || m[2] !== 'blob') return { kind: 'missing' };
    const size = Number(m[3]);
    if (size > cap) return { kind: 'too-large', size };
    this.#batch ??= new CatFile(this.#repoRoot, '--batch');
    const header = await this.#batch.line(m[1]!);
    if (!header.startsWith(`${m[1]} blob `)) return { kind: 'missing' };
    const body = await this.#batch.bytes(size + 1); // the content, then a line feed
    return { kind: 'blob', bytes: body.subarray(0, size) };
  }

  close(): void {
    this.#check?.close();
    this.#batch?.close();
  }
}
