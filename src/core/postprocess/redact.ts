import { redact } from '../redact.js';
import { type Finding, type RawFinding, SEVERITIES, type Severity } from '../types.js';

/** Whether `severity` is at or above `threshold` (critical is the highest). */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** The finding's message: the rule's title and what to do. Never contains the secret. */
export function messageFor(raw: RawFinding): string {
  if (raw.message !== undefined) return raw.message;
  const where = raw.provider === '' || raw.provider === 'generic' ? 'its issuer' : raw.provider;
  const base = raw.blocking
    ? `${raw.title}: rotate this credential at ${where}, then remove it from the change.`
    : `${raw.title}: possible secret; if it is a credential, rotate it and move it out of the code.`;
  const message = raw.note === undefined ? base : `${base} ${raw.note}`;
  // A rule title or provider that happens to contain the secret must not leak it.
  return raw.secret.length > 0 && message.includes(raw.secret)
    ? message.split(raw.secret).join(redact(raw.secret))
    : message;
}

/**
 * Turns a raw finding (which carries the secret) into a `Finding` (which does not): the secret
 * is replaced by its fingerprint and redacted form, and `blocking` applies `failOn`.
 */
export function toFinding(raw: RawFinding & { fingerprint: string }, failOn: Severity): Finding {
  const finding: Finding = {
    ruleId: raw.ruleId,
    kind: raw.kind,
    severity: raw.severity,
    path: raw.path,
    line: raw.line,
    endLine: raw.endLine,
    column: raw.column,
    message: messageFor(raw),
    redacted: raw.redacted ?? redact(raw.secret),
    fingerprint: raw.fingerprint,
    blocking: raw.blocking && atOrAbove(raw.severity, failOn),
    title: raw.title,
    provider: raw.provider,
  };
  if (raw.commit !== undefined) {
    finding.commit = raw.commit.sha;
    finding.author = raw.commit.author;
    finding.date = raw.commit.date;
  }
  return finding;
}
