/**
 * The measured fallback of the regex-safety check (regex-safety.ts): a pattern the checker
 * cannot decide runs over long pump strings — built from its own literals and from the
 * characters that make regexes backtrack — in a worker that is terminated past its time limit.
 * The ReDoS test over the built-in patterns measures them the same way.
 */
import { Worker } from 'node:worker_threads';

/**
 * Long strings that make a backtracking regex show itself, built from the pattern's own
 * literals and from the characters that make regexes backtrack. Self-contained: it also runs
 * in a worker as source text.
 */
export function pumpStrings(source: string, size = 20_000): string[] {
  const words = [...new Set(source.match(/[A-Za-z_]{3,}/g) ?? [])].slice(0, 12);
  const units = [' ', '\t', 'a', 'A', '0', 'a1', 'aB', '-', '.', '/', '=', '"', ':', '\n', 'a '];
  const texts: string[] = [];
  for (const unit of units) texts.push(`${unit.repeat(size / unit.length)}\u0000`);
  for (const word of words) {
    for (const sep of ['', ' ', '_', '=', ':', '"']) {
      texts.push(`${`${word}${sep}`.repeat(Math.ceil(size / 2 / (word.length + 1)))}\u0000`);
      texts.push(`${word}${sep}${'a'.repeat(size)}\u0000`);
      texts.push(`${word}${sep}${' '.repeat(size)}\u0000`);
    }
  }
  return texts;
}

/** The slowest run of `source` over its pump strings (every match, as a scan runs it). */
export function slowestPump(
  source: string,
  flags: string,
  texts: string[],
): { ms: number; text: string } {
  const regex = new RegExp(source, `${flags.replace(/[gy]/g, '')}g`);
  let worst = { ms: 0, text: '' };
  for (const text of texts) {
    const started = performance.now();
    regex.lastIndex = 0;
    for (let n = 0; regex.exec(text) !== null && n < 50_000; n++) {
      if (regex.lastIndex === 0) break;
    }
    const ms = performance.now() - started;
    if (ms > worst.ms) {
      worst = { ms, text: `${JSON.stringify(text.slice(0, 40))}… (${text.length} characters)` };
    }
  }
  return worst;
}

/**
 * Runs a pattern the checker could not decide over its pump strings in a worker, which is
 * terminated past `limitMs` (a super-linear pattern would otherwise hang this process).
 */
export function judgeOnPumps(
  source: string,
  flags: string,
  limitMs: number,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const pumpStrings = ${pumpStrings.toString()};
    const slowestPump = ${slowestPump.toString()};
    parentPort.postMessage(slowestPump(workerData.source, workerData.flags, pumpStrings(workerData.source)));
  `;
  return new Promise((resolve) => {
    const worker = new Worker(code, { eval: true, workerData: { source, flags } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, reason: `did not finish on long pump strings within ${limitMs} ms` });
    }, limitMs * 4);
    worker.once('message', (worst: { ms: number; text: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(
        worst.ms > limitMs
          ? { ok: false, reason: `took ${Math.round(worst.ms)} ms on ${worst.text}` }
          : { ok: true },
      );
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: `could not be run: ${error.message}` });
    });
  });
}
