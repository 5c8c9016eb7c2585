/**
 * Per-file families plugged into the one pass over a change set (core/family.ts `FileFamily`,
 * core/engine.ts `filePass`): each file is read once and handed to every family it reaches, in
 * order (a skipped file only to those that need its `head-bytes`); their raw findings join the
 * secret rules' post-processing; and the in-thread tally and a worker's outcomes agree.
 */
import { describe, expect, it } from 'vitest';
import {
  type EngineOptions,
  type FileOutcome,
  fileOutcome,
  filePass,
  mergeOutcomes,
  newTally,
  type ScanTally,
  scanChangeSet,
  tallyFile,
  tallyOutcome,
} from '../../src/core/engine.js';
import type { FileFamily, FileNeed } from '../../src/core/family.js';
import {
  compileGuardrails,
  DEFAULT_ARTIFACT_CONFIG,
  DEFAULT_PERSONAL_DATA_CONFIG,
  GUARDRAIL_RULE_IDS,
} from '../../src/core/guardrails.js';
import type { ChangedFile, ChangeSet, FindingKind, RuleInfo } from '../../src/core/types.js';
import { customers } from '../pii/generate.js';
import { compileTestRules, fileOf, ghToken } from './helpers.js';

/** A family that notes each file it is handed and reports one finding on `flag` files. */
function probe(kind: FindingKind, needs: FileNeed[], seen: string[]): FileFamily {
  const info: RuleInfo = {
    id: `${kind}/probe`,
    kind,
    title: 'Probe',
    provider: '',
    severity: 'high',
    blocking: true,
    description: 'A test family.',
    remediation: 'None.',
    tags: [],
  };
  return {
    kind,
    needs,
    infos: [info],
    evaluateFile(file, out) {
      seen.push(`${kind} ${file.path}`);
      if (!file.path.startsWith('flag')) return;
      out.push({
        ruleId: info.id,
        kind,
        severity: 'high',
        title: info.title,
        provider: '',
        path: file.path,
        line: 1,
        endLine: 1,
        column: 1,
        secret: info.id,
        lineText: '',
        blocking: true,
        message: 'The probe flagged this file.',
        redacted: '',
      });
    },
  };
}

const binary = (path: string): ChangedFile => ({
  path,
  status: 'added',
  hunks: [],
  size: 10,
  lines: 0,
  binary: true,
  skipped: 'binary',
  head: new Uint8Array([0, 1, 2, 3]),
  headWhole: true,
});

/** A change set that counts how often each file is yielded. */
function counted(files: ChangedFile[], yielded: string[]): ChangeSet {
  return {
    scope: 'staged',
    description: 'test',
    files: (async function* () {
      for (const file of files) {
        yielded.push(file.path);
        yield file;
      }
    })(),
  };
}

const hook = { mode: 'hook', now: new Date(0) } as const;

function options(families: FileFamily[], extra: Partial<EngineOptions> = {}): EngineOptions {
  return {
    rules: compileTestRules(),
    families,
    failOn: 'high',
    ignore: [],
    baseline: new Set(),
    ...extra,
  };
}

