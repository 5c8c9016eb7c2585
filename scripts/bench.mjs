#!/usr/bin/env node
// mandate's benchmark: a measurement, not a test (it always exits 0 once it has run).
//
//   npm run bench                 build, then run everything below
//   node scripts/bench.mjs [--keep] [--size-mb 50] [--commits 3000] [--runs 15]
//                          [--action-runs 10] [--dir PATH] [--json FILE] [--cli FILE]
//                          [--generate-only] [--skip-secretlint] [--skip-real-code]
//                          [--hooks-only] [--hook-runs 10] [--evidence-only] [--skip-evidence]
//   (the full run ends with `mandate evidence report` over 12 months × 2,000 records and 4× that,
//   unless --skip-evidence; --evidence-only: just that,
//   scripts/bench-evidence.mjs; --cli: the CLI bundle to measure, default dist/cli.js; --json: every measurement and the
//   table, as printed, in one JSON file)
//
// In a temporary directory it generates (a) a tree of realistic source (>= 50 MB) with ~30
// planted secrets and (b) a git repository of ~3,000 commits (through `git fast-import`) with
// secrets planted in some of them, then measures `node dist/cli.js scan` on them: directory
// throughput and peak memory, the pre-commit (`--staged`) latency against `node -e 0`, history
// throughput against `git log -p`, flat memory from 1,000 to 3,000 commits, throughput against
// secretlint's recommended preset, and how many planted secrets were found. Then it runs the
// GitHub Action's bundle (action/dist/index.js) the way a runner does on a 20-file pull request,
// against a local fake of GitHub's REST API (test/action/fake-github.ts, bundled with esbuild at
// bench time), and reports its wall time and the size of the Action and CLI bundles.
// Beside the generated tree it scans real code (scripts/bench-real.mjs): nine pinned npm
// packages as published, cached in ~/.cache/mandate-bench, with ripgrep's one-pass keyword
// search over the same tree as the reference when ripgrep is installed. Last, a real
// `git commit` through each hook manager available here (`mandate init` in a fresh repository:
// plain git, husky and lefthook from node_modules, the pre-commit framework when installed),
// against no hook and the old `npx --no-install mandate` hook (--hooks-only: just this part).
//
// Fake secrets are composed here at run time (a provider prefix plus generated characters);
// none is stored in this file.

import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  measureTree,
  multipliedCorpus,
  REAL_CODE_PACKAGES,
  realCodeCorpus,
  ripgrepCommand,
} from './bench-real.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let CLI = join(ROOT, 'dist', 'cli.js');
const SECRETLINT = join(ROOT, 'node_modules', '.bin', 'secretlint');
const ACTION = join(ROOT, 'action', 'dist', 'index.js');

// ---------------------------------------------------------------------------------------------
// options

function parseArgs(argv) {
  const options = {
    keep: false,
    sizeMb: 50,
    commits: 3000,
    runs: 15,
    actionRuns: 10,
    dir: null,
    json: null,
    generateOnly: false,
    secretlint: true,
    realCode: true,
    seed: 20240601,
    hooksOnly: false,
    hookRuns: 10,
    evidence: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${arg} needs a value`);
      return v;
    };
    if (arg === '--keep') options.keep = true;
    else if (arg === '--size-mb') options.sizeMb = Number(value());
    else if (arg === '--commits') options.commits = Number(value());
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--action-runs') options.actionRuns = Number(value());
    else if (arg === '--dir') options.dir = resolve(value());
    else if (arg === '--json') options.json = resolve(value());
    else if (arg === '--cli') CLI = resolve(value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--generate-only') options.generateOnly = true;
    else if (arg === '--skip-secretlint') options.secretlint = false;
    else if (arg === '--skip-real-code') options.realCode = false;
    else if (arg === '--hooks-only') options.hooksOnly = true;
    else if (arg === '--evidence-only') options.evidenceOnly = true;
    else if (arg === '--skip-evidence') options.evidence = false;
    else if (arg === '--hook-runs') options.hookRuns = Number(value());
    else if (arg === '--help' || arg === '-h') usage();
    else usage(`unknown option ${arg}`);
  }
  for (const key of ['sizeMb', 'commits', 'runs', 'actionRuns', 'seed']) {
    if (!Number.isFinite(options[key]) || options[key] <= 0)
      usage(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} must be a positive number`);
  }
  return options;
}

function usage(error) {
  const text = `usage: node scripts/bench.mjs [--keep] [--size-mb 50] [--commits 3000] [--runs 15]
                          [--action-runs 10] [--dir PATH] [--json FILE] [--seed N] [--cli FILE]
                          [--generate-only] [--skip-secretlint] [--skip-real-code]
                          [--hooks-only] [--hook-runs 10]`;
  if (error) {
    process.stderr.write(`bench: ${error}\n${text}\n`);
    process.exit(2);
  }
  process.stdout.write(`${text}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// deterministic randomness

let state = 1;
function seed(n) {
  state = n >>> 0 || 1;
}
/** mulberry32: fast, seedable, good enough for test data. */
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const between = (lo, hi) => lo + int(hi - lo + 1);
const pick = (list) => list[int(list.length)];
const chance = (p) => random() < p;

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = DIGITS + UPPER + LOWER;
const HEX = '0123456789abcdef';
const B64 = `${UPPER}${LOWER}${DIGITS}+/`;
const B64URL = `${UPPER}${LOWER}${DIGITS}-_`;
function chars(alphabet, n) {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[int(alphabet.length)];
  return out;
}
const uuid = () =>
  `${chars(HEX, 8)}-${chars(HEX, 4)}-4${chars(HEX, 3)}-${pick(['8', '9', 'a', 'b'])}${chars(HEX, 3)}-${chars(HEX, 12)}`;
const b64url = (text) => Buffer.from(text).toString('base64url');

// ---------------------------------------------------------------------------------------------
// fake secrets (composed at run time; prefixes are public formats)

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(text) {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++)
    crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function base62(n, width) {
  let out = '';
  do {
    out = ALNUM[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}
/** GitHub / npm style: 30 random characters, then their CRC32 in base62, padded to 6. */
function checksummed(prefix) {
  const body = chars(ALNUM, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** name → [environment variable it would live in, generator]. */
const SECRET_KINDS = {
  'aws-access-key': [
    'AWS_ACCESS_KEY_ID',
    () => `${pick(['AKIA', 'ASIA'])}${chars(`${UPPER}234567`, 16)}`,
  ],
  'github-pat': ['GITHUB_TOKEN', () => checksummed('ghp_')],
  'github-fine-grained': ['GH_TOKEN', () => `github_pat_${chars(ALNUM, 22)}_${chars(ALNUM, 59)}`],
  'gitlab-pat': ['GITLAB_TOKEN', () => `glpat-${chars(`${ALNUM}-_`, 20)}`],
  'npm-token': ['NPM_TOKEN', () => checksummed('npm_')],
  'slack-bot': [
    'SLACK_BOT_TOKEN',
    () => `xoxb-${chars(DIGITS, 11)}-${chars(DIGITS, 12)}-${chars(ALNUM, 24)}`,
  ],
  'stripe-live': ['STRIPE_SECRET_KEY', () => `${'sk'}_live_${chars(ALNUM, 24)}`],
  openai: ['OPENAI_API_KEY', () => `sk-proj-${chars(B64URL, 58)}T3BlbkFJ${chars(B64URL, 58)}`],
  anthropic: ['ANTHROPIC_API_KEY', () => `sk-ant-api03-${chars(B64URL, 93)}AA`],
  'google-api': ['GOOGLE_API_KEY', () => `AIza${chars(B64URL, 35)}`],
  sendgrid: ['SENDGRID_API_KEY', () => `SG.${chars(B64URL, 22)}.${chars(B64URL, 43)}`],
  huggingface: ['HF_TOKEN', () => `hf_${chars(UPPER + LOWER, 34)}`],
  databricks: ['DATABRICKS_TOKEN', () => `dapi${chars(HEX, 32)}`],
  'postgres-uri': [
    'DATABASE_URL',
    () =>
      `postgres://app_${pick(['rw', 'admin', 'svc'])}:${chars(ALNUM, 20)}@db-${int(9)}.prod.internal:5432/orders`,
  ],
  jwt: [
    'SESSION_JWT',
    () =>
      `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(
        JSON.stringify({
          sub: String(between(1000, 99999)),
          iat: 1700000000 + int(1e7),
          role: 'admin',
        }),
      )}.${chars(B64URL, 43)}`,
  ],
};
const SECRET_NAMES = Object.keys(SECRET_KINDS);

