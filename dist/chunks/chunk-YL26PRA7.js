import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  countLines,
  decodeText,
  isBinaryPath,
  looksBinary
} from "./chunk-ECR5472Y.js";
import {
  SEVERITIES,
  applyBaseline,
  sortFindings
} from "./chunk-YCTNK7TQ.js";
import {
  gitFailure,
  runGit
} from "./chunk-FIXNMEUT.js";
import {
  decide
} from "./chunk-5XCC25ZH.js";
import {
  translateLegacyEntries
} from "./chunk-H4QNBIZK.js";
import {
  KEYED_PREFIX,
  fingerprintKey,
  keyedHash,
  parseFingerprint
} from "./chunk-PXFPC4ZX.js";
import {
  formatCount
} from "./chunk-JAJTR2HI.js";
import {
  Minimatch,
  minimatch
} from "./chunk-QGBNVW5A.js";
import {
  ConfigError,
  MandateError
} from "./chunk-ZPHIZCRR.js";
import {
  __commonJS,
  __toESM
} from "./chunk-5ADPKSWX.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0, EMPTY = "", SPACE = " ", ESCAPE = "\\", REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/, BOM = "\uFEFF", REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/, REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/, REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/, REGEX_SPLITALL_CRLF = /\r?\n/g, DOUBLE_SLASH = "//", SLASH_CODE = 47, DOT_CODE = 46, SLASH = "/", TMP_KEY_IGNORE = "node-ignore";
    typeof Symbol < "u" && (TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore"));
    var KEY_IGNORE = TMP_KEY_IGNORE, define = (object, key, value) => (Object.defineProperty(object, key, { value }), value), RETURN_FALSE = () => !1, POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    }, CLASS_MEMBERS_TO_ESCAPE = "\\]^-[", escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char, NON_SLASH = "(?!\\/)", classSource = (negated, body) => {
      if (negated)
        return `[^\\/${body}]`;
      let source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    }, scanBracket = (pattern, start) => {
      let { length } = pattern, index = start + 1, negated = EMPTY, lead = pattern[index];
      (lead === "!" || lead === "^") && (negated = "^", index++);
      let body = EMPTY, prev = EMPTY;
      for (; ; ) {
        let char = pattern[index];
        if (char === UNDEFINED)
          return null;
        if (char === ESCAPE) {
          let escaped = pattern[++index];
          body += escapeMember(escaped), prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          to === ESCAPE && (to = pattern[index += 1]), prev <= to && (body += `-${escapeMember(to)}`), prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          let nameStart = index + 2, end = nameStart;
          for (; end < length && pattern[end] !== "]"; )
            end++;
          if (end === length)
            return null;
          if (end > nameStart && pattern[end - 1] === ":") {
            let name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name))
              return null;
            body += POSIX_CLASSES[name], prev = EMPTY, index = end;
          } else
            body += escapeMember("["), prev = "[", index = nameStart - 2;
        } else
          body += escapeMember(char), prev = char;
        if (index++, pattern[index] === "]")
          return {
            end: index,
            source: classSource(negated, body)
          };
      }
    }, NEVER_MATCH = "[]", PLACEHOLDER = "\0", REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    ), TRAILING_WILDCARD = "\uE000", TRAILING_DOUBLESTAR = "\uE001", isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR, extractBrackets = (pattern) => {
      let sources = [], hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`, { length } = pattern, out = EMPTY, index = 0;
      for (; index < length; ) {
        let char = pattern[index];
        if (char === ESCAPE) {
          let escaped = pattern[index + 1];
          escaped === SLASH && index + 2 === length ? out += hold(NEVER_MATCH) : escaped === "*" || escaped === "[" || escaped === SPACE ? out += pattern.slice(index, index + 2) : out += hold(
            REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
          ), index += 2;
        } else if (isReserved(char))
          out += hold(`[${char}]`), index++;
        else if (char === "[") {
          let scanned = scanBracket(pattern, index);
          scanned === null ? (out += hold(NEVER_MATCH), index = length) : (out += hold(scanned.source), index = scanned.end + 1);
        } else
          out += char, index++;
      }
      return {
        source: out,
        sources
      };
    }, DIRECT = null, REGEX_INNER_SLASH = /\/(?!$)/, WILDCARD = "[^\\/]*", REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => !source || source[0] === "^" || source[0] === "(" ? source : (REGEX_INNER_SLASH.test(pattern) ? "^" : "(?:^|\\/)") + source
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          let last = source[source.length - 1];
          return !last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR ? source : last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ], REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/, MODE_IGNORE = "regex", MODE_CHECK_IGNORE = "checkRegex", UNDERSCORE = "_", replaceTrailingWildcard = (_, p1) => `${p1 ? `${p1}[^/]+` : "[^/]*"}(?=$|\\/$)`, REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/, replaceTrailingDoublestar = () => "[\\s\\S]", separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++)
        separator += run[index].single;
      return separator;
    }, pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0)
        return source;
      let tokens = [], { length } = source, index = 0;
      for (; index < length; ) {
        let char = source[index];
        if (source.startsWith(WILDCARD, index))
          tokens.push({ wildcard: !0 }), index += WILDCARD.length;
        else if (char === "[") {
          let end = index + 1;
          for (source[end] === "^" && end++, source[end] === "]" && end++; end < length && source[end] !== "]"; )
            end += source[end] === ESCAPE ? 2 : 1;
          end++, tokens.push({ single: source.slice(index, end) }), index = end;
        } else if (char === ESCAPE)
          tokens.push({ single: source.slice(index, index + 2) }), index += 2;
        else if (char === "(") {
          let depth = 0, end = index;
          do
            source[end] === ESCAPE ? end++ : source[end] === "(" ? depth++ : source[end] === ")" && depth--, end++;
          while (end < length && depth > 0);
          "*+?".indexOf(source[end]) >= 0 && end++, tokens.push({ boundary: source.slice(index, end) }), index = end;
        } else char === "^" || char === "$" ? (tokens.push({ boundary: char }), index++) : (tokens.push({ single: char }), index++);
      }
      let out = EMPTY, run = [], flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          token.wildcard && (lastWildcard = at);
        }), run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        }), run = [];
      };
      return tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush(), out += token.boundary;
      }), flush(), out;
    }, makeRegexPrefix = (pattern) => {
      REGEX_ANCHORED_GLOBSTAR.test(pattern) && (pattern = "**");
      let { source, sources } = extractBrackets(pattern), replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => matcher === DIRECT ? replacer(prev, pattern) : required !== UNDEFINED && prev.indexOf(required) < 0 ? prev : matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev,
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    }, checkSourceOf = (body, prefix) => {
      body[body.length - 1] === SLASH && (prefix = makeRegexPrefix(body.slice(0, -1)));
      let head = prefix.slice(0, -1), last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    }, matchesBasename = (body) => {
      let index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    }, basenameOf = (path) => {
      let end = path.length - 1, index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    }, parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        let slices = path.split(SLASH).filter(Boolean);
        return slices.pop(), slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      let end = path.length - 1, cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    }, isString = (subject) => typeof subject == "string", checkPattern = (pattern) => pattern && isString(pattern), splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean), IgnoreRule = class {
      constructor(pattern, mark2, body, ignoreCase, negative, prefix) {
        this.pattern = pattern, this.mark = mark2, this.negative = negative, define(this, "body", body), define(this, "ignoreCase", ignoreCase), define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        let key = UNDERSCORE + MODE_IGNORE;
        return this[key] ? this[key] : this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        let key = UNDERSCORE + MODE_CHECK_IGNORE;
        return this[key] ? this[key] : this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        let str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        ), regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    }, hasTrailingBackslash = (str) => {
      let count = 0;
      for (; str[str.length - count - 1] === ESCAPE; )
        count++;
      return count % 2 === 1;
    }, trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length, end;
      for (; ; ) {
        for (stripLineEnd && body[lineEnd - 1] === "\r" && lineEnd--, end = lineEnd; body[end - 1] === SPACE; )
          end--;
        if (!stripLineEnd || body[end - 1] !== `
`)
          break;
        lineEnd = end - 1;
      }
      if (end === lineEnd)
        return body.slice(0, lineEnd);
      let backslashes = 0;
      for (; body[end - backslashes - 1] === ESCAPE; )
        backslashes++;
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    }, createRule = (pattern, mark2, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#")
        return;
      let negative = !1;
      body[0] === "!" && (negative = !0, body = body.slice(1));
      let last = body[body.length - 1];
      if ((last === SPACE || stripLineEnd && (last === "\r" || last === `
`)) && (body = trimEnd(body, stripLineEnd)), !body || hasTrailingBackslash(body))
        return;
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      let regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark2,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    }, RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase, this._rules = [], this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules), this._basenameCount += pattern._rules._basenameCount, this._added = !0;
          return;
        }
        let isStr = isString(pattern), raw = isStr ? pattern : pattern.pattern, rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        rule && (this._added = !0, this._rules.push(rule), matchesBasename(rule.body) && this._basenameCount++);
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        return this._added = !1, this._split = isString(pattern), this._stripBOM = !this._split || pattern[0] === BOM, makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this), this._added && (this._literalRules = UNDEFINED), this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        let rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        )), ignored = !1, unignored = !1, matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          let rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative, unignored = rule.negative, matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        let ret = {
          ignored,
          unignored
        };
        return matchedRule && (ret.rule = matchedRule), ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        let rules = this._rules, { length } = rules, shortcut = this._basenameCount * 2 >= length, basename2 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          let rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path
          )) {
            let { negative } = rule, ret = {
              ignored: !negative,
              unignored: negative
            };
            return negative || (ret.rule = rule), ret;
          }
        }
        return {
          ignored: !1,
          unignored: !1
        };
      }
    }, throwError = (message, Ctor) => {
      throw new Ctor(message);
    }, checkPath = (path, originalPath, doThrow) => isString(path) ? path ? checkPath.isNotRelative(path) ? doThrow(
      `path should be a \`path.relative()\`d string, but got "${originalPath}"`,
      RangeError
    ) : !0 : doThrow("path must not be empty", TypeError) : doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    ), isNotRelative = (path) => {
      let first = path.charCodeAt(0);
      if (first === SLASH_CODE)
        return !0;
      if (first !== DOT_CODE)
        return !1;
      if (path.length === 1)
        return !0;
      let second = path.charCodeAt(1);
      return second === SLASH_CODE ? !0 : second !== DOT_CODE ? !1 : path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target), Ignore = class {
      constructor({
        ignorecase = !0,
        ignoreCase = ignorecase,
        allowRelativePaths = !1
      } = {}) {
        define(this, KEY_IGNORE, !0), this._rules = new RuleManager(ignoreCase), this._strictPathCheck = !allowRelativePaths, this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null), this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        return this._rules.add(pattern) && this._initCache(), this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        return checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        ), path ? this._t(path, cache) : {
          ignored: !1,
          unignored: !1
        };
      }
      checkIgnore(target) {
        let path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE)
          return this._test(target, this._testCache, path);
        let dir = this._t(path, this._testCache);
        if (dir.ignored)
          return dir;
        let literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache)
          return cache[path];
        let parentPath = parentOf(path), parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    }, factory = (options) => new Ignore(options), isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE), setupWindows = () => {
      let makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      let REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    // Detect `process` so that it can run in browsers.
    typeof process < "u" && process.platform === "win32" && setupWindows();
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/core/secret/anchor.ts
var Parser = class {
  constructor(source) {
    this.source = source;
  }
  source;
  i = 0;
  /** Parses a sequence up to `)` or the end; null when there is an alternation in it. */
  sequence() {
    let alternatives = [], items = [], s = this.source;
    for (; this.i < s.length && s[this.i] !== ")"; ) {
      if (s[this.i] === "|") {
        this.i++, alternatives.push(items), items = [];
        continue;
      }
      let atom = this.atom(), quantified = this.quantifier(atom);
      items.push(quantified);
    }
    return alternatives.push(items), { items: alternatives.length === 1 ? items : [], alternatives };
  }
  atom() {
    let s = this.source, c = s[this.i];
    if (c === "\\") return this.escape();
    if (c === "[") {
      for (this.i++, s[this.i] === "^" && this.i++, s[this.i] === "]" && this.i++; this.i < s.length && s[this.i] !== "]"; ) this.i += s[this.i] === "\\" ? 2 : 1;
      return this.i++, { literal: null, max: 1 };
    }
    return c === "(" ? this.group() : (this.i++, c === "^" || c === "$" ? { literal: null, max: 0 } : c === "." ? { literal: null, max: 1 } : { literal: c, max: 1 });
  }
  escape() {
    let s = this.source, c = s[this.i + 1] ?? "";
    if (this.i += 2, "dDwWsS".includes(c)) return { literal: null, max: 1 };
    if (c === "b" || c === "B") return { literal: null, max: 0 };
    if (/[1-9]/.test(c) || c === "k") return { literal: null, max: Number.POSITIVE_INFINITY };
    let simple = {
      n: `
`,
      r: "\r",
      t: "	",
      v: "\v",
      f: "\f",
      0: "\0"
    };
    return simple[c] !== void 0 ? { literal: simple[c], max: 1 } : c === "x" && /^[0-9a-fA-F]{2}$/.test(s.slice(this.i, this.i + 2)) ? (this.i += 2, {
      literal: String.fromCharCode(Number.parseInt(s.slice(this.i - 2, this.i), 16)),
      max: 1
    }) : c === "u" && /^[0-9a-fA-F]{4}$/.test(s.slice(this.i, this.i + 4)) ? (this.i += 4, {
      literal: String.fromCharCode(Number.parseInt(s.slice(this.i - 4, this.i), 16)),
      max: 1
    }) : c === "c" || c === "x" || c === "u" || c === "p" || c === "P" ? { literal: null, max: 1 } : { literal: c, max: 1 };
  }
  group() {
    let s = this.source;
    this.i++;
    let lookaround = !1;
    if (s[this.i] === "?") {
      let head = s.slice(this.i, this.i + 3);
      if (head.startsWith("?=") || head.startsWith("?!"))
        lookaround = !0, this.i += 2;
      else if (head === "?<=" || head === "?<!")
        lookaround = !0, this.i += 3;
      else if (head.startsWith("?:"))
        this.i += 2;
      else if (head.startsWith("?<"))
        this.i = s.indexOf(">", this.i) + 1;
      else
        throw new Error("unsupported group");
    }
    let { alternatives } = this.sequence();
    if (this.i++, lookaround) return { literal: null, max: 0 };
    let max = 0;
    for (let items of alternatives) max = Math.max(max, widthOf(items));
    return { literal: null, max, leads: alternatives.map(leadOf) };
  }
  quantifier(atom) {
    let s = this.source, c = s[this.i], min = 1, max = 1;
    if (c === "?" || c === "*" || c === "+")
      this.i++, min = c === "+" ? 1 : 0, max = c === "?" ? 1 : Number.POSITIVE_INFINITY;
    else if (c === "{") {
      let m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (m === null) return atom;
      this.i += m[0].length, min = Number(m[1]), max = m[2] === void 0 ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
    } else
      return atom;
    return s[this.i] === "?" && this.i++, min === 1 && max === 1 ? atom : { literal: null, max: atom.max * max };
  }
};
function leadOf(items) {
  let lead = "";
  for (let item of items)
    if (!(item.max === 0 && item.literal === null && lead === "")) {
      if (item.literal === null) break;
      lead += item.literal;
    }
  return lead;
}
function widthOf(items) {
  let total = 0;
  for (let item of items) total += item.max;
  return total;
}
var MAX_BEFORE_LIMIT = 64, MIN_LITERAL = 3;
function findAnchor(source, flags) {
  let items;
  try {
    let parsed = new Parser(source).sequence();
    if (parsed.alternatives.length !== 1) return null;
    items = parsed.items;
  } catch {
    return null;
  }
  let lead = "";
  for (let item of items)
    if (!(item.max === 0 && item.literal === null)) {
      if (item.literal === null) break;
      lead += item.literal;
    }
  if (lead.length >= MIN_LITERAL) return null;
  let caseless = flags.includes("i"), best = null, before = 0;
  for (let i = 0; i < items.length; ) {
    if (items[i].literal === null) {
      before += items[i].max, i++;
      continue;
    }
    let literal = "", start = before;
    for (; i < items.length && items[i].literal !== null; )
      literal += items[i].literal, before += 1, i++;
    literal.length >= MIN_LITERAL && Number.isFinite(start) && (!caseless || literal.toLowerCase() === literal.toUpperCase()) && (best === null || literal.length > best.literal.length) && (best = { literal, maxBefore: start });
  }
  return best === null || best.maxBefore === 0 || best.maxBefore > MAX_BEFORE_LIMIT ? null : best;
}
function findLeads(source, flags, minLiteral = MIN_LITERAL) {
  let items;
  try {
    let parsed = new Parser(source).sequence();
    if (parsed.alternatives.length !== 1) return null;
    items = parsed.items;
  } catch {
    return null;
  }
  let leads = items.find((item) => !(item.max === 0 && item.literal === null))?.leads;
  return leads === void 0 || leads.some((lead) => lead.length < Math.max(minLiteral, 1)) || flags.includes("i") && leads.some((lead) => lead.toLowerCase() !== lead.toUpperCase()) ? null : [...new Set(leads)];
}
var MAX_SPELLINGS = 256;
function isKeywordLed(source, keywords) {
  if (/^\(\?<[!=]/.test(source)) {
    let close = closingParen(source, 0);
    if (close === -1) return !1;
    source = source.slice(close + 1);
  }
  if (!source.startsWith("(?:") || splitTopLevel(source).length !== 1) return !1;
  let end = closingParen(source, 0);
  if (end === -1 || /[?*{]/.test(source[end + 1] ?? "")) return !1;
  let body = source.slice(3, end), lower = keywords.map((word) => word.toLowerCase());
  for (let alternative of splitTopLevel(body)) {
    let spellings = leadingSpellings(alternative);
    if (spellings === null) return !1;
    for (let spelling of spellings) {
      let text = spelling.toLowerCase();
      if (!lower.some((word) => text.startsWith(word))) return !1;
    }
  }
  return !0;
}
function closingParen(source, open) {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    let c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") {
      for (; i < source.length && source[i] !== "]"; ) i += source[i] === "\\" ? 2 : 1;
      continue;
    }
    if (c === "(" && depth++, c === ")" && --depth === 0) return i;
  }
  return -1;
}
function splitTopLevel(body) {
  let parts = [], from = 0, depth = 0;
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === "\\") i++;
    else if (c === "[")
      for (; i < body.length && body[i] !== "]"; ) i += body[i] === "\\" ? 2 : 1;
    else c === "(" ? depth++ : c === ")" ? depth-- : c === "|" && depth === 0 && (parts.push(body.slice(from, i)), from = i + 1);
  }
  return parts.push(body.slice(from)), parts;
}
function leadingSpellings(alternative) {
  let spelled = spell(alternative);
  return spelled === null || spelled.spellings.includes("") ? null : spelled.spellings;
}
function spell(text) {
  let out = [""], i = 0;
  for (; i < text.length; i++) {
    let options, width = 1, c = text[i];
    if (c === "\\") {
      let next2 = text[i + 1] ?? "";
      if (!/^[.\-_/:@]$/.test(next2)) break;
      options = [next2], width = 2;
    } else if (c === "[") {
      let close = text.indexOf("]", i);
      if (close === -1) return null;
      let inner = text.slice(i + 1, close);
      if (inner === "" || inner.startsWith("^") || inner.includes("\\") || /.-./.test(inner)) break;
      options = [...inner], width = close - i + 1;
    } else if (c === "(" && text.startsWith("(?:", i)) {
      let close = closingParen(text, i);
      if (close === -1) return null;
      let parts = splitTopLevel(text.slice(i + 3, close)).map(spell);
      if (parts.some((part) => part === null || !part.complete)) break;
      options = parts.flatMap((part) => part.spellings), width = close - i + 1;
    } else if (/[A-Za-z0-9_:@/ -]/.test(c))
      options = [c];
    else
      break;
    let after = text[i + width] ?? "";
    if (/[*+{]/.test(after)) break;
    after === "?" && (options = [...options, ""], width++);
    let next = [];
    for (let prefix of out) for (let option of options) next.push(prefix + option);
    if (next.length > MAX_SPELLINGS) return null;
    out = next, i += width - 1;
  }
  return { spellings: out, complete: i >= text.length };
}

// src/core/secret/generated/automaton-wasm.ts
var AUTOMATON_WASM = "AGFzbQEAAAABMAZgAn9/AGADf39/AX9gBX9/f39/AX9gDn9/f39/f39/f39/f39/AGAAAX9gAX8BfwMHBgABAgMEBQUDAQABBikIfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEACwc6BwZtZW1vcnkCAAVzZXR1cAAABHdhcm0AAQRydW4xAAIEcnVuNAADBXN0YXRlAAQIbGFuZV9lbmQABQq+BAYKACAAJAAgASQBC0kBAn8jACEDIwEhBAJAA0AgACABTw0BIAMgAmogBCAALQAAai0AAGooAgAhAiACQQBIBEAgAkF/cyECCyAAQQFqIQAMAAsLIAILZQECfyMAIQUjASEGAkADQCAAIAFPDQEgBSACaiAGIAAtAABqLQAAaigCACECIABBAWohACACQQBIBEAgAkF/cyECIAQgAjYCACAEIAAgA2s2AgQgBEEIaiEECwwACwsgAiQDIAQL1wIBA38jACEOIwEhDyAAIARqIRACQANAIAAgEE8NASAOIAVqIA8gAC0AAGotAABqKAIAIQUgDiAGaiAPIAEtAABqLQAAaigCACEGIA4gB2ogDyACLQAAai0AAGooAgAhByAOIAhqIA8gAy0AAGotAABqKAIAIQggAEEBaiEAIAFBAWohASACQQFqIQIgA0EBaiEDIAUgBnIgByAIcnJBAEgEQCAFQQBIBEAgBUF/cyEFIAogBTYCACAKIAAgCWs2AgQgCkEIaiEKCyAGQQBIBEAgBkF/cyEGIAsgBjYCACALIAEgCWs2AgQgC0EIaiELCyAHQQBIBEAgB0F/cyEHIAwgBzYCACAMIAIgCWs2AgQgDEEIaiEMCyAIQQBIBEAgCEF/cyEIIA0gCDYCACANIAMgCWs2AgQgDUEIaiENCwsMAAsLIAokBCALJAUgDCQGIA0kByAIJAMLBAAjAwsjACAARQR/IwQFIABBAUYEfyMFBSAAQQJGBH8jBgUjBwsLCws=";

// src/core/secret/prefilter.ts
function newNode() {
  return { children: /* @__PURE__ */ new Map(), rules: [], positionalLength: 0, keyword: -1 };
}
function insertWord(root, word) {
  let node = root;
  for (let i = 0; i < word.length; i++) {
    let code = word.charCodeAt(i), child = node.children.get(code);
    child === void 0 && (child = newNode(), node.children.set(code, child)), node = child;
  }
  return node;
}
function escapeChar(char) {
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}
function trieSource(node) {
  let singles = [], branches = [];
  for (let [code, child] of node.children) {
    let char = escapeChar(String.fromCharCode(code));
    child.rules.length > 0 || child.children.size === 0 ? singles.push(char) : branches.push(char + trieSource(child));
  }
  let alternatives = [...branches];
  return singles.length === 1 ? alternatives.push(singles[0]) : singles.length > 1 && alternatives.push(`[${singles.join("")}]`), alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join("|")})`;
}
var AUTOMATON_AFTER = 0, USELESS_HITS_BEFORE_NARROWING = 8, NARROWED_CACHE_SIZE = 64, Prefilter = class {
  ruleCount;
  root = newNode();
  /** Distinct keywords and the rules each one serves. */
  keywords = [];
  keywordRules = [];
  regexCache;
  narrowed = /* @__PURE__ */ new Map();
  /**
   * The automaton: undefined until built, null when a keyword has a non-ASCII character
   * (regex fallback).
   */
  dfa;
  /** Characters to scan with the regex before building the automaton (see the constructor). */
  regexBudget;
  /** Whether to run ASCII texts on the WebAssembly automaton (false: tests of the loop). */
  wasmWanted;
  /**
   * `keywords[i]` are rule i's keywords, already lower-case. The first `automatonAfter`
   * characters (default 0) are searched with the trie-shaped regex, the rest with the
   * automaton, built on first use; both find the same keywords (the tests compare them).
   */
  constructor(keywords, options = {}) {
    this.regexBudget = options.automatonAfter ?? AUTOMATON_AFTER, this.wasmWanted = options.wasm ?? !0, this.ruleCount = keywords.length;
    let byKeyword = /* @__PURE__ */ new Map();
    keywords.forEach((words, rule) => {
      for (let word of words) {
        let rules = byKeyword.get(word) ?? [];
        rules.includes(rule) || rules.push(rule), byKeyword.set(word, rules);
      }
    });
    for (let [word, rules] of byKeyword) {
      let node = insertWord(this.root, word);
      node.keyword = this.keywords.length, this.keywords.push(word), this.keywordRules.push(rules), node.rules = rules, rules.some((rule) => options.positional?.[rule] === !0) && (node.positionalLength = word.length);
    }
    this.keywords.every((word) => ASCII.test(word)) || (this.dfa = null);
  }
  /** Regex source over every keyword (trie-shaped; what the non-ASCII fallback runs). */
  get source() {
    return this.regex === null ? "" : this.regex.source;
  }
  get regex() {
    if (this.regexCache === void 0) {
      let source = sourceOf(this.keywords);
      this.regexCache = source === "" ? null : new RegExp(source, "g");
    }
    return this.regexCache;
  }
  /**
   * Whether the last `candidates` call ran the automaton, so that `starts` it was given holds
   * every start of a positional rule's keyword (the regex path records none).
   */
  get recordsStarts() {
    return this.dfa !== void 0 && this.dfa !== null;
  }
  /** Whether ASCII texts run on the WebAssembly automaton (once it is built). */
  get runsWasm() {
    return this.dfa !== void 0 && this.dfa !== null && this.dfa.wasm !== null;
  }
  /** Distinct keywords (their index is the keyword id recorded with each start). */
  get keywordCount() {
    return this.keywords.length;
  }
  /** Ids of the given keywords (as passed to the constructor), in that order, deduplicated. */
  keywordIds(words) {
    let ids = [];
    for (let word of words) {
      let id = this.keywords.indexOf(word);
      id !== -1 && !ids.includes(id) && ids.push(id);
    }
    return ids;
  }
  /**
   * Marks in `out` (length ruleCount, zeroed by the caller) every rule with a keyword in
   * `text`; returns how many were marked. Stops early once every rule is marked, unless
   * `starts` is given: the automaton then appends to it the start offset of every occurrence
   * of a positional rule's keyword (in order of where they end; see recordsStarts), and to
   * `keywordIds` (when given) the id of each of those keywords, in the same order.
   *
   * The text is lower-cased once (cheap, and faster than a case-insensitive regex); offsets in
   * it are never reported, so a length change by lower-casing does not matter. Keywords that
   * keep hitting after their rules are all marked (`password` in a form handler) are dropped
   * from the search by switching to a narrowed regex.
   */
  candidates(text, out, starts = null, keywordIds = null) {
    let dfa = this.dfa;
    if (dfa === void 0) {
      if (this.regexBudget > 0)
        return this.regexBudget -= text.length, this.candidatesByRegex(text, out);
      dfa = this.dfa = buildAutomaton(this.root, this.wasmWanted);
    }
    if (dfa === null) return this.candidatesByRegex(text, out);
    let { delta, outputs, lengths, ids } = dfa, n = text.length;
    if (n >= WASM_FROM && n <= WASM_UP_TO && dfa.wasm !== null) {
      let hits = dfa.wasm.run(text);
      if (hits !== null) {
        let marked2 = 0;
        for (let h = 0; h < hits.length; h += 2) {
          let state2 = hits[h];
          marked2 += mark(outputs[state2], out), starts !== null && record(lengths[state2], ids[state2], hits[h + 1], starts, keywordIds);
        }
        return marked2;
      }
    }
    let ruleCount = starts === null ? this.ruleCount : -1, marked = 0, state = 0;
    if (text.indexOf("\u0130") !== -1)
      return this.candidatesDottedI(dfa, text, out, starts, keywordIds);
    let wide = dfa.wide;
    for (let i = 0; i < n; i++)
      if (state = delta[state + wide[text.charCodeAt(i)]], state < 0 && (state = ~state, marked += mark(outputs[state], out), starts !== null && record(lengths[state], ids[state], i + 1, starts, keywordIds), marked === ruleCount))
        return marked;
    return marked;
  }
  /** candidates() on the automaton for a text with U+0130 (capital I with dot) in it. */
  candidatesDottedI(dfa, text, out, starts, keywordIds) {
    let { delta, classes, outputs, lengths, ids } = dfa, ruleCount = starts === null ? this.ruleCount : -1, kelvin = dfa.kelvin, dottedI = dfa.dottedI, marked = 0, state = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      let code = text.charCodeAt(i);
      if (code < 128) state = delta[state + classes[code]];
      else if (code === 8490) state = delta[state + kelvin];
      else if (code === 304) {
        if (state = delta[state + dottedI], state < 0 && (marked += mark(outputs[~state], out), starts !== null && record(lengths[~state], ids[~state], i + 1, starts, keywordIds)), marked === ruleCount) return marked;
        state = 0;
        continue;
      } else state = delta[state];
      if (state < 0 && (state = ~state, marked += mark(outputs[state], out), starts !== null && record(lengths[state], ids[state], i + 1, starts, keywordIds), marked === ruleCount))
        return marked;
    }
    return marked;
  }
  /** candidates() for keywords the automaton does not handle: the trie-shaped regex. */
  candidatesByRegex(text, out) {
    let regex = this.regex;
    if (regex === null) return 0;
    let lower = text.toLowerCase(), marked = 0, useless = 0;
    regex.lastIndex = 0;
    for (let match = regex.exec(lower); match !== null; match = regex.exec(lower)) {
      let start = match.index, before = marked, node = this.root;
      for (let i = start; i < lower.length && (node = node.children.get(lower.charCodeAt(i)), node !== void 0); i++) {
        for (let rule of node.rules)
          out[rule] === 0 && (out[rule] = 1, marked++);
        if (node.children.size === 0) break;
      }
      if (marked === this.ruleCount || marked === before && ++useless >= USELESS_HITS_BEFORE_NARROWING && (useless = 0, regex = this.narrow(out), regex === null))
        break;
      regex.lastIndex = start + 1;
    }
    return marked;
  }
  /** A regex over the keywords that still have an unmarked rule (cached). */
  narrow(out) {
    let useful = [], ids = [];
    this.keywords.forEach((word, id) => {
      this.keywordRules[id].some((rule) => out[rule] === 0) && (useful.push(word), ids.push(id));
    });
    let key = ids.join(","), regex = this.narrowed.get(key);
    if (regex === void 0) {
      let source = sourceOf(useful);
      regex = source === "" ? null : new RegExp(source, "g"), this.narrowed.size >= NARROWED_CACHE_SIZE && this.narrowed.clear(), this.narrowed.set(key, regex);
    }
    return regex;
  }
};
function sourceOf(keywords) {
  let root = newNode();
  for (let word of keywords) insertWord(root, word).rules = [0];
  return root.children.size === 0 ? "" : trieSource(root);
}
var ASCII = /^[\x00-\x7f]*$/;
function record(lengths, ids, end, starts, keywordIds) {
  if (lengths !== void 0)
    for (let k = 0; k < lengths.length; k++)
      starts.push(end - lengths[k]), keywordIds !== null && keywordIds.push(ids[k]);
}
function mark(rules, out) {
  let marked = 0;
  for (let rule of rules)
    out[rule] === 0 && (out[rule] = 1, marked++);
  return marked;
}
function buildAutomaton(root, wasm) {
  let classes = new Uint8Array(128), classCount = 1, nodes = [root];
  for (let i = 0; i < nodes.length; i++)
    for (let [code, child] of nodes[i].children)
      classes[code] === 0 && (classes[code] = classCount++), nodes.push(child);
  for (let code = 65; code <= 90; code++)
    classes[code] === 0 && (classes[code] = classes[code + 32]);
  let index = new Map(nodes.map((node, i) => [node, i])), width = classCount, next = new Int32Array(nodes.length * width), fail = new Int32Array(nodes.length), outputs = nodes.map((node) => [...node.rules]), lengths = nodes.map(
    (node) => node.positionalLength > 0 ? [node.positionalLength] : []
  ), ids = nodes.map((node) => node.positionalLength > 0 ? [node.keyword] : []);
  for (let i = 0; i < nodes.length; i++) {
    let node = nodes[i];
    if (i !== 0) {
      for (let rule of outputs[fail[i]])
        outputs[i].includes(rule) || outputs[i].push(rule);
      let failLengths = lengths[fail[i]];
      for (let k = 0; k < failLengths.length; k++)
        lengths[i].includes(failLengths[k]) || (lengths[i].push(failLengths[k]), ids[i].push(ids[fail[i]][k]));
    }
    for (let k = 0; k < width; k++) next[i * width + k] = i === 0 ? 0 : next[fail[i] * width + k];
    for (let [code, child] of node.children) {
      let c = index.get(child);
      fail[c] = i === 0 ? 0 : next[fail[i] * width + classes[code]], next[i * width + classes[code]] = c;
    }
  }
  let delta = new Int32Array(next.length);
  for (let j = 0; j < next.length; j++) {
    let target = next[j];
    delta[j] = outputs[target].length > 0 ? ~(target * width) : target * width;
  }
  let rowOutputs = new Array(next.length).fill(void 0), rowLengths = new Array(next.length).fill(void 0), rowIds = new Array(next.length).fill(void 0);
  outputs.forEach((rules, i) => {
    rules.length > 0 && (rowOutputs[i * width] = rules), lengths[i].length > 0 && (rowLengths[i * width] = lengths[i], rowIds[i * width] = ids[i]);
  });
  let wide = new Uint8Array(65536);
  return wide.set(classes), wide[8490] = classes[107], {
    delta,
    classes,
    outputs: rowOutputs,
    lengths: rowLengths,
    ids: rowIds,
    wide,
    kelvin: classes[107],
    dottedI: classes[105],
    wasm: wasm ? WasmAutomaton.create(delta, classes, width, longest(root)) : null
  };
}
function longest(root) {
  let deepest = 0, visit = (node, depth) => {
    depth > deepest && (deepest = depth);
    for (let child of node.children.values()) visit(child, depth + 1);
  };
  return visit(root, 0), deepest;
}
var WASM_FROM = 256, WASM_UP_TO = 4 * 1048576, LANES_FROM = 1024, WasmAutomaton = class _WasmAutomaton {
  constructor(exports, textAt, longest2) {
    this.exports = exports;
    this.textAt = textAt;
    this.longest = longest2;
    this.memory = exports.memory, this.bytes = Buffer.from(this.memory.buffer);
  }
  exports;
  textAt;
  longest;
  memory;
  bytes;
  /**
   * The automaton in WebAssembly; null where WebAssembly is unavailable (`node --jitless`) or
   * the automaton has more classes than a byte-sized class table can address.
   */
  static create(delta, classes, width, longest2) {
    let api = globalThis.WebAssembly;
    if (width * 4 > 255 || api === void 0) return null;
    let exports;
    try {
      let module = new api.Module(Buffer.from(AUTOMATON_WASM, "base64"));
      exports = new api.Instance(module, {}).exports;
    } catch {
      return null;
    }
    let classesAt = delta.length * 4, textAt = classesAt + 256 + 7 & -8, automaton = new _WasmAutomaton(exports, textAt, longest2);
    if (!automaton.reserve(textAt)) return null;
    let table = new Int32Array(automaton.memory.buffer, 0, delta.length);
    for (let i = 0; i < delta.length; i++) {
      let next = delta[i];
      table[i] = next < 0 ? ~(~next * 4) : next * 4;
    }
    let classTable = new Uint8Array(automaton.memory.buffer, classesAt, 256);
    for (let code = 0; code < 128; code++) classTable[code] = classes[code] * 4;
    return exports.setup(0, classesAt), automaton;
  }
  /** Grows the memory to at least `bytes`; false when it cannot grow (the caller falls back). */
  reserve(bytes) {
    let missing = bytes - this.memory.buffer.byteLength;
    if (missing <= 0) return !0;
    try {
      this.memory.grow(Math.ceil(missing / 65536));
    } catch {
      return !1;
    }
    return this.bytes = Buffer.from(this.memory.buffer), !0;
  }
  /**
   * Runs over `text`: the hits as pairs (accepting row offset in the JavaScript table, offset
   * just past the keyword) in the order of those offsets, or null when the text is not ASCII
   * (its bytes are then not its characters). The pairs are valid until the next run.
   */
  run(text) {
    let n = text.length, at = this.textAt, hitsAt = at + n + 7 & -8;
    if (!this.reserve(at + n + 4) || this.bytes.write(text, at, "utf8") !== n || !this.reserve(hitsAt + 8 * n + 40)) return null;
    let wasm = this.exports, end;
    if (n >= LANES_FROM) {
      let quarter = n >> 2, lane = (k) => at + k * quarter, region = (k) => hitsAt + k * 8 * (quarter + 1), warm = (k) => wasm.warm(Math.max(at, lane(k) - this.longest + 1), lane(k), 0);
      wasm.run4(
        lane(0),
        lane(1),
        lane(2),
        lane(3),
        quarter,
        0,
        warm(1),
        warm(2),
        warm(3),
        at,
        region(0),
        region(1),
        region(2),
        region(3)
      );
      let last = wasm.run1(lane(4), at + n, wasm.state(), at, wasm.lane_end(3)), memory = new Uint8Array(this.memory.buffer);
      end = wasm.lane_end(0);
      for (let k = 1; k < 4; k++) {
        let stop = k === 3 ? last : wasm.lane_end(k);
        memory.copyWithin(end, region(k), stop), end += stop - region(k);
      }
    } else
      end = wasm.run1(at, at + n, 0, at, hitsAt);
    let hits = new Int32Array(this.memory.buffer, hitsAt, end - hitsAt >> 2);
    for (let h = 0; h < hits.length; h += 2) hits[h] = hits[h] >> 2;
    return hits;
  }
};

// src/core/secret/validators.ts
import { Buffer as Buffer2 } from "node:buffer";

// src/core/secret/entropy.ts
var COUNTS = new Int32Array(128), ORDER = new Uint8Array(128);
function shannonEntropy(value) {
  let length = value.length;
  if (length === 0) return 0;
  let distinct = 0;
  for (let i = 0; i < length; i++) {
    let code = value.charCodeAt(i);
    if (code >= 128) {
      for (let k = 0; k < distinct; k++) COUNTS[ORDER[k]] = 0;
      return entropyOfAny(value);
    }
    COUNTS[code]++ === 0 && (ORDER[distinct++] = code);
  }
  let entropy = 0;
  for (let k = 0; k < distinct; k++) {
    let code = ORDER[k], p = COUNTS[code] / length;
    COUNTS[code] = 0, entropy -= p * Math.log2(p);
  }
  return entropy;
}
function entropyOfAny(value) {
  let length = value.length, counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < length; i++) {
    let code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (let count of counts.values()) {
    let p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

// src/core/secret/validators.ts
var CRC32_TABLE = (() => {
  let table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(text) {
  let bytes = Buffer2.from(text, "utf8"), crc = 4294967295;
  for (let byte of bytes) crc = CRC32_TABLE[(crc ^ byte) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62(value, width) {
  let out = "", n = Math.floor(value);
  for (; n > 0; )
    out = BASE62[n % 62] + out, n = Math.floor(n / 62);
  return out.padStart(width, "0");
}
function githubChecksum(random30) {
  return base62(crc32(random30), 6);
}
var CHECKSUMMED_BODY = /^[A-Za-z0-9]{36}$/;
function checksummedToken(prefixes) {
  return (secret) => {
    let underscore = secret.lastIndexOf("_");
    if (underscore < 0) return !1;
    let prefix = secret.slice(0, underscore + 1);
    if (!prefixes.some((p) => prefix.endsWith(p))) return !1;
    let body = secret.slice(underscore + 1);
    return CHECKSUMMED_BODY.test(body) ? githubChecksum(body.slice(0, 30)) === body.slice(30) : !1;
  };
}
var validateGithubChecksum = checksummedToken(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]), validateNpmChecksum = checksummedToken(["npm_"]);
function validateOpenaiMarker(secret) {
  return secret.includes("T3BlbkFJ");
}
function validateGroqMarker(secret) {
  return secret.includes("WGdyb3FY");
}
var BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
function decodeJsonObject(part) {
  if (!BASE64URL.test(part)) return null;
  try {
    let value = JSON.parse(Buffer2.from(part, "base64url").toString("utf8"));
    return typeof value == "object" && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
function validateJwt(secret) {
  let parts = secret.split(".");
  if (parts.length !== 3) return !1;
  let header = decodeJsonObject(parts[0]);
  return header === null || typeof header.alg != "string" ? !1 : decodeJsonObject(parts[1]) !== null;
}
var PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY(?: BLOCK)?-----([\s\S]*?)-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/, PEM_NOISE = /\\[nr]|\s|["'`+,]/g;
function validatePrivateKey(secret) {
  let block = PEM_BLOCK.exec(secret);
  if (block === null) return !1;
  let body = "";
  for (let rawLine of block[2].split(/\\n|\n/)) {
    let line = rawLine.trim();
    /^[A-Za-z-]+:\s/.test(line) || (body += line.replace(PEM_NOISE, ""));
  }
  if (body.length < 64 || !/^[A-Za-z0-9+/=]+$/.test(body)) return !1;
  let first = body[0];
  for (let i = 1; i < body.length; i++) if (body[i] !== first) return !0;
  return !1;
}
var PASSWORD_PLACEHOLDERS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "pwd",
  "secret",
  "changeme",
  "redacted",
  "example",
  "test",
  "user",
  "username"
]);
function plausiblePassword(password, user) {
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
  }
  return decoded.length < 3 || /^[$%<{[(]|\$\{|\{\{|<[^>]*>|^\*+$|^x+$/i.test(decoded) || PASSWORD_PLACEHOLDERS.has(decoded.toLowerCase()) || user !== "" && decoded === user ? !1 : shannonEntropy(decoded) >= 1.5;
}
function validateConnectionUri(secret, match = secret) {
  let text = secret.includes("://") ? secret : match.includes("://") ? match : secret, schemeEnd = text.indexOf("://"), password, user = "";
  if (schemeEnd >= 0) {
    let rest = text.slice(schemeEnd + 3), at = rest.lastIndexOf("@");
    if (at < 0) return !1;
    let userinfo = rest.slice(0, at), colon = userinfo.indexOf(":");
    if (colon < 0) return !1;
    user = userinfo.slice(0, colon), password = userinfo.slice(colon + 1);
  } else
    password = text;
  return plausiblePassword(password, user);
}
var BASE64 = /^[A-Za-z0-9+/]+={0,2}$/, PRINTABLE = /^[\x20-\x7e\u00a0-\uffff]+$/;
function validateBasicAuth(secret) {
  if (!BASE64.test(secret) || secret.replace(/=+$/, "").length % 4 === 1) return !1;
  let decoded = Buffer2.from(secret, "base64").toString("utf8");
  if (!PRINTABLE.test(decoded)) return !1;
  let colon = decoded.indexOf(":");
  return colon < 1 ? !1 : plausiblePassword(decoded.slice(colon + 1), decoded.slice(0, colon));
}
function validateGcpServiceAccount(secret, match = secret) {
  let text = secret === match ? secret : `${match}
${secret}`;
  return /"type"\s*:\s*"service_account"/.test(text) && /"private_key"\s*:\s*"-----BEGIN (?:RSA )?PRIVATE KEY-----/.test(text);
}
function validatePassword(secret) {
  return plausiblePassword(secret, "");
}
var VALIDATORS = {
  "github-checksum": validateGithubChecksum,
  "npm-checksum": validateNpmChecksum,
  "openai-marker": validateOpenaiMarker,
  "groq-marker": validateGroqMarker,
  jwt: validateJwt,
  "private-key": validatePrivateKey,
  "connection-uri": validateConnectionUri,
  password: validatePassword,
  "basic-auth": validateBasicAuth,
  "gcp-service-account": validateGcpServiceAccount
};
function isValidatorName(name) {
  return Object.hasOwn(VALIDATORS, name);
}

// src/core/secret/compile.ts
var URI_TAGS = ["uri", "connection-string"], STRUCTURED_TAGS = ["structured", "private-key"], GENERIC_TAGS = ["generic", "entropy-only"], ID = /^secret\/[a-z0-9][a-z0-9._-]*$/, MATCH_OPTIONS = { dot: !0, matchBase: !0, nocomment: !0 };
function compileRegex(source, flags, where, what) {
  if (typeof source != "string" || source === "")
    throw new ConfigError(where, `${what} must be a non-empty regular expression`);
  try {
    return new RegExp(source, flags);
  } catch (error) {
    let reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      where,
      `${what} is not a valid JavaScript regular expression: ${reason}`,
      {
        hint: "Check the escaping: in YAML, prefer single-quoted strings for regexes."
      }
    );
  }
}
function compileAllowlist(list, where) {
  let regexes = (list?.regexes ?? []).map(
    (source, i) => compileRegex(source, "", where, `allowlist regex ${i + 1}`)
  ), stopwords = (list?.stopwords ?? []).map((word, i) => {
    if (typeof word != "string" || word === "")
      throw new ConfigError(where, `allowlist stopword ${i + 1} must be a non-empty string`);
    return word.toLowerCase();
  }), paths = (list?.paths ?? []).map((glob, i) => {
    if (typeof glob != "string" || glob === "")
      throw new ConfigError(where, `allowlist path ${i + 1} must be a non-empty glob`);
    return new Minimatch(glob, MATCH_OPTIONS);
  });
  return { regexes, stopwords, paths };
}
function validateSpec(spec, where) {
  if (!ID.test(spec.id))
    throw new ConfigError(where, "the rule id must look like `secret/<kebab-case-name>`");
  if (!SEVERITIES.includes(spec.severity))
    throw new ConfigError(where, `severity must be one of ${SEVERITIES.join(", ")}`);
  if (!Array.isArray(spec.keywords) || spec.keywords.length === 0)
    throw new ConfigError(where, "keywords must list at least one literal", {
      hint: "Keywords are the cheap prefilter: a literal that every match contains."
    });
  for (let keyword of spec.keywords) {
    if (typeof keyword != "string" || keyword === "")
      throw new ConfigError(where, "every keyword must be a non-empty string");
    if (keyword !== keyword.toLowerCase())
      throw new ConfigError(where, `keyword "${keyword}" must be lower-case`, {
        hint: "Keywords match case-insensitively; write them in lower case."
      });
  }
  if (spec.flags !== void 0 && spec.flags !== "i")
    throw new ConfigError(where, "flags may only be 'i' (the engine adds 'g')");
  if (spec.entropy !== void 0 && (typeof spec.entropy != "number" || !Number.isFinite(spec.entropy) || spec.entropy < 0 || spec.entropy > 8))
    throw new ConfigError(where, "entropy must be a number of bits per character from 0 to 8");
  if (spec.validator !== void 0 && !isValidatorName(spec.validator))
    throw new ConfigError(where, `unknown validator "${String(spec.validator)}"`, {
      hint: `Known validators: ${Object.keys(VALIDATORS).join(", ")}.`
    });
}
function infoOf(spec, severity, blocking) {
  return {
    id: spec.id,
    kind: "secret",
    title: spec.title,
    provider: spec.provider,
    severity,
    blocking,
    description: spec.description,
    remediation: spec.remediation,
    tags: [...spec.tags ?? []]
  };
}
function compileRules(specs, options) {
  let seen = /* @__PURE__ */ new Set(), rules = [], infos = [], startLed = [];
  for (let spec of specs) {
    let where = `rule ${spec.id}`;
    if (validateSpec(spec, where), seen.has(spec.id)) throw new ConfigError(where, "the rule id is defined twice");
    seen.add(spec.id);
    let flags = spec.flags === "i" ? "gi" : "g", regex = compileRegex(spec.regex, flags, where, "regex"), locate = new RegExp(spec.regex, flags.replace("g", "yd")), anchor = findAnchor(spec.regex, flags), anyLeads = anchor === null ? findLeads(spec.regex, flags, 1) : null, leads = anyLeads?.every((lead) => lead.length >= 3) ? anyLeads : keywordLeads(anyLeads, spec.keywords), isLed = anchor === null && leads === null && isKeywordLed(spec.regex, spec.keywords), sticky = anchor !== null || leads !== null || isLed ? new RegExp(spec.regex, flags.replace("g", "y")) : null;
    startLed.push(isLed || keywordLeads(leads, spec.keywords) !== null);
    let override = options.overrides[spec.id], severity = override?.severity ?? spec.severity, blocking = override?.blocking ?? spec.blocking ?? !0, tags = spec.tags ?? [], generic = tags.some((tag) => GENERIC_TAGS.includes(tag)) || spec.id.startsWith("secret/generic"), uri = tags.some((tag) => URI_TAGS.includes(tag)), structured = !generic && (spec.validator !== void 0 || tags.some((tag) => STRUCTURED_TAGS.includes(tag)));
    rules.push({
      index: rules.length,
      id: spec.id,
      title: spec.title,
      provider: spec.provider,
      severity,
      blocking,
      regex,
      locate,
      anchor: anchor === null ? null : { ...anchor, sticky },
      leads: leads === null ? null : { literals: leads, sticky },
      keywordLed: isLed ? sticky : null,
      startKeywords: null,
      entropy: spec.entropy ?? 0,
      validator: spec.validator === void 0 ? null : VALIDATORS[spec.validator],
      allowlist: compileAllowlist(spec.allowlist, where),
      generic,
      minified: !generic || uri,
      lockfile: uri || structured
    }), infos.push(infoOf(spec, severity, blocking));
  }
  let allowlist = compileAllowlist(options.allowlist, "allowlist"), prefilter = new Prefilter(
    specs.map((spec) => spec.keywords),
    {
      positional: startLed,
      ...options.automatonAfter === void 0 ? {} : { automatonAfter: options.automatonAfter }
    }
  );
  for (let rule of rules) {
    if (!startLed[rule.index]) continue;
    let own = new Uint8Array(prefilter.keywordCount);
    for (let id of prefilter.keywordIds(specs[rule.index].keywords)) own[id] = 1;
    rule.startKeywords = own;
  }
  return {
    infos,
    rules,
    prefilter,
    allowlist,
    pathScoped: rules.filter((rule) => rule.allowlist.paths.length > 0).map((rule) => rule.index)
  };
}
function keywordLeads(leads, keywords) {
  return leads === null ? null : leads.every((lead) => {
    let lower = lead.toLowerCase();
    return keywords.some((word) => lower.startsWith(word));
  }) ? leads : null;
}
function isPathAllowed(path, rules) {
  let globs = rules.allowlist.paths;
  for (let glob of globs) if (glob.match(path)) return !0;
  return !1;
}

// src/core/postprocess/dedupe.ts
function isGenericRule(finding) {
  return /^secret\/generic(?:-|$)/.test(finding.ruleId) || finding.provider === "generic";
}
function overlaps(a, b) {
  return a.path !== b.path || a.line > b.endLine || b.line > a.endLine ? !1 : a.secret.includes(b.secret) || b.secret.includes(a.secret) ? !0 : a.line === b.line && a.column < b.column + b.secret.length && b.column < a.column + a.secret.length;
}
function dedupe(findings, specifics = findings) {
  let specificByPath = /* @__PURE__ */ new Map();
  for (let finding of specifics) {
    if (isGenericRule(finding)) continue;
    let list = specificByPath.get(finding.path);
    list === void 0 ? specificByPath.set(finding.path, [finding]) : list.push(finding);
  }
  let seen = /* @__PURE__ */ new Set(), kept = [];
  for (let finding of findings) {
    if (isGenericRule(finding) && specificByPath.get(finding.path)?.some((specific) => overlaps(finding, specific)))
      continue;
    let key = `${finding.fingerprint}\0${finding.line}\0${finding.column}`;
    seen.has(key) || (seen.add(key), kept.push(finding));
  }
  return kept;
}

// src/core/postprocess/ignore-file.ts
function applyIgnoreFile(findings, entries) {
  let byFingerprint = new Set(entries.map((entry) => entry.fingerprint)), used = /* @__PURE__ */ new Set(), kept = [];
  for (let finding of findings)
    byFingerprint.has(finding.fingerprint) ? used.add(finding.fingerprint) : kept.push(finding);
  let unused = entries.filter((entry) => !used.has(entry.fingerprint)).map(({ fingerprint, line, reason }) => ({ fingerprint, line, reason }));
  return { kept, dropped: findings.length - kept.length, unused };
}

// src/core/postprocess/inline-allow.ts
var ALLOW = /\b(?:mandate|gitleaks):allow\b/;
function hasInlineAllow(lineText) {
  return ALLOW.test(lineText);
}
function applyInlineAllow(findings) {
  let kept = findings.filter((finding) => !hasInlineAllow(finding.lineText));
  return { kept, dropped: findings.length - kept.length };
}

// src/core/redact.ts
var MAX_PREFIX = 6, MIN_LENGTH_FOR_PREFIX = 12, PEM_HEADER = /^-----BEGIN ([A-Z0-9 ]{1,40}?)-----/;
function redact(secret) {
  let length = `(${formatCount(secret.length)} ${secret.length === 1 ? "char" : "chars"})`, pem = PEM_HEADER.exec(secret);
  if (pem !== null) return `-----BEGIN ${pem[1]}\u2026${length}`;
  if (secret.length < MIN_LENGTH_FOR_PREFIX) return `\u2026${length}`;
  let prefix = secret.slice(0, Math.min(MAX_PREFIX, Math.floor(secret.length / 5))), lineBreak = prefix.search(/[\r\n]/);
  return lineBreak !== -1 && (prefix = prefix.slice(0, lineBreak)), /[\uD800-\uDBFF]$/.test(prefix) && (prefix = prefix.slice(0, -1)), `${prefix}\u2026${length}`;
}

// src/core/postprocess/redact.ts
function atOrAbove(severity, threshold) {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
function messageFor(raw) {
  let where = raw.provider === "" || raw.provider === "generic" ? "its issuer" : raw.provider, message = raw.blocking ? `${raw.title}: rotate this credential at ${where}, then remove it from the change.` : `${raw.title}: possible secret; if it is a credential, rotate it and move it out of the code.`;
  return raw.secret.length > 0 && message.includes(raw.secret) ? message.split(raw.secret).join(redact(raw.secret)) : message;
}
function toFinding(raw, failOn) {
  let finding = {
    ruleId: raw.ruleId,
    kind: raw.kind,
    severity: raw.severity,
    path: raw.path,
    line: raw.line,
    endLine: raw.endLine,
    column: raw.column,
    message: messageFor(raw),
    redacted: redact(raw.secret),
    fingerprint: raw.fingerprint,
    blocking: raw.blocking && atOrAbove(raw.severity, failOn),
    title: raw.title,
    provider: raw.provider
  };
  return raw.commit !== void 0 && (finding.commit = raw.commit.sha, finding.author = raw.commit.author, finding.date = raw.commit.date), finding;
}

// src/core/postprocess/index.ts
function finalizeFindings(raw, options) {
  let inline = applyInlineAllow(raw), key = fingerprintKey(options.fingerprintSalt), hashes = /* @__PURE__ */ new Map(), withFingerprints = inline.kept.map((finding) => {
    let hash = hashes.get(finding.secret);
    return hash === void 0 && (hash = keyedHash(finding.secret, key), hashes.set(finding.secret, hash)), { ...finding, fingerprint: `${finding.ruleId}:${finding.path}:${KEYED_PREFIX}${hash}` };
  }), legacy = translateLegacyEntries(withFingerprints, options.ignore, options.baseline), ignored = applyIgnoreFile(withFingerprints, legacy.ignore), baselined = applyBaseline(ignored.kept, legacy.baseline), unique = dedupe(baselined.kept, withFingerprints);
  return {
    findings: sortFindings(unique.map((finding) => toFinding(finding, options.failOn))),
    unusedIgnores: ignored.unused.filter((entry) => options.covered === void 0 || isCovered(entry, options.covered)).map(maskUnsalted),
    migrations: legacy.migrations,
    suppressed: {
      inline: inline.dropped,
      ignoreFile: ignored.dropped,
      baseline: baselined.dropped
    }
  };
}
function maskUnsalted(entry) {
  let parsed = parseFingerprint(entry.fingerprint);
  return parsed === null || parsed.keyed || /^(?:policy|review)\//.test(parsed.ruleId) ? entry : {
    ...entry,
    fingerprint: `${parsed.ruleId}:${parsed.path}:<old unsalted hash: run mandate baseline --migrate>`
  };
}
function isCovered(entry, covered) {
  let parsed = parseFingerprint(entry.fingerprint);
  return parsed === null || covered.covers(parsed.path) ? !0 : !parsed.keyed && covered.coversSomeEndingWith(`/${parsed.path}`);
}

// src/core/secret/decoys.ts
var REFERENCE = /<[^<>\s]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|%\([^)]*\)s|process\.env|os\.environ|os\.getenv|ENV\[|getenv\(/i, PLACEHOLDER_RUN = /[xX]{4,}|\*{4,}|#{4,}|\.{4,}|0{6,}/, LONG_PLACEHOLDER_RUN = /[xX]{8,}|\*{6,}|#{6,}|\.{6,}|0{10,}/;
var PLACEHOLDER_WORDS = /changeme|change_me|redacted|dummy|example|placeholder|your_|your-|yourkey|insert|sample|fake|replace_?me|notreal|not_real/i, DOCUMENTED_VALUES = /* @__PURE__ */ new Set([
  "2YotnFZFEjr1zCsicMWpAA",
  "tGzv3JOkF0XG5Qx2TlKWIA",
  "SplxlOBeZQQYbYS6WxSbIA",
  "7Fjfp0ZBr1KtDRbnfVdmIw",
  "mF_9.B5f-4.1JqM",
  "dpf43f3p2l4k3l03",
  "kd94hf93k423kf44",
  "hh5s93j4hdidpola",
  "hdk48Djdsa",
  "nnch734d00sl2jdk",
  "pfkkdhi9sl3r4s00",
  "9djdj82h48djs9d2",
  "kkk9d7dh3k39sjv7",
  "ad180jjd733klru7",
  "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
  "gX1fBat3bV",
  "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
  "dGVzdDoxMjPCow=="
]), GENERIC_ONLY_WORDS = /test/i, SEQUENCE_LENGTH = 6;
function hasSequentialRun(value) {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    let previous = value.charCodeAt(i - 1), current = value.charCodeAt(i);
    if ((current >= 48 && current <= 57 || current >= 65 && current <= 90 || current >= 97 && current <= 122) && current === previous + 1) {
      if (run++, run >= SEQUENCE_LENGTH) return !0;
    } else
      run = 1;
  }
  return !1;
}
var COUNTS2 = new Int32Array(128), SEEN = new Uint8Array(128);
function isMostlyOneCharacter(value) {
  if (value.length < 8) return !1;
  let limit = value.length * 0.6, distinct = 0, found = !1;
  for (let i = 0; i < value.length; i++) {
    let code = value.charCodeAt(i);
    if (code >= 128) {
      found = isMostlyOneOfAny(value);
      break;
    }
    let count = COUNTS2[code] + 1;
    if (count === 1 && (SEEN[distinct++] = code), COUNTS2[code] = count, count > limit) {
      found = !0;
      break;
    }
  }
  for (let k = 0; k < distinct; k++) COUNTS2[SEEN[k]] = 0;
  return found;
}
function isMostlyOneOfAny(value) {
  let counts = /* @__PURE__ */ new Map(), limit = value.length * 0.6;
  for (let i = 0; i < value.length; i++) {
    let code = value.charCodeAt(i), count = (counts.get(code) ?? 0) + 1;
    if (count > limit) return !0;
    counts.set(code, count);
  }
  return !1;
}
function isDecoy(secret, generic) {
  return DOCUMENTED_VALUES.has(secret) || REFERENCE.test(secret) || (secret.length > 100 ? LONG_PLACEHOLDER_RUN : PLACEHOLDER_RUN).test(secret) || PLACEHOLDER_WORDS.test(secret) || generic && GENERIC_ONLY_WORDS.test(secret) || isMostlyOneCharacter(secret) || hasSequentialRun(secret);
}

// src/core/secret/formats.ts
import { Buffer as Buffer3 } from "node:buffer";
var LOCKFILES = /* @__PURE__ */ new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "poetry.lock",
  "pipfile.lock",
  "cargo.lock",
  "go.sum",
  "composer.lock",
  "gemfile.lock",
  "bun.lock",
  "uv.lock"
]), MINIFIED_LINE_LENGTH = 1e3;
function basename(path) {
  let slash = path.lastIndexOf("/");
  return (slash < 0 ? path : path.slice(slash + 1)).toLowerCase();
}
function detectFormat(path, chars, lines) {
  let name = basename(path), notebook = name.endsWith(".ipynb"), lockfile = LOCKFILES.has(name), minified = !notebook && !lockfile && (name.endsWith(".min.js") || name.endsWith(".min.mjs") || name.endsWith(".min.cjs") || name.endsWith(".map") || chars > MINIFIED_LINE_LENGTH * Math.max(lines, 1)), yaml = !lockfile && (name.endsWith(".yaml") || name.endsWith(".yml"));
  return { notebook, lockfile, minified, yaml };
}
var SIMPLE_ESCAPES = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: `
`,
  r: "\r",
  t: "	"
}, ANSI_SEQUENCE = /\[[0-9;]{0,32}[A-Za-z]/y;
function decodeJsonEscapes(raw) {
  let decodedAt = [0], rawAt = [0], backslash = raw.indexOf("\\");
  if (backslash < 0) return { text: raw, decodedAt, rawAt };
  let parts = [], copied = 0, decodedLength = 0;
  for (; backslash >= 0 && backslash < raw.length - 1; ) {
    let next = raw[backslash + 1], value = SIMPLE_ESCAPES[next], width = 2;
    if (value === void 0 && next === "u") {
      let hex = raw.slice(backslash + 2, backslash + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex) && (value = String.fromCharCode(Number.parseInt(hex, 16)), width = 6, value === "\x1B")) {
        ANSI_SEQUENCE.lastIndex = backslash + 6;
        let sequence = ANSI_SEQUENCE.exec(raw);
        sequence !== null && (value = "", width = 6 + sequence[0].length);
      }
    }
    if (value === void 0) {
      backslash = raw.indexOf("\\", backslash + 1);
      continue;
    }
    parts.push(raw.slice(copied, backslash), value), decodedLength += backslash - copied + value.length, copied = backslash + width, decodedAt.push(decodedLength), rawAt.push(copied), backslash = raw.indexOf("\\", copied);
  }
  return parts.push(raw.slice(copied)), { text: parts.join(""), decodedAt, rawAt };
}
function rawOffset(decoded, offset) {
  let { decodedAt, rawAt } = decoded, low = 0, high = decodedAt.length - 1;
  for (; low < high; ) {
    let mid = low + high + 1 >> 1;
    decodedAt[mid] <= offset ? low = mid : high = mid - 1;
  }
  return rawAt[low] + (offset - decodedAt[low]);
}
var K8S_SECRET_KIND = /^kind:\s*["']?Secret["']?\s*(?:#.*)?$/m, DATA_KEY = /^(\s*)data:\s*(?:#.*)?$/, DATA_ENTRY = /^(\s+)[\w.-]+:\s*["']?([A-Za-z0-9+/]+={0,2})["']?\s*(?:#.*)?$/;
function isKubernetesSecret(text) {
  return K8S_SECRET_KIND.test(text);
}
function kubernetesSecretValues(text) {
  let values = [], dataIndent = -1, lineStart = 0;
  for (; lineStart <= text.length; ) {
    let lineEnd = text.indexOf(`
`, lineStart);
    lineEnd < 0 && (lineEnd = text.length);
    let line = text.slice(lineStart, lineEnd).replace(/\r$/, ""), data = DATA_KEY.exec(line);
    if (data !== null)
      dataIndent = data[1].length;
    else if (dataIndent >= 0 && line.trim() !== "") {
      let entry = DATA_ENTRY.exec(line);
      if (line.length - line.trimStart().length <= dataIndent) dataIndent = -1;
      else if (entry !== null) {
        let encoded = entry[2], decoded = decodeBase64Text(encoded);
        decoded !== null && values.push({ decoded, offset: lineStart + line.indexOf(encoded) });
      }
    }
    lineStart = lineEnd + 1;
  }
  return values;
}
var BASE64_PEM = /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,}={0,2}/g;
function base64PemValues(text) {
  if (!text.includes("LS0tLS1CRUdJTi")) return [];
  let values = [];
  BASE64_PEM.lastIndex = 0;
  for (let m = BASE64_PEM.exec(text); m !== null; m = BASE64_PEM.exec(text)) {
    let rest = m[0].length % 4, encoded = rest === 1 ? m[0].slice(0, -1) : m[0] + "=".repeat((4 - rest) % 4), decoded = decodeBase64Text(encoded);
    decoded !== null && values.push({ decoded, offset: m.index });
  }
  return values;
}
function decodeBase64Text(encoded) {
  if (encoded.length < 8 || encoded.length % 4 !== 0) return null;
  let text = Buffer3.from(encoded, "base64").toString("utf8");
  return /[\uFFFD\u0000-\u0008\u000E-\u001F]/.test(text) ? null : text;
}
function isTokenChar(code) {
  return code >= 48 && code <= 58 || // 0-9 :
  code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 43 || // +
  code === 47 || // /
  code === 61 || // =
  code === 37 || // %
  code === 59 || // ;
  code === 44 || // ,
  code === 46 || // .
  code === 95 || // _
  code === 45;
}
function tokenStart(text, offset) {
  let start = offset;
  for (; start > 0 && isTokenChar(text.charCodeAt(start - 1)); ) start--;
  return start;
}
var DATA_URI_HEAD = /^data:[\w.+-]*\/?[\w.+-]*(?:;[\w.+=-]+)*,/i;
function insideDataUri(text, offset) {
  let start = tokenStart(text, offset), at = text.slice(start, offset).toLowerCase().lastIndexOf("data:");
  return at < 0 ? !1 : (start += at, DATA_URI_HEAD.test(text.slice(start, Math.min(offset + 1, start + 200))));
}
var HASH_TOKEN = /^(?:sha(?:1|224|256|384|512)[-:]|md5[-:]|h1:|blake2b?[-:])/i;
function insideIntegrityHash(text, offset) {
  let start = tokenStart(text, offset);
  return HASH_TOKEN.test(text.slice(start, offset + 1));
}

// src/core/secret/scan-file.ts
function scanFileInto(file, rules, out, counters) {
  if (file.skipped !== void 0 || file.hunks.length === 0) return;
  let chars = 0;
  for (let hunk of file.hunks) chars += hunk.text.length;
  let format = detectFormat(file.path, chars, file.lines), enabled = enabledRules(file.path, format, rules);
  if (enabled === null) return;
  let scanner = new TextScanner(file, rules, enabled, format, out, counters), kubernetes = format.yaml && file.hunks.some((hunk) => isKubernetesSecret(hunk.text));
  for (let hunk of file.hunks) {
    if (format.notebook) {
      let decoded = decodeJsonEscapes(hunk.text), map = decoded.decodedAt.length === 1 ? null : (offset) => rawOffset(decoded, offset);
      scanner.scan(decoded.text, hunk.text, hunk.startLine, map);
    } else
      scanner.scan(hunk.text, hunk.text, hunk.startLine, null);
    let encoded = kubernetes ? kubernetesSecretValues(hunk.text) : base64PemValues(hunk.text);
    for (let value of encoded)
      scanner.scan(value.decoded, hunk.text, hunk.startLine, () => value.offset);
  }
}
var enabledByKind = /* @__PURE__ */ new WeakMap();
function enabledRules(path, format, compiled) {
  let { rules } = compiled, byKind = enabledByKind.get(compiled);
  if (byKind === void 0) {
    byKind = [];
    for (let kind = 0; kind < 4; kind++) {
      let lockfile = (kind & 1) !== 0, minified = (kind & 2) !== 0, mask = new Uint8Array(rules.length), count = 0;
      for (let rule of rules)
        lockfile && !rule.lockfile || minified && !rule.minified || (mask[rule.index] = 1, count++);
      byKind.push(count === 0 ? null : mask);
    }
    enabledByKind.set(compiled, byKind);
  }
  let shared = byKind[(format.lockfile ? 1 : 0) | (format.minified ? 2 : 0)];
  if (shared === null) return null;
  let enabled = shared;
  for (let index of compiled.pathScoped)
    enabled[index] !== 0 && rules[index].allowlist.paths.some((glob) => glob.match(path)) && (enabled === shared && (enabled = shared.slice()), enabled[index] = 0);
  return enabled !== shared && enabled.every((on) => on === 0) ? null : enabled;
}
function startsWithAny(text, literals, at) {
  for (let literal of literals) if (text.startsWith(literal, at)) return !0;
  return !1;
}
function allowlisted(secret, list) {
  let regexes = list.regexes;
  for (let k = 0; k < regexes.length; k++) {
    let regex = regexes[k];
    if (regex.lastIndex = 0, regex.test(secret))
      return k > 0 && (regexes[k] = regexes[k - 1], regexes[k - 1] = regex), !0;
  }
  if (list.stopwords.length > 0) {
    let lower = secret.toLowerCase();
    for (let word of list.stopwords) if (lower.includes(word)) return !0;
  }
  return !1;
}
var scratch = {
  mask: new Uint8Array(0),
  starts: [],
  ids: [],
  packed: new Int32Array(0)
};
function idBits(keywordCount) {
  let bits = 0;
  for (; 1 << bits < keywordCount; ) bits++;
  return bits;
}
function sortNearlySorted(a) {
  let budget = 16 * a.length + 64;
  for (let i = 1; i < a.length; i++) {
    let value = a[i], j = i - 1;
    for (; j >= 0 && a[j] > value; )
      if (a[j + 1] = a[j], j--, --budget === 0) {
        a[j + 1] = value, a.sort();
        return;
      }
    a[j + 1] = value;
  }
}
function sortStarts(starts, ids, bits, textLength) {
  let count = starts.length;
  scratch.packed.length < count && (scratch.packed = new Int32Array(Math.max(count, scratch.packed.length * 2, 1024)));
  let sorted = scratch.packed.subarray(0, count);
  if (bits > 0 && textLength < 2 ** (31 - bits))
    for (let k = 0; k < count; k++) sorted[k] = starts[k] << bits | ids[k];
  else {
    bits = 0;
    for (let k = 0; k < count; k++) sorted[k] = starts[k];
  }
  return sortNearlySorted(sorted), { sorted, bits };
}
var TextScanner = class {
  constructor(file, compiled, enabled, format, out, counters) {
    this.file = file;
    this.compiled = compiled;
    this.enabled = enabled;
    this.format = format;
    this.out = out;
    this.counters = counters;
    scratch.mask.length < compiled.rules.length && (scratch.mask = new Uint8Array(compiled.rules.length)), this.candidateMask = scratch.mask.subarray(0, compiled.rules.length), this.starts = compiled.rules.some((rule) => rule.startKeywords !== null) ? scratch.starts : null, this.ids = scratch.ids, this.idBits = idBits(compiled.prefilter.keywordCount);
  }
  file;
  compiled;
  enabled;
  format;
  out;
  counters;
  candidateMask;
  /** Keyword starts the prefilter records for start-led rules (null when there are none). */
  starts;
  /** The keyword id of each start. */
  ids;
  idBits;
  /**
   * Scans `text`; positions are reported in `raw` (the hunk text, whose first line is
   * `startLine`) through `map` (identity when null).
   */
  scan(text, raw, startLine, map) {
    let mask = this.candidateMask;
    mask.fill(0);
    let starts = this.starts, ids = this.ids;
    starts !== null && (starts.length = 0, ids.length = 0);
    let { prefilter } = this.compiled;
    if (prefilter.candidates(text, mask, starts, starts === null ? null : ids) === 0) return;
    let recorded = starts !== null && prefilter.recordsStarts, sorted = null, bits = 0, candidates = null;
    for (let rule of this.compiled.rules)
      if (!(mask[rule.index] === 0 || this.enabled[rule.index] === 0))
        if (recorded && rule.startKeywords !== null && (rule.keywordLed ?? rule.leads) !== null) {
          sorted === null && ({ sorted, bits } = sortStarts(starts, ids, this.idBits, text.length));
          let sticky = rule.keywordLed ?? rule.leads.sticky, literals = rule.keywordLed === null ? rule.leads.literals : null;
          candidates = this.scanStarts(rule, sticky, literals, sorted, bits, text, candidates);
        } else if (rule.anchor !== null)
          candidates = this.scanAnchored(rule, rule.anchor, text, candidates);
        else if (rule.leads !== null)
          candidates = this.scanLeads(rule, rule.leads, text, candidates);
        else {
          let regex = rule.regex;
          regex.lastIndex = 0;
          for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
            if (match[0].length === 0) {
              regex.lastIndex++;
              continue;
            }
            candidates = this.consider(rule, match, text, candidates);
          }
        }
    candidates !== null && this.report(candidates, raw, startLine, map);
  }
  /**
   * Runs an anchored rule: sticky attempts only at the positions from which a match could reach
   * an occurrence of the anchor literal. Finds the same matches as a global scan.
   */
  scanAnchored(rule, anchor, text, candidates) {
    let { literal, maxBefore, sticky } = anchor, next = 0;
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, Math.max(at + 1, next))) {
      for (let start = Math.max(next, at - maxBefore); start <= at; start++) {
        sticky.lastIndex = start;
        let match = sticky.exec(text);
        if (match !== null) {
          candidates = this.consider(rule, match, text, candidates), next = start + Math.max(match[0].length, 1);
          break;
        }
      }
      next <= at && (next = at + 1);
    }
    return candidates;
  }
  /**
   * Runs a rule whose every match starts with one of a few literals: sticky attempts only
   * where a literal occurs, in text order, never inside a previous match. Finds the same
   * matches as a global scan.
   */
  scanLeads(rule, leads, text, candidates) {
    let { literals, sticky } = leads, at = literals.map((literal) => text.indexOf(literal)), next = 0;
    for (; ; ) {
      let start = -1;
      for (let position of at)
        position !== -1 && (start === -1 || position < start) && (start = position);
      if (start === -1) break;
      sticky.lastIndex = start;
      let match = sticky.exec(text);
      match !== null ? (candidates = this.consider(rule, match, text, candidates), next = start + Math.max(match[0].length, 1)) : next = start + 1;
      for (let i = 0; i < at.length; i++)
        at[i] !== -1 && at[i] < next && (at[i] = text.indexOf(literals[i], next));
    }
    return candidates;
  }
  /**
   * Runs a keyword-led rule, or a lead rule whose leads start with its keywords: sticky attempts
   * only at the starts of the rule's own keywords (ascending; for a lead rule, only where one of
   * its `literals` occurs), never inside a previous match. Every match starts there, so this
   * finds what a global scan finds. `sorted` holds the packed starts (see sortStarts).
   */
  scanStarts(rule, sticky, literals, sorted, bits, text, candidates) {
    let own = rule.startKeywords, idMask = (1 << bits) - 1, next = 0, last = -1;
    for (let k = 0; k < sorted.length; k++) {
      let packed = sorted[k];
      if (bits > 0 && own[packed & idMask] === 0) continue;
      let start = packed >> bits;
      if (start < next || start === last || (last = start, literals !== null && !startsWithAny(text, literals, start))) continue;
      sticky.lastIndex = start;
      let match = sticky.exec(text);
      match !== null && (candidates = this.consider(rule, match, text, candidates), next = start + Math.max(match[0].length, 1));
    }
    return candidates;
  }
  /** Applies the checks to one match; returns the (possibly new) candidate list. */
  consider(rule, match, text, candidates) {
    let group = match.groups?.secret, secret = group ?? match[0];
    if (secret === "" || !this.valueKept(rule, secret, match[0])) return candidates;
    let start = group === void 0 ? match.index : this.secretStart(rule, match.index, text);
    if (!this.contextKept(rule, secret, text, start)) return candidates;
    let list = candidates ?? [];
    return list.push({ rule, start, end: start + secret.length, secret }), list;
  }
  /** Where the `secret` group of the rule's match at `index` starts. */
  secretStart(rule, index, text) {
    let locate = rule.locate;
    locate.lastIndex = index;
    let start = locate.exec(text)?.indices?.groups?.secret?.[0];
    if (start === void 0) throw new Error(`${rule.id}: the secret group could not be located`);
    return start;
  }
  /** Checks of the value alone, cheapest first (a rule's own allowlist is one: see below). */
  valueKept(rule, secret, match) {
    return rule.entropy > 0 && shannonEntropy(secret) < rule.entropy || isDecoy(secret, rule.generic) || rule.validator !== null && !rule.validator(secret, match) ? !1 : !allowlisted(secret, rule.allowlist);
  }
  /** Checks of where the value stands, then the counted global allowlist. */
  contextKept(rule, secret, text, at) {
    return rule.generic && insideDataUri(text, at) || this.format.lockfile && insideIntegrityHash(text, at) ? !1 : allowlisted(secret, this.compiled.allowlist) ? (this.counters.allowlisted++, !1) : !0;
  }
  /** Line numbers for candidates in offset order, with one running pass over `raw`. */
  report(candidates, raw, startLine, map) {
    candidates.sort((a, b) => a.start - b.start || a.rule.index - b.rule.index);
    let line = startLine, lineStart = 0, nextNewline = raw.indexOf(`
`), file = this.file;
    for (let candidate of candidates) {
      let rawStart = map === null ? candidate.start : map(candidate.start);
      for (rawStart < lineStart && (line = startLine, lineStart = 0, nextNewline = raw.indexOf(`
`)); nextNewline !== -1 && nextNewline < rawStart; )
        line++, lineStart = nextNewline + 1, nextNewline = raw.indexOf(`
`, lineStart);
      let rawLast = map === null ? candidate.end - 1 : map(candidate.end - 1), endLine = line;
      for (let nl = nextNewline; nl !== -1 && nl < rawLast; nl = raw.indexOf(`
`, nl + 1))
        endLine++;
      let lineEnd = nextNewline === -1 ? raw.length : nextNewline;
      lineEnd > lineStart && raw.charCodeAt(lineEnd - 1) === 13 && lineEnd--;
      let { rule } = candidate, finding = {
        ruleId: rule.id,
        kind: "secret",
        severity: rule.severity,
        title: rule.title,
        provider: rule.provider,
        path: file.path,
        line,
        endLine,
        column: rawStart - lineStart + 1,
        secret: candidate.secret,
        lineText: raw.slice(lineStart, lineEnd),
        blocking: rule.blocking
      };
      file.commit !== void 0 && (finding.commit = file.commit), this.out.push(finding);
    }
  }
};

