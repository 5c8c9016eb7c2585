import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/core/types.js';
import {
  FINGERPRINT_KEY,
  formatSarif,
  MAX_SARIF_RESULTS,
  pascalCase,
  pathToUri,
} from '../../src/reporters/sarif.js';
import { blockResult, finding, passResult, RULES, rule, sha256hex } from './fixtures.js';

// ajv-formats is CommonJS: under NodeNext its plugin is the `default` of the default import
// (which it also sets at run time).

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif-2.1.0.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormatsModule.default(ajv);
const validate = ajv.compile(schema);

function render(result: ScanResult): Sarif.Log {
  return JSON.parse(formatSarif(result, { toolVersion: '1.2.3' })) as Sarif.Log;
}

function run(log: Sarif.Log): Sarif.Run {
  const r = log.runs[0];
  if (r === undefined) throw new Error('no run');
  return r;
}

describe('the SARIF schema fixture', () => {
  it('is the full SARIF 2.1.0 schema and rejects what it should', () => {
    expect(schema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
    expect(validate({ version: '2.1.0', runs: [] })).toBe(true);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    // A result without a message is invalid.
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{}] }] };
    expect(validate(bad)).toBe(false);
    const withLocation = (uri: string, startLine: number) => ({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'x' } },
          results: [
            {
              message: { text: 'm' },
              locations: [
                { physicalLocation: { artifactLocation: { uri }, region: { startLine } } },
              ],
            },
          ],
        },
      ],
    });
    expect(validate(withLocation('a%20b/c.txt', 1))).toBe(true);
    expect(validate(withLocation('a%20b/c.txt', 0))).toBe(false);
    // Formats are checked (ajv-formats): a raw space or '%' is not a URI reference.
    expect(validate(withLocation('a b/c.txt', 1))).toBe(false);
    expect(validate(withLocation('100%/c.txt', 1))).toBe(false);
  });
});