function privateKeyPem() {
  const label = `${pick(['RSA ', 'EC ', 'OPENSSH ', ''])}PRIVATE KEY`;
  const body = [];
  for (let i = 0; i < 25; i++) body.push(chars(B64, 64));
  body.push(`${chars(B64, 40)}==`);
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`];
}

const camel = (words) =>
  words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
const envToCamel = (name) => camel(name.split('_'));

/** One line that assigns the secret, in the idiom of the file's language. */
function secretLine(lang, envName, value) {
  switch (lang) {
    case 'ts':
      return `export const ${envToCamel(envName)} = '${value}';`;
    case 'py':
      return `${envName} = "${value}"`;
    case 'go':
      return `\t${envToCamel(envName)} := "${value}"`;
    case 'yaml':
      return `  ${envName.toLowerCase()}: "${value}"`;
    case 'json':
      return `  "${envToCamel(envName)}": "${value}",`;
    case 'tf':
      return `  ${envName.toLowerCase()} = "${value}"`;
    case 'md':
      return `    export ${envName}=${value}`;
    default:
      return `${envName}=${value}`;
  }
}

// ---------------------------------------------------------------------------------------------
// realistic source

const NOUNS = [
  'user',
  'account',
  'order',
  'invoice',
  'session',
  'config',
  'cache',
  'request',
  'response',
  'payload',
  'buffer',
  'client',
  'server',
  'handler',
  'router',
  'queue',
  'job',
  'worker',
  'event',
  'message',
  'record',
  'schema',
  'field',
  'index',
  'cursor',
  'batch',
  'report',
  'metric',
  'tenant',
  'project',
  'policy',
  'role',
  'permission',
  'profile',
  'address',
  'payment',
  'customer',
  'product',
  'item',
  'price',
  'discount',
  'shipment',
  'webhook',
  'signature',
  'nonce',
  'digest',
  'certificate',
  'keyboard',
  'keystore',
  'tokenizer',
  'passport',
  'monkey',
  'journey',
  'ledger',
  'audit',
  'upload',
  'region',
  'bucket',
  'snapshot',
];
const VERBS = [
  'get',
  'set',
  'load',
  'save',
  'parse',
  'format',
  'validate',
  'build',
  'create',
  'update',
  'delete',
  'find',
  'list',
  'fetch',
  'resolve',
  'compute',
  'render',
  'encode',
  'decode',
  'hash',
  'verify',
  'sign',
  'rotate',
  'refresh',
  'issue',
  'revoke',
  'sync',
  'flush',
  'merge',
  'split',
  'normalize',
];
const WORDS = [
  'the',
  'a',
  'when',
  'we',
  'should',
  'cache',
  'retry',
  'request',
  'model',
  'reset',
  'expires',
  'after',
  'rotation',
  'key',
  'is',
  'stored',
  'in',
  'vault',
  'never',
  'log',
  'value',
  'user',
  'session',
  'refresh',
  'handler',
  'returns',
  'error',
  'if',
  'missing',
  'config',
  'default',
  'timeout',
  'seconds',
  'for',
  'each',
  'tenant',
  'region',
  'deploy',
  'pipeline',
  'runs',
  'tests',
  'before',
  'merge',
  'review',
  'owner',
  'approve',
  'change',
  'database',
  'migration',
];
const PEOPLE = [
  'alice',
  'bob',
  'carol',
  'dmitri',
  'eun-ji',
  'farah',
  'gustavo',
  'hana',
  'ivan',
  'jo',
];
const ENVS = ['dev', 'staging', 'prod'];
const pascal = (...words) => words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const ident = () => camel([pick(VERBS), pick(NOUNS), ...(chance(0.4) ? [pick(NOUNS)] : [])]);
const noun = () => pick(NOUNS);
const type = () => pascal(noun(), ...(chance(0.5) ? [noun()] : []));
const sentence = (min = 5, max = 16) => {
  const n = between(min, max);
  const words = [];
  for (let i = 0; i < n; i++) words.push(pick(WORDS));
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1);
};

// Statements come from two pools: ordinary code, and code that handles credentials (names
// like token, password, secret, api_key: the look-alikes that must not fire, and the keyword
// starts where the generic rule is tried). SENSITIVE_SHARE of statements are of the second
// kind: with the rest of the generator that gives about 820 `token`, 440 `password` and 220
// `secret` per MB — above real code (this repository's node_modules: 243 / 8 / 168 per MB;
// /usr/lib/python3: 299 / 31 / 11) and in the range of mandate's own source, a secret scanner
// (649 / 338 / 1,327).
const SENSITIVE_SHARE = 0.04;
const statement = (ordinary, sensitive) =>
  (chance(SENSITIVE_SHARE) ? pick(sensitive) : pick(ordinary))();

const TS_SENSITIVE = [
  () => `  const tokenCount = ${noun()}.tokens.filter((t) => t.kind === '${pick(WORDS)}').length;`,
  () => `  const passwordHash = await bcrypt.hash(input.password, ${between(10, 13)});`,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder in generated text
  () => '  headers.Authorization = `Bearer ${session.accessToken}`;',
  () => `  const apiKey = process.env.${noun().toUpperCase()}_API_KEY ?? '';`,
  () => `  const secretName = \`${noun()}/\${env}/${noun()}\`;`,
  () => `  expect(await ${ident()}({ password: 'correct horse battery staple' })).toBe(true);`,
  () => `  if (${noun()}.expiresAt < now) return ${ident()}(${noun()}.refreshToken);`,
];
const TS_STATEMENTS = [
  () =>
    `  const ${noun()} = await this.${noun()}Repository.${ident()}(${noun()}Id, { limit: ${between(10, 500)}, offset });`,
  () => `  if (!${noun()}) throw new ${type()}Error(\`${noun()} \${${noun()}Id} not found\`);`,
  () => `  const cacheKey = \`${noun()}:\${tenant.id}:\${${noun()}.version}\`;`,
  () =>
    `  logger.debug('${pick(VERBS)} ${noun()}', { ${noun()}Id, durationMs: Date.now() - started });`,
  () =>
    `  return { ...${noun()}, ${noun()}: ${noun()} ?? null, updatedAt: new Date().toISOString() };`,
  () => `  // TODO(${pick(PEOPLE)}): ${sentence().toLowerCase()}`,
  () => `  const revision = '${chars(HEX, 40)}'; // pinned commit`,
  () => `  const requestId = '${uuid()}';`,
  () =>
    `  for (const ${noun()} of ${noun()}s) await queue.push({ type: '${noun()}.${pick(VERBS)}', id: ${noun()}.id });`,
  () => `  const ${ident()} = useMemo(() => ${noun()}s.map((x) => x.${noun()}Key), [${noun()}s]);`,
  () => `  const [${noun()}, set${pascal(noun())}] = useState<${type()} | null>(null);`,
  () => `  await this.${noun()}Service.${ident()}({ ${noun()}Id, reason: '${pick(VERBS)}' });`,
  () => `  const total = ${noun()}s.reduce((sum, x) => sum + x.${noun()}Count, 0);`,
];
function tsBlock() {
  const lines = [];
  const r = random();
  if (r < 0.2) {
    lines.push(`export interface ${type()} {`);
    for (let i = between(2, 9); i > 0; i--)
      lines.push(
        `  ${noun()}${pick(['', 'Id', 'Key', 'Name', 'Count', 'Url', 'At'])}${pick(['', '?'])}: ${pick(['string', 'number', 'boolean', 'Date', type(), `${type()}[]`])};`,
      );
    lines.push('}');
  } else if (r < 0.3) {
    lines.push(`import { ${ident()}, ${ident()} } from '../${noun()}/${noun()}.js';`);
    lines.push(`import type { ${type()} } from './${noun()}-types.js';`);
  } else {
    lines.push(
      `export async function ${ident()}(${noun()}Id: string, options: ${type()}Options = {}): Promise<${type()} | null> {`,
    );
    lines.push('  const started = Date.now();');
    for (let i = between(3, 14); i > 0; i--) lines.push(statement(TS_STATEMENTS, TS_SENSITIVE));
    lines.push(`  return ${noun()};`, '}');
  }
  lines.push('');
  return lines;
}

const PY_STATEMENTS = [
  () =>
    `    ${noun()} = self.${noun()}_repository.${pick(VERBS)}_${noun()}(${noun()}_id, limit=${between(10, 500)})`,
  () =>
    `    if not ${noun()}:\n        raise ${type()}Error(f"${noun()} {${noun()}_id} not found")`,
  () => '    key_id = uuid.uuid4().hex',
  () => `    logger.info("${pick(VERBS)} %s for tenant %s", ${noun()}.id, tenant.slug)`,
  () => `    # ${sentence().toLowerCase()}`,
  () =>
    `    return {"${noun()}": ${noun()}, "${noun()}_count": len(${noun()}s), "checksum": "${chars(HEX, 64)}"}`,
  () => `    for ${noun()} in ${noun()}s:\n        yield ${noun()}.${pick(VERBS)}()`,
  () => `    ${noun()}s = [x for x in ${noun()}s if x.${pick(VERBS)}d_at is not None]`,
  () =>
    `    await self.${noun()}_client.${pick(VERBS)}(${noun()}_id=${noun()}_id, timeout=timeout)`,
];
const PY_SENSITIVE = [
  () => '    password = getpass.getpass("Password: ")',
  () => '    token = os.environ["API_TOKEN"]',
  () => '    secret_key = settings.SECRET_KEY',
  () => '    hashed = hashlib.sha256(password.encode()).hexdigest()',
];
function pyBlock() {
  const lines = [];
  if (chance(0.15)) {
    lines.push(`class ${type()}(BaseModel):`);
    for (let i = between(2, 8); i > 0; i--)
      lines.push(
        `    ${noun()}_${pick(['id', 'key', 'name', 'count', 'url', 'at'])}: ${pick(['str', 'int', 'bool', 'datetime', 'Optional[str]'])}`,
      );
  } else {
    lines.push(
      `def ${pick(VERBS)}_${noun()}_${noun()}(${noun()}_id: str, *, timeout: float = ${between(1, 30)}.0) -> ${type()}:`,
    );
    lines.push(`    """${sentence()}."""`);
    for (let i = between(3, 12); i > 0; i--) lines.push(statement(PY_STATEMENTS, PY_SENSITIVE));
  }
  lines.push('', '');
  return lines;
}

