import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  Minimatch
} from "./chunk-QOVFVF66.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/review/globs.ts
init_cli_data();
var globs = /* @__PURE__ */ new Map();
function glob(pattern) {
  let compiled = globs.get(pattern);
  return compiled === void 0 && (compiled = new Minimatch(pattern, { dot: !0, matchBase: !pattern.includes("/") }), globs.set(pattern, compiled)), compiled;
}
function matchGlobs(path, patterns) {
  let decided = patterns.every((p) => p.startsWith("!")) ? "**" : null;
  for (let pattern of patterns) {
    let negated = pattern.startsWith("!"), body = negated ? pattern.slice(1) : pattern;
    glob(body).match(path) && (decided = negated ? null : pattern);
  }
  return decided;
}

export {
  glob,
  matchGlobs
};
