/**
 * The one place where untrusted text (paths, rule messages, team names, reasons, titles) is made
 * safe for GitHub-flavoured Markdown: the CLI's `--format markdown`, the policy register, the
 * Action's job summary, check run and review explanations all render through these. Nothing
 * in them can open a link, an image, HTML, a table cell, a heading or a code block.
 */
import { sanitize } from './sanitize.js';

/** Plain text made inert: Markdown punctuation, HTML and entities are backslash-escaped. */
export function escapeText(text: string): string {
  return (
    sanitize(text.replace(/\r?\n/g, ' '))
      .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
      .replace(/^([#>+-])/, '\\$1')
      // No autolink: `http://…` and `www.…` stay text.
      .replace(/:\/\//g, '\\://')
      .replace(/\b(www)\./gi, '$1\\.')
  );
}

/** Text that may quote code in backticks (our hints, decision reasons): code stays code. */
export function inline(text: string): string {
  const out: string[] = [];
  let last = 0;
  for (const match of text.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)) {
    out.push(escapeText(text.slice(last, match.index)), codeSpan(match[2] ?? ''));
    last = match.index + match[0].length;
  }
  out.push(escapeText(text.slice(last)));
  return out.join('');
}

/**
 * A code span that survives any content: the fence is one backtick longer than the longest run
 * of backticks inside, and padded when the content starts or ends with a backtick or a space.
 */
export function codeSpan(text: string): string {
  const content = sanitize(text.replace(/\r?\n/g, ' '));
  if (content === '') return '';
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A code span inside a table cell. GitHub splits a row on every `|` that is not escaped, even
 * inside code spans (it removes the escaping backslash before rendering the span); a run of
 * backslashes before a pipe is doubled so that it cannot escape the escape.
 */
export function tableCode(text: string): string {
  return codeSpan(text).replace(
    /(?<!\\)(\\*)\|/g,
    (_, slashes: string) => `${slashes}${slashes}\\|`,
  );
}

/** A fenced code block that no line inside can close (the fence outgrows any backtick run). */
export function fencedBlock(lines: string[], language = 'text'): string {
  const body = lines.map(sanitize).join('\n');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}
