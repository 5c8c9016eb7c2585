/**
 * The artifact family: model weights, serialized Python objects, array and table dumps and key
 * stores do not belong in a git repository (a model registry, Git LFS or the approved data
 * store do). A file is judged by its first bytes and its name (signatures.ts); a pickle —
 * standalone, compressed, behind another pickle, inside a zip or a NumPy object array
 * (pickle-report.ts) — is disassembled and its imports judged (pickle.ts).
 * Allowed when Git LFS tracks the path (or the file is an LFS pointer) or an approved path
 * matches. Pure: sources hand over the bytes they read.
 */

import { matchesAny, pathGlob } from '../path-glob.js';
import type { RawFinding, Severity } from '../types.js';
import type { LfsTracking } from './lfs.js';
import { pickleReport } from './pickle-report.js';
import {
  type Classification,
  classifyArtifact,
  isLfsPointer,
  readsPastSignature,
} from './signatures.js';

export interface ArtifactSettings {
  /** Globs of paths where artifacts are allowed (the approved store; core/path-glob.ts). */
  approvedPaths: readonly string[];
  /**
   * Models, dumps and pickles with only safe imports that are smaller than this many bytes are
   * reported without blocking (small test fixtures). 0: every one blocks. Key stores and
   * unsafe pickles always block.
   */
  blockFromBytes: number;
  /** Imports (`module.name`) a pickle may use beyond the built-in allowlist. */
  allowImports: readonly string[];
  /**
   * The teams whose approval settles a model, a safe pickle or a dump in a pull request
   * (`artifacts.review`, resolved: core/artifact/review.ts); the finding says so.
   */
  reviewers?: readonly string[];
}

export const DEFAULT_ARTIFACT_SETTINGS: ArtifactSettings = {
  approvedPaths: [],
  blockFromBytes: 0,
  allowImports: [],
};

/** A file as the family sees it. */
export interface ArtifactInput {
  path: string;
  /** The file's size in bytes (of the new version). */
  size: number;
  /** The bytes the source read from the file's start (all of it when `whole`). */
  bytes?: Uint8Array;
  whole: boolean;
  /**
   * The bytes come from a working tree, where Git LFS has replaced each pointer by its content.
   * Elsewhere (the index, a commit, the API) a file Git LFS really stores is a pointer: bytes
   * that are not one were committed raw, whatever `.gitattributes` says.
   */
  worktree?: boolean;
}

export const ARTIFACT_RULES = {
  model: 'artifact/model-weights',
  pickle: 'artifact/serialized-object',
  unsafePickle: 'artifact/unsafe-pickle',
  array: 'artifact/data-dump',
  keystore: 'artifact/key-store',
} as const;

export const ARTIFACT_RULE_INFO: readonly {
  id: string;
  title: string;
  severity: Severity;
  description: string;
  remediation: string;
}[] = [
  {
    id: ARTIFACT_RULES.model,
    title: 'Model weights or checkpoint',
    severity: 'high',
    description:
      'Model weights and checkpoints (safetensors, PyTorch, GGUF, ONNX, HDF5/Keras, TFLite, Core ML), recognised by content signature and name.',
    remediation:
      'Publish the model to the model registry, or track the path with Git LFS (`git lfs track`), or add it to `artifacts.approved_paths`.',
  },
  {
    id: ARTIFACT_RULES.pickle,
    title: 'Serialized Python object (pickle)',
    severity: 'high',
    description:
      'A pickle, joblib or dill file: loading one can run code. Its imports are all on the allowlist.',
    remediation:
      'Prefer a data format (safetensors, Parquet, JSON); keep pickles out of the repository, or track them with Git LFS.',
  },
  {
    id: ARTIFACT_RULES.unsafePickle,
    title: 'Pickle that imports code outside the allowlist',
    severity: 'critical',
    description:
      'A pickle (or the data.pkl of a PyTorch checkpoint) imports a callable outside the allowlist of known-safe ones: loading it can run arbitrary code.',
    remediation:
      'Do not load or commit this file. Re-export the model as safetensors; if the import is safe, add it to `artifacts.pickle_allow`.',
  },
  {
    id: ARTIFACT_RULES.array,
    title: 'Array or table dump',
    severity: 'high',
    description:
      'NumPy, Parquet, Arrow/Feather and Avro dumps: data belongs in the approved data store.',
    remediation:
      'Put the data in the approved data store, or track the path with Git LFS, or add it to `artifacts.approved_paths`.',
  },
  {
    id: ARTIFACT_RULES.keystore,
    title: 'Key store',
    severity: 'critical',
    description: 'PKCS#12 (.p12/.pfx) and Java key stores hold private keys.',
    remediation:
      'Remove the key store from the change, rotate the keys it holds, and keep it in the secret manager.',
  },
];

