import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-5ADPKSWX.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {}, argv = p.argv || [], env = p.env || {}, isColorSupported = !(env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI), formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    }, replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do
        result += string.substring(cursor, index) + replace, cursor = index + close.length, index = string.indexOf(close, cursor);
      while (~index);
      return result + string.substring(cursor);
    }, createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/core/policy/rules.ts
function rule(id, title, severity, blocking, description, remediation) {
  return {
    id,
    kind: "policy",
    title,
    provider: "policy",
    severity,
    blocking,
    description,
    remediation,
    tags: ["policy", "iso27001-a5.1"]
  };
}
var POLICY_RULES = {
  "policy/stale": rule(
    "policy/stale",
    "Policy past its review date",
    "high",
    !0,
    "A policy document was not reviewed within its review interval.",
    "Have the policy's owner review it, then set `last_reviewed` in its front matter to the review date (a pull request the owner approves)."
  ),
  "policy/due-soon": rule(
    "policy/due-soon",
    "Policy review due soon",
    "low",
    !1,
    "A policy document reaches its review date within the warning period (`warn_before`).",
    "Ask the policy's owner to review it before the due date and update `last_reviewed`."
  ),
  "policy/invalid-front-matter": rule(
    "policy/invalid-front-matter",
    "Policy front matter missing or invalid",
    "high",
    !0,
    "A policy document has no front matter, or its `owner`, `last_reviewed` or `review_interval` is missing or malformed, so nobody can tell when it is due.",
    'Start the file with a front matter block: `---`, `owner: @org/security`, `last_reviewed: "2025-01-31"`, `review_interval: 1 year`, `---`.'
  ),
  "policy/future-date": rule(
    "policy/future-date",
    "Policy reviewed in the future",
    "high",
    !0,
    "A policy's `last_reviewed` date lies after today, which would keep it fresh without a review.",
    "Set `last_reviewed` to the date the review actually happened (ISO format, `YYYY-MM-DD`)."
  ),
  "policy/template-leftover": rule(
    "policy/template-leftover",
    "Policy template leftover",
    "high",
    !0,
    "A policy document still contains a placeholder (`[Company Name]`, `<COMPANY>`, `{{ \u2026 }}`, `TBD`, Lorem ipsum) or a phrase that betrays a template nobody adapted.",
    "Adapt the document to the organisation: fill in or remove the placeholder, and rewrite passages that do not describe how you work. Configure the phrases under `policies.template_phrases`."
  ),
  "policy/unknown-owner": rule(
    "policy/unknown-owner",
    "Policy owner unknown",
    "high",
    !0,
    "A policy's `owner` is neither a user nor a team GitHub knows, so nobody is warned when it is due.",
    "Set `owner` to an existing GitHub user (`@login`) or team (`@org/team`)."
  ),
  "policy/review-integrity": rule(
    "policy/review-integrity",
    "Policy review not approved by its owner",
    "high",
    !0,
    "A pull request changes a policy's `last_reviewed` date without an approval from the policy's owner on the head commit.",
    "Ask the policy's owner (the user, or a member of the team, named in `owner`) to approve the pull request."
  )
};

// src/cli/tty.ts
function wantsColor(flag) {
  return flag && !!process.stdout.isTTY && !process.env.NO_COLOR;
}

export {
  require_picocolors,
  POLICY_RULES,
  wantsColor
};
