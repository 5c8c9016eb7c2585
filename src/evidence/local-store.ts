/**
 * A ledger in a local folder (`mandate check --evidence-ledger DIR`, `mandate evidence verify
 * DIR`): the same layout as the branch (src/evidence/chain.ts). Appends hold a lock file
 * (`<owner>/<repo>/.lock`, created exclusively) so two local runs cannot fork the chain.
 */
import { appendFile, mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { MandateError } from '../core/errors.js';
import {
  type ChainHead,
  type EntryBody,
  headOf,
  type LedgerFile,
  ledgerPath,
  nextLine,
} from './chain.js';

const LOCK_WAIT_MS = 10_000;

/** Every month file under `dir` (`<owner>/<repo>/<YYYY>/<YYYY-MM>.jsonl`), paths relative. */
export async function readLedgerDir(dir: string): Promise<LedgerFile[]> {
  const files: LedgerFile[] = [];
  for (const path of await listLedgerDir(dir)) {
    files.push({ path, text: await readFile(join(dir, ...path.split('/')), 'utf8') });
  }
  return files;
}

/** The month files' paths under `dir`, in chain order (a report reads them one at a time). */
export async function listLedgerDir(dir: string): Promise<string[]> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch (cause) {
    throw new MandateError(`the ledger folder ${dir} cannot be read.`, {
      cause,
      hint: 'Name a folder that holds <owner>/<repo>/<YYYY>/<YYYY-MM>.jsonl files (a clone of the mandate-evidence branch, or a --evidence-ledger folder).',
    });
  }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.jsonl')) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (/^[^/]+\/[^/]+\/\d{4}\/\d{4}-\d{2}\.jsonl$/.test(path)) paths.push(path);
  }
  return paths.sort();
}

/** The head of `repository`'s stream: the last line of its latest month file. */
async function streamHead(dir: string, repository: string): Promise<ChainHead | null> {
  const root = join(dir, ...repository.split('/'));
  let years: string[];
  try {
    years = (await readdir(root)).filter((name) => /^\d{4}$/.test(name)).sort();
  } catch {
    return null;
  }
  for (const year of years.reverse()) {
    const months = (await readdir(join(root, year)))
      .filter((name) => /^\d{4}-\d{2}\.jsonl$/.test(name))
      .sort()
      .reverse();
    for (const month of months) {
      const head = headOf(await readFile(join(root, year, month), 'utf8'));
      if (head !== null) return head;
    }
  }
  return null;
}

async function withLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  await mkdir(dirname(lockFile), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - started > LOCK_WAIT_MS) {
        throw new MandateError(`the ledger is locked by ${lockFile}.`, {
          hint: 'Another mandate run is appending; if none is, delete the lock file and run again.',
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockFile, { force: true });
  }
}

/** Appends a Statement (or a gap) to its repository's stream; returns the file and new head. */
export async function appendLocal(
  dir: string,
  repository: string,
  time: string,
  body: EntryBody,
): Promise<{ path: string; head: ChainHead }> {
  const path = ledgerPath(repository, time);
  return withLock(join(dir, ...repository.split('/'), '.lock'), async () => {
    const { line, head } = nextLine(await streamHead(dir, repository), body);
    const file = join(dir, ...path.split('/'));
    await mkdir(dirname(file), { recursive: true });
    await appendFile(file, `${line}\n`);
    return { path, head };
  });
}