const GO_STATEMENTS = [
  () => `\t${noun()}, err := s.${noun()}s.${pascal(pick(VERBS))}(ctx, ${noun()}ID)`,
  () => `\tif err != nil {\n\t\treturn nil, fmt.Errorf("${pick(VERBS)} ${noun()}: %w", err)\n\t}`,
  () => `\tkey := fmt.Sprintf("%s/%d", ${noun()}Prefix, id)`,
  () => `\t${noun()}, ok := s.cache.Get(key)`,
  () => `\t// ${sentence()}.`,
  () => `\ts.log.Info("${pick(VERBS)} ${noun()}", "id", id, "elapsed", time.Since(start))`,
];
const GO_SENSITIVE = [
  () => `\ttoken, err := s.tokens.Issue(ctx, ${noun()}ID)`,
  () => `\tpassword := r.FormValue("password")`,
  () =>
    `\tsecretRef := corev1.SecretKeySelector{Key: "${noun()}", LocalObjectReference: corev1.LocalObjectReference{Name: "${noun()}-secret"}}`,
];
function goBlock() {
  const lines = [
    `func (s *${type()}Service) ${pascal(pick(VERBS), noun())}(ctx context.Context, id int64) (*${type()}, error) {`,
    '\tstart := time.Now()',
  ];
  for (let i = between(3, 12); i > 0; i--) lines.push(statement(GO_STATEMENTS, GO_SENSITIVE));
  lines.push(`\treturn &${type()}{ID: id}, nil`, '}', '');
  return lines;
}

