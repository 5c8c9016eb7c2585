import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/cli/hook-command.ts
init_cli_data();
var INSTALL_COMMAND = "npm install --save-dev github:mandate-dev/mandate", MISSING_MESSAGE = `mandate is not installed: run ${INSTALL_COMMAND}`, HOOK_COMMAND = `m=node_modules/.bin/mandate; [ -x "$m" ] || m=$(command -v mandate) || { echo "${MISSING_MESSAGE}" >&2; exit 1; }; "$m" check --staged`, OLD_HOOK_COMMAND = "npx --no-install mandate scan --staged";
function runsMandate(text) {
  return text.split(`
`).some((line) => {
    let at = line.search(/\bmandate\b/);
    return at >= 0 && /\b(?:scan|check)\b/.test(line.slice(at + 7));
  });
}
var HOOK_MARKER = "# mandate pre-commit hook", LEFTHOOK_FILES = ["lefthook.yml", ".lefthook.yml", "lefthook.yaml", ".lefthook.yaml"], PRE_COMMIT_FILES = [".pre-commit-config.yaml", ".pre-commit-config.yml"];

export {
  INSTALL_COMMAND,
  HOOK_COMMAND,
  OLD_HOOK_COMMAND,
  runsMandate,
  HOOK_MARKER,
  LEFTHOOK_FILES,
  PRE_COMMIT_FILES
};
