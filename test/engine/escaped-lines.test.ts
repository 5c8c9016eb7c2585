/**
 * A token written with string escapes — one character as `\uXXXX` in a JSON or JavaScript
 * string, every character escaped, or a URL with PHP's escaped slashes — is read decoded
 * beside the raw line, so the escape does not hide it; the finding sits on the raw line, once.
 * Through the built CLI in a real repository (the hook), with the built-in rules.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { escapedLines, rawOffset } from '../../src/core/secret/formats.js';
import { ensureBuilt, mandate, parseJson } from '../e2e/helpers.js';
import { scratch } from '../support/scratch.js';
import { ghToken } from './helpers.js';

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

describe('escaped lines', () => {
  test('a line without such an escape gives no view; escaped slashes decode, mapped back', () => {
    expect(escapedLines('a = "x\\ny"\nb = 2\n')).toEqual([]);
    const raw = 'a = 1\nurl = "https:\\/\\/example.test\\/x"\n';
    const [view] = escapedLines(raw);
    expect(view?.text).toBe('url = "https://example.test/x"');
    expect(rawOffset(view!, view!.text.indexOf('example'))).toBe(raw.indexOf('example'));
  });

  test('a run of escaped lines is one view, mapped back line by line; a plain line ends it', () => {
    const raw = 'a = "\\u0041"\nb = "x\\/y"\nc = 1\nd = "\\u0042"\n';
    const views = escapedLines(raw);
    expect(views.map((view) => view.text)).toEqual(['a = "A"\nb = "x/y"', 'd = "B"']);
    const [run] = views;
    expect(rawOffset(run!, run!.text.indexOf('b ='))).toBe(raw.indexOf('b ='));
    expect(rawOffset(run!, run!.text.indexOf('y"'))).toBe(raw.indexOf('y"'));
  });
});

describe('escaped tokens in the hook', () => {
  const s = scratch();
  beforeAll(ensureBuilt);

  test('one escaped character, all escaped: found on the raw line and column; a raw token once', () => {
    const token = ghToken();
    const other = ghToken();
    const one = `${token.slice(0, 6)}${unicodeEscape(token[6]!)}${token.slice(7)}`;
    const all = [...other].map(unicodeEscape).join('');
    const files = {
      'config/app.json': `{\n  "name": "app",\n  "token": "${one}"\n}\n`,
      'src/client.js': `const a = 1;\nconst t = "${all}";\n`,
      'config/raw.json': `{"a": "${ghToken()}", "b": "\\u0041"}\n`,
    };
    const repo = s.repo();
    repo.commit('init', { 'README.md': 'hello\n' });
    for (const [path, text] of Object.entries(files)) repo.write(path, text);
    repo.git('add', '.');
    const result = mandate(repo.dir, ['scan', '--staged', '--format', 'json']);
    expect(result.status).toBe(1);
    const found = parseJson(result.stdout).findings.map((f) => [
      f.ruleId,
      f.path,
      f.line,
      f.column,
    ]);
    expect(found).toEqual([
      ['secret/github-pat', 'config/app.json', 3, 13],
      ['secret/github-pat', 'config/raw.json', 1, 8],
      ['secret/github-pat', 'src/client.js', 2, 12],
    ]);
    for (const secret of [token, other]) expect(result.stdout).not.toContain(secret);
  });
});