export interface ArtifactJudge {
  judge(input: ArtifactInput, lfs: LfsTracking): RawFinding[];
}

/** The family's judge for a configuration. */
export function artifactJudge(
  settings: ArtifactSettings = DEFAULT_ARTIFACT_SETTINGS,
): ArtifactJudge {
  const approved = settings.approvedPaths.map(pathGlob);
  const allow = new Set(settings.allowImports);
  return {
    judge(input, lfs) {
      const head = input.bytes;
      if (head !== undefined && isLfsPointer(head)) {
        // Git LFS holds the file. A key store (by its name) holds private keys wherever it is
        // stored: it still blocks.
        const named = classifyArtifact(input.path, undefined);
        if (named?.category !== 'keystore' || matchesAny(approved, input.path)) return [];
        const { bytes: _pointer, ...file } = input;
        const finding = findingFor(file, named, settings, allow);
        finding.message = `${finding.message} Git LFS stores it, which keeps it out of the git objects but not out of the repository.`;
        return [finding];
      }
      const kind = classifyArtifact(input.path, head, input.whole);
      if (kind === null) return [];
      if (matchesAny(approved, input.path)) return [];
      // A tracked path is allowed where its content cannot be told from a pointer: a working
      // tree, or a source that read no bytes — unless it is a pickle that imports code or a key
      // store, which are as dangerous in Git LFS as anywhere (and the `.gitattributes` line
      // that says "tracked" is the author's to write). A tracked path whose committed bytes are
      // not a pointer is judged like any other file.
      const tracked = lfs.tracks(input.path);
      const finding = findingFor(input, kind, settings, allow);
      if (tracked && (head === undefined || input.worktree === true)) {
        const always =
          finding.ruleId === ARTIFACT_RULES.unsafePickle ||
          finding.ruleId === ARTIFACT_RULES.keystore;
        return always ? [finding] : [];
      }
      if (tracked) {
        finding.message = `${finding.message} Its path is tracked by Git LFS in .gitattributes, but it was committed as the file itself, not an LFS pointer: run \`git lfs install\`, then \`git rm --cached\` and \`git add\` it again.`;
      }
      return [finding];
    },
  };
}

