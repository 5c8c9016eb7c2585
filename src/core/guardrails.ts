/**
 * The AI guardrail families — artifacts (artifact/family.ts) and personal data (pii/detect.ts)
 * — applied to one changed file. Today's engine calls `guardrailFindings` for every file it
 * tallies, skipped binary files included (their first bytes ride on `ChangedFile.head`); the
 * one-pipeline engine re-plugs this as two families. Pure.
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
import { applyOverride } from './family.js';
import { matchesAny, type PathGlob, pathGlob } from './path-glob.js';
import {
  DEFAULT_PII_SETTINGS,
  isDataFile,
  judgePersonalData,
  type PhoneCheck,
  PII_RULE,
  type PiiSettings,
} from './pii/detect.js';
import type { CompiledRules } from './secret/compile.js';
import type { ChangedFile, RawFinding, RuleInfo } from './types.js';

/** Rule ids of the guardrail families (`disable:` accepts them). */
export const GUARDRAIL_RULE_IDS: readonly string[] = [
  ...ARTIFACT_RULE_INFO.map((info) => info.id),
  PII_RULE,
];

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
  readonly infos: RuleInfo[];
}

export function compileGuardrails(settings: GuardrailSettings): Guardrails {
  const disabled = new Set(settings.disabled);
  const overrides = settings.overrides ?? {};
  const artifacts = settings.artifacts.enabled ? artifactJudge(settings.artifacts) : null;
  const personalData =
    settings.personalData.enabled && !disabled.has(PII_RULE) ? settings.personalData : null;
  const infos: RuleInfo[] = [];
  if (artifacts !== null) {
    for (const info of ARTIFACT_RULE_INFO) {
      if (disabled.has(info.id)) continue;
      infos.push(
        applyOverride(
          { ...info, kind: 'artifact', provider: '', blocking: true, tags: ['artifact', 'ai'] },
          overrides[info.id],
          undefined,
        ),
      );
    }
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
    infos.push(applyOverride(info, overrides[PII_RULE], undefined));
  }
  return {
    artifact: artifacts,
    lfs: settings.gitattributes === undefined ? NO_LFS : parseGitattributes(settings.gitattributes),
    personalData,
    piiApproved: (personalData?.approvedPaths ?? []).map(pathGlob),
    disabled,
    overrides,
    infos,
  };
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

/** The findings of the guardrail families on one file (skipped files included). */
export function guardrailFindings(file: ChangedFile, guardrails: Guardrails): RawFinding[] {
  if (file.status === 'deleted' || file.skipped === 'deleted' || file.continued === true) return [];
  if (file.skipped === 'symlink' || file.skipped === 'submodule') return [];
  const out: RawFinding[] = [];
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
    guardrails.artifact !== null &&
    (file.head !== undefined ||
      isArtifactName(file.path) ||
      // A protocol-0 pickle under any name (`config.txt`) is text, and loads all the same.
      (whole && mayBeTextPickle(only.text)))
  ) {
    const bytes = file.head ?? (whole ? encoder.encode(only.text) : undefined);
    const found = guardrails.artifact.judge(
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
    for (const finding of found) if (!guardrails.disabled.has(finding.ruleId)) out.push(finding);
  }
  const data = guardrails.personalData;
  if (
    data !== null &&
    file.skipped === undefined &&
    isDataFile(file.path, data) &&
    !matchesAny(guardrails.piiApproved, file.path)
  ) {
    const text = file.hunks.map((hunk) => hunk.text).join('\n');
    const finding = judgePersonalData(file.path, text, data, guardrails.isPhone);
    if (finding !== null) out.push(finding);
  }
  if (file.commit !== undefined) for (const finding of out) finding.commit = file.commit;
  // `overrides:` (fail_on applies later, to every raw finding alike).
  return out.map((finding) =>
    applyOverride(finding, guardrails.overrides[finding.ruleId], undefined),
  );
}

/** The families' settings from a resolved config (and the root `.gitattributes`, if read). */
export function guardrailSettings(
  config: Pick<Config, 'artifacts' | 'personalData' | 'disable'> &
    Partial<Pick<Config, 'overrides' | 'reviewSettings'>>,
  gitattributes?: string | null,
): GuardrailSettings {
  const overrides = Object.fromEntries(
    Object.entries(config.overrides ?? {}).filter(([id]) => GUARDRAIL_RULE_IDS.includes(id)),
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

/** Compiled rules that also run the guardrail families (and list their rules). */
export function withGuardrails(rules: CompiledRules, guardrails: Guardrails): CompiledRules {
  return { ...rules, guardrails, infos: [...rules.infos, ...guardrails.infos] };
}
