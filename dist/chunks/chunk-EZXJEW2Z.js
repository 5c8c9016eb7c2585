import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// scripts/cli-data.mjs
import { readFileSync } from "node:fs";
var dir, LENGTHS, read, packs, ruleAnalysis, phoneMetadata, mandateData, init_cli_data = __esm({
  "scripts/cli-data.mjs"() {
    "use strict";
    init_errors();
    dir = new URL(
      /\/chunks\/[^/]*$/.test(import.meta.url) ? "../data/" : "./data/",
      import.meta.url
    ), LENGTHS = JSON.parse('{"packs.json":329788,"rule-analysis.json":147986,"phone-metadata.json":83365}'), read = (name) => {
      let where = `dist/data/${name}`, fix = "Reinstall mandate (npm install, or your hook manager's install) to restore it.", text;
      try {
        text = readFileSync(new URL(name, dir), "utf8");
      } catch (error) {
        let reason = error?.code === "ENOENT" ? "is missing" : `cannot be read (${error?.code})`;
        throw new MandateError(
          `the installed file ${where} ${reason}: mandate cannot run without it.`,
          {
            hint: fix
          }
        );
      }
      if (text.length !== LENGTHS[name])
        throw new MandateError(
          `the installed file ${where} is damaged or from another version of mandate (${text.length} characters where the build wrote ${LENGTHS[name]}).`,
          { hint: fix }
        );
      return text;
    }, mandateData = {
      get packs() {
        return packs ??= read("packs.json"), packs;
      },
      get ruleAnalysis() {
        return ruleAnalysis ??= read("rule-analysis.json"), ruleAnalysis;
      },
      get phoneMetadata() {
        return phoneMetadata ??= read("phone-metadata.json"), phoneMetadata;
      }
    };
  }
});

// src/core/errors.ts
var MandateError, ConfigError, init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    init_cli_data();
    MandateError = class extends Error {
      hint;
      constructor(message, options = {}) {
        super(message, options.cause === void 0 ? void 0 : { cause: options.cause }), this.name = "MandateError", this.hint = options.hint;
      }
    }, ConfigError = class extends MandateError {
      file;
      line;
      column;
      constructor(file, reason, position = {}) {
        let where = position.line === void 0 ? file : `${file}:${position.line}${position.column === void 0 ? "" : `:${position.column}`}`;
        super(`${where}: ${reason}`, {
          ...position.cause === void 0 ? {} : { cause: position.cause },
          ...position.hint === void 0 ? {} : { hint: position.hint }
        }), this.name = "ConfigError", this.file = file, this.line = position.line, this.column = position.column;
      }
    };
  }
});

export {
  __require,
  __commonJS,
  __toESM,
  MandateError,
  ConfigError,
  init_errors,
  mandateData,
  init_cli_data
};