describe('the one pass over a change set', () => {
  it('reads each file once and hands it to every family it reaches, in order', async () => {
    const seen: string[] = [];
    const yielded: string[] = [];
    const families = [
      probe('artifact', ['head-bytes'], seen),
      probe('personal-data', ['whole-file'], seen),
    ];
    const result = await scanChangeSet(
      counted(
        [fileOf('a.ts', `token = "${ghToken()}"\n`), binary('b.bin'), fileOf('c.csv', 'x,y\n')],
        yielded,
      ),
      options(families),
      hook,
    );
    expect(yielded).toEqual(['a.ts', 'b.bin', 'c.csv']);
    // The skipped binary file reaches only the family that needs its first bytes.
    expect(seen).toEqual([
      'artifact a.ts',
      'personal-data a.ts',
      'artifact b.bin',
      'artifact c.csv',
      'personal-data c.csv',
    ]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['secret/test-github']);
    // The rules listed: the secret rules, then each family's, in the pass's order.
    const ids = result.rules.map((rule) => rule.id);
    expect(ids.slice(-2)).toEqual(['artifact/probe', 'personal-data/probe']);
    expect(ids.indexOf('secret/test-github')).toBeLessThan(ids.indexOf('artifact/probe'));
  });

  it("joins a family's findings to the secret rules' post-processing: fingerprint, baseline, fail_on", async () => {
    const scan = (extra: Partial<EngineOptions>) =>
      scanChangeSet(
        counted([binary('flag.bin')], []),
        options([probe('artifact', ['head-bytes'], [])], extra),
        hook,
      );
    const plain = await scan({});
    expect(plain.decision).toBe('block');
    const [finding] = plain.findings;
    expect(finding).toMatchObject({ ruleId: 'artifact/probe', kind: 'artifact', blocking: true });
    expect(finding!.fingerprint).toMatch(/^artifact\/probe:flag\.bin:/);
    const baselined = await scan({ baseline: new Set([finding!.fingerprint]) });
    expect(baselined.findings).toEqual([]);
    expect(baselined.stats.suppressed.baseline).toBe(1);
    const informed = await scan({ failOn: 'critical' });
    expect(informed.findings.map((f) => f.blocking)).toEqual([false]);
    expect(informed.decision).not.toBe('block');
  });

  it('tallies a file in this thread exactly as a worker outcome added in order', () => {
    const guardrails = compileGuardrails({
      artifacts: DEFAULT_ARTIFACT_CONFIG,
      personalData: DEFAULT_PERSONAL_DATA_CONFIG,
      disabled: [],
    });
    const pass = filePass(
      compileTestRules({ allowlist: { paths: ['vendor/**'] } }),
      guardrails.families,
    );
    const gguf = new Uint8Array([0x47, 0x47, 0x55, 0x46, 3, 0, 0, 0, 0, 0]);
    const files: ChangedFile[] = [
      fileOf('src/a.ts', `token = "${ghToken()}"\n`),
      { ...fileOf('src/a.ts', `${ghToken()}\n`, 2), continued: true },
      { ...binary('models/m.gguf'), head: gguf },
      fileOf('data/customers.csv', customers(30)),
      fileOf('vendor/x.ts', `token = "${ghToken()}"\n`),
      { ...fileOf('gone.ts', ''), status: 'deleted', skipped: 'deleted', hunks: [] },
    ];
    const inThread = newTally();
    for (const file of files) tallyFile(inThread, file, pass);
    // A worker posts one outcome per file (its pieces merged) as plain data.
    const outcomes = newTally();
    let pending: FileOutcome | null = null;
    for (const file of files) {
      if (file.continued !== true && pending !== null) {
        tallyOutcome(outcomes, structuredClone(pending));
        pending = null;
      }
      pending = mergeOutcomes(pending, fileOutcome(file, pass));
    }
    if (pending !== null) tallyOutcome(outcomes, structuredClone(pending));
    expect(inThread.raw.filter((f) => f.ruleId === 'secret/test-github')).toHaveLength(2);
    expect(inThread.raw.map((f) => f.kind).filter((kind) => kind !== 'secret')).toEqual([
      'artifact',
      'personal-data',
    ]);
    expect(inThread.files).toBe(2);
    expect(inThread.allowlistedFiles).toBe(1);
    expect(inThread.skipped).toEqual({ binary: 1, deleted: 1 });
    const totals = (tally: ScanTally) => ({
      ...tally,
      counters: { allowlisted: tally.counters.allowlisted },
    });
    expect(totals(outcomes)).toEqual(totals(inThread));
  });

  it('lists, with every guardrail family enabled, exactly the rule ids `disable` and `overrides` accept', () => {
    const { families } = compileGuardrails({
      artifacts: DEFAULT_ARTIFACT_CONFIG,
      personalData: DEFAULT_PERSONAL_DATA_CONFIG,
      disabled: [],
    });
    const listed = families.flatMap((family) => family.infos.map((info) => info.id));
    expect(listed.sort()).toEqual([...GUARDRAIL_RULE_IDS].sort());
  });
});
