/**
 * Terminal and Markdown output must not let a file name, commit author or redacted prefix
 * smuggle control characters (ANSI escapes, carriage returns, newlines) into a report.
 * Each control character becomes a visible `\xNN` / `\uNNNN` escape.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function sanitize(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
