/**
 * Hand-run micro-benchmark of the secret engine (not a test; nothing here is timed in CI):
 *   npx esbuild test/engine/micro-bench.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=.bench/micro-bench.mjs && node .bench/micro-bench.mjs [MB] [DIR]
 * Without DIR: generates ~MB (default 50) of code-like text (seeded) in ~20 KB files, a few with
 * secrets; its secret-ish words are denser than in real code. With DIR: reads up to MB of real
 * .js/.ts/.py/.json files under DIR (e.g. node_modules). Scans with the built-in packs,
 * single-threaded, and reports MB/s.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileRules } from '../../src/core/secret/compile.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import type { ChangedFile } from '../../src/core/types.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { mulberry32 } from '../support/compose.js';
import { ghToken } from './helpers.js';

const megabytes = Number(process.argv[2] ?? 50);
const random = mulberry32(1);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const words = [
  'user',
  'config',
  'value',
  'request',
  'response',
  'items',
  'result',
  'index',
  'data',
  'token',
  'cache',
  'session',
  'handler',
  'options',
  'keyName',
  'password',
  'secret',
  'apiUrl',
  'count',
];
const templates: ((w: string, v: string) => string)[] = [
  (w, v) => `  const ${w} = await fetch${v}(options.${w});`,
  (w, v) => `  if (${w}.length > ${v.length}) { return ${w}.map((x) => x.${v}); }`,
  (w, v) => `def ${w}_${v}(self, ${w}=None):`,
  (w, v) => `    self.${w} = kwargs.get("${w}", "${v}")`,
  (w) => `// TODO: validate the ${w} before sending it to https://api.example.org/v1/${w}`,
  (w, v) => `export function ${w}${v}(input: string): number { return input.length; }`,
  (w, v) => `  "${w}": "${v}",`,
  (w) => `import { ${w} } from './${w}.js';`,
  (w, v) => `    ${w} = os.environ.get("${w.toUpperCase()}_${v.toUpperCase()}")`,
  () => '',
];
const lineOf = () => pick(templates)(pick(words), pick(words) + Math.floor(random() * 1000));

const files: ChangedFile[] = [];
let total = 0;
const dir = process.argv[3];
const fileOf = (path: string, text: string, lines: number): ChangedFile => ({
  path,
  status: 'added',
  hunks: [{ startLine: 1, text }],
  size: text.length,
  lines,
  binary: false,
});
function walk(path: string): void {
  for (const name of readdirSync(path)) {
    if (total >= megabytes * 1024 * 1024) return;
    const full = join(path, name);
    const stat = statSync(full);
    if (stat.isDirectory()) walk(full);
    else if (/\.(?:[cm]?js|ts|py|json)$/.test(name) && stat.size < 1_000_000) {
      const text = readFileSync(full, 'utf8');
      files.push(fileOf(full, text, text.split('\n').length));
      total += text.length;
    }
  }
}
if (dir !== undefined) walk(dir);
while (dir === undefined && total < megabytes * 1024 * 1024) {
  const lines: string[] = [];
  let size = 0;
  while (size < 20_000) {
    const line = lineOf();
    lines.push(line);
    size += line.length + 1;
  }
  if (files.length % 100 === 0) lines[lines.length >> 1] = `  const gh = "${ghToken()}";`;
  const text = lines.join('\n');
  files.push(fileOf(`src/f${files.length}.ts`, text, lines.length));
  total += text.length;
}

const specs = builtinPacks().flatMap((pack) => pack.rules);
const rules = compileRules(specs, {
  allowlist: { paths: [], regexes: [], stopwords: [] },
  overrides: {},
});
for (let round = 0; round < 3; round++) {
  const started = performance.now();
  let findings = 0;
  for (const file of files) findings += scanFile(file, rules).length;
  const seconds = (performance.now() - started) / 1000;
  const mb = total / 1024 / 1024;
  console.log(
    `round ${round + 1}: ${mb.toFixed(1)} MB in ${files.length} files, ${specs.length} rules: ` +
      `${(mb / seconds).toFixed(0)} MB/s, ${findings} findings`,
  );
}
