/**
 * Large directory scans run in worker threads (src/cli/worker-pool.ts). The built CLI must
 * report exactly what an in-process scan reports, and fail closed (exit 2, a clear message,
 * no report) when a worker breaks.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLI, cleanEnv, ensureBuilt, mandate, STACK_LINE } from '../e2e/helpers.js';
import { mulberry32, positiveSamples } from '../support/compose.js';

let tree: string;
let scratch: string;
const samples = positiveSamples(11);

function codeLine(random: () => number, i: number): string {
  const words = ['user', 'token', 'config', 'secret', 'request', 'password', 'cache', 'api_key'];
  const w = words[Math.floor(random() * words.length)]!;
  const forms = [
    `const ${w}${i} = options.${w} ?? process.env.${w.toUpperCase()};`,
    `  if (${w}.length > ${i}) return ${w}.slice(0, ${i});`,
    `    self.${w} = kwargs.get("${w}", "value-${i}")`,
    `// ${w}: see https://docs.example.org/${w}/${i}`,
  ];
  return forms[Math.floor(random() * forms.length)]!;
}

beforeAll(() => {
  ensureBuilt();
  tree = mkdtempSync(join(tmpdir(), 'mandate-workers-'));
  scratch = mkdtempSync(join(tmpdir(), 'mandate-workers-bin-'));
  const random = mulberry32(3);
  // 320 files (enough for the automatic choice to use workers too), secrets spread over them.
  for (let f = 0; f < 320; f++) {
    const dir = join(tree, `pkg${f % 7}`, `mod${f % 5}`);
    mkdirSync(dir, { recursive: true });
    const lines: string[] = [];
    for (let i = 0; i < 120; i++) lines.push(codeLine(random, i));
    const sample = samples[f % samples.length];
    if (sample !== undefined && f % 3 === 0) {
      lines.splice(Math.floor(random() * lines.length), 0, ...sample.text.split('\n'));
    }
    if (f % 41 === 0) lines.push(`${samples[0]!.text} // mandate:allow test fixture`);
    writeFileSync(
      join(dir, `file${f}.${['ts', 'py', 'env', 'yml'][f % 4]}`),
      `${lines.join('\n')}\n`,
    );
  }
  writeFileSync(join(tree, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  writeFileSync(join(tree, 'blob.dat2'), Buffer.from([1, 2, 0, 3]));
  writeFileSync(join(tree, 'empty.txt'), '');
});

afterAll(() => {
  rmSync(tree, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** The JSON report without its timing. */
function report(
  workers: string,
  format = 'json',
  args: string[] = [],
): { status: number | null; body: unknown } {
  const run = mandate(tree, ['scan', '.', '--format', format, '--no-color', ...args], {
    MANDATE_WORKERS: workers,
  });
  expect(run.stderr).toBe('');
  if (format !== 'json') return { status: run.status, body: run.stdout };
  const json = JSON.parse(run.stdout);
  delete json.stats.durationMs;
  return { status: run.status, body: json };
}

describe('worker-pool directory scans', () => {
  test('workers report exactly what an in-process scan reports (findings, stats, decision)', () => {
    const inProcess = report('0');
    expect(inProcess.status).toBe(1);
    const body = inProcess.body as { findings: unknown[]; stats: { files: number } };
    expect(body.findings.length).toBeGreaterThan(20);
    expect(body.stats.files).toBeGreaterThan(300);
    for (const workers of ['2', '3', 'auto']) {
      expect(report(workers), `MANDATE_WORKERS=${workers}`).toEqual(inProcess);
    }
    expect(report('2', 'sarif')).toEqual(report('0', 'sarif'));
  });

  test('--jobs chooses the threads, over MANDATE_WORKERS, with the same report', () => {
    const inProcess = report('0');
    expect(report('0', 'json', ['--jobs', '2'])).toEqual(inProcess);
    expect(report('3', 'json', ['--jobs', '1'])).toEqual(inProcess);
    for (const bad of ['0', 'two', '65']) {
      const run = mandate(tree, ['scan', '.', '--jobs', bad]);
      expect(run.status, bad).toBe(2);
      expect(run.stderr).toContain('Give a whole number from 1 to 64.');
    }
  });

  test('an invalid MANDATE_WORKERS is a usage error', () => {
    const run = mandate(tree, ['scan', '.'], { MANDATE_WORKERS: 'lots' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('MANDATE_WORKERS');
  });

  const broken: [string, string][] = [
    [
      'throws while scanning',
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('simulated crash'); });\n",
    ],
    [
      'exits early',
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(7));\n",
    ],
    ['cannot load', "throw new Error('simulated crash at start-up');\n"],
    ['is missing', ''],
  ];
  test.each(broken)('a worker that %s fails the scan closed (exit 2, no report)', (_, source) => {
    // A copy of the built CLI (its entry and chunks) with the worker replaced.
    const dir = mkdtempSync(join(scratch, 'dist-'));
    cpSync(dirname(CLI), dir, { recursive: true });
    rmSync(join(dir, 'scan-worker.js'));
    if (source !== '') writeFileSync(join(dir, 'scan-worker.js'), source);
    const run = spawnSync(
      process.execPath,
      [join(dir, 'cli.js'), 'scan', '.', '--format', 'json'],
      {
        cwd: tree,
        env: cleanEnv({ MANDATE_WORKERS: '2' }),
        encoding: 'utf8',
      },
    );
    expect.soft(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^mandate: a scan worker failed \(.+\); the scan did not complete\./,
    );
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
