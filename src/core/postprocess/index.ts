import { fingerprintOf } from '../fingerprint.js';
import type { AllowedFinding, Finding, RawFinding, Severity, UnusedIgnore } from '../types.js';
import { applyBaseline } from './baseline.js';
import { dedupe } from './dedupe.js';
import { applyIgnoreFile, type IgnoreEntry } from './ignore-file.js';
import { applyInlineAllow } from './inline-allow.js';
import { toFinding } from './redact.js';
import { sortFindings } from './sort.js';

export type { IgnoreEntry } from './ignore-file.js';

export interface FinalizeOptions {
  failOn: Severity;
  ignore: IgnoreEntry[];
  baseline: ReadonlySet<string>;
}

export interface FinalizeResult {
  findings: Finding[];
  unusedIgnores: UnusedIgnore[];
  /** Findings an inline allow suppressed, redacted, with the allow's marker and reason. */
  allowed: AllowedFinding[];
  suppressed: { inline: number; ignoreFile: number; baseline: number };
}

/**
 * Post-processing, one purpose per step: inline allow → ignore file → baseline → dedupe →
 * redact (the raw secret ends here) → sort.
 */
export function finalizeFindings(raw: RawFinding[], options: FinalizeOptions): FinalizeResult {
  const inline = applyInlineAllow(
    raw.map((finding) => ({
      ...finding,
      fingerprint: fingerprintOf(finding.ruleId, finding.path, finding.secret),
    })),
  );
  const withFingerprints = inline.kept;
  const ignored = applyIgnoreFile(withFingerprints, options.ignore);
  const baselined = applyBaseline(ignored.kept, options.baseline);
  const unique = dedupe(baselined.kept, withFingerprints);
  const findings = sortFindings(
    unique.map((finding) => {
      const out = toFinding(finding, options.failOn);
      if (finding.allowRefused !== undefined) {
        out.message = `${out.message} Inline allow not applied: ${finding.allowRefused}.`;
        out.allowRefused = finding.allowRefused;
      }
      return out;
    }),
  );
  const allowed = sortFindings(
    dedupe(inline.allowed).map(
      (finding): AllowedFinding => ({
        ...toFinding(finding, options.failOn),
        allow: finding.allow,
      }),
    ),
  );
  return {
    findings,
    unusedIgnores: ignored.unused,
    allowed,
    suppressed: {
      inline: allowed.length,
      ignoreFile: ignored.dropped,
      baseline: baselined.dropped,
    },
  };
}