function yamlBlock() {
  const name = `${noun()}-${pick(['api', 'worker', 'cron', 'gateway'])}`;
  const r = random();
  if (r < 0.5) {
    return [
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: ${name}`,
      `  namespace: ${pick(ENVS)}`,
      'spec:',
      `  replicas: ${between(1, 6)}`,
      '  template:',
      '    spec:',
      '      containers:',
      `        - name: ${name}`,
      `          image: registry.internal/${name}@sha256:${chars(HEX, 64)}`,
      '          env:',
      ...(chance(0.3)
        ? [
            '            - name: DB_PASSWORD',
            '              valueFrom:',
            '                secretKeyRef:',
            `                  name: ${noun()}-db`,
            '                  key: password',
          ]
        : []),
      ...(chance(0.2)
        ? // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder in generated text
          ['            - name: API_TOKEN', '              value: ${API_TOKEN}']
        : []),
      `            - name: LOG_LEVEL`,
      `              value: ${pick(['info', 'debug', 'warn'])}`,
      `          resources:`,
      `            limits: { cpu: ${between(1, 8)}, memory: ${between(1, 32)}Gi }`,
    ];
  }
  if (r < 0.8) {
    return [
      `  ${noun()}-${pick(VERBS)}:`,
      `    runs-on: ubuntu-latest`,
      '    steps:',
      `      - uses: actions/checkout@${chars(HEX, 40)}`,
      `      - run: npm ci && npm run ${pick(VERBS)}`,
      ...(chance(0.3)
        ? [
            '        env:',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder in generated text
            '          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal placeholder in generated text
            '          API_KEY: ${{ secrets.API_KEY }}',
          ]
        : []),
      `        timeout-minutes: ${between(5, 60)}`,
    ];
  }
  return [
    `${noun()}:`,
    `  ${noun()}_timeout: ${between(1, 300)}`,
    `  ${noun()}_key: ${noun()}.${noun()}`,
    `  ${noun()}_ttl: ${between(60, 86400)}`,
    `  description: "${sentence()}"`,
  ];
}

function jsonValue(depth) {
  if (depth > 2 || chance(0.6)) {
    return pick([
      () => JSON.stringify(sentence(2, 10)),
      () => String(between(0, 100000)),
      () => pick(['true', 'false', 'null']),
      () => JSON.stringify(uuid()),
      () => JSON.stringify(`${noun()}.${noun()}`),
    ])();
  }
  const entries = [];
  for (let i = between(2, 6); i > 0; i--)
    entries.push(
      `"${noun()}${pick(['', 'Id', 'Key', 'Name', 'Label', 'Count', 'Url'])}": ${jsonValue(depth + 1)}`,
    );
  return `{ ${entries.join(', ')} }`;
}
function jsonBlock() {
  const lines = [];
  for (let i = between(3, 10); i > 0; i--)
    lines.push(`  "${noun()}_${noun()}_${int(1000)}": ${jsonValue(0)},`);
  return lines;
}

function mdBlock() {
  const lines = [`## ${pascal(pick(VERBS))} the ${noun()}`, ''];
  for (let i = between(1, 4); i > 0; i--) lines.push(`${sentence(12, 40)}.`, '');
  if (chance(0.3))
    lines.push(
      '```sh',
      `export ${noun().toUpperCase()}_TOKEN=<YOUR_TOKEN>`,
      `export API_KEY=changeme`,
      `npx ${noun()}-cli ${pick(VERBS)} --${noun()}`,
      '```',
      '',
    );
  if (chance(0.3))
    lines.push(
      `| ${noun()} | ${noun()} | notes |`,
      '| --- | --- | --- |',
      `| \`${noun()}_key\` | ${between(1, 99)} | ${sentence()} |`,
      '',
    );
  return lines;
}

function tfBlock() {
  const name = `${noun()}_${noun()}`;
  const r = random();
  if (r < 0.25)
    return [
      `resource "aws_s3_bucket" "${name}" {`,
      `  bucket = "${name.replace(/_/g, '-')}-${pick(ENVS)}"`,
      `  tags   = { owner = "${pick(PEOPLE)}", team = "${noun()}" }`,
      '}',
      '',
    ];
  if (r < 0.5)
    return [
      `resource "aws_security_group_rule" "${name}" {`,
      '  type        = "ingress"',
      `  from_port   = ${between(1000, 9000)}`,
      '  to_port     = 443',
      '  protocol    = "tcp"',
      `  cidr_blocks = ["10.${between(0, 255)}.0.0/16"]`,
      '}',
      '',
    ];
  if (r < 0.65)
    return [
      `variable "${name}_password" {`,
      '  type      = string',
      '  sensitive = true',
      `  description = "${sentence()}"`,
      '}',
      '',
    ];
  return [
    `resource "aws_db_instance" "${name}" {`,
    `  identifier        = "${name.replace(/_/g, '-')}-${pick(ENVS)}"`,
    `  instance_class    = "db.t3.${pick(['micro', 'small', 'medium'])}"`,
    `  username          = "${noun()}_admin"`,
    `  password          = var.${name}_password`,
    '  kms_key_id        = aws_kms_key.main.arn',
    `  tags = { owner = "${pick(PEOPLE)}", backup = "enabled" }`,
    '}',
    '',
  ];
}

function envFile() {
  const lines = ['# Local development settings. Real values live in the vault.'];
  for (let i = between(8, 40); i > 0; i--) {
    lines.push(
      pick([
        () => `${noun().toUpperCase()}_URL=http://localhost:${between(3000, 9999)}`,
        () => `${noun().toUpperCase()}_API_KEY=changeme`,
        () => `${noun().toUpperCase()}_SECRET=\${${noun().toUpperCase()}_SECRET}`,
        () => 'DATABASE_URL=postgres://localhost:5432/dev',
        () => `${noun().toUpperCase()}_TIMEOUT=${between(1, 120)}`,
        () => `FEATURE_${noun().toUpperCase()}=${pick(['true', 'false'])}`,
        () => `${noun().toUpperCase()}_TOKEN=`,
      ])(),
    );
  }
  return lines;
}

/** Lockfiles: integrity hashes are high-entropy base64 that must not be reported. */
function lockfile(kind, targetBytes) {
  const lines = [];
  let size = 0;
  const push = (line) => {
    lines.push(line);
    size += line.length + 1;
  };
  if (kind === 'package-lock.json') {
    push('{', '  "name": "app",');
    push('  "lockfileVersion": 3,');
    push('  "packages": {');
    while (size < targetBytes) {
      const pkg = `${noun()}-${noun()}${int(100)}`;
      const version = `${between(0, 9)}.${between(0, 30)}.${between(0, 40)}`;
      push(`    "node_modules/${pkg}": {`);
      push(`      "version": "${version}",`);
      push(`      "resolved": "https://registry.npmjs.org/${pkg}/-/${pkg}-${version}.tgz",`);
      push(`      "integrity": "sha512-${chars(B64, 86)}==",`);
      push(`      "license": "${pick(['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause'])}"`);
      push('    },');
    }
    push('  }', '}');
  } else if (kind === 'go.sum') {
    while (size < targetBytes) {
      const mod = `github.com/${noun()}/${noun()}-${pick(['go', 'kit', 'sdk'])}`;
      const v = `v${between(0, 3)}.${between(0, 40)}.${between(0, 20)}`;
      push(`${mod} ${v} h1:${chars(B64, 43)}=`);
      push(`${mod} ${v}/go.mod h1:${chars(B64, 43)}=`);
    }
  } else {
    push(
      '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.',
      '# yarn lockfile v1',
      '',
    );
    while (size < targetBytes) {
      const pkg = `${noun()}-${noun()}`;
      const version = `${between(0, 9)}.${between(0, 30)}.${between(0, 40)}`;
      push(`${pkg}@^${version}:`, `  version "${version}"`);
      push(
        `  resolved "https://registry.yarnpkg.com/${pkg}/-/${pkg}-${version}.tgz#${chars(HEX, 40)}"`,
      );
      push(`  integrity sha512-${chars(B64, 86)}==`, '');
    }
  }
  return lines;
}

/** One long line of "minified" JavaScript. */
function minified(targetBytes) {
  const parts = [];
  let size = 0;
  while (size < targetBytes) {
    const part = `function ${ident()}(e,t){var n=e.${noun()}Id||t.${noun()}Key;if(!n)throw new Error("missing ${noun()}");return n.split(".").map(function(r){return r.${pick(VERBS)}()})}`;
    parts.push(part);
    size += part.length + 1;
  }
  return [parts.join(';')];
}

const LANGS = {
  ts: {
    ext: 'ts',
    block: tsBlock,
    dirs: ['src', 'packages/api/src', 'packages/web/src', 'packages/shared/src'],
    weight: 30,
  },
  py: {
    ext: 'py',
    block: pyBlock,
    dirs: ['services/ml', 'services/billing', 'scripts'],
    weight: 15,
  },
  go: {
    ext: 'go',
    block: goBlock,
    dirs: ['cmd', 'internal/auth', 'internal/store', 'pkg/client'],
    weight: 15,
  },
  yaml: {
    ext: 'yaml',
    block: yamlBlock,
    dirs: ['deploy/k8s', '.github/workflows', 'config'],
    weight: 8,
  },
  json: {
    ext: 'json',
    block: jsonBlock,
    dirs: ['config', 'fixtures', 'i18n'],
    weight: 8,
    wrap: ['{', '  "_": 0'],
  },
  md: { ext: 'md', block: mdBlock, dirs: ['docs', 'docs/adr', 'packages/api'], weight: 6 },
  tf: { ext: 'tf', block: tfBlock, dirs: ['infra/modules/db', 'infra/envs'], weight: 5 },
};
const LANG_NAMES = Object.keys(LANGS);
const LANG_WEIGHT_TOTAL = LANG_NAMES.reduce((sum, name) => sum + LANGS[name].weight, 0);
function pickLang() {
  let r = random() * LANG_WEIGHT_TOTAL;
  for (const name of LANG_NAMES) {
    r -= LANGS[name].weight;
    if (r < 0) return name;
  }
  return 'ts';
}

/** A block of `lang` source as single lines (some templates hold several). */
const blockLines = (lang) => LANGS[lang].block().flatMap((line) => line.split('\n'));

/** Source lines of a file in `lang` of about `targetBytes`. */
function sourceLines(lang, targetBytes) {
  const spec = LANGS[lang];
  const lines = spec.wrap ? [spec.wrap[0]] : [];
  let size = 0;
  while (size < targetBytes) {
    for (const line of blockLines(lang)) {
      lines.push(line);
      size += line.length + 1;
    }
  }
  if (spec.wrap) lines.push(spec.wrap[1], '}');
  return lines;
}

// ---------------------------------------------------------------------------------------------
// (a) the directory tree

function generateTree(dir, targetBytes) {
  const files = []; // { path, lines, lang }
  let total = 0;
  const add = (path, lines, lang) => {
    files.push({ path, lines, lang });
    total += lines.reduce((sum, line) => sum + line.length + 1, 0);
  };
  // A few lockfiles and minified bundles, with long lines.
  add('package-lock.json', lockfile('package-lock.json', 600_000), 'lock');
  add('packages/web/package-lock.json', lockfile('package-lock.json', 400_000), 'lock');
  add('yarn.lock', lockfile('yarn.lock', 300_000), 'lock');
  add('go.sum', lockfile('go.sum', 200_000), 'lock');
  add('services/ml/go.sum', lockfile('go.sum', 100_000), 'lock');
  for (let i = 0; i < 5; i++)
    add(`packages/web/public/vendor-${i}.min.js`, minified(between(100_000, 400_000)), 'min');
  for (let i = 0; i < 12; i++)
    add(
      `${pick(['services', 'apps', 'packages'])}/${noun()}-${i}/.env${pick(['', '.example', '.local', '.test'])}`,
      envFile(),
      'env',
    );

  let n = 0;
  while (total < targetBytes) {
    const lang = pickLang();
    const spec = LANGS[lang];
    // Mostly small files, some large ones.
    const size = chance(0.05) ? between(60_000, 250_000) : between(1_500, 30_000);
    const path = `${pick(spec.dirs)}/${noun()}${chance(0.5) ? `-${noun()}` : ''}-${n++}.${spec.ext}`;
    add(path, sourceLines(lang, size), lang);
  }

  // Plant ~30 secrets: 28 assignments in varied languages plus 2 private keys.
  const planted = [];
  const candidates = files.filter((f) => f.lang in LANGS || f.lang === 'env');
  for (let i = 0; i < 28; i++) {
    const file = candidates[int(candidates.length)];
    const kind = SECRET_NAMES[i % SECRET_NAMES.length];
    const [envName, make] = SECRET_KINDS[kind];
    const at = between(1, Math.max(1, file.lines.length - 2));
    // Keep earlier plants' line numbers right: insert, then shift plants below.
    file.lines.splice(at, 0, secretLine(file.lang, envName, make()));
    for (const p of planted) if (p.path === file.path && p.line > at) p.line++;
    planted.push({ kind, path: file.path, line: at + 1 });
  }
  for (let i = 0; i < 2; i++) {
    const path = `deploy/certs/service-${i}.pem`;
    add(path, privateKeyPem(), 'pem');
    planted.push({ kind: 'private-key', path, line: 1 });
  }

  let bytes = 0;
  for (const file of files) {
    const full = join(dir, file.path);
    mkdirSync(dirname(full), { recursive: true });
    const text = `${file.lines.join('\n')}\n`;
    writeFileSync(full, text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(
    join(dir, '.secretlintrc.json'),
    `${JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] })}\n`,
  );
  return { files: files.length, bytes, planted };
}

// ---------------------------------------------------------------------------------------------
// (b) the git history, through git fast-import

const AUTHORS = PEOPLE.map((p) => `${p[0].toUpperCase()}${p.slice(1)} Example <${p}@example.com>`);

async function generateHistory(dir, commits) {
  git(dir, ['init', '-q', '-b', 'main']);
  const child = spawn('git', ['fast-import', '--quiet', '--done'], {
    cwd: dir,
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const exited = new Promise((ok, fail) => {
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? ok() : fail(new Error(`git fast-import exited with ${code}`)),
    );
  });
  let buffered = [];
  let bufferedBytes = 0;
  const write = async (text) => {
    buffered.push(text);
    bufferedBytes += text.length;
    if (bufferedBytes > 1 << 20) await flush();
  };
  const flush = async () => {
    if (buffered.length === 0) return;
    const ok = child.stdin.write(buffered.join(''));
    buffered = [];
    bufferedBytes = 0;
    if (!ok) await new Promise((r) => child.stdin.once('drain', r));
  };
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;

  const files = new Map(); // path → { lang, lines }
  const newFile = () => {
    const lang = pickLang();
    const spec = LANGS[lang];
    const path = `${pick(spec.dirs)}/${noun()}-${noun()}-${files.size}-${int(1e6)}.${spec.ext}`;
    files.set(path, { lang, lines: sourceLines(lang, between(1_000, 12_000)) });
    return path;
  };
  for (let i = 0; i < 250; i++) newFile();
  files.set('package-lock.json', { lang: 'lock', lines: lockfile('package-lock.json', 150_000) });

  const planted = []; // { commit, path, line, kind }
  const live = []; // planted secrets still in the tree: { path, text }
  const plantEvery = Math.max(2, Math.floor(commits / 25));
  const time0 = Date.UTC(2022, 0, 3) / 1000;

  for (let c = 1; c <= commits; c++) {
    const changed = new Set();
    const deleted = new Set();
    if (c === 1) for (const path of files.keys()) changed.add(path);
    else {
      const paths = [...files.keys()].filter((p) => p !== 'package-lock.json');
      for (let k = between(1, 4); k > 0; k--) {
        const path = pick(paths);
        const file = files.get(path);
        const lines = file.lines;
        const op = random();
        const at = between(0, lines.length);
        if (op < 0.55) lines.splice(at, 0, ...blockLines(file.lang));
        else if (op < 0.75) lines.splice(at, between(1, 15));
        else
          for (let j = between(1, 5); j > 0; j--)
            lines[int(lines.length)] = pick(blockLines(file.lang));
        changed.add(path);
      }
      if (chance(0.04)) changed.add(newFile());
      if (chance(0.01) && files.size > 120) {
        const path = pick(paths);
        if (!changed.has(path) && !live.some((s) => s.path === path)) {
          files.delete(path);
          deleted.add(path);
        }
      }
      if (chance(0.02)) {
        files.set('package-lock.json', {
          lang: 'lock',
          lines: lockfile('package-lock.json', 150_000),
        });
        changed.add('package-lock.json');
      }
      for (const secret of live) {
        if (secret.removeAt === c && files.has(secret.path)) {
          const lines = files.get(secret.path).lines;
          const index = lines.indexOf(secret.text);
          if (index >= 0) {
            lines.splice(index, 1);
            changed.add(secret.path);
          }
        }
      }
      // Plant a secret now and then, in a file this commit changes; remove some later.
      if (c % plantEvery === 0) {
        const path = [...changed].find((p) => files.get(p)?.lang in LANGS);
        if (path !== undefined) {
          const file = files.get(path);
          const kind = SECRET_NAMES[planted.length % SECRET_NAMES.length];
          const [envName, make] = SECRET_KINDS[kind];
          const text = secretLine(file.lang, envName, make());
          const at = between(1, file.lines.length);
          file.lines.splice(at, 0, text);
          planted.push({ kind, commit: c, path, line: at + 1 });
          live.push({
            path,
            text,
            removeAt: chance(0.5) ? c + between(1, 10) : Number.POSITIVE_INFINITY,
          });
        }
      }
    }

    const author = pick(AUTHORS);
    const when = time0 + c * 3 * 3600 + int(3600);
    const message = `${pick(['feat', 'fix', 'chore', 'refactor', 'docs', 'test'])}(${noun()}): ${pick(VERBS)} ${noun()} ${noun()}\n`;
    let chunk = `commit refs/heads/main\nmark :${c}\nauthor ${author} ${when} +0000\ncommitter ${author} ${when} +0000\n${data(message)}`;
    if (c > 1) chunk += `from :${c - 1}\n`;
    for (const path of deleted) chunk += `D ${path}\n`;
    for (const path of changed) {
      const file = files.get(path);
      if (file) chunk += `M 100644 inline ${path}\n${data(`${file.lines.join('\n')}\n`)}`;
    }
    await write(`${chunk}\n`);
    if (c === Math.min(1000, commits)) await write(`reset refs/tags/bench-1000\nfrom :${c}\n\n`);
  }
  await write('done\n');
  await flush();
  child.stdin.end();
  await exited;
  git(dir, ['reset', '-q', '--hard', 'main']);
  const shas = git(dir, ['rev-list', '--reverse', 'main']).stdout.trim().split('\n');
  for (const p of planted) p.sha = shas[p.commit - 1];
  return { planted, files: files.size };
}

/** Modifies 20 tracked source files and stages them: a typical commit for the hook. */
function stageCommit(dir) {
  const out = git(dir, ['ls-files', '*.ts', '*.py', '*.go']).stdout.trim().split('\n');
  const chosen = new Set();
  while (chosen.size < Math.min(20, out.length)) chosen.add(pick(out));
  for (const path of chosen) {
    const lang = path.endsWith('.ts') ? 'ts' : path.endsWith('.py') ? 'py' : 'go';
    const extra = [];
    for (let i = between(1, 3); i > 0; i--) extra.push(...blockLines(lang));
    writeFileSync(join(dir, path), `${extra.join('\n')}\n`, { flag: 'a' });
  }
  git(dir, ['add', ...chosen]);
  return chosen.size;
}

function git(cwd, args) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// (c) a pull request for the GitHub Action

const PR_FILES = 20;
const PR_NUMBER = 42;
const PR_LANGS = ['ts', 'py', 'go', 'yaml', 'md'];

/**
 * Base and head trees of a pull request that changes PR_FILES files (15 modified by inserting
 * a few blocks, 5 added), with one planted secret on an added line of one of them.
 */
function generatePullRequest() {
  const base = {};
  const head = {};
  const secretFile = int(PR_FILES);
  let planted = null;
  for (let i = 0; i < PR_FILES; i++) {
    const lang = PR_LANGS[i % PR_LANGS.length];
    const spec = LANGS[lang];
    const path = `${pick(spec.dirs)}/${noun()}-pr-${i}.${spec.ext}`;
    const modified = i < 15;
    const before = modified ? sourceLines(lang, between(3_000, 9_000)) : [];
    const at = modified ? between(1, before.length - 1) : 0;
    const added = [];
    for (let n = modified ? between(1, 3) : between(4, 10); n > 0; n--)
      added.push(...blockLines(lang));
    if (i === secretFile) {
      const kind = 'github-pat';
      const [envName, make] = SECRET_KINDS[kind];
      const offset = int(added.length);
      added.splice(offset, 0, secretLine(lang, envName, make()));
      planted = { kind, path, line: at + offset + 1 };
    }
    if (modified) base[path] = `${before.join('\n')}\n`;
    head[path] = `${[...before.slice(0, at), ...added, ...before.slice(at)].join('\n')}\n`;
  }
  // Unchanged files, so the trees look like a repository rather than the diff alone.
  for (let i = 0; i < 10; i++) {
    const lang = PR_LANGS[i % PR_LANGS.length];
    const spec = LANGS[lang];
    const content = `${sourceLines(lang, between(1_500, 6_000)).join('\n')}\n`;
    const path = `${pick(spec.dirs)}/${noun()}-unchanged-${i}.${spec.ext}`;
    base[path] = content;
    head[path] = content;
  }
  return { base, head, planted };
}

/** Parses a GITHUB_OUTPUT file: `name<<delimiter` … `delimiter` blocks, or `name=value` lines. */
function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const block = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (block) {
      const value = [];
      for (i++; i < lines.length && lines[i] !== block[2]; i++) value.push(lines[i]);
      outputs[block[1]] = value.join('\n');
      continue;
    }
    const pair = /^([^=]+)=(.*)$/.exec(lines[i]);
    if (pair) outputs[pair[1]] = pair[2];
  }
  return outputs;
}

/** Runs a command without blocking the event loop (the fake API answers from this process). */
function timeAsync(cmd, args, options) {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error) => {
      stderr += String(error);
    });
    child.on('close', (status, signal) =>
      done({ ms: performance.now() - started, status, signal, stdout, stderr }),
    );
  });
}

