/**
 * One leak test over every way mandate speaks: every CLI command (scan, check, baseline, rules,
 * policies, init) and format (text, json, sarif, markdown), the Action (GitHub annotations,
 * check runs, job summary, SARIF, evidence) against the fake GitHub server, and the failure
 * paths — bad config, bad baseline, bad ignore file, a policy document with a token in its
 * front matter, an unreadable central config, API errors — with planted secrets composed at run
 * time. Searched: stdout, stderr, every file written, every request sent to the fake server and
 * the errors the parsers throw. Two properties:
 *
 * - no raw secret: no 12-character piece of one (the short prefix `redact()` shows is fine);
 * - no unsalted SHA-256 of one: its hex digest would let anyone confirm a guessed secret.
 *
 * Every case must be clean.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/config/baseline.js';
import { parseIgnoreFile } from '../../src/config/ignore-file.js';
import { parseConfig } from '../../src/config/parse.js';
import { MandateError } from '../../src/core/errors.js';
import { sha256Hex } from '../../src/core/sha256.js';
import { FakeGitHub, shaOf } from '../action/fake-github.js';
import { pullRequestPayload, runAction } from '../action/run-action.js';
import { customers } from '../pii/generate.js';
import { compose, type PositiveSample, positiveSamples } from '../support/compose.js';
import { makeRepo, makeTempDir, type TestRepo } from '../support/git.js';
import { type CliResult, ensureBuilt, mandateAsync, ROOT } from './helpers.js';

const WINDOW = 12;
const PUBLIC = [
  readFileSync(join(ROOT, 'rules/recommended.yml'), 'utf8'),
  ...readdirSync(join(ROOT, 'rules/recommended.d'))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => readFileSync(join(ROOT, 'rules/recommended.d', name), 'utf8')),
  readFileSync(join(ROOT, 'docs/rules.md'), 'utf8'),
  readFileSync(join(ROOT, 'README.md'), 'utf8'),
].join('\n');

/** A spread of built-in rules' samples (one in eight), each with the secret its rule captures. */
const samples = positiveSamples(29)
  .filter((s): s is PositiveSample & { secretHint: string } => s.secretHint !== undefined)
  .filter((_, i) => i % 8 === 0);
/** A GitHub token the CLI is given for the central config: it must not leak either. */
const apiToken = compose('{{github:ghp_}}', 41);
const secrets = [...samples.map((s) => s.secretHint), apiToken];

interface Output {
  where: string;
  text: string;
}

/**
 * The pieces of each secret to search for: every WINDOW-character run not in the public texts.
 * Computed once per secret (each run is searched in ~1 MB of public text; recomputing them for
 * every search made one test run past its timeout on a loaded machine).
 */
const piecesOf = new Map<string, string[]>();
function secretPieces(secret: string): string[] {
  let pieces = piecesOf.get(secret);
  if (pieces === undefined) {
    const body = secret.replace(/-----(?:BEGIN|END) [A-Z0-9 ]+-----/g, '\n');
    pieces = [];
    for (let i = 0; i + WINDOW <= body.length; i++) {
      const piece = body.slice(i, i + WINDOW);
      if (!/[\r\n]|\\n/.test(piece) && !PUBLIC.includes(piece)) pieces.push(piece);
    }
    piecesOf.set(secret, pieces);
  }
  return pieces;
}

function rawLeaks(outputs: Output[]): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    const pieces = secretPieces(secret);
    for (const { where, text } of outputs) {
      const piece = pieces.find((p) => text.includes(p));
      if (piece !== undefined) found.push(`${where}: a piece of a secret (${secret.slice(0, 4)}…)`);
    }
  }
  return found;
}

/** The unsalted SHA-256 of each secret, whole or its first 20 hex digits. */
function hashLeaks(outputs: Output[]): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    const hex = sha256Hex(secret).slice(0, 20);
    for (const { where, text } of outputs) {
      if (text.toLowerCase().includes(hex)) {
        found.push(`${where}: sha256 of a secret (${secret.slice(0, 4)}…)`);
      }
    }
  }
  return found;
}

