/**
 * The harness the planted-secret corpora share: files are built at run time with their
 * expected findings (ruleId, line, blocking), written to a temporary directory, scanned by the
 * built CLI, and compared EXACTLY — every planted secret found by the right rule on the right
 * line, nothing else reported. A value marked `optional` may be found or not (a documented
 * limitation) and counts neither way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/git.js';
import { ensureBuilt, type JsonFinding, type JsonReport, mandate, parseJson } from './helpers.js';

export interface PlantOptions {
  /** Blocks under the default policy (fail_on: high); false for warn-only rules. */
  blocking?: boolean;
  /** Text whose first occurrence locates the finding's line, when it is not the value. */
  at?: string;
  /** May be reported or not; never counted. */
  optional?: boolean;
}

/** Plants `value` as a secret `ruleId` must find; returns the value for use in the text. */
export type Plant = (ruleId: string, value: string, options?: PlantOptions) => string;

interface Expected {
  ruleId: string;
  line: number;
  blocking: boolean;
  optional: boolean;
}

interface Fixture {
  path: string;
  bytes: Buffer;
  expected: Expected[];
}

const key = (e: { ruleId: string; line: number; blocking: boolean }) =>
  `${e.ruleId}@${e.line}${e.blocking ? '' : ' (warn)'}`;

export class Corpus {
  readonly fixtures: Fixture[] = [];

  constructor(private readonly name: string) {}

  /**
   * Adds a file. `build` returns its text and plants secrets through `s`; `encode` turns the
   * text into bytes (UTF-8 by default). A file with no plant expects no finding at all.
   */
  file(
    path: string,
    build: (s: Plant) => string,
    encode: (text: string) => Buffer = (text) => Buffer.from(text, 'utf8'),
  ): void {
    const pending: { ruleId: string; value: string; options: PlantOptions }[] = [];
    const text = build((ruleId, value, options = {}) => {
      pending.push({ ruleId, value, options });
      return value;
    });
    const expected = pending.map(({ ruleId, value, options }) => ({
      ruleId,
      line: this.lineOf(text, options.at ?? value),
      blocking: options.blocking ?? true,
      optional: options.optional ?? false,
    }));
    this.fixtures.push({ path, bytes: encode(text), expected });
  }

  private lineOf(text: string, needle: string): number {
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`${this.name}: "${needle.slice(0, 12)}…" is not in the text`);
    return text.slice(0, at).split('\n').length;
  }

  /** Writes the files (plus `extra` ones) to a temporary directory and scans it. */
  scan(extra: Record<string, string> = {}): { report: JsonReport; cleanup: () => void } {
    ensureBuilt();
    const { dir, cleanup } = makeTempDir(`mandate-${this.name}-`);
    const write = (path: string, bytes: Buffer | string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    };
    for (const f of this.fixtures) write(f.path, f.bytes);
    for (const [path, text] of Object.entries(extra)) write(path, text);
    const out = mandate(dir, ['scan', '.', '--format', 'json', '--no-gitignore']);
    if (out.stderr !== '') throw new Error(`${this.name}: the scan wrote to stderr: ${out.stderr}`);
    return { report: parseJson(out.stdout), cleanup };
  }

  /** Every difference from the expected findings, one line each, plus a recall summary. */
  compare(report: JsonReport): { problems: string[]; summary: string } {
    const problems: string[] = [];
    let planted = 0;
    let found = 0;
    let onLookalikes = 0;
    let extra = 0;
    for (const f of this.fixtures) {
      const remaining = report.findings.filter((x) => x.path === f.path).map(key);
      const allowed = new Set(f.expected.map(key));
      for (const want of f.expected.filter((e) => !e.optional).map(key)) {
        planted++;
        const at = remaining.indexOf(want);
        if (at < 0) problems.push(`${f.path}: missing ${want}`);
        else {
          found++;
          remaining.splice(at, 1);
        }
      }
      for (const got of remaining) {
        if (allowed.has(got)) continue; // an optional value that was found
        extra++;
        if (f.expected.length === 0) onLookalikes++;
        problems.push(`${f.path}: unexpected ${got}`);
      }
    }
    const summary =
      `${this.name}: recall ${found}/${planted}; ${extra} unexpected findings ` +
      `(${onLookalikes} on look-alike files) of ${report.findings.length}`;
    return { problems, summary };
  }

  /** Findings in files that are not part of the corpus. */
  foreign(report: JsonReport): string[] {
    const known = new Set(this.fixtures.map((f) => f.path));
    return report.findings
      .filter((f) => !known.has(f.path))
      .map((f: JsonFinding) => `${f.path}:${f.line} ${f.ruleId}${f.blocking ? '' : ' (warn)'}`);
  }
}

/**
 * The suite every corpus runs: scan it once (with `extra` files, such as a `.mandate.yml`),
 * then check that every file was scanned, that each has exactly its expected findings, and
 * that nothing outside the corpus was reported.
 */
export function describeCorpus(
  corpus: Corpus,
  name: string,
  options: { extra?: Record<string, string>; timeout?: number } = {},
): void {
  const extra = options.extra ?? {};
  let report: JsonReport;
  let cleanup: () => void;
  beforeAll(() => {
    ({ report, cleanup } = corpus.scan(extra));
  }, options.timeout ?? 120_000);
  afterAll(() => cleanup?.());

  describe(name, () => {
    it('scans every file', () => {
      expect(report.stats.files).toBe(corpus.fixtures.length + Object.keys(extra).length);
    });

    it('reports exactly the expected findings in every file', () => {
      const { problems, summary } = corpus.compare(report);
      console.log(summary);
      expect(problems).toEqual([]);
    });

    it('never reports a finding outside the corpus files', () => {
      expect(corpus.foreign(report)).toEqual([]);
    });
  });
}
