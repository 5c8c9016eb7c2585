import { fingerprintKey, KEYED_PREFIX, keyedHash, parseFingerprint } from '../fingerprint.js';
import type {
  AllowedFinding,
  Finding,
  FingerprintMigration,
  RawFinding,
  Severity,
  UnusedIgnore,
} from '../types.js';
import { applyBaseline } from './baseline.js';
import { dedupe } from './dedupe.js';
import { applyIgnoreFile, type IgnoreEntry } from './ignore-file.js';
import { applyInlineAllow } from './inline-allow.js';
import { translateLegacyEntries } from './legacy.js';
import { toFinding } from './redact.js';
import { sortFindings } from './sort.js';

export type { IgnoreEntry } from './ignore-file.js';

export interface FinalizeOptions {
  failOn: Severity;
  ignore: IgnoreEntry[];
  baseline: ReadonlySet<string>;
  /** `fingerprint_salt` of the config: the per-repository fingerprint key (none: unsalted key). */
  fingerprintSalt?: string;
  /**
   * Paths whose whole content the scan read. An ignore entry that matched nothing is reported
   * unused only when it names one of them: a commit that did not touch its file, or touched
   * only other lines of it, says nothing about it. Absent: every unmatched entry is unused.
   */
  covered?: Coverage;
}

/** Which files a scan read whole (the engine builds it from the tally). */
export interface Coverage {
  covers(path: string): boolean;
  /** For old entries whose path may be relative to a scanned folder. */
  coversSomeEndingWith(suffix: string): boolean;
}

export interface FinalizeResult {
  findings: Finding[];
  unusedIgnores: UnusedIgnore[];
  /** Old-form ignore and baseline entries that matched, with their current fingerprint. */
  migrations: FingerprintMigration[];
  /** Findings an inline allow suppressed, redacted, with the allow's marker and reason. */
  allowed: AllowedFinding[];
  suppressed: { inline: number; ignoreFile: number; baseline: number };
}

/**
 * Post-processing, one purpose per step: inline allow → ignore file → baseline → dedupe →
 * redact (the raw secret ends here) → sort.
 */
export function finalizeFindings(raw: RawFinding[], options: FinalizeOptions): FinalizeResult {
  // Derived on the first finding: a scan without findings (most commits) never loads node:crypto.
  let key: Uint8Array | undefined;
  // A secret found many times (history) is hashed once: short values cost a slow hash each.
  const hashes = new Map<string, string>();
  const inline = applyInlineAllow(
    raw.map((finding) => {
      let hash = hashes.get(finding.secret);
      if (hash === undefined) {
        key ??= fingerprintKey(options.fingerprintSalt);
        hash = keyedHash(finding.secret, key);
        hashes.set(finding.secret, hash);
      }
      return {
        ...finding,
        fingerprint: `${finding.ruleId}:${finding.path}:${KEYED_PREFIX}${hash}`,
      };
    }),
  );
  const withFingerprints = inline.kept;
  const legacy = translateLegacyEntries(withFingerprints, options.ignore, options.baseline);
  const ignored = applyIgnoreFile(withFingerprints, legacy.ignore);
  const baselined = applyBaseline(ignored.kept, legacy.baseline);
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
    unusedIgnores: ignored.unused
      .filter((entry) => options.covered === undefined || isCovered(entry, options.covered))
      .map(maskUnsalted),
    migrations: legacy.migrations,
    allowed,
    suppressed: {
      inline: allowed.length,
      ignoreFile: ignored.dropped,
      baseline: baselined.dropped,
    },
  };
}

/**
 * An unused old-form entry of a secret rule is shown without its unsalted hash (the hash of a
 * secret is not repeated in logs and summaries). Policy and review fingerprints hash no secret
 * and are shown as written.
 */
function maskUnsalted(entry: UnusedIgnore): UnusedIgnore {
  const parsed = parseFingerprint(entry.fingerprint);
  if (parsed === null || parsed.keyed || /^(?:policy|review)\//.test(parsed.ruleId)) return entry;
  return {
    ...entry,
    fingerprint: `${parsed.ruleId}:${parsed.path}:<old unsalted hash: run mandate baseline --migrate>`,
  };
}

/**
 * Whether the scan read the whole file an ignore entry names. An old-form entry may name a
 * path relative to a scanned folder: any covered path ending with it counts.
 */
function isCovered(entry: UnusedIgnore, covered: Coverage): boolean {
  const parsed = parseFingerprint(entry.fingerprint);
  if (parsed === null || covered.covers(parsed.path)) return true;
  return !parsed.keyed && covered.coversSomeEndingWith(`/${parsed.path}`);
}