/** The names the pickle's author chose, a bounded few of them: `a, b, … and N more`. */
const NAMED_IMPORTS = 8;
function someOf(names: readonly string[]): string {
  const rest = names.length - NAMED_IMPORTS;
  const shown = names.slice(0, NAMED_IMPORTS).map(shownImport);
  return `${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}

/**
 * An import as the reports show it. Its module and name are text the pickle's author wrote, and
 * reach every report and the evidence ledger: a part that does not read as a Python name — too
 * long, or token-shaped (long, with several digits, or all capitals) — is described by its
 * length, so a token planted as an import name is not echoed.
 */
export function shownImport(name: string): string {
  if (name.startsWith('(')) return name; // mandate's own description of an import
  return name
    .split('.')
    .map((part) => {
      const digits = part.replace(/[^0-9]/g, '').length;
      const tokenLike =
        !/^[A-Za-z_][A-Za-z0-9_]*$/.test(part) ||
        part.length > 48 ||
        (part.length >= 16 && digits >= 3) ||
        (part.length >= 20 && digits >= 2) ||
        (part.length >= 16 && /^[A-Z0-9]+$/.test(part));
      return tokenLike ? `(a ${part.length}-character name)` : part;
    })
    .join('.');
}

function findingFor(
  input: ArtifactInput,
  kind: Classification,
  settings: ArtifactSettings,
  allow: ReadonlySet<string>,
): RawFinding {
  const small = input.size < settings.blockFromBytes;
  const how = kind.by === 'content' ? 'by its content' : 'by its name';
  const size = formatBytes(input.size);
  const pickles = readsPastSignature(kind);
  const report = pickles ? pickleReport(input, kind.id, allow) : null;
  if (report !== null && (report.unsafe.length > 0 || report.incomplete === 'malformed')) {
    const names = report.unsafe.length > 0 ? report.unsafe : ['(unreadable opcodes)'];
    const called = names.filter((name) => report.calls.includes(name));
    return raw(input, ARTIFACT_RULES.unsafePickle, 'critical', true, {
      title: 'Pickle that imports code outside the allowlist',
      message: `${input.path} is a ${kind.name} (${size}) whose pickle imports ${someOf(names)}${called.length > 0 ? ` (and calls ${someOf(called)})` : ''}: loading it can run code. Do not load or commit it; re-export the model as safetensors, or if the import is safe add it to \`artifacts.pickle_allow\`.`,
      redacted: someOf(names),
    });
  }
  const partly =
    report?.incomplete === 'truncated'
      ? ' Only its first bytes were read, so not every import was checked.'
      : '';
  const where = WHERE[kind.category];
  const ruleId =
    kind.category === 'model'
      ? ARTIFACT_RULES.model
      : kind.category === 'pickle'
        ? ARTIFACT_RULES.pickle
        : kind.category === 'array'
          ? ARTIFACT_RULES.array
          : ARTIFACT_RULES.keystore;
  const severity: Severity = kind.category === 'keystore' ? 'critical' : 'high';
  const blocking = kind.category === 'keystore' || !small;
  const safe =
    report !== null && report.imports.length > 0 && partly === ''
      ? ` Its pickle imports only allowlisted callables (${report.imports.slice(0, 4).map(shownImport).join(', ')}${report.imports.length > 4 ? ', …' : ''}).`
      : '';
  const reviewers = settings.reviewers ?? [];
  const review =
    blocking && kind.category !== 'keystore' && reviewers.length > 0
      ? ` If it belongs in git after all, a pull request that adds it needs an approval from ${reviewers.map((team) => `@${team}`).join(' or ')} on its head commit (review/artifact).`
      : '';
  return raw(input, ruleId, severity, blocking, {
    title: kind.name,
    message: `${input.path} is a ${kind.name} (${size}, recognised ${how}): ${where}${safe}${partly}${review}`,
    redacted: kind.id,
  });
}

const WHERE: Record<Classification['category'], string> = {
  model:
    'model weights belong in the model registry. Publish it there, or track the path with Git LFS (`git lfs track`), or add it to `artifacts.approved_paths`.',
  pickle:
    'loading a pickle can run code. Keep it out of the repository (use safetensors, Parquet or JSON), or track it with Git LFS.',
  array:
    'data dumps belong in the approved data store. Move it there, or track the path with Git LFS, or add it to `artifacts.approved_paths`.',
  keystore:
    'a key store holds private keys. Remove it from the change, rotate its keys and keep it in the secret manager.',
};

function raw(
  input: ArtifactInput,
  ruleId: string,
  severity: Severity,
  blocking: boolean,
  text: { title: string; message: string; redacted: string },
): RawFinding {
  return {
    ruleId,
    kind: 'artifact',
    severity,
    title: text.title,
    provider: '',
    path: input.path,
    line: 1,
    endLine: 1,
    column: 1,
    secret: ruleId,
    lineText: '',
    blocking,
    message: text.message,
    redacted: text.redacted,
  };
}

function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
