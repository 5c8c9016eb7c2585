/**
 * No output ever contains a raw secret. For every built-in rule a positive sample is composed
 * at run time and written into a real git repository (staged, committed for --history); then
 * every format, every scope, --output files, `mandate baseline` and error paths are run and
 * their stdout, stderr and written files are searched for any 12-character piece of any
 * secret. The only part of a secret that may be shown is the short prefix `redact()` allows.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { redact } from '../../src/core/redact.js';
import { type PositiveSample, positiveSamples } from '../support/compose.js';
import { makeRepo, makeTempDir, type TestRepo } from '../support/git.js';
import { type CliResult, ensureBuilt, mandate, parseJson, ROOT } from './helpers.js';

/** Shortest piece of a secret that counts as a leak (redact() shows at most 6 characters). */
const WINDOW = 12;

const samples = positiveSamples(11).filter(
  (s): s is PositiveSample & { secretHint: string } => s.secretHint !== undefined,
);

/**
 * Text that is public by construction — the rule pack (with its rules/recommended.d parts), its
 * generated documentation and the README — describes token prefixes and markers (`sk-ant-api03-`, `T3BlbkFJ`). A 12-character
 * piece of a secret that also occurs there is format, not secret, and is not searched for.
 */
const PUBLIC = [
  readFileSync(join(ROOT, 'rules/recommended.yml'), 'utf8'),
  ...readdirSync(join(ROOT, 'rules/recommended.d'))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => readFileSync(join(ROOT, 'rules/recommended.d', name), 'utf8')),
  readFileSync(join(ROOT, 'docs/rules.md'), 'utf8'),
  readFileSync(join(ROOT, 'README.md'), 'utf8'),
].join('\n');

/** Every 12-character piece of every secret that is not public format text. */
function secretPieces(): Map<string, string> {
  const pieces = new Map<string, string>(); // piece → rule id
  for (const sample of samples) {
    const secret = sample.secretHint;
    // A PEM block's header and footer are format; its body lines are the secret.
    const body = secret.replace(/-----(?:BEGIN|END) [A-Z0-9 ]+-----/g, '\n');
    for (let i = 0; i + WINDOW <= body.length; i++) {
      const piece = body.slice(i, i + WINDOW);
      if (/[\r\n]|\\n/.test(piece) || PUBLIC.includes(piece)) continue;
      pieces.set(piece, sample.ruleId);
    }
    // Its unsalted SHA-256 too: a word list recovers a weak secret from it (issue 9.18).
    pieces.set(createHash('sha256').update(secret).digest('hex'), sample.ruleId);
  }
  return pieces;
}

let leaks: string[] = [];
let pieces: Map<string, string>;

/** Records every secret piece found in `text` (checked once per output, reported together). */
function search(where: string, text: string): void {
  for (const [piece, ruleId] of pieces) {
    if (text.includes(piece)) {
      leaks.push(`${where}: a piece of the ${ruleId} sample (${redact(piece)})`);
      return;
    }
  }
}

/** The leaks recorded since the last call (each test asserts there are none). */
function takeLeaks(): string[] {
  const found = leaks;
  leaks = [];
  return found;
}

function searchRun(where: string, out: CliResult): void {
  search(`${where} stdout`, out.stdout);
  search(`${where} stderr`, out.stderr);
}

function searchDir(where: string, dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    search(`${where} ${path.slice(dir.length + 1)}`, readFileSync(path, 'utf8'));
  }
}

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
const FILES_PER_COMMIT = 20;

let r: TestRepo;
let out: { dir: string; cleanup: () => void };

function fileName(ruleId: string, dir = 'samples'): string {
  return `${dir}/${ruleId.replace(/^secret\//, '')}.txt`;
}

/**
 * A spread of about ten samples (every n-th rule) for the slower error-path runs, so that
 * their run time stays flat as the packs grow.
 */
const spread = () => {
  const step = Math.ceil(samples.length / 10);
  return samples.filter((_, i) => i % step === 0);
};

beforeAll(() => {
  ensureBuilt();
  pieces = secretPieces();
  r = makeRepo();
  out = makeTempDir('mandate-no-leak-out-');
  r.commit('init', { 'README.md': '# samples\n' });
  // Commit the samples in a few commits (for --history), then stage copies (all lines new).
  for (let i = 0; i < samples.length; i += FILES_PER_COMMIT) {
    const files: Record<string, string> = {};
    for (const s of samples.slice(i, i + FILES_PER_COMMIT)) files[fileName(s.ruleId)] = s.text;
    r.commit(`samples ${i}`, files);
  }
  for (const s of samples) r.write(fileName(s.ruleId, 'staged'), `# staged copy\n${s.text}\n`);
  r.git('add', '.');
}, 120_000);

afterAll(() => {
  r?.cleanup();
  out?.cleanup();
});