describe('formatSarif', () => {
  for (const [name, build] of [
    ['pass', passResult],
    ['block', blockResult],
  ] as const) {
    it(`validates against the SARIF 2.1.0 schema (${name})`, () => {
      const log = render(build());
      const ok = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      expect(log.version).toBe('2.1.0');
      expect(log.runs).toHaveLength(1);
      expect(run(log).invocations?.[0]?.executionSuccessful).toBe(true);
      expect(run(log).tool.driver).toMatchObject({ name: 'mandate', semanticVersion: '1.2.3' });
    });
  }

  it('reports an inline allow as a result with an inSource suppression and its reason', () => {
    const result = passResult();
    const allowed = finding(RULES[0]!, 'src/a.py', { line: 3, column: 5 }, 'x'.repeat(40));
    result.allowed = [{ ...allowed, allow: { marker: 'mandate:allow', reason: 'test fixture' } }];
    const log = render(result);
    expect(validate(log)).toBe(true);
    const results = run(log).results ?? [];
    expect(results).toHaveLength(1);
    expect(results[0]!.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'mandate:allow: test fixture' },
    ]);
    expect(results[0]!.locations?.[0]?.physicalLocation?.region?.startLine).toBe(3);
  });

  it('lists every rule that ran plus rules only named by findings, each id once', () => {
    const result = blockResult();
    const custom = rule('secret/acme-internal-token', 'ACME internal token', 'low', false);
    result.rules = [...RULES, RULES[0]!]; // a duplicate must not duplicate the descriptor
    result.findings.push(finding(custom, 'a.txt', { line: 1, column: 1 }, 'x'.repeat(12)));
    const log = render(result);
    expect(validate(log)).toBe(true);
    const rules = run(log).tool.driver.rules ?? [];
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...RULES.map((r) => r.id), 'secret/acme-internal-token']);
    for (const res of run(log).results ?? []) {
      expect(res.ruleIndex).toBeGreaterThanOrEqual(0);
      expect(rules[res.ruleIndex!]?.id).toBe(res.ruleId);
    }
    const customResult = run(log).results?.at(-1);
    expect(customResult?.level).toBe('note');
    expect(rules.at(-1)?.properties?.['security-severity']).toBe('3.0');
  });

  it('describes rules as GitHub code scanning expects', () => {
    const rules = run(render(passResult())).tool.driver.rules ?? [];
    const bySeverity = Object.fromEntries(
      rules.map((r) => [r.id, r.properties?.['security-severity']]),
    );
    expect(bySeverity).toEqual({
      'secret/aws-access-key-id': '9.5',
      'secret/private-key': '9.5',
      'secret/openai-api-key': '8.0',
      'secret/github-token': '8.0',
      'secret/generic-high-entropy': '5.5',
    });
    for (const r of rules) {
      expect(r.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(r.shortDescription?.text).not.toBe('');
      expect(r.fullDescription?.text).not.toBe('');
      expect(r.help?.text).toContain('mandate:allow');
      expect(r.help?.markdown).toContain('**How to fix:**');
      expect(r.properties?.tags).toContain('security');
    }
    const generic = rules.find((r) => r.id === 'secret/generic-high-entropy');
    expect(generic?.defaultConfiguration?.level).toBe('warning');
  });

  it('maps blocking findings to error and warnings to warning', () => {
    const levels = (run(render(blockResult())).results ?? []).map((r) => [r.ruleId, r.level]);
    expect(levels).toEqual([
      ['secret/private-key', 'error'],
      ['secret/openai-api-key', 'error'],
      ['secret/github-token', 'error'],
      ['secret/generic-high-entropy', 'warning'],
    ]);
  });

  it('never carries a snippet or region text', () => {
    const text = formatSarif(blockResult(), { toolVersion: '1.2.3' });
    expect(text).not.toMatch(/"snippet"|"contextRegion"|"charOffset"/);
    for (const res of run(JSON.parse(text) as Sarif.Log).results ?? []) {
      const region = res.locations?.[0]?.physicalLocation?.region;
      expect(Object.keys(region ?? {}).sort()).toEqual(['endLine', 'startColumn', 'startLine']);
    }
  });

  it('keeps the multi-line region and the redacted form in the message', () => {
    const first = run(render(blockResult())).results?.[0];
    expect(first?.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: 3,
      startColumn: 1,
      endLine: 7,
    });
    expect(first?.message.text).toContain('-----BEGIN PRIVATE KEY…(224 chars)');
  });

  it('fingerprints by the finding fingerprint, stable when the line moves', () => {
    const a = blockResult();
    const b = blockResult();
    for (const f of b.findings) {
      f.line += 40;
      f.endLine += 40;
    }
    const fa = (run(render(a)).results ?? []).map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);
    const fb = (run(render(b)).results ?? []).map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);
    expect(fa).toEqual(fb);
    expect(fa[0]).toBe(sha256hex(a.findings[0]!.fingerprint));
    expect(new Set(fa).size).toBe(fa.length);
  });

  it.each([
    ['src/config.ts', 'src/config.ts'],
    ['docs/setup notes/über config.md', 'docs/setup%20notes/%C3%BCber%20config.md'],
    ['a#b/c%d?.txt', 'a%23b/c%25d%3F.txt'],
    ['c:/drive-like', 'c%3A/drive-like'],
    ['日本/файл.txt', '%E6%97%A5%E6%9C%AC/%D1%84%D0%B0%D0%B9%D0%BB.txt'],
    ['lone\uD800surrogate', 'lone%EF%BF%BDsurrogate'],
  ])('percent-encodes %j as %j', (path, uri) => {
    expect(pathToUri(path)).toBe(uri);
    const result = passResult();
    result.findings = [finding(RULES[2]!, path, { line: 1, column: 1 }, 'y'.repeat(20))];
    const log = render(result);
    expect(validate(log)).toBe(true);
    const location = run(log).results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation;
    expect(location).toEqual({ uri, uriBaseId: '%SRCROOT%' });
  });

  it.each([
    ['OpenAI API key', 'OpenAIApiKey'],
    ['AWS access key ID', 'AwsAccessKeyId'],
    ['Generic high-entropy secret', 'GenericHighEntropySecret'],
    ['', 'Rule'],
  ])('names rule %j as %j', (title, name) => {
    expect(pascalCase(title)).toBe(name);
  });

  it(`keeps at most ${MAX_SARIF_RESULTS} results and says how many it left out`, () => {
    const result = passResult();
    const base = finding(RULES[2]!, 'big.txt', { line: 1, column: 1 }, 'z'.repeat(20));
    result.findings = Array.from({ length: MAX_SARIF_RESULTS + 3 }, (_, i) => ({
      ...base,
      line: i + 1,
      endLine: i + 1,
    }));
    const log = render(result);
    expect(run(log).results).toHaveLength(MAX_SARIF_RESULTS);
    const notes = run(log).invocations?.[0]?.toolExecutionNotifications ?? [];
    expect(notes[0]?.message.text).toMatch(/^3 more findings were left out/);
    expect(run(log).invocations?.[0]?.executionSuccessful).toBe(true);
  });
});
