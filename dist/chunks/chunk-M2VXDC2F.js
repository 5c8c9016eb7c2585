import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/github/limits.ts
init_cli_data();
function requestTimeout(env = process.env) {
  let value = Number(env.MANDATE_API_TIMEOUT_MS ?? 6e4);
  return Number.isFinite(value) && value > 0 ? value : 6e4;
}

export {
  requestTimeout
};
