import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data
} from "./chunk-JOH4CSKI.js";

// src/core/errors.ts
init_cli_data();
var MandateError = class extends Error {
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

export {
  MandateError,
  ConfigError
};
