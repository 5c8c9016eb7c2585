import { ConfigError } from '../core/errors.js';
import { parseFingerprint } from '../core/fingerprint.js';
import type { IgnoreEntry } from '../core/postprocess/index.js';

/**
 * `<ruleId>:<path>:v2-<64 hex>` (or the old unsalted `<ruleId>:<path>:<64 hex>`, recognised until
 * migrated) then optional `# reason`. The path may contain spaces, colons and `#`: the
 * fingerprint ends at the first 64-hex run that is followed by the comment or the end.
 */
const ENTRY = /^(?<fingerprint>[^:\s]+:.+?:(?:v2-)?[0-9a-fA-F]{64})(?:\s+#(?<reason>.*))?$/;

const FORMAT_HINT =
  'Each line is `<fingerprint>  # <reason>`, e.g. `secret/openai-api-key:src/app.py:v2-<64 hex>  # test fixture, revoked`; copy fingerprints from `mandate scan --format json`.';

/**
 * Parses `.mandateignore`: one fingerprint per line with a reason after `#`; blank lines and
 * full-line `#` comments are allowed. An entry without a reason or with a malformed fingerprint
 * is a ConfigError at its line.
 */
export function parseIgnoreFile(text: string, file: string): IgnoreEntry[] {
  const entries: IgnoreEntry[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((rawLine, index) => {
      const line = index + 1;
      const content = rawLine.trim();
      if (content === '' || content.startsWith('#')) return;
      const column = rawLine.length - rawLine.trimStart().length + 1;
      const match = ENTRY.exec(content)?.groups;
      const fingerprint = match?.fingerprint;
      if (fingerprint === undefined || parseFingerprint(fingerprint) === null) {
        const first = content.split(/\s#/)[0]!.trimEnd();
        throw new ConfigError(
          file,
          /[0-9a-f]{64}$/i.test(first) && /[A-F]/.test(first.slice(-64))
            ? 'malformed fingerprint: the hash must be lowercase hex'
            : 'malformed fingerprint: expected `<ruleId>:<path>:v2-<64 hex characters>`',
          { line, column, hint: FORMAT_HINT },
        );
      }
      const reason = match?.reason?.trim() ?? '';
      if (reason === '') {
        throw new ConfigError(file, 'ignore entry has no reason; add a reason after #', {
          line,
          column,
          hint: FORMAT_HINT,
        });
      }
      entries.push({ fingerprint, reason, line });
    });
  return entries;
}
