import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStream, ledgerPath, lineDigest } from '../../src/evidence/chain.js';
import { appendLocal, readLedgerDir } from '../../src/evidence/local-store.js';
import { validateStatement, verifyLedger } from '../../src/evidence/verify.js';
import { scratch } from '../support/scratch.js';
import { statementAt } from './fixtures.js';

const s = scratch();

/** A local ledger of acme/app with `n` records in December 2026 and two in January 2027. */
async function ledger(n = 5): Promise<string> {
  const dir = s.tempDir('mandate-ledger-');
  for (let i = 1; i <= n; i++) {
    const time = `2026-12-0${i}T10:00:00Z`;
    await appendLocal(dir, 'acme/app', time, { statement: statementAt(time) });
  }
  for (const time of ['2027-01-02T09:00:00Z', '2027-01-03T09:00:00Z']) {
    await appendLocal(dir, 'acme/app', time, { statement: statementAt(time) });
  }
  return dir;
}

async function editLines(dir: string, path: string, edit: (lines: string[]) => string[]) {
  const file = join(dir, path);
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
  await writeFile(file, `${edit(lines).join('\n')}\n`);
}

const DEC = 'acme/app/2026/2026-12.jsonl';

describe('the ledger layout and chain', () => {
  it('files a record under <owner>/<repo>/<YYYY>/<YYYY-MM>.jsonl in UTC', () => {
    expect(ledgerPath('acme/app', '2026-12-31T23:30:00-02:00')).toBe('acme/app/2027/2027-01.jsonl');
    expect(ledgerPath('acme/app', '2027-01-01T00:30:00+01:00')).toBe('acme/app/2026/2026-12.jsonl');
  });

  it('chains every line to the previous one, across months', async () => {
    const dir = await ledger();
    const files = await readLedgerDir(dir);
    expect(files.map((f) => f.path)).toEqual([DEC, 'acme/app/2027/2027-01.jsonl']);
    const dec = files[0]!.text.trim().split('\n');
    const jan = JSON.parse(files[1]!.text.split('\n')[0]!);
    expect(jan.seq).toBe(6);
    expect(jan.prev).toBe(lineDigest(dec.at(-1)!));
    expect(JSON.parse(dec[0]!).prev).toBeNull();
    const report = await verifyLedger(files);
    expect(report.breaks).toEqual([]);
    expect(report.records).toBe(7);
  });

  it('lets concurrent local appends all land, in one unbroken chain', async () => {
    const dir = s.tempDir('mandate-ledger-');
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => {
        const time = `2026-12-1${i}T10:00:00Z`;
        return appendLocal(dir, 'acme/app', time, { statement: statementAt(time) });
      }),
    );
    const report = await verifyLedger(await readLedgerDir(dir));
    expect(report.breaks).toEqual([]);
    expect(report.records).toBe(8);
  });

  it('every record matches the Statement schema, and a record without its subject does not', () => {
    const statement = statementAt('2026-12-01T10:00:00Z');
    expect(validateStatement(statement)).toBeNull();
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.subject[0]!.digest.gitCommit).toBe(statement.predicate.headSha);
    expect(validateStatement({ ...statement, subject: [] })).toMatch(/subject/);
  });
});

describe('verify reports the first break with its file and line', () => {
  it('an edited record', async () => {
    const dir = await ledger();
    await editLines(dir, DEC, (lines) =>
      lines.map((line, i) =>
        i === 1 ? line.replace('"decision":"pass"', '"decision":"block"') : line,
      ),
    );
    const { breaks } = await verifyLedger(await readLedgerDir(dir));
    expect(breaks).toEqual([expect.objectContaining({ kind: 'edited', file: DEC, line: 2 })]);
  });

  it('a deleted record', async () => {
    const dir = await ledger();
    await editLines(dir, DEC, (lines) => lines.filter((_, i) => i !== 2));
    const { breaks } = await verifyLedger(await readLedgerDir(dir));
    expect(breaks).toEqual([expect.objectContaining({ kind: 'deleted', file: DEC, line: 3 })]);
    expect(breaks[0]!.message).toContain('record 3 is missing');
  });

  it('a deleted month', async () => {
    const dir = await ledger();
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, DEC));
    const { breaks } = await verifyLedger(await readLedgerDir(dir));
    expect(breaks).toEqual([
      expect.objectContaining({ kind: 'deleted', file: 'acme/app/2027/2027-01.jsonl', line: 1 }),
    ]);
  });

  it('reordered records', async () => {
    const dir = await ledger();
    await editLines(dir, DEC, (lines) => [lines[0]!, lines[2]!, lines[1]!, ...lines.slice(3)]);
    const { breaks } = await verifyLedger(await readLedgerDir(dir));
    expect(breaks).toEqual([expect.objectContaining({ kind: 'reordered', file: DEC, line: 2 })]);
  });

  it('an inserted record, even one that chains to its predecessor', async () => {
    const dir = await ledger();
    await editLines(dir, DEC, (lines) => {
      const forged = JSON.parse(lines[2]!);
      forged.statement.predicate.actor = 'mallory';
      forged.statement.predicate.time = '2026-12-03T11:00:00.000Z';
      return [...lines.slice(0, 3), JSON.stringify(forged), ...lines.slice(3)];
    });
    const { breaks } = await verifyLedger(await readLedgerDir(dir));
    expect(breaks).toEqual([expect.objectContaining({ kind: 'inserted', file: DEC, line: 4 })]);
  });

  it('a line that is not an entry, and a record that breaks the schema', async () => {
    const dir = await ledger();
    await editLines(dir, DEC, (lines) => [...lines.slice(0, 4), 'not json', ...lines.slice(4)]);
    expect((await verifyLedger(await readLedgerDir(dir))).breaks).toEqual([
      expect.objectContaining({ kind: 'malformed', file: DEC, line: 5 }),
    ]);
    const other = await ledger(2);
    const statement = statementAt('2027-01-05T10:00:00Z');
    (statement.predicate as { decision: string }).decision = 'maybe';
    await appendLocal(other, 'acme/app', '2027-01-05T10:00:00Z', { statement });
    const { breaks } = await verifyLedger(await readLedgerDir(other));
    expect(breaks[0]).toMatchObject({ kind: 'malformed', line: 3 });
    expect(breaks[0]!.message).toContain('/predicate/decision');
  });

  it('checkStream sees the whole chain intact when nothing changed', async () => {
    const dir = await ledger(3);
    const files = await readLedgerDir(dir);
    const stream = checkStream('acme/app', files);
    expect(stream.brk).toBeNull();
    expect(stream.head?.seq).toBe(5);
  });
});
