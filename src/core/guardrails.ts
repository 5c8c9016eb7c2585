/**
 * The AI guardrail families as per-file families (core/family.ts `FileFamily`): artifacts
 * (artifact/family.ts; needs each changed file's `head-bytes`, binary and too-large files
 * included) and personal data (pii/detect.ts; needs the `added-lines` of data files: every
 * line in a paths scan, the added ones in a diff scope — never the rest of the file). The
 * one pass over a change set (core/engine.ts `tallyFile`) hands each file to them beside the
 * secret rules. `compileGuardrails` builds them from plain settings (`GuardrailSettings`), so a
 * scan worker builds the same. Pure.
 */
import {
  ARTIFACT_RULE_INFO,
  type ArtifactJudge,
  type ArtifactSettings,
  artifactJudge,
  DEFAULT_ARTIFACT_SETTINGS,
} from './artifact/family.js';
import { type LfsTracking, NO_LFS, parseGitattributes } from './artifact/lfs.js';
import { artifactReviewers } from './artifact/review.js';
import { isArtifactName, mayBeTextPickle, startsAsZip } from './artifact/signatures.js';
import type { Config, RuleOverride } from './config.js';
import { applyOverride, type FileFamily, GUARDRAIL_IDS } from './family.js';
import { matchesAny, type PathGlob, pathGlob } from './path-glob.js';
import {
  DEFAULT_PII_SETTINGS,
  isDataFile,
  judgePersonalData,
  type PhoneCheck,
  PII_RULE,
  type PiiSettings,
} from './pii/detect.js';
import type { ChangedFile, RawFinding, RuleInfo } from './types.js';

/** Rule ids of the guardrail families (`disable:` accepts them): family.ts's one list. */
export const GUARDRAIL_RULE_IDS: readonly string[] = [...GUARDRAIL_IDS];

/** `artifacts:` of .mandate.yml, resolved. */
export interface ArtifactConfig extends ArtifactSettings {
  enabled: boolean;
  /**
   * `artifacts.review`: teams (`org/team`, `$security_team`) whose approval on a pull request's
   * head commit settles its artifacts (core/artifact/review.ts); `false`: they block as
   * findings there too. Absent: the security team, when `review_settings` names one.
   */
  review?: readonly string[] | false;
}

/** `personal_data:` of .mandate.yml, resolved. */
export interface PersonalDataConfig extends PiiSettings {
  enabled: boolean;
  approvedPaths: readonly string[];
}

export const DEFAULT_ARTIFACT_CONFIG: ArtifactConfig = {
  enabled: true,
  ...DEFAULT_ARTIFACT_SETTINGS,
};

export const DEFAULT_PERSONAL_DATA_CONFIG: PersonalDataConfig = {
  enabled: true,
  approvedPaths: [],
  ...DEFAULT_PII_SETTINGS,
};

/** What the families need, serialisable (a scan worker rebuilds the families from it). */
export interface GuardrailSettings {
  artifacts: ArtifactConfig;
  personalData: PersonalDataConfig;
  /** The root `.gitattributes` of the scanned version (LFS tracking), if any. */
  gitattributes?: string;
  /** Rule ids switched off (`disable:`). */
  disabled: readonly string[];
  /** `overrides:` of the guardrail rule ids (severity, blocking; core/family.ts applyOverride). */
  overrides?: Readonly<Record<string, RuleOverride>>;
}

/**
 * The compiled guardrail families and what the entry points set as files stream by (`lfs`,
 * `isPhone`): the families read it when they judge a file.
 */
export interface Guardrails {
  readonly artifact: ArtifactJudge | null;
  /** Set by the entry point when it reads `.gitattributes` lazily (sources/guardrail-reads.ts). */
  lfs: LfsTracking;
  readonly personalData: PersonalDataConfig | null;
  readonly piiApproved: readonly PathGlob[];
  readonly disabled: ReadonlySet<string>;
  readonly overrides: Readonly<Record<string, RuleOverride>>;
  /**
   * Phone validation (libphonenumber-js), set by the entry point once a data file is seen so
   * the hook does not load it otherwise. Absent: phone numbers are not counted.
   */
  isPhone?: PhoneCheck;
  /** The enabled families, in order (artifacts, personal data): a run's per-file families. */
  readonly families: readonly FileFamily[];
}

export function compileGuardrails(settings: GuardrailSettings): Guardrails {
  const disabled = new Set(settings.disabled);
  const overrides = settings.overrides ?? {};
  const artifacts = settings.artifacts.enabled ? artifactJudge(settings.artifacts) : null;
  const personalData =
    settings.personalData.enabled && !disabled.has(PII_RULE) ? settings.personalData : null;
  const families: FileFamily[] = [];
  const guardrails: Guardrails = {
    artifact: artifacts,
    lfs: settings.gitattributes === undefined ? NO_LFS : parseGitattributes(settings.gitattributes),
    personalData,
    piiApproved: (personalData?.approvedPaths ?? []).map(pathGlob),
    disabled,
    overrides,
    families,
  };
  if (artifacts !== null) {
    const infos = ARTIFACT_RULE_INFO.filter((info) => !disabled.has(info.id)).map((info) =>
      applyOverride<RuleInfo>(
        { ...info, kind: 'artifact', provider: '', blocking: true, tags: ['artifact', 'ai'] },
        overrides[info.id],
        undefined,
      ),
    );
    families.push({
      kind: 'artifact',
      needs: ['head-bytes'],
      infos,
      evaluateFile(file, out) {
        for (const finding of artifactFindings(file, guardrails)) out.push(finding);
      },
    });
  }
  if (personalData !== null) {
    const info: RuleInfo = {
      id: PII_RULE,
      kind: 'personal-data',
      title: 'Personal data in a data file',
      provider: '',
      severity: 'high',
      blocking: true,
      description:
        'A data file (CSV/TSV, JSON/JSONL, SQL dump, notebook) holding e-mail addresses, phone numbers, payment cards, IBANs, SSNs or national IDs past the per-file thresholds.',
      remediation:
        'Keep datasets of people in the approved data store; use synthetic or anonymised data for tests.',
      tags: ['personal-data', 'ai'],
    };
    families.push({
      kind: 'personal-data',
      needs: ['added-lines'],
      infos: [applyOverride(info, overrides[PII_RULE], undefined)],
      evaluateFile(file, out) {
        const finding = personalDataFinding(file, guardrails);
        if (finding !== null) out.push(finding);
      },
    });
  }
  return guardrails;
}