/**
 * The Action (action/dist/index.js) on a pull_request `opened` event, `runs` times, the way a
 * runner starts it (`node` on the bundle, INPUT_* and GITHUB_* set), against the test suite's
 * fake GitHub REST API (test/action/fake-github.ts, bundled here with esbuild) on 127.0.0.1.
 * No .mandate.yml at the base commit: the built-in defaults.
 */
async function benchAction(base, runs) {
  const pr = generatePullRequest();
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  const fakeFile = join(base, 'fake-github.mjs');
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(ROOT, 'test/action/fake-github.ts')],
    outfile: fakeFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const { FakeGitHub, shaOf } = await import(pathToFileURL(fakeFile).href);
  const gh = new FakeGitHub('octo-org/octo-repo');
  const baseSha = gh.commit(shaOf('bench-base'), pr.base);
  const headSha = gh.commit(shaOf('bench-head'), pr.head);
  gh.branches.set('main', baseSha);
  gh.pulls.set(PR_NUMBER, { base: baseSha, head: headSha });

  // The webhook example of an opened pull request, pointed at the fake repository.
  const require = createRequire(import.meta.url);
  const examples = require('@octokit/webhooks-examples');
  const example = examples
    .find((g) => g.name === 'pull_request')
    ?.examples.find((e) => e.action === 'opened');
  if (example === undefined) throw new Error('no pull_request/opened webhook example');
  const payload = structuredClone(example);
  const fullName = `${gh.owner}/${gh.repo}`;
  payload.repository.full_name = fullName;
  payload.repository.name = gh.repo;
  payload.repository.owner.login = gh.owner;
  payload.number = PR_NUMBER;
  payload.pull_request.number = PR_NUMBER;
  payload.pull_request.base.sha = baseSha;
  payload.pull_request.head.sha = headSha;
  payload.pull_request.base.repo.full_name = fullName;
  payload.pull_request.head.repo.full_name = fullName;
  payload.pull_request.changed_files = undefined;

  // The inputs a runner passes: action.yml's defaults, then the workflow's `with:`.
  const { parse } = await import('yaml');
  const spec = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const inputs = {};
  for (const [name, input] of Object.entries(spec.inputs ?? {}))
    inputs[name] = String(input?.default ?? '');
  inputs.token = `bench-${chars(ALNUM, 16)}`;
  inputs.annotations = 'checks';

  const apiUrl = await gh.start();
  const samples = [];
  try {
    for (let i = 0; i < runs; i++) {
      const dir = mkdtempSync(join(base, 'run-'));
      const workspace = join(dir, 'workspace');
      mkdirSync(workspace);
      const eventPath = join(dir, 'event.json');
      const outputPath = join(dir, 'output.txt');
      const summaryPath = join(dir, 'summary.md');
      writeFileSync(eventPath, JSON.stringify(payload));
      writeFileSync(outputPath, '');
      writeFileSync(summaryPath, '');
      const env = {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_OUTPUT: outputPath,
        GITHUB_STEP_SUMMARY: summaryPath,
        GITHUB_API_URL: apiUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: fullName,
        GITHUB_SHA: shaOf(`bench-merge-${i}`),
        GITHUB_REF: `refs/pull/${PR_NUMBER}/merge`,
        GITHUB_RUN_ID: String(4242 + i),
        GITHUB_ACTOR: 'octocat',
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: dir,
      };
      for (const [name, value] of Object.entries(inputs))
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
      // Every run starts from the same state: a first run on this head SHA.
      gh.requests.length = 0;
      gh.checkRuns.length = 0;
      const run = await timeAsync(process.execPath, [ACTION], {
        cwd: workspace,
        env,
        timeout: 120_000,
      });
      const evidencePath = resolve(workspace, inputs['evidence-file'] || 'mandate-evidence.json');
      let evidence = null;
      try {
        evidence = JSON.parse(readFileSync(evidencePath, 'utf8'));
      } catch {}
      samples.push({
        ...run,
        outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
        evidence,
        requests: gh.requests.map((r) => `${r.method} ${r.path}`),
      });
    }
  } finally {
    await gh.stop();
  }
  return { samples, planted: pr.planted, files: PR_FILES };
}

/** Size of a file in KB (1,024 bytes), or null when it is missing. */
function sizeKb(path) {
  return existsSync(path) ? statSync(path).size / 1024 : null;
}

/** Size in KB of the .js files under `dir`, or null when it is missing. */
function distKb(dir) {
  if (!existsSync(dir)) return null;
  return readdirSync(dir, { recursive: true })
    .filter((name) => String(name).endsWith('.js'))
    .reduce((kb, name) => kb + statSync(join(dir, String(name))).size / 1024, 0);
}

/** Size in KB of a bundle and the chunks it imports statically (what loads at start). */
function startKb(entry) {
  if (!existsSync(entry)) return null;
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import[^;]*?from\s*"(\.[^"]+)"/gm))
      visit(join(dirname(file), m[1]));
  };
  visit(entry);
  return [...seen].reduce((kb, file) => kb + statSync(file).size / 1024, 0);
}
const fmtKb = (kb) => (kb === null ? 'missing' : `${Math.round(kb).toLocaleString('en-US')} KB`);

// ---------------------------------------------------------------------------------------------
// measuring

const TIME = '/usr/bin/time';
const DIRECTORY_RUNS = 5;
const RSS_TAG = 'MANDATE_BENCH_MAXRSS_KB=';
let rssMethod = null;
function detectRssMethod() {
  const probe = spawnSync(TIME, ['-f', `${RSS_TAG}%M`, 'true'], { encoding: 'utf8' });
  rssMethod = probe.status === 0 && probe.stderr.includes(RSS_TAG) ? 'time' : 'node';
  return rssMethod === 'time'
    ? '/usr/bin/time -f %M'
    : 'process.resourceUsage().maxRSS in a node wrapper';
}
const WRAPPER =
  "const [cli,...args]=process.argv.slice(1);process.on('exit',()=>process.stderr.write('\\n" +
  RSS_TAG +
  "'+process.resourceUsage().maxRSS+'\\n'));process.argv=[process.argv[0],cli,...args];await import(cli);";

