import { ConfigError } from '../core/errors.js';
import { parseFingerprint } from '../core/fingerprint.js';
import type { Finding } from '../core/types.js';
import { jsonErrorOffset, positionOf } from './json-position.js';

/**
 * Parses a baseline: `{"version": 1, "fingerprints": [...]}`. Bad JSON, a wrong version or a
 * malformed fingerprint is a ConfigError with the line.
 */
export function parseBaseline(text: string, file: string): Set<string> {
  const source = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    const offset = jsonErrorOffset(source);
    const position = positionOf(source, offset < 0 ? source.length : offset);
    throw new ConfigError(file, 'the baseline is not valid JSON', {
      ...position,
      hint: 'Fix the JSON by hand, or write the baseline again with mandate.',
    });
  }
  // Points at the n-th string of the fingerprints array in the text, for messages.
  const lineOf = (needle: string): number | undefined => {
    const index = source.indexOf(needle);
    return index < 0 ? undefined : positionOf(source, index).line;
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(
      file,
      'the baseline must be a JSON object with `version` and `fingerprints`',
      { line: 1 },
    );
  }
  const { version, fingerprints, ...rest } = data as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) {
    throw new ConfigError(
      file,
      // Only a word is quoted back: a key could be a pasted secret, which must not be printed.
      `unknown key ${/^[A-Za-z_]{1,24}$/.test(extra) ? `\`${extra}\`` : `(${extra.length} characters, not shown)`} in the baseline; allowed keys: version, fingerprints`,
      {
        ...(lineOf(JSON.stringify(extra)) === undefined
          ? {}
          : { line: lineOf(JSON.stringify(extra))! }),
      },
    );
  }
  if (version !== 1) {
    const line = lineOf('"version"');
    throw new ConfigError(
      file,
      `unsupported baseline version ${JSON.stringify(version)}; expected 1`,
      line === undefined ? {} : { line },
    );
  }
  if (!Array.isArray(fingerprints)) {
    const line = lineOf('"fingerprints"');
    throw new ConfigError(
      file,
      '`fingerprints` must be a list of fingerprint strings',
      line === undefined ? {} : { line },
    );
  }
  const set = new Set<string>();
  fingerprints.forEach((fingerprint, index) => {
    if (typeof fingerprint !== 'string' || parseFingerprint(fingerprint) === null) {
      const line =
        typeof fingerprint === 'string' ? lineOf(JSON.stringify(fingerprint)) : undefined;
      throw new ConfigError(
        file,
        `fingerprints[${index}] is not a fingerprint; expected \`<ruleId>:<path>:v2-<64 hex characters>\``,
        line === undefined ? {} : { line },
      );
    }
    set.add(fingerprint);
  });
  return set;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A baseline of the given findings: hash-only fingerprints, unique and sorted, no timestamps or
 * line numbers, so that it is stable and merges cleanly. Ends with a newline.
 */
export function formatBaseline(findings: Finding[]): string {
  return formatBaselineFingerprints(findings.map((finding) => finding.fingerprint));
}

/** formatBaseline of fingerprints (what `mandate baseline --migrate` writes back). */
export function formatBaselineFingerprints(fingerprints: Iterable<string>): string {
  const sorted = [...new Set(fingerprints)].sort(compare);
  return `${JSON.stringify({ version: 1, fingerprints: sorted }, null, 2)}\n`;
}