// src/core/engine.ts
function defaultNow() {
  return globalThis.performance?.now() ?? Date.now();
}
function newTally() {
  return {
    raw: [],
    counters: { allowlisted: 0 },
    skipped: {},
    commits: /* @__PURE__ */ new Set(),
    unreadable: [],
    files: 0,
    bytes: 0,
    lines: 0,
    allowlistedFiles: 0,
    covered: /* @__PURE__ */ new Set(),
    notRead: /* @__PURE__ */ new Set()
  };
}
function tallyFile(tally, file, rules) {
  if (isPathAllowed(file.path, rules)) {
    tally.allowlistedFiles++;
    return;
  }
  if (file.skipped !== void 0) {
    tally.skipped[file.skipped] = (tally.skipped[file.skipped] ?? 0) + 1, file.skipped === "unreadable" && tally.unreadable.push(file.path), noteSkipped(tally, file.skipped, file.path);
    return;
  }
  tally.files++, tally.bytes += file.size, tally.lines += file.lines, file.commit !== void 0 && tally.commits.add(file.commit.sha), coversWholeFile(file) && tally.covered.add(file.path), scanFileInto(file, rules, tally.raw, tally.counters);
}
function noteSkipped(tally, reason, path) {
  reason === "deleted" ? tally.covered.add(path) : tally.notRead.add(path);
}
function coversWholeFile(file) {
  return file.status === "unchanged" || file.status === "added";
}
function fileOutcome(file, rules) {
  if (isPathAllowed(file.path, rules)) return { kind: "allowlisted" };
  if (file.skipped !== void 0) return { kind: "skipped", reason: file.skipped, path: file.path };
  let raw = [], counters = { allowlisted: 0 };
  scanFileInto(file, rules, raw, counters);
  let outcome = {
    kind: "scanned",
    size: file.size,
    lines: file.lines,
    raw,
    allowlisted: counters.allowlisted
  };
  return file.commit !== void 0 && (outcome.commit = file.commit.sha), coversWholeFile(file) && (outcome.covers = file.path), outcome;
}
function tallyOutcome(tally, outcome) {
  switch (outcome.kind) {
    case "allowlisted":
      tally.allowlistedFiles++;
      return;
    case "skipped":
      tally.skipped[outcome.reason] = (tally.skipped[outcome.reason] ?? 0) + 1, outcome.reason === "unreadable" && tally.unreadable.push(outcome.path), noteSkipped(tally, outcome.reason, outcome.path);
      return;
    default:
      tally.files++, tally.bytes += outcome.size, tally.lines += outcome.lines, outcome.commit !== void 0 && tally.commits.add(outcome.commit), outcome.covers !== void 0 && tally.covered.add(outcome.covers);
      for (let finding of outcome.raw) tally.raw.push(finding);
      tally.counters.allowlisted += outcome.allowlisted;
  }
}
async function scanChangeSet(changeSet, options, context) {
  let started = (options.now ?? defaultNow)(), tally = newTally();
  for await (let file of changeSet.files) tallyFile(tally, file, options.rules);
  return finishScan(tally, changeSet, options, context, started);
}
function finishScan(tally, changeSet, options, context, started) {
  let now = options.now ?? defaultNow, { rules } = options, finalized = finalizeFindings(tally.raw, {
    failOn: options.failOn,
    ignore: options.ignore,
    baseline: options.baseline,
    ...options.fingerprintSalt === void 0 ? {} : { fingerprintSalt: options.fingerprintSalt },
    covered: coverageOf(tally, options.coveredDirs ?? [])
  }), unreadable = options.blockUnreadable === !0 ? tally.unreadable : [], decision = decide(finalized.findings, context, unreadable), stats = {
    files: tally.files,
    bytes: tally.bytes,
    lines: tally.lines,
    durationMs: Math.max(0, Math.round(now() - started)),
    skipped: tally.skipped,
    suppressed: {
      ...finalized.suppressed,
      allowlist: tally.allowlistedFiles + tally.counters.allowlisted
    }
  };
  tally.commits.size > 0 && (stats.commits = tally.commits.size);
  let ruleInfos = rules.infos, scope = changeSet.scope;
  return {
    ...decision,
    findings: finalized.findings,
    stats,
    rules: ruleInfos,
    unusedIgnores: finalized.unusedIgnores,
    ...finalized.migrations.length > 0 ? { migrations: finalized.migrations } : {},
    scope,
    description: changeSet.description,
    ...unreadable.length > 0 ? { unreadable } : {}
  };
}
function coverageOf(tally, dirs) {
  let under = (path) => !tally.notRead.has(path) && dirs.some((dir) => dir === "" || path.startsWith(`${dir}/`));
  return {
    covers: (path) => tally.covered.has(path) || under(path),
    coversSomeEndingWith: (suffix) => dirs.includes("") || [...tally.covered].some((path) => path.endsWith(suffix))
  };
}