function filesUnder(where: string, dir: string): Output[] {
  const out: Output[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (path.includes(`${join('.git', 'objects')}`) || entry.name === 'index') continue;
    out.push({
      where: `${where} ${path.slice(dir.length + 1)}`,
      text: readFileSync(path, 'latin1'),
    });
  }
  return out;
}

const runOutputs = (where: string, result: CliResult): Output[] => [
  { where: `${where} (stdout)`, text: result.stdout },
  { where: `${where} (stderr)`, text: result.stderr },
];

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
const planted = () =>
  Object.fromEntries(
    samples.map((s) => [`src/${s.ruleId.replace(/^secret\//, '')}.txt`, `${s.text}\n`]),
  );

let repo: TestRepo;
let out: { dir: string; cleanup: () => void };
let gh: FakeGitHub;
const results = new Map<string, Output[]>();

beforeAll(async () => {
  ensureBuilt();
  out = makeTempDir('mandate-leak-out-');
  gh = new FakeGitHub('octo-org/octo-repo');
  await gh.start();
  repo = makeRepo();
  repo.commit('init', { 'README.md': '# leak\n' });
  repo.commit('secrets', planted());
  for (const [path, text] of Object.entries(planted()))
    repo.write(path.replace('src/', 'staged/'), text);
  repo.git('add', '.');

  // Every CLI command and format over the planted secrets.
  const cliRuns: Output[] = [];
  // Every format on the staged scope and `check`; each other scope in one format.
  const scanRuns: [string, string[]][] = [
    ...FORMATS.flatMap((format): [string, string[]][] => [
      [`scan --staged ${format}`, ['scan', '--staged', '--format', format]],
      [`check ${format}`, ['check', '--mode', 'ci', '--format', format]],
    ]),
    ['scan . json', ['scan', '.', '--format', 'json']],
    ['scan --history sarif', ['scan', '--history', '--format', 'sarif']],
    ['scan --diff markdown', ['scan', '--diff', 'HEAD~1..HEAD', '--format', 'markdown']],
    [
      'scan --output',
      ['scan', '--staged', '--format', 'sarif', '--output', join(out.dir, 'scan.sarif')],
    ],
  ];
  for (const [label, args] of scanRuns)
    cliRuns.push(...runOutputs(label, await mandateAsync(repo.dir, args)));
  cliRuns.push(
    ...runOutputs(
      'baseline',
      await mandateAsync(repo.dir, ['baseline', '--output', join(out.dir, 'baseline.json')]),
    ),
  );
  cliRuns.push(
    ...runOutputs(
      'baseline --format json',
      await mandateAsync(repo.dir, ['baseline', '--format', 'json']),
    ),
  );
  cliRuns.push(...runOutputs('rules', await mandateAsync(repo.dir, ['rules', '--format', 'json'])));
  for (const format of ['text', 'json', 'markdown']) {
    cliRuns.push(
      ...runOutputs(
        `policies ${format}`,
        await mandateAsync(repo.dir, ['policies', '--format', format]),
      ),
    );
  }
  cliRuns.push(...filesUnder('written', out.dir));
  results.set('cli', cliRuns);

  // `mandate init` in a repository holding the secrets, and the hook it installs, run by git.
  const initRepo = makeRepo();
  initRepo.commit('secrets', planted());
  const init = await mandateAsync(initRepo.dir, ['init', '--hook-manager', 'git']);
  results.set('init', [
    ...runOutputs('init', init),
    ...['.mandate.yml', '.git/hooks/pre-commit'].map((path) => ({
      where: `init ${path}`,
      text: readFileSync(join(initRepo.dir, path), 'utf8'),
    })),
  ]);
  initRepo.cleanup();

  // Failure paths of the CLI: bad config, ignore file and baseline holding a secret.
  const failures: Output[] = [];
  const bad = join(out.dir, 'bad');
  mkdirSync(bad);
  for (const [i, s] of samples.entries()) {
    const secret = s.secretHint.split('\n')[0]!.replace(/[\\"]/g, '');
    const files: Record<string, string> = {
      config: `allowlist:\n  regexes: ["${secret}(("]\ntoken: "${secret}"\n`,
      ignore: `${s.ruleId}:a.txt:${secret}  # reason\n`,
      baseline: `{"version": 1, "fingerprints": ["${s.ruleId}:a.txt:${secret}"], "${secret}": 1}\n`,
    };
    for (const [kind, text] of Object.entries(files)) writeFileSync(join(bad, `${kind}${i}`), text);
    for (const [flag, kind] of [
      ['--config', 'config'],
      ['--ignore-file', 'ignore'],
      ['--baseline', 'baseline'],
    ] as const) {
      const result = await mandateAsync(repo.dir, [
        'scan',
        '--staged',
        flag,
        join(bad, `${kind}${i}`),
      ]);
      // 64 lower-case hex after `rule:path:` is a well-formed (legacy) fingerprint, not an
      // error: that ignore file is read, and its outputs are still checked for the secret.
      const wellFormed = kind === 'ignore' && /^[0-9a-f]{64}$/.test(secret);
      if (!wellFormed) expect(result.status, `${flag} ${s.ruleId}`).toBe(2);
      failures.push(...runOutputs(`bad ${kind} (${s.ruleId})`, result));
    }
    // The errors the parsers throw, as a library user sees them.
    for (const [kind, parse] of [
      ['config', () => parseConfig(files.config!, '.mandate.yml')],
      ['ignore', () => parseIgnoreFile(files.ignore!, '.mandateignore')],
      ['baseline', () => parseBaseline(files.baseline!, '.mandate-baseline.json')],
    ] as const) {
      try {
        parse();
        failures.push({ where: `parse ${kind}`, text: 'parsed without error' });
      } catch (error) {
        expect(error).toBeInstanceOf(MandateError);
        const e = error as MandateError;
        failures.push({
          where: `thrown by parse ${kind} (${s.ruleId})`,
          text: `${e.message}\n${e.hint ?? ''}`,
        });
      }
    }
  }
  results.set('failures', failures);

  // A policy document with a token in its front matter.
  const policyRepo = makeRepo();
  policyRepo.commit('policy', {
    'policies/access.md': `---\nowner: "${apiToken}"\nlast_reviewed: "${samples[1]!.secretHint.split('\n')[0]}"\n---\n# Access\n`,
  });
  const policyRuns: Output[] = [];
  for (const format of FORMATS) {
    policyRuns.push(
      ...runOutputs(
        `check ${format}`,
        await mandateAsync(policyRepo.dir, ['check', '--mode', 'ci', '--format', format]),
      ),
    );
  }
  for (const format of ['text', 'json', 'markdown']) {
    policyRuns.push(
      ...runOutputs(
        `policies ${format}`,
        await mandateAsync(policyRepo.dir, ['policies', '--format', format]),
      ),
    );
  }
  results.set('front-matter', policyRuns);
  policyRepo.cleanup();

  // A central config read with a token: found, then unreadable (404, network down, CI).
  const centralRepo = makeRepo();
  const central = new FakeGitHub('acme/policies');
  const commit = central.commit(shaOf('central'), { 'org.yml': 'extends: [recommended]\n' });
  central.branches.set('main', commit);
  const api = await central.start();
  // No secrets in the files here: what must not leak is the token.
  centralRepo.commit('config', { '.mandate.yml': 'extends: [acme/policies:org.yml@main]\n' });
  const centralRuns: Output[] = [];
  const env = { GITHUB_API_URL: api, GITHUB_TOKEN: apiToken };
  centralRuns.push(
    ...runOutputs('central read', await mandateAsync(centralRepo.dir, ['scan', '.'], env)),
  );
  central.branches.delete('main');
  centralRuns.push(
    ...runOutputs('central 404', await mandateAsync(centralRepo.dir, ['scan', '.'], env)),
  );
  centralRuns.push(
    ...runOutputs(
      'central 404 in CI',
      await mandateAsync(centralRepo.dir, ['scan', '.'], { ...env, CI: 'true' }),
    ),
  );
  await central.stop();
  centralRuns.push(
    ...runOutputs('central offline', await mandateAsync(centralRepo.dir, ['scan', '.'], env)),
  );
  centralRuns.push(...filesUnder('central cache', join(centralRepo.dir, '.git', 'mandate')));
  centralRuns.push(
    ...central.requests.map((r) => ({
      where: `central request ${r.path}`,
      text: `${r.path}\n${r.body}`,
    })),
  );
  results.set('central', centralRuns);
  centralRepo.cleanup();

  // Commands added after the first leak test: a custom rule whose examples hold a secret
  // (`rules --test`, passing and failing), the evidence ledger (`check --evidence-ledger`,
  // `evidence verify`, `evidence report` in every format), and `doctor` over a config that
  // holds a secret and does not parse.
  const laterRepo = makeRepo();
  laterRepo.git('remote', 'add', 'origin', 'git@github.com:acme/leak.git');
  const probe = apiToken.replace(/[^A-Za-z0-9_]/g, '');
  const rulesConfig = (negative: string) =>
    [
      'extends: [recommended]',
      'rules:',
      '  - id: secret/leak-probe',
      '    title: Leak probe',
      '    keywords: [ghp_]',
      `    regex: '(?<secret>ghp_[A-Za-z0-9]{36})'`,
      '    examples:',
      '      positive:',
      // A literal example is expected at 1:1 (no generated value to point at).
      `        - '${probe}'`,
      `        - '${probe} is the probe'`,
      '      negative:',
      `        - '${negative}'`,
      `        - 'PROBE=ghp_short'`,
      '',
    ].join('\n');
  const later: Output[] = [];
  laterRepo.commit('rules', { '.mandate.yml': rulesConfig('PROBE=none') });
  const rulesPass = await mandateAsync(laterRepo.dir, ['rules', '--test']);
  expect(rulesPass.status, rulesPass.stderr).toBe(0);
  later.push(...runOutputs('rules --test (passing)', rulesPass));
  // A negative example the rule reports: the failure names it, redacted.
  laterRepo.commit('rules fail', { '.mandate.yml': rulesConfig(`TOKEN=${probe}`) });
  const rulesFail = await mandateAsync(laterRepo.dir, ['rules', '--test']);
  expect(rulesFail.status).toBe(1);
  later.push(...runOutputs('rules --test (failing)', rulesFail));
  laterRepo.commit('plain config', { '.mandate.yml': 'extends: [recommended]\n' });
  laterRepo.commit('secrets', planted());
  const ledger = join(out.dir, 'ledger');
  const checked = await mandateAsync(laterRepo.dir, [
    'check',
    '--mode',
    'ci',
    '--evidence-ledger',
    ledger,
    '.',
  ]);
  expect(checked.status).toBe(1);
  later.push(...runOutputs('check --evidence-ledger', checked));
  later.push(
    ...runOutputs(
      'evidence verify',
      await mandateAsync(laterRepo.dir, ['evidence', 'verify', ledger]),
    ),
  );
  const year = new Date().getUTCFullYear();
  for (const format of ['html', 'markdown', 'json']) {
    const report = await mandateAsync(laterRepo.dir, [
      'evidence',
      'report',
      '--from',
      ledger,
      '--period',
      `${year - 1}-01-01..${year + 1}-12-31`,
      '--format',
      format,
      '--sample',
      '3',
    ]);
    expect(report.status, report.stderr).toBe(0);
    later.push(...runOutputs(`evidence report ${format}`, report));
  }
  later.push(...filesUnder('ledger', ledger));
  const badConfig = samples[0]!.secretHint.split('\n')[0]!.replace(/[\\"]/g, '');
  laterRepo.commit('bad config', {
    '.mandate.yml': `allowlist:\n  regexes: ["${badConfig}(("]\ntoken: "${badConfig}"\n`,
  });
  later.push(...runOutputs('doctor', await mandateAsync(laterRepo.dir, ['doctor'])));
  results.set('later commands', later);
  laterRepo.cleanup();

  // Personal data: a staged CSV of customers, in every format, and a directory scan of it.
  const piiRepo = makeRepo();
  piiRepo.commit('init', { 'README.md': '# data\n' });
  piiRepo.write('exports/customers.csv', `${customers(60, 11)}\n`);
  piiRepo.git('add', '.');
  const pii: Output[] = [];
  for (const format of FORMATS) {
    const staged = await mandateAsync(piiRepo.dir, ['scan', '--staged', '--format', format]);
    expect(staged.status, `scan --staged ${format}`).toBe(1);
    pii.push(...runOutputs(`personal data --staged ${format}`, staged));
  }
  pii.push(
    ...runOutputs(
      'personal data scan .',
      await mandateAsync(piiRepo.dir, ['scan', '.', '--format', 'json']),
    ),
  );
  results.set('personal data', pii);
  piiRepo.cleanup();

  // The Action on a pull request that adds the secrets, then with the API failing.
  const base = gh.commit(shaOf('base'), { 'README.md': '# r\n' });
  const head = gh.commit(shaOf('head'), { 'README.md': '# r\n', ...planted() });
  gh.pulls.set(7, { base, head });
  const action: Output[] = [];
  const runIt = async (label: string, inputs: Record<string, string> = {}) => {
    const run = await runAction({
      apiUrl: gh.url,
      repository: 'octo-org/octo-repo',
      event: 'pull_request',
      payload: pullRequestPayload(gh, { number: 7, base, head }),
      inputs: { 'sarif-file': 'mandate.sarif', ...inputs },
    });
    action.push(
      { where: `action ${label} (stdout)`, text: run.stdout },
      { where: `action ${label} (stderr)`, text: run.stderr },
      ...filesUnder(`action ${label}`, run.dir),
    );
  };
  await runIt('pull request');
  await runIt('annotations as workflow commands', { annotations: 'commands' });
  // API errors: a failing check run and a contents read that answers 500, with a message that
  // echoes request data.
  gh.checksWritable = false;
  gh.failures.push({
    method: 'GET',
    path: /\/contents\//,
    status: 500,
    message: 'Server Error',
    times: 50,
  });
  await runIt('API errors');
  action.push(
    ...gh.requests.map((r) => ({
      where: `request ${r.method} ${r.path}`,
      text: `${r.path}\n${r.body}`,
    })),
  );
  results.set('action', action);
}, 600_000);

afterAll(async () => {
  await gh?.stop();
  repo?.cleanup();
  out?.cleanup();
});

describe('no raw secret and no unsalted hash of one, anywhere', () => {
  it('the search works: each secret and its hash are found', () => {
    // (Samples share random parts, so a piece may be found in more than one secret.)
    for (const [i, secret] of secrets.entries()) {
      expect(rawLeaks([{ where: `secret ${i}`, text: `x ${secret} y` }])).not.toEqual([]);
      expect(hashLeaks([{ where: `hash ${i}`, text: sha256Hex(secret) }])).not.toEqual([]);
    }
    expect(samples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(['cli', 'init', 'failures', 'central', 'action'])('%s: no raw secret', (name) => {
    expect(results.get(name)!.length).toBeGreaterThan(0);
    expect(rawLeaks(results.get(name)!)).toEqual([]);
  });

  it.each(['init', 'failures', 'central'])('%s: no unsalted hash', (name) => {
    expect(hashLeaks(results.get(name)!)).toEqual([]);
  });

  // Keyed fingerprints (issue 9.18): no unsalted SHA-256 of a secret anywhere.
  it.each(['cli', 'action', 'front-matter'])('%s: no unsalted hash', (name) => {
    expect(hashLeaks(results.get(name)!)).toEqual([]);
  });

  it('later commands (rules --test, evidence, doctor): no raw secret, no unsalted hash', () => {
    const outputs = results.get('later commands')!;
    expect(outputs.length).toBeGreaterThan(10);
    expect(rawLeaks(outputs)).toEqual([]);
    expect(hashLeaks(outputs)).toEqual([]);
  });

  it('personal data: counts only, never an e-mail address, phone or card number', () => {
    const outputs = results.get('personal data')!;
    const all = outputs.map((o) => o.text).join('\n');
    expect(all).toContain('personal-data/dataset');
    const values = customers(60, 11)
      .split('\n')
      .slice(1)
      .flatMap((row) => row.split(',').slice(2));
    expect(values.length).toBe(180);
    const found = outputs.flatMap(({ where, text }) =>
      values.filter((v) => text.includes(v)).map((v) => `${where}: ${v.slice(0, 3)}…`),
    );
    expect(found).toEqual([]);
  });

  // No raw echo (issue 9.4): invalid front-matter values are described, never quoted back.
  it('front-matter: no raw secret', () => {
    expect(rawLeaks(results.get('front-matter')!)).toEqual([]);
  });
});
