/**
 * `mandate evidence verify`: every stream's hash chain, every Statement against
 * schema/evidence-statement.schema.json, and — given a way to read check runs — each record's
 * hash against the `mandate` check run of its commit. Reports the first break of each stream
 * with its file and line.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import recordSchema from '../../schema/evidence.schema.json' with { type: 'json' };
import statementSchema from '../../schema/evidence-statement.schema.json' with { type: 'json' };
import {
  type ChainBreak,
  checkStream,
  groupStreams,
  type LedgerFile,
  type StreamCheck,
  statementDigest,
} from './chain.js';
import { bundleProblem } from './signature.js';
import type { Statement } from './statement.js';

export interface AnchorLookup {
  /** The Statement hashes written into the check runs of `headSha` (empty: none found). */
  anchors(repository: string, headSha: string): Promise<string[]>;
}

/** A record whose commit has no `mandate` check run naming a Statement hash. */
export interface Unanchored {
  repository: string;
  file: string;
  line: number;
  headSha: string;
}

export interface VerifyReport {
  streams: StreamCheck[];
  breaks: ChainBreak[];
  records: number;
  anchored: number;
  /** Records with no anchor to compare with (no check run, or one without an anchor). */
  unanchored: Unanchored[];
  /**
   * Records that carry a Sigstore bundle whose DSSE payload is their Statement, byte for byte
   * (the certificate chain and the transparency log entry are not verified offline).
   */
  signed: { repository: string; file: string; line: number }[];
}

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
let validator: Validate | null = null;

export function validateStatement(statement: unknown): string | null {
  if (validator === null) {
    const ajv = new Ajv2020({ allErrors: false, strict: false, allowUnionTypes: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    ajv.addSchema(recordSchema);
    validator = ajv.compile(statementSchema) as Validate;
  }
  if (validator(statement)) return null;
  const error = validator.errors?.[0];
  return error === undefined
    ? 'it does not match the schema.'
    : `${error.instancePath || '/'} ${error.message ?? 'is invalid'}.`;
}

export async function verifyLedger(
  files: LedgerFile[],
  anchors: AnchorLookup | null = null,
): Promise<VerifyReport> {
  const report: VerifyReport = {
    streams: [],
    breaks: [],
    records: 0,
    anchored: 0,
    unanchored: [],
    signed: [],
  };
  for (const [repository, streamFiles] of groupStreams(files)) {
    const stream = checkStream(repository, streamFiles);
    report.streams.push(stream);
    let brk = stream.brk;
    for (const { file, line, entry } of stream.entries) {
      if (!('statement' in entry)) continue;
      const problem = validateStatement(entry.statement);
      if (problem !== null) {
        brk = earlier(brk, {
          kind: 'malformed',
          file,
          line,
          message: `the record does not match schema/evidence-statement.schema.json: ${problem}`,
        });
        break;
      }
      if (entry.statement.predicate.repository !== repository) {
        brk = earlier(brk, {
          kind: 'misplaced',
          file,
          line,
          message: `a record of ${entry.statement.predicate.repository} in ${repository}'s stream: it was moved.`,
        });
        break;
      }
      if (entry.sigstore !== undefined) {
        const mismatch = bundleProblem(entry.sigstore, entry.statement);
        if (mismatch !== null) {
          brk = earlier(brk, { kind: 'edited', file, line, message: mismatch });
          break;
        }
        report.signed.push({ repository, file, line });
      }
    }
    if (anchors !== null && brk === null) {
      for (const { file, line, entry } of stream.entries) {
        if (!('statement' in entry)) continue;
        const statement: Statement = entry.statement;
        const found = await anchors.anchors(repository, statement.predicate.headSha);
        if (found.length === 0) {
          report.unanchored.push({ repository, file, line, headSha: statement.predicate.headSha });
          continue;
        }
        if (!found.includes(statementDigest(statement))) {
          brk = {
            kind: 'edited',
            file,
            line,
            message: `the record's hash is not the one in the mandate check run of ${statement.predicate.headSha.slice(0, 7)}: it was edited after the run (or the check run is another run's).`,
          };
          break;
        }
        report.anchored++;
      }
    }
    report.records += stream.records;
    if (brk !== null) report.breaks.push(brk);
  }
  return report;
}

function earlier(a: ChainBreak | null, b: ChainBreak): ChainBreak {
  if (a === null) return b;
  return a.file < b.file || (a.file === b.file && a.line <= b.line) ? a : b;
}

/** The anchor line the Action writes into the check run's output, and how to read it back. */
export const ANCHOR_PREFIX = 'mandate-evidence: statement sha256:';

export function anchorLine(statementSha256: string, head: { seq: number; digest: string }): string {
  return `${ANCHOR_PREFIX}${statementSha256} chain seq ${head.seq} head sha256:${head.digest}`;
}

/**
 * The anchor of a check run's summary: only the line the Action appends at its very end,
 * so a hash that a pull request plants earlier (in a file name, a finding) is not read as one.
 */
const ANCHOR_AT_END = new RegExp(`${ANCHOR_PREFIX}([0-9a-f]{64})[^<\\n]*(?:</sub>)?\\n*$`);

export function readAnchors(summary: string): string[] {
  const match = ANCHOR_AT_END.exec(summary);
  return match === null ? [] : [match[1]!];
}