/** Runs the CLI once: wall time, exit code, peak RSS (KB), stdout. */
function runCli(args, cwd) {
  const [cmd, argv] =
    rssMethod === 'time'
      ? [TIME, ['-f', `${RSS_TAG}%M`, process.execPath, CLI, ...args]]
      : [process.execPath, ['--input-type=module', '-e', WRAPPER, CLI, ...args]];
  const started = performance.now();
  const result = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  const match = new RegExp(`${RSS_TAG}(\\d+)`).exec(result.stderr ?? '');
  const stderr = (result.stderr ?? '').replace(new RegExp(`\\n?${RSS_TAG}\\d+\\n?`), '');
  let json = null;
  try {
    json = JSON.parse(result.stdout);
  } catch {}
  return {
    ms,
    status: result.status,
    rssKb: match ? Number(match[1]) : null,
    stdout: result.stdout,
    stderr,
    json,
  };
}

function time(cmd, args, cwd) {
  const started = performance.now();
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return {
    ms: performance.now() - started,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mb = (bytes) => bytes / 1_048_576;
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtMbs = (bytes, ms) => `${(mb(bytes) / (ms / 1000)).toFixed(1)} MB/s`;
const fmtRss = (kb) => (kb === null ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const mark = (ok) => (ok === null ? ' ' : ok ? '✓' : '✗');

/** The recall of `planted` in `findings`, as the two rows every scan measurement prints. */
function recallRows(row, planted, findings) {
  const r = recall(planted, findings);
  row(
    '  planted secrets found',
    `${r.found}/${r.total}${r.missed ? ` (missed: ${r.missed})` : ''}`,
    'all',
    r.found === r.total,
  );
  row(
    '  other findings (not planted)',
    `${r.others}, ${r.othersBlocking} blocking${r.others ? ` (${r.otherRules})` : ''}`,
  );
  return r;
}

/** Planted secrets that some finding reports (same path, line within one, same commit if known). */
function recall(planted, findings) {
  let found = 0;
  const matched = new Set();
  const missed = [];
  for (const p of planted) {
    // The nearest unmatched finding, on the line itself before a neighbour.
    const hit = findings
      .filter(
        (f) =>
          !matched.has(f) &&
          f.path === p.path &&
          Math.abs(f.line - p.line) <= 1 &&
          (p.sha === undefined || f.commit === undefined || p.sha.startsWith(String(f.commit))),
      )
      .sort((a, b) => Math.abs(a.line - p.line) - Math.abs(b.line - p.line))[0];
    if (hit) {
      found++;
      matched.add(hit);
    } else missed.push(p.kind);
  }
  const others = findings.filter((f) => !matched.has(f));
  return {
    found,
    total: planted.length,
    missed: [...new Set(missed)].sort().join(', '),
    others: others.length,
    othersBlocking: others.filter((f) => f.blocking === true).length,
    otherRules: countBy(others, (f) => f.ruleId),
  };
}
function countBy(items, key) {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([k, v]) => `${k} ×${v}`)
    .join(', ');
}

function scanError(label, run) {
  const reason =
    run.status === 2 ? run.stderr.trim().split('\n').slice(0, 3).join(' / ') : `exit ${run.status}`;
  return `${label}: mandate did not complete (${reason})`;
}

// ---------------------------------------------------------------------------------------------
// main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  seed(options.seed);
  const base = options.dir ?? mkdtempSync(join(os.tmpdir(), 'mandate-bench-'));
  mkdirSync(base, { recursive: true });
  const treeDir = join(base, 'tree');
  const repoDir = join(base, 'repo');
  const actionDir = join(base, 'action');
  for (const dir of [treeDir, repoDir]) {
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const cpus = os.cpus();
  const header = [
    `mandate bench — ${new Date().toISOString()}`,
    `node ${process.version} · ${cpus[0]?.model?.trim() ?? 'unknown CPU'} · ${cpus.length} cores · ${os.platform()} ${os.arch()}`,
  ];
  process.stdout.write(`${header.join('\n')}\n\n`);
  const log = (text) => process.stderr.write(`bench: ${text}\n`);
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus[0]?.model,
    cores: cpus.length,
  };

  try {
    if (options.evidenceOnly) {
      results.evidence = await benchEvidenceTable(log);
      if (options.json) writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
      return;
    }
    if (options.hooksOnly) {
      log(`git commit through each hook manager ×${options.hookRuns}…`);
      const hooks = benchHooks(base, options.hookRuns);
      printTable([
        [`git commit, 5 files (median of ${options.hookRuns})`, '', '', ' '],
        ...hooks.rows,
      ]);
      results.hooks = hooks.results;
      if (options.json) writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
      return;
    }
    let started = performance.now();
    const tree = generateTree(treeDir, options.sizeMb * 1_048_576);
    log(
      `tree: ${tree.files.toLocaleString('en-US')} files, ${mb(tree.bytes).toFixed(1)} MB, ${tree.planted.length} planted secrets (${fmtMs(performance.now() - started)})`,
    );
    started = performance.now();
    const history = await generateHistory(repoDir, options.commits);
    const commitCount = Number(git(repoDir, ['rev-list', '--count', 'main']).stdout.trim());
    log(
      `history: ${commitCount.toLocaleString('en-US')} commits, ${history.files} files at HEAD, ${history.planted.length} planted secrets (${fmtMs(performance.now() - started)})`,
    );
    writeFileSync(
      join(base, 'planted.json'),
      `${JSON.stringify({ tree: tree.planted, history: history.planted }, null, 2)}\n`,
    );
    const staged = stageCommit(repoDir);
    log(`staged: ${staged} modified files in ${repoDir}`);
    Object.assign(results, {
      tree: { files: tree.files, bytes: tree.bytes, planted: tree.planted.length },
      history: { commits: commitCount, planted: history.planted.length },
    });

    if (options.generateOnly) {
      process.stdout.write(`generated in ${base} (--generate-only: nothing measured)\n`);
      options.keep = true;
      return;
    }
    if (!existsSync(CLI)) {
      process.stdout.write(
        `dist/cli.js is missing: run \`npm run build\` (or \`npm run bench\`, which builds first).\n`,
      );
      return;
    }
    log(`peak RSS via ${detectRssMethod()}`);
    const rows = [];
    const notes = [];
    const row = (what, value, target = '', ok = null) => rows.push([what, value, target, mark(ok)]);

    // 1. directory scan
    // Five runs: on a shared 2-vCPU machine single runs vary by ±5%.
    log(`directory scan ×${DIRECTORY_RUNS}…`);
    const dirRuns = [];
    for (let i = 0; i < DIRECTORY_RUNS; i++)
      dirRuns.push(runCli(['scan', '.', '--format', 'json', '--no-color'], treeDir));
    const dirOk = dirRuns.every((r) => (r.status === 0 || r.status === 1) && r.json);
    let mandateMbs = null;
    if (dirOk) {
      const ms = median(dirRuns.map((r) => r.ms));
      const rss = Math.max(...dirRuns.map((r) => r.rssKb ?? 0)) || null;
      mandateMbs = mb(tree.bytes) / (ms / 1000);
      const stats = dirRuns[0].json.stats ?? {};
      row(
        `directory scan (median of ${DIRECTORY_RUNS})`,
        `${fmtMs(ms)} · ${fmtMbs(tree.bytes, ms)} · ${fmtRss(rss)} peak RSS`,
        '≥ 150 MB/s',
        mandateMbs >= 150,
      );
      row(
        '  scanned by mandate',
        `${(stats.files ?? 0).toLocaleString('en-US')} files, ${mb(stats.bytes ?? 0).toFixed(1)} MB of ${mb(tree.bytes).toFixed(1)} MB`,
      );
      const r = recallRows(row, tree.planted, dirRuns[0].json.findings ?? []);
      results.directory = { ms, rssKb: rss, mbPerS: mandateMbs, recall: r };
    } else
      notes.push(
        scanError(
          'directory scan',
          dirRuns.find((r) => r.status !== 0 && r.status !== 1) ?? dirRuns[0],
        ),
      );

    // 1b. real code: many small files, as repositories are
    const corpus = options.realCode ? realCodeCorpus(log) : null;
    if (corpus !== null) {
      const size = measureTree(corpus);
      log(`real-code corpus: directory scan ×${DIRECTORY_RUNS}…`);
      const args = ['scan', '.', '--no-gitignore', '--format', 'json', '--no-color'];
      const runs = [];
      for (let i = 0; i < DIRECTORY_RUNS; i++) runs.push(runCli(args, corpus));
      if (runs.every((r) => (r.status === 0 || r.status === 1) && r.json)) {
        const ms = median(runs.map((r) => r.ms));
        const rss = Math.max(...runs.map((r) => r.rssKb ?? 0)) || null;
        const stats = runs[0].json.stats ?? {};
        const skipped = size.files - (stats.files ?? 0); // too large, binary, or a symlink
        row(
          `real code, ${REAL_CODE_PACKAGES.length} npm packages (median of ${DIRECTORY_RUNS})`,
          `${fmtMs(ms)} · ${fmtMbs(size.bytes, ms)} of tree · ${fmtRss(rss)} peak RSS`,
          '≥ 150 MB/s',
          mb(size.bytes) / (ms / 1000) >= 150,
        );
        row(
          '  tree / scanned by mandate',
          `${size.files.toLocaleString('en-US')} files, ${mb(size.bytes).toFixed(1)} MB / ${(stats.files ?? 0).toLocaleString('en-US')} files, ${mb(stats.bytes ?? 0).toFixed(1)} MB (${skipped.toLocaleString('en-US')} not read: too large, binary or symlinks)`,
        );
        results.realCode = { ms, rssKb: rss, files: size.files, bytes: size.bytes, stats };
        // One thread against two workers (--jobs), whatever the automatic choice is here.
        for (const jobs of [1, 2]) {
          const jobRuns = [0, 1, 2].map(() => runCli([...args, '--jobs', String(jobs)], corpus));
          if (!jobRuns.every((r) => r.status === 0 || r.status === 1)) continue;
          const jobMs = median(jobRuns.map((r) => r.ms));
          const jobRss = Math.max(...jobRuns.map((r) => r.rssKb ?? 0)) || null;
          row(
            `  --jobs ${jobs} (median of 3)`,
            `${fmtMs(jobMs)} · ${fmtMbs(size.bytes, jobMs)} · ${fmtRss(jobRss)} peak RSS`,
          );
          results.realCode[`jobs${jobs}Ms`] = jobMs;
        }
        // Peak memory as the tree grows: the corpus ten times over (hard links).
        const tenfold = multipliedCorpus(corpus, 10);
        if (tenfold !== null) {
          try {
            const big = runCli(args, tenfold);
            if ((big.status === 0 || big.status === 1) && big.json && rss !== null) {
              const growth = (big.rssKb ?? 0) / rss;
              row(
                '  peak RSS, corpus ×1 → ×10',
                `${fmtRss(rss)} → ${fmtRss(big.rssKb)} (${growth.toFixed(2)}×; ${(big.json.stats?.files ?? 0).toLocaleString('en-US')} files in ${fmtMs(big.ms)})`,
                'flat (±20%)',
                growth <= 1.2,
              );
              results.realCode.rss10Kb = big.rssKb;
            } else notes.push(scanError('real-code ×10 scan', big));
          } finally {
            rmSync(tenfold, { recursive: true, force: true });
          }
        }
        const rg = ripgrepCommand(join(ROOT, 'rules', 'recommended.yml'), parseYaml);
        if (rg !== null) {
          const rgMs = median([0, 1, 2, 3, 4].map(() => time('rg', rg.args, corpus).ms));
          row(
            `  ripgrep, ${rg.keywords} rule keywords in one pass (median of 5)`,
            `${fmtMs(rgMs)} · ${fmtMbs(size.bytes, rgMs)} · mandate ${(ms / rgMs).toFixed(1)}× slower`,
            '≤ 5×',
            ms / rgMs <= 5,
          );
          results.realCode.ripgrepMs = rgMs;
        } else
          notes.push('ripgrep is not installed (apt-get install ripgrep): no reference figure');
      } else
        notes.push(
          scanError(
            'real-code scan',
            runs.find((r) => r.status !== 0 && r.status !== 1) ?? runs[0],
          ),
        );
    }

    // 2. pre-commit latency
    log(`staged scan ×${options.runs} and node -e 0 ×${options.runs}…`);
    const stagedRuns = [];
    const nodeRuns = [];
    for (let i = 0; i < options.runs; i++) {
      stagedRuns.push(runCli(['scan', '--staged', '--format', 'json', '--no-color'], repoDir));
      nodeRuns.push(time(process.execPath, ['-e', '0'], repoDir).ms);
    }
    if (stagedRuns.every((r) => r.status === 0 || r.status === 1)) {
      const ms = median(stagedRuns.map((r) => r.ms));
      const nodeMs = median(nodeRuns);
      const ratio = ms / nodeMs;
      const files = stagedRuns[0].json?.stats?.files ?? '?';
      row(
        `staged scan, ${staged}-file commit (median of ${options.runs})`,
        `${fmtMs(ms)} (${files} files scanned)`,
      );
      row('  node -e 0 (median)', fmtMs(nodeMs));
      row('  ratio', `${ratio.toFixed(2)}×`, '≤ 4×', ratio <= 4);
      results.staged = { ms, nodeMs, ratio };
    } else
      notes.push(
        scanError(
          'staged scan',
          stagedRuns.find((r) => r.status !== 0 && r.status !== 1),
        ),
      );

    // 3. history
    log('git log -p ×3…');
    const logBytes = Number(
      spawnSync('sh', ['-c', 'git log -p main | wc -c'], {
        cwd: repoDir,
        encoding: 'utf8',
      }).stdout.trim(),
    );
    const logMs = median(
      [0, 1, 2].map(() => time('sh', ['-c', 'git log -p main > /dev/null'], repoDir).ms),
    );
    log('history scan ×3…');
    const histRuns = [0, 1, 2].map(() =>
      runCli(['scan', '--history', 'main', '--format', 'json', '--no-color'], repoDir),
    );
    const hist1000 = runCli(
      ['scan', '--history', 'bench-1000', '--format', 'json', '--no-color'],
      repoDir,
    );
    if (histRuns.every((r) => (r.status === 0 || r.status === 1) && r.json)) {
      const ms = median(histRuns.map((r) => r.ms));
      const rss = Math.max(...histRuns.map((r) => r.rssKb ?? 0)) || null;
      const ratio = ms / logMs;
      const stats = histRuns[0].json.stats ?? {};
      row(
        `history scan, ${commitCount.toLocaleString('en-US')} commits (median of 3)`,
        `${fmtMs(ms)} · ${Math.round(commitCount / (ms / 1000)).toLocaleString('en-US')} commits/s · ${fmtMbs(logBytes, ms)} of \`git log -p\` text`,
      );
      row(
        '  mandate read',
        `${stats.commits === undefined ? '' : `${stats.commits.toLocaleString('en-US')} commits, `}${mb(stats.bytes ?? 0).toFixed(1)} MB of added text`,
      );
      row(
        '  git log -p > /dev/null (median of 3)',
        `${fmtMs(logMs)} · ${fmtMbs(logBytes, logMs)} (${mb(logBytes).toFixed(1)} MB)`,
      );
      row('  ratio', `${ratio.toFixed(2)}×`, '≤ 2×', ratio <= 2);
      const r = recallRows(row, history.planted, histRuns[0].json.findings ?? []);
      const rss1000 = hist1000.rssKb;
      if (rss !== null && rss1000 !== null && (hist1000.status === 0 || hist1000.status === 1)) {
        const growth = rss / rss1000;
        row(
          `  peak RSS 1,000 → ${commitCount.toLocaleString('en-US')} commits`,
          `${fmtRss(rss1000)} → ${fmtRss(rss)} (${growth.toFixed(2)}×)`,
          'flat (≤ 1.5×)',
          growth <= 1.5,
        );
      }
      results.history = {
        ms,
        rssKb: rss,
        rss1000Kb: rss1000,
        gitLogMs: logMs,
        gitLogBytes: logBytes,
        ratio,
        recall: r,
      };
    } else
      notes.push(
        scanError(
          'history scan',
          histRuns.find((r) => r.status !== 0 && r.status !== 1) ?? histRuns[0],
        ),
      );

    // 4. secretlint
    if (options.secretlint && existsSync(SECRETLINT)) {
      log('secretlint (recommended preset)…');
      // --output: secretlint exits before a large stdout pipe is drained.
      const reportFile = join(base, 'secretlint.json');
      const run = time(
        SECRETLINT,
        ['**/*', '--format', 'json', '--no-color', '--output', reportFile],
        treeDir,
      );
      let r = null;
      try {
        const reports = JSON.parse(readFileSync(reportFile, 'utf8'));
        const findings = reports.flatMap((report) =>
          report.messages.map((m) => ({
            path: relative(treeDir, report.filePath),
            line: m.loc?.start?.line ?? 0,
            ruleId: m.ruleId,
          })),
        );
        r = recall(tree.planted, findings);
      } catch {}
      if (run.status === 0 || run.status === 1) {
        row(
          'secretlint "**/*" (recommended preset)',
          `${fmtMs(run.ms)} · ${fmtMbs(tree.bytes, run.ms)}`,
        );
        if (r)
          row(
            '  planted secrets found by secretlint',
            `${r.found}/${r.total}${r.missed ? ` (missed: ${r.missed})` : ''}`,
          );
        if (mandateMbs !== null) {
          const ratio = mandateMbs / (mb(tree.bytes) / (run.ms / 1000));
          row('  mandate throughput ÷ secretlint', `${ratio.toFixed(1)}×`, '≥ 8×', ratio >= 8);
          results.secretlint = { ms: run.ms, ratio, recall: r };
        }
      } else
        notes.push(
          `secretlint did not complete (exit ${run.status}): ${run.stderr.trim().split('\n')[0]}`,
        );
    } else if (options.secretlint)
      notes.push('secretlint is not installed (node_modules/.bin/secretlint); skipped');

    // 5. the GitHub Action on a pull request
    if (existsSync(ACTION)) {
      log(`action on a ${PR_FILES}-file pull request ×${options.actionRuns}…`);
      try {
        const { samples, planted, files } = await benchAction(actionDir, options.actionRuns);
        const failed = samples.find(
          (s) => s.outputs.decision === undefined || (s.status !== 0 && s.status !== 1),
        );
        if (failed === undefined) {
          const ms = median(samples.map((s) => s.ms));
          const times = samples.map((s) => s.ms);
          const first = samples[0];
          const { decision, blocking, findings } = first.outputs;
          const scan = first.evidence?.scan;
          row(
            `action, ${files}-file pull request (median of ${samples.length})`,
            `${fmtMs(ms)} (${fmtMs(Math.min(...times))}–${fmtMs(Math.max(...times))}) · ${first.requests.length} API requests`,
            '≤ 1.5 s',
            ms <= 1500,
          );
          if (scan)
            row(
              '  scanned by the action',
              `${scan.files} files, ${scan.lines.toLocaleString('en-US')} added lines`,
            );
          const consistent = samples.every((s) => s.outputs.decision === decision);
          // The planted secret is one of the findings, at its line (from the evidence record).
          const r = first.evidence ? recall([planted], first.evidence.findings ?? []) : null;
          row(
            `  decision (1 planted ${planted.kind})`,
            `${decision}${consistent ? '' : ' (differs between runs)'} · ${blocking} blocking of ${findings} finding${findings === '1' ? '' : 's'}${r === null ? '' : r.found ? ' · planted one found' : ' · planted one missed'}`,
            'block',
            decision === 'block' && consistent && (r === null || r.found === 1),
          );
          results.action = {
            files,
            ms,
            runsMs: times,
            requests: first.requests,
            decision,
            blocking: Number(blocking),
            findings: Number(findings),
            scanned: scan ?? null,
            planted,
            plantedFound: r === null ? null : r.found === 1,
          };
        } else
          notes.push(
            `action: the run did not complete (exit ${failed.status}${failed.signal ? `, ${failed.signal}` : ''}, no decision output): ${
              (failed.stderr || failed.stdout).trim().split('\n').slice(-3).join(' / ') ||
              'no output'
            }`,
          );
      } catch (error) {
        notes.push(`action: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else notes.push('action/dist/index.js is missing: run `npm run build:action`');

    // 6. a real commit through each hook manager
    log(`git commit through each hook manager ×${options.hookRuns}…`);
    try {
      const hooks = benchHooks(base, options.hookRuns);
      row(`git commit, 5 files (median of ${options.hookRuns})`, '');
      rows.push(...hooks.rows);
      results.hooks = hooks.results;
    } catch (error) {
      notes.push(`hooks: ${error instanceof Error ? error.message : String(error)}`);
    }

    // 7. bundle sizes
    const dist = dirname(CLI);
    const bundles = { action: sizeKb(ACTION), dist: distKb(dist), start: startKb(CLI) };
    row('bundle size: action/dist/index.js', fmtKb(bundles.action));
    row(
      `bundle size: ${relative(ROOT, dist)}/ (CLI, workers, chunks)`,
      `${fmtKb(bundles.dist)}, of which ${fmtKb(bundles.start)} loaded by every start (${relative(ROOT, CLI)} and its static imports)`,
    );
    results.bundlesKb = {
      'action/dist/index.js': bundles.action,
      [`${relative(ROOT, dist)}/`]: bundles.dist,
      'loaded at start': bundles.start,
    };

    printTable(rows);
    for (const note of notes) process.stdout.write(`note: ${note}\n`);
    // 8. the auditor's report over a year of evidence (scripts/bench-evidence.mjs)
    if (options.evidence) {
      process.stdout.write('\n');
      results.evidence = await benchEvidenceTable(log);
    }
    results.rows = rows;
    // The table as printed; an indented row details the unindented row above it (`of`).
    let parent = null;
    results.table = rows.map(([measure, result, target, ok]) => {
      const detail = measure.startsWith(' ');
      if (!detail) parent = measure;
      return {
        measure: measure.trim(),
        ...(detail ? { of: parent } : {}),
        result,
        target,
        met: ok === '✓' ? true : ok === '✗' ? false : null,
      };
    });
    results.notes = notes;
    if (options.json) writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
  } catch (error) {
    process.stdout.write(
      `bench failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  } finally {
    if (options.keep) process.stdout.write(`\nkept the generated data in ${base}\n`);
    else if (options.dir === null) rmSync(base, { recursive: true, force: true });
    else
      for (const dir of [treeDir, repoDir, actionDir])
        rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// (d) a real `git commit` through each hook manager

/**
 * Median wall time of `git commit` (5 files changed) in a fresh repository set up by
 * `mandate init` for each hook manager found here, next to no hook at all and to the hook
 * `init` wrote before 0.1.x (`npx --no-install mandate scan --staged`).
 */
function benchHooks(base, runs) {
  const rows = [];
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.test',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.test',
    PRE_COMMIT_HOME: join(base, 'pre-commit-cache'),
    NO_COLOR: '1',
  };
  for (const name of Object.keys(env))
    if (/^(GIT_DIR|GIT_INDEX_FILE|GIT_WORK_TREE|CI)$/.test(name)) delete env[name];
  const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { env }).status === 0;
  const platformPkg = `lefthook-${process.platform}-${process.arch}`;
  const setups = [
    { name: 'no hook (git commit --no-verify)', noVerify: true },
    {
      name: 'old hook: npx --no-install mandate scan --staged',
      prepare: (dir) => {
        writeFileSync(
          join(dir, '.git', 'hooks', 'pre-commit'),
          '#!/bin/sh\nnpx --no-install mandate scan --staged\n',
          { mode: 0o755 },
        );
      },
    },
    { name: 'plain git hook (mandate init)', init: ['--hook-manager', 'git'] },
    existsSync(join(ROOT, 'node_modules', 'husky'))
      ? {
          name: 'husky v9 (mandate init)',
          files: { 'package.json': '{ "name": "app", "devDependencies": { "husky": "*" } }\n' },
          tools: [['husky', 'bin.js', []]],
          init: ['--hook-manager', 'husky'],
        }
      : null,
    existsSync(join(ROOT, 'node_modules', 'lefthook'))
      ? {
          name: 'lefthook (mandate init)',
          files: { 'lefthook.yml': 'pre-commit:\n  commands: {}\n' },
          tools: [['lefthook', 'bin/index.js', [platformPkg]]],
          init: ['--hook-manager', 'lefthook'],
        }
      : null,
    has('pre-commit')
      ? {
          name: 'pre-commit framework (mandate init)',
          files: { '.pre-commit-config.yaml': 'repos: []\n' },
          init: ['--hook-manager', 'pre-commit'],
          stage: ['.pre-commit-config.yaml'],
        }
      : null,
  ].filter((setup) => setup !== null);
  if (!has('pre-commit'))
    rows.push(['  pre-commit framework', 'not installed here: not measured', '', ' ']);
  const results = {};
  for (const setup of setups) {
    const dir = mkdtempSync(join(base, 'hook-'));
    const sh = (cmd, args) => spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8' });
    sh('git', ['init', '-q']);
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    for (const [file, text] of Object.entries(setup.files ?? {}))
      writeFileSync(join(dir, file), text);
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `file${i}.ts`), 'export const a = 1;\n');
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    spawnSync('ln', [
      '-s',
      join(ROOT, 'bin', 'mandate.js'),
      join(dir, 'node_modules', '.bin', 'mandate'),
    ]);
    for (const [tool, bin, extra] of setup.tools ?? []) {
      for (const pkg of [tool, ...extra])
        spawnSync('ln', ['-s', join(ROOT, 'node_modules', pkg), join(dir, 'node_modules', pkg)]);
      spawnSync('ln', ['-s', join('..', tool, bin), join(dir, 'node_modules', '.bin', tool)]);
      if (tool === 'husky') sh(join(dir, 'node_modules', '.bin', 'husky'), []);
    }
    if (setup.init) {
      const init = sh(process.execPath, [CLI, 'init', ...setup.init]);
      if (init.status !== 0) {
        rows.push([
          `  ${setup.name}`,
          `init failed: ${init.stdout.trim().split('\n').pop()}`,
          '',
          ' ',
        ]);
        continue;
      }
    }
    setup.prepare?.(dir);
    sh('git', ['add', '-A']);
    const first = sh('git', [
      'commit',
      '-q',
      '-m',
      'first',
      ...(setup.noVerify ? ['--no-verify'] : []),
    ]);
    if (first.status !== 0) {
      rows.push([
        `  ${setup.name}`,
        `the first commit failed: ${(first.stderr || first.stdout).trim().split('\n').pop()}`,
        '',
        ' ',
      ]);
      continue;
    }
    const times = [];
    for (let run = 0; run < runs; run++) {
      for (let i = 0; i < 5; i++)
        writeFileSync(join(dir, `file${i}.ts`), `export const b${run} = ${run};\n`, { flag: 'a' });
      sh('git', ['add', '-A']);
      const t = time(
        'git',
        ['commit', '-q', '-m', `change ${run}`, ...(setup.noVerify ? ['--no-verify'] : [])],
        dir,
      );
      if (t.status !== 0) throw new Error(`${setup.name}: git commit failed: ${t.stderr}`);
      times.push(t.ms);
    }
    results[setup.name] = median(times);
  }
  const none = results['no hook (git commit --no-verify)'];
  for (const [name, ms] of Object.entries(results)) {
    const extra =
      none === undefined || name.startsWith('no hook')
        ? ''
        : ` (+${fmtMs(ms - none)} over no hook)`;
    rows.push([`  ${name}`, `${fmtMs(ms)}${extra}`, '', ' ']);
  }
  return { rows, results };
}

/** `mandate evidence report` over 12 months × 2,000 records, and 4× that: the table, and the numbers. */
async function benchEvidenceTable(log) {
  log('evidence report over a 24,000-record ledger, and a 96,000-record one…');
  const { benchEvidence } = await import('./bench-evidence.mjs');
  const evidence = benchEvidence({ cli: CLI });
  const row = (label, r) => [
    `  ${label}`,
    `${(r.ms / 1000).toFixed(2)} s · ${(r.cpuMs / 1000).toFixed(2)} s CPU · ${r.rssMb.toFixed(0)} MB peak RSS`,
    '',
    '',
  ];
  printTable([
    ['evidence report --format html', '', '', ''],
    row(`a year, ${evidence.records} records`, evidence.year),
    row('one quarter of it', evidence.quarter),
    ...(evidence.larger === null
      ? []
      : [row(`a year, ${evidence.larger.records} records (${evidence.scale}×)`, evidence.larger)]),
  ]);
  return evidence;
}

function printTable(rows) {
  const heads = ['measure', 'result', 'target', ''];
  const widths = heads.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  process.stdout.write(`${line(heads)}\n${line(widths.map((w) => '─'.repeat(w)))}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
  process.stdout.write('\n(targets are goals for the numbers; the bench always exits 0)\n');
}

await main();
