import { describe, expect, test } from 'vitest';
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import {
  continuedLines,
  decodeJsonEscapes,
  detectFormat,
  insideDataUri,
  insideIntegrityHash,
  rawOffset,
} from '../../src/core/secret/formats.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import {
  awsKeyId,
  BASE64,
  compileTestRules,
  fileOf,
  generator,
  genericValue,
  ghToken,
  pemKey,
  stripeTestKey,
  TEST_RULES,
} from './helpers.js';

const rules = compileTestRules();
const gen = generator(99);
const ids = (path: string, text: string) =>
  scanFile(fileOf(path, text), rules).map((f) => f.ruleId);
/** 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('detectFormat', () => {
  test.each([
    [
      'notebooks/a.ipynb',
      100,
      10,
      { notebook: true, lockfile: false, minified: false, yaml: false },
    ],
    [
      'package-lock.json',
      100,
      10,
      { notebook: false, lockfile: true, minified: false, yaml: false },
    ],
    ['sub/Cargo.lock', 100, 10, { notebook: false, lockfile: true, minified: false, yaml: false }],
    ['pnpm-lock.yaml', 100, 10, { notebook: false, lockfile: true, minified: false, yaml: false }],
    ['dist/app.min.js', 100, 10, { notebook: false, lockfile: false, minified: true, yaml: false }],
    ['dist/app.js.map', 100, 10, { notebook: false, lockfile: false, minified: true, yaml: false }],
    ['dist/app.js', 5000, 2, { notebook: false, lockfile: false, minified: true, yaml: false }],
    ['src/app.js', 5000, 100, { notebook: false, lockfile: false, minified: false, yaml: false }],
    ['k8s/secret.yaml', 100, 10, { notebook: false, lockfile: false, minified: false, yaml: true }],
  ])('%s', (path, chars, lines, expected) => {
    expect(detectFormat(path, chars, lines)).toEqual(expected);
  });
});

describe('Jupyter notebooks', () => {
  function notebook(token: string, key: string, password: string) {
    return {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Demo\n', 'Nothing here.'] },
        {
          cell_type: 'code',
          execution_count: 1,
          metadata: {},
          source: ['import os\n', `gh = "${token}"\n`, `password = "${password}"\n`, 'print(gh)'],
          outputs: [{ name: 'stdout', output_type: 'stream', text: [`key is "${key}"\n`] }],
        },
      ],
      metadata: { kernelspec: { name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    };
  }

  test('cell sources and outputs are scanned unescaped; lines are the .ipynb lines', () => {
    const token = ghToken();
    const key = stripeTestKey();
    const password = genericValue();
    const text = JSON.stringify(notebook(token, key, password), null, 1);
    const findings = scanFile(fileOf('analysis/demo.ipynb', text), rules);
    expect(findings.map((f) => [f.ruleId, f.line, f.secret.length])).toEqual([
      ['secret/test-github', lineOf(text, token), token.length],
      ['secret/generic-test', lineOf(text, password), password.length],
      ['secret/test-stripe', lineOf(text, key), key.length],
    ]);
    const gh = findings[0]!;
    const rawLine = text.split('\n')[gh.line - 1]!;
    expect(gh.lineText).toBe(rawLine);
    expect(gh.column).toBe(rawLine.indexOf(token) + 1);
    // The generic finding needs the decoding: raw JSON has `\"` before the value.
    expect(ids('analysis/demo.json', text)).not.toContain('secret/generic-test');
  });

  test('a whole notebook on one (minified) line', () => {
    const token = ghToken();
    const key = stripeTestKey();
    const password = genericValue();
    const text = JSON.stringify(notebook(token, key, password));
    const findings = scanFile(fileOf('demo.ipynb', text), rules);
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['secret/test-github', 1, text.indexOf(token) + 1],
      ['secret/generic-test', 1, text.indexOf(password) + 1],
      ['secret/test-stripe', 1, text.indexOf(key) + 1],
    ]);
  });

  test('a private key split over escaped newlines in an output', () => {
    const key = pemKey('RSA PRIVATE KEY', 5);
    const nb = {
      cells: [{ cell_type: 'code', source: ['x = 1'], outputs: [{ text: [`${key}\n`] }] }],
    };
    const text = JSON.stringify(nb, null, 1);
    const [finding] = scanFile(fileOf('k.ipynb', text), rules);
    expect(finding).toMatchObject({
      ruleId: 'secret/test-private-key',
      line: lineOf(text, 'BEGIN'),
    });
    expect(finding!.endLine).toBe(finding!.line);
  });

  test('decodeJsonEscapes maps decoded offsets back to raw offsets', () => {
    const raw = String.raw`{"a": "x\"y\n\u0041z"}`;
    const decoded = decodeJsonEscapes(raw);
    expect(decoded.text).toBe('{"a": "x"y\nAz"}');
    for (const ch of ['x', 'y', 'A', 'z', '}']) {
      const rawAt = ch === 'A' ? raw.indexOf('\\u0041') : raw.indexOf(ch, 5);
      expect(rawOffset(decoded, decoded.text.indexOf(ch, 5))).toBe(rawAt);
    }
  });
});

describe('ANSI colour sequences in notebook outputs', () => {
  test('are dropped, so a coloured token in a traceback is found at its raw position', () => {
    const token = ghToken();
    const line = `\u001b[0;32m----> 3\u001b[0m gh \u001b[38;5;241m=\u001b[39m \u001b[38;5;124m${token}\u001b[39m`;
    const text = JSON.stringify({ cells: [{ outputs: [{ traceback: [line] }] }] }, null, 1);
    const findings = scanFile(fileOf('nb/trace.ipynb', text), rules);
    expect(findings.map((f) => f.ruleId)).toEqual(['secret/test-github']);
    const raw = text.split('\n')[findings[0]!.line - 1]!;
    expect(findings[0]!.column).toBe(raw.indexOf(token) + 1);
    const decoded = decodeJsonEscapes(JSON.stringify('a\u001b[1;31mb\u001b[0mc'));
    expect(decoded.text).toBe('"abc"');
    expect(rawOffset(decoded, 2)).toBe(JSON.stringify('a\u001b[1;31m').length - 1);
  });
});

describe('Kubernetes Secret manifests', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');

  test('base64 values under data: are decoded and scanned; findings point at the key line', () => {
    const token = ghToken();
    const key = stripeTestKey();
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: app',
      'type: Opaque',
      'data:',
      `  GH_PAT_VALUE: ${b64(token)}`,
      `  config.env: ${b64(`A=1\nSTRIPE=${key}\n`)}`,
      '  plain: aGVsbG8gd29ybGQ=',
      'stringData:',
      '  note: hello',
    ].join('\n');
    const findings = scanFile(fileOf('deploy/secret.yaml', text), rules);
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['secret/test-github', 7, 17],
      ['secret/test-stripe', 8, 15],
    ]);
    expect(findings[0]!.secret).toBe(token);
    expect(findings[0]!.lineText).toBe(`  GH_PAT_VALUE: ${b64(token)}`);
  });

  test('a base64-encoded PEM key is decoded anywhere (kubeconfig client-key-data)', () => {
    const text = [
      'kind: Config',
      'users:',
      '  - name: admin',
      '    user:',
      `      client-key-data: ${b64(`${pemKey()}\n`)}`,
      `      note: ${b64('-----BEGIN nothing at all, just some words here-----')}`,
    ].join('\n');
    const findings = scanFile(fileOf('home/.kube/config', text), rules);
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['secret/test-private-key', 5, 24],
    ]);
  });

  test('other kinds are not decoded', () => {
    const text = ['kind: ConfigMap', 'data:', `  GH_PAT_VALUE: ${b64(ghToken())}`].join('\n');
    expect(ids('deploy/cm.yaml', text)).toEqual([]);
  });
});

describe('lockfiles', () => {
  const integrity = () => `sha512-${gen(BASE64, 86)}==`;

  test('integrity hashes never fire; a registry URL with credentials still fires', () => {
    const password = genericValue();
    const text = JSON.stringify(
      {
        name: 'app',
        lockfileVersion: 3,
        packages: {
          'node_modules/token-lib': {
            version: '1.0.0',
            resolved: 'https://registry.npmjs.org/token-lib/-/token-lib-1.0.0.tgz',
            integrity: integrity(),
          },
          'node_modules/secret-sauce': {
            version: '2.0.0',
            resolved: `https://ci:${password}@npm.internal.example.org/secret-sauce-2.0.0.tgz`,
            integrity: integrity(),
          },
        },
        secret_token: genericValue(),
      },
      null,
      2,
    );
    const findings = scanFile(fileOf('package-lock.json', text), rules);
    expect(findings.map((f) => [f.ruleId, f.line, f.secret === password])).toEqual([
      ['secret/test-uri', lineOf(text, password), true],
      // A line no lockfile holds (a long token that is not a hash) gets every rule (9.5).
      ['secret/generic-test', lineOf(text, 'secret_token'), false],
    ]);
    // The same text outside a lockfile also gets the generic rule.
    expect(ids('data/packages.json', text)).toContain('secret/generic-test');
  });

  test('a structured rule never fires inside an integrity hash in a lockfile', () => {
    const specs: SecretRuleSpec[] = TEST_RULES.map((spec) =>
      spec.id === 'secret/test-aws' ? { ...spec, tags: ['structured'] } : spec,
    );
    const compiled = compileTestRules({ specs });
    const id = awsKeyId();
    const hash = `sha512-${gen(BASE64, 20)}/${id}/${gen(BASE64, 48)}==`;
    const yarn = `# yarn lockfile v1\n\n"left-pad@^1.0.0":\n  version "1.3.0"\n  integrity ${hash}\n`;
    expect(scanFile(fileOf('yarn.lock', yarn), compiled)).toEqual([]);
    const withKey = `${yarn}  # ${id}\n`;
    expect(scanFile(fileOf('yarn.lock', withKey), compiled).map((f) => f.line)).toEqual([6]);
    // Untagged provider rules still run on a line that is not a lockfile entry (9.5).
    expect(scanFile(fileOf('yarn.lock', withKey), rules).map((f) => f.line)).toEqual([6]);
    // …but not inside the integrity hash.
    expect(scanFile(fileOf('yarn.lock', yarn), rules)).toEqual([]);
  });

  test('go.sum h1: hashes', () => {
    expect(insideIntegrityHash(`mod v1.0.0 h1:${gen(BASE64, 43)}=`, 20)).toBe(true);
    expect(insideIntegrityHash(`mod v1.0.0 ${gen(BASE64, 43)}=`, 20)).toBe(false);
  });
});

describe('minified bundles and data: URIs', () => {
  const token = ghToken();
  const generic = `var password="${genericValue()}";`;

  test.each([
    ['dist/app.min.js', `${generic}var t="${token}";`, ['secret/test-github']],
    ['dist/app.js.map', `${generic}var t="${token}";`, ['secret/test-github']],
    ['dist/bundle.js', `${'x=1;'.repeat(400)}${generic}var t="${token}";`, ['secret/test-github']],
    ['src/app.js', `${generic}\nvar t="${token}";`, ['secret/generic-test', 'secret/test-github']],
  ])('%s', (path, text, expected) => {
    expect(ids(path, text)).toEqual(expected);
  });

  test('a URI rule still runs in a minified bundle', () => {
    const text = `fetch("https://u:${genericValue()}@api.internal.example.org/x");`;
    expect(ids('dist/app.min.js', text)).toEqual(['secret/test-uri']);
  });

  test('the generic rule does not scan data: URIs', () => {
    const blob = `${gen(BASE64, 40)}token=${genericValue()}${gen(BASE64, 40)}`;
    expect(ids('page.html', `<img src="data:image/png;base64,${blob}">`)).toEqual([]);
    expect(ids('page.html', `<a href="https://example.org/?${blob}">`)).toEqual([
      'secret/generic-test',
    ]);
    expect(insideDataUri('x = "data:text/plain;base64,QUJD"', 30)).toBe(true);
    expect(insideDataUri('x = "metadata: QUJD"', 16)).toBe(false);
  });
});

describe('line continuations', () => {
  test('a run of lines joined by a trailing backslash reads as one line, mapped back', () => {
    const raw = 'FROM node:22\nENV TOKEN=abc\\\ndef \\\r\n  ghi\nRUN true\n';
    const views = continuedLines(raw);
    expect(views.map((view) => view.text)).toEqual(['ENV TOKEN=abcdef   ghi']);
    const view = views[0]!;
    const at = (needle: string) => rawOffset(view, view.text.indexOf(needle));
    expect(at('ENV')).toBe(raw.indexOf('ENV'));
    expect(at('def')).toBe(raw.indexOf('def'));
    expect(at('ghi')).toBe(raw.indexOf('ghi'));
  });

  test('an escaped backslash at a line end is not a continuation; no backslash, no view', () => {
    expect(continuedLines('path = "C:\\\\"\nnext = 1\n')).toEqual([]);
    expect(continuedLines('a = 1\nb = 2\n')).toEqual([]);
  });

  test('separate runs are separate views', () => {
    const raw = 'a \\\nb\nc\nd \\\ne\n';
    expect(continuedLines(raw).map((view) => view.text)).toEqual(['a b', 'd e']);
  });
});