describe('no raw secret in any output', () => {
  it('has a sample for (almost) every rule, and pieces to search for', () => {
    expect(samples.length).toBeGreaterThanOrEqual(60);
    expect(pieces.size).toBeGreaterThan(samples.length * 10);
    // The search itself works: every sample's own text counts as a leak.
    for (const s of samples) search(s.ruleId, s.text);
    expect(takeLeaks()).toHaveLength(samples.length);
  });

  for (const scope of [['--staged'], ['--history'], ['.']]) {
    for (const format of FORMATS) {
      it(`scan ${scope.join(' ')} --format ${format}`, () => {
        const result = mandate(r.dir, ['scan', ...scope, '--format', format]);
        expect(result.status).toBe(1);
        searchRun(`scan ${scope.join(' ')} --format ${format}`, result);
      });
    }
  }

  it('finds every sample and redacts each to at most a 6-character prefix', () => {
    const result = mandate(r.dir, ['scan', '--staged', '--format', 'json']);
    const report = parseJson(result.stdout);
    const found = new Set(report.findings.map((f) => f.path));
    const missed = samples
      .map((s) => fileName(s.ruleId, 'staged'))
      .filter((path) => !found.has(path));
    expect(missed).toEqual([]);
    for (const f of report.findings) {
      expect(f.redacted).toMatch(/^(?:[^…]{0,6}|-----BEGIN [A-Z0-9 ]+)…\(\d[\d,]* chars?\)$/);
    }
    // The redacted form is exactly redact(secret) for the sample's own rule.
    for (const s of samples) {
      const hit = report.findings.find(
        (f) => f.path === fileName(s.ruleId, 'staged') && f.ruleId === s.ruleId,
      );
      if (hit !== undefined) expect(hit.redacted).toBe(redact(s.secretHint));
    }
  });

  it('--output files in every format, quiet and verbose', () => {
    for (const format of FORMATS) {
      for (const extra of [[], ['--quiet']]) {
        const file = join(out.dir, `${format}${extra.length}.out`);
        const result = mandate(r.dir, [
          'scan',
          '--staged',
          '--format',
          format,
          '--output',
          file,
          ...extra,
        ]);
        expect(result.status).toBe(1);
        searchRun(`--output ${format}`, result);
      }
    }
    const check = mandate(r.dir, ['check', '--history', '--output', join(out.dir, 'check.out')]);
    searchRun('check --history', check);
    searchDir('--output', out.dir);
  }, 180_000);

  it('mandate baseline and the scans that use it', () => {
    const base = mandate(r.dir, ['baseline', '--output', join(out.dir, 'baseline.json')]);
    expect(base.status).toBe(0);
    searchRun('baseline', base);
    search('baseline file', readFileSync(join(out.dir, 'baseline.json'), 'utf8'));
    const rescan = mandate(r.dir, ['scan', '.', '--baseline', join(out.dir, 'baseline.json')]);
    expect(rescan.status).toBe(0);
    searchRun('scan with baseline', rescan);
  });

  it('error paths: a malformed .mandateignore entry holding a secret', () => {
    const { dir, cleanup } = makeTempDir('mandate-no-leak-err-');
    try {
      for (const s of spread()) {
        const secret = s.secretHint.split('\n')[0]!;
        // 64 lower-case hex after `rule:path:` is a well-formed (legacy) fingerprint, not an error.
        if (/^[0-9a-f]{64}$/.test(secret)) continue;
        for (const line of [
          `${secret}  # reason`,
          `${s.ruleId}:a.txt:${secret}  # reason`,
          `${s.ruleId}:a.txt:${secret}`,
        ]) {
          const ignoreFile = join(dir, 'ignore');
          writeFileSync(ignoreFile, `${line}\n`);
          const result = mandate(r.dir, ['scan', '--staged', '--ignore-file', ignoreFile]);
          expect(result.status).toBe(2);
          searchRun(`.mandateignore "${s.ruleId}"`, result);
        }
      }
    } finally {
      cleanup();
    }
  });

  it('error paths: config errors around a secret (bad regex, allowlist, unknown key)', () => {
    const { dir, cleanup } = makeTempDir('mandate-no-leak-cfg-');
    try {
      for (const s of spread()) {
        const secret = s.secretHint.split('\n')[0]!.replace(/[\\"]/g, '');
        const configs = [
          // An invalid custom regex that embeds the secret.
          `rules:\n  - id: secret/custom\n    title: Custom\n    provider: Acme\n    description: d\n    severity: high\n    keywords: [acme]\n    regex: "(?<secret>${secret}["\n`,
          // An invalid allowlist regex.
          `allowlist:\n  regexes: ["${secret}(("]\n`,
          // A secret as an unknown key's value, and as a bad severity.
          `fail_on: high\ntoken: "${secret}"\n`,
          `fail_on: "${secret}"\n`,
          // A YAML syntax error on the line holding the secret.
          `allowlist:\n  stopwords: ["${secret}"\n  paths: [}\n`,
        ];
        for (const text of configs) {
          const file = join(dir, 'config.yml');
          writeFileSync(file, text);
          const result = mandate(r.dir, ['scan', '--staged', '--config', file]);
          expect(result.status).toBe(2);
          searchRun(`config error "${s.ruleId}"`, result);
        }
      }
    } finally {
      cleanup();
    }
  });

  afterEach(() => {
    expect(takeLeaks()).toEqual([]);
  });
});