/** Whether the families may want this file's first bytes (a source reads them only then). */
export function wantsHead(file: Pick<ChangedFile, 'path' | 'skipped' | 'hunks'>): boolean {
  if (file.skipped === 'binary' || file.skipped === 'too-large' || isArtifactName(file.path)) {
    return true;
  }
  // A zip of stored text files reads as text: its bytes are an archive all the same.
  const first = file.hunks[0];
  return first !== undefined && first.startLine === 1 && startsAsZip(first.text);
}

/** Whether the personal-data family reads this file (then phone validation is worth loading). */
export function readsAsData(guardrails: Guardrails, path: string): boolean {
  return guardrails.personalData !== null && isDataFile(path, guardrails.personalData);
}

const encoder = new TextEncoder();

/** A file no guardrail family judges: gone, a link, or a later piece of a file read in pieces. */
function notJudged(file: ChangedFile): boolean {
  return (
    file.status === 'deleted' ||
    file.skipped === 'deleted' ||
    file.continued === true ||
    file.skipped === 'symlink' ||
    file.skipped === 'submodule'
  );
}

/** The artifact family on one file (skipped files included: their first bytes are `head`). */
function artifactFindings(file: ChangedFile, guardrails: Guardrails): RawFinding[] {
  const judge = guardrails.artifact;
  if (judge === null || notJudged(file)) return [];
  // A text artifact (a protocol-0 pickle) read whole: its text is its bytes.
  const only = file.hunks[0];
  const whole =
    file.head === undefined &&
    file.hunks.length === 1 &&
    only !== undefined &&
    only.startLine === 1 &&
    only.until === undefined &&
    (file.status === 'unchanged' || file.status === 'added');
  if (
    file.head === undefined &&
    !isArtifactName(file.path) &&
    // A protocol-0 pickle under any name (`config.txt`) is text, and loads all the same.
    !(whole && mayBeTextPickle(only.text))
  ) {
    return [];
  }
  const bytes = file.head ?? (whole ? encoder.encode(only.text) : undefined);
  const found = judge.judge(
    {
      path: file.path,
      // The new version's size: a diff scope's `size` counts only the added text (0 for a
      // binary file), the bytes read are at least the file's start.
      size: Math.max(file.size, file.head?.length ?? 0),
      ...(bytes === undefined ? {} : { bytes }),
      whole: file.head === undefined ? whole : file.headWhole === true,
      // A directory scan lists files as they are on disk (`unchanged`); git scopes and the
      // API yield them as committed or staged.
      worktree: file.status === 'unchanged',
    },
    guardrails.lfs,
  );
  return found
    .filter((finding) => !guardrails.disabled.has(finding.ruleId))
    .map((finding) => settled(finding, file, guardrails));
}

/** The personal-data family on one readable data file outside the approved paths. */
function personalDataFinding(file: ChangedFile, guardrails: Guardrails): RawFinding | null {
  const data = guardrails.personalData;
  if (
    data === null ||
    notJudged(file) ||
    file.skipped !== undefined ||
    !isDataFile(file.path, data) ||
    matchesAny(guardrails.piiApproved, file.path)
  ) {
    return null;
  }
  const text = file.hunks.map((hunk) => hunk.text).join('\n');
  const finding = judgePersonalData(file.path, text, data, guardrails.isPhone);
  return finding === null ? null : settled(finding, file, guardrails);
}

/** A guardrail finding with its commit and `overrides:` (fail_on applies later, to every raw finding alike). */
function settled(finding: RawFinding, file: ChangedFile, guardrails: Guardrails): RawFinding {
  if (file.commit !== undefined) finding.commit = file.commit;
  return applyOverride(finding, guardrails.overrides[finding.ruleId], undefined);
}

/** The families' settings from a resolved config (and the root `.gitattributes`, if read). */
export function guardrailSettings(
  config: Pick<Config, 'artifacts' | 'personalData' | 'disable'> &
    Partial<Pick<Config, 'overrides' | 'reviewSettings'>>,
  gitattributes?: string | null,
): GuardrailSettings {
  const overrides = Object.fromEntries(
    Object.entries(config.overrides ?? {}).filter(([id]) => GUARDRAIL_IDS.has(id)),
  );
  return {
    artifacts: withReviewers(
      config.artifacts ?? DEFAULT_ARTIFACT_CONFIG,
      artifactReviewers(config),
    ),
    personalData: config.personalData ?? DEFAULT_PERSONAL_DATA_CONFIG,
    disabled: config.disable,
    ...(Object.keys(overrides).length === 0 ? {} : { overrides }),
    ...(gitattributes == null ? {} : { gitattributes }),
  };
}

function withReviewers(artifacts: ArtifactConfig, reviewers: string[] | null): ArtifactConfig {
  return reviewers === null ? artifacts : { ...artifacts, reviewers };
}