// src/sources/paths.ts
var import_ignore = __toESM(require_ignore(), 1);
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync
} from "node:fs";
import { join, relative, resolve, sep } from "node:path";
var ALWAYS_SKIPPED_DIRS = /* @__PURE__ */ new Set([".git"]), WALK_SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function pathsSource(options) {
  let paths = options.paths.length === 0 ? ["."] : options.paths;
  return {
    scope: "paths",
    description: paths.length === 1 && paths[0] === "." ? "files" : `files in ${paths.join(", ")}`,
    files: readFiles(options, paths)
  };
}
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function makeExcluder(globs) {
  return globs.length === 0 ? () => !1 : (path) => globs.some((glob) => minimatch(path, glob, { dot: !0, matchBase: !glob.includes("/") }));
}
function excludedWithParents(path, excluded) {
  if (excluded(path)) return !0;
  for (let at = path.indexOf("/"); at !== -1; at = path.indexOf("/", at + 1))
    if (excluded(path.slice(0, at))) return !0;
  return !1;
}
async function insideWorkTree(root) {
  try {
    let result = await runGit(["rev-parse", "--is-inside-work-tree"], root);
    return result.code === 0 && result.stdout.toString("utf8").trim() === "true";
  } catch {
    return !1;
  }
}
var UNREADABLE_DIRECTORY = /^warning: could not open directory '(.+?)\/?': /gm;
async function listWithGit(root, dirs) {
  let args = [
    "--literal-pathspecs",
    "ls-files",
    "-z",
    "--cached",
    "--others",
    "--exclude-standard",
    "--",
    ...dirs
  ], result = await runGit(args, root);
  if (result.code !== 0)
    throw gitFailure(
      args,
      result.stderr,
      "run mandate scan with --no-gitignore to walk the directory instead."
    );
  let out = result.stdout.toString("utf8"), listed = [];
  for (let m of result.stderr.matchAll(UNREADABLE_DIRECTORY))
    listed.push({ path: m[1], unreadable: !0 });
  for (let name of out.split("\0"))
    name !== "" && (name.endsWith("/") ? listed.push({ path: name.slice(0, -1), nestedRepo: !0 }) : listed.push({ path: name }));
  return listed;
}
function loadGitignore(dirAbs, base) {
  let text;
  try {
    text = readFileSync(join(dirAbs, ".gitignore"), "utf8");
  } catch {
    return null;
  }
  return { base, rules: (0, import_ignore.default)({ allowRelativePaths: !0 }).add(text) };
}
function ignoredBy(levels, path, isDir) {
  let ignored = !1;
  for (let level of levels) {
    if (!path.startsWith(level.base)) continue;
    let rel = path.slice(level.base.length) + (isDir ? "/" : ""), verdict = level.rules.test(rel);
    verdict.ignored ? ignored = !0 : verdict.unignored && (ignored = !1);
  }
  return ignored;
}
function walk(root, dirRel, levels, options, out) {
  let dirAbs = dirRel === "" ? root : join(root, dirRel), here = levels;
  if (options.respectGitignore) {
    let level = loadGitignore(dirAbs, dirRel === "" ? "" : `${dirRel}/`);
    level && (here = [...levels, level]);
  }
  let entries;
  try {
    entries = readdirSync(dirAbs, { withFileTypes: !0 });
  } catch (error) {
    error.code !== "ENOENT" && out.push({ path: dirRel === "" ? "." : dirRel, unreadable: !0 });
    return;
  }
  for (let entry of entries) {
    let name = entry.name, rel = dirRel === "" ? name : `${dirRel}/${name}`;
    if (entry.isDirectory()) {
      if (WALK_SKIPPED_DIRS.has(name) || options.respectGitignore && ignoredBy(here, rel, !0) || options.excluded(rel)) continue;
      walk(root, rel, here, options, out);
    } else {
      if (options.respectGitignore && ignoredBy(here, rel, !1)) continue;
      let special = !entry.isFile() && !entry.isSymbolicLink();
      out.push(special ? { path: rel, unreadable: !0 } : { path: rel });
    }
  }
}
function ancestorLevels(root, dirRel) {
  let levels = [], rootLevel = loadGitignore(root, "");
  if (rootLevel && levels.push(rootLevel), dirRel === "") return levels;
  let parts = dirRel.split("/");
  for (let i = 1; i < parts.length; i++) {
    let rel = parts.slice(0, i).join("/"), level = loadGitignore(join(root, rel), `${rel}/`);
    level && levels.push(level);
  }
  return levels;
}
async function listFiles(root, paths, options, excluded) {
  let explicit = [], dirs = [];
  for (let p of paths) {
    let abs = resolve(root, p), stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      throw new MandateError(`cannot scan ${p}: it does not exist or cannot be read.`, {
        cause: error,
        hint: "Check the path; paths are relative to the current directory."
      });
    }
    let rel = toPosix(relative(root, abs));
    stat.isDirectory() ? dirs.push(rel === "" ? "." : rel) : explicit.push({ path: rel === "" ? toPosix(abs) : rel });
  }
  let listed = [];
  if (dirs.length > 0)
    if (options.respectGitignore && (options.inWorkTree ?? await insideWorkTree(root)))
      listed = await listWithGit(root, dirs);
    else
      for (let dir of dirs) {
        let dirRel = dir === "." ? "" : dir, levels = options.respectGitignore ? ancestorLevels(root, dirRel) : [];
        walk(
          root,
          dirRel,
          levels,
          { respectGitignore: options.respectGitignore, excluded },
          listed
        );
      }
  let seen = /* @__PURE__ */ new Set(), all = [];
  for (let item of [...explicit, ...listed])
    seen.has(item.path) || (seen.add(item.path), item.path.split("/").some((part) => ALWAYS_SKIPPED_DIRS.has(part))) || excludedWithParents(item.path, excluded) || all.push(item);
  return all.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0), all;
}
function skippedFile(path, reason, size) {
  return {
    path,
    status: "unchanged",
    hunks: [],
    size,
    lines: 0,
    binary: reason === "binary",
    skipped: reason
  };
}
var NOFOLLOW = fsConstants.O_NOFOLLOW, OPEN_FLAGS = fsConstants.O_RDONLY | (NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0), readBuffer = Buffer.allocUnsafe(256 * 1024);
function readAll(fd, size, limit) {
  readBuffer.length < size + 1 && (readBuffer = Buffer.allocUnsafe(Math.min(Math.max(size + 1, readBuffer.length * 2), limit + 1)));
  let length = 0;
  for (; ; ) {
    if (length === readBuffer.length) {
      if (length > limit) return null;
      let bigger = Buffer.allocUnsafe(Math.min(length * 2, limit + 1));
      readBuffer.copy(bigger, 0, 0, length), readBuffer = bigger;
    }
    let got = readSync(fd, readBuffer, length, readBuffer.length - length, null);
    if (got === 0) break;
    length += got;
  }
  return length > limit ? null : readBuffer.subarray(0, length);
}
function loadFile(root, item, maxFileSize) {
  let path = item.path;
  if (item.nestedRepo) return skippedFile(path, "submodule", 0);
  if (item.unreadable) return skippedFile(path, "unreadable", 0);
  let abs = join(root, path);
  if (NOFOLLOW === void 0 || isBinaryPath(path)) {
    let stat;
    try {
      stat = lstatSync(abs);
    } catch (error) {
      return error.code === "ENOENT" ? null : skippedFile(path, "unreadable", 0);
    }
    if (stat.isSymbolicLink()) return skippedFile(path, "symlink", 0);
    if (isBinaryPath(path) && stat.isFile() && stat.size <= maxFileSize)
      return skippedFile(path, "binary", stat.size);
  }
  let fd;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (error) {
    let code = error.code;
    return code === "ENOENT" ? null : code === "ELOOP" || code === "EMLINK" ? skippedFile(path, "symlink", 0) : skippedFile(path, "unreadable", 0);
  }
  let buf;
  try {
    let stat = fstatSync(fd);
    if (stat.isDirectory()) return skippedFile(path, "submodule", 0);
    if (!stat.isFile()) return skippedFile(path, "unreadable", 0);
    if (stat.size > maxFileSize) return skippedFile(path, "too-large", stat.size);
    if (buf = readAll(fd, stat.size, maxFileSize), buf === null) return skippedFile(path, "too-large", maxFileSize + 1);
  } catch {
    return skippedFile(path, "unreadable", 0);
  } finally {
    closeSync(fd);
  }
  if (looksBinary(buf)) return skippedFile(path, "binary", buf.length);
  let text = decodeText(buf);
  return {
    path,
    status: "unchanged",
    hunks: text === "" ? [] : [{ startLine: 1, text }],
    size: buf.length,
    lines: countLines(text),
    binary: !1
  };
}
async function listPaths(options) {
  let paths = options.paths.length === 0 ? ["."] : options.paths, root = resolve(options.root), items = await listFiles(root, paths, options, makeExcluder(options.exclude ?? []));
  return { root, items };
}
async function* readFiles(options, paths) {
  let root = resolve(options.root), excluded = makeExcluder(options.exclude ?? []), items = await listFiles(root, paths, options, excluded);
  for (let item of items) {
    let file = loadFile(root, item, options.maxFileSize);
    file !== null && (yield file);
  }
}
var COUNT_CAP = 1e5;
function countFiles(dirAbs, state) {
  let entries;
  try {
    entries = readdirSync(dirAbs, { withFileTypes: !0 });
  } catch {
    return;
  }
  for (let entry of entries) {
    if (state.files >= COUNT_CAP) return;
    let abs = join(dirAbs, entry.name);
    entry.isDirectory() ? ALWAYS_SKIPPED_DIRS.has(entry.name) || countFiles(abs, state) : entry.isFile() && (state.files += 1, state.first ??= abs);
  }
}
async function explainNothingListed(options) {
  let root = resolve(options.root), state = { files: 0 };
  for (let p of options.paths.length === 0 ? ["."] : options.paths) {
    let abs = resolve(root, p);
    try {
      statSync(abs).isDirectory() && countFiles(abs, state);
    } catch {
    }
  }
  if (state.files === 0 || state.first === void 0) return null;
  let found = { files: state.files, capped: state.files >= COUNT_CAP };
  if (!options.respectGitignore) return found;
  try {
    let result = await runGit(["check-ignore", "--verbose", "--", state.first], root), m = /^(.+?):(\d+):(.*)\t/.exec(result.stdout.toString("utf8")), top = await runGit(["rev-parse", "--show-toplevel"], root);
    if (result.code === 0 && m !== null && top.code === 0) {
      let source = resolve(top.stdout.toString("utf8").trim(), m[1]);
      found.rule = { source, line: Number(m[2]), pattern: m[3] };
    }
  } catch {
  }
  return found;
}

export {
  compileRules,
  newTally,
  tallyFile,
  fileOutcome,
  tallyOutcome,
  scanChangeSet,
  finishScan,
  pathsSource,
  loadFile,
  listPaths,
  explainNothingListed
};
