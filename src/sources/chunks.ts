/**
 * Files too large to hold at once (over `max_file_size`) are still scanned: read in chunks
 * that overlap, so memory holds about two chunks whatever the file's size.
 *
 * Each chunk but the last is a hunk with `until`: the offset where the next chunk starts. The
 * engine keeps only the findings that start before it; the next chunk holds every finding
 * that starts after it whole, because the chunks overlap by at least CHUNK_OVERLAP characters,
 * more than the longest multi-line match a built-in rule allows (a PEM block is at most about
 * 20,000 characters). So a secret on a seam is reported once, by exactly one chunk.
 *
 * Chunks start at a line start when the overlap holds one; a line longer than the overlap is
 * cut mid-line and the chunk carries `startColumn` so columns stay right.
 */
import type { Hunk } from '../core/types.js';
import { countLines } from './detect.js';

/** Characters two consecutive chunks share: more than any built-in rule's longest match. */
export const CHUNK_OVERLAP = 64 * 1024;

/** Characters per chunk for a configured `max_file_size` (at least four overlaps). */
export function chunkSize(maxFileSize: number): number {
  return Math.max(maxFileSize, 4 * CHUNK_OVERLAP);
}

/**
 * Where the chunk after `text` starts: the last line start at least `overlap` characters before
 * its end, or, in a line longer than that, `overlap` characters before the end.
 */
export function nextChunkStart(text: string, overlap = CHUNK_OVERLAP): number {
  const limit = text.length - overlap;
  if (limit <= 0) return 0;
  // A line start within one more overlap; further back, a cut mid-line wastes less. Searched
  // forward from the window's start: lastIndexOf would scan back through a long minified line.
  let newline = -1;
  for (
    let at = text.indexOf('\n', Math.max(0, limit - overlap - 1));
    at !== -1 && at < limit;
    at = text.indexOf('\n', at + 1)
  ) {
    newline = at;
  }
  if (newline >= 0) return newline + 1;
  // Never split a surrogate pair.
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

/** Lines a chunk adds to the file's count: those that end before `until` (all, for the last). */
export function chunkLines(hunk: Hunk): number {
  if (hunk.until === undefined) return countLines(hunk.text);
  let count = 0;
  for (let at = hunk.text.indexOf('\n'); at !== -1 && at < hunk.until; ) {
    count++;
    at = hunk.text.indexOf('\n', at + 1);
  }
  return count;
}

/** Cuts a stream of decoded text into overlapping chunks (hunks), in order. */
export class TextChunker {
  private buffer = '';
  private line = 1;
  private column = 1;
  /** Lines of each chunk cut so far, counted once while cutting (see lines()). */
  private readonly counted = new WeakMap<Hunk, number>();

  constructor(private readonly size: number) {}

  /** Adds text; returns the chunks now complete. */
  push(text: string): Hunk[] {
    this.buffer += text;
    const out: Hunk[] = [];
    while (this.buffer.length >= this.size) out.push(this.cut());
    return out;
  }

  /** chunkLines(hunk) of a chunk this chunker made, without counting its lines again. */
  lines(hunk: Hunk): number {
    return this.counted.get(hunk) ?? chunkLines(hunk);
  }

  /** The last chunk (null when nothing is left). */
  finish(): Hunk | null {
    const text = this.buffer;
    this.buffer = '';
    return text === '' ? null : this.hunk(text);
  }

  private hunk(text: string, until?: number): Hunk {
    return {
      startLine: this.line,
      text,
      ...(this.column > 1 ? { startColumn: this.column } : {}),
      ...(until === undefined ? {} : { until }),
    };
  }

  private cut(): Hunk {
    const text = this.buffer;
    const until = nextChunkStart(text);
    const hunk = this.hunk(text, until);
    let newlines = 0;
    let last = -1;
    for (let at = text.indexOf('\n'); at !== -1 && at < until; at = text.indexOf('\n', at + 1)) {
      newlines++;
      last = at;
    }
    this.counted.set(hunk, newlines);
    if (newlines > 0) {
      this.line += newlines;
      this.column = until - last;
    } else {
      this.column += until;
    }
    this.buffer = text.slice(until);
    return hunk;
  }
}
