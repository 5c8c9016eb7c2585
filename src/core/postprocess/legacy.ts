import { parseFingerprint } from '../fingerprint.js';
import { sha256Hex } from '../sha256.js';
import type { FingerprintMigration } from '../types.js';
import type { IgnoreEntry } from './ignore-file.js';

interface LegacyEntry {
  path: string;
  hash: string;
  source: FingerprintMigration['source'];
  fingerprint: string;
  ignore?: IgnoreEntry;
}

/** A finding's path names the old entry's path: the same, or the same below a folder. */
function pathMatches(findingPath: string, oldPath: string): boolean {
  return findingPath === oldPath || findingPath.endsWith(`/${oldPath}`);
}

/**
 * The transition from old entries: an ignore or baseline entry in the unsalted form
 * (`<ruleId>:<path>:<sha256>`, written before fingerprints were keyed), possibly with a path
 * relative to the folder that was scanned rather than the repository root, is recognised by
 * recomputing the old form for the findings of the same rule: the old path must be the
 * finding's repository-relative path or end it. A recognised entry is replaced by the finding's
 * current fingerprint (so it suppresses it), and the replacement is returned as a migration:
 * what `mandate baseline --migrate` writes back and what the warning counts. Entries that
 * recognise nothing are returned as they were.
 */
export function translateLegacyEntries(
  findings: readonly { ruleId: string; path: string; secret: string; fingerprint: string }[],
  ignore: readonly IgnoreEntry[],
  baseline: ReadonlySet<string>,
): { ignore: IgnoreEntry[]; baseline: Set<string>; migrations: FingerprintMigration[] } {
  const byRule = new Map<string, LegacyEntry[]>();
  const remember = (entry: LegacyEntry, ruleId: string) => {
    const list = byRule.get(ruleId) ?? [];
    list.push(entry);
    byRule.set(ruleId, list);
  };
  for (const entry of ignore) {
    const parsed = parseFingerprint(entry.fingerprint);
    if (parsed === null || parsed.keyed) continue;
    remember(
      { ...parsed, source: 'ignore', fingerprint: entry.fingerprint, ignore: entry },
      parsed.ruleId,
    );
  }
  for (const fingerprint of baseline) {
    const parsed = parseFingerprint(fingerprint);
    if (parsed === null || parsed.keyed) continue;
    remember({ ...parsed, source: 'baseline', fingerprint }, parsed.ruleId);
  }
  if (byRule.size === 0)
    return { ignore: [...ignore], baseline: new Set(baseline), migrations: [] };

  const migrations: FingerprintMigration[] = [];
  const seen = new Set<string>();
  const recognised = new Set<LegacyEntry>();
  const added: IgnoreEntry[] = [];
  const newBaseline = new Set(baseline);
  for (const finding of findings) {
    const candidates = byRule.get(finding.ruleId);
    if (candidates === undefined || seen.has(finding.fingerprint)) continue;
    seen.add(finding.fingerprint);
    const hash = sha256Hex(finding.secret);
    for (const entry of candidates) {
      if (entry.hash !== hash || !pathMatches(finding.path, entry.path)) continue;
      recognised.add(entry);
      const migration: FingerprintMigration = {
        source: entry.source,
        from: entry.fingerprint,
        to: finding.fingerprint,
      };
      if (entry.ignore !== undefined) {
        migration.line = entry.ignore.line;
        added.push({ ...entry.ignore, fingerprint: finding.fingerprint });
      } else {
        newBaseline.add(finding.fingerprint);
      }
      migrations.push(migration);
    }
  }
  for (const entry of recognised)
    if (entry.source === 'baseline') newBaseline.delete(entry.fingerprint);
  const replaced = new Set([...recognised].map((entry) => entry.ignore));
  const kept = ignore.filter((entry) => !replaced.has(entry));
  return { ignore: [...kept, ...added], baseline: newBaseline, migrations };
}

/**
 * The warning for old-form entries that still matched, or null when there are none. Counts
 * only: the old hashes are not repeated.
 */
export function migrationNotice(
  migrations: readonly FingerprintMigration[] | undefined,
): string | null {
  if (migrations === undefined || migrations.length === 0) return null;
  const count = (source: FingerprintMigration['source']) =>
    new Set(migrations.filter((m) => m.source === source).map((m) => m.from)).size;
  const parts = [
    [count('ignore'), '.mandateignore entr', 'y', 'ies'],
    [count('baseline'), 'baseline entr', 'y', 'ies'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, stem, one, many]) => `${n} ${stem}${n === 1 ? one : many}`);
  const one = count('ignore') + count('baseline') === 1;
  return (
    `${parts.join(' and ')} ${one ? 'uses' : 'use'} the old unsalted fingerprint form (or a path relative to the scanned folder); ` +
    'they still match during the transition. Run `mandate baseline --migrate` in the repository and commit the rewritten files.'
  );
}
